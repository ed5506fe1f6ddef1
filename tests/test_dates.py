"""Event dates: explicit and relative expressions resolved against the document date."""
from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.attributes.dates import DateMention, event_date, find_dates, parse_doc_date
from tacitus.attributes.evaluate import DATE_ACCURACY_FLOOR, evaluate_attributes

GOLD = Path(__file__).parent / "data" / "attributes_gold.jsonl"

WED = "2021-05-12"   # a Wednesday
MON = "2022-11-21"   # a Monday


def _date(text: str, lang: str, doc: str | None) -> tuple[str | None, str] | None:
    m = event_date(text, lang, doc)
    return None if m is None else (m.value, m.precision)


@pytest.mark.parametrize("lang,text,doc,expected", [
    ("fr", "Le sommet s'est ouvert le 5 mai 2020 à Paris.", WED, ("2020-05-05", "day")),
    ("fr", "Le 1er mars, le Parlement votera.", "2024-02-29", ("2024-03-01", "day")),
    ("en", "The attack happened on May 5.", WED, ("2021-05-05", "day")),
    ("en", "Talks were held on 5 May 2020.", WED, ("2020-05-05", "day")),
    ("en", "The deal was signed on Feb. 27, 2019.", WED, ("2019-02-27", "day")),
    ("de", "Am 5. Mai wurde verhandelt.", WED, ("2021-05-05", "day")),
    ("ru", "5 мая прошли переговоры.", WED, ("2021-05-05", "day")),
    ("ru", "Договор подписан 8 декабря 1991 года.", WED, ("1991-12-08", "day")),
    ("ar", "وقع الاتفاق في 5 مايو.", WED, ("2021-05-05", "day")),
    ("ar", "وقع الاتفاق في 5 أيار.", WED, ("2021-05-05", "day")),
    ("ar", "قصف الجيش المدينة في 5 تشرين الثاني/نوفمبر 2020.", WED, ("2020-11-05", "day")),
    ("ar", "وقع الاتفاق في ٥ مايو ٢٠٢٠.", WED, ("2020-05-05", "day")),
    ("es", "El acuerdo se firmó el 5 de mayo.", WED, ("2021-05-05", "day")),
    ("pt", "Em 3 de março, o governo anunciou medidas.", WED, ("2021-03-03", "day")),
    ("it", "Il 5 maggio i ministri si sono incontrati.", WED, ("2021-05-05", "day")),
    ("fr", "En mars 2021, l'armée a pris le pouvoir.", WED, ("2021-03", "month")),
    ("es", "En marzo de 2018 se rompieron las relaciones.", WED, ("2018-03", "month")),
    ("ru", "В декабре 2021 года прошли переговоры.", WED, ("2021-12", "month")),
    ("en", "The sanctions were imposed in 2018.", WED, ("2018", "year")),
    ("ru", "В 2014 году начался конфликт.", WED, ("2014", "year")),
    ("ar", "في عام 2011، اندلعت احتجاجات.", WED, ("2011", "year")),
    ("fr", "Des manifestations ont eu lieu le 12.03.2021 à Minsk.", WED, ("2021-03-12", "day")),
])
def test_explicit_dates_resolve_in_every_language(lang, text, doc, expected):
    assert _date(text, lang, doc) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Hier, l'armée a bombardé la ville.", "2021-05-11"),
    ("fr", "Le ministre s'est exprimé aujourd'hui.", "2021-05-12"),
    ("fr", "Avant-hier, des tirs ont été signalés.", "2021-05-10"),
    ("en", "Yesterday, the ministry summoned the ambassador.", "2021-05-11"),
    ("en", "Today, thousands marched.", "2021-05-12"),
    ("en", "Two days ago, gunmen attacked a convoy.", "2021-05-10"),
    ("es", "Ayer, la policía detuvo a un sospechoso.", "2021-05-11"),
    ("de", "Gestern griffen Rebellen an.", "2021-05-11"),
    ("de", "Vorgestern besuchte sie Paris.", "2021-05-10"),
    ("ru", "Вчера полиция задержала участников акции.", "2021-05-11"),
    ("ar", "اعتقلت الشرطة أمس عددا من المتظاهرين.", "2021-05-11"),
    ("ar", "قتل جنديان أول أمس.", "2021-05-10"),
    ("pt", "Ontem, o ministro viajou.", "2021-05-11"),
    ("it", "Ieri la polizia ha arrestato tre persone.", "2021-05-11"),
])
def test_relative_days_count_from_the_document_date(lang, text, expected):
    assert _date(text, lang, WED) == (expected, "day")


# Document date: Wednesday 2021-05-12.
@pytest.mark.parametrize("lang,text,expected", [
    # a weekday alone: the most recent such day on or before the document date
    ("fr", "Mardi, la police a arrêté trois suspects.", "2021-05-11"),
    ("en", "On Tuesday, jets struck targets.", "2021-05-11"),
    ("ru", "Во вторник авиация нанесла удары.", "2021-05-11"),
    ("de", "Am Dienstag nahm die Polizei Demonstranten fest.", "2021-05-11"),
    ("ar", "شنت الطائرات غارات يوم الثلاثاء.", "2021-05-11"),
    ("es", "El martes, el gobierno anunció sanciones.", "2021-05-11"),
    ("en", "On Thursday, the talks resumed.", "2021-05-06"),
    ("ru", "В понедельник министр посетил Минск.", "2021-05-10"),
    # the document's own weekday is the document date: news reports the day's events
    ("fr", "Mercredi, le gouvernement a annoncé des mesures.", "2021-05-12"),
    ("en", "Protesters gathered on Wednesday.", "2021-05-12"),
    # "last Tuesday": the most recent Tuesday strictly before, not one week earlier than that
    ("fr", "Les dirigeants se sont rencontrés mardi dernier.", "2021-05-11"),
    ("en", "The leaders met last Tuesday.", "2021-05-11"),
    ("es", "Se reunieron el pasado martes.", "2021-05-11"),
    ("es", "El martes pasado, la policía detuvo a varios manifestantes.", "2021-05-11"),
    ("ru", "В прошлый вторник министры встретились.", "2021-05-11"),
    ("ar", "التقى الوزيران الثلاثاء الماضي.", "2021-05-11"),
    ("de", "Letzten Dienstag trafen sich die Minister.", "2021-05-11"),
    ("pt", "Na última terça-feira, a polícia prendeu três suspeitos.", "2021-05-11"),
    ("it", "Martedì scorso il ministro ha incontrato il suo omologo.", "2021-05-11"),
    # "last Wednesday" said on a Wednesday: one week back
    ("en", "The minister resigned last Wednesday.", "2021-05-05"),
    ("fr", "Le ministre a démissionné mercredi dernier.", "2021-05-05"),
])
def test_weekdays_resolve_to_the_right_day(lang, text, expected):
    assert _date(text, lang, WED) == (expected, "day")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The ceasefire collapsed last week.", ("2022-11", "month")),
    ("fr", "La France a rappelé son ambassadeur la semaine dernière.", ("2022-11", "month")),
    ("de", "Vorige Woche verhängte die EU Sanktionen.", ("2022-11", "month")),
    ("ru", "На прошлой неделе ЕС ввёл санкции.", ("2022-11", "month")),
    ("en", "Earlier this month, Russia withdrew its troops.", ("2022-11", "month")),
    ("fr", "Le Premier ministre s'est rendu à Bamako le mois dernier.", ("2022-10", "month")),
    ("ar", "أسقطت إيران الشهر الماضي طائرة مسيرة.", ("2022-10", "month")),
    ("es", "El año pasado, el país recibió ayuda.", ("2021", "year")),
    ("fr", "L'an dernier, le pays a expulsé des diplomates.", ("2021", "year")),
])
def test_relative_periods_give_month_or_year_precision(lang, text, expected):
    assert _date(text, lang, MON) == expected


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les manifestants ont été dispersés hier."),
    ("en", "The president visited Kyiv last Thursday."),
    ("es", "El pasado martes, el Congreso aprobó la reforma."),
    ("ru", "В понедельник министр посетил Минск."),
    ("ar", "زار الرئيس موسكو الثلاثاء الماضي."),
    ("de", "Am Montag kündigte der Minister seinen Rücktritt an."),
    ("en", "The embassy was attacked on December 30."),
    ("en", "The ceasefire collapsed last week."),
])
def test_without_a_document_date_relative_dates_are_unresolved(lang, text):
    found = event_date(text, lang, None)
    assert found is not None and found.value is None


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The treaty was signed on 8 December 1991.", "1991-12-08"),
    ("fr", "L'accord a été signé le 14 juillet 2015 à Vienne.", "2015-07-14"),
    ("de", "Die Mauer fiel am 9. November 1989.", "1989-11-09"),
    ("ar", "أعلنت إسرائيل قيامها في 14 مايو 1948.", "1948-05-14"),
])
def test_without_a_document_date_full_dates_still_resolve(lang, text, expected):
    assert _date(text, lang, None) == (expected, "day")


@pytest.mark.parametrize("lang,text,doc,expected", [
    # a day a year back rather than eleven months ahead
    ("fr", "Le 28 décembre, les rebelles ont attaqué un convoi.", "2023-01-08", "2022-12-28"),
    # a few days ahead stays in the next year
    ("fr", "Le 3 janvier, le sommet aura lieu.", "2021-12-30", "2022-01-03"),
    # more than a month after the document date: last year
    ("en", "Police said the attack happened on June 20.", "2021-05-12", "2020-06-20"),
])
def test_dates_without_a_year_take_the_nearest_plausible_year(lang, text, doc, expected):
    assert _date(text, lang, doc) == (expected, "day")


def test_next_after_a_month_looks_ahead():
    assert _date("Les élections se tiendront en juin prochain.", "fr", "2023-04-04") == ("2023-06", "month")


def test_a_sentence_without_a_date_has_no_event_date():
    assert event_date("Le gouvernement a condamné l'attaque.", "fr", WED) is None


def test_offsets_index_the_document():
    doc = "Premier paragraphe. Le président est arrivé mardi dernier."
    start = doc.index("Le président")
    found = event_date(doc[start:], "fr", WED, offset=start)
    assert isinstance(found, DateMention)
    assert doc[found.start:found.end] == found.text == "mardi dernier"


def test_the_date_nearest_the_anchor_wins():
    text = "Le rapport publié lundi indique que cinq personnes ont été tuées le 3 mai."
    anchor = text.index("tuées")
    assert event_date(text, "fr", WED, anchor=anchor).value == "2021-05-03"
    assert event_date(text, "fr", WED, anchor=text.index("publié")).value == "2021-05-10"


def test_without_anchor_the_most_precise_date_wins():
    found = event_date("En 2019, puis mardi, les deux camps ont négocié.", "fr", WED)
    assert (found.value, found.precision) == ("2021-05-11", "day")


def test_weekday_and_date_together_are_one_mention():
    found = find_dates("Jeudi 22 février, le Conseil s'est réuni.", "fr", "2024-02-29")
    assert [(m.text, m.value) for m in found] == [("Jeudi 22 février", "2024-02-22")]


def test_english_month_names_need_a_capital_and_a_day_or_cue():
    assert find_dates("You may go; the march was long.", "en", WED) == []
    assert [m.value for m in find_dates("He resigned in May.", "en", WED)] == ["2021-05"]


@pytest.mark.parametrize("raw,expected", [
    ("2021-05-12", "2021-05-12"), ("2021-05-12T08:30:00Z", "2021-05-12"), (None, None), ("soon", None),
])
def test_document_dates_are_read_leniently(raw, expected):
    parsed = parse_doc_date(raw)
    assert (parsed.isoformat() if parsed else None) == expected


def test_gold_date_accuracy_meets_its_floor():
    report = evaluate_attributes(GOLD)["dates"]
    assert report["items"] >= 100
    assert set(report["by_lang"]) >= {"fr", "en", "es", "de", "ru", "ar"}
    assert report["accuracy"] >= DATE_ACCURACY_FLOOR, report

"""Quantities: money, counts of people and other counts, with qualifiers, in many languages."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from tacitus.attributes.evaluate import QUANTITY_ACCURACY_FLOOR, evaluate_attributes, register
from tacitus.attributes.quantities import QuantityMention, find_quantities

GOLD = Path(__file__).parent / "data" / "attributes_gold.jsonl"

SEED = ("l'Azerbaïdjan avait fait don de 10 millions de dollars à l'Organisation mondiale de la santé "
        "et apporté de l'aide humanitaire et financière à plus de 30 pays")


def _triples(text: str, lang: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, lang)]


def test_seed_sentence_gives_the_donation_and_the_countries():
    found = find_quantities(SEED, "fr")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [
        (10_000_000, "USD", "exact"), (30, "countries", "more_than")]
    assert [q.text for q in found] == ["10 millions de dollars", "plus de 30 pays"]


def test_tuant_au_moins_cinq_civils_is_five_killed_at_least():
    found = find_quantities("Une frappe a touché le marché, tuant au moins cinq civils.", "fr")
    assert [(q.value, q.unit, q.qualifier, q.head) for q in found] == [(5, "killed", "at_least", "civils")]


@pytest.mark.parametrize("lang,text,value,unit", [
    ("fr", "Paris a promis 2,5 milliards d'euros.", 2.5e9, "EUR"),
    ("en", "Riyadh deposited $5bn in the central bank.", 5e9, "USD"),
    ("en", "The EU will provide 5 billion euros.", 5e9, "EUR"),
    ("en", "Brussels pledged €300 million.", 3e8, "EUR"),
    ("en", "A reward of £50,000 was offered.", 5e4, "GBP"),
    ("es", "El gobierno destinará 2.000 millones de euros.", 2e9, "EUR"),
    ("pt", "O governo anunciou 2,5 bilhões de reais.", 2.5e9, "BRL"),
    ("it", "L'Italia ha stanziato 500 milioni di euro.", 5e8, "EUR"),
    ("de", "Der IWF gewährte einen Kredit über 3 Mrd. Dollar.", 3e9, "USD"),
    ("ru", "Правительство выделило 5 млрд рублей.", 5e9, "RUB"),
    ("ru", "ЕС выделит 50 млн евро.", 5e7, "EUR"),
    ("ar", "قدم البنك مليون دولار للاجئين.", 1e6, "USD"),
    ("ar", "خصص الاتحاد 2.5 مليار يورو للمساعدات.", 2.5e9, "EUR"),
])
def test_money_carries_its_iso_currency(lang, text, value, unit):
    assert _triples(text, lang) == [(value, unit, "exact")]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "L'attentat a fait 12 morts et 45 blessés.", [(12, "killed"), (45, "injured")]),
    ("fr", "La police a interpellé 37 personnes.", [(37, "arrested")]),
    ("fr", "Plus de 10 000 personnes ont été déplacées.", [(10_000, "displaced")]),
    ("fr", "Environ 2 000 manifestants se sont rassemblés.", [(2000, "protesters")]),
    ("en", "The attack left 32 dead and 70 wounded.", [(32, "killed"), (70, "injured")]),
    ("en", "Five soldiers were killed and two others injured.", [(5, "killed"), (2, "injured")]),
    ("en", "Police detained 45 people after clashes.", [(45, "arrested")]),
    ("en", "Some 20,000 people fled across the border.", [(20_000, "displaced")]),
    ("en", "The US will send 3,000 troops to Poland.", [(3000, "soldiers")]),
    ("es", "El ataque dejó 8 muertos y 20 heridos.", [(8, "killed"), (20, "injured")]),
    ("es", "Más de 300 manifestantes fueron detenidos.", [(300, "arrested")]),
    ("de", "Bei den Kämpfen gab es 14 Tote und 30 Verletzte.", [(14, "killed"), (30, "injured")]),
    ("de", "Die Polizei nahm 27 Personen fest.", [(27, "arrested")]),
    ("de", "Mehr als 10.000 Menschen demonstrierten in Berlin.", [(10_000, "protesters")]),
    ("ru", "Взрыв унёс жизни 12 человек, ещё 40 получили ранения.", [(12, "killed"), (40, "injured")]),
    ("ru", "Полиция задержала 45 человек.", [(45, "arrested")]),
    ("ru", "В ДТП погибли двое человек.", [(2, "killed")]),
    ("ar", "أسفر الهجوم عن مقتل 12 شخصا وإصابة 30 آخرين.", [(12, "killed"), (30, "injured")]),
    ("ar", "أعلنت الوزارة ارتفاع عدد القتلى إلى 150 قتيلا.", [(150, "killed")]),
    ("ar", "اعتقلت قوات الأمن عشرين شخصا.", [(20, "arrested")]),
    ("ar", "أرسلت تركيا ألف جندي إلى المنطقة.", [(1000, "soldiers")]),
    ("pt", "O ataque deixou três mortos e dez feridos.", [(3, "killed"), (10, "injured")]),
    ("it", "L'attacco ha causato 7 morti e 25 feriti.", [(7, "killed"), (25, "injured")]),
])
def test_counts_of_people_get_the_category_of_what_happened_to_them(lang, text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == expected


@pytest.mark.parametrize("lang,text,qualifier", [
    ("fr", "Plus de 30 pays ont signé.", "more_than"),
    ("fr", "Au moins 23 personnes ont péri.", "at_least"),
    ("fr", "Environ 300 migrants ont été secourus.", "about"),
    ("fr", "Une dizaine de soldats ont été tués.", "about"),
    ("fr", "Le Japon a promis jusqu'à 500 millions de dollars.", "up_to"),
    ("fr", "Moins de 50 observateurs sont entrés.", "less_than"),
    ("en", "More than 200 protesters were arrested.", "more_than"),
    ("en", "At least 14 people were killed.", "at_least"),
    ("en", "Nearly 400,000 people have been displaced.", "about"),
    ("en", "Washington pledged up to $300 million.", "up_to"),
    ("en", "Fewer than 100 observers were allowed in.", "less_than"),
    ("es", "Más de 300 manifestantes fueron detenidos.", "more_than"),
    ("es", "Al menos 15 personas murieron.", "at_least"),
    ("es", "Unas 5.000 personas se manifestaron.", "about"),
    ("es", "Hasta 40 países participarán.", "up_to"),
    ("de", "Mehr als eine Million Menschen wurden vertrieben.", "more_than"),
    ("de", "Mindestens 20 Menschen wurden getötet.", "at_least"),
    ("de", "Etwa 300.000 Menschen sind geflohen.", "about"),
    ("de", "Bis zu 50 Länder könnten beitreten.", "up_to"),
    ("ru", "Более 40 стран подписали декларацию.", "more_than"),
    ("ru", "Погибли не менее пяти мирных жителей.", "at_least"),
    ("ru", "Пострадали по меньшей мере 100 человек.", "at_least"),
    ("ru", "Около 200 мигрантов были спасены.", "about"),
    ("ru", "США выделят до 300 миллионов долларов.", "up_to"),
    ("ar", "اعتقلت الشرطة أكثر من 200 متظاهر.", "more_than"),
    ("ar", "قتل خمسة مدنيين على الأقل في الغارة.", "at_least"),
    ("ar", "قتل ما لا يقل عن 15 شخصا.", "at_least"),
    ("ar", "تظاهر نحو 5 آلاف شخص.", "about"),
    ("ar", "حوالي 300 مهاجر أنقذوا.", "about"),
])
def test_qualifiers_are_read_in_every_language(lang, text, qualifier):
    found = find_quantities(text, lang)
    assert len(found) == 1 and found[0].qualifier == qualifier


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "Il y avait 1 000 soldats.", 1000),
    ("ru", "Россия направила 2 000 военнослужащих.", 2000),
    ("en", "About 3,000 demonstrators marched.", 3000),
    ("de", "Rund 2.500 Soldaten werden stationiert.", 2500),
    ("es", "México desplegará 6.000 efectivos.", 6000),
    ("fr", "L'inflation a atteint 5,2 %.", 5.2),
    ("en", "Inflation rose to 7.5% in January.", 7.5),
    ("de", "Die Inflation lag bei 10,4 Prozent.", 10.4),
    ("ar", "قتل ٣ أشخاص في الانفجار.", 3),
])
def test_digit_formats_follow_the_language(lang, text, value):
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "Trois policiers ont été blessés.", 3),
    ("fr", "Vingt et un soldats ont été tués.", 21),
    ("en", "Twelve civilians were wounded.", 12),
    ("es", "Un bombardeo mató a veintitrés civiles.", 23),
    ("de", "Fünfundzwanzig Menschen starben.", 25),
    ("pt", "Três pessoas morreram.", 3),
    ("it", "Dieci persone sono morte.", 10),
    ("ru", "Погибли семь солдат.", 7),
    ("ru", "Трое полицейских получили ранения.", 3),
    ("ru", "Погибли двадцать пять человек.", 25),
    ("ar", "أصيب ثلاثة جنود في الانفجار.", 3),
    ("ar", "قتل خمسة وعشرون شخصا.", 25),
    ("ar", "قتل ثلاثة عشر شخصا.", 13),
])
def test_number_words_are_read(lang, text, value):
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of people took to the streets."),
    ("fr", "Des milliers de personnes ont défilé."),
    ("ru", "На митинг вышли несколько тысяч человек."),
    ("en", "The G7 leaders met at 10:30 to discuss COVID-19."),
    ("en", "A 35-year-old man was questioned."),
    ("fr", "Il a été condamné à 10 ans de prison le 5 mai 2020."),
    ("fr", "Les deux pays ont signé un accord."),
    ("en", "One of the suspects was released."),
    ("en", "The sanctions were imposed in 2018."),
    ("de", "Am 5. Mai 2020 unterzeichneten beide Länder ein Abkommen."),
    ("ar", "في 5 مايو 2020 وقع الطرفان اتفاقا."),
])
def test_dates_years_times_ages_and_vague_plurals_are_not_quantities(lang, text):
    assert find_quantities(text, lang) == []


def test_unknown_nouns_are_counts_with_their_head():
    found = find_quantities("Les deux pays ont signé 12 accords de coopération.", "fr")
    assert [(q.value, q.unit, q.head) for q in found] == [(12, "count", "accords")]


def test_offsets_index_the_document():
    doc = "Premier paragraphe. Au moins 23 personnes ont péri."
    start = doc.index("Au moins")
    found = find_quantities(doc[start:], "fr", offset=start)
    assert isinstance(found[0], QuantityMention)
    assert doc[found[0].start:found[0].end] == found[0].text == "Au moins 23 personnes"


def test_gold_quantity_accuracy_meets_its_floor():
    report = evaluate_attributes(GOLD)["quantities"]
    assert report["items"] >= 100
    assert set(report["by_lang"]) >= {"fr", "en", "es", "de", "ru", "ar"}
    assert report["accuracy"] >= QUANTITY_ACCURACY_FLOOR, report


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return args.handler(args)


def test_cli_passes_on_the_gold_file_and_fails_below_the_floor(tmp_path, capsys):
    assert _cli(["attributes-eval", str(GOLD), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["passed"] and report["dates"]["by_lang"]["ru"]["items"] > 0
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in [
        {"id": "q", "kind": "quantity", "lang": "en", "text": "At least 14 people were killed.",
         "expected": [{"value": 14, "unit": "injured", "qualifier": "exact"}]},
        {"id": "d", "kind": "date", "lang": "en", "doc_date": "2021-05-12", "text": "Yesterday it rained.",
         "expected": {"value": "2021-05-12", "precision": "day"}},
    ]), encoding="utf-8")
    assert _cli(["attributes-eval", str(wrong)]) == 1
    assert "miss q" in capsys.readouterr().out
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    assert _cli(["attributes-eval", str(broken)]) == 2

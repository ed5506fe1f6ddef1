"""Actor mentions resolved in context: titles, nationality words, dates, variants, coreference, inference."""
from __future__ import annotations

import pytest

from tacitus.actors import ActorResolver, Mention
from tacitus.actors.evaluate import best_overlap, evaluate
from tacitus.actors.text import plain_parsed
from tacitus.nlp.base import Parsed, Sentence, Token

# The user's own document (../shared/seeds/000_0fe928fede07c4b1.txt): the acceptance example of issue 3.
SEED = (
    "Le président de la République d’Azerbaïdjan, Ilham Aliyev, a téléphoné au Secrétaire général des Nations "
    "Unies, Antonio Guterres. Au cours de la conversation téléphonique, le président Ilham Aliyev a déclaré que "
    "l’Azerbaïdjan soutenait les efforts du Secrétaire général et des Nations Unies, ainsi que la coopération "
    "multilatérale dans la lutte contre la pandémie de COVID-19.\n\nLe chef de l'Etat a évoqué que l'Azerbaïdjan "
    "avait fait don de 10 millions de dollars à l'Organisation mondiale de la santé et apporté de l’aide "
    "humanitaire et financière à plus de 30 pays afin de lutter contre la pandémie de COVID-19.\n\nLe président "
    "Ilham Aliyev a remercié le Secrétaire général d’avoir répondu sans retarder à sa demande, en tant que "
    "président du Mouvement des non-alignés (MNA) au nom des États membres, concernant la convocation d’une "
    "session spéciale de l'Assemblée générale des Nations Unies sur le COVID-19 et a souligné que plus de 130 "
    "États membres de l’ONU avaient soutenu cette initiative.\n\nLe secrétaire général de l'ONU, Antonio "
    "Guterres, a remercié le président Ilham Aliyev de l’avoir appelé. Dans le même temps, le Secrétaire général "
    "a déclaré que l'Azerbaïdjan œuvrait activement pour la réalisation des Objectifs de Développement durable "
    "des Nations Unies.")


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


def mentions(resolver: ActorResolver, text: str, lang: str, date: str | None = None) -> list[Mention]:
    return resolver.find_mentions(plain_parsed(text, lang), date)


def at(ms: list[Mention], text: str, nth: int = 0) -> Mention:
    found = [m for m in ms if m.text == text]
    assert len(found) > nth, f"no mention {text!r} (#{nth}) in {[m.text for m in ms]}"
    return found[nth]


# --------------------------------------------------------------------------------------------- the seed

@pytest.fixture(scope="module")
def seed(resolver) -> list[Mention]:
    return resolver.find_mentions(plain_parsed(SEED, "fr"), None)


@pytest.mark.parametrize("text, nth, country, sector", [
    ("Ilham Aliyev", 0, "AZE", "GOV"), ("Ilham Aliyev", 3, "AZE", "GOV"),
    ("président", 1, "AZE", "GOV"), ("chef de l'Etat", 0, "AZE", "GOV"),
    ("Antonio Guterres", 0, "UNO", None), ("Secrétaire général", 1, "UNO", None),
    ("Organisation mondiale de la santé", 0, "UNO", None), ("Nations Unies", 1, "UNO", None),
    ("ONU", 0, "UNO", None), ("Azerbaïdjan", 1, "AZE", "GOV"),
])
def test_seed_document_resolves_as_the_issue_requires(seed, text, nth, country, sector):
    m = at(seed, text, nth)
    assert (m.country, m.sector) == (country, sector)


def test_seed_is_undated_so_latest_terms_are_assumed_and_flagged(seed):
    assert all(m.date_assumed for m in seed)
    assert at(seed, "Organisation mondiale de la santé").identifier == "Q7817"


def test_mention_text_is_exactly_the_document_span(seed):
    for m in seed:
        assert SEED[m.start:m.end] == m.text


def test_bare_titles_corefer_with_the_person_they_mean(seed):
    head = at(seed, "chef de l'Etat")
    assert head.kind == "coreference" and seed[head.refers_to].name == "Ilham Aliyev"
    sg = at(seed, "Secrétaire général", 1)
    assert sg.kind == "coreference" and sg.name == "António Guterres"


@pytest.mark.slow
def test_seed_resolves_the_same_through_the_real_parser(resolver):
    nlp = pytest.importorskip("tacitus.nlp")
    parsed = nlp.parse(SEED, "fr")
    ms = resolver.find_mentions(parsed, None)
    assert (at(ms, "chef de l'Etat").country, at(ms, "chef de l'Etat").sector) == ("AZE", "GOV")
    assert all(0 <= m.sentence_index < len(parsed.sentences) for m in ms)


# --------------------------------------------------------------------------------------------- titles

@pytest.mark.parametrize("lang, text, mention, country, sector", [
    ("fr", "Le président ukrainien s'est exprimé hier.", "président", "UKR", "GOV"),
    ("fr", "Le ministre malien de la Défense, Sadio Koné, a démissionné.", "Sadio Koné", "MLI", "GOV"),
    ("fr", "La juge française Claire Dumont a ordonné une enquête.", "Claire Dumont", "FRA", "JUD"),
    ("en", "Kazakh Foreign Minister Arman Zhunusov arrived in Baku.", "Arman Zhunusov", "KAZ", "GOV"),
    ("en", "Nigeria's police chief, Ibrahim Musa, spoke.", "Ibrahim Musa", "NGA", "COP"),
    ("es", "El canciller peruano Jorge Paredes viajó a Quito.", "Jorge Paredes", "PER", "GOV"),
    ("de", "Der polnische Verteidigungsminister Tomasz Nowak warnte.", "Tomasz Nowak", "POL", "GOV"),
    ("ru", "Министр обороны Армении Ашот Петросян прибыл в Москву.", "Ашот Петросян", "ARM", "GOV"),
    ("ar", "قال وزير الخارجية الأردني خالد يوسف إن الوضع خطير.", "خالد يوسف", "JOR", "GOV"),
    ("ar", "رفضت الحكومة الألمانية الطلب.", "الحكومة", "DEU", "GOV"),
    ("ar", "وصل الرئيس الألباني إلى روما.", "الرئيس", "ALB", "GOV"),
    ("fr", "Le secrétaire général de l'OTAN a appelé à la retenue.", "secrétaire général", "IGO", None),
    ("en", "Former Peruvian president Luis Ramos was arrested.", "Luis Ramos", "PER", "ELI"),
    ("it", "I servizi di sicurezza moldavi hanno arrestato un diplomatico.", "servizi di sicurezza", "MDA", "COP"),
    ("pt", "Os serviços de segurança angolanos detiveram dois jornalistas.", "serviços de segurança", "AGO", "COP"),
])
def test_titles_give_country_and_sector_even_to_unknown_people(resolver, lang, text, mention, country, sector):
    m = at(mentions(resolver, text, lang, "2024-05-01"), mention)
    assert (m.country, m.sector) == (country, sector)
    assert not m.country_inferred


def test_a_title_and_its_person_point_to_each_other(resolver):
    ms = mentions(resolver, "Le président de la République d'Azerbaïdjan, Ilham Aliyev, est arrivé.", "fr", "2020-01-01")
    title = at(ms, "président de la République")
    assert ms[title.refers_to].text == "Ilham Aliyev"
    assert ms[at(ms, "Azerbaïdjan").part_of] is title


def test_a_title_names_the_office_holder_of_the_day(resolver):
    assert at(mentions(resolver, "The Russian president spoke.", "en", "2010-06-01"), "president").name == "Dmitry Medvedev"
    assert at(mentions(resolver, "The Russian president spoke.", "en", "2016-06-01"), "president").name == "Vladimir Putin"


# --------------------------------------------------------------------------------------------- dates

@pytest.mark.parametrize("date, sector, assumed", [("2019-06-01", "GOV", False), ("2024-06-01", "ELI", False),
                                                   (None, "ELI", True)])
def test_roles_depend_on_the_document_date(resolver, date, sector, assumed):
    m = at(mentions(resolver, "Merkel a déclaré que l'Europe devait agir.", "fr", date), "Merkel")
    assert (m.country, m.sector, m.date_assumed) == ("DEU", sector, assumed)


def test_a_curated_person_overrides_a_slip_of_the_phoenix_dictionary(resolver):
    # Phoenix lists José Mário Vaz under GIN (Guinea); he was president of Guinea-Bissau
    m = at(mentions(resolver, "The AU hailed the inauguration of President Jose Mario Vaz.", "en", "2014-06-24"),
           "Jose Mario Vaz")
    assert (m.country, m.sector) == ("GNB", "GOV"), m.rule


def test_a_person_before_any_term_has_a_country_but_no_sector(resolver):
    m = at(mentions(resolver, "Volodymyr Zelensky a joué dans une série.", "fr", "2016-01-01"), "Volodymyr Zelensky")
    assert (m.country, m.sector) == ("UKR", None)


def test_documents_after_the_kb_as_of_date_are_flagged(resolver):
    m = at(mentions(resolver, "Sergei Lavrov said.", "en", "2031-01-01"), "Sergei Lavrov")
    assert m.beyond_as_of


# --------------------------------------------------------------------------------------------- variants

@pytest.mark.parametrize("lang, text", [
    ("fr", "Sergueï Lavrov a déclaré."), ("en", "Sergei Lavrov said."), ("es", "Serguéi Lavrov dijo."),
    ("de", "Sergej Lawrow sagte."), ("ru", "Сергей Лавров заявил."), ("ru", "Встреча с Сергеем Лавровым."),
    ("ru", "Заявление Лаврова было резким."), ("ar", "قال سيرغي لافروف."),
])
def test_transliterations_and_inflections_resolve_to_one_person(resolver, lang, text):
    ms = [m for m in mentions(resolver, text, lang, "2022-01-01") if m.kind == "person"]
    assert ms and ms[0].name == "Sergei Lavrov" and (ms[0].country, ms[0].sector) == ("RUS", "GOV")


@pytest.mark.parametrize("lang, text, mention", [
    ("en", "The International Monetary Fund approved a loan.", "International Monetary Fund"),
    ("de", "Der IWF gewährte Argentinien einen Kredit.", "IWF"),
    ("en", "IMF chief Kristalina Georgieva said the fund would help.", "Kristalina Georgieva"),
])
def test_the_imf_is_an_igo_as_cameo_codes_it(resolver, lang, text, mention):
    assert at(mentions(resolver, text, lang, "2024-01-01"), mention).country == "IGO"


@pytest.mark.parametrize("lang, text, mention, country", [
    ("en", "NATO leaders met in Vilnius. The alliance said it would help Ukraine.", "alliance", "IGO"),
    ("fr", "L'Union européenne a adopté des sanctions ; le bloc a aussi gelé des avoirs.", "bloc", "EUR"),
    ("de", "Die Nato hat sich in Vilnius getroffen; das Bündnis will Kiew helfen.", "Bündnis", "IGO"),
    ("it", "La Nato si è riunita a Vilnius; l'Alleanza ha detto che aiuterà Kiev.", "Alleanza", "IGO"),
    ("ru", "НАТО провело саммит; альянс пообещал помощь Киеву.", "альянс", "IGO"),
])
def test_the_alliance_or_the_bloc_names_the_organisation_named_before(resolver, lang, text, mention, country):
    m = at(mentions(resolver, text, lang, "2024-01-01"), mention)
    assert (m.country, m.kind) == (country, "coreference"), m.rule


@pytest.mark.parametrize("lang, text", [
    ("en", "NATO met in Vilnius; a new alliance of Baltic parties was formed."),   # no definite article
    ("en", "The ruling alliance won the vote."),                                  # no organisation before
    ("es", "Los presidentes se reunieron en la cumbre de la Alianza del Pacífico."),  # a name of its own
])
def test_an_alliance_that_names_no_organisation_before_is_none_of_them(resolver, lang, text):
    assert not any(m.kind == "coreference" and m.country in ("IGO", "EUR") for m in mentions(resolver, text, lang))


@pytest.mark.parametrize("lang, text, city", [
    ("fr", "Le Burundi s'est retiré du Statut de Rome.", "Rome"),
    ("en", "Moscow said the Minsk agreements were dead.", "Minsk"),
    ("es", "Los acuerdos de Minsk no se cumplieron.", "Minsk"),
    ("ru", "В Кремле заявили, что Минские соглашения мертвы.", "Минские"),
])
def test_a_capital_that_names_an_agreement_is_no_government(resolver, lang, text, city):
    assert all(m.text != city for m in mentions(resolver, text, lang, "2022-01-01"))


def test_a_capital_beside_a_plan_for_it_is_still_named():
    ms = mentions(ActorResolver.load(), "A reconstruction plan for Kyiv was adopted.", "en", "2024-01-01")
    assert at(ms, "Kyiv").country == "UKR"


@pytest.mark.parametrize("lang, text, country", [
    ("fr", "Le Kremlin a démenti.", "RUS"), ("fr", "L'Élysée a réagi.", "FRA"), ("en", "Washington said no.", "USA"),
    ("fr", "Le Quai d'Orsay a convoqué l'ambassadeur.", "FRA"), ("es", "La Casa Blanca anunció sanciones.", "USA"),
    ("ru", "Кремль опроверг сообщения.", "RUS"), ("ar", "أعلن الكرملين.", "RUS"),
    # German genitives of capitals and seats, as of country names
    ("de", "Ein Sprecher des Kremls widersprach.", "RUS"), ("de", "Die Forderung Washingtons blieb.", "USA"),
    ("de", "Die Antwort Moskaus kam rasch.", "RUS"),
])
def test_seats_of_power_stand_for_governments(resolver, lang, text, country):
    m = [m for m in mentions(resolver, text, lang) if m.kind == "metonym"][0]
    assert (m.country, m.sector) == (country, "GOV")


@pytest.mark.parametrize("lang, text, mention, country", [
    ("en", "Turkey said it would strike militants in northern Syria.", "militants", "SYR"),
    ("en", "A court in Yekaterinburg sentenced the reporter to 16 years.", "court", "RUS"),
    ("de", "Ein Gericht in Jekaterinburg hat den Reporter verurteilt.", "Gericht", "RUS"),
    ("es", "Kenia enviará una fuerza policial en Haití el próximo mes.", "fuerza policial", "HTI"),
    # (a capital of fewer than 100,000 people is a town too)
    ("de", "Die Regierung in Honiara hat die Beziehungen zu Taiwan abgebrochen.", "Regierung", "SLB"),
    ("en", "The government in Nuku'alofa declared a state of emergency.", "government", "TON"),
])
def test_a_locative_right_after_a_group_places_it(resolver, lang, text, mention, country):
    m = at(mentions(resolver, text, lang, "2024-01-01"), mention)
    assert (m.country, m.country_inferred) == (country, True), m.rule


@pytest.mark.parametrize("text, mention", [("Germany recalled its ambassador in Moscow.", "ambassador"),
                                           ("Russia said its troops in Syria would stay.", "troops")])
def test_envoys_and_troops_are_not_of_the_place_they_are_posted_to(resolver, text, mention):
    m = at(mentions(resolver, text, "en", "2024-01-01"), mention)
    assert m.country != {"ambassador": "RUS", "troops": "SYR"}[mention], m.rule


@pytest.mark.parametrize("lang, text, capital, country", [
    ("fr", "Les ministres se sont réunis à Bakou.", "Bakou", "AZE"),
    ("it", "I capi di Stato dell'Ecowas, riuniti ad Abuja, hanno chiuso le frontiere con il Niger.", "Abuja", "NGA"),
])
def test_a_capital_after_a_locative_is_a_place_not_an_actor(resolver, lang, text, capital, country):
    # kept as a place of its country (where aid landed, where protesters marched), never as its government
    ms = mentions(resolver, text, lang, "2020-01-01")
    metonyms = [(m.text, m.country, m.place, m.sector) for m in ms if m.kind == "metonym"]
    assert metonyms == [(capital, country, True, None)]


def test_italian_ad_before_a_country_is_the_dative(resolver):
    ms = mentions(resolver, "Il governo ha chiesto ad Israele di fermare i raid.", "it", "2020-01-01")
    assert at(ms, "Israele").place is False


@pytest.mark.parametrize("lang, text, mention, country", [
    # towns under 100,000 people (GeoNames), kept by their id in curated/places.yaml news_towns
    ("en", "Police in Jenin detained two men.", "Police", "PSE"),
    ("ru", "Полиция в Бахмуте задержала двоих мужчин.", "Полиция", "UKR"),
    ("es", "Los manifestantes en Ramala quemaron neumáticos.", "manifestantes", "PSE"),
    ("de", "Soldaten in Butscha fanden die Leichen.", "Soldaten", "UKR"),
    ("ar", "اعتقلت الشرطة في جنين ثلاثة شبان.", "الشرطة", "PSE"),
    # and towns cities15000 lacks, under curated/places.yaml towns
    ("fr", "Des milliers de personnes à Srebrenica ont manifesté.", "personnes", "BIH"),
    # a region whose name GeoNames also gives a foreign city ("Samar" is an alternate name of Samara)
    ("fr", "Des rebelles ont attaqué un camion dans la province de Samar.", "rebelles", "PHL"),
])
def test_towns_the_news_names_place_the_people_in_them(resolver, lang, text, mention, country):
    m = at(mentions(resolver, text, lang, "2024-01-01"), mention)
    assert (m.country, m.country_inferred) == (country, True), m.rule


# --------------------------------------------------------------------------------------------- coreference

def test_a_surname_after_the_full_name_corefers(resolver):
    text = "Le ministre tchadien de l'Intérieur, Abakar Mahamat, est arrivé. Mahamat a promis des réformes."
    ms = mentions(resolver, text, "fr", "2023-01-01")
    later = at(ms, "Mahamat", 0) if ms[-1].text != "Mahamat" else ms[-1]
    assert (later.kind, later.country, later.sector) == ("coreference", "TCD", "GOV")


def test_the_minister_refers_to_the_latest_minister(resolver):
    text = "Japanese Foreign Minister Takeshi Iwaya met reporters. The minister said talks would continue."
    m = at(mentions(resolver, text, "en", "2025-01-10"), "minister")
    assert (m.kind, m.country, m.name) == ("coreference", "JPN", "Takeshi Iwaya")


# --------------------------------------------------------------------------------------------- generic actors

@pytest.mark.parametrize("lang, text, mention, country, sector", [
    ("fr", "La police a dispersé des manifestants à Tbilissi.", "police", "GEO", "COP"),
    ("en", "Gunmen attacked a bus near Peshawar.", "Gunmen", "PAK", "UAF"),
    ("es", "Los manifestantes marcharon en Guayaquil.", "manifestantes", "ECU", "CVL"),
    ("ru", "Полиция задержала протестующих в Минске.", "Полиция", "BLR", "COP"),
    ("ar", "فرقت الشرطة المتظاهرين في بغداد.", "الشرطة", "IRQ", "COP"),
])
def test_generic_actors_take_the_country_of_a_place_in_the_sentence(resolver, lang, text, mention, country, sector):
    m = at(mentions(resolver, text, lang, "2022-01-01"), mention)
    assert (m.country, m.sector, m.country_inferred) == (country, sector, True)


def test_generic_actors_fall_back_on_the_documents_main_country(resolver):
    text = "Le gouvernement arménien a annoncé des mesures. Des manifestants ont bloqué une route."
    m = at(mentions(resolver, text, "fr", "2022-01-01"), "manifestants")
    assert (m.country, m.country_inferred) == ("ARM", True) and "document-country" in m.rule


def test_a_nationality_word_is_said_not_inferred(resolver):
    m = at(mentions(resolver, "Des soldats ukrainiens ont été blessés.", "fr", "2022-01-01"), "soldats")
    assert (m.country, m.sector, m.country_inferred) == ("UKR", "MIL", False)


# --------------------------------------------------------------------------------------------- robustness

def test_sentence_index_follows_the_backends_sentences(resolver):
    text = "Le Kremlin a réagi. Washington a répondu."
    parsed = Parsed(text=text, lang="fr", has_parse=False, entities=[],
                    sentences=[Sentence(0, 0, 19, text[:19]), Sentence(1, 20, len(text), text[20:])])
    ms = resolver.find_mentions(parsed, "2020-01-01")
    assert [(m.text, m.sentence_index) for m in ms] == [("Kremlin", 0), ("Washington", 1)]


def test_russian_lemmas_from_the_parser_are_used(resolver):
    text = "Сергея Лаврова встретили."
    toks = [Token(0, 6, "Сергея", "сергей"), Token(7, 14, "Лаврова", "лавров"), Token(15, 24, "встретили", "встретить")]
    parsed = Parsed(text=text, lang="ru", has_parse=True, entities=[],
                    sentences=[Sentence(0, 0, len(text), text, toks)])
    ms = resolver.find_mentions(parsed, "2020-01-01")
    assert ms[0].text == "Сергея Лаврова" and ms[0].name == "Sergei Lavrov"


def test_an_overlay_person_is_resolved_with_its_dates(resolver, tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("people:\n  - id: ana-lima\n    country: BRA\n    names: [Ana Lima]\n    identifier: Q1\n"
                 "    terms: [{role: minister, title: minister, country: BRA, start: 2026-01-01}]\n", encoding="utf-8")
    mine = ActorResolver.load(f)
    m = at(mine.find_mentions(plain_parsed("Ana Lima a parlé.", "fr"), "2026-02-01"), "Ana Lima")
    assert (m.country, m.sector, m.identifier) == ("BRA", "GOV", "Q1")
    assert mine.kb_version != resolver.kb_version


# --------------------------------------------------------------------------------------------- lookup and eval

@pytest.mark.parametrize("name, date, lang, country, sector", [
    ("Sergueï Lavrov", "2019-05-01", "fr", "RUS", "GOV"), ("Merkel", "2019-01-01", "en", "DEU", "GOV"),
    ("Merkel", "2024-01-01", "en", "DEU", "ELI"), ("le président ukrainien", "2023-01-01", "fr", "UKR", "GOV"),
    ("ONU", None, "fr", "UNO", None), ("Kremlin", None, None, "RUS", "GOV"),
])
def test_lookup_resolves_a_name_with_its_rule(resolver, name, date, lang, country, sector):
    res = resolver.lookup(name, date=date, lang=lang)
    assert res.found and (res.country, res.sector) == (country, sector)
    assert res.rule and res.source


def test_lookup_of_an_unknown_word_is_not_found(resolver):
    assert not resolver.lookup("Xqzzy", lang="en").found


def test_evaluation_takes_the_best_overlapping_head_mention(resolver):
    records = [{"id": "1", "lang": "fr", "date": "2020-01-01", "text": "La police de Bakou a arrêté des manifestants.",
                "mention": "La police de Bakou", "start": 0, "end": 18, "country": "AZE", "sector": "COP"},
               {"id": "2", "lang": "fr", "date": "2020-01-01", "text": "Washington a protesté.",
                "mention": "Washington", "start": 0, "end": 10, "country": "USA", "sector": None}]
    report = evaluate(records, resolver, parser=plain_parsed)
    assert report.overall.n == 2 and report.overall.country == 2 and report.overall.both == 1
    assert best_overlap([], 0, 5) is None


# --------------------------------------------------------------------------------------------- home country

NORDIO = ("Il ministro della Giustizia Carlo Nordio ha revocato l'arresto dell'ingegnere iraniano Mohammad Abedini, "
          "detenuto a Milano su richiesta degli Stati Uniti.")


def test_a_bare_office_is_the_home_countrys_when_the_story_happens_there(resolver):
    with_home = resolver.find_mentions(plain_parsed(NORDIO, "it"), "2025-01-12", home_country="ITA")
    assert at(with_home, "Carlo Nordio").country == "ITA"
    assert "home-office:ITA" in at(with_home, "Carlo Nordio").rule
    # Without a home country the sentence's most named country decides.
    assert at(mentions(resolver, NORDIO, "it", "2025-01-12"), "Carlo Nordio").country == "USA"


def test_a_bare_office_abroad_keeps_the_countries_of_its_story(resolver):
    text = "Il ministro della Giustizia ha incontrato a Berlino i procuratori tedeschi."
    found = resolver.find_mentions(plain_parsed(text, "it"), "2025-01-12", home_country="ITA")
    assert at(found, "ministro").country == "DEU"


@pytest.mark.parametrize("name, lang, country", [
    ("European Community", "en", "EUR"), ("la Communauté économique européenne", "fr", "EUR"),
    ("the Soviet Union", "en", "RUS"), ("l'URSS", "fr", "RUS"), ("Советский Союз", "ru", "RUS"),
    ("Zaire", "en", "COD"),
])
def test_historical_names_take_their_successors_code(resolver, name, lang, country):
    # PLOVER's gold records code the archives' Soviet Union as RUS and the European Community as EUR.
    assert resolver.lookup(name, lang=lang).country == country


def test_a_sea_rescue_ship_is_its_ngo(resolver):
    found = resolver.find_mentions(plain_parsed("Le autorità italiane hanno disposto il fermo della nave Sea-Eye 4.",
                                                "it"), "2023-03-27")
    assert at(found, "Sea-Eye 4").country == "NGO"


def test_a_russian_surname_the_lemmatiser_misreads_still_resolves():
    # natasha lemmatises "Пашинян" as "пашинянин" (a demonym); the word itself names the person.
    from tacitus.actors.resolver import ActorResolver
    from tacitus.nlp import get_backend

    mentions = ActorResolver.load().find_mentions(get_backend("ru").parse("Никол Пашинян подписал указ."),
                                                  "2024-05-10")
    assert [(m.text, m.country) for m in mentions] == [("Никол Пашинян", "ARM")]


def test_a_government_named_after_its_leader_takes_the_leaders_country():
    # "el Gobierno de Daniel Ortega": not the country of the other party named in the sentence.
    from tacitus.actors.resolver import ActorResolver
    from tacitus.nlp import get_backend

    text = "El Gobierno de Daniel Ortega concedió asilo político al expresidente panameño Ricardo Martinelli."
    mentions = ActorResolver.load().find_mentions(get_backend("es").parse(text), "2024-02-10")
    assert ("Gobierno", "NIC") in [(m.text, m.country) for m in mentions]


def test_state_is_a_mention_only_with_its_country():
    from tacitus.actors.resolver import ActorResolver
    from tacitus.nlp import get_backend

    resolver = ActorResolver.load()
    visit = resolver.find_mentions(get_backend("en").parse("President Gustavo Petro will make a state visit to "
                                                           "China next week."), "2023-10-18")
    assert "state" not in [m.text for m in visit]
    state = resolver.find_mentions(get_backend("en").parse("Spain recognised a Palestinian state on Tuesday."),
                                   "2024-05-28")
    assert ("state", "PSE") in [(m.text, m.country) for m in state]


def test_a_title_right_after_a_title_with_a_country_shares_it(resolver):
    # "rulers" has no country of its own; the sentence's most named country (France) is not theirs
    ms = mentions(resolver, "Niger's military rulers gave French ambassador Sylvain Itte 48 hours to leave, accusing "
                            "Paris and France of acting against Niger.", "en", "2023-08-25")
    assert at(ms, "rulers").country == "NER"


def test_people_named_by_what_befell_them_are_of_the_nearest_place(resolver):
    ms = mentions(resolver, "Kämpfer der Hamas sind aus dem Gazastreifen nach Israel eingedrungen und haben Hunderte "
                            "Menschen getötet.", "de", "2023-10-07")
    assert at(ms, "Menschen").country == "ISR"


def test_a_nationality_adjective_gives_no_country_to_the_victims(resolver):
    # the drone is Russian; the people it killed are not
    ms = mentions(resolver, "Un drone russo ha colpito un palazzo di Kiev, uccidendo otto persone.", "it", "2024-05-01")
    assert at(ms, "persone").country == "UKR"


@pytest.mark.parametrize("text, country", [
    ("The Philippine foreign ministry lodged a diplomatic protest with Beijing on Thursday.", "PHL"),
    ("The Ecuadorian army deployed troops along the northern border.", "ECU"),
    ("Bosnian police arrested two suspects in Sarajevo on Monday.", "BIH"),
    ("The Djiboutian government accused Eritrea of massing troops.", "DJI"),
    ("East Timorese soldiers took part in the exercise.", "TLS"),
    ("The Nepali prime minister flew to New Delhi on Sunday.", "NPL"),
])
def test_english_state_adjectives_the_sources_lack(resolver, text, country):
    found = [m for m in mentions(resolver, text, "en", "2024-01-01") if m.country]
    assert found and found[0].country == country, [(m.text, m.country) for m in found]


@pytest.mark.parametrize("text, lang, name, country", [
    # an organisation alias after an unknown given name is a family name (the Wagner group is Russian)
    ("Peruvian Foreign Minister Allan Wagner met his Chilean counterpart in Lima.", "en", "Allan Wagner", "PER"),
    ("El canciller peruano Allan Wagner se reunió con su homólogo chileno.", "es", "Allan Wagner", "PER"),
    # a known person's surname after another given name is someone else (Ousmane Sonko is Senegalese)
    ("Kenia abrió una investigación contra el gobernador de Nairobi, Mike Sonko, por irregularidades.", "es",
     "Mike Sonko", "KEN"),
])
def test_an_alias_after_an_unknown_given_name_is_a_family_name(resolver, text, lang, name, country):
    assert at(mentions(resolver, text, lang, "2019-08-22"), name).country == country


@pytest.mark.parametrize("text, lang, name, country", [
    ("Fighters of the Russian Wagner group attacked the town.", "en", "Wagner group", "RUS"),
    ("Les mercenaires de Wagner ont attaqué la ville.", "fr", "Wagner", "RUS"),
    ("Die Söldnertruppe Wagner griff die Stadt an.", "de", "Wagner", "RUS"),
    ("Senegal's Prime Minister Ousmane Sonko met the French president.", "en", "Ousmane Sonko", "SEN"),
    # declined and transliterated given names still name the person the knowledge base knows
    ("Шавкат Мирзиёев поздравил Касыма-Жомарта Токаева с победой.", "ru", "Токаева", "KAZ"),
    ("Прибывшие в Киев Эмманюэль Макрон и Олаф Шольц встретились с Зеленским.", "ru", "Макрон", "FRA"),
    ("Il Consiglio Ue ha lanciato la missione navale Aspides.", "it", "Ue", "EUR"),
])
def test_known_names_keep_their_reading(resolver, text, lang, name, country):
    assert at(mentions(resolver, text, lang, "2024-01-01"), name).country == country


@pytest.mark.parametrize("text, lang, name, country", [
    ("The Pakistani Taliban threatened new attacks on schools.", "en", "Taliban", "PAK"),
    ("Die pakistanischen Taliban haben mit neuen Anschlägen gedroht.", "de", "Taliban", "PAK"),
    ("Les talibans pakistanais ont revendiqué l'attentat.", "fr", "talibans", "PAK"),
    ("The Afghan Taliban seized the district.", "en", "Taliban", "AFG"),
    ("Fighters of the Syrian Hezbollah shelled the town.", "en", "Hezbollah", "SYR"),
])
def test_a_nationality_adjective_on_an_armed_group_gives_its_branch(resolver, text, lang, name, country):
    # (the knowledge base may know the branch by name, the Pakistani Taliban being the TTP)
    found = [m for m in mentions(resolver, text, lang, "2009-10-20") if name in m.text]
    assert found and found[0].country == country, [(m.text, m.country) for m in found]


@pytest.mark.parametrize("text, lang", [
    ("I ministri si sono incontrati alla presenza dei copresidenti del Gruppo di Minsk dell'Osce.", "it"),
    ("Se reunieron en Praga bajo los auspicios del Grupo de Minsk de la OSCE.", "es"),
    ("Les coprésidents du groupe de Minsk de l'OSCE sont arrivés à Bakou.", "fr"),
])
def test_a_body_named_after_a_capital_is_not_its_government(resolver, text, lang):
    assert "BLR" not in {m.country for m in mentions(resolver, text, lang, "2020-01-31")}


@pytest.mark.parametrize("text, lang, name, country", [
    ("The African Union's Peace and Security Council suspended Burkina Faso.", "en",
     "Peace and Security Council", "IGO"),
    ("Militantes del Movimiento para la Emancipación del Delta del Níger liberaron a dos rehenes.", "es",
     "Movimiento para la Emancipación del Delta del Níger", "NGA"),
    ("Le FMI a approuvé un programme en faveur de la Centrafrique.", "fr", "Centrafrique", "CAF"),
])
def test_curated_bodies_and_names(resolver, text, lang, name, country):
    assert at(mentions(resolver, text, lang, "2022-01-31"), name).country == country


def test_the_end_of_a_hyphenated_compound_is_no_place_of_its_own(resolver):
    # "Nuba-Bergen" are the Nuba mountains: the civilians killed there are not Norwegians
    ms = mentions(resolver, "Kampfflugzeuge der sudanesischen Luftwaffe haben mehrere Dörfer in den Nuba-Bergen "
                            "bombardiert und dabei mindestens sieben Zivilisten getötet.", "de", "2016-05-02")
    assert at(ms, "Zivilisten").country != "NOR"


@pytest.mark.parametrize("text, name, country", [
    ("قال المسؤولين البورونديين إن الوضع هادئ.", "المسؤولين", "BDI"),
    ("أعلنت الحكومة الهايتية حالة الطوارئ.", "الحكومة", "HTI"),
    ("قالت بوروندي إنها ترفض الاتهامات.", "بوروندي", "BDI"),
])
def test_arabic_adjectives_of_countries_named_like_them(resolver, text, name, country):
    assert at(mentions(resolver, text, "ar", "2015-09-14"), name).country == country


@pytest.mark.parametrize("text, lang, name, country", [
    ("Il ministro uzbeko ha risposto alle accuse.", "it", "ministro", "UZB"),
    ("I ribelli congolesi hanno attaccato.", "it", "ribelli", "COD"),
    ("El ministro pakistaní llegó a Kabul.", "es", "ministro", "PAK"),
    ("Der kongolesische Minister reiste ab.", "de", "Minister", "COD"),
    ("Le ministre kazakh est arrivé.", "fr", "ministre", "KAZ"),
    ("A polícia expulsou cidadãos congoleses.", "pt", "cidadãos", "COD"),
])
def test_nationality_adjectives_the_sources_lack(resolver, text, lang, name, country):
    assert at(mentions(resolver, text, lang, "2024-01-01"), name).country == country


@pytest.mark.parametrize("text, name, country", [
    ("ناقش أكثر من مئتي باحث في مؤتمر علمي دولي استضافته عمّان سبل الحد من تملّح المياه.", "عمّان", "JOR"),
    ("قالت عمان إنها ترفض الاتهامات.", "عمان", "OMN"),
])
def test_amman_is_told_from_oman_by_its_shadda(resolver, text, name, country):
    assert at(mentions(resolver, text, "ar", "2019-09-24"), name).country == country


@pytest.mark.parametrize("text, lang, name, country", [
    ("Die islamistische Abu-Sayyaf-Gruppe hat zwei indonesische Fischer freigelassen.", "de", "Abu-Sayyaf-Gruppe",
     "PHL"),
    ("Fighters of the Lord's Resistance Army attacked the town.", "en", "Lord's Resistance Army", "UGA"),
    ("Les rebelles des FDLR ont attaqué un village.", "fr", "FDLR", "COD"),
    ("Los Tigres de Liberación del Eelam Tamil se negaron a negociar.", "es", "Tigres de Liberación del Eelam Tamil",
     "LKA"),
    ("Centinaia di ribelli del Fronte unito per il cambiamento hanno attaccato.", "it",
     "Fronte unito per il cambiamento", "TCD"),
    ("فتح مسلحون من جماعة أنصار الإسلام النار على دورية عسكرية.", "ar", "جماعة أنصار الإسلام", "BFA"),
    ("Reporters sans frontières (RSF) a dénoncé l'arrestation.", "fr", "Reporters sans frontières", "NGO"),
])
def test_armed_groups_are_coded_as_the_state_they_fight_in(resolver, text, lang, name, country):
    assert at(mentions(resolver, text, lang, "2019-04-08"), name).country == country


@pytest.mark.parametrize("text, lang, name, country", [
    # a word of address before a surname is no given name of someone else
    ("On Monday Mr Putin said the talks had failed.", "en", "Putin", "RUS"),
    ("Then Mrs Merkel said the talks had failed.", "en", "Merkel", "DEU"),
    ("Puis Mme Lagarde a répondu aux questions.", "fr", "Lagarde", "EUR"),
    # a given name transliterated with another first letter is still his
    ("Президент Ирана Эбрахим Раиси прибыл в Москву.", "ru", "Раиси", "IRN"),
    # a capitalised noun of a longer name is no given name: the North Korean news agency stays itself
    ("L'agenzia di Stato Kcna ha riferito del lancio.", "it", "Kcna", "PRK"),
])
def test_surnames_after_words_of_address_and_variant_given_names_keep_their_person(resolver, text, lang, name,
                                                                                  country):
    assert at(mentions(resolver, text, lang, "2023-09-01"), name).country == country


def test_a_word_of_address_before_a_known_name_is_no_person_of_its_own(resolver):
    # "emir, Sheikh Hamad ...": "Sheikh" alone named someone whose country came from the sentence (Saudi Arabia)
    ms = mentions(resolver, "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, launched a mediation effort between "
                            "the Emirates and Saudi Arabia.", "en", "1997-03-01")
    assert "Sheikh" not in [m.text for m in ms]
    assert at(ms, "Hamad bin Khalifa al-Thani").country == "QAT"


def test_a_known_title_after_a_comma_is_no_name_of_the_group_before_it(resolver):
    # "President" is a title of its own: "militants ..., President Tayyip Erdogan" does not name the militants
    ms = mentions(resolver, "Turkey could launch an operation against Kurdish militants in northern Syria at any "
                            "moment, President Tayyip Erdogan warned lawmakers on Wednesday.", "en", "2019-10-01")
    assert at(ms, "militants").name is None


@pytest.mark.parametrize("text, lang, body, name, code", [
    ("The rights group Human Rights Watch accused Ethiopia of killing civilians.", "en", "rights group",
     "Human Rights Watch", "NGO"),
    ("Human rights watchdog Amnesty International accused the United States of torture.", "en", "watchdog",
     "Amnesty International", "NGO"),
    ("L'ONG Human Rights Watch a accusé le Mali d'exécutions sommaires.", "fr", "ONG", "Human Rights Watch", "NGO"),
])
def test_a_generic_body_word_before_an_organisation_stands_for_it(resolver, text, lang, body, name, code):
    # (it took the country named elsewhere in the sentence, and became a second, wrong party)
    ms = mentions(resolver, text, lang, "2021-05-01")
    assert at(ms, body).country == code and at(ms, name).country == code


@pytest.mark.parametrize("text, lang, name, country", [
    ("Serb forces were engaged in ethnic cleansing in Montenegro.", "en", "forces", "SRB"),
    ("Bosnian Serb forces killed some 8,000 Muslim men and boys in July 1995.", "en", "forces", "BIH"),
    ("Kosovo Serbs blocked a road near the village on Monday.", "en", "Kosovo Serbs", "KOS"),
    ("O Tribunal condenou sete antigos polícias e militares sérvios-bósnios.", "pt", "militares", "BIH"),
    ("Les forces serbo-bosniaques ont pris Srebrenica en juillet 1995.", "fr", "forces", "BIH"),
    ("Силы боснийских сербов обстреляли Сараево.", "ru", "боснийских сербов", "BIH"),
    ("Косовские сербы заблокировали дорогу к границе.", "ru", "Косовские сербы", "KOS"),
    ("Bosnisch-serbische Truppen beschossen Sarajevo.", "de", "Truppen", "BIH"),
    ("Die bosnischen Serben blockierten die Straße nach Tuzla.", "de", "bosnischen Serben", "BIH"),
    ("Die Serben protestierten in Belgrad.", "de", "Serben", "SRB"),
    ("Il premier kosovaro Ramush Haradinaj ha escluso di incontrare a Bruxelles il presidente serbo.", "it",
     "premier", "KOS"),
])
def test_serb_bosnian_serb_and_kosovo_serb_adjectives(resolver, text, lang, name, country):
    assert at(mentions(resolver, text, lang, "2011-06-01"), name).country == country


@pytest.mark.parametrize("text, lang", [
    ("Премьер-министр Папуа — Новая Гвинея Джеймс Марапе посетил Канберру.", "ru"),
    ("Папуа — Новая Гвинея и Австралия подписали соглашение о безопасности.", "ru"),
])
def test_a_spaced_dash_inside_a_country_name_joins_it(resolver, text, lang):
    # "Папуа — Новая Гвинея" is the Russian name of Papua New Guinea; the dash had cut it and left Guinea
    ms = mentions(resolver, text, lang, "2021-06-01")
    assert {m.country for m in ms if m.country} <= {"PNG", "AUS"} and any(m.country == "PNG" for m in ms)


@pytest.mark.parametrize("text, lang, name", [
    ("La Comisión Africana de Derechos Humanos y de los Pueblos enviará una misión a Esuatini.", "es",
     "Comisión Africana de Derechos Humanos y de los Pueblos"),
    ("La CIDH condenó la detención de opositores en Managua.", "es", "CIDH"),
    ("أعلنت الحكومة الكولومبية ومتمردو جيش التحرير الوطني اتفاقهما على إطلاق مفاوضات سلام.", "ar",
     "جيش التحرير الوطني"),
])
def test_human_rights_commissions_and_the_eln_in_arabic(resolver, text, lang, name):
    expected = "COL" if name == "جيش التحرير الوطني" else "IGO"
    assert at(mentions(resolver, text, lang, "2022-10-05"), name).country == expected


@pytest.mark.parametrize("text, lang, name, code", [
    ("Reporter senza frontiere ha condannato il provvedimento.", "it", "Reporter senza frontiere", "NGO"),
    ("Repórteres sem Fronteiras condenaram a detenção do jornalista.", "pt", "Repórteres sem Fronteiras", "NGO"),
    ("Lo ha denunciato il Comitato per la protezione dei giornalisti.", "it",
     "Comitato per la protezione dei giornalisti", "NGO"),
    ("Belgrade has refused Pristina's demand.", "en", "Pristina", "KOS"),
    ("Приштина потребовала от Белграда выдать подозреваемого.", "ru", "Приштина", "KOS"),
])
def test_press_freedom_groups_and_kosovos_capital(resolver, text, lang, name, code):
    assert at(mentions(resolver, text, lang, "2023-10-01"), name).country == code


@pytest.mark.parametrize("text, lang, name, country", [
    ("La polizia keniana schiererà oltre 150mila agenti nei seggi di tutto il Paese.", "it", "polizia", "KEN"),
    ("سلّمت وزارة الخارجية الكازاخستانية سفير قرغيزستان مذكرة احتجاج.", "ar", "سفير", "KGZ"),
    ("انتقد الرئيس القرغيزي تصريحات المسؤولين في أستانا.", "ar", "الرئيس", "KGZ"),
])
def test_demonyms_and_spellings_the_sources_lack(resolver, text, lang, name, country):
    # (the police was Italian by default, the ambassador and the president Kazakh)
    assert at(mentions(resolver, text, lang, "2011-06-01"), name).country == country


def test_a_country_is_no_modifier_of_a_title_across_a_preposition_or_a_number(resolver):
    # "by Malaysia on three navy ships": Malaysia is the deporting state, not a part of "navy"
    from tacitus.nlp import parse

    text = "More than 300 Myanmar nationals were deported by Malaysia on three navy ships on Tuesday."
    found = resolver.find_mentions(parse(text, "en"), "2023-02-21")
    malaysia = at(found, "Malaysia")
    assert malaysia.country == "MYS" and getattr(malaysia, "part_of", None) is None


@pytest.mark.parametrize("lang, text, mention, country", [
    # declined German names of organisations
    ("de", "Die Staats- und Regierungschefs der Westafrikanischen Wirtschaftsgemeinschaft trafen sich in Accra.",
     "Westafrikanischen Wirtschaftsgemeinschaft", "IGO"),
    ("de", "Die Mitglieder der Eurasischen Wirtschaftsunion trafen sich in Minsk.", "Eurasischen Wirtschaftsunion",
     "IGO"),
    ("it", "Il Programma alimentare mondiale ha chiesto nuovi fondi.", "Programma alimentare mondiale", "UNO"),
])
def test_organisation_names_as_the_press_writes_them(resolver, lang, text, mention, country):
    assert at(mentions(resolver, text, lang, "2020-01-01"), mention).country == country


def test_bare_forces_after_forces_of_a_named_country_are_those_forces(resolver):
    # not Niger's, the country of a place named between them
    from tacitus.nlp import parse

    text = ("Malian army helicopters struck a column of fighters near the border with Niger on Sunday, killing about "
            "20 of them, the armed forces said.")
    assert at(resolver.find_mentions(parse(text, "en"), "2022-03-06"), "armed forces").country == "MLI"


@pytest.mark.parametrize("text, lang, title", [
    # Spanish "Mauricio" is also Mauritius; after a title and before a name it is a given name
    ("La Fiscalía de Honduras acusó al exministro de Seguridad Mauricio Ramírez de desviar fondos públicos.", "es",
     "exministro"),
    ("L'ex ministre de l'Intérieur Mauricio Ramírez a été inculpé vendredi à Tegucigalpa.", "fr", "ministre"),
])
def test_a_country_name_between_a_title_and_a_name_is_a_given_name(resolver, text, lang, title):
    found = mentions(resolver, text, lang, "2018-05-04")
    assert not any(m.country == "MUS" for m in found), [(m.text, m.country) for m in found]


def test_a_genitive_country_after_a_title_still_names_the_country(resolver):
    # Russian joins the country to the title by its genitive: the name after it is the holder's
    found = mentions(resolver, "Президент Сербии Александар Вучич прибыл в Москву.", "ru", "2019-01-17")
    assert at(found, "Президент").country == "SRB"


def test_a_bare_diplomat_is_the_one_named_before_with_a_country(resolver):
    found = mentions(resolver, "МИД Мали объявил посла Франции персоной нон грата, обвинив дипломата во "
                               "вмешательстве во внутренние дела страны.", "ru", "2022-01-31")
    assert at(found, "дипломата").country == "FRA"


@pytest.mark.parametrize("text, noun, country", [
    ("Die Türkei hat in diesem Jahr mehr als 2000 Äthiopier in ihre Heimat abgeschoben.", "Äthiopier", "ETH"),
    ("Die Polizei nahm am Grenzübergang 40 Eritreern die Pässe ab.", "Eritreern", "ERI"),
])
def test_german_nouns_for_the_people_of_a_country(resolver, text, noun, country):
    assert at(mentions(resolver, text, "de", "2023-01-01"), noun).country == country


@pytest.mark.parametrize("text, mention, country", [
    ("Bei einem Anschlag auf eine Kaserne in Nordmali sind am Sonntag zehn Soldaten getötet worden.", "Soldaten",
     "MLI"),
    ("Das Welternährungsprogramm hat mit der Verteilung von Nahrungsmitteln an 80.000 obdachlos gewordene Menschen "
     "in Zentralmosambik begonnen.", "Menschen", "MOZ"),
])
def test_a_german_compass_word_joined_to_a_country_places_people_there(resolver, text, mention, country):
    # ("in Nordmali" is a place in Mali, as "in Mali" is; unread, the people were given the home country)
    m = at(mentions(resolver, text, "de", "2020-03-01"), mention)
    assert m.country == country, m.rule

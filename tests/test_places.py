"""Places: the gazetteer index, toponym finding and geocoding, the event location, the gold evaluation."""
from __future__ import annotations

import argparse
import json
import pickle
import re
from pathlib import Path

import pytest

from tacitus.attributes import gazetteer as gz
from tacitus.attributes import places
from tacitus.attributes.gazetteer import Gazetteer, GazetteerError, build_index, load_gazetteer, name_key
from tacitus.attributes.places import event_location, evaluate_places, find_places, to_location
from tacitus.schema import Location

GOLD = Path(__file__).parent / "data" / "places_gold.jsonl"

KHARKIV, KYIV, MOSCOW, BAGHDAD, PARIS_FR, PARIS_TX = 706483, 703448, 524901, 98182, 2988507, 4717560
TRIPOLI_LY, TRIPOLI_LB, GEORGIA, GEORGIA_US = 2210247, 266826, 614540, 4197000


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return load_gazetteer()


def _at(mentions, words: str):
    hits = [m for m in mentions if m.text == words]
    assert hits, f"{words!r} not found among {[m.text for m in mentions]}"
    return hits[0]


# --- normalisation -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Saint-Denis", "Saint Denis"),
    ("Khar’kov", "Khar'kov"),
    ("São Paulo", "SAO PAULO"),
    ("Ёлкино", "Елкино"),
    ("إسرائيل", "اسرائيل"),
    ("St. Louis", "St Louis"),
    ("Łódź", "Lodz"),
])
def test_name_keys_unify_spelling_variants(a, b):
    assert name_key(a) == name_key(b)


def test_name_keys_keep_cyrillic_short_i_and_arabic_letters():
    assert name_key("Київ") != name_key("Киив")
    assert "й" in name_key("Китай")
    assert name_key("بغداد") == "بغداد"


# --- the index -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ["Kharkiv", "Kharkov", "Charkiw", "Харьков", "Харків", "Carcóvia", "Járkov"])
def test_kharkiv_spellings_are_one_city(g, spelling):
    assert [p.geonameid for p in g.search(spelling)][:1] == [KHARKIV]


@pytest.mark.parametrize("name, iso3", [
    ("Liban", "LBN"), ("Грузия", "GEO"), ("سوريا", "SYR"), ("États-Unis", "USA"), ("США", "USA"),
    ("EE.UU.", "USA"), ("Turkey", "TUR"), ("Türkei", "TUR"), ("Côte d'Ivoire", "CIV"), ("Ivory Coast", "CIV"),
    ("UK", "GBR"), ("Deutschland", "DEU"), ("Itália", "ITA"), ("Ucraina", "UKR"),
])
def test_country_names_in_many_languages(g, name, iso3):
    best = g.search(name)[0]
    assert (best.country, best.feature, best.precision) == (iso3, "A.PCLI", "country")


def test_kosovo_and_its_cities_take_plovers_code(g):
    # GeoNames says XKX; PLOVER, the actor dictionaries and the gold sets say KOS.
    assert g.search("Kosovo")[0].country == "KOS" and g.country("KOS") is not None
    assert g.search("Pristina")[0].country == "KOS"


def test_countries_carry_capital_and_its_point(g):
    france = g.country("FRA")
    assert france.geonameid == 3017382 and france.capital == "Paris"
    paris = g.search("Paris")[0]
    assert (france.lat, france.lon) == (paris.lat, paris.lon)
    assert paris.feature == "P.PPLC"


def test_us_states_are_first_level_divisions(g):
    texas = g.region_by_admin1("US.TX")
    assert texas.geonameid == 4736286 and texas.feature == "A.ADM1" and texas.precision == "region"
    assert 25 < texas.lat < 37 and -107 < texas.lon < -93


def test_codes_and_lowercase_romanisations_are_not_names(g):
    assert g.search("PAR") == []              # Paris's IATA code
    assert all(p.geonameid != PARIS_FR for p in g.search("ba li"))


def test_institution_calques_are_not_cities(g):
    assert g.search("White House") == []


def test_index_round_trip(tmp_path, g):
    path = build_index(tmp_path / "index.pickle")
    loaded = Gazetteer.load(path, build_if_missing=False)
    assert len(loaded) == len(g) and loaded.key_count == g.key_count
    for name in ("Paris", "Харкові", "Tripoli", "طرابلس", "Georgia"):
        assert loaded.search(name) == g.search(name)


def test_stale_index_is_rebuilt_or_reported(tmp_path):
    path = tmp_path / "index.pickle"
    with path.open("wb") as f:
        pickle.dump({"meta": {"format": -1, "sources": {}}, "rows": [], "keys": {}, "stems": {}}, f)
    with pytest.raises(GazetteerError):
        Gazetteer.load(path, build_if_missing=False)
    assert len(Gazetteer.load(path)) > 30000


def test_code_never_reads_the_shared_folder():
    for module in (gz, places):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"/shared|shared/|shared[\\'\"]", source)


# --- finding places in sentences --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, words, geonameid", [
    ("fr", "Le Premier ministre s'est rendu à Kharkiv pour rencontrer les secouristes.", "Kharkiv", KHARKIV),
    ("fr", "Des frappes ont visé Kiev et sa banlieue dans la nuit.", "Kiev", KYIV),
    ("fr", "Plusieurs milliers de personnes ont défilé à Lyon dimanche.", "Lyon", 2996944),
    ("en", "Air raid sirens sounded across Kyiv shortly after midnight.", "Kyiv", KYIV),
    ("en", "The talks in Doha ended without an agreement.", "Doha", 290030),
    ("es", "Cientos de personas marcharon en Buenos Aires contra el ajuste.", "Buenos Aires", 3435910),
    ("es", "El Gobierno envió ayuda a Sevilla tras las inundaciones.", "Sevilla", 2510911),
    ("de", "Die Polizei hat in Hamburg zwei Männer festgenommen.", "Hamburg", 2911298),
    ("de", "Russische Drohnen griffen in der Nacht Charkiw an.", "Charkiw", KHARKIV),
    ("ru", "В Харькове объявлена воздушная тревога.", "Харькове", KHARKIV),
    ("ru", "Колонна вышла из Харькова утром.", "Харькова", KHARKIV),
    ("ru", "Удар по Харькову нанесён ночью.", "Харькову", KHARKIV),
    ("ru", "Переговоры прошли в Москве.", "Москве", MOSCOW),
    ("ar", "انفجرت سيارة مفخخة في بغداد.", "بغداد", BAGHDAD),
    ("ar", "وبغداد تستعد للانتخابات.", "بغداد", BAGHDAD),
    ("ar", "عاد الوفد لبغداد مساء أمس.", "بغداد", BAGHDAD),
    ("ar", "تظاهر المئات بالقاهرة.", "القاهرة", 360630),
    ("pt", "A polícia fez uma operação em Belo Horizonte.", "Belo Horizonte", 3470127),
    ("it", "Il corteo ha attraversato il centro di Torino.", "Torino", 3165524),
])
def test_finds_and_geocodes_toponyms(g, lang, sentence, words, geonameid):
    mention = _at(find_places(sentence, lang, gazetteer=g), words)
    assert mention.geonameid == geonameid
    assert sentence[mention.start:mention.end] == mention.text


def test_offsets_are_shifted_into_the_document(g):
    sentence = "Explosions were heard in Kyiv."
    mention = find_places(sentence, "en", offset=100, gazetteer=g)[0]
    assert (mention.start, mention.end) == (100 + sentence.index("Kyiv"), 100 + sentence.index("Kyiv") + 4)


@pytest.mark.parametrize("lang, sentence, words", [
    ("en", "Singapore hosted the summit.", "Singapore"),
    ("en", "Protesters gathered in Lebanon on Sunday.", "Lebanon"),
    ("en", "The storm hit Mexico on Tuesday.", "Mexico"),
    ("fr", "Le Koweït a rappelé son ambassadeur.", "Koweït"),
    ("it", "Il vertice si è tenuto nel Principato di Monaco.", "Principato di Monaco"),
])
def test_country_named_as_place_is_the_country(g, lang, sentence, words):
    mention = _at(find_places(sentence, lang, context_countries=["USA"], gazetteer=g), words)
    assert mention.feature == "A.PCLI" and mention.precision == "country"


@pytest.mark.parametrize("lang, sentence, words", [
    ("en", "Police arrested 12 people after the match.", "Police"),
    ("en", "Paris Hilton attended the gala.", "Paris"),
    ("en", "Biden spoke at the White House on Friday.", "White House"),
    ("de", "Das Essen wurde an die Flüchtlinge verteilt.", "Essen"),
    ("fr", "Jordan Bardella a dénoncé la réforme.", "Jordan"),
    ("ar", "نشرت الصحيفة صور الضحايا.", "صور"),
    ("ar", "تجمع المتظاهرون في ميدان التحرير.", "ميدان"),
    ("ar", "قال إن الوضع مستقر.", "إن"),
    ("en", "He arrived in March.", "March"),
    ("en", "IRNA reported the attack.", "IRNA"),
])
def test_common_words_and_parts_of_names_are_not_places(g, lang, sentence, words):
    assert words not in [m.text for m in find_places(sentence, lang, gazetteer=g)]


def test_person_entity_excludes_and_location_entity_admits(g):
    sentence = "Lincoln told reporters he would visit Kidal."
    ents = [(0, 7, "PER"), (sentence.index("Kidal"), sentence.index("Kidal") + 5, "LOC")]
    found = find_places(sentence, "en", entities=ents, gazetteer=g)
    assert [m.text for m in found] == ["Kidal"]
    assert "Lincoln" not in [m.text for m in find_places(sentence, "en", entities=ents[:1], gazetteer=g)]


@pytest.mark.parametrize("lang, sentence, words, context, geonameid", [
    ("en", "A tornado hit Paris, Texas, on Tuesday.", "Paris", [], PARIS_TX),
    ("fr", "Une tornade a frappé Paris (Texas) mardi.", "Paris", [], PARIS_TX),
    ("en", "Officials met in Paris, TX, to discuss the flood.", "Paris", [], PARIS_TX),
    ("en", "The president arrived in Paris on Monday.", "Paris", ["USA"], PARIS_FR),
    ("en", "Clashes broke out in Tripoli overnight.", "Tripoli", ["LBN"], TRIPOLI_LB),
    ("en", "Clashes broke out in Tripoli overnight.", "Tripoli", ["LBY"], TRIPOLI_LY),
    ("en", "Clashes broke out in Tripoli overnight.", "Tripoli", [], TRIPOLI_LY),
    ("en", "Clashes broke out in Tripoli, in northern Lebanon.", "Tripoli", [], TRIPOLI_LB),
    ("en", "Voters in Georgia went to the polls.", "Georgia", [], GEORGIA),
    ("en", "Voters in Georgia went to the polls.", "Georgia", ["USA"], GEORGIA_US),
    ("en", "Voters in Georgia went to the polls.", "Georgia", ["GEO", "USA"], GEORGIA),
    ("en", "The mayor of Atlanta, Georgia, resigned.", "Georgia", [], GEORGIA_US),
    ("es", "Hubo disturbios en Córdoba.", "Córdoba", ["ESP"], 2519240),
    ("es", "Hubo disturbios en Córdoba.", "Córdoba", ["ARG"], 3860259),
    ("en", "A blaze broke out in Saint Petersburg, Florida.", "Saint Petersburg", [], 4171563),
    ("en", "Storms battered Florida overnight.", "Florida", [], 4155751),
    ("en", "Crowds in New York cheered.", "New York", [], 5128581),
    ("de", "Die Gespräche in Genf gingen weiter.", "Genf", [], 2660646),
])
def test_context_resolves_ambiguous_names(g, lang, sentence, words, context, geonameid):
    assert _at(find_places(sentence, lang, context_countries=context, gazetteer=g), words).geonameid == geonameid


# --- event location ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, dateline, geonameid", [
    ("en", "A bomb exploded in Mosul, Iraq, killing three.", None, 99072),
    ("fr", "Un attentat en Syrie, à Homs, a fait dix morts.", None, 169577),
    ("en", "The central bank raised rates on Tuesday.", "KYIV, May 5 (Reuters) -", KYIV),
    ("en", "KYIV, May 5 (Reuters) - The central bank raised rates.", "KYIV, May 5 (Reuters)", KYIV),
    ("ar", "أعلنت الحكومة استقالتها.", "بيروت (رويترز) -", 276781),
    ("en", "Russia accused Ukraine of shelling the plant.", "MOSCOW, March 3 (Reuters) -", MOSCOW),
])
def test_event_location_prefers_specific_places_then_the_dateline(g, lang, sentence, dateline, geonameid):
    place = event_location(sentence, lang, 0, (), (), dateline, gazetteer=g)
    assert place is not None and place.geonameid == geonameid


def test_event_location_is_none_without_any_place(g):
    assert event_location("The minister resigned on Tuesday.", "en", gazetteer=g) is None


def test_to_location_fills_the_schema(g):
    place = event_location("Des combats ont eu lieu près de Kharkov.", "fr", gazetteer=g)
    location = Location(**to_location(place))
    assert (location.geonameid, location.country, location.precision, location.text) == \
        (KHARKIV, "UKR", "city", "Kharkov")
    assert location.lat == pytest.approx(49.98, abs=0.1) and location.lon == pytest.approx(36.25, abs=0.1)


# --- evaluation and its command ---------------------------------------------------------------------------------

def test_gold_set_is_large_and_multilingual():
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 60
    assert {"fr", "en", "es", "de", "ru", "ar", "pt", "it"} <= {i["lang"] for i in items}
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        assert item.get("place") is None or item["place"] in item["text"]


def test_gold_place_accuracy_meets_its_floor(g):
    report = evaluate_places(GOLD, gazetteer=g)
    assert report["accuracy"] >= places.PLACE_ACCURACY_FLOOR, report["errors"]
    assert report["passed"] and report["items"] >= 60


def test_places_eval_command(g, capsys, tmp_path):
    parser = argparse.ArgumentParser()
    places.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["places-eval", str(GOLD), "--json"])
    assert args.handler(args) == 0
    assert json.loads(capsys.readouterr().out)["accuracy"] >= places.PLACE_ACCURACY_FLOOR
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "lang": "en", "text": "Police arrested him in Paris.", "place": "Paris",
                               "geonameid": PARIS_TX}) + "\n", encoding="utf-8")
    args = parser.parse_args(["places-eval", str(bad)])
    assert args.handler(args) == 1


@pytest.mark.parametrize("text, lang, country", [
    ("Herzog reiste am Sonntag in die Türkei.", "de", "TUR"),
    ("O ministro viajou ontem para a Ucrânia.", "pt", "UKR"),
])
def test_a_locative_word_before_an_article_still_cues_the_place(g, text, lang, country):
    place = event_location(text, lang, gazetteer=g)
    assert place is not None and place.country == country and place.cued


def test_a_place_in_a_span_marked_elsewhere_is_not_the_events(g):
    text = "Indian officials in New Delhi said troops shelled villages near Srinagar."
    speaker = (0, text.index(" said"))
    assert event_location(text, "en", gazetteer=g, elsewhere=[speaker]).text == "Srinagar"
    assert event_location(text, "en", gazetteer=g).text == "New Delhi"

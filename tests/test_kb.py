"""The actor knowledge base: built data, its sources and dates, names in every handled language."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tacitus.actors.dates import term_end, term_start
from tacitus.kb import KnowledgeBase
from tacitus.kb.loader import IGO_CODES, shipped_data
from tacitus.kb.normalize import phrase_keys, tokenize
from tacitus.kb.overlay import OverlayError, apply_overlay

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tacitus" / "kb" / "data"
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.shipped()


def codes_of(kb: KnowledgeBase, phrase: str, kind: str) -> set[str]:
    return {e.ref for e in kb.index.table.get(phrase_keys(phrase), ()) if e.kind == kind}


# --------------------------------------------------------------------------------------------- build

@pytest.mark.skipif(not SHARED.is_dir(), reason="the reference data (../shared/data) is not on this machine")
def test_build_is_deterministic_and_matches_the_shipped_files(tmp_path):
    spec = importlib.util.spec_from_file_location("build_kb", REPO / "scripts" / "build_kb.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.main(["--out", str(tmp_path)]) == 0
    for f in sorted(DATA.glob("*.json")):
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f"{f.name} is stale: rerun scripts/build_kb.py"


def test_shipped_data_is_compact():
    total = sum(f.stat().st_size for f in DATA.glob("*.json"))
    assert total < 10_000_000      # ~9 MB, 6.3 MB of it people.json with ~17,600 Phoenix people


def test_manifest_names_every_source_with_a_licence():
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}", manifest["kb_version"])
    for key, src in manifest["sources"].items():
        assert src["licence"] and src["what"], key


# --------------------------------------------------------------------------------------------- entries

def test_every_dated_entry_has_a_source_and_an_as_of_date(kb):
    for kind, eid, as_of, source in kb.entries_as_of():
        assert source, (kind, eid)
        assert as_of and re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of), (kind, eid, as_of)


def test_people_terms_are_well_formed(kb):
    valid_codes = {c["code"] for c in kb.countries.values()} | IGO_CODES
    for pid, p in kb.people.items():
        assert p["identifier"] is None, f"{pid}: people get identifiers only from a user overlay"
        assert p["country"] in valid_codes, pid
        assert p["terms"], pid
        for t in p["terms"]:
            assert t["country"] in valid_codes, (pid, t)
            assert term_start(t["start"]) <= term_end(t["end"]), (pid, t)
            if "org" in t:
                assert t["org"] in kb.organisations, (pid, t)


def test_wikidata_ids_only_come_from_shipped_sources(kb):
    for oid, o in kb.organisations.items():
        if o["wikidata"]:
            assert "supraverden" in o["sources"], oid
    assert kb.countries["AZE"]["wikidata"] == "Q227"        # country-codes.csv


@pytest.mark.parametrize("iso3, code", [("PRI", "USA"), ("GRL", "DNK"), ("HKG", "HKG"), ("PSE", "PSE"),
                                         ("ESH", "MAR"), ("KOS", "KOS")])
def test_dependencies_fold_into_their_state_as_plover_says(kb, iso3, code):
    assert kb.countries[iso3]["code"] == code


# --------------------------------------------------------------------------------------------- names

@pytest.mark.parametrize("name, code", [
    ("UN", "Q1065"), ("ONU", "Q1065"), ("OON", None), ("ООН", "Q1065"), ("الأمم المتحدة", "Q1065"),
    ("Nations Unies", "Q1065"), ("Vereinte Nationen", "Q1065"),
    ("WHO", "Q7817"), ("OMS", "Q7817"), ("ВОЗ", "Q7817"), ("منظمة الصحة العالمية", "Q7817"),
    ("Organisation mondiale de la santé", "Q7817"), ("Weltgesundheitsorganisation", "Q7817"),
    ("NATO", "Q7184"), ("OTAN", "Q7184"), ("НАТО", "Q7184"), ("الناتو", "Q7184"),
    ("EU", "Q458"), ("UE", "Q458"), ("ЕС", "Q458"), ("الاتحاد الأوروبي", "Q458"),
    ("MNA", "non-aligned-movement"), ("Movimiento de Países No Alineados", "non-aligned-movement"),
    ("Движение неприсоединения", "non-aligned-movement"), ("حركة عدم الانحياز", "non-aligned-movement"),
    ("МАГАТЭ", "Q41984"), ("AIEA", "Q41984"), ("CPI", "Q47488"), ("ASEAN", "Q7768"), ("Ligue arabe", "Q7172"),
])
def test_international_organisations_have_their_names_and_acronyms(kb, name, code):
    found = codes_of(kb, name, "organisation")
    if code is None:
        return                      # OON (Romanian) is not a handled language: nothing is required
    assert code in found


@pytest.mark.parametrize("oid, plover", [("Q1065", "UNO"), ("Q7817", "UNO"), ("Q37470", "UNO"), ("Q47423", "UNO"),
                                         ("Q458", "EUR"), ("Q8880", "EUR"), ("Q8886", "EUR"), ("Q8889", "EUR"),
                                         ("Q7184", "IGO"), ("Q7159", "IGO"), ("Q81299", "IGO"), ("Q123759", "IGO"),
                                         ("Q47488", "IGO"), ("non-aligned-movement", "IGO"), ("msf", "NGO"),
                                         ("amnesty-international", "NGO"), ("Q5987345", "NGO")])
def test_organisations_map_to_plover_codes(kb, oid, plover):
    assert kb.organisations[oid]["code"] == plover


@pytest.mark.parametrize("lang, forms, code", [
    ("fr", ["azerbaïdjanais", "azerbaïdjanaise", "azerbaïdjanaises"], "AZE"),
    ("fr", ["ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"], "UKR"),
    ("fr", ["russe", "russes"], "RUS"),
    ("es", ["ucraniano", "ucraniana", "ucranianos", "ucranianas"], "UKR"),
    ("de", ["russische", "russischen", "russischer"], "RUS"),
    ("it", ["russo", "russa", "russi"], "RUS"),
    ("pt", ["russo", "russa", "russos"], "RUS"),
    ("ru", ["российский", "российская", "российские", "российского", "российскому"], "RUS"),
    ("ru", ["украинский", "украинская", "украинского"], "UKR"),
    ("ar", ["الروسي", "الروسية", "الأوكراني"], None),
])
def test_nationality_adjectives_match_in_all_their_forms(kb, lang, forms, code):
    for form in forms:
        got = {e.ref for e in kb.index.table.get(phrase_keys(form), ())
               if e.kind in ("adjective", "plural") and lang in (e.langs or {lang})}
        want = code or ("UKR" if "أوكران" in form else "RUS")
        assert want in got, form


@pytest.mark.parametrize("name, code, kind", [
    ("Bakou", "AZE", "capital"), ("Washington", "USA", "capital"), ("Kremlin", "RUS", "seat"),
    ("Élysée", "FRA", "seat"), ("Quai d'Orsay", "FRA", "seat"), ("Matignon", "FRA", "seat"),
    ("Downing Street", "GBR", "seat"), ("Maison-Blanche", "USA", "seat"), ("White House", "USA", "seat"),
    ("Pékin", "CHN", "capital"), ("Beijing", "CHN", "capital"), ("Moscou", "RUS", "capital"),
    ("Москва", "RUS", "capital"), ("Kyiv", "UKR", "capital"), ("Kiev", "UKR", "capital"),
    ("Kiew", "UKR", "capital"), ("Киев", "UKR", "capital"), ("Київ", "UKR", "capital"),
])
def test_capitals_and_seats_of_power_stand_for_their_country(kb, name, code, kind):
    entries = [e for e in kb.index.table.get(phrase_keys(name), ()) if e.kind == kind]
    assert entries, name
    assert kb.metonyms[int(entries[0].ref)]["country"] == code


@pytest.mark.parametrize("a, b", [("Лаврова", "Лавров"), ("Лавровым", "Лавров"), ("России", "Россия"),
                                  ("الروسية", "روسية"), ("Élysée", "Elysee"), ("l’ONU", "l'ONU"),
                                  ("Maison-Blanche", "Maison Blanche"), ("Außenminister", "Aussenminister"),
                                  # a word that begins with alif-lam keeps one key with the article, with hamza
                                  # or without
                                  ("الألمانية", "ألمانية"), ("الألماني", "الماني"), ("ألمانيا", "المانيا"),
                                  ("إلهام", "الهام")])
def test_spelling_variants_share_a_key(a, b):
    assert phrase_keys(a) == phrase_keys(b)


@pytest.mark.parametrize("text, ref", [("للأمم المتحدة", "Q1065"), ("والأمم المتحدة", "Q1065"),
                                       ("بموسكو", "RUS"), ("ولبنان", "LBN"), ("والألمانية", "DEU"),
                                       ("للألمان", "DEU")])
def test_arabic_words_match_with_attached_prepositions(kb, text, ref):
    from tacitus.actors.matcher import match_atoms

    toks = tokenize(text)
    atoms = match_atoms(toks, [t.key for t in toks], kb.index, "ar")
    assert atoms and atoms[0].j == len(toks)
    refs = {e.ref for e in atoms[0].entries} | {kb.metonyms[int(e.ref)]["country"] for e in atoms[0].entries
                                                 if e.kind in ("capital", "seat")}
    assert ref in refs


def test_tokens_keep_offsets_into_the_text():
    text = "Le président de la République d’Azerbaïdjan, Ilham Aliyev, a appelé l'ONU."
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


# --------------------------------------------------------------------------------------------- overlay

def test_overlay_yaml_adds_a_person_and_overrides_an_organisation(tmp_path, kb):
    f = tmp_path / "mine.yaml"
    f.write_text("""as_of: 2026-01-15
people:
  - id: jane-doe
    country: FRA
    names: [Jane Doe]
    identifier: Q999999999
    terms:
      - {role: foreign_minister, title: foreign_minister, country: FRA, start: 2026-01-10}
organisations:
  - id: Q7817
    code: IGO
    names: [World Health Organization]
""", encoding="utf-8")
    mine = apply_overlay(kb, f)
    assert mine.people["jane-doe"]["as_of"] == "2026-01-15"
    assert mine.organisations["Q7817"]["code"] == "IGO"
    assert mine.kb_version.startswith(kb.kb_version + "+overlay.")
    assert "jane-doe" not in kb.people           # the shipped knowledge base is unchanged


def test_overlay_csv_rows_become_dated_terms(tmp_path, kb):
    f = tmp_path / "mine.csv"
    f.write_text("kind,id,name,variants,country,sector,role,title,start,end\n"
                 "person,joe-roe,Joe Roe,J. Roe|Джо Роу,KEN,GOV,minister,minister,2020-01-01,2022-12-31\n"
                 "person,joe-roe,Joe Roe,,KEN,GOV,head_of_state,president,2023-01-01,\n", encoding="utf-8")
    mine = apply_overlay(kb, f)
    p = mine.people["joe-roe"]
    assert p["names"] == ["Joe Roe", "J. Roe", "Джо Роу"]
    assert [t["role"] for t in p["terms"]] == ["minister", "head_of_state"]


def test_overlay_errors_name_the_problem(tmp_path, kb):
    f = tmp_path / "bad.yaml"
    f.write_text("people:\n  - id: x\n    names: [X]\n    terms: [{role: minister, org: nowhere}]\n", encoding="utf-8")
    with pytest.raises(OverlayError, match="unknown organisation"):
        apply_overlay(kb, f)


def test_shipped_data_is_read_once():
    assert shipped_data() is shipped_data()


def test_phoenix_leaders_resolve_with_the_documents_date(kb):
    """People imported from the Phoenix dictionaries (CountryInfo.140130): dated CAMEO codes become terms."""
    from tacitus.actors import ActorResolver
    resolver = ActorResolver(kb)
    karzai = kb.people["phx-hamid-karzai"]
    assert karzai["sources"] == ["phoenix"] and karzai["as_of"] == "2014-01-30" and karzai["aliases"] == []
    assert ("AFG", "GOV", "2001-12-22", None) in {(t["country"], t["sector"], t["start"], t["end"])
                                                  for t in karzai["terms"]}
    res = resolver.lookup("President Hamid Karzai", date="2012-03-12", lang="en")
    assert res.found and (res.country, res.sector) == ("AFG", "GOV")
    res = resolver.lookup("Hamid Karzai", date="1999-03-12", lang="en")      # [AFGELI 750101-000101]
    assert res.found and (res.country, res.sector) == ("AFG", "ELI")
    assert res.as_of == "2014-01-30"
    from tacitus.actors.text import plain_parsed
    for date, beyond in (("2012-03-12", False), ("2016-01-01", True)):    # the person's own as-of date counts
        m = resolver.find_mentions(plain_parsed("Hamid Karzai spoke.", "en"), date)[0]
        assert m.entry == "phx-hamid-karzai" and m.beyond_as_of is beyond, date
    # two dated terms in two places: EU Council presidency (IGOEUREEC 880701-881231), then Greek minister
    assert resolver.lookup("Theodoros Pagkalos", date="1988-09-01", lang="en").country == "EUR"
    assert resolver.lookup("Theodoros Pagkalos", date="2010-06-01", lang="en").country == "GRC"
    # curated people win over Phoenix entries that share a name; single surnames are not imported
    assert not any(pid.startswith("phx-") for pid in codes_of(kb, "Angela Merkel", "person"))
    assert not codes_of(kb, "Karzai", "person")


def test_mauritanias_leaders_misfiled_by_the_phoenix_source_are_mauritanian(kb):
    """CountryInfo.140130 lists Mauritania's heads of state under Mauritius (MUS); the build refiles them."""
    from tacitus.actors import ActorResolver
    res = ActorResolver(kb).lookup("Mohamed Ould Abdel Aziz", date="2012-05-01", lang="en")
    assert res.found and res.country == "MRT", res
    assert {t["country"] for t in kb.people["phx-anerood-jugnauth"]["terms"]} == {"MUS"}


@pytest.mark.parametrize("name, code", [("Burkina Fasos", "BFA"), ("Sri Lankas", "LKA"), ("Costa Ricas", "CRI")])
def test_german_genitives_of_two_word_country_names(kb, name, code):
    assert code in codes_of(kb, name, "country")
    # (an official name's genitive is its article's: no "Republik Angolas")
    assert not codes_of(kb, "Republik Angolas", "country")


@pytest.mark.parametrize("lang, name", [("pt", "IGAD"), ("it", "Igad"), ("fr", "Autorité intergouvernementale pour "
                                                                         "le développement"), ("ar", "إيغاد")])
def test_the_east_african_bloc_is_named_in_every_language(kb, lang, name):
    from tacitus.actors import ActorResolver
    res = ActorResolver(kb).lookup(name, date="2016-07-12", lang=lang)
    assert res.found and res.country == "IGO", res


@pytest.mark.parametrize("lang, name, code", [
    ("ar", "غويانا", "GUY"),          # French Guiana is "غويانا الفرنسية"
    ("it", "i funzionari sud-sudanesi", "SSD"),
    ("es", "el Alto Comisionado de la ONU para los Refugiados", "UNO"),
    ("ru", "Группа поддержки ислама и мусульман", "IMG"),
])
def test_names_the_sources_lack_or_give_to_another_country(kb, lang, name, code):
    from tacitus.actors import ActorResolver
    res = ActorResolver(kb).lookup(name, date="2020-02-15", lang=lang)
    assert res.found and res.country == code, res


def test_an_arabic_base_without_the_article_is_no_al_qaeda(kb):
    from tacitus.actors import ActorResolver
    resolver = ActorResolver(kb)
    assert resolver.lookup("تنظيم القاعدة", date="2012-05-01", lang="ar").country == "IMG"
    assert resolver.lookup("القاعدة", date="2012-05-01", lang="ar").country == "IMG"
    assert not resolver.lookup("قاعدة", date="2012-05-01", lang="ar").found

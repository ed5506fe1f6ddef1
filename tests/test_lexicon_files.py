"""The trigger lexicons (tacitus/data/lexicon/*.yaml) are well-formed and use only PLOVER 2.0 values.

Valid types, modes and contexts below are transcribed from the PLOVER 2.0 draft manual
(openeventdata/PLOVER @5e0c24f, PLOVER_MANUAL.tex: the event chapters' mode tables and the general
contexts table), so that a typo in a lexicon fails here rather than silently never matching.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "tacitus" / "data" / "lexicon"
LANGS = ("fr", "en", "es", "ru", "de", "ar", "pt", "it")

# Manual 2.0 mode tables. AID has no mode table in the manual; economic/military/humanitarian are the
# project's AID modes (the manual's AID examples; CAMEO2PLOVER-2021 codes 071-073 carry them as contexts).
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset({"economic", "military", "humanitarian"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                         "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "unconventional"}),
}
CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
})
# Manual: "Requires recipient: Yes" for these three types only.
RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})
# auxiliary modes and speech, then the non-political domains the event scorer reads (sport, markets, culture)
CUE_KINDS = ("negation", "future", "hypothetical", "historical", "reported_speech", "intent",
             "sport", "markets", "entertainment", "privative", "occurrence", "privative_clause", "denial",
             "denial_complement", "absence", "reaction", "concessive", "handover", "deported_people", "diplomats",
             "visitors", "debt_relief", "accident_subjects", "accident_verbs", "possibility")
# (English and Russian "without" takes no clause of its own: "without police making arrests" is a noun phrase;
# accidents are read from a parse, which German, Italian, Portuguese and Arabic lack)
ACCIDENTS = ("accident_subjects", "accident_verbs")
EMPTY_ALLOWED = {"ar": ("privative", *ACCIDENTS), "en": ("privative_clause",), "ru": ("privative_clause",),
                 "de": ACCIDENTS, "it": ACCIDENTS, "pt": ACCIDENTS}
REQUIRED_KEYS = {"lemma", "type", "mode", "pos", "recipient", "recipient_case", "weight"}
OPTIONAL_KEYS = {"stem", "forms", "note", "inverse"}
MIN_CONTEXTS = 15


@lru_cache(maxsize=None)
def load(lang: str) -> dict:
    return yaml.safe_load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))


def _is_cue(word: object) -> bool:
    return isinstance(word, str) and word == word.strip() and word != "" and word == word.lower()


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_loads_with_the_documented_top_level_keys(lang):
    data = load(lang)
    assert data["language"] == lang
    assert {"language", "triggers", "mode_cues", "contexts", "cues"} <= set(data) <= {
        "language", "triggers", "mode_cues", "contexts", "cues", "not_events"}
    assert all(isinstance(p, str) and p == p.lower() for p in data.get("not_events") or [])
    assert isinstance(data["triggers"], list) and data["triggers"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_trigger_has_the_documented_fields_and_valid_plover_values(lang):
    problems = []
    for entry in load(lang)["triggers"]:
        keys = set(entry)
        if not REQUIRED_KEYS <= keys or keys - REQUIRED_KEYS - OPTIONAL_KEYS:
            problems.append(f"{entry.get('lemma')!r}: keys {sorted(keys)}")
            continue
        lemma, event_type, mode = entry["lemma"], entry["type"], entry["mode"]
        if not isinstance(lemma, str) or lemma != lemma.lower() or not re.fullmatch(r"\S+( \S+)*", lemma):
            problems.append(f"{lemma!r}: lemma must be lowercase words separated by single spaces")
        if event_type not in MODES:
            problems.append(f"{lemma!r}: unknown type {event_type!r}")
        elif mode is not None and mode not in MODES[event_type]:
            problems.append(f"{lemma!r}: mode {mode!r} is not a {event_type} mode")
        if entry["pos"] not in ("VERB", "NOUN", "ADJ"):
            problems.append(f"{lemma!r}: pos {entry['pos']!r}")
        if entry["recipient"] not in ("required", "optional", "none"):
            problems.append(f"{lemma!r}: recipient {entry['recipient']!r}")
        if (event_type in RECIPIENT_REQUIRED) != (entry["recipient"] == "required"):
            problems.append(f"{lemma!r}: {event_type} recipient is {entry['recipient']!r}")
        if not isinstance(entry["recipient_case"], list) or not all(_is_cue(c) for c in entry["recipient_case"]):
            problems.append(f"{lemma!r}: recipient_case {entry['recipient_case']!r}")
        if not isinstance(entry["weight"], float) or not 0.0 < entry["weight"] <= 1.0:
            problems.append(f"{lemma!r}: weight {entry['weight']!r}")
        if "stem" in entry and not (_is_cue(entry["stem"]) and " " not in entry["stem"]):
            problems.append(f"{lemma!r}: stem {entry['stem']!r}")
        if "forms" in entry and not (isinstance(entry["forms"], list) and entry["forms"]
                                     and all(_is_cue(f) for f in entry["forms"])):
            problems.append(f"{lemma!r}: forms must be a non-empty list of lowercase strings")
        if "inverse" in entry and entry["inverse"] is not True:
            problems.append(f"{lemma!r}: inverse is written only as `inverse: true`")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_lemma_type_mode_entries(lang):
    seen: dict[tuple, int] = {}
    for entry in load(lang)["triggers"]:
        key = (entry["lemma"], entry["type"], entry["mode"])
        seen[key] = seen.get(key, 0) + 1
    assert [key for key, n in seen.items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_event_type_has_triggers(lang):
    counts = {t: 0 for t in MODES}
    for entry in load(lang)["triggers"]:
        counts[entry["type"]] += 1
    assert [t for t, n in counts.items() if n < 5] == [], counts


@pytest.mark.parametrize("lang", LANGS)
def test_mode_cues_cover_every_mode_of_every_type_that_has_modes(lang):
    mode_cues = load(lang)["mode_cues"]
    assert set(mode_cues) == {t for t, modes in MODES.items() if modes}
    for event_type, cues in mode_cues.items():
        assert set(cues) == MODES[event_type], event_type
        empty = [m for m, words in cues.items() if not (isinstance(words, list) and words)]
        assert empty == [], f"{event_type}: no cue words for {empty}"
        bad = [w for words in cues.values() for w in words if not _is_cue(w)]
        assert bad == [], f"{event_type}: cue words must be lowercase strings: {bad[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_contexts_are_plover_contexts_with_cue_words(lang):
    contexts = load(lang)["contexts"]
    assert set(contexts) <= CONTEXTS, set(contexts) - CONTEXTS
    assert len(contexts) >= MIN_CONTEXTS
    for name, words in contexts.items():
        assert isinstance(words, list) and words, name
        assert all(_is_cue(w) for w in words), (name, [w for w in words if not _is_cue(w)][:5])


@pytest.mark.parametrize("lang", LANGS)
def test_auxiliary_mode_speech_and_domain_cue_lists_are_present_and_non_empty(lang):
    cues = load(lang)["cues"]
    assert set(cues) == set(CUE_KINDS)
    for kind in CUE_KINDS:
        # (Arabic's "دون" and "بدون" are negation cues already: its privative list may be empty)
        assert isinstance(cues[kind], list) and (cues[kind] or kind in EMPTY_ALLOWED.get(lang, ())), kind
        assert all(_is_cue(w) for w in cues[kind]), (kind, [w for w in cues[kind] if not _is_cue(w)][:5])


@pytest.mark.parametrize("lang", LANGS)
def test_the_coder_lexicon_loader_accepts_the_file(lang):
    lexicon_module = pytest.importorskip("tacitus.coder.lexicon")
    lexicon = lexicon_module.parse_lexicon(load(lang))
    assert lexicon.language == lang
    written = [e for v in lexicon.by_lemma.values() for e in v if not e.separated]   # (derived German word orders)
    assert len(written) == len(load(lang)["triggers"])


@lru_cache(maxsize=1)
def _check_script():
    """scripts/check_lexicon_lemmas.py as a module (scripts/ is not a package)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "check_lexicon_lemmas.py"
    spec = importlib.util.spec_from_file_location("check_lexicon_lemmas", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_example_sentences_trigger_their_event_types_through_the_real_lemmatiser(lang):
    pytest.importorskip("tacitus.coder.triggers")
    results = _check_script().check_examples(lang)
    missed = [(r.sentence, r.missing, r.found) for r in results if r.missing]
    assert missed == []

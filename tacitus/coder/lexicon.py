"""Trigger lexicons: per language, lemma/stem/form -> PLOVER type and mode (format: data/lexicon/README.md)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..nlp.segment import strip_arabic_marks


@lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    """Lowercase, unify apostrophes, drop Arabic vowel marks; keep accents (they distinguish lemmas in
    fr/es/pt)."""
    return strip_arabic_marks(unicodedata.normalize("NFC", word)).lower().replace("’", "'").replace("ʼ", "'")


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    type: str
    mode: str | None
    pos: str
    recipient: str                      # required | optional | none
    recipient_case: tuple[str, ...]
    weight: float
    words: tuple[str, ...]              # the lemma split into words (multiword triggers)
    inverse: bool = False               # the subject is the recipient, the object the actor (hosting verbs)
    separated: bool = False             # a separable verb written apart: words[0] the verb, words[-1] its particle


@dataclass
class Lexicon:
    language: str
    by_lemma: dict[str, list[TriggerEntry]] = field(default_factory=dict)     # first word -> entries
    by_form: dict[str, list[TriggerEntry]] = field(default_factory=dict)      # surface form -> entries
    stems: list[tuple[str, TriggerEntry]] = field(default_factory=list)       # (prefix, entry), longest first
    mode_cues: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    contexts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # Phrases whose words never trigger ("request for comment", "cardiac arrest"), by first word
    not_events: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # One-word noun triggers and their forms, longest first: the heads of compounds ("Großstreik") where the
    # language writes compounds as one word
    compound_heads: list[tuple[str, TriggerEntry]] = field(default_factory=list)
    # The first words of several-word entries there, which may head a compound too ("Überlandstraßen blockieren")
    compound_firsts: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    # Trigger words written without their accents -> the words themselves ("motin" -> "motín"), for headlines in
    # capitals, which often drop them (see ACCENT_DROPPING_CAPITALS)
    accented: dict[str, str] = field(default_factory=dict)

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())


# Separable-verb particles, longest first so that "zurückziehen" splits as zurück + ziehen, not zu + rückziehen.
SEPARABLE_PARTICLES = {
    "de": ("zusammen", "entgegen", "zurecht", "herab", "heraus", "hinaus", "zurück", "nieder", "weiter", "hinzu",
           "bereit", "voran", "statt", "fest", "fort", "frei", "heim", "teil", "nach", "ab", "an", "auf", "aus",
           "bei", "ein", "los", "mit", "vor", "weg", "zu", "dar", "hin", "her"),
}
MIN_SEPARABLE_BASE = 4   # "ab|sagen", not "an|tun": shorter bases are rarely verbs of the lexicon's acts


def separated_variant(entry: TriggerEntry, particles: tuple[str, ...]) -> TriggerEntry | None:
    """The main-clause order of a verb entry with a separable particle: "aussetzen" -> "setzen ... aus" ("Israel
    setzte die Entlassung ... aus"), "Streik aussetzen" -> "setzen Streik aus". None when the entry's last word is
    not such a verb, or when the entry is already written verb first ("schließen abkommen")."""
    if entry.pos != "VERB" or entry.separated:
        return None
    *others, verb = entry.words
    if any(word.endswith("en") for word in others):
        return None   # another word is the verb: the entry is already in main-clause order
    for particle in particles:
        base = verb[len(particle):]
        if verb.startswith(particle) and len(base) >= MIN_SEPARABLE_BASE and base.endswith("n"):
            words = (base, *others, particle)
            return TriggerEntry(lemma=entry.lemma, type=entry.type, mode=entry.mode, pos=entry.pos,
                                recipient=entry.recipient, recipient_case=entry.recipient_case, weight=entry.weight,
                                words=words, inverse=entry.inverse, separated=True)
    return None


COMPOUNDING_LANGUAGES = frozenset({"de"})   # languages that write noun compounds as one word
MIN_COMPOUND_HEAD = 5   # shorter heads ("Rat") end too many unrelated words
# The acts whose compounds keep their sense ("Generalstreik", "Bombenanschlag", "Wirtschaftssanktionen"); an
# agreement, offer or warning head is mostly something else ("Vereinigung", "Tarifangebot", "Unwetterwarnung").
COMPOUND_HEAD_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "SANCTION"})


def _entry(raw: dict) -> TriggerEntry:
    lemma = normalise(str(raw["lemma"]))
    return TriggerEntry(
        lemma=lemma, type=raw["type"], mode=raw.get("mode") or None, pos=raw.get("pos", "VERB"),
        recipient=raw.get("recipient", "optional"),
        recipient_case=tuple(normalise(str(c)) for c in raw.get("recipient_case") or ()),
        weight=float(raw.get("weight", 1.0)), words=tuple(lemma.split()), inverse=bool(raw.get("inverse", False)),
    )


def parse_lexicon(data: dict) -> Lexicon:
    lexicon = Lexicon(language=data["language"])
    for raw in data.get("triggers") or []:
        entry = _entry(raw)
        lexicon.by_lemma.setdefault(entry.words[0], []).append(entry)
        for form in raw.get("forms") or ():
            lexicon.by_form.setdefault(normalise(str(form)), []).append(entry)
        if raw.get("stem"):
            lexicon.stems.append((normalise(str(raw["stem"])), entry))
    lexicon.stems.sort(key=lambda item: -len(item[0]))
    particles = SEPARABLE_PARTICLES.get(lexicon.language)
    if particles:
        _add_separated_variants(lexicon, particles)
    if lexicon.language in COMPOUNDING_LANGUAGES:
        heads = {(word, id(e)): (word, e) for word, entries in [*lexicon.by_lemma.items(), *lexicon.by_form.items()]
                 for e in entries if e.pos == "NOUN" and len(e.words) == 1 and e.type in COMPOUND_HEAD_TYPES
                 and len(word) >= MIN_COMPOUND_HEAD and " " not in word}
        lexicon.compound_heads = sorted(heads.values(), key=lambda item: -len(item[0]))
        for word, entries in lexicon.by_lemma.items():
            several = [e for e in entries if len(e.words) > 1]
            if several and len(word) >= MIN_COMPOUND_HEAD:
                lexicon.compound_firsts[word] = several
    if lexicon.language in ACCENT_DROPPING_CAPITALS:
        lexicon.accented = _accent_restorations(lexicon)
    for type_, modes in (data.get("mode_cues") or {}).items():
        lexicon.mode_cues[type_] = {mode: tuple(normalise(str(w)) for w in words or ()) for mode, words in modes.items()}
    for context, words in (data.get("contexts") or {}).items():
        lexicon.contexts[context] = tuple(normalise(str(w)) for w in words or ())
    for name, words in (data.get("cues") or {}).items():
        lexicon.cues[name] = frozenset(normalise(str(w)) for w in words or ())
    for phrase in data.get("not_events") or ():
        words = tuple(normalise(str(phrase)).split())
        lexicon.not_events.setdefault(words[0], []).append(words)
    return lexicon


# Languages whose headlines in capitals often leave the accents out: "MOTIN EN CARCEL DE BELFAST", "REACCION
# ARGENTINA", "L'ETAT". Their trigger words are matched there with the accents put back.
ACCENT_DROPPING_CAPITALS = frozenset({"es", "fr", "pt", "it"})


def fold_accents(word: str) -> str:
    """The word without its combining marks: "motín" -> "motin"."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                               if not unicodedata.combining(c)))


def _accent_restorations(lexicon: Lexicon) -> dict[str, str]:
    """Unaccented spelling -> accented trigger word, where only one trigger word folds to it and the unaccented
    spelling is no trigger word itself ("paro" stays "paro", not "paró")."""
    words = {w for entries in lexicon.by_lemma.values() for e in entries for w in e.words} | set(lexicon.by_form)
    spellings: dict[str, set[str]] = {}
    for word in words:
        folded = fold_accents(word)
        if folded != word:
            spellings.setdefault(folded, set()).add(word)
    return {folded: next(iter(found)) for folded, found in spellings.items() if len(found) == 1 and folded not in words}


def _add_separated_variants(lexicon: Lexicon, particles: tuple[str, ...]) -> None:
    """Index every verb entry's separated order under its base verb, unless the lexicon writes it already."""
    written = {e.words for entries in lexicon.by_lemma.values() for e in entries}
    for entries in list(lexicon.by_lemma.values()):
        for entry in list(entries):
            variant = separated_variant(entry, particles)
            if variant is not None and variant.words not in written:
                written.add(variant.words)
                lexicon.by_lemma.setdefault(variant.words[0], []).append(variant)


def available_languages() -> list[str]:
    folder = resources.files("tacitus").joinpath("data/lexicon")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon | None:
    """The shipped lexicon of a language, or None when tacitus has none for it."""
    path = resources.files("tacitus").joinpath(f"data/lexicon/{lang}.yaml")
    if not path.is_file():
        return None
    # The C loader is ~8x faster on the large Arabic file; PyYAML wheels ship it, the pure loader is the fallback.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return parse_lexicon(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))

"""Finding trigger words of PLOVER events in a sentence with a language's lexicon."""
from __future__ import annotations

from dataclasses import dataclass

from ..nlp.base import Sentence
from .lexicon import Lexicon, TriggerEntry, normalise

MAX_GAP = 3  # tokens allowed between the words of a multiword trigger ("apporté de l'aide")
MIN_STEM_TOKEN = 4  # shorter tokens are too ambiguous for prefix matching


@dataclass(frozen=True)
class TriggerMatch:
    tokens: tuple[int, ...]   # token indices in the sentence, first is the head word
    entry: TriggerEntry
    how: str                  # lemma | form | stem: which part of the lexicon matched

    @property
    def head(self) -> int:
        return self.tokens[0]


def _token_keys(sentence: Sentence) -> list[tuple[str, str]]:
    return [(normalise(t.lemma), normalise(t.text)) for t in sentence.tokens]


def _match_rest(keys: list[tuple[str, str]], start: int, words: tuple[str, ...]) -> tuple[int, ...] | None:
    """Indices of words[1:] after start, each within MAX_GAP tokens of the previous one."""
    found = [start]
    pos = start
    for word in words[1:]:
        for nxt in range(pos + 1, min(len(keys), pos + 2 + MAX_GAP)):
            if word in keys[nxt]:
                found.append(nxt)
                pos = nxt
                break
        else:
            return None
    return tuple(found)


def find_triggers(sentence: Sentence, lexicon: Lexicon, blocked: set[int] = frozenset()) -> list[TriggerMatch]:
    """All lexicon matches in the sentence, overlaps resolved: multiword first, then weight.

    `blocked` token indices (inside actor mentions such as "Secrétaire général") never trigger.
    """
    keys = _token_keys(sentence)
    matches: list[TriggerMatch] = []
    for i, (lemma, form) in enumerate(keys):
        if i in blocked or not any(ch.isalpha() for ch in form):
            continue
        found: list[tuple[TriggerEntry, str]] = [(e, "lemma") for e in lexicon.by_lemma.get(lemma, ())]
        if form != lemma:
            found += [(e, "lemma") for e in lexicon.by_lemma.get(form, ())]
        found += [(e, "form") for e in lexicon.by_form.get(form, ())]
        if not found and len(form) >= MIN_STEM_TOKEN:
            found = [(e, "stem") for stem, e in lexicon.stems if form.startswith(stem)]
        seen: set[int] = set()
        for entry, how in found:
            if id(entry) in seen:  # lemma and a listed form can both match the same entry
                continue
            seen.add(id(entry))
            tokens = _match_rest(keys, i, entry.words) if len(entry.words) > 1 else (i,)
            if tokens is not None and not blocked.intersection(tokens):
                matches.append(TriggerMatch(tokens, entry, how))
    return _resolve_overlaps(matches)


def _resolve_overlaps(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    # Longest first; on equal length a verbal reading ("apporter de l’aide") beats a nominal one ("aide humanitaire").
    ranked = sorted(matches, key=lambda m: (-len(m.tokens), m.entry.pos != "VERB", -m.entry.weight, m.how != "lemma", m.head))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for match in ranked:
        if taken.intersection(match.tokens):
            # Another reading of the same words: keep it only when it is the same words exactly
            # (one lemma, several types, e.g. "soutenir" SUPPORT and AID); the coder chooses later.
            if not any(k.tokens == match.tokens for k in kept):
                continue
        kept.append(match)
        taken.update(match.tokens)
    return sorted(kept, key=lambda m: (m.head, -m.entry.weight))

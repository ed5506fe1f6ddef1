"""Attacks claimed by a group: "in an attack claimed by Islamic State", "num ataque reivindicado pelo Estado
Islâmico", "في هجوم تبنّاه تنظيم الدولة", "ответственность взяли на себя хуситы".

The group that claims an attack is its author; the sentence's other parties to the attack (the soldiers killed,
their country) are its targets. Without this the victims, named first, read as the attackers ("Pelo menos onze
soldados burquinenses morreram quando uma mina explodiu ..." gave the soldiers as actors). An attack attributed to a
party ("blamed on", "atribuido a", "attribuée à") has that party as its author in the same way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..nlp.base import Sentence
from .lexicon import normalise
from .rewrites import first_token

if TYPE_CHECKING:
    from .coder import Candidate

# Words of claiming an attack, as they begin (past participles and finite forms): the claim's author follows an
# agent word after them, or is their subject.
CLAIM_STARTS = {
    "en": ("claimed", "claims", "claiming"),
    "fr": ("revendiqu",),
    "es": ("reivindic",),
    "pt": ("reivindic",),
    "it": ("rivendic",),
    "de": ("bekannte", "bekannten", "reklamiert"),
    "ru": ("ответственност",),
    "ar": ("تبنى", "تبنّى", "تبنت", "تبنّت", "تبناه", "تبنّاه", "تبنته", "تبنّته", "تبنتها", "تبنّتها", "وتبنى",
           "وتبنّى", "وتبنت", "وتبنّت", "يتبنى", "يتبنّى", "تبنوا", "تبنّوا"),
}
# English "claimed" is a verb of saying unless an agent or "responsibility" follows it.
ENGLISH_CLAIM_PARTNERS = frozenset({"by", "responsibility"})
AGENT_WORDS = frozenset({"by", "par", "por", "pelo", "pela", "pelos", "pelas", "dal", "dallo", "dalla", "dai", "dagli",
                         "dalle", "da", "von", "vom"})
# Russian: "ответственность ... взяли на себя X" names the claimer after "на себя", else before.
RUSSIAN_TAKE = ("взял", "взяла", "взяли", "взяло", "взявш", "берет", "берут", "берёт")
CLAIM_REACH = 6   # tokens from the claim word to its author, its subject or the party right after it
# Tokens from the claim word to an author named after an agent word: "rivendicato dal Gruppo di sostegno all'Islam
# e ai musulmani, legato ad al-Qaeda" (the group is no party of its own, its parent is).
AGENT_REACH = 12


def claim_words(sentence: Sentence, lang: str) -> list[int]:
    """The indices of the words that claim an attack in the sentence ("claimed by", "revendiqué", "تبنّاه")."""
    starts = CLAIM_STARTS.get(lang)
    if not starts:
        return []
    words = [normalise(t.text) for t in sentence.tokens]
    found = []
    for k, word in enumerate(words):
        if not word.startswith(starts):
            continue
        if lang == "en" and not (k + 1 < len(words) and words[k + 1] in ENGLISH_CLAIM_PARTNERS):
            continue
        if lang == "ru" and not any(w.startswith(RUSSIAN_TAKE) for w in words[max(0, k - 3):k + 4]):
            continue
        if lang == "de" and word.startswith("bekannte") and not (k + 1 < len(words) and words[k + 1] == "sich"):
            continue
        found.append(k)
    return found


# Words that attribute an attack to its author, as they begin, and the prepositions that name the author after
# them: "in an attack the army blamed on jihadists", "en un ataque que el Ejército atribuyó a yihadistas", "une
# attaque attribuée à des jihadistes". As with a claim, the author is the attack's actor.
ATTRIBUTION_STARTS = {
    "en": ("blamed", "blames", "blaming", "attributed"),
    "fr": ("attribu", "imput"),
    "es": ("atribu", "achac"),
    "pt": ("atribu",),
    "it": ("attribu",),
}
ATTRIBUTION_MARKERS = {
    "en": frozenset({"on", "to"}),
    "fr": frozenset({"à", "au", "aux"}),
    "es": frozenset({"a", "al"}),
    "pt": frozenset({"a", "à", "ao", "aos", "às"}),
    "it": frozenset({"a", "ad", "al", "allo", "alla", "ai", "agli", "alle"}),
}
ATTRIBUTION_REACH = 5   # tokens from the preposition to the author: "à des jihadistes liés à Al-Qaïda"


def attributed_author(sentence: Sentence, mentions: Sequence, lang: str):
    """The party an attack is attributed to ("blamed on", "atribuyó a", "attribuée à"), or None."""
    starts, markers = ATTRIBUTION_STARTS.get(lang), ATTRIBUTION_MARKERS.get(lang, frozenset())
    if not starts:
        return None
    words = [normalise(t.text) for t in sentence.tokens]
    positions = {id(m): first_token(sentence, m) for m in mentions}
    for k, word in enumerate(words):
        if not word.startswith(starts):
            continue
        marker = next((j for j in range(k + 1, min(len(words), k + 3)) if words[j] in markers), None)
        if marker is None:
            continue
        near = sorted((m for m in mentions if 0 < positions[id(m)] - marker <= ATTRIBUTION_REACH),
                      key=lambda m: positions[id(m)])
        # (a party the text names over one whose country was only guessed: "yihadistas vinculados a Al Qaeda"; a
        # group of no known country is left alone)
        named = [m for m in near if m.country and not getattr(m, "country_inferred", False)]
        coded = named or [m for m in near if m.country]
        if coded:
            return coded[0]
    return None


def claimer(sentence: Sentence, mentions: Sequence, lang: str):
    """The party that claims an attack in the sentence, or else the one it is attributed to; None if neither."""
    words = [normalise(t.text) for t in sentence.tokens]
    positions = {id(m): first_token(sentence, m) for m in mentions}
    for k in claim_words(sentence, lang):
        after = [m for m in mentions if 0 < positions[id(m)] - k <= CLAIM_REACH]
        before = [m for m in mentions if 0 < k - positions[id(m)] <= CLAIM_REACH]
        if lang in ("ar", "ru", "de") and after:
            # (Arabic verb first, "تبنّاه تنظيم"; Russian "взяли на себя хуситы"; German "bekannte sich die BLA")
            return after[0]
        agent = next((m for m in mentions if 0 < positions[id(m)] - k <= AGENT_REACH
                      and any(words[j] in AGENT_WORDS for j in range(k + 1, positions[id(m)]))), None)
        if agent is not None:
            return agent
        if before:
            return before[-1]
    return attributed_author(sentence, mentions, lang)


def claimed_attacks(candidates: list[Candidate], sentence: Sentence, mentions: Sequence, lang: str
                    ) -> list[Candidate]:
    """Every ASSAULT of a sentence that names who claimed the attack has the claimer as its actor, and its other
    parties as recipients. A claim names one attack: its several words ("a roadside bomb ..., killing three
    peacekeepers, in an attack claimed by al-Shabaab") are one event, the surest reading, with the victims the others
    name."""
    attacks = [c for c in candidates if c.event_type == "ASSAULT"]
    if not attacks:
        return candidates
    group = claimer(sentence, mentions, lang)
    if group is None:
        return candidates
    for c in attacks:
        if any(a is group for a in c.actors):
            continue
        others = [m for m in [*c.recipients, *c.actors] if m is not group and m.country != group.country]
        c.actors, c.recipients = [group], others
        c.explanation.setdefault("roles", []).append(
            f"'{group.text}' claimed the attack or was named its author -> actor; the attack's other parties "
            "-> recipients")
    unnegated = [c for c in attacks if not c.aux_mode]
    if len(unnegated) < 2:
        return candidates
    best = max(unnegated, key=lambda c: (bool(c.recipients), c.confidence))
    for other in unnegated:
        known = {r.country for r in best.recipients}
        best.recipients += [r for r in other.recipients if r.country not in known and r.country != group.country]
    return [c for c in candidates if c is best or not any(c is a for a in unnegated)]

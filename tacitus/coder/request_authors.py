"""Who made a request named by a noun: "Pristina's demand", "la demande des coprésidents du Groupe de Minsk",
"требование ЭКОВАС", "die Forderung Frankreichs", "calls from Brussels", "the American call".

A request noun's genitive names its author, where an act noun's names its target ("the arrest of Navalny"):
the author is the actor of the request, and a rejection of the request is addressed to it.
"""
from __future__ import annotations

from typing import Sequence

from ..nlp.base import Sentence
from .roles import POSSESSIVE_DEPS, child_lists
from .triggers import TriggerMatch

# Words that link a noun to its genitive complement ("demand of", "demande des", "Forderung der").
GENITIVE_LINKS = frozenset({"of", "from", "de", "des", "du", "d", "del", "la", "l", "da", "do", "dos", "das", "di",
                            "dei", "degli", "della", "dello", "delle", "dal", "dalla", "von", "vom", "der"})
# Without a parse, the author follows the noun within this many tokens ("o pedido da Alemanha").
UNPARSED_REACH = 3
# The endings of an adjective that may stand in the author's phrase (de "malischen", it "ufficiale", pt "oficial").
ADJECTIVE_ENDINGS = ("en", "e", "er", "es", "a", "o", "i", "al", "ais")
MIN_ADJECTIVE = 5   # letters: "a", "e", "com" are prepositions, not adjectives
# An Arabic noun with an attached pronoun names its author by it ("مطالبتها السلطات": her demand to the
# authorities): the party after it is the addressee.
ARABIC_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن")
# Dependency labels that attach a genitive or a "from" phrase to a noun.
GENITIVE_DEPS = frozenset({"nmod", "nmod:poss", "poss", "prep"})


def covering_mention(token: int, mentions: Sequence, token_mentions: dict[int, int]):
    """The mention that covers the token (`token_mentions`: token -> index into `mentions`), or None."""
    index = token_mentions.get(token)
    return mentions[index] if index is not None else None


def _parsed_author(sentence: Sentence, noun: TriggerMatch, mentions: Sequence, token_mentions: dict[int, int]):
    tokens = sentence.tokens
    kids = child_lists(sentence)
    for k in kids[noun.head]:
        if k in noun.tokens or tokens[k].dep not in GENITIVE_DEPS:
            continue
        if tokens[k].dep == "prep":      # English: "calls from Brussels" (the preposition heads its object)
            if tokens[k].text.lower() not in GENITIVE_LINKS:
                continue
            found = [covering_mention(j, mentions, token_mentions) for j in kids[k] if tokens[j].dep == "pobj"]
            found = [m for m in found if m is not None]
            if found:
                return found[0]
            continue
        case = [tokens[j].text.lower().strip("'’") for j in kids[k] if tokens[j].dep == "case"]
        if tokens[k].dep not in POSSESSIVE_DEPS and case and not set(case) & GENITIVE_LINKS:
            continue
        mention = covering_mention(k, mentions, token_mentions)
        if mention is not None:
            return mention
    return None


def _unparsed_author(sentence: Sentence, noun: TriggerMatch, mentions: Sequence, token_mentions: dict[int, int]):
    tokens = sentence.tokens
    last = noun.tokens[-1]
    adjective = False
    for k in range(last + 1, min(len(tokens), last + 1 + UNPARSED_REACH)):
        mention = covering_mention(k, mentions, token_mentions)
        if mention is not None:
            return mention
        word = tokens[k].text
        if word.lower().strip("'’") in GENITIVE_LINKS:
            continue
        # (one adjective of the author's phrase: "auf Bitte der malischen Regierung")
        if adjective or not (word.isalpha() and word.islower() and len(word) >= MIN_ADJECTIVE
                             and word.endswith(ADJECTIVE_ENDINGS)):
            return None
        adjective = True
    return None


def request_author(sentence: Sentence, noun: TriggerMatch, mentions: Sequence, token_mentions: dict[int, int],
                   has_parse: bool, adjective=None):
    """The party that made the request `noun` names: its possessive or genitive complement (by the parse, else the
    party right after the noun with only linking words between), else the nationality adjective on it
    (`adjective`, as found by the caller). None when the noun names none."""
    if sentence.tokens[noun.head].pos not in ("NOUN", "PROPN") and noun.entry.pos != "NOUN":
        return None
    if sentence.tokens[noun.tokens[-1]].text.endswith(ARABIC_PRONOUN_SUFFIXES):
        return None
    find = _parsed_author if has_parse else _unparsed_author
    return find(sentence, noun, mentions, token_mentions) or adjective

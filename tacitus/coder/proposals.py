"""Events proposed by the sentence vector where no lexicon entry fired.

The lexicons miss words; on held-out sentences the rules propose no event for about a quarter of the gold types
(type recall 0.72 on the unread sixteenth set, 2026-11-29), and entries written from training errors did not
carry over to unread text. The sentence-type network (tacitus.coder.sentence_types) reads the whole sentence in
any language; where it gives a type a probability at or above the scorer's proposal floor and no rule candidate
of the sentence has that type, the coder proposes one. Its trigger is the sentence's main predicate (the
parse's root; without a parse, the first content word after the first party, see `proposal_head`), so the event
still shows the words it came from, and its parties come from the same role rules as any trigger's. The event
scorer scores these proposals with features of their own (matched_by=vector and the proposal's own weight on the
probability), learned from proposals made on the training sentences by networks that did not see them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..nlp.base import Sentence
from .lexicon import TriggerEntry, normalise
from .roles import GERMAN_ARTICLES, GERMAN_PREPOSITIONS, VERB_FINAL_AUXILIARIES
from .triggers import DETERMINERS, TriggerMatch
from .unparsed import PARTICIPLE_HOSTS

PROPOSAL_HOW = "vector"                  # TriggerMatch.how of a proposal (the scorer's matched_by feature)
PROPOSAL_LEMMA = "(sentence vector)"     # the lexicon_entry an explanation shows for a proposal
# Content words never stand in these parts of speech (parsed languages), so they never head a proposal.
NOT_PREDICATE_POS = frozenset({"PUNCT", "SYM", "NUM", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "X", "SPACE"})
# Function words of the languages without a tagger: a proposal's head is the first word after the first party
# that is none of these ("Il governo italiano ha inviato aiuti" -> "inviato").
FUNCTION_WORDS = {
    "de": GERMAN_ARTICLES | GERMAN_PREPOSITIONS | DETERMINERS["de"] | frozenset(
        "und oder aber auch sich nicht noch schon am im zum zur vom beim ins es er sie wir".split()),
    "pt": DETERMINERS["pt"] | PARTICIPLE_HOSTS["pt"] | frozenset(
        "de em com por para sobre entre contra que pelo pela pelos pelas neste nesta nesse nessa".split()),
    "it": DETERMINERS["it"] | PARTICIPLE_HOSTS["it"] | frozenset(
        "di a da in con su per tra fra che nel nella nei nelle dal dalla dai dalle sul sulla sui sulle col".split()),
    "ar": frozenset("في من إلى الى على عن مع بعد قبل خلال حول ضد بين عند منذ حتى أن إن ان قد لقد كما التي الذي الذين "
                    "و ف ثم أو لا لم لن ما هذا هذه ذلك تلك يوم اليوم أمس".split()),
}
# The finite auxiliary of a German verb-final clause is weak evidence; its participle or infinitive at the clause's
# end names the act ("Russland hat am Montag die Ukraine angegriffen" -> "angegriffen").
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "und", "oder", "aber", "(", "–", "—"})


@lru_cache(maxsize=32)
def proposal_entry(event_type: str) -> TriggerEntry:
    """The lexicon entry a proposal of this type stands on: no mode (cues in the sentence may give one), an
    optional recipient, no weight of its own (the scorer weighs proposals by their own features)."""
    return TriggerEntry(lemma=PROPOSAL_LEMMA, type=event_type, mode=None, pos="VERB", recipient="optional",
                        recipient_case=(), weight=0.0, words=(PROPOSAL_LEMMA,))


def is_proposal(candidate) -> bool:
    return candidate.trigger.how == PROPOSAL_HOW


def proposal_trigger(event_type: str, head: int) -> TriggerMatch:
    return TriggerMatch(tokens=(head,), entry=proposal_entry(event_type), how=PROPOSAL_HOW)


def proposal_head(sentence: Sentence, in_mentions: Iterable[int], lang: str, has_parse: bool) -> int | None:
    """The token a proposal's trigger stands on: the sentence's main predicate, outside every mention; None when
    the sentence has no such word (a list of names, a dateline)."""
    blocked = set(in_mentions)
    tokens = sentence.tokens
    if has_parse:
        roots = [i for i, t in enumerate(tokens) if t.head < 0 and i not in blocked and t.pos not in NOT_PREDICATE_POS]
        if roots:
            return roots[0]
        verbs = [i for i, t in enumerate(tokens) if t.pos == "VERB" and i not in blocked]
        return verbs[0] if verbs else None
    return _unparsed_head(sentence, blocked, lang)


def _unparsed_head(sentence: Sentence, blocked: set[int], lang: str) -> int | None:
    tokens = sentence.tokens
    function_words = FUNCTION_WORDS.get(lang, frozenset())

    def content(i: int) -> bool:
        word = normalise(tokens[i].text)
        # (a capital is a name, or a German noun: never the predicate)
        return (i not in blocked and any(ch.isalpha() for ch in word) and word not in function_words
                and (lang == "ar" or tokens[i].text[:1].islower()))

    if lang == "ar" and tokens and 0 not in blocked and content(0):
        return 0    # verb-subject-object: "هاجمت إسرائيل قطاع غزة"
    start = min(blocked) if blocked else 0
    first_party_end = start
    while first_party_end in blocked:
        first_party_end += 1
    for i in range(first_party_end, len(tokens)):
        if not content(i):
            continue
        if lang == "de" and normalise(tokens[i].text) in VERB_FINAL_AUXILIARIES["de"]:
            return _clause_final_verb(sentence, i, blocked) or i
        return i
    return next((i for i in range(len(tokens)) if content(i)), None)


def _clause_final_verb(sentence: Sentence, auxiliary: int, blocked: set[int]) -> int | None:
    """The last lowercase word of the auxiliary's clause, where German puts the participle or infinitive."""
    tokens = sentence.tokens
    last = None
    for k in range(auxiliary + 1, len(tokens)):
        word = tokens[k].text
        if normalise(word) in CLAUSE_ENDS:
            break
        if k not in blocked and word[:1].islower() and word.isalpha() and word.endswith(("t", "en", "n")):
            last = k
    return last


def proposed_types(probabilities: dict[str, float], floor: float, covered: Sequence[str]) -> list[str]:
    """The types to propose: probability at or above the floor, and no rule candidate of that type."""
    return sorted(t for t, p in probabilities.items() if p >= floor and t not in covered)


ProposalSource = Callable[[], dict[str, float]]   # a sentence's type probabilities, computed on first call

"""Auxiliary modes of an event (negation, future, hypothetical, historical) from cues around its trigger."""
from __future__ import annotations

import re

from ..nlp.base import Sentence
from .lexicon import Lexicon, normalise
from .roles import fronted_phrase_end, german_participle_trigger, reporting_verb_above
from .triggers import TriggerMatch

CONDITIONAL_MARKS = frozenset({"si", "if", "если", "wenn", "falls", "إذا", "لو", "qualora", "unless", "ob"})
# "se" is "if" in Portuguese and Italian only: in Spanish and French it is the reflexive pronoun ("se reunió").
# There "si" is the reflexive ("si sono riuniti", "si mesmo"), and "se" right before the verb is one too
# ("onde se reunirá", "se compromete"): see REFLEXIVE_BEFORE_VERB.
CONDITIONAL_MARKS_BY_LANG = {"pt": (CONDITIONAL_MARKS - {"si"}) | {"se"}, "it": (CONDITIONAL_MARKS - {"si"}) | {"se"}}
REFLEXIVE_BEFORE_VERB = frozenset({"se", "si"})
# Arabic "قد" before an imperfect verb is "may" ("قد يفرض عقوبات", may impose sanctions); before a perfect it is
# "already" ("كانت قد خطفتهم"). The imperfect starts with one of its person prefixes.
ARABIC_MAY = "قد"
ARABIC_IMPERFECT_PREFIXES = ("ي", "ت", "ن")   # not "أ" (first person): most perfects start with it (ألقت)
ARABIC_MAY_REACH = 4   # words from "قد" to the trigger it governs ("قد يفرض حظر سفر وتجميد أصول")
# "كانت فرنسا قد تدخلت": after "was", "قد" makes a past perfect, whose form-V verbs also start with ت.
ARABIC_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "werden", "سوف", "سـ", "будет", "будут", "буду"})
VERB_FINAL_NEGATION = {"de": frozenset({"nicht", "nie", "niemals"})}
# The synthetic future of a verb trigger, for the languages without a tagger: "invierà", "incontreranno",
# "enviará", "reunirão". (Nouns and past forms do not end so: "sanzionerà" does, "sanzione" does not.)
FUTURE_ENDINGS = {"it": ("erà", "irà", "arà", "eranno", "iranno", "aranno", "erò", "irò"),
                  "pt": ("ará", "erá", "irá", "arão", "erão", "irão")}
# A Russian perfective verb with a present ending is future ("армия перебросит подразделения"); the tagger
# sometimes calls it past.
RUSSIAN_NONPAST_ENDINGS = ("ит", "ет", "ут", "ют", "ат", "ят", "ишь", "ешь", "ите", "ете", "ится", "ется", "утся",
                           "ются", "атся", "ятся")
# German "werden" with a past participle is the passive ("werden ... systematisch gefoltert"), not the future
# ("werden ... verhandeln").
GERMAN_WERDEN = frozenset({"werden", "wird", "werde", "wirst", "werdet"})
NEGATION_WINDOW_BEFORE = 3
NEGATION_WINDOW_AFTER = 3


def _phrases_in(text: str, phrases: frozenset[str]) -> list[str]:
    """Cue phrases present in the normalised text as whole words."""
    found = []
    for phrase in phrases:
        # (the substring test first: the pattern is compiled and searched only where the words stand)
        if (" " in phrase or "'" in phrase) and phrase in text:
            if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
                found.append(phrase)
    return found


# (csubj: "договориться ... не удалось", the clause a verb of succeeding or failing takes as its subject)
GOVERNED_DEPS = ("xcomp", "amod", "acl", "obj", "dobj", "obl:arg", "csubj")
GOVERNOR_STEPS = 2


# A French compound participle ("la Chine et la Russie ayant opposé leur veto", "étant arrivé") opens a clause of
# its own, whose act is news and whose modes are its own, whatever the parser hangs it on.
COMPOUND_PARTICIPLE_AUXILIARIES = frozenset({"ayant", "étant"})


def compound_participle_clause(tokens, node: int) -> bool:
    """Whether the token is a participle with "ayant" or "étant" as its auxiliary."""
    return "VerbForm=Part" in tokens[node].morph and any(
        t.head == node and t.dep.startswith("aux") and normalise(t.text) in COMPOUND_PARTICIPLE_AUXILIARIES
        for t in tokens)


def _governors(sentence: Sentence, index: int) -> list[int]:
    """The trigger and the tokens whose dependents also modify it: up the chain of verbs and nouns that take it as
    complement or modifier, GOVERNOR_STEPS at most ("n'a pas procédé à un septième essai": the small parser hangs
    "essai" on "septième", that on "procédé"), never past a compound participle's own clause."""
    chain = [index]
    tok = sentence.tokens[index]
    if compound_participle_clause(sentence.tokens, index):
        return chain
    for _ in range(GOVERNOR_STEPS):
        if tok.dep not in GOVERNED_DEPS or tok.head < 0:
            break
        chain.append(tok.head)
        tok = sentence.tokens[tok.head]
    return chain


# Cue words that are a modal only as an auxiliary: "may have to appeal for food aid", but "met on 5 May".
CUES_ONLY_AS_AUXILIARY = frozenset({"may"})


PURPOSE_MARKS = frozenset({"to", "pour", "para", "per", "чтобы", "um"})


def _purpose_of_future(tokens, head: int, words: list[str]) -> bool:
    """Whether the trigger is an infinitive of purpose ("to sign", "pour signer") whose governing verb is future."""
    tok = tokens[head]
    if tok.dep not in ("advcl", "xcomp") or tok.head < 0 or "VerbForm=Inf" not in tok.morph:
        return False
    if not any(t.head == head and words[i] in PURPOSE_MARKS for i, t in enumerate(tokens)):
        return False
    governor = tok.head
    return "Tense=Fut" in tokens[governor].morph or any(
        t.head == governor and t.dep.startswith("aux") and words[i] in FUTURE_AUXILIARIES for i, t in enumerate(tokens))


def _middle_field_negation(tokens, words: list[str], trigger: TriggerMatch, negation: frozenset[str],
                           lang: str) -> list[int]:
    """German negates the final verb from anywhere in the middle field: "Russland hat ... keine Truppen an die
    Grenze verlegt", "nahm die Polizei niemanden fest". The cues between the finite auxiliary (or the head of a
    split verb) and the end of the trigger, within its clause."""
    from .roles import VERB_FINAL_AUXILIARIES

    head, last = trigger.head, trigger.tokens[-1]
    # (a decimal comma split off, "1 , 4 Milliarden", bounds nothing)
    clause_start = next((i + 1 for i in range(head - 1, -1, -1) if words[i] in (",", ";", ":")
                         and not _decimal_comma(words, i)), 0)
    aux = next((i for i in range(head - 1, clause_start - 1, -1) if words[i] in VERB_FINAL_AUXILIARIES[lang]), None)
    first = aux + 1 if aux is not None else head + 1
    return [i for i in range(first, last) if words[i] in negation and i != head]


# "not only", "nicht nur", "no solo", "non solo", "não só": the act happened, and more besides.
NOT_ONLY = frozenset({"only", "just", "nur", "solo", "sólo", "solamente", "soltanto", "só", "apenas", "somente",
                      "seulement", "только"})
# What may follow the negation of a German verb in second place before its clause ends: "nicht mehr" (no longer).
CLAUSE_FINAL_AFTER_NEGATION = frozenset({"mehr"})


def _clause_final_negation(words: list[str], trigger: TriggerMatch, final_negation: frozenset[str]) -> list[int]:
    """German puts the negation of a finite verb in second place last in its clause, after the objects:
    "verurteilte den Angriff auf Kiew nicht", "eine gemeinsame Erklärung unterzeichneten die beiden jedoch nicht".
    The negation is the verb's, not that of an event noun between them. A word after it other than "mehr" is
    what it negates instead: "reiste nicht zur Konferenz", "kam dabei nicht frei" (another verb's particle)."""
    last = trigger.tokens[-1]
    end = next((i for i in range(last + 1, len(words)) if words[i] in CLAUSE_PUNCTUATION), len(words))
    return [i for i in range(last + 1, end) if words[i] in final_negation
            and all(w in CLAUSE_FINAL_AFTER_NEGATION for w in words[i + 1:end])]


INTENT_WINDOW = 4   # tokens before the trigger where "ready to", "намерена", "si è impegnata a" govern it


def intent_cue(sentence: Sentence, trigger: TriggerMatch, lexicon: Lexicon) -> str | None:
    """The intent cue ("ready to", "pledged to", "намерена") right before the trigger, if any: a declared
    willingness to act, which the manual codes AGREE for cooperative acts."""
    cues = lexicon.cue("intent")
    if not cues:
        return None
    tokens = sentence.tokens
    first = max(0, trigger.tokens[0] - INTENT_WINDOW)
    window = tokens[first:trigger.tokens[0]]
    if any(t.text in (",", ";", ":", ".") for t in window):
        window = window[max(i for i, t in enumerate(window) if t.text in (",", ";", ":", ".")) + 1:]
    words = [normalise(t.text) for t in window]
    lemmas = [normalise(t.lemma) for t in window]
    return next((cue for cue in cues if cue_starts(words, lemmas, 0, len(words), frozenset({cue}))), None)


CLAUSE_PUNCTUATION = frozenset({",", ";", ":", ".", "(", ")", "«", "»", '"'})
# Words allowed between a negating phrase and the trigger ("stopped short of formally imposing"), and between
# "without" and the trigger ("without a formal agreement").
PHRASE_CUE_GAP = 2
PRIVATIVE_GAP = 1
# Words allowed between a negation and the verb of taking place or part that it negates ("non si è tenuto").
OCCURRENCE_GAP = 2
# How far the event noun may stand after that verb ("did not attend the G20 summit"), or before the negation as
# its subject ("Zu einem Treffen zwischen ... ist es nicht gekommen"). Arabic puts the subject between the verb and
# its object: "لم يشارك رئيس دولة الإمارات الشيخ محمد بن زايد ... في القمة".
OCCURRENCE_REACH_AFTER = 8
OCCURRENCE_REACH_BEFORE = 16
OCCURRENCE_REACH_AFTER_BY_LANG = {"ar": 16}
# An event noun that opens its clause is its subject however long its phrase: "Ein geplantes Treffen zwischen dem
# armenischen Regierungschef ... und dem aserbaidschanischen Präsidenten ... am Rande des Europa-Gipfels in Granada
# kam nicht zustande" (the noun within the clause's first OPENING_NOUN words: an article and two adjectives).
OPENING_SUBJECT_REACH = 28
OPENING_NOUN = 4
# A coordinated clause has a subject of its own: "la marcha transcurrió sin incidentes y Carabineros no realizó ...";
# but the parties of a meeting are coordinated too, after "between": "Zu einem Treffen zwischen Selenskyj und Putin".
COORDINATORS = frozenset({"and", "but", "et", "mais", "y", "pero", "e", "ma", "mas", "und", "aber", "sondern", "и",
                          "а", "но", "أو", "لكن"})
BETWEEN = frozenset({"between", "entre", "zwischen", "tra", "fra", "между", "بين"})


# German puts the modal after the verb it governs ("festnehmen könnten") and after a subject noun's phrase ("ein
# Angriff der M23-Rebellen auf Goma könnte ..."): without a parse, a subjunctive modal there makes it hypothetical.
GERMAN_SUBJUNCTIVE_MODALS = frozenset({"könnte", "könnten", "würde", "würden", "dürfte", "dürften"})
GERMAN_SUBJECT_NOUN_REACH = 10  # words from an event noun to the modal of its clause
# A noun after one of these is no subject but a circumstance: "nach dem Angriff könnte ..."
GERMAN_PREPOSITIONS = frozenset({"nach", "seit", "wegen", "trotz", "bei", "vor", "mit", "von", "zu", "zum", "zur",
                                 "im", "am", "beim", "vom", "in", "an", "auf", "für", "über", "gegen", "durch", "um"})


def _german_subjunctive_after(tokens, words: list[str], trigger: TriggerMatch) -> list[int]:
    """The subjunctive modal that governs a German trigger from after it: right after a verb, or within the
    clause after an event noun that opens its own phrase (a capitalised word is a noun, whatever entry matched
    it: "Angriff" also matches the verb "angreifen")."""
    last = trigger.tokens[-1]
    noun = trigger.entry.pos != "VERB" or (trigger.head > 0 and tokens[trigger.head].text[:1].isupper())
    if not noun:
        return [i for i in range(last + 1, min(len(words), last + 3)) if words[i] in GERMAN_SUBJUNCTIVE_MODALS][:1]
    opener = next((i for i in range(trigger.head - 1, max(-1, trigger.head - 4), -1)
                   if words[i] in GERMAN_PREPOSITIONS or words[i] in CLAUSE_PUNCTUATION), None)
    if opener is not None and words[opener] in GERMAN_PREPOSITIONS:
        return []
    _, end = _clause(words, last)
    return [i for i in range(last + 1, min(end, last + 1 + GERMAN_SUBJECT_NOUN_REACH))
            if words[i] in GERMAN_SUBJUNCTIVE_MODALS][:1]


# A German condition may open with its modal instead of "wenn": "..., sollte Damaskus Öcalan weiterhin Unterschlupf
# gewähren" (if Damascus went on sheltering him).
GERMAN_CONDITION_MODALS = frozenset({"sollte", "sollten"})


def _german_verb_first_condition(words: list[str], head: int) -> list[int]:
    """The modal that opens the trigger's clause as a condition (the clause starts with it), if any."""
    start, _ = _clause(words, head)
    return [start] if start < head and words[start] in GERMAN_CONDITION_MODALS else []


def _decimal_comma(words: list[str], i: int) -> bool:
    """Whether the comma at i stands between two digits: a decimal comma the tokenizer split off ("3 , 5")."""
    return words[i] == "," and 0 < i < len(words) - 1 and words[i - 1].isdigit() and words[i + 1].isdigit()


def _clause(words: list[str], index: int) -> tuple[int, int]:
    """The [start, end) token span of the punctuation-bounded stretch around `index` (a decimal comma that the
    tokenizer split off, "3 , 5 milhões", bounds nothing)."""
    def bound(i: int) -> bool:
        return words[i] in CLAUSE_PUNCTUATION and not _decimal_comma(words, i)
    start = next((i + 1 for i in range(index - 1, -1, -1) if bound(i)), 0)
    end = next((i for i in range(index + 1, len(words)) if bound(i)), len(words))
    return start, end


def _cue_before_trigger(words: list[str], lemmas: list[str], first: int, cues: frozenset[str],
                        gap: int) -> int | None:
    """The first token of a cue (one word or a phrase) that ends at most `gap` words before the trigger's first
    token, in its clause: "stopped short of imposing", "has yet to reopen", "without signing", "senza firmare"."""
    start, _ = _clause(words, first)
    for cue in cues:
        length = len(cue.split())
        near = cue_starts(words, lemmas, max(start, first - gap - length), first, frozenset({cue}))
        if near:
            return near[-1]
    return None


def cue_starts(words: list[str], lemmas: list[str], start: int, end: int, cues: frozenset[str]) -> list[int]:
    """Where in [start, end) a cue begins; each word of a phrase ("take place", "принять участие") may match the
    token's form or its lemma."""
    found = []
    for cue in cues:
        parts = cue.split()
        found += [i for i in range(start, end - len(parts) + 1)
                  if all(p in (words[i + k], lemmas[i + k]) for k, p in enumerate(parts))]
    return sorted(set(found))


def is_event_noun(sentence: Sentence, trigger: TriggerMatch, lang: str, has_parse: bool) -> bool:
    """Whether the trigger is used as a noun: by its entry, by the tagger, or (German, untagged) by its capital
    inside the sentence ("Zu einem Treffen", where the entry is the verb "treffen")."""
    token = sentence.tokens[trigger.head]
    return (trigger.entry.pos == "NOUN" or (has_parse and token.pos == "NOUN")
            or (lang == "de" and trigger.head > 0 and token.text[:1].isupper()))


def _one_clause(words: list[str]) -> bool:
    """Whether a stretch of words holds no coordinated clause: no coordinator, except one joining the parties
    named after "between"."""
    for i, word in enumerate(words):
        if word in COORDINATORS and not BETWEEN & set(words[:i]):
            return False
    return True


def _negated_occurrence(words: list[str], lemmas: list[str], trigger: TriggerMatch, event_noun: bool,
                        negation: frozenset[str], occurrence: frozenset[str], lang: str) -> int | None:
    """The negation of the verb by which an event noun takes place or is attended: "did not attend the summit",
    "the meeting did not take place", "non si è tenuto il sit-in", "Zu einem Treffen ist es nicht gekommen",
    "nimmt nicht am Gipfel teil", "لم يحضر القمة". The noun is the event, the verb says it did not happen (for
    that party). The index of the negation cue, or None."""
    if not event_noun or not occurrence:
        return None
    head = trigger.head
    start, end = _clause(words, head)
    negations = [i for i in range(start, end) if words[i] in negation and i not in trigger.tokens]
    verbs = [i for i in cue_starts(words, lemmas, start, end, occurrence) if i not in trigger.tokens]
    reach_after = OCCURRENCE_REACH_AFTER_BY_LANG.get(lang, OCCURRENCE_REACH_AFTER)
    for n in negations:
        for v in verbs:
            if not n < v:
                continue
            if v - n <= OCCURRENCE_GAP + 1:
                if v < head <= v + reach_after:
                    return n            # "did not attend the summit"
                reach_before = OPENING_SUBJECT_REACH if head - start < OPENING_NOUN else OCCURRENCE_REACH_BEFORE
                if n - reach_before <= head < n and _one_clause(words[head:n]):
                    return n            # "the meeting did not take place"
            elif n < head < v and head - n <= reach_after:
                return n                # German puts the verb or its particle last: "nimmt nicht am Gipfel teil"
    return None


# German says a meeting did not come about with "kommen zu" and "es" as a dummy subject, however long the noun's
# phrase ("Zu dem erwarteten Treffen zwischen ... ist es beim G7-Gipfel nicht gekommen") and in either order of verb
# and negation ("kam es in Istanbul nicht"). The noun follows "zu" (its article and adjectives between).
GERMAN_COMING_ABOUT = frozenset({"kommen", "kommt", "kam", "kamen", "gekommen", "käme", "kämen"})
GERMAN_ZU = frozenset({"zu", "zum", "zur"})
GERMAN_ZU_REACH = 5  # words from "zu" to the noun: "Zu dem von vielen erwarteten Treffen"


def _german_no_coming_about(words: list[str], trigger: TriggerMatch, event_noun: bool,
                            negation: frozenset[str]) -> int | None:
    """The negation of "es kam (nicht) zu" that an event noun after "zu" stands in, if any."""
    head = trigger.head
    if not event_noun:
        return None
    start, end = _clause(words, head)
    if not any(words[i] in GERMAN_ZU for i in range(max(start, head - GERMAN_ZU_REACH), head)):
        return None
    rest = range(start, end)
    if not any(words[i] == "es" for i in rest) or not any(words[i] in GERMAN_COMING_ABOUT for i in rest):
        return None
    negations = [i for i in rest if words[i] in negation and i not in trigger.tokens]
    if negations and _one_clause(words[min(head, negations[0]):max(head, negations[0])]):
        return negations[0]
    return None


# A clause opened by "without that" ("sin que", "sem que", "senza che", "sans que", "ohne dass", "دون أن") negates the
# acts in it, however far into it they stand: "sin que la policía practicara detenciones". The clause ends at
# punctuation or at a coordinator that starts another clause; a negative one ("ni", "nor") carries the negation on.
PRIVATIVE_CLAUSE_REACH = 12
NEGATIVE_COORDINATORS = frozenset({"ni", "nor", "né", "nem", "noch", "ولا"})


def _privative_clause(words: list[str], lemmas: list[str], trigger: TriggerMatch,
                      cues: frozenset[str]) -> int | None:
    """The start of a "without that" clause the trigger stands in, if any."""
    first = trigger.tokens[0]
    start, _ = _clause(words, first)
    for cue_start in reversed(cue_starts(words, lemmas, max(start, first - PRIVATIVE_CLAUSE_REACH), first, cues)):
        between = words[cue_start + 1:first]
        if not any(w in COORDINATORS and w not in NEGATIVE_COORDINATORS for w in between):
            return cue_start
    return None


# A denial negates what it denies: "negou que Teerão tenha fornecido mísseis", "ha negato di aver colpito",
# "a démenti avoir frappé", "опроверг сообщения о высылке", "نفى الجيش الأردني أن تكون طائراته قد شنّت غارات".
# The denied content is the clause or infinitive the complement word opens (`denial_complement`: "que", "di",
# "avoir", "что", "أن"), at most DENIAL_COMPLEMENT_GAP words after the verb (the subject and a date may come between in
# Arabic), and the trigger stands at most DENIAL_REACH words into it. A denial with a plain object ("negó la
# entrada", "se negó a negociar") is a refusal, which the lexicon codes, and is left alone.
DENIAL_COMPLEMENT_GAP = 5
# Arabic puts the whole subject, its apposition and a date between the verb and "أن": "نفى المتحدث باسم الحكومة
# الإريترية، الخميس، أن تكون أسمرة قد أرسلت جنوداً".
DENIAL_COMPLEMENT_GAPS = {"ar": 9}
DENIAL_REACH = 10
# A German clause ends with its verb, however long it is ("Berichte zurückgewiesen, wonach eritreische Soldaten im
# November in der äthiopischen Stadt Axum Hunderte Zivilisten getötet hätten"): with no comma before the trigger it
# is still the denied clause, up to this many words in.
VERB_FINAL_DENIAL_REACH = 16
SENTENCE_BREAKS = frozenset({";", ".", ":"})


def _zu_infinitive(words: list[str], trigger: TriggerMatch) -> bool:
    """Whether a German trigger is a zu-infinitive, the comma-led complement of a denial: "bestritten, Soldaten in
    den Osten Kongos geschickt zu haben", "bestritten, die Islamisten ... mit Waffen zu beliefern"."""
    first, last = trigger.tokens[0], trigger.tokens[-1]
    return ((last + 1 < len(words) and words[last + 1] == "zu") or (first > 0 and words[first - 1] == "zu")
            or bool(GERMAN_INFIXED_ZU.match(words[last])))


# A separable verb writes its "zu" inside: "auszusetzen", "einzustellen", "abzuziehen".
GERMAN_INFIXED_ZU = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|weg|zurück|zusammen|los|um|wieder)"
                               r"zu\w{3,}en$")


def _gerund(word: str) -> bool:
    """An English gerund, the content of a denial right after it: "denied sending", "denied giving"."""
    return len(word) > 5 and word.endswith("ing")


def denied_content(words: list[str], lemmas: list[str], trigger: TriggerMatch, denials: frozenset[str],
                    complements: frozenset[str], language: str = "") -> int | None:
    """The index of the denial verb whose complement holds the trigger, if any."""
    first = trigger.tokens[0]
    gap = DENIAL_COMPLEMENT_GAPS.get(language, DENIAL_COMPLEMENT_GAP)
    reach = VERB_FINAL_DENIAL_REACH if language == "de" else DENIAL_REACH
    for verb in reversed(cue_starts(words, lemmas, max(0, first - gap - reach), first, denials)):
        if verb in trigger.tokens or any(w in SENTENCE_BREAKS for w in words[verb:first]):
            continue
        opener = next((k for k in range(verb + 1, min(first, verb + 1 + gap))
                       if words[k] in complements or lemmas[k] in complements
                       or (words[k] == "," and _zu_infinitive(words, trigger))), None)
        if opener is None and verb + 1 <= first and _gerund(words[verb + 1]):
            opener = verb + 1   # "denied sending troops", "denied giving any support to the rebels"
        if opener is None:
            continue
        # (a German zu-infinitive or subordinate clause ends its clause, however long: "bestritten, die Rebellen ...
        # mit Waffen zu beliefern")
        if first - opener <= DENIAL_REACH or ((words[opener] == "," or language == "de")
                                              and "," not in words[opener + 1:first]):
            return verb
    return None


# Not ruling something out says it may happen: "did not rule out declaring a state of emergency", "no descartó
# enviar tropas", "n'a pas exclu de déployer des troupes", "не исключил, что войска вернутся", "لم يستبعد فرض حظر
# تجول". The writers of the fresh sets code what is left open, hypothetical, and no REJECT for the phrase
# (`possibility` cues). German puts it before its phrase ("eine Schließung der Grenze nicht ausschloss") or after
# ("hat nicht ausgeschlossen, dass ...").
LEFT_OPEN_REACH = 15
GERMAN_LEFT_OPEN_REACH = 12
# German "schloss ... nicht aus": the bare prefix counts only at its clause's end ("nicht aus Russland" is no cue).
GERMAN_SEPARATED_PREFIX = "aus"
# German verbs of weighing stand second in their clause with the act weighed after them ("erwägt, die Armee
# einzusetzen"); an act before one is another clause's ("Nach dem Überfall ... erwägt die Regierung").
GERMAN_WEIGHING = frozenset({"erwägt", "erwägen", "erwog", "erwogen", "erwägte", "erwägten"})


def left_open_spans(words: list[str], lemmas: list[str], cues: frozenset[str],
                      language: str = "") -> list[tuple[int, int]]:
    """The (start, end) token spans of the phrases that leave something open ("did not rule out")."""
    spans = set()
    for cue in cues:
        length = len(cue.split())
        for start in cue_starts(words, lemmas, 0, len(words), frozenset({cue})):
            end = start + length
            if (language == "de" and words[end - 1] == GERMAN_SEPARATED_PREFIX
                    and end < len(words) and words[end] not in CLAUSE_PUNCTUATION | COORDINATORS):
                continue
            spans.add((start, end))
    return sorted(spans)


def left_open(words: list[str], trigger: TriggerMatch, spans: list[tuple[int, int]], language: str = "") -> int | None:
    """The start of the phrase that leaves the trigger's act open, if the trigger stands in its complement: after
    it in the sentence, before any ", and" that starts another clause (in German a "dass" clause or a zu-infinitive);
    in German also before it, in its clause."""
    first, last = trigger.tokens[0], trigger.tokens[-1]
    for start, end in reversed(spans):
        between = words[end:first]
        if (end <= first and (first - end <= LEFT_OPEN_REACH or _ends_its_dass_clause(between, language)
                              or _ends_its_zu_clause(between, words, trigger, language))
                and not any(w in SENTENCE_BREAKS for w in between)
                and not any(w == "," and k + 1 < len(between) and between[k + 1] in COORDINATORS
                            for k, w in enumerate(between))
                and (language != "de" or "dass" in between or _zu_infinitive(words, trigger))):
            return start
    if language == "de":
        for start, _ in spans:
            if words[start] in GERMAN_WEIGHING:
                continue
            if last < start and start - last <= GERMAN_LEFT_OPEN_REACH and not any(
                    w in CLAUSE_PUNCTUATION for w in words[last + 1:start]):
                return start
    return None


def _ends_its_dass_clause(between: list[str], language: str) -> bool:
    """Whether the words before a German trigger open its "dass" clause with no comma since: the verb closes
    the clause however long ("halten es für möglich, dass die Entführer der drei britischen Ölarbeiter ihre
    Geiseln schon in den kommenden Tagen unversehrt freilassen")."""
    if language != "de" or "dass" not in between:
        return False
    opener = len(between) - 1 - between[::-1].index("dass")
    return not any(w in CLAUSE_PUNCTUATION for w in between[opener + 1:])


def _ends_its_zu_clause(between: list[str], words: list[str], trigger: TriggerMatch, language: str) -> bool:
    """Whether a German zu-infinitive trigger closes the comma-led clause that its words before open, however long
    ("erwägt nach Angaben aus Militärkreisen, weitere Truppen und Panzerfahrzeuge an die Grenze ... zu verlegen")."""
    if language != "de" or "," not in between or not _zu_infinitive(words, trigger):
        return False
    opener = len(between) - 1 - between[::-1].index(",")
    return not any(w in CLAUSE_PUNCTUATION for w in between[opener + 1:])


# A verb of staying away says, unnegated, that its subject did not attend the event noun after it: "Milei skipped
# the Mercosur summit", "dem G20-Gipfel fernbleibt" (the verb after it), "ha saltato il vertice".
ABSENCE_REACH = 6


def _absent_from(words: list[str], lemmas: list[str], trigger: TriggerMatch, event_noun: bool,
                 absence: frozenset[str], language: str = "") -> int | None:
    """The verb of staying away from the event noun, in its clause, if any. (German puts it at the clause's end,
    however far: "ist dem Gipfeltreffen der Entwicklungsgemeinschaft ... am Samstag in Daressalam ferngeblieben".)"""
    if not event_noun or not absence:
        return None
    head = trigger.head
    start, end = _clause(words, head)
    reach_end = end if language == "de" else min(end, head + ABSENCE_REACH + 1)
    for verb in cue_starts(words, lemmas, max(start, head - ABSENCE_REACH), reach_end, absence):
        if verb not in trigger.tokens:
            return verb
    return None


# A negative determiner on the subject or object negates the verb further away than the window: "Nessun
# manifestante è stato fermato", "no sign of Russian troops pulling back", "aucun pays n'a condamné", "neither
# side's border guards had opened fire" (six words before it). Only a verb trigger: in "no one was hurt in the
# attack" the attack took place.
NEGATIVE_DETERMINERS = {"en": frozenset({"no", "neither"}), "it": frozenset({"nessun", "nessuno", "nessuna"}),
                        "fr": frozenset({"aucun", "aucune"}), "es": frozenset({"ningún", "ninguna", "ninguno"}),
                        "pt": frozenset({"nenhum", "nenhuma"}),
                        "de": frozenset({"kein", "keine", "keinen", "keiner", "keinem", "keinerlei"})}
NEGATIVE_DETERMINER_REACH = 6
# A relative or complement clause between them has its own verb: "no detuvo a ninguno de los estudiantes que
# ocuparon la rectoría".
CLAUSE_OPENERS = frozenset({"que", "qui", "che", "cui", "that", "which", "who", "whom", "où", "donde", "onde", "dove"})


def _determines_next(words: list[str], index: int, lang: str) -> bool:
    """Whether the negation at `index` is a determiner with a word of its own after it ("keine Einigung"), not a
    pronoun closing the clause ("Festnahmen gab es keine.")."""
    return (words[index] in NEGATIVE_DETERMINERS.get(lang, frozenset())
            and index + 1 < len(words) and words[index + 1] not in CLAUSE_PUNCTUATION)


def _negative_determiner(words: list[str], trigger: TriggerMatch, lang: str, verb: bool) -> int | None:
    """The negative determiner of a phrase before a verb trigger, in its clause, if any."""
    determiners = NEGATIVE_DETERMINERS.get(lang)
    if not verb or not determiners:
        return None
    first = trigger.tokens[0]
    start, _ = _clause(words, first)
    for i in range(max(start, first - NEGATIVE_DETERMINER_REACH), first):
        if words[i] in determiners and not any(w in COORDINATORS | CLAUSE_OPENERS for w in words[i + 1:first]):
            return i
    return None


# "did not make any arrests", "لم تعلن ... عن أي اعتقالات": "any" right before an event noun, after a negation in
# its clause, negates it however far the negation stands.
ANY_WORDS = frozenset({"any", "أي", "أية", "اي", "اية"})
ANY_REACH = 10   # words from the negation to "any" ("ولم تعلن الشرطة الهايتية حتى الآن عن أي")


def _negated_any(words: list[str], trigger: TriggerMatch, negation: frozenset[str], event_noun: bool) -> int | None:
    """The negation of an event noun that "any" opens, in its clause; else None."""
    first = trigger.tokens[0]
    if not event_noun or first == 0 or words[first - 1] not in ANY_WORDS:
        return None
    start, _ = _clause(words, first)
    # (Arabic joins "و" to the negation: "ولم")
    return next((i for i in range(max(start, first - 1 - ANY_REACH), first - 1)
                 if words[i] in negation or (words[i][:1] in ("و", "ف") and words[i][1:] in negation)), None)


# German "nicht zu (bilateralen) Gesprächen zusammengekommen", "nicht auf ein Kreditprogramm geeinigt": the event
# noun after "nicht zu" or "nicht auf" is the purpose or the object of the final verb, and the negation is the verb's
# as much as the noun's.
GERMAN_PURPOSE_PREPOSITIONS = frozenset({"zu", "zum", "zur", "auf"})


def _taken_by_another(cue: int, trigger: TriggerMatch, other_triggers: frozenset[int], words: list[str],
                      lang: str) -> bool:
    """Whether another trigger stands between a negation cue and this trigger, and so takes the negation: "did not
    condemn the invasion", "non ha condannato l'invasione" negate the condemnation only."""
    first, last = trigger.tokens[0], trigger.tokens[-1]
    return any((cue < j < first and not _german_purpose_noun(words, cue, j, lang)) or last < j < cue
               for j in other_triggers)


def _german_purpose_noun(words: list[str], cue: int, noun: int, lang: str) -> bool:
    """Whether the trigger at `noun` follows the negation as "nicht zu/auf [article, adjectives] Noun"."""
    between = words[cue + 1:noun]
    return (lang == "de" and bool(between) and between[0] in GERMAN_PURPOSE_PREPOSITIONS
            and all(w[:1].islower() for w in between[1:]))


def _elided_name(tokens, index: int) -> bool:
    """"N'" split off a name ("N'Djamena", "N'Zérékoré"), not the French negation "n'"."""
    return (tokens[index].text[:2] in ("N'", "N’") and index + 1 < len(tokens)
            and tokens[index + 1].text[:1].isupper())


# Italian "alcuni villaggi" is "some villages": the plural shares its lemma with the negative "alcun, alcuno".
PLURAL_SOME = frozenset({"alcuni", "alcune"})
# "not less than", "ما لا يقل عن", "не менее", "pas moins de": a negation before "less" is a count ("at least 20
# were killed"), not a negated event.
LESS_WORDS = frozenset({"less", "fewer", "moins", "menos", "meno", "weniger", "менее", "меньше", "يقل", "تقل"})
# "so eng wie nie zuvor", "plus que jamais", "più che mai", "como nunca", "как никогда": "never" after a word of
# comparison measures a degree; it negates nothing.
COMPARISON_WORDS = frozenset({"wie", "als", "comme", "que", "come", "che", "como", "как", "чем"})
NEVER_WORDS = frozenset({"nie", "niemals", "jamais", "mai", "nunca", "никогда"})


def _span_head(sentence: Sentence, trigger: TriggerMatch) -> int:
    """The syntactic head of a several-word trigger whose matched head is a compound modifier of another of its
    words: in "could resume budget support" the modal hangs on the verb that governs "support", not "budget"."""
    head = trigger.head
    for _ in range(len(trigger.tokens)):
        token = sentence.tokens[head]
        if token.dep != "compound" or token.head not in trigger.tokens:
            break
        head = token.head
    return head


SUBJECT_NEGATORS = {"en": frozenset({"neither"}), "es": frozenset({"ni"})}
NEGATED_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
THREAT_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


NEGATIVE_OBJECTS = frozenset({"nobody", "none", "nothing"})   # English objects that negate their verb


def aux_modes(sentence: Sentence, trigger: TriggerMatch, lexicon: Lexicon, has_parse: bool,
              other_triggers: frozenset[int] = frozenset()) -> tuple[list[str], list[str]]:
    """(aux modes, reasons). Order of the modes: negation, future, hypothetical, historical. `other_triggers`:
    the tokens of the sentence's other triggers, which may take a negation for themselves."""
    tokens = sentence.tokens
    words = [normalise(t.text) for t in tokens]
    lemmas = [normalise(t.lemma) for t in tokens]
    text = normalise(sentence.text)
    head = _span_head(sentence, trigger) if has_parse else trigger.head
    modes: list[str] = []
    why: list[str] = []

    dependents: list[int] = []
    if has_parse:
        governors = _governors(sentence, head)
        dependents = [i for i, t in enumerate(tokens) if t.head in governors]
    negation = lexicon.cue("negation")
    # (the words after the trigger up to a clause break only: "warf der Führung vor, nichts ... zu unternehmen"
    # accuses of doing nothing)
    window_end = min(len(tokens), trigger.tokens[-1] + 1 + NEGATION_WINDOW_AFTER)
    window_end = next((i for i in range(trigger.tokens[-1] + 1, window_end) if words[i] in (",", ";", ":")),
                      window_end)
    window = range(max(0, head - NEGATION_WINDOW_BEFORE), window_end)
    # A verb of failing or avoiding negates the verb it governs ("evitó condenar"), not the one it hangs on
    # ("desplegó agentes para evitar enfrentamientos" is a deployment).
    neg_hits = [i for i in (dependents or window) if (words[i] in negation or lemmas[i] in negation)
                and tokens[i].dep not in ("nsubj", "obj") and not (has_parse and tokens[i].pos == "VERB")]
    if not neg_hits and has_parse:
        # A governing verb of failure: "failed to reach agreement", "refrained from attacking".
        neg_hits = [g for g in governors if g != head and lemmas[g] in negation]
    if not neg_hits and has_parse:
        neg_hits = [i for i in window if words[i] in negation and i < head]
    if not neg_hits and has_parse:
        # "Neither the government forces nor the separatists have pulled ... back": the word hangs on the subject.
        neg_hits = [i for i in range(head) if words[i] in SUBJECT_NEGATORS.get(lexicon.language, ())
                    and tokens[i].head in dependents and tokens[tokens[i].head].dep in NEGATED_SUBJECT_DEPS]
    if not neg_hits and has_parse and lexicon.language == "en":
        # English negates by its object alone: "police have arrested no one", "met nobody".
        neg_hits = [i for i in dependents if tokens[i].dep in ("dobj", "obj") and tokens[i].head == head
                    and (words[i] in NEGATIVE_OBJECTS or (words[i] == "one" and i > 0 and words[i - 1] == "no"))]
    if not neg_hits and lexicon.language in VERB_FINAL_NEGATION and trigger.entry.pos == "NOUN":
        # German puts "nicht" before the final participle, after the event noun it negates ("hat sich den
        # Sanktionen der EU bis heute nicht angeschlossen").
        end = next((i for i in range(trigger.tokens[-1] + 1, len(tokens)) if words[i] in (",", ";", ":", ".")),
                   len(tokens))
        # A noun in the phrase before the main clause is not negated by it: "Bei ihrem Gipfeltreffen in Alaska
        # haben sich Trump und Putin nicht ... verständigt" (they met; they did not agree).
        end = min(end, fronted_phrase_end(tokens, head, trigger.tokens[-1], lexicon.language) or end)
        # A trigger verb after the negation takes it: "hat den Einmarsch ... nicht verurteilt" negates the
        # condemnation, not the invasion.
        final_negation = VERB_FINAL_NEGATION[lexicon.language]
        neg_hits = [i for i in range(trigger.tokens[-1] + 1, end) if words[i] in final_negation
                    and not any(i < j < end for j in other_triggers)]
    if not neg_hits and lexicon.language in VERB_FINAL_NEGATION and trigger.entry.pos == "VERB":
        neg_hits = _middle_field_negation(tokens, words, trigger, negation, lexicon.language)
    event_noun = is_event_noun(sentence, trigger, lexicon.language, has_parse)
    # (the cues that a trigger between them and this one does not take for itself)
    own_hits: list[int] = []
    if (not neg_hits and lexicon.language in VERB_FINAL_NEGATION and trigger.entry.pos == "VERB"
            and not event_noun):
        neg_hits = own_hits = _clause_final_negation(words, trigger, VERB_FINAL_NEGATION[lexicon.language])
    if not neg_hits:
        # A negation inside a several-word trigger ("held no bilateral talks"), a negating phrase or a "without"
        # right before it, or the negated verb by which an event noun takes place.
        inside = [i for i in range(trigger.tokens[0] + 1, trigger.tokens[-1]) if words[i] in negation]
        phrases = frozenset(c for c in negation if " " in c)
        before = _cue_before_trigger(words, lemmas, trigger.tokens[0], phrases, PHRASE_CUE_GAP)
        if before is None:
            before = _cue_before_trigger(words, lemmas, trigger.tokens[0], lexicon.cue("privative"),
                                         PRIVATIVE_GAP)
            if before is not None and lexicon.language == "de" and any(
                    tokens[k].text[:1].isupper() for k in range(before + 1, trigger.tokens[0])):
                # German "ohne" takes the noun between: "die ohne Anklage inhaftierten Politiker" were jailed
                before = None
        occurrence = _negated_occurrence(words, lemmas, trigger, event_noun, negation, lexicon.cue("occurrence"),
                                         lexicon.language)
        if occurrence is None and lexicon.language == "de":
            occurrence = _german_no_coming_about(words, trigger, event_noun, negation)
        if occurrence is None:
            occurrence = _absent_from(words, lemmas, trigger, event_noun, lexicon.cue("absence"), lexicon.language)
        if before is None:
            before = _privative_clause(words, lemmas, trigger, lexicon.cue("privative_clause"))
        if before is None:
            before = _negative_determiner(words, trigger, lexicon.language, not event_noun)
        if before is None:
            before = _negated_any(words, trigger, negation, event_noun)
        if before is None:
            before = denied_content(words, lemmas, trigger, lexicon.cue("denial"), lexicon.cue("denial_complement"),
                                    lexicon.language)
        neg_hits = inside or [i for i in (before, occurrence) if i is not None]
    # A word of the trigger's own entry is no negation of it: "persona non grata" is an expulsion. A negative
    # determiner after it is the next noun's: "im Telefonat keinerlei Zugeständnisse gemacht".
    neg_hits = [i for i in neg_hits if i not in trigger.tokens and words[i] not in PLURAL_SOME
                and not _elided_name(tokens, i)
                and not (i > trigger.tokens[-1] and _determines_next(words, i, lexicon.language))
                and not (i + 1 < len(words) and words[i + 1] in LESS_WORDS | NOT_ONLY)
                and not (i > 0 and words[i] in NEVER_WORDS and words[i - 1] in COMPARISON_WORDS)
                and (i in own_hits or not _taken_by_another(i, trigger, other_triggers, words, lexicon.language))]
    if neg_hits:
        modes.append("negation")
        why.append(f"negation cue '{tokens[neg_hits[0]].text}'")

    future_cues = lexicon.cue("future")
    not_future: frozenset[str] = frozenset()
    if lexicon.language == "de" and german_participle_trigger(sentence, trigger):
        future_cues, not_future = future_cues - GERMAN_WERDEN, GERMAN_WERDEN
    # Only the trigger and its auxiliaries: a future in its complement clause is not its own ("advirtió que los
    # revolucionarios defenderán las calles" is a warning now).
    auxiliaries = [i for i in dependents if tokens[i].dep.startswith("aux")]
    morph_future = any("Tense=Fut" in tokens[i].morph for i in [head, *auxiliaries]) or (
        trigger.entry.pos == "VERB" and words[head].endswith(FUTURE_ENDINGS.get(lexicon.language, ()))) or (
        lexicon.language == "ru" and tokens[head].pos == "VERB" and "Aspect=Perf" in tokens[head].morph
        and "VerbForm=Fin" in tokens[head].morph and words[head].endswith(RUSSIAN_NONPAST_ENDINGS))
    aux_future = any((words[i] in FUTURE_AUXILIARIES and words[i] not in not_future)
                     or (tokens[i].dep.startswith("aux") and lemmas[i] in future_cues)
                     for i in (dependents or window))
    # German capitalises nouns: "am Morgen" (in the morning) is no "morgen" (tomorrow).
    noun_cased = {i for i, t in enumerate(tokens) if lexicon.language == "de" and i > 0 and t.text[:1].isupper()}
    # Without a parse, a cue counts in the trigger's own clause only: "hat Sri Lanka einen Kredit bewilligt, mit dem
    # die Zahlungsbilanz stabilisiert werden soll" is a loan granted, not one to come.
    start, end = (0, len(words)) if has_parse else _clause(words, head)
    clause_text = text if has_parse else " " + " ".join(words[start:end]) + " "
    phrase_future = _phrases_in(clause_text, future_cues) or [
        w for i, w in enumerate(words[start:end], start) if w in future_cues and " " not in w and i not in noun_cased
        and not _in_comparison(words, i)]
    if has_parse and not (morph_future or aux_future):
        # A purpose infinitive shares its governor's tense: "will come to Washington to sign an agreement".
        aux_future = _purpose_of_future(tokens, head, words)
    if morph_future or aux_future or (phrase_future and not has_parse):
        modes.append("future")
        why.append("future tense" if morph_future else f"future cue '{(phrase_future or ['auxiliary'])[0]}'")

    conditional_marks = CONDITIONAL_MARKS_BY_LANG.get(lexicon.language, CONDITIONAL_MARKS)
    hypothetical = (lexicon.cue("hypothetical") | conditional_marks) - (
        {"se"} if lexicon.language not in CONDITIONAL_MARKS_BY_LANG else set())
    # (a clause coordinated with the trigger's has its own mood: "La Moldavie a expulsé cinq diplomates russes,
    # et Moscou pourrait riposter")
    own_dependents = [i for i in dependents if tokens[i].dep not in ("conj", "parataxis")]
    # English "would" is its conditional; a threat's "would" is the threat's content, not a condition on it
    # ("Russia would pay a dear price if ...").
    # So is the conditional of a threat's complement clause: "a averti qu'Ankara cesserait d'appliquer l'accord si".
    mood_dependents = [i for i in own_dependents
                       if not (trigger.entry.type == "THREATEN" and tokens[i].dep in THREAT_CONTENT_DEPS)]
    cond_mood = any(_conditional(tokens[i], lexicon.language) for i in [head, *mood_dependents]) or (
        lexicon.language == "en" and trigger.entry.type != "THREATEN"
        and any(words[i] == "would" and tokens[i].dep == "aux" for i in own_dependents))
    # With a parse, the governing modal counts too: "Армения может выйти из ОДКБ", "could suspend relations".
    modal_governors = [g for g in governors if g != head] if has_parse else []
    # (a threat's content may be conditional, the threat is not: "a averti qu'il pourrait expulser le haut-commissaire")
    marks = [i for i in (mood_dependents + modal_governors if has_parse else range(0, head)) if words[i] in hypothetical
             and not (words[i] in REFLEXIVE_BEFORE_VERB and i + 1 in trigger.tokens)
             and not (words[i] in CUES_ONLY_AS_AUXILIARY and not tokens[i].dep.startswith("aux"))]
    if not has_parse and lexicon.language == "de":
        marks += _german_subjunctive_after(tokens, words, trigger)
        marks += _german_verb_first_condition(words, head)
    if has_parse:
        # "si" may hang on the head of the trigger's clause rather than on the trigger itself.
        marks += [i for i, t in enumerate(tokens) if t.head == head and t.dep == "mark" and words[i] in conditional_marks]
    # Several-word cues ("in the event", "في حال", "im falle", "en caso de") in the trigger's clause, before it.
    clause_start = next((i + 1 for i in range(head - 1, -1, -1) if words[i] in (",", ";", ":", ".")), 0)
    before = " " + " ".join(words[clause_start:trigger.tokens[0]]) + " "
    phrases = [c for c in hypothetical if " " in c and f" {c} " in before]
    first = trigger.tokens[0]
    may = lexicon.language == "ar" and any(
        words[k] == ARABIC_MAY and tokens[k + 1].text.startswith(ARABIC_IMPERFECT_PREFIXES)
        and not any(w in ARABIC_WAS for w in words[max(0, k - ARABIC_MAY_REACH):k])
        for k in range(max(clause_start, first - ARABIC_MAY_REACH), first))
    if may:
        phrases.append(ARABIC_MAY)
    # (not when a condition is named anywhere: "enviaría otros 2.000 soldados a Somalia si la ONU accediera")
    if (cond_mood and not (marks or phrases) and has_parse
            and reporting_verb_above(tokens, head, lexicon.cue("reported_speech")) is not None
            and not any(w in conditional_marks for w in words)):
        # "a annoncé que le couvre-feu serait levé", "anunció que levantaría": the conditional of a clause reported
        # in the past is its future, not a condition.
        if "future" not in modes:
            modes.append("future")
            why.append("conditional of a reported clause (future in the past)")
    elif cond_mood or marks or phrases:
        modes.append("hypothetical")
        cue = tokens[marks[0]].text if marks else (phrases[0] if phrases else "")
        why.append("conditional mood" if cond_mood else f"conditional cue '{cue}'")
    elif has_parse and event_noun and (possible := _possible_occurrence(tokens, words, lemmas, head)) is not None:
        modes.append("hypothetical")
        why.append(f"the event noun's verb says it may happen ('{tokens[possible].text}')")

    historical = _phrases_in(text, lexicon.cue("historical")) or [
        w for i, w in enumerate(words) if w in lexicon.cue("historical") and not _in_comparison(words, i)]
    if historical:
        modes.append("historical")
        why.append(f"historical cue '{historical[0]}'")
    return modes, why


# "früher als vorgesehen", "earlier than planned": a comparison, neither past nor future. (Not "que", which
# mostly opens a clause.)
COMPARISON_MARKS = frozenset({"als", "than"})


def _in_comparison(words: list[str], i: int) -> bool:
    """Whether the one-word cue at i stands next to the word of a comparison."""
    return (i > 0 and words[i - 1] in COMPARISON_MARKS) or (i + 1 < len(words) and words[i + 1] in COMPARISON_MARKS)


# Verbs and words that make an event noun's occurrence possible, not real: "Une rencontre ... pourrait avoir lieu", "A
# meeting ... would be possible", "Un incontro ... sarà possibile solo se".
POSSIBILITY_LEMMAS = frozenset({"pouvoir", "can", "could", "may", "might", "poder", "potere", "мочь"})
POSSIBILITY_WORDS = frozenset({"possible", "possibles", "posible", "posibles", "possibile", "possibili", "possível",
                               "possíveis", "возможен", "возможна", "возможно", "возможны", "envisageable",
                               "conceivable"})


def _possible_occurrence(tokens, words: list[str], lemmas: list[str], head: int) -> int | None:
    """The token that makes an event noun, subject of its clause, only possible: the clause's verb of possibility or
    a word of possibility on it. None when there is none."""
    if tokens[head].dep not in ("nsubj", "nsubj:pass", "nsubjpass") or tokens[head].head < 0:
        return None
    verb = tokens[head].head
    if lemmas[verb] in POSSIBILITY_LEMMAS:
        return verb
    return next((i for i, t in enumerate(tokens) if (t.head == verb or i == verb)
                 and (words[i] in POSSIBILITY_WORDS or lemmas[i] in POSSIBILITY_LEMMAS)), None)


# Spanish imperfects of abrir and cubrir end like conditionals ("la policía abría fuego"), and the tagger reads them
# so; the conditionals in "-bría" are those of haber, saber and caber.
SPANISH_IMPERFECTS_LIKE_CONDITIONALS = ("bría", "brías", "bríamos", "bríais", "brían")
SPANISH_CONDITIONAL_BR_STEMS = ("hab", "sab", "cab")


def _conditional(token, lang: str) -> bool:
    """Whether the tagger's conditional mood on the token stands (see SPANISH_IMPERFECTS_LIKE_CONDITIONALS)."""
    if "Mood=Cnd" not in token.morph:
        return False
    word = token.text.lower()
    return not (lang == "es" and word.endswith(SPANISH_IMPERFECTS_LIKE_CONDITIONALS)
                and not word.startswith(SPANISH_CONDITIONAL_BR_STEMS))


# A year named beside an act dates it before the document: "his 1990 invasion", "arrested in October 2022",
# "rompues en 2016 par Riyad", "كانت قد علقته عام 2006". The act is history the story recalls, which PLOVER
# codes with the historical mode (and the gold sets count like any other event).
PAST_YEAR_BEFORE = 3   # tokens from the year to the trigger's first word ("in a 2003 crackdown")
PAST_YEAR_AFTER = 5    # tokens from the trigger's last word to the year ("abducted from their school in April 2014")
PAST_YEAR_BREAKS = frozenset({",", ";", ":", "(", ")", "،", "؛"})


def past_year(sentence: Sentence, trigger: TriggerMatch, document_year: int | None) -> str | None:
    """The year before the document's own that dates the trigger's act, named within its clause and a few
    words of it; None when there is none or the document has no date."""
    if document_year is None:
        return None
    tokens = sentence.tokens
    first, last = trigger.tokens[0], trigger.tokens[-1]
    sides = (range(first - 1, max(-1, first - 1 - PAST_YEAR_BEFORE), -1),
             range(last + 1, min(len(tokens), last + 1 + PAST_YEAR_AFTER)))
    for side in sides:
        for k in side:
            text = tokens[k].text
            if text in PAST_YEAR_BREAKS:
                break
            if len(text) == 4 and text.isdigit() and 1900 <= int(text) < document_year:
                return text
    return None

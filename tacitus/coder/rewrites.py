"""Rewrites of one sentence's candidates once they are built: readings that are one event, or that another
candidate of the sentence settles.

- An attack's toll ("struck Odesa, killing eight people") is that attack (`one_attack`).
- Protesters' violence is their protest turned riot (`protesters_violence_is_a_riot`).
- A person handed over is an extradition, not aid (`handing_over_a_person`).
- A judgement of "the decision" just reported is addressed to its authors (`judging_the_act_just_reported`).
- A condemnation or a rejection with no target of its own, after an act, answers that act's authors
  (`answering_the_act_before`).
- What a flood or a swarm of locusts kills or destroys is no attack (`disaster_tolls`).
- A meeting "where" a visit went, between the same parties, is that visit (`meeting_where_the_visit_went`).
- Gatherings a ban takes as its object did not happen (`banned_protests`).
- A protest word that says why another act was done is no protest of its own (`protests_as_the_reason`).
- Prisoners of another country's jails protest against that country (`prisoners_protest_their_jailers`).
- A dispersal with tear gas or water cannon is an attack on the crowd (`dispersal_by_force`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..nlp.base import Sentence
from .lexicon import normalise
from .roles import SUBJECT_DEPS

if TYPE_CHECKING:
    from .coder import Candidate

EVENT_ROLES = frozenset({"protesters"})   # role nouns that name an event as well as its actors


def first_token(sentence: Sentence, mention) -> int:
    """Index of the first token of the mention (-1 when none overlaps it)."""
    return next((i for i, tok in enumerate(sentence.tokens) if tok.start < mention.end and mention.start < tok.end), -1)


# Clauses that tell what an attack did rather than report another one: "struck Odesa, killing eight people",
# "the air strike that killed 24 soldiers", "killing one man and wounding several others".
ATTACK_CONSEQUENCE_DEPS = frozenset({"advcl", "conj", "acl", "relcl", "acl:relcl"})


def _another_act_on_others(toll: Candidate, attack: Candidate) -> bool:
    """Two attacks of different kinds on parties of different countries are two acts, not an attack and its toll:
    "abducted two Cuban doctors and shot dead a Kenyan police officer"."""
    if not (toll.mode and attack.mode and toll.mode != attack.mode):
        return False
    ours = {r.country for r in toll.recipients if r.country}
    theirs = {r.country for r in attack.recipients if r.country}
    return bool(ours and theirs) and not ours & theirs


def one_attack(candidates: list[Candidate], sentence: Sentence) -> list[Candidate]:
    """An ASSAULT whose trigger heads a participle or relative clause of another ASSAULT's trigger is that attack's
    toll, not a second attack: the two are one event, the surer reading, with any role it lacks from the other.

    A participle or coordinated verb with a subject of its own is another act ("struck Gaza after Hamas fired
    rockets"); a relative clause is always the attack's ("the massacre, in which Bosnian Serb forces killed ...")."""
    tokens = sentence.tokens
    attacks = {i: c for c in candidates if c.event_type == "ASSAULT" for i in c.trigger.tokens}
    if len({id(c) for c in attacks.values()}) < 2:
        return candidates

    def attack_above(own: Candidate) -> Candidate | None:
        node = own.trigger.head
        for _ in range(4):
            tok = tokens[node]
            if tok.dep not in ATTACK_CONSEQUENCE_DEPS or not 0 <= tok.head < len(tokens) or tok.head == node:
                return None
            if tok.dep in ("advcl", "conj") and any(t.head == node and t.dep in SUBJECT_DEPS for t in tokens):
                return None
            node = tok.head
            if node in attacks and attacks[node] is not own:
                return attacks[node]
        return None

    tolls: dict[int, list[Candidate]] = {}
    for c in candidates:
        if c.event_type != "ASSAULT":
            continue
        main = attack_above(c)
        # (a toll of a toll goes to the attack itself: "killing one man and wounding several others")
        while main is not None and (above := attack_above(main)) is not None:
            main = above
        if main is not None and not _another_act_on_others(c, main):
            tolls.setdefault(id(main), [main]).append(c)
    dropped: set[int] = set()
    for group in tolls.values():
        # the surest reading stands for the attack: the toll often names the victims better than the attack
        # verb's own object ("struck Venezuela ..., killing 11 people"), the attack its author better
        best = max(group, key=lambda c: c.confidence)
        for other in group:
            if not best.actors and other.actors:
                best.actors = other.actors
            if not best.recipients and other.recipients:
                best.recipients = other.recipients
        dropped |= {id(c) for c in group if c is not best}
    return [c for c in candidates if id(c) not in dropped]


# Attacks a crowd commits with its hands: arson, stones, storming ("primitive", or no mode). Shooting, bombing and
# crowd control are armed forces' acts, and a protester found as their actor is a role error.
RIOT_MODES = frozenset({"primitive", None})
RIOT_REACH = 3   # tokens between the protesters and the act: "Rioters torched", "أضرم مئات المحتجين"


def protesters_violence_is_a_riot(candidates: list[Candidate], sentence: Sentence,
                                   has_parse: bool) -> list[Candidate]:
    """Violence by protesters is their protest turned riot (PLOVER PROTEST riot), not an ASSAULT: "Rioters torched
    shops", "أضرم مئات المحتجين النار في متاجر". Without a parse the protesters must stand next to the act (a far
    one is often the wrong actor). One riot per sentence: a PROTEST already found by its own word stands for it."""
    def next_to_the_act(c: Candidate, mention) -> bool:
        if has_parse:
            return True
        words = [i for i, tok in enumerate(sentence.tokens) if tok.start < mention.end and mention.start < tok.end]
        return any(abs(i - k) <= RIOT_REACH for i in words for k in c.trigger.tokens)

    out: list[Candidate] = []
    protests = [c for c in candidates if c.event_type == "PROTEST"]
    for c in candidates:
        if (c.event_type == "ASSAULT" and c.mode in RIOT_MODES and c.actors
                and all(getattr(a, "role", None) in EVENT_ROLES and next_to_the_act(c, a) for a in c.actors)):
            if protests:
                continue
            c.event_type, c.mode = "PROTEST", "riot"
            c.explanation.setdefault("roles", []).append("violence by protesters -> PROTEST riot")
            protests.append(c)
        out.append(c)
    return out


# Nouns that take up the act just reported ("..., una decisión que Israel calificó de 'premio al terrorismo'", "..., a
# move exiled opposition figures dismissed as a token gesture"): whoever judges it judges its authors.
ACT_NOUNS = frozenset("""decision decisión décision decisione decisão entscheidung решение قرار move step paso passo
    schritt шаг خطوة measure medida mesure misura maßnahme мера إجراء gesture gesto geste initiative iniciativa
    iniziativa инициатива""".split())
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
ACT_NOUN_REACH = 9   # tokens from the act noun to the judging trigger ("a step Israel's foreign minister condemned")


def judging_the_act_just_reported(candidates: list[Candidate], sentence: Sentence) -> None:
    """A judgement of "the decision", "the move", set off by a comma after the act it takes up, is addressed to
    that act's authors: "Spain, Ireland and Norway recognised a Palestinian state, a step Israel's foreign minister
    condemned as a reward for terrorism" is ACCUSE ISR -> ESP, IRL, NOR."""
    tokens = sentence.tokens
    for c in candidates:
        if c.event_type not in JUDGING_TYPES or not c.actors:
            continue
        first = c.trigger.tokens[0]
        noun = next((k for k in range(first - 1, max(-1, first - 1 - ACT_NOUN_REACH), -1)
                     if normalise(tokens[k].text) in ACT_NOUNS), None)
        if noun is None:
            continue
        comma = next((k for k in range(noun - 1, max(-1, noun - 3), -1) if tokens[k].text == ","), None)
        if comma is None or any(tokens[k].text in (",", ";") for k in range(noun + 1, first)):
            continue
        own = {a.country for a in c.actors}
        main = next((m for m in candidates if m is not c and m.trigger.tokens[-1] < comma and m.actors
                     and not own & {a.country for a in m.actors}), None)
        if main is not None:
            # (the judgement's own recipients in the act's clause stand, less the act's recipients, when they hold
            # its actors: the act's coder may have found only one of several authors)
            kept = [r for r in c.recipients if first_token(sentence, r) < comma
                    and not any(r is m for m in main.recipients)]
            covers = {a.country for a in main.actors} <= {r.country for r in kept}
            c.recipients = kept if covers else list(main.actors)
            c.explanation.setdefault("roles", []).append(
                f"judges '{tokens[noun].text}', the act just reported: its actors -> recipients")


# Verbs of handing over: a person handed over is an extradition (COOPERATE), goods are aid.
HANDOVER_LEMMAS = frozenset({"consegnare", "entregar", "remettre", "livrer", "hand", "übergeben", "überstellen",
                             "передать", "سلم", "سلّم"})
HANDOVER_REACH = 8   # tokens from the verb to the person handed over ("entregó el domingo a Panamá al exdictador")


def handing_over_a_person(candidates: list[Candidate], sentence: Sentence, mentions: Sequence) -> None:
    """An AID by a verb of handing over whose object is a named person is the person's extradition (COOPERATE, as
    the training data and the fresh sets code it): "La Bolivia ha consegnato all'Italia l'ex terrorista Cesare
    Battisti", "O Brasil entregou à Itália ... Cesare Battisti"."""
    for c in candidates:
        if c.event_type != "AID" or c.trigger.entry.lemma.split()[0] not in HANDOVER_LEMMAS:
            continue
        last = c.trigger.tokens[-1]
        # (past no punctuation: "..., сообщил министр обороны Борис Писториус" reports the handover)
        handed = [m for m in mentions if getattr(m, "kind", None) == "person"
                  and 0 < first_token(sentence, m) - last <= HANDOVER_REACH
                  and not any(t.pos == "PUNCT" or t.text in (",", ";", ":")
                              for t in sentence.tokens[last + 1:first_token(sentence, m)])]
        # A person the roles took for a recipient is the one handed over when another recipient receives him
        # ("entregó hoy a Perú al expresidente Alejandro Toledo").
        others = [r for r in c.recipients if not any(r is m for m in handed)]
        if handed and (others or len(others) == len(c.recipients)):
            c.recipients = others
            c.event_type, c.mode = "COOPERATE", None
            c.explanation.setdefault("roles", []).append(f"a person handed over ('{handed[0].text}') -> COOPERATE")


def released_and_handed_over(candidates: list[Candidate]) -> list[Candidate]:
    """Captives released and then handed over are one release: "liberaron ... a dos soldados colombianos ... y los
    entregaron a una comisión humanitaria", "sono stati rilasciati ... e consegnati all'esercito filippino". The
    handover after a release is no aid of its own (and the word order may take the captives for its actor)."""
    releases = [c.trigger.tokens[-1] for c in candidates if c.event_type == "RETREAT" and c.mode == "release"]
    return [c for c in candidates if not (c.event_type in ("AID", "COOPERATE")
                                          and c.trigger.entry.lemma.split()[0] in HANDOVER_LEMMAS
                                          and any(end < c.trigger.tokens[0] for end in releases))]


# What a reaction with no target of its own answers: a condemnation any act before it, a rejection a request or
# an offer before it.
ANSWERED_TYPES = {"ACCUSE": None, "REJECT": frozenset({"REQUEST", "AGREE"})}


def answering_the_act_before(candidates: list[Candidate], sentence: Sentence) -> None:
    """An ACCUSE or a REJECT that names no target, reported after another act of the sentence by someone else,
    answers that act: "Aerei dell'aviazione sudanese hanno bombardato due villaggi ..., e i ribelli hanno
    denunciato «un crimine di guerra»", "Les autorités turkmènes bloqueront l'accès ..., a rapporté un média en
    exil, qui dénonce un « verrouillage total »", "Die Oppositionsparteien haben die Regierung aufgefordert, ...,
    doch Ministerpräsident Klassou wies die Forderung zurück". Its recipients are that act's actors, when the one
    who answers is none of them (a president criticising his own minister is a condemnation: the same country on
    both sides is no bar). A closing clause's own reaction (", a dénoncé jeudi Reporters sans frontières") answers
    the act even where the recipient filler chose another party for it."""
    for c in candidates:
        closing = sentence.tokens[c.trigger.head].dep == "parataxis"
        if c.event_type not in ANSWERED_TYPES or not c.actors or (
                c.recipients and not (closing and c.signals.get("recipient_filled"))):
            continue
        first = c.trigger.tokens[0]
        answered = ANSWERED_TYPES[c.event_type]
        act = next((m for m in candidates if m is not c and m.event_type not in ANSWERED_TYPES and m.actors
                    and (answered is None or m.event_type in answered) and m.trigger.tokens[-1] < first
                    and not any(a is b for a in m.actors for b in c.actors)), None)
        if act is not None:
            c.recipients = list(act.actors)
            c.explanation.setdefault("roles", []).append(
                f"no target of its own, after the {act.event_type} of '{act.actors[0].text}' -> that act's actors")


RELATIVE_CLAUSE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})   # with a pronoun subject ("que arrasó")
DISASTER_SUBJECT_REACH = 3   # words before an unparsed trigger where its disaster subject stands ("Floods have killed")


COMPOUND_DEPTH = 2   # "A bus carrying pilgrims": "bus" on "carrying" on "pilgrims"


def _accident(tokens, head: int, subjects: set[int], accident_subjects: frozenset[str],
              accident_verbs: frozenset[str]) -> bool:
    """Whether the deaths a trigger reports come from an accident: a participle on a clause whose vehicle or fire
    crashed, plunged or swept through ("A bus carrying pilgrims plunged into a ravine ..., killing at least 19
    people", "Fire swept through a garment factory ..., killing"), or a fire that swept through as the trigger's
    subject ("A fire that swept through a garment factory ... killed at least nine workers")."""
    def lemma(k: int) -> str:
        return normalise(tokens[k].lemma)

    def subjects_of(verb: int) -> list[int]:
        # (with the nouns compounded on them: the small parser reads "A bus carrying pilgrims" as compounds)
        found = [k for k, t in enumerate(tokens) if t.head == verb and t.dep in SUBJECT_DEPS]
        for _ in range(COMPOUND_DEPTH):
            found += [k for k, t in enumerate(tokens) if t.head in found and t.dep == "compound" and k not in found]
        return found

    token = tokens[head]
    participle = "VerbForm=Fin" not in token.morph and token.dep in ("advcl", "conj", "xcomp")
    if participle and token.head >= 0 and lemma(token.head) in accident_verbs and any(
            lemma(k) in accident_subjects for k in subjects_of(token.head)):
        return True
    return any(lemma(k) in accident_subjects and any(
        t.head == k and t.dep in RELATIVE_CLAUSE_DEPS and lemma(j) in accident_verbs for j, t in enumerate(tokens))
        for k in subjects)


def disaster_tolls(candidates: list[Candidate], sentence: Sentence, disasters: frozenset[str],
                   has_parse: bool, accident_subjects: frozenset[str] = frozenset(),
                   accident_verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """The candidates less the ASSAULTs whose subject is a natural disaster: "Floods in the southern Brazilian
    state of Rio Grande do Sul have killed at least 80 people", "Una plaga de langostas ha arrasado ... hectáreas".
    With a parse, the trigger's subject; without, a disaster word just before the trigger. With a parse, deaths in
    an accident go too (`_accident`, from the lexicon's `accident_subjects` and `accident_verbs`)."""
    tokens = sentence.tokens

    def disaster_subject(c: Candidate) -> bool:
        head = c.trigger.head
        if has_parse:
            # (the subject or a noun on it: "Una plaga de langostas"; in a relative clause, the noun it hangs on:
            # "el ciclón Harold, que arrasó ...", whose pronoun the small parsers may label an object: "Las plagas
            # de langosta que ... han invadido los campos")
            subjects = {k for k, t in enumerate(tokens) if t.head == head and t.dep in SUBJECT_DEPS}
            relative = {k for k, t in enumerate(tokens) if t.head == head and t.dep in (*SUBJECT_DEPS, "obj")}
            if (tokens[head].dep in RELATIVE_CLAUSE_DEPS and tokens[head].head >= 0
                    and any(tokens[k].pos == "PRON" for k in relative)):
                subjects.add(tokens[head].head)
            words = subjects | {k for k, t in enumerate(tokens) if t.head in subjects
                                and (t.dep.startswith("nmod") or t.dep in ("compound", "flat"))}
            return any(normalise(tokens[k].lemma) in disasters or normalise(tokens[k].text) in disasters
                       for k in words) or _accident(tokens, head, subjects, accident_subjects, accident_verbs)
        return any(normalise(tokens[k].text) in disasters for k in range(max(0, head - DISASTER_SUBJECT_REACH), head))

    return [c for c in candidates if not (c.event_type == "ASSAULT" and disaster_subject(c))]


# "where" opening a clause about the place just named
WHERE_WORDS = frozenset({"where", "où", "donde", "onde", "dove", "wo", "где", "حيث"})
WHERE_REACH = 15     # tokens from the visit's trigger to "where" ("reist am Sonntag zu den ... nach Berlin, wo")
MEETING_REACH = 16   # tokens from "where" to the meeting's trigger ("wo sie in Tianjin und Peking unter anderem mit ihrem
#                      Amtskollegen Qin Gang zusammentreffen will")


def meeting_where_the_visit_went(candidates: list[Candidate], sentence: Sentence) -> list[Candidate]:
    """The candidates less a meeting in a clause opened by "where" after a visit, when it has no party the visit
    lacks: "Li Qiang reist am Sonntag ... nach Berlin, wo ihn Bundeskanzler Scholz mit militärischen Ehren
    empfangen wird" is one visit, not a visit and a reception. The visit takes the meeting's future ("reist" in
    the present, "empfangen wird")."""
    tokens = sentence.tokens

    def countries(c: Candidate) -> set:
        return {m.country for m in c.actors + c.recipients if m.country}

    def where_between(first: int, last: int) -> bool:
        return any(normalise(tokens[k].text) in WHERE_WORDS and k - first <= WHERE_REACH and last - k <= MEETING_REACH
                   for k in range(first + 1, last)) and not any(tokens[k].text == ";" for k in range(first, last))

    dropped: set[int] = set()
    for visit in candidates:
        if visit.event_type != "CONSULT" or visit.mode != "visit" or not visit.actors or not visit.recipients:
            continue
        for meeting in candidates:
            if (meeting is visit or meeting.event_type != "CONSULT" or id(meeting) in dropped
                    or meeting.trigger.head <= visit.trigger.tokens[-1]
                    or not where_between(visit.trigger.tokens[-1], meeting.trigger.head)
                    or not countries(meeting) <= countries(visit)):
                continue
            dropped.add(id(meeting))
            if "future" in meeting.aux_mode and "future" not in visit.aux_mode:
                visit.aux_mode.append("future")
            word = " ".join(tokens[k].text for k in meeting.trigger.tokens)
            visit.explanation.setdefault("roles", []).append(
                f"the meeting '{word}' where the visit went, between the same parties, is this visit")
    return [c for c in candidates if id(c) not in dropped]


BAN_REACH = 5   # tokens from a ban to the gathering it bans: "prohibieron el martes todas las concentraciones"


def banned_protests(candidates: list[Candidate], sentence: Sentence) -> list[Candidate]:
    """The candidates less a protest noun that a ban right before it takes as its object: "banned all public
    rallies", "prohibieron el martes todas las concentraciones públicas" restrict gatherings that did not happen
    (the training data code the ban alone). A protest held despite the ban is told by a verb or a clause of its
    own ("desató protestas pese a la prohibición")."""
    tokens = sentence.tokens
    bans = [c for c in candidates if c.event_type == "COERCE" and c.mode == "restrict"
            and c.trigger.entry.pos == "VERB"]

    def banned(protest: Candidate) -> bool:
        return any(0 < protest.trigger.head - ban.trigger.tokens[-1] <= BAN_REACH and not any(
            tokens[k].pos in ("PUNCT", "VERB", "AUX") or tokens[k].text in (",", ";", ":")
            for k in range(ban.trigger.tokens[-1] + 1, protest.trigger.tokens[0])) for ban in bans)

    return [c for c in candidates if not (c.event_type == "PROTEST" and c.trigger.entry.pos == "NOUN" and banned(c))]


# A protest word in a purpose or manner phrase says why the act before it was done: "summoned the ambassador to
# protest against ...", "chamou o seu embaixador, em protesto contra ...", "richiamato l'ambasciatore in segno di
# protesta", "aus Protest gegen", "в знак протеста", "احتجاجاً على". The training data code the act alone (or, after
# a road block or a hunger strike, that protest alone), never a demonstration of its own. Each marker is the words
# right before the protest word; Arabic writes the phrase as one accusative or "ل" word.
PROTEST_REASON_MARKERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("to",), ("in",)),
    "fr": (("pour",), ("en",), ("en", "signe", "de")),
    "es": (("para",), ("en",), ("en", "señal", "de"), ("como",)),
    "it": (("per",), ("in",), ("in", "segno", "di")),
    "pt": (("para",), ("em",), ("em", "sinal", "de"), ("como",)),
    "de": (("aus",), ("als",)),
    "ru": (("в", "знак"),),
}
ARABIC_PROTEST_REASONS = frozenset({"احتجاجا", "للاحتجاج", "لاحتجاج"})
PROTEST_WORD_STARTS = ("protest", "протест")
# The acts such a phrase explains: a summons, a recall, a suspension, a threat, a road block. After police
# violence or an arrest the protest is the protesters' own ("fired tear gas at demonstrators who stormed parliament
# in protest at the tax bill"); after a walkout ("hanno lasciato il lavoro per protestare") it is the strike.
ACTS_WITH_A_REASON = frozenset({"ACCUSE", "SANCTION", "REJECT", "THREATEN", "PROTEST"})


def _protest_for_a_reason(sentence: Sentence, protest: Candidate, lang: str) -> bool:
    tokens = sentence.tokens
    first = protest.trigger.tokens[0]
    word = normalise(tokens[first].text)
    if lang == "ar":
        return word in ARABIC_PROTEST_REASONS
    if not word.startswith(PROTEST_WORD_STARTS):
        return False
    words = [normalise(t.text) for t in tokens[max(0, first - 3):first]]
    return any(tuple(words[-len(marker):]) == marker for marker in PROTEST_REASON_MARKERS.get(lang, ()))


def protests_as_the_reason(candidates: list[Candidate], sentence: Sentence, lang: str) -> list[Candidate]:
    """The candidates less the PROTESTs told by a purpose or manner phrase after an act of ACTS_WITH_A_REASON in
    the same sentence, with no ";" between them. Alone ("thousands took to the streets in protest"), such a phrase
    stays."""
    tokens = sentence.tokens

    def after_another_act(protest: Candidate) -> bool:
        first = protest.trigger.tokens[0]
        return any(c is not protest and c.event_type in ACTS_WITH_A_REASON and c.trigger.tokens[-1] < first
                   and not any(tokens[k].text in (";", "؛") for k in range(c.trigger.tokens[-1] + 1, first))
                   for c in candidates)

    return [c for c in candidates if not (c.event_type == "PROTEST" and _protest_for_a_reason(sentence, c, lang)
                                          and after_another_act(c))]


# Prisons: a protest by the prisoners of another country's jails is aimed at their jailer ("Palestinian prisoners
# in Israeli jails began a hunger strike", "палестинских заключённых израильских тюрем", "في السجون الإسرائيلية").
PRISON_WORDS = frozenset("""jail jails prison prisons cárcel cárceles prisión prisiones carcere carceri prigione
    prigioni prisão prisões gefängnis gefängnissen gefängnisse haftanstalt haftanstalten тюрьма тюрьмы
    тюрьме тюрьму тюрьмах тюрем سجون السجون سجن السجن""".split())
PRISON_REACH = 2   # tokens between the prison word and its nationality adjective, either side


def prisoners_protest_their_jailers(candidates: list[Candidate], sentence: Sentence,
                                    adjectives: Sequence[tuple[int, object]]) -> None:
    """A PROTEST with no recipient but its actor's own country, in a sentence that names the prisons of another
    country by a nationality adjective, takes that country as recipient. `adjectives`: (token index, party) of
    the sentence's nationality adjectives."""
    prisons = [k for k, t in enumerate(sentence.tokens) if normalise(t.text) in PRISON_WORDS]
    if not prisons:
        return
    for c in candidates:
        own = {getattr(a, "country", None) for a in c.actors} - {None}
        if c.event_type != "PROTEST" or not own or ({getattr(r, "country", None) for r in c.recipients} - own):
            continue
        jailer = next((party for k, party in adjectives if party.country not in own
                       and any(abs(k - p) <= PRISON_REACH for p in prisons)), None)
        if jailer is not None:
            c.recipients = [jailer]
            c.explanation.setdefault("roles", []).append(
                f"prisoners of {jailer.country}'s prisons ('{jailer.text}') -> recipient")


# Dispersing a crowd is COERCE restrict; dispersing it with tear gas, water cannon or rubber bullets is ASSAULT
# crowd-control (PLOVER manual, ASSAULT modes). The training sentences code every dispersal with such a weapon so
# (14 of 14 in French, 13 of 13 in English, 18 of 18 in Spanish, 13 of 13 in Portuguese), never as COERCE.
DISPERSAL_LEMMAS = frozenset({"disperse", "disperser", "dispersar", "disperdere", "разогнать", "auflösen",
                              "zerstreuen", "تفريق", "فرق"})
WEAPON_REACH = 8   # tokens between the dispersal verb and its weapon, either side ("dispersé à coups de gaz")


def dispersal_by_force(candidates: list[Candidate], sentence: Sentence, found: Sequence) -> None:
    """A COERCE restrict whose trigger is a dispersal verb becomes ASSAULT crowd-control when a crowd-control
    weapon's trigger (`found`: every trigger of the sentence, before any was dropped as another's content) stands
    within WEAPON_REACH tokens of it, with no ";" between."""
    tokens = sentence.tokens
    weapons = [t for t in found if t.entry.type == "ASSAULT" and t.entry.mode == "crowd-control"]
    if not weapons:
        return
    for c in candidates:
        if not (c.event_type == "COERCE" and c.trigger.entry.lemma in DISPERSAL_LEMMAS):
            continue
        head = c.trigger.head
        weapon = next((w for w in weapons if abs(w.head - head) <= WEAPON_REACH and not any(
            tokens[k].text in (";", "؛") for k in range(min(w.head, head), max(w.head, head)))), None)
        if weapon is not None:
            c.event_type, c.mode = "ASSAULT", "crowd-control"
            c.explanation["derived"] = f"dispersal with '{tokens[weapon.head].text}': ASSAULT crowd-control"

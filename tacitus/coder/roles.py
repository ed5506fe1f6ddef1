"""Choosing actor and recipient mentions for a trigger.

With a dependency parse (fr, en, es, ru): the subject (or passive agent) is the actor, objects and obliques
are recipients, climbing through auxiliaries, infinitive complements and coordinated verbs when the trigger
has no subject of its own. Small-model parses are noisy, so a linear fallback (nearest mention before the
trigger in its clause; first mention after it) fills a role the tree leaves empty. Without a parse the linear
rules are all there is, with recipient-marking prepositions and verb-initial order (ar) taken into account.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence

from ..actors.model import IMPERSONAL_SPEAKER
from ..attributes.dates import weekday_names
from ..nlp.base import Sentence
from .lexicon import normalise
from .triggers import PASSIVE_AUXILIARIES as PASSIVE_BEFORE_PARTICIPLE
from .triggers import DETERMINERS, PARTICIPLE_ENDINGS, PARTICIPLE_HOSTS, TriggerMatch

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "nsubj:pass", "nsubjpass", "nsubj:outer"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
AGENT_DEPS = frozenset({"obl:agent", "agent"})
# "obl:mod" (French adjuncts: "en tant que président du MNA", "au nom des États membres") is left out.
OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "dative", "obl", "obl:arg", "nmod", "pobj", "prep",
                         "xcomp", "ccomp", "advcl", "appos", "conj", "acl", "nmod:poss"})
# Days and times that stand bare after a verb ("a appelé vendredi l'Iran", "condenó este viernes").
TIME_WORDS = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin lunes martes miércoles
    jueves viernes sábado domingo ayer monday tuesday wednesday thursday friday saturday sunday yesterday""".split())
DIRECT_OBJECT_DEPS = frozenset({"obj", "dobj", "iobj", "dative"})
CLIMB_DEPS = frozenset({"xcomp", "conj", "acl", "acl:relcl", "advcl", "amod", "obl:arg", "nmod", "appos"})
# Words that make a noun a joint act ("joint operation", "opération conjointe", "совместные учения"): the act of the
# parties of the clause it stands in, even as its circumstance ("arrested ... in a joint operation").
JOINT_WORD_STARTS = ("joint", "coordinated", "conjoint", "conjunt", "congiunt", "gemeinsam", "совместн", "مشترك")
# How such a noun hangs on the verb of its clause: through a preposition (English) or as an oblique.
CIRCUMSTANCE_DEPS = frozenset({"pobj", "prep", "obl", "obl:mod"})


def is_joint_act(entry) -> bool:
    """Whether the lexicon entry names a joint act ("joint operation", "operación conjunta")."""
    return entry.pos == "NOUN" and any(w.startswith(JOINT_WORD_STARTS) for w in entry.words)
# Conjunctions that open an adverbial clause, whose subject is its own: "..., obwohl Kiew darum bittet", "perché",
# "porque", "because" (unambiguous ones only: not "als", "während", "mentre", "when", "after").
SUBORDINATORS = frozenset({"obwohl", "weil", "nachdem", "sodass", "falls", "bevor", "indem", "wobei", "woraufhin",
                           "worauf", "weshalb", "weswegen", "wodurch",
                           "perché", "poiché", "sebbene", "benché", "affinché", "porque", "embora", "enquanto",
                           "aunque", "mientras", "because", "although", "though", "whereas", "parce", "lorsque",
                           "tandis", "puisque", "quoique", "потому", "хотя", "поскольку"})
CLAUSE_BREAKS = frozenset({"que", "qu'", "that", "which", "who", "dass", "que", "что", "чтобы", "أن", "إن", "che",
                           "qui", "quien", "который", "которая", "которые", ";"}) | SUBORDINATORS
# Clause openers of one language only ("was" is a verb in English): the German sentential relative (", was
# UN-Organisationen kritisierten") and conditional or indirect-question clauses.
# (Arabic "whereas" opens a clause with its own verb and subject: "بينما استدعت وزارة الخارجية ...")
LANGUAGE_CLAUSE_BREAKS = {"de": frozenset({"was", "wenn", "ob"}),
                          "ar": frozenset({"بينما"})}
# Conjunctions that open a main clause of its own right after a comma (", doch die Regierung in Lomé wies dies
# zurück"); elsewhere they are adverbs inside the clause ("die Tranche doch noch freigeben", "will aber ...").
COMMA_CLAUSE_OPENERS = {"de": frozenset({"doch", "aber", "jedoch"})}
# Without a parse, "and" after a comma opens a clause of its own when a party follows it (its new subject).
NEW_SUBJECT_JOINERS = {"it": frozenset({"e"}), "pt": frozenset({"e"})}
VERB_INITIAL_LANGS = frozenset({"ar"})
# Arabic particles whose clause opens with its subject, a noun: "إن القمة الثلاثية كانت ستجمع ..."
ARABIC_NOMINAL_OPENERS = frozenset({"إن", "أن", "بأن", "لأن", "وإن", "وأن"})
# Verb-second order: a main clause that opens with an adverbial puts its subject right after the finite verb
# ("Am Montag verhängte die EU Sanktionen", "In Berlin traf Scholz Macron").
VERB_SECOND_LANGS = frozenset({"de"})
# "hanno raggiunto Kiev per incontrare Zelensky": an infinitive of purpose shares the subject of its main clause.
PURPOSE_MARKERS = {"it": frozenset({"per"}), "pt": frozenset({"para"}), "es": frozenset({"para"}),
                   "fr": frozenset({"pour"})}
NESTED_CLAUSE_DEPS = frozenset({"acl:relcl", "relcl", "acl", "ccomp", "advcl", "csubj", "parataxis"})
# German puts the participle or infinitive last ("Der Iran hat Israel mit Raketen angegriffen"): the finite
# auxiliary or modal sits in second place, the subject next to it, the objects between it and the trigger.
VERB_FINAL_AUXILIARIES = {"de": frozenset({
    "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "wurde", "wurden", "wird", "werden",
    "will", "wollen", "wollte", "wollten", "soll", "sollen", "sollte", "sollten", "kann", "können", "konnte",
    "muss", "müssen", "musste", "darf", "dürfen", "möchte"})}


@dataclass
class UnresolvedMention:
    """A span with no resolved codes: a recipient phrase no actor entry resolves ("à plus de 30 pays"),
    or an actor/recipient given by the input (`tacitus classify`, kind "given")."""

    start: int
    end: int
    text: str
    sentence_index: int
    country: str | None = None
    kind: str = "unresolved"
    name: str | None = None
    sector: str | None = None
    other_sectors: tuple[str, ...] = ()
    identifier: str | None = None
    title: str | None = None
    country_inferred: bool = False


# Conjunctions that, after a comma, open a second verb-final clause part sharing the auxiliary ("hat X vorgeworfen,
# ..., und Y aufgefordert").
CLAUSE_COORDINATORS = frozenset({"und", "sowie", "oder"})

def unresolved_recipient(sentence: Sentence, trigger: TriggerMatch) -> UnresolvedMention | None:
    """The first noun after the trigger introduced by one of the entry's recipient prepositions."""
    cases = set(trigger.entry.recipient_case)
    tokens = sentence.tokens
    for i in range(trigger.tokens[-1] + 1, min(len(tokens), trigger.tokens[-1] + 12)):
        if tokens[i].text.lower() in CLAUSE_BREAKS:
            break
        if tokens[i].text.lower() in cases or tokens[i].lemma.lower() in cases:
            for j in range(i + 1, min(len(tokens), i + 6)):
                if tokens[j].pos in ("NOUN", "PROPN"):
                    return UnresolvedMention(tokens[j].start, tokens[j].end, tokens[j].text, sentence.index)
    return None


class MentionLike(Protocol):
    start: int
    end: int
    country: str | None
    kind: str


@dataclass
class Roles:
    actors: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    subject_pronoun: bool = False   # the subject is a pronoun with no mention: resolve it from context
    agentless_passive: bool = False  # parsed as a passive with no agent: no mention nearby is its actor
    recipient_by_order: bool = False  # the recipient is only the first mention after the trigger (no marker)
    object_pronoun: int | None = None   # token of a personal pronoun object with no mention ("accused him")
    reports_clause_before: bool = False  # a reporting verb after the clause it reports ("..., ha avvertito Rutte")
    reaction: bool = False   # a reaction noun with its source named ("drew condemnation from Washington")
    patients: list = field(default_factory=list)   # parsed: the trigger's direct object or passive subject
    actor_by_order: bool = False   # unparsed: the actor is only the nearest mention before the trigger


def child_lists(sentence: Sentence) -> list[list[int]]:
    """Each token's dependents, by token index."""
    kids: list[list[int]] = [[] for _ in sentence.tokens]
    for i, tok in enumerate(sentence.tokens):
        if 0 <= tok.head < len(kids) and tok.head != i:
            kids[tok.head].append(i)
    return kids


def subtree(kids: list[list[int]], root: int, stop: set[int] = frozenset()) -> set[int]:
    """`root` and every token under it (`kids` from child_lists), not descending below the tokens of `stop`."""
    seen, todo = set(), [root]
    while todo:
        node = todo.pop()
        if node in seen or (node in stop and node != root):
            continue
        seen.add(node)
        todo.extend(kids[node])
    return seen


def _spanish_passive(sentence: Sentence, kids: list[list[int]], head: int) -> bool:
    """A Spanish participle with "ser" ("fue reclamado por el secretario general"): the small Spanish parser
    labels its subject and agent as if active, so the voice is read from the auxiliary. ("Estar" and French
    "être" also build active tenses; "ser" only the passive.)"""
    tokens = sentence.tokens
    return ("VerbForm=Part" in tokens[head].morph
            and any(tokens[c].dep.startswith("aux") and (tokens[c].lemma or "").lower() == "ser" for c in kids[head]))


def _mentions_on(tokens: set[int], token_mentions: dict[int, int], mentions: Sequence) -> list:
    ids = sorted({token_mentions[t] for t in tokens if t in token_mentions})
    return [mentions[i] for i in ids]


def _case_words(sentence: Sentence, kids: list[list[int]], node: int) -> set[str]:
    return {sentence.tokens[c].lemma.lower() for c in kids[node] if sentence.tokens[c].dep in ("case", "mark", "prep")}


def parsed_roles(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence, token_mentions: dict[int, int],
                 lang: str = "") -> Roles:
    """Roles from the dependency tree; `token_mentions` maps token index -> index in `mentions`. (A reaction noun
    with its source named takes `reaction_roles` instead.)"""
    kids = child_lists(sentence)
    tokens = sentence.tokens
    roles = Roles()
    fronted = _fronted_passive_participle_roles(sentence, trigger, mentions, token_mentions)
    if fronted is not None:
        return fronted
    trigger_scope = subtree(kids, trigger.head) | {trigger.head}
    closing = _closing_speaker(sentence, trigger, kids, token_mentions)
    if closing is None:
        closing = _inverted_closing_subject(sentence, trigger, kids, token_mentions, lang)
    subject_node = (trigger.head, [closing]) if closing is not None else _subject_node(sentence, trigger, kids)
    modified = _participle_noun(sentence, trigger, kids)
    if modified is not None:
        # "prisoners jailed in a 2003 crackdown", "le journaliste enlevé en 2021 par le JNIM": a passive participle
        # on a noun acts on that noun; the clause it sits in has its own subject, not this act's.
        subject_node = None
    excluded: set[int] = set()
    possessor, owners = _possessive_party(sentence, trigger, kids, token_mentions, mentions)
    if possessor is not None:
        # "Russia's invasion of Ukraine", "Moscow's refusal to extradite": the possessor acts, whoever governs the
        # noun ("India has not condemned ..."); but a person's arrest or killing is done to them.
        excluded |= subtree(kids, possessor) | {possessor}
        if trigger.entry.type in DONE_TO_POSSESSOR and all(getattr(m, "kind", "") == "person" for m in owners):
            roles.recipients += owners
            roles.why.append(f"possessive '{tokens[possessor].text}' of the event noun -> recipient (done to them)")
        else:
            roles.actors += owners
            roles.why.append(f"possessive '{tokens[possessor].text}' of the event noun -> actor")
        subject_node = None
    agent, agents = (_noun_agent(sentence, trigger.head, kids, token_mentions, mentions)
                     if possessor is None else (None, []))
    if agent is not None:
        # "the arrest of Ghannouchi by Tunisian police", "la detención ... por la policía": the noun names its
        # agent, whoever governs it ("France condemned the arrest of X by Y").
        excluded |= subtree(kids, agent) | {agent}
        roles.actors += agents
        roles.why.append(f"agent '{tokens[agent].text}' of the event noun -> actor")
        subject_node = None
    if subject_node is not None:
        head, subjects = subject_node
        passive = any(tokens[s].dep in PASSIVE_SUBJECT_DEPS for s in subjects) or _spanish_passive(sentence, kids, head)
        if head != trigger.head and trigger.head == 0 and trigger.entry.pos == "VERB" and fronted_participle(tokens, 0):
            passive = False     # who met, whatever the main clause says of them ("Réunis à Nairobi, ... sont convenus")
        for s in subjects:
            span = subtree(kids, s)
            excluded |= span
            # Not into clauses nested in the subject: "Ethiopian troops, who helped drive Islamist fighters out of
            # Mogadishu, began pulling out", "Kenyan troops backed by helicopter gunships".
            nested = {i for i in span if i != s and tokens[i].dep in NESTED_CLAUSE_DEPS}
            own = subtree(kids, s, stop=nested)
            if s < head:
                # A subject before its verb ends there; a phrase after the verb hung on it is a misparse ("Niger's
                # rulers refused to receive a delegation from ECOWAS, the African Union ...": "Union" on "rulers").
                own = {i for i in own if i < head}
            # A name the parser split into several subjects ("Hamad", "al", "Thani") is one mention, listed once.
            found = [m for m in _mentions_on(own, token_mentions, mentions)
                     if m not in roles.actors and m not in roles.recipients]
            if passive:
                roles.recipients += found
                roles.patients += found
                roles.why.append(f"passive subject '{tokens[s].text}' -> recipient")
            else:
                if not found and tokens[head].dep in ("relcl", "acl:relcl") and "PronType=Rel" in tokens[s].morph:
                    # "les rebelles du M23, qui ont pris Bunagana": the relative pronoun stands for its noun
                    antecedent = tokens[head].head
                    found = _mentions_on(subtree(kids, antecedent, stop={head}), token_mentions, mentions)
                if not found:
                    found = [m for m in _numbered_group_antecedent(sentence, s, kids, mentions, token_mentions)
                             if m not in roles.recipients]
                roles.actors += found
                roles.why.append(f"subject '{tokens[s].text}' of '{tokens[head].text}' -> actor")
                roles.subject_pronoun |= not found and tokens[s].pos == "PRON"
        # The agent hangs on the verb, or on a word the small parsers put between ("convoqué lundi par le
        # ministère": "par le ministère" on "lundi").
        near = kids[head] + [g for c in kids[head] if tokens[c].dep not in NESTED_CLAUSE_DEPS for g in kids[c]]
        for a in (c for c in near if tokens[c].dep in AGENT_DEPS
                  or ((tokens[c].dep.startswith("obl") or passive and tokens[c].dep == "obj"
                       # (a passive's agent the small parsers hang on the place before it: "fue detenido en el
                       # aeropuerto de Johannesburgo por la policía sudafricana")
                       or passive and tokens[c].dep == "nmod" and c not in kids[head])
                      and _case_words(sentence, kids, c) & {"par", "by", "por", "от"})
                  # (the Russian passive's bare instrumental: "были атакованы вертолётами ... армии Мьянмы")
                  or (passive and c in kids[head] and _instrumental_agent(sentence, kids, c))):
            if passive:
                found = _mentions_on(subtree(kids, a), token_mentions, mentions)
                roles.actors += found
                excluded |= subtree(kids, a)
                roles.why.append(f"passive agent '{tokens[a].text}' -> actor")
        roles.agentless_passive = passive and not roles.actors
    if subject_node is None and tokens[trigger.head].dep in ("acl", "amod") and not trigger.entry.inverse:
        # A participle with its agent and no subject: "une décision aussitôt dénoncée par Israël". (A hosting
        # participle, "a lunch hosted by the ambassador", names its host: the word order rules read it.)
        # (The agent phrase of a participle on a noun may hang on the phrase before it: "enlevé en 2021 à Gao par
        # le JNIM", "par le JNIM" on "Gao".)
        near = kids[trigger.head] + ([g for c in kids[trigger.head] if tokens[c].dep not in NESTED_CLAUSE_DEPS
                                      for g in kids[c]] if modified is not None else [])
        for a in (c for c in near if tokens[c].dep in AGENT_DEPS
                  or (modified is not None and tokens[c].dep.startswith(("obl", "nmod", "obj"))
                      and _case_words(sentence, kids, c) & PARTICIPLE_AGENT_WORDS)
                  or (modified is not None and c in kids[trigger.head] and _instrumental_agent(sentence, kids, c))):
            found = _mentions_on(subtree(kids, a) | {a}, token_mentions, mentions)
            if found:
                roles.actors += found
                excluded |= subtree(kids, a) | {a}
                roles.why.append(f"agent '{tokens[a].text}' of the participle -> actor")
    if modified is not None:
        nested = {i for i in subtree(kids, modified) if tokens[i].dep in NESTED_CLAUSE_DEPS}
        found = [m for m in _mentions_on(subtree(kids, modified, stop=nested | {trigger.head}) | {modified},
                                         token_mentions, mentions) if m not in roles.actors]
        if found:
            roles.recipients += found
            roles.patients += found
            excluded |= subtree(kids, modified, stop={trigger.head}) | {modified}
            roles.why.append(f"noun '{tokens[modified].text}' of the passive participle -> recipient")
        roles.agentless_passive = not roles.actors
    if subject_node is None:
        # "В Кремле осудили ...": an impersonal clause whose seat of government, named as a place, speaks.
        for c in kids[trigger.head]:
            span = subtree(kids, c) | {c}
            found = [m for m in _mentions_on(span, token_mentions, mentions)
                     if getattr(m, "rule", "").endswith(IMPERSONAL_SPEAKER)]
            if found:
                roles.actors += found
                excluded |= span
                roles.why.append(f"impersonal clause: '{tokens[c].text}' (the seat named) -> actor")
    # Recipients: dependents of the trigger (and of the climbed head for nominal/adjectival triggers).
    # A nominal or adjectival trigger ("a phone call with", "ready to work with") takes its recipient from
    # the verb that carries it too; a verbal trigger only from its own dependents.
    nominal = tokens[trigger.head].pos not in ("VERB", "AUX") and trigger.entry.pos != "VERB"
    scopes = [trigger.head] + ([subject_node[0]] if nominal and subject_node and subject_node[0] != trigger.head else [])
    for scope in scopes:
        # "ont appelé vendredi l'Iran": the small French parser hangs the object on the day before it.
        dated = [g for c in kids[scope] if tokens[c].text.lower() in TIME_WORDS
                 for g in kids[c] if tokens[g].dep == "nmod" and not _case_words(sentence, kids, g)]
        for c in kids[scope] + dated:
            if c in excluded or tokens[c].dep not in OBJECT_DEPS or summing_reaction_noun(tokens, kids, c):
                continue
            if _reduced_relative_subject(tokens, kids, c):
                continue  # the subject of a reduced relative on a summing noun: ", a step Israel's minister condemned"
            if c > trigger.head and any(_opens_relative_clause(tokens, k) for k in range(trigger.head + 1, c)):
                continue  # hung on the verb across a relative clause: "задержали X, которого подозревают в ..."
            if scope != trigger.head and c in trigger_scope:
                continue
            if scope != trigger.head and tokens[c].dep in ("conj", "ccomp", "advcl", "acl"):
                continue
            if tokens[c].dep in ("conj", "advcl", "parataxis") and tokens[c].pos in ("VERB", "AUX"):
                continue  # another clause: its own event
            # Not into clauses nested in the object ("an admission by Moscow that ... murdered Polish officers"),
            # nor into a noun that sums up the clause with a reaction ("..., una sentencia criticada por la OSCE").
            nested = {i for i in subtree(kids, c) if i != c and (
                tokens[i].dep in NESTED_CLAUSE_DEPS or summing_reaction_noun(tokens, kids, i)
                or _reduced_relative_subject(tokens, kids, i))}
            found = [m for m in _mentions_on(subtree(kids, c, stop=nested), token_mentions, mentions)
                     if m not in roles.actors and m not in roles.recipients]
            if (not found and scope == trigger.head and tokens[c].pos == "PRON" and tokens[c].dep in DIRECT_OBJECT_DEPS
                    and "Person=3" in tokens[c].morph and "Reflex=Yes" not in tokens[c].morph
                    and not any(f"PronType={kind}" in tokens[c].morph for kind in ("Rel", "Int", "Dem", "Ind"))):
                roles.object_pronoun = c
            if found:
                roles.recipients += found
                if scope == trigger.head and tokens[c].dep in PATIENT_DEPS:
                    roles.patients += found
                roles.why.append(f"{tokens[c].dep} '{tokens[c].text}' of '{tokens[scope].text}' -> recipient")
    if not roles.recipients:
        _relative_object_antecedent(sentence, trigger, kids, token_mentions, mentions, roles)
    return roles


RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
# Acts whose object undergoes them (not one sent or moved: "les 1 200 soldats qu'il avait envoyés").
PATIENT_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "SUPPORT"})
# Relative pronouns the small parsers leave without PronType=Rel ("whom", "которого").
RELATIVE_OBJECT_WORDS = frozenset({"whom", "which", "that", "которого", "которую", "которых", "которое", "которым"})


def _relative_object_antecedent(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]],
                                token_mentions: dict[int, int], mentions: Sequence, roles: Roles) -> None:
    """A relative clause whose pronoun is the object acts on its antecedent: "британского посредника, которого
    индийские следователи обвиняют", "a una periodista británica, a quienes había secuestrado". The antecedent,
    with the parties joined to it, is the recipient; with no subject of its own the clause's act is that of the
    clause the antecedent is the object of (Spanish drops the repeated subject)."""
    tokens = sentence.tokens
    head = trigger.head
    if trigger.entry.type not in PATIENT_OBJECT_TYPES:
        return
    if tokens[head].dep not in RELATIVE_CLAUSE_DEPS or tokens[head].head < 0 or not any(
            tokens[c].dep in DIRECT_OBJECT_DEPS and tokens[c].pos == "PRON"
            and ("Rel" in (morph_feature(tokens[c].morph, "PronType") or "")
                 or tokens[c].text.lower() in RELATIVE_OBJECT_WORDS)
            for c in kids[head] if c < head):
        return
    antecedent = tokens[head].head
    while tokens[antecedent].dep == "conj" and 0 <= tokens[antecedent].head < antecedent:
        antecedent = tokens[antecedent].head
    found = [m for m in _mentions_on(subtree(kids, antecedent, stop={head}) | {antecedent}, token_mentions, mentions)
             if m not in roles.actors]
    if not found:
        return
    roles.recipients += found
    roles.patients += found
    roles.why.append(f"antecedent '{tokens[antecedent].text}' of the relative object pronoun -> recipient")
    governor = tokens[antecedent].head
    if not roles.actors and tokens[antecedent].dep in DIRECT_OBJECT_DEPS and governor >= 0:
        subjects = [c for c in kids[governor]
                    if tokens[c].dep in SUBJECT_DEPS and tokens[c].dep not in PASSIVE_SUBJECT_DEPS]
        actors = [m for s in subjects for m in _mentions_on(subtree(kids, s) | {s}, token_mentions, mentions)
                  if m not in roles.recipients]
        if actors:
            roles.actors += actors
            roles.why.append(f"subject of '{tokens[governor].text}', whose object the clause describes -> actor")


# Acts whose past participle, opening the sentence, is done to the main clause's subject ("Arrêté la semaine
# dernière à Dar es-Salaam, un ancien bourgmestre rwandais a été remis ..."); meetings, agreements, deployments
# and protests are done by it ("Réunis lundi à Nairobi, les chefs de la diplomatie ...").
SUBJECT_ACTS_TYPES = frozenset({"CONSULT", "AGREE", "MOBILIZE", "PROTEST"})
FRONTED_AGENT_WORDS = frozenset({"par", "by", "por"})


def _fronted_passive_participle_roles(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                                      token_mentions: dict[int, int]) -> Roles | None:
    """Roles of a past participle that opens the sentence, set off by a comma: the main clause's subject (the first
    party after the comma) is the one acted on; the actor is the agent named in the participle's phrase or, when
    the main clause is passive, in that clause ("... a été remis mardi par les autorités tanzaniennes"). None for
    any other trigger."""
    tokens = sentence.tokens
    token = tokens[trigger.head]
    if (trigger.head != 0 or trigger.entry.pos != "VERB" or trigger.entry.type in SUBJECT_ACTS_TYPES
            or trigger.entry.inverse or "VerbForm=Part" not in token.morph or "Tense=Past" not in token.morph):
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return None
    first_token = _first_tokens(token_mentions)
    verb = next((i for i in range(comma + 1, len(tokens)) if tokens[i].pos in ("VERB", "AUX")), len(tokens))
    after = sorted((t, m) for m, t in first_token.items() if comma < t < verb)
    if not after:
        return None
    roles = Roles()
    roles.recipients.append(mentions[after[0][1]])
    roles.patients.append(mentions[after[0][1]])
    roles.why.append(f"participle opening the sentence: the main clause's subject '{mentions[after[0][1]].text}'"
                     " -> recipient")
    agents = [m for t, m in sorted((t, m) for m, t in first_token.items())
              if t > 0 and t != after[0][0] and (tokens[t - 1].text.lower() in FRONTED_AGENT_WORDS or (
                  t > 1 and tokens[t - 2].text.lower() in FRONTED_AGENT_WORDS and tokens[t - 1].pos == "DET"))]
    if agents:
        roles.actors.append(mentions[agents[0]])
        roles.why.append(f"agent '{mentions[agents[0]].text}' of the participle or its passive clause -> actor")
    roles.agentless_passive = not roles.actors
    return roles


def first_conjunct_recipients(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                              token_mentions: dict[int, int], actors: Sequence) -> list:
    """The states a verb's first conjunct acts on, for a second verb that names none ("Caracas had not broken
    off relations with Panama but only recalled its ambassador"): the object and oblique phrases of the verb the
    trigger is coordinated with, outside the trigger's own clause; empty when the trigger is no second conjunct."""
    tokens = sentence.tokens
    head = trigger.head
    if tokens[head].dep != "conj" or tokens[head].pos not in ("VERB", "AUX") \
            or not 0 <= tokens[head].head < len(tokens):
        return []
    kids = child_lists(sentence)
    first = tokens[head].head
    own = subtree(kids, head) | {head}
    span = {i for c in kids[first] if tokens[c].dep in OBJECT_DEPS for i in subtree(kids, c) | {c}} - own
    return [m for m in _mentions_on(span, token_mentions, mentions)
            if m not in actors and getattr(m, "kind", "") in STATE_KINDS]


STATE_KINDS = frozenset({"country", "organisation", "metonym"})
PATIENT_DEPS = frozenset({"obj", "dobj"})   # the one acted on (not "iobj" nor "dative": the one it is done for)


# Acts of a policy that a government announces in the passive: "a annoncé que le couvre-feu serait levé", "said that
# the curfew would be lifted". The announcer is their author; not so for violence or arrests that a spokesman reports
# ("police said that five protesters were killed").
ANNOUNCED_TYPES = frozenset({"CONCEDE", "RETREAT", "SANCTION", "AID", "MOBILIZE"})
# (a deportation too is a ministry's policy: "сообщило, что 26 граждан Бангладеш будут депортированы")
ANNOUNCED_MODES = frozenset({("COERCE", "deport")})


def reporting_verb(tokens: Sequence, head: int, speech_verbs: frozenset[str]) -> int | None:
    """With a parse, the verb of saying whose complement clause the token at `head` heads; None otherwise."""
    governor = tokens[head].head
    if tokens[head].dep != "ccomp" or governor < 0 or normalise(tokens[governor].lemma) not in speech_verbs:
        return None
    return governor


# How far up the tree the verb of saying may stand: "said Pakistani troops shelled", "said that troops had begun
# to shell" (the trigger under an xcomp of the reported verb).
REPORTER_HOPS = 3


def reporting_verb_above(tokens: Sequence, head: int, speech_verbs: frozenset[str]) -> int | None:
    """With a parse, the verb of saying at most REPORTER_HOPS steps up the tree whose complement clause holds the
    token at `head`; None otherwise."""
    node = head
    for _ in range(REPORTER_HOPS):
        verb = reporting_verb(tokens, node, speech_verbs)
        if verb is not None:
            return verb
        node = tokens[node].head
        if node < 0 or node >= len(tokens):
            break
    return None


def reporter_tokens(sentence: Sentence, head: int, speech_verbs: frozenset[str]) -> set[int]:
    """With a parse, the tokens of who reports the clause this trigger stands in: the subject phrase of the verb
    of saying above it ("Indian officials in New Delhi" said ...). Empty without one."""
    tokens = sentence.tokens
    verb = reporting_verb_above(tokens, head, speech_verbs)
    if verb is None:
        return set()
    kids = child_lists(sentence)
    return {k for c in kids[verb] if tokens[c].dep in SUBJECT_DEPS for k in subtree(kids, c)}


def announcer_of_passive(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                         token_mentions: dict[int, int], speech_verbs: frozenset[str]) -> list:
    """The subject of the verb of saying whose complement is this agentless passive trigger, or []."""
    verb = reporting_verb(sentence.tokens, trigger.head, speech_verbs)
    announced = (trigger.entry.type in ANNOUNCED_TYPES
                 or (trigger.entry.type, trigger.entry.mode) in ANNOUNCED_MODES)
    if not announced or verb is None:
        return []
    return _speaker(sentence, verb, mentions, token_mentions)


INFINITIVE_CLIMB = 2   # "dijo que volverá a intentar negociar": infinitives between the trigger and its finite verb


def speaker_as_dropped_subject(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                               token_mentions: dict[int, int], speech_verbs: frozenset[str]) -> list:
    """The subject of the verb of saying whose complement this trigger (or the verb of its object noun) heads, when
    the trigger's verb names no subject and agrees in number with that verb: Spanish and Russian drop a subject the
    main clause gives ("dijo que visitará La Paz", "заявил, что посетит Ла-Пас"). A plural with a singular speaker
    is impersonal ("заявил, что задержали десять человек": someone detained them), so it stays empty."""
    tokens = sentence.tokens
    node = trigger.head
    noun = next((k for k in trigger.tokens if tokens[k].pos == "NOUN"), None)
    if tokens[node].pos != "VERB" and noun is not None and tokens[noun].dep == "obj" and tokens[noun].head >= 0:
        # (an event noun is the act of its verb's subject: "объявила, что начнёт предварительное изучение")
        node = tokens[noun].head
    # (an infinitive takes the subject of the verb it completes: "anunció que comenzará a deportar")
    for _ in range(INFINITIVE_CLIMB):
        governor = tokens[node].head
        if (tokens[node].dep != "xcomp" or "VerbForm=Inf" not in tokens[node].morph or governor < 0
                or any(t.head == node and t.dep in SUBJECT_DEPS for t in tokens)):
            break
        node = governor
    head = tokens[node]
    verb = reporting_verb(tokens, node, speech_verbs)
    if verb is None or head.pos not in ("VERB", "AUX"):
        return []
    if any(t.head == node and t.dep in SUBJECT_DEPS for t in tokens):
        return []
    number, speaker_number = morph_feature(head.morph, "Number"), morph_feature(tokens[verb].morph, "Number")
    if number is None or number != speaker_number:
        return []
    return _speaker(sentence, verb, mentions, token_mentions)


def morph_feature(morph: str, name: str) -> str | None:
    """One feature of a token's morphology ("Number=Sing|Person=3" -> "Sing")."""
    for pair in (morph or "").split("|"):
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return None


def _speaker(sentence: Sentence, verb: int, mentions: Sequence, token_mentions: dict[int, int]) -> list:
    """The mentions in the active subject of a verb of saying."""
    tokens = sentence.tokens
    kids = child_lists(sentence)
    subjects = [c for c in kids[verb] if tokens[c].dep in SUBJECT_DEPS and tokens[c].dep not in PASSIVE_SUBJECT_DEPS]
    return [m for c in subjects for m in _mentions_on(subtree(kids, c) | {c}, token_mentions, mentions)]


def hand_over_to_destination(roles: Roles, trigger: TriggerMatch, handover_entries: frozenset[str]) -> None:
    """A person handed over is no recipient when the tree names where they go: "Spain extradited Hugo Carvajal
    to the United States", "fue extraditado a Estados Unidos", "выдала Карвахаля США" (PLOVER codes the
    extradition as cooperation with the receiving state)."""
    if trigger.entry.lemma not in handover_entries:
        return
    # A state or body named beside a person is where they go; Spanish marks both with "a", in either order, and
    # the parser takes either for the object ("extraditó a Estados Unidos a Dairo Antonio Úsuga").
    destinations = ([m for m in roles.recipients if getattr(m, "kind", "") in STATE_KINDS]
                    or [m for m in roles.recipients if m not in roles.patients])
    if destinations and len(destinations) < len(roles.recipients):
        roles.recipients = destinations
        roles.why.append("handover: the one handed over is no recipient; where they go is")


POSSESSIVE_DEPS = frozenset({"poss", "nmod:poss"})
DONE_TO_POSSESSOR = frozenset({"COERCE", "ASSAULT"})   # "Navalny's arrest", "Soleimani's killing"


def _possessive_party(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]],
                      token_mentions: dict[int, int], mentions: Sequence) -> tuple[int | None, list]:
    """(the possessive dependent of an event noun, the parties it names): "Algeria's downing of a drone". A
    pronoun ("his 1990 invasion") or a date ("Monday's strike") names no party."""
    tokens = sentence.tokens
    if tokens[trigger.head].pos not in ("NOUN", "PROPN") or trigger.entry.pos != "NOUN":
        return None, []
    for c in kids[trigger.head]:
        if tokens[c].dep in POSSESSIVE_DEPS and tokens[c].pos not in ("PRON", "DET"):
            found = _mentions_on(subtree(kids, c) | {c}, token_mentions, mentions)
            if found:
                return c, found
    return None, []


NOUN_AGENT_CASES = frozenset({"by", "par", "por"})


def agent_phrases(sentence: Sentence, noun: int, kids: list[list[int]], token_mentions: dict[int, int]):
    """The agent phrases of an event noun, in order: "by Russian border police" on "the detention of Navalny" (it
    may hang on the "of" complement), "par la police", "por la policía", a bare Russian instrumental that names a
    party ("задержание оппозиционера полицией")."""
    tokens = sentence.tokens
    if tokens[noun].pos not in ("NOUN", "PROPN"):
        return
    phrase = [noun] + [c for c in kids[noun] if tokens[c].dep in ("prep", "nmod")]
    phrase += [g for c in phrase[1:] for g in kids[c] if tokens[g].dep in ("pobj", "nmod")]
    for node in phrase:
        for c in kids[node]:
            if tokens[c].dep in ("conj", "appos"):
                continue
            cases = {normalise(tokens[k].text) for k in kids[c] if tokens[k].dep == "case"}
            if (tokens[c].dep in AGENT_DEPS or cases & NOUN_AGENT_CASES
                    or (tokens[c].dep == "prep" and normalise(tokens[c].text) == "by")
                    or (tokens[c].dep == "nmod" and not cases and "Case=Ins" in tokens[c].morph
                        and c in token_mentions)):
                yield c


def _noun_agent(sentence: Sentence, noun: int, kids: list[list[int]],
                token_mentions: dict[int, int], mentions: Sequence) -> tuple[int | None, list]:
    """(the first agent phrase of an event noun that names parties, those parties), else (None, [])."""
    for phrase in agent_phrases(sentence, noun, kids, token_mentions):
        found = _mentions_on(subtree(kids, phrase) | {phrase}, token_mentions, mentions)
        if found:
            return phrase, found
    return None, []


# A reaction named as the object of a verb of causing: "drew condemnation from Washington", "prompting an angry
# protest from Moscow", "a suscité la colère de Moscou", "provocó críticas de Georgia", "вызвало критику со стороны
# США". The reaction's source is its actor and the verb's subject (or the clause it comments on) its recipient.
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
# Words that mark the reaction's source on the noun or the verb (not its target: "of", "against", "contre").
REACTION_SOURCE_CASES = frozenset({"from", "by", "among", "in", "de", "du", "des", "d'", "par", "chez", "dans",
                                   "del", "por", "en", "entre", "с", "со", "в", "во", "у", "среди", "от"})
RELATIVE_SUBJECT_DEPS = frozenset({"relcl", "acl:relcl", "advcl", "parataxis", "conj"})
RELATIVE_CLAUSE_ON_NOUN = frozenset({"relcl", "acl:relcl"})


def reaction_roles(sentence: Sentence, trigger: TriggerMatch, verb: int, kids: list[list[int]],
                   token_mentions: dict[int, int], mentions: Sequence, source_on_verb: bool = True) -> Roles | None:
    """Roles of a reaction noun that is the object of `verb`, a verb of causing (`reaction_verb`), when its source
    is named; else None. `source_on_verb`: whether the verb's own phrases may name the source ("met with
    criticism from Berlin" hangs it on either); not for a concessive's verb, whose agent is the other act's."""
    tokens = sentence.tokens
    roles = Roles(reaction=True)
    # (a several-word reaction hangs its source on any of its words: "an expression of disappointment from")
    own = tuple(trigger.tokens)
    for node in (*own, verb) if source_on_verb else own:
        for c in kids[node]:
            if c in own or tokens[c].dep not in ("prep", "nmod", "obl", "obl:arg", "obl:agent"):
                continue
            cases = _case_words(sentence, kids, c) | ({normalise(tokens[c].text)} if tokens[c].dep == "prep" else set())
            genitive = node in own and not cases and tokens[c].dep == "nmod" and "Case=Gen" in tokens[c].morph
            if cases & REACTION_SOURCE_CASES or genitive:
                # (a relative clause on the source is its own: "from Amnesty International, which warned that
                # they could be arrested by the junta")
                clauses = {k for k in subtree(kids, c) if tokens[k].dep in RELATIVE_CLAUSE_ON_NOUN}
                roles.actors += [m for m in _mentions_on(subtree(kids, c, stop=clauses) | {c}, token_mentions,
                                                         mentions)
                                 if m not in roles.actors]
    if not roles.actors:
        return None
    roles.why.append(f"source of the reaction '{tokens[trigger.head].text}' to '{tokens[verb].text}' -> actor")
    target = _reaction_target(sentence, verb, kids, token_mentions, mentions)
    if target:
        roles.recipients = [m for m in target if m not in roles.actors]
        roles.why.append("what the reaction answers (the subject of the verb, or of the clause it comments on) "
                         "-> recipient")
    return roles


# A reaction named in a concessive phrase answers the act of the clause: "deported ... despite criticism from Amnesty
# International", "despite appeals from the UN refugee agency", "malgré les protestations de Paris", "pese a las
# críticas de la ONU", "несмотря на протесты Москвы". The reaction's source is its actor, the clause's subject its
# recipient; a request may be named so too.
CONCESSIVE_TYPES = REACTION_TYPES | {"REQUEST"}


def concessive_verb(sentence: Sentence, trigger: TriggerMatch, concessives: frozenset[str]) -> int | None:
    """The verb whose clause a concessive phrase holding the trigger noun qualifies, or None: English hangs the
    noun on the preposition ("despite" → criticism), the other parses hang the preposition on the noun."""
    tokens = sentence.tokens
    node = trigger.head
    if (tokens[node].pos not in ("NOUN", "PROPN") or trigger.entry.type not in CONCESSIVE_TYPES
            or not concessives):
        return None
    if tokens[node].dep == "conj":
        node = tokens[node].head   # "despite criticism and protests from ..."
    head = tokens[node].head
    if head < 0:
        return None
    if tokens[node].dep == "pobj" and normalise(tokens[head].text) in concessives:
        verb = tokens[head].head
    elif any(normalise(tokens[k].text) in concessives for k in range(max(0, node - 4), node)
             if tokens[k].dep in ("case", "fixed", "mark", "advmod")
             and (tokens[k].head == node or tokens[tokens[k].head].head == node)):
        verb = head   # ("a pesar de las críticas": "pesar" is fixed on "a", the noun's case word)
    else:
        return None
    return verb if verb >= 0 and tokens[verb].pos in ("VERB", "AUX") else None


def concessive_roles(sentence: Sentence, trigger: TriggerMatch, verb: int, kids: list[list[int]],
                     token_mentions: dict[int, int], mentions: Sequence) -> Roles | None:
    """Roles of a reaction in a concessive phrase on `verb` (`concessive_verb`), when its source is named: that
    source, and the one who did the clause's act, the agent of a passive ("were deported by Malaysia despite
    criticism from Amnesty") or else the subject; else None."""
    roles = reaction_roles(sentence, trigger, verb, kids, token_mentions, mentions, source_on_verb=False)
    if roles is None:
        return None
    agents = [m for c in kids[verb] if sentence.tokens[c].dep in AGENT_DEPS
              for m in _mentions_on(subtree(kids, c) | {c}, token_mentions, mentions) if m not in roles.actors]
    if agents:
        roles.recipients = agents
        roles.why.append("the passive's agent, who did the act the reaction answers -> recipient")
    return roles


CONCESSIVE_REACH = 10   # words of a concessive phrase at most


def concessive_tokens(sentence: Sentence, concessives: frozenset[str]) -> set[int]:
    """The tokens of the sentence's concessive phrases: from the concessive word to the next punctuation, at most
    CONCESSIVE_REACH words. A party named there is the reaction's, not a recipient of the clause's act
    ("deported ... despite criticism from Amnesty International")."""
    tokens, span = sentence.tokens, set()
    for k, token in enumerate(tokens):
        if normalise(token.text) in concessives:
            for j in range(k, min(len(tokens), k + 1 + CONCESSIVE_REACH)):
                if tokens[j].pos == "PUNCT" or tokens[j].text in (",", ";", ":", "."):
                    break
                span.add(j)
    return span


def reaction_verb(sentence: Sentence, trigger: TriggerMatch, reaction_verbs: frozenset[str]) -> int | None:
    """The verb of causing whose object the reaction noun is ("drew [criticism]", "met with [criticism]")."""
    tokens = sentence.tokens
    node = trigger.head
    if tokens[node].pos == "ADJ":   # the noun of "a furious response"
        node = next((k for k in trigger.tokens if tokens[k].pos in ("NOUN", "PROPN")), node)
    if (tokens[node].pos not in ("NOUN", "PROPN") or trigger.entry.type not in REACTION_TYPES
            or not reaction_verbs):
        return None
    if tokens[node].dep == "conj":
        node = tokens[node].head   # "drew criticism and condemnation"
    head = tokens[node].head
    if tokens[node].dep == "pobj" and head >= 0:
        head = tokens[head].head   # "met with criticism": the noun hangs on the preposition
    elif tokens[node].dep not in DIRECT_OBJECT_DEPS:
        return None
    if head < 0 or tokens[head].pos not in ("VERB", "AUX"):
        return None
    return head if normalise(tokens[head].lemma or tokens[head].text) in reaction_verbs else None


def _reaction_target(sentence: Sentence, verb: int, kids: list[list[int]], token_mentions: dict[int, int],
                     mentions: Sequence) -> list:
    """The parties of what a reaction answers: the named subject of the verb of causing; for a relative pronoun
    or a participle ("a trip which drew criticism", "..., drawing condemnation"), the noun it stands for, or the
    subject of the clause it comments on, up to three clauses up."""
    tokens = sentence.tokens
    node = verb
    for _ in range(3):
        for s in (c for c in kids[node] if tokens[c].dep in SUBJECT_DEPS and tokens[c].pos not in ("PRON", "DET")):
            span = subtree(kids, s) | {s}
            # (an event noun as subject answers for its agent: "the detention of X by Russian police drew ...")
            found = (_noun_agent(sentence, s, kids, token_mentions, mentions)[1]
                     or _mentions_on(span, token_mentions, mentions))
            if found:
                return found
        if tokens[node].dep not in RELATIVE_SUBJECT_DEPS or tokens[node].head < 0:
            return []
        clause, node = node, tokens[node].head
        if tokens[node].pos in ("NOUN", "PROPN"):
            found = _mentions_on(subtree(kids, node, stop={clause}) | {node}, token_mentions, mentions)
            if found:
                return found
            while tokens[node].pos not in ("VERB", "AUX") and tokens[node].head >= 0:
                node = tokens[node].head
    return []


# The agent words of a participle on a noun, wherever the parser hangs them.
PARTICIPLE_AGENT_WORDS = frozenset({"par", "by", "por"})
# Types whose passive participle names the actor's own force: "Russian troops deployed in Belarus" (MOBILIZE).
SUBJECT_MOVES_TYPES = frozenset({"MOBILIZE"})


def _instrumental_agent(sentence: Sentence, kids: list[list[int]], node: int) -> bool:
    """A Russian passive's agent: a bare instrumental noun ("задержанные российскими пограничниками"); an
    instrument ("обстрелянные ракетами") names no party, so no mention comes of it."""
    token = sentence.tokens[node]
    return (token.dep == "obl" and "Case=Ins" in token.morph and token.pos in ("NOUN", "PROPN")
            and not _case_words(sentence, kids, node))


def _participle_noun(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]]) -> int | None:
    """The noun a passive participle trigger modifies ("prisoners jailed in ...", "задержанные активисты"), or None:
    a past or passive participle hung on a noun, with no subject or object of its own."""
    tokens = sentence.tokens
    head = trigger.head
    token = tokens[head]
    if trigger.entry.inverse or trigger.entry.pos != "VERB" or token.dep not in ("acl", "amod") or token.head < 0:
        return None
    if trigger.entry.type in SUBJECT_MOVES_TYPES:
        return None
    # (Spanish tags its past participles with no tense; present participles, "backing", and Russian active ones,
    # "задержавшие", act themselves, but not the Russian present passive, "поддерживаемые Россией".)
    morph = token.morph
    if "VerbForm=Part" not in morph or "Voice=Act" in morph or ("Tense=Pres" in morph and "Voice=Pass" not in morph):
        return None
    # (an object marked as the agent is the small Spanish parser's reading of "por la policía")
    if any(tokens[c].dep in SUBJECT_DEPS | DIRECT_OBJECT_DEPS
           and not _case_words(sentence, kids, c) & PARTICIPLE_AGENT_WORDS for c in kids[head]):
        return None
    noun = token.head
    governor = tokens[noun].head
    if governor < 0 or subject_hung_on_summing_noun(tokens, head) or (
            tokens[noun].dep in SUBJECT_DEPS
            and any(tokens[c].dep in SUBJECT_DEPS for c in kids[governor] if c != noun)):
        # The participle is a misparsed main verb when its noun is the root ("Nigeria's main labour unions
        # threatened on Friday to ...") or one of two subjects of a verb ("Tonga's public servants threatened
        # on Tuesday to ..., their association said"), or when its noun is the subject of a reduced relative
        # (`subject_hung_on_summing_noun`).
        return None
    return noun if tokens[noun].pos in ("NOUN", "PROPN", "PRON") else None


def _subject_node(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]]) -> tuple[int, list[int]] | None:
    """(the clause head that carries the subject, its subjects): the trigger, or a token up to four steps above it."""
    tokens = sentence.tokens
    node = trigger.head
    circumstance = False
    for _ in range(4):
        subjects = [c for c in kids[node] if tokens[c].dep in SUBJECT_DEPS]
        if not subjects and node == trigger.head and tokens[node].pos == "VERB":
            subjects = _misattached_nominative(tokens, node)
        if subjects:
            # (a passive clause's subject underwent the act: "was arrested ... in a joint operation by X and Y")
            if circumstance and all(tokens[c].dep in PASSIVE_SUBJECT_DEPS for c in subjects):
                return None
            return node, subjects
        # An event noun that is a verb's object takes that verb's subject: "Chinese and Russian warships began
        # joint naval exercises", "les forces américaines et britanniques lançaient l'invasion de l'Irak".
        climbs = tokens[node].dep in CLIMB_DEPS or (
            trigger.entry.pos == "NOUN" and tokens[node].pos == "NOUN" and tokens[node].dep in ("obj", "dobj")) or (
            node == trigger.head == 0 and trigger.entry.pos == "VERB" and fronted_participle(tokens, node))
        if (not climbs and is_joint_act(trigger.entry) and tokens[node].dep in CIRCUMSTANCE_DEPS
                and not _names_its_parties(tokens, kids, trigger.head)):
            climbs = circumstance = True
        if not climbs or tokens[node].head < 0:
            return None
        own_clause = node == trigger.head or (tokens[trigger.head].dep == "conj" and node == tokens[trigger.head].head)
        if own_clause and tokens[node].dep == "xcomp" and "VerbForm=Inf" in tokens[node].morph:
            # Object control: "prompting Israel to accuse", "a appelé l'Iran à cesser": the governing verb's
            # object (a noun, not "que") is the subject of the infinitive trigger, and of an infinitive
            # coordinated with it ("prompting Maduro to break off relations ... and give diplomats 72 hours").
            objects = [c for c in kids[tokens[node].head] if tokens[c].dep in DIRECT_OBJECT_DEPS and c < node
                       and tokens[c].pos in ("NOUN", "PROPN")]
            if objects:
                return tokens[node].head, objects[:1]
        node = tokens[node].head
    return None


# A subject that counts the parties named before it ("which the three Sahel states called a 'hostile act'", "les
# deux pays", "ambos gobiernos", "обе страны") stands for them: a noun for countries or sides, with a number.
GROUP_NOUNS = frozenset({"country", "countries", "state", "states", "nation", "nations", "neighbour", "neighbours",
                         "neighbor", "neighbors", "side", "sides", "government", "governments", "capital",
                         "capitals", "pays", "état", "états", "voisin", "voisins", "camp", "camps", "gouvernement",
                         "gouvernements", "capitale", "capitales", "país", "países", "estado", "estados", "vecino",
                         "vecinos", "parte", "partes", "gobierno", "gobiernos", "страна", "государство", "сторона",
                         "правительство", "соседи", "сосед", "столица"})
GROUP_COUNTS = frozenset({"two", "three", "four", "five", "both", "deux", "trois", "quatre", "cinq", "dos", "tres",
                          "cuatro", "cinco", "ambos", "ambas", "два", "две", "три", "четыре", "пять", "оба", "обе"})


def _numbered_group_antecedent(sentence: Sentence, subject: int, kids: list[list[int]], mentions: Sequence,
                               token_mentions: dict[int, int]) -> list:
    """The parties a counting subject stands for: the first coordinated mentions of two countries or more before
    it in the sentence ("Mali, Burkina Faso and Niger recalled ... which the three Sahel states called ...")."""
    tokens = sentence.tokens
    if normalise(tokens[subject].lemma) not in GROUP_NOUNS and normalise(tokens[subject].text) not in GROUP_NOUNS:
        return []
    if not any(normalise(tokens[c].text) in GROUP_COUNTS for c in kids[subject]):
        return []
    for t in range(subject):
        if t not in token_mentions:
            continue
        joined = {t} | {c for c in subtree(kids, t) if tokens[c].dep == "conj" and c < subject}
        found = _mentions_on(joined, token_mentions, mentions)
        if len({m.country for m in found if getattr(m, "country", None)}) >= 2:
            return found
    return []


def _misattached_nominative(tokens: Sequence, verb: int) -> list[int]:
    """A nominative noun before a verb with no subject, which the parser hung on the noun before it: "В ходе
    телефонного разговора президенты Казахстана и Узбекистана договорились" ("президенты" as a modifier of
    "разговора"). Its case says it is the subject. Only in the verb's own clause: no punctuation or verb between."""
    for k in range(verb - 1, -1, -1):
        if tokens[k].pos in ("PUNCT", "VERB", "AUX"):
            return []
        if (tokens[k].dep == "nmod" and tokens[k].pos in ("NOUN", "PROPN") and "Case=Nom" in tokens[k].morph
                and 0 <= tokens[k].head < k):
            return [k]
    return []


def _names_its_parties(tokens: Sequence, kids: list[list[int]], noun: int) -> bool:
    """Whether an event noun names its own parties by a name in its complement: "совместные учения США и Южной
    Кореи", "the joint drills of the United States and South Korea"."""
    todo = list(kids[noun])
    while todo:
        k = todo.pop()
        if tokens[k].dep.startswith("nmod") and tokens[k].pos == "PROPN":
            return True
        if tokens[k].dep in ("prep", "pobj", "conj") and tokens[k].text.lower() not in ("in", "at", "on", "near"):
            todo += kids[k]
    return False


def fronted_participle(tokens: Sequence, node: int) -> bool:
    """A clause opening the sentence and closed by a comma before the verb it hangs on, whatever the parser made
    of it ("Réunis lundi à Nairobi, les chefs de la diplomatie ... sont convenus"): the verb's subject is its own."""
    head = tokens[node].head
    return 0 <= head < len(tokens) and head > node and any(t.text == "," for t in tokens[node + 1:head])


CLOSING_SPEAKER_REACH = 9   # tokens from the comma to the verb: "China's chief of general staff"


def _closing_speaker(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]],
                     token_mentions: dict[int, int]) -> int | None:
    """The party right before a verb that closes the sentence after a comma ("..., China's chief of general staff
    warned on Monday"), when the parser hung the verb on the clause before it and the party on a noun there: the
    token of that party's head, read as the verb's subject. None when the verb has a subject of its own."""
    tokens = sentence.tokens
    head = trigger.head
    if tokens[head].pos != "VERB" or any(tokens[c].dep in SUBJECT_DEPS for c in kids[head]) or head < 2:
        return None
    if tokens[head].dep not in ("conj", "parataxis", "advcl", "ccomp") or tokens[head].head >= head:
        return None
    comma = next((i for i in range(head - 1, max(-1, head - 1 - CLOSING_SPEAKER_REACH), -1) if tokens[i].text == ","),
                 None)
    if comma is None or any(tokens[i].pos in ("VERB", "AUX") for i in range(comma + 1, head)):
        return None
    inside = [t for t in range(comma + 1, head) if t in token_mentions]
    if not inside:
        return None
    first = [t for t in inside if token_mentions[t] == token_mentions[inside[0]]]
    return next((t for t in first if tokens[t].head not in first), first[-1])


# Spanish puts the subject of an act that comments on the clause before it after its verb: "Las autoridades
# deportaron a 1.800 haitianos, denunciaron organizaciones de derechos humanos". The small parser reads it as the
# object; a personal object would take "a" ("denunciaron a las autoridades").
INVERTED_OBJECT_LANGS = {"es": frozenset({"a", "al"})}
CLAUSE_ENDS = frozenset({",", ".", ";", ":", "»", "”", '"'})


def _inverted_closing_subject(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]],
                              token_mentions: dict[int, int], lang: str) -> int | None:
    """The party right after a verb of commenting that closes a clause after a comma, with no subject of its own,
    parsed as its object: the token of that party's head, read as the verb's subject. None otherwise."""
    tokens = sentence.tokens
    head = trigger.head
    personal = INVERTED_OBJECT_LANGS.get(lang)
    if (personal is None or trigger.entry.type not in REPORTED_ACTS or tokens[head].pos != "VERB" or head < 2
            or tokens[head - 1].text != "," or tokens[head].dep not in ("conj", "parataxis", "advcl", "ccomp")
            or tokens[head].head >= head or any(tokens[c].dep in SUBJECT_DEPS for c in kids[head])):
        return None
    objects = [c for c in kids[head] if tokens[c].dep in DIRECT_OBJECT_DEPS and c > head]
    if len(objects) != 1 or objects[0] not in token_mentions:
        return None
    obj = objects[0]
    span = subtree(kids, obj) | {obj}
    if any(tokens[i].text.lower() in personal for i in span if i < obj) or min(span) > head + 2:
        return None
    end = max(span) + 1
    return obj if end == len(tokens) or tokens[end].text in CLAUSE_ENDS else None


def main_clause_subject(sentence: Sentence, mentions: Sequence, token_mentions: dict[int, int]) -> list:
    """Mentions in the subject of the sentence's root ("Marquant qu'il soutenait..., le Secrétaire général a déclaré")."""
    kids = child_lists(sentence)
    roots = [i for i, t in enumerate(sentence.tokens) if t.head == -1]
    for root in roots:
        for c in kids[root]:
            if sentence.tokens[c].dep in SUBJECT_DEPS - PASSIVE_SUBJECT_DEPS:
                found = _mentions_on(subtree(kids, c), token_mentions, mentions)
                if found:
                    return found
    return []


# "In front of": who an act is done before is its audience, not its actor ("apologised before parliament").
IN_FRONT_OF = frozenset({"أمام", "devant", "ante", "davanti", "perante", "перед"})


def _in_front_of(tokens: Sequence, first: int) -> bool:
    """Whether the mention starting at `first` follows "in front of", past an article at most."""
    return any(tokens[k].text.lower() in IN_FRONT_OF for k in range(max(0, first - 2), first))


# Arabic verbs that carry an event noun as their object ("قدّم ... اعتذاراً", "سلّمت ... مذكرة احتجاج", "وجّه انتقادات",
# "أعربت عن قلقها"), without their prefixes "و"/"ف" and the feminine ending "ت".
ARABIC_LIGHT_VERBS = frozenset({"قدم", "سلم", "وجه", "ابدى", "أبدى", "اعرب", "أعرب", "اصدر", "أصدر", "بعث", "نقل"})


def _opened_by_light_verb(tokens: Sequence, start: int) -> bool:
    """Whether the clause starting at `start` opens with an Arabic light verb."""
    if start >= len(tokens):
        return False
    word = normalise(tokens[start].text)
    # The word as written first: "وجّهت" is the light verb itself, not "و" before "جّهت".
    candidates = [word, word[1:]] if len(word) > 3 and word[0] in "وف" else [word]
    return any(form in ARABIC_LIGHT_VERBS or (form.endswith("ت") and form[:-1] in ARABIC_LIGHT_VERBS)
               for form in candidates)


# An Arabic preposition carrying a pronoun right after a verb ("رحّبت بها", "ندّد به"): the object stands for the
# noun before the verb, so the subject comes next.
RESUMPTIVE_PRONOUNS = frozenset({"بها", "به", "بهم", "بهما", "لها", "له", "لهم", "عليها", "عليه", "عليهم"})
RESUMPTIVE_REACH = 4   # tokens from the verb to its subject ("رحّبت بها منظمة «مراسلون ...»")


def _resumptive_subject(tokens: Sequence, last: int, first_token: dict[int, int], mentions: Sequence, nxt) -> bool:
    """Whether the trigger ends right before a resumptive preposition and the next mention follows it."""
    return (last + 1 < len(tokens) and tokens[last + 1].text in RESUMPTIVE_PRONOUNS
            and first_token[mentions.index(nxt)] <= last + RESUMPTIVE_REACH)


def _apposition_before(tokens: Sequence, comma: int, token_mentions: dict[int, int]) -> bool:
    """Whether the words between the comma before this one and this one all name a mention: a name in apposition
    ("Der Regierungschef der Salomonen, Manasseh Sogavare, warf Canberra vor"), not a fronted clause."""
    opening = next((i for i in range(comma - 1, -1, -1) if tokens[i].text == ","), None)
    if opening is None or opening + 1 >= comma:
        return False
    return all(i in token_mentions for i in range(opening + 1, comma))


CLOSING_REPORT_REACH = 3   # tokens from the comma to the verb of saying: ", a indiqué", ", ha detto ieri"


def closing_report(tokens: Sequence, last: int, end: int, verbs: frozenset[str]) -> int | None:
    """The comma after the trigger (before `end`) that opens a closing report: a verb of saying within
    CLOSING_REPORT_REACH tokens after it (", a indiqué le CICR", ", said the ministry", ", según fuentes")."""
    if not verbs:
        return None
    for k in range(last + 1, end):
        if tokens[k].text != ",":
            continue
        near = tokens[k + 1:min(end, k + 1 + CLOSING_REPORT_REACH)]
        if any(t.text.lower() in verbs or (t.lemma or "").lower() in verbs for t in near):
            return k
    return None


# A noun that sums up the clause before it, after a comma: an indefinite article, maybe with a preposition
# (", a move ...", ", una sentencia ...", "..., numa sentença ...", ", in una decisione ..."), then within
# SUMMING_REACH words an agent marker or a relative word: the reaction it carries is news of its own.
SUMMING_ARTICLES = frozenset({"a", "an", "un", "une", "una", "uno", "um", "uma", "numa", "num", "ein", "eine",
                              "einen", "einem", "einer"})
SUMMING_PREPOSITIONS = frozenset({"in", "en", "em", "dans"})
SUMMING_REACH = 4
# (not "da": in Portuguese it is "of the", as in ", uma delegação da União Africana")
SUMMING_MARKERS = frozenset({"by", "par", "por", "pelo", "pela", "pelos", "pelas", "dal", "dallo", "dalla", "dai",
                             "dagli", "dalle", "von", "vom", "that", "which", "que", "qu'", "che", "den", "die", "das",
                             "was", "dont", "cui"})


# Relative pronouns (beyond those in CLAUSE_BREAKS) that open a relative clause after a comma, maybe after a
# preposition (", с которым", ", in cui"); Russian by the stem of all its forms. German articles count only before
# a lowercase word: ", der im vergangenen Jahr ... festgenommen worden war", not the list in ", die USA".
RELATIVE_WORDS = {"en": frozenset({"whom", "whose"}), "fr": frozenset({"dont", "lequel", "laquelle", "lesquels",
                                                                       "lesquelles", "auquel", "duquel"}),
                  "es": frozenset({"quienes", "cuyo", "cuya", "cuyos", "cuyas", "cual", "cuales"}),
                  "it": frozenset({"cui", "quale", "quali"}), "pt": frozenset({"cujo", "cuja", "cujos", "cujas", "qual",
                                                                                "quais"}),
                  "de": frozenset({"deren", "dessen", "welche", "welcher", "welches"})}
GERMAN_RELATIVE_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})
RUSSIAN_RELATIVE_STEM = "котор"
# Prepositions and articles that may stand between the comma and the pronoun: ", с которым", ", in cui", ", von
# der", ", il quale".
RELATIVE_PREPOSITIONS = frozenset({"il", "la", "lo", "i", "le", "gli", "o", "os", "as", "el", "los", "las", "in",
                                   "с", "со", "в", "во", "на", "по", "о", "об", "от", "к", "для", "за", "из", "у",
                                   "при", "von", "mit", "bei", "an", "auf", "für", "zu", "aus", "nach", "über",
                                   "unter", "gegen", "durch", "avec", "par", "pour", "sur", "dans", "en", "con",
                                   "por", "para", "de", "a", "da", "di", "per", "su", "tra", "fra", "com", "em",
                                   "sem", "of", "to", "with", "for", "by", "from", "on", "at"})


def relative_after_comma(tokens: Sequence, i: int, lang: str) -> bool:
    """Whether token i is a relative pronoun that opens a clause after a comma."""
    word = tokens[i].text.lower()
    k = i - 1
    if k > 0 and tokens[k].text.lower() in RELATIVE_PREPOSITIONS:
        k -= 1    # a preposition before the pronoun
    if k < 0 or tokens[k].text != ",":
        return False
    if lang == "ru":
        return word.startswith(RUSSIAN_RELATIVE_STEM)
    if lang == "de" and word in GERMAN_RELATIVE_ARTICLES:
        return i + 1 < len(tokens) and tokens[i + 1].text[:1].islower()
    return word in RELATIVE_WORDS.get(lang, frozenset())


PARSED_RELATIVES = frozenset({"which", "who", "whom", "whose", "qui", "dont", "lequel", "laquelle", "quien",
                              "quienes", "cuyo", "cuya"})


def _opens_relative_clause(tokens: Sequence, i: int) -> bool:
    """A relative pronoun after a comma, in a parsed language (en, fr, es, ru)."""
    return relative_after_comma(tokens, i, "ru") or (
        tokens[i].text.lower() in PARSED_RELATIVES and i > 0 and tokens[i - 1].text == ",")


def summing_reaction(tokens: Sequence, last: int, end: int) -> int | None:
    """The comma after the trigger (before `end`) that opens a noun summing up the clause with a reaction of its
    own: "condenou o bloguer ..., numa sentença criticada pelo representante da OSCE" (the critic is no party to
    the sentence)."""
    for k in range(last + 1, end):
        if tokens[k].text != ",":
            continue
        j = k + 1
        if j < end and tokens[j].text.lower() in SUMMING_PREPOSITIONS:
            j += 1
        if j >= end or tokens[j].text.lower() not in SUMMING_ARTICLES:
            continue
        near = tokens[j + 2:min(len(tokens), j + 2 + SUMMING_REACH)]
        if any(t.text.lower() in SUMMING_MARKERS or t.text.lower().startswith("dall'") for t in near):
            return k
    return None


def linear_roles(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence, token_mentions: dict[int, int],
                 lang: str, roles: Roles | None = None, reaction_verbs: frozenset[str] = frozenset(),
                 speech_verbs: frozenset[str] = frozenset(), closing_verbs: frozenset[str] = frozenset()) -> Roles:
    """Word-order roles: fills only the roles that are still empty in `roles`; `reaction_verbs` as for
    `parsed_roles`; `speech_verbs` (the lexicon's verbs of saying) find the speaker of a complement clause that
    names no subject of its own; `closing_verbs` (the same words) end the trigger's clause at a report that
    closes the sentence (", a indiqué le CICR"), whose source is no recipient."""
    roles = roles or Roles()
    tokens = sentence.tokens
    first_token = _first_tokens(token_mentions)
    head = trigger.head
    last = trigger.tokens[-1]
    # The trigger's clause: from after the last clause break before it to the first one after it.
    breaks = CLAUSE_BREAKS | LANGUAGE_CLAUSE_BREAKS.get(lang, frozenset())
    openers = COMMA_CLAUSE_OPENERS.get(lang, frozenset())

    starts = set(first_token.values())
    joiners = NEW_SUBJECT_JOINERS.get(lang, frozenset())

    def is_break(i: int) -> bool:
        word = tokens[i].text.lower()
        return word in breaks or (word in openers and i > 0 and tokens[i - 1].text == ",")

    def ends_clause(i: int) -> bool:
        # (", e Medici senza frontiere ha condannato ...": "and" before a new subject opens a clause of its own;
        # it only ends the clause before it, since it may also join two subjects: "Macron, e o presidente russo")
        return is_break(i) or (i > 0 and tokens[i - 1].text == "," and tokens[i].text.lower() in joiners and (
            i + 1 in starts or (i + 2 in starts and tokens[i + 1].text.lower() in ARTICLES)))

    start = next((i + 1 for i in range(head - 1, -1, -1) if is_break(i)), 0)
    relative = _relative_clause_closed_before(tokens, start, head, first_token) \
        if trigger.entry.pos == "VERB" else None
    if relative is not None:
        # "Manasseh Sogavare, que no ano passado já expulsara o alto-comissário australiano, ameaçou hoje ...": the
        # relative clause ended at its comma; the trigger's clause is the one it interrupted, less that clause
        start = next((i + 1 for i in range(start - 3, -1, -1) if is_break(i)), 0)
    # (a relative clause after the trigger ends its clause too: "задержали бывшего премьер-министра ..., которого
    # подозревают в ... с китайской компанией"; the start is left alone, since the antecedent of a relative clause
    # the trigger stands in may be its party)
    end = next((i for i in range(last + 1, len(tokens)) if ends_clause(i) or relative_after_comma(tokens, i, lang)),
               len(tokens))
    end = closing_report(tokens, last, end, closing_verbs) or end
    end = summing_reaction(tokens, last, end) or end
    before = [mentions[m] for m, t in sorted(first_token.items(), key=lambda x: -x[1]) if start <= t < head
              and not (relative is not None and relative[0] <= t < relative[1])]
    # A multiword trigger may hold a mention after its head ("رحّلت السلطات اللبنانية", "convocó al embajador de
    # Estados Unidos"): in verb-initial order it is the subject, elsewhere an object.
    after = [mentions[m] for m, t in sorted(first_token.items(), key=lambda x: x[1]) if head < t < end]
    used = set(map(id, roles.actors + roles.recipients))
    before = [m for m in before if id(m) not in used]
    after = [m for m in after if id(m) not in used]
    launched = _launched_by(sentence, trigger, end, first_token, mentions) \
        if lang == "ar" and not roles.actors else None
    if launched is not None:
        author, k = launched
        roles.actors.append(author)
        roles.why.append("subject of the verb that launched the attack ('شنّه') -> actor")
        # (a verb trigger's patient stands between it and the attack: "قُتل سبعة مدنيين في غارات شنّتها")
        side = (author.country, author.sector)
        victims = [m for m in after if first_token[mentions.index(m)] < k and (m.country, m.sector) != side]
        if victims and not roles.recipients:
            roles.recipients.append(victims[0])
            roles.why.append("mention between the trigger and the attack -> recipient")
        before = []
        after = [m for m in after if m is not author and first_token[mentions.index(m)] > k]
    genitive_attack = _attack_genitive_agent(sentence, trigger, end, first_token, mentions, lang) \
        if not roles.actors and not roles.recipients else None
    if genitive_attack is not None:
        agent, target = genitive_attack
        roles.actors.append(agent)
        roles.why.append("genitive of an attack noun with its target after it ('Luftangriff des US-Militärs auf') "
                         "-> actor")
        if target is not None:
            roles.recipients.append(target)
            roles.why.append("mention after the attack's target preposition -> recipient")
        before = [m for m in before if m is not agent and m is not target]
        after = [m for m in after if m is not agent and m is not target]
    noun_agent = (_linear_noun_agent(sentence, trigger, end, first_token, mentions, lang, participle=True)
                  if not roles.actors else None)
    if noun_agent is not None:
        roles.actors.append(noun_agent)
        roles.why.append("agent phrase of the event noun ('durch', 'da parte di', 'pela', 'من قبل') -> actor")
        before = [m for m in before if m is not noun_agent]
        after = [m for m in after if m is not noun_agent]
    if not roles.actors and not roles.recipients:
        accused = _accused_in_apposition(sentence, trigger, first_token, mentions, lang)
        if accused is not None:
            roles.actors, roles.recipients = [accused[0]], [accused[1]]
            roles.why.append("'accused' after a comma describes the party before it -> recipient; the sentence's "
                             "first party -> actor")
            return roles
    if not roles.actors and not roles.recipients and trigger.entry.pos in ("VERB", "ADJ"):
        passive = _linear_passive(sentence, trigger, start, end, first_token, mentions, lang)
        if passive is not None:
            agent, subject = passive
            if agent is not None:
                roles.actors.append(agent)
                roles.why.append("passive: the mention after the agent preposition -> actor")
            marked = _passive_marked_recipient(sentence, trigger, agent, after, first_token, mentions, lang)
            if marked is not None:
                # "ist von Brasilien an Italien ausgeliefert worden": the subject is what was handed over
                roles.recipients.append(marked)
                roles.why.append("passive: the mention after the entry's recipient preposition -> recipient")
                return roles
            if subject is not None and subject is not agent:
                roles.recipients.append(subject)
                roles.why.append("passive: the subject -> recipient" + ("" if agent else " (no agent named)"))
            if agent is not None or subject is not None:
                return roles
    if (lang == "de" and not roles.actors and trigger.entry.pos == "VERB"
            and head > start and tokens[head - 1].text in (",", "“", "\"", "»", "«") and after
            and first_token[mentions.index(after[0])] <= last + 3
            and not _apposition_before(tokens, head - 1, token_mentions)):
        # "..., warnte Nato-Generalsekretär Mark Rutte": a verb after a fronted clause takes its subject next.
        roles.actors.append(after.pop(0))
        roles.why.append("German verb after a fronted clause: the mention right after it -> actor")
        before = []
    reaction = not roles.actors and unparsed_reaction(sentence, trigger, reaction_verbs)
    source = _speech_noun_source(sentence, trigger, after, first_token, mentions, lang, reaction) \
        if not roles.actors else None
    if source is None and reaction and lang == "de":
        source = _german_reaction_seat(sentence, trigger, first_token, mentions)
    if source is not None and reaction:
        # "..., suscitando la condanna della Georgia", "مما أثار إدانة جورجيا", "was in Israel auf scharfe Kritik
        # stieß": the reaction's source acts; it answers the clause that opens the sentence, whose subject receives it.
        roles.actors.append(source)
        roles.why.append("party named as the source of a reaction noun after a verb of causing -> actor")
        roles.reaction = True
        opening = next((mentions[m] for m, t in sorted(first_token.items(), key=lambda x: x[1])
                        if mentions[m] is not source and mentions[m].country != source.country), None)
        if opening is not None and not roles.recipients:
            roles.recipients.append(opening)
            roles.why.append("the first party of the sentence (what the reaction answers) -> recipient")
        return roles
    if source is not None:
        # "Forderungen aus Brüssel", "die Vorwürfe der Regierung in Kinshasa", "le richieste di Mosca": the party
        # after the noun speaks; the one addressed is marked after it, or named before it ("Vučić hat Forderungen
        # aus Brüssel ... zurückgewiesen").
        roles.actors.append(source)
        after.remove(source)
        roles.why.append("party named after a demand, charge or pledge noun (its source) -> actor")
        if not roles.recipients:
            marked = [m for m in after if _preceded_by(sentence, first_token, mentions, m, trigger.entry.recipient_case)]
            addressed = marked[:1] or [m for m in before if m.country != source.country][:1]
            if addressed:
                roles.recipients += addressed
                roles.why.append("the party the source addresses (marked after the noun, else named before it) "
                                 "-> recipient")
        before = []
    inverted = _inverted_reporting_subject(sentence, trigger, after, first_token, token_mentions, mentions, lang) \
        if not roles.actors and trigger.entry.pos == "VERB" and trigger.entry.type in REPORTED_ACTS else None
    if inverted is not None:
        # "..., ha avvertito il portavoce del Cremlino Dmitry Peskov.", "..., afirmou o ministro": a verb after the
        # clause it reports takes its subject after it; the party that clause is about is the one addressed.
        subject, reported_end = inverted
        roles.actors.append(subject)
        after.remove(subject)
        roles.why.append("verb after the clause it reports, its subject after it -> actor")
        roles.reports_clause_before = True
        reported = [mentions[m] for m, t in sorted(first_token.items(), key=lambda x: x[1]) if t < reported_end]
        other = next((m for m in reported if m.country and m.country != subject.country), None)
        if other is not None and not roles.recipients:
            roles.recipients.append(other)
            roles.why.append("the first other party of the reported clause -> recipient")
        before = []
    if (lang == "de" and not roles.actors and trigger.entry.pos == "VERB" and before and after
            and first_token[mentions.index(after[0])] <= head + 3
            and all(_german_oblique(tokens, _phrase_start(first_token[mentions.index(m)], token_mentions, tokens))
                    for m in before)):
        # "Eine Lieferung ... an die Ukraine lehnte Bundeskanzler Olaf Scholz ab": only obliques before the verb,
        # so the subject follows it (verb second); the fronted oblique is the recipient.
        roles.actors.append(after.pop(0))
        roles.why.append("German verb second after a fronted object: the mention right after it -> actor")
        # the subject's own run of mentions ("Bundeskanzler Olaf Scholz") is no object
        starts = [(m, first_token[mentions.index(m)]) for m in after]
        objects = [m for m, k in starts if _phrase_start(k, token_mentions) == k and not _german_oblique(tokens, k)]
        if not roles.recipients and objects:
            # "Als Reaktion auf den Anschlag von Salisbury weist die Bundesregierung vier russische Diplomaten
            # aus": what came first was an adverbial; the object follows the subject.
            roles.recipients.append(objects[0])
            roles.why.append("German verb second: the object after the subject -> recipient")
        elif not roles.recipients:
            roles.recipients.append(before[0])
            roles.why.append("the fronted oblique mention -> recipient")
        before = []
    auxiliaries = VERB_FINAL_AUXILIARIES.get(lang)
    aux = next((i for i in range(start, head) if auxiliaries and tokens[i].text.lower() in auxiliaries), None)
    if (aux is None and auxiliaries and 0 < start and trigger.entry.pos == "VERB"
            and tokens[start - 1].text.lower() in breaks):
        # A subordinate clause ends with its finite verb, and its subordinator stands where a main clause's
        # auxiliary does: "..., woraufhin Ankara seinen Botschafter aus Berlin zurückrief".
        aux = start - 1
    if aux is not None and before:
        # Verb-final clause: subject before the auxiliary (or right after it when an adverbial comes first),
        # the object between the auxiliary and the trigger.
        in_order = sorted(before, key=lambda m: first_token[mentions.index(m)])
        subjects = in_order
        if lang == "de":
            # The subject is no genitive ("nach der Vereidigung des neuen Präsidenten") nor a phrase after a
            # preposition ("nach der Rede von Präsident Lai"); objects may be ("mit US-Präsident Donald Trump").
            subjects = [m for m in in_order if not _german_oblique(
                tokens, _phrase_start(first_token[mentions.index(m)], token_mentions, tokens))] or in_order
        front = [m for m in subjects if first_token[mentions.index(m)] < aux]
        middle = [m for m in subjects if first_token[mentions.index(m)] > aux]
        subject = front[0] if front else middle[0]
        objects = [m for m in in_order if first_token[mentions.index(m)] > aux and m is not subject]
        # a fronted object marked by the trigger's preposition: "Mit Moldaus Präsidentin Maia Sandu ist ... Kallas
        # zusammengetroffen"
        objects = [m for m in in_order if first_token[mentions.index(m)] < aux and m not in subjects
                   and _preceded_by(sentence, first_token, mentions, m, trigger.entry.recipient_case)] + objects
        if not roles.actors:
            if lang == "de":
                # "Der französische Präsident Emmanuel Macron und Kremlchef Wladimir Putin haben ... telefoniert",
                # "Soldaten aus Indien und von den Malediven haben ... begonnen"
                lead = (front or middle)[0]
                # (a party joined by a repeated preposition was set aside above as an oblique: joined, it acts too)
                rest = [m for m in in_order if m is not lead and first_token[mentions.index(lead)]
                        < first_token[mentions.index(m)] < (aux if front else head)]
                # (people named with where they come from, "Soldaten aus Indien und von den Malediven": the list
                # goes on from their country)
                origin = rest[0] if rest and _origin_of(sentence, first_token, mentions, lead, rest[0]) else None
                group = _joined_right(sentence, token_mentions, mentions, [origin or lead] + rest[origin is not None:],
                                      repeated=GERMAN_ORIGIN_WORDS)
                if origin is not None and lead.country == origin.country:
                    group = [lead] + group[1:]
                roles.actors += group
                objects = [m for m in objects if m not in group]
            else:
                roles.actors.append(subject)
            roles.why.append("verb-final clause: mention before (or just after) the auxiliary -> actor")
        if not roles.recipients:
            objects = [m for m in objects if m not in roles.actors]
            # "hat der usbekischen Regierung vorgeworfen, ..., und die Vereinigten Staaten aufgefordert": a second
            # participle sharing the auxiliary takes the objects after the ", und" that opens its part, or after
            # the "und" that follows the first participle ("hat die Beziehungen zu Taiwan abgebrochen und die
            # Volksrepublik China anerkannt")
            joint = next((k for k in range(head - 1, aux, -1) if tokens[k].text.lower() in CLAUSE_COORDINATORS
                          and (tokens[k - 1].text == ","
                               or (lang == "de" and GERMAN_PARTICIPLE.match(tokens[k - 1].text)))), None)
            if joint is not None:
                # (after a bare "und" only a named party: a noun whose country is guessed, "den Abzug aller
                # Soldaten", is likelier the first part's object)
                bare = tokens[joint - 1].text != ","
                objects = [m for m in objects if first_token[mentions.index(m)] > joint
                           and not (bare and getattr(m, "country_inferred", False))] or objects
            # "hat seinen Botschafter aus Moskau zurückgerufen": the actor's own envoy is no recipient; the
            # mention after the entry's case word is.
            sides = {(a.country, a.sector) for a in roles.actors if a.country}
            objects = [m for m in objects if (m.country, m.sector) not in sides] or objects
            marked = [m for m in objects if _preceded_by(sentence, first_token, mentions, m,
                                                         trigger.entry.recipient_case)]
            objects = marked or objects
            if objects and not marked and objects[0].sector == "MIL":
                # "hat zusätzliche Soldaten an die Grenze zu Kambodscha verlegt": the actor's own troops yield to
                # the country named after them
                pick = _named_over_own_side(objects[0], objects[1:], roles.actors)
                objects = [pick] + [m for m in objects if m is not pick]
            if objects:
                # "hat Israel und die Hamas ... aufgerufen", "hat Ungarn, Tschechien und die Slowakei aufgefordert":
                # the parties joined to it by "und" or commas are recipients too
                later = [m for m in in_order if first_token[mentions.index(m)] > first_token[mentions.index(objects[0])]
                         and m not in roles.actors]
                joined = _joined_right(sentence, token_mentions, mentions, [objects[0]] + later,
                                       repeated=frozenset(trigger.entry.recipient_case) | RECIPIENT_JOINERS)
                roles.recipients += joined
                # (unmarked, it is found by word order alone: no counterpart of parties acting together)
                roles.recipient_by_order = not marked
                roles.why.append("verb-final clause: mention between the auxiliary and the trigger -> recipient"
                                 + (", with those joined to it" if len(joined) > 1 else ""))
        before = [m for m in before if m not in roles.actors and m not in roles.recipients]
    if not roles.actors and trigger.entry.pos == "VERB" and start < head - 1 \
            and tokens[head - 1].text.lower() in PURPOSE_MARKERS.get(lang, ()):
        front = sorted((m for m in before if first_token[mentions.index(m)] < head - 1),
                       key=lambda m: first_token[mentions.index(m)])
        if front:
            roles.actors += _joined_right(sentence, token_mentions, mentions, front)
            roles.why.append("infinitive of purpose: the main clause's first mention (and those joined to it) -> actor")
            before = []
    shared = _shared_subject_start(tokens, head, lang, token_mentions) \
        if not roles.actors and trigger.entry.pos == "VERB" else None
    if shared is not None:
        front = sorted((m for m in before if first_token[mentions.index(m)] < shared),
                       key=lambda m: first_token[mentions.index(m)])
        if tokens[shared].text == "," and start > 0 and tokens[start - 1].text.lower() in RELATIVE_SUBJECTS and all(
                tokens[first_token[mentions.index(m)] - 1].text.lower() in OBLIQUE_PREPOSITIONS.get(lang, ())
                for m in front):
            # a relative clause, naming no subject, between the main clause and the gerund: "O Governo de Cartum
            # ameaçou encerrar o oleoduto que transporta o crude até ao Sudão, acusando Juba de ..." (the gerund
            # shares the main clause's subject)
            front = _opening_subject(tokens, shared, first_token, mentions) or front
        if front:
            roles.actors += _joined_right(sentence, token_mentions, mentions, front)
            roles.why.append("verb sharing the main clause's subject (after 'and', or a gerund) -> its first mention")
            antecedent = [m for m in reversed(front) if m not in roles.actors
                          and (m.country, m.sector) != (roles.actors[0].country, roles.actors[0].sector)]
            if not roles.recipients and antecedent and _object_clitic(tokens[head].text.lower(), lang):
                # "declarou «persona non grata» o embaixador da Sérvia, Vladimir Božović, acusando-o de ...": the
                # gerund's object pronoun stands for the main clause's last party
                roles.recipients.append(antecedent[0])
                roles.why.append("object pronoun on the gerund -> the main clause's last mention")
            before = [m for m in before if first_token[mentions.index(m)] > shared]
    subject = _german_infinitive_subject(tokens, trigger, start, first_token, mentions, lang) \
        if not roles.actors and trigger.entry.pos == "VERB" else None
    if subject is not None:
        # "Die EU-Kommission kündigte am Montag an, die Budgethilfe für die Regierung in Bujumbura auszusetzen"
        roles.actors.append(subject)
        roles.why.append("German zu-infinitive after a comma: the subject of the clause before -> actor")
        before = [m for m in before if first_token[mentions.index(m)] > first_token[mentions.index(subject)]
                  and (m.country, m.sector) != (subject.country, subject.sector)]
        objects = sorted(before, key=lambda m: first_token[mentions.index(m)])
        # (a foreign party named there before one of the actor's own: "Migranten aus Tunesien abzuschieben")
        objects = [m for m in objects if m.country != subject.country] + [
            m for m in objects if m.country == subject.country]
        marked = [m for m in objects if _preceded_by(sentence, first_token, mentions, m,
                                                     trigger.entry.recipient_case)]
        if objects and not roles.recipients:
            roles.recipients.append((marked or objects)[0])
            roles.why.append("its clause's " + ("mention after the entry's preposition" if marked else "first mention")
                             + " -> recipient")
        before = []
    speaker = _speaker_of_complement(tokens, start, first_token, mentions, lang, speech_verbs) \
        if not roles.actors and not before and (trigger.entry.pos == "VERB"
                                                or _noun_after_the_verb(tokens, start, trigger, lang)) else []
    if speaker:
        # "Il governo etiope ha annunciato che revocherà lo stato di emergenza": a complement clause that names no
        # subject of its own (a null or pronoun subject) after a verb of saying is the speaker's act.
        roles.actors += _joined_right(sentence, token_mentions, mentions, speaker)
        roles.why.append("complement clause without a subject after a verb of saying -> the speaker")
    if (not roles.actors and not before and start >= 3 and tokens[start - 1].text.lower() in RELATIVE_SUBJECTS
            and tokens[start - 2].text == ","):
        # "i ribelli dell'M23, che lunedì hanno preso Bunagana": the relative pronoun stands for the noun before it
        antecedent = [mentions[m] for m, t in sorted(first_token.items(), key=lambda x: -x[1]) if t < start - 2]
        if antecedent and max(i for i, m in token_mentions.items() if mentions[m] is antecedent[0]) >= start - 6:
            roles.actors.append(antecedent[0])
            roles.why.append("relative pronoun after a comma -> the mention it follows")
    fronted = fronted_phrase_end(tokens, head, last, lang) if not roles.actors and not before \
        and trigger.entry.pos == "NOUN" else None
    if fronted is not None and not any(first_token.get(mentions.index(m), fronted) < fronted for m in mentions):
        # "En visite à Beyrouth, la présidente de la Commission ...", "Al termine di dodici ore di colloqui a
        # Ocrida, Vučić e Kurti ...": an event noun in a phrase before the main clause is its subject's.
        main = sorted((m for m in mentions if fronted < first_token.get(mentions.index(m), -1)),
                      key=lambda m: first_token[mentions.index(m)])
        if main and tokens[fronted].text != "," and first_token[mentions.index(main[0])] > fronted + V2_SUBJECT_REACH:
            main = []   # no subject right after the German auxiliary: "sind ... mindestens 34 Menschen getötet worden"
        if main:
            roles.actors += _joined_right(sentence, token_mentions, mentions, main)
            roles.why.append("event in a phrase before the main clause -> the main clause's first mention")
            after = [m for m in after if m not in roles.actors]
    if not roles.actors and not roles.agentless_passive:
        # Verb-initial order (ar) puts the subject after a verb that opens its clause; a noun trigger ("شن الجيش
        # الأمريكي ضربات جوية") has its actor before it, as elsewhere. So does a verb after its subject (news
        # Arabic also writes "الولايات المتحدة تدعم ...") or a verbal noun after its governing verb ("تعهدت
        # الكويت بتقديم ... لدعم اللاجئين"): a mention before the trigger in its clause is the actor.
        # (an Arabic entry of the verbal noun also lists the verb's forms: one opening its clause is the verb,
        # "علّق الاتحاد الأفريقي عضوية غينيا")
        verb_initial = lang in VERB_INITIAL_LANGS | VERB_SECOND_LANGS and (
            trigger.entry.pos == "VERB" or (lang in VERB_INITIAL_LANGS and head == start and not before
                                            and not (head > 0 and tokens[head - 1].text in ARABIC_NOMINAL_OPENERS)))
        destination = _destination_before(tokens, before, first_token, mentions, lang) \
            if trigger.entry.pos == "NOUN" and (lang == "ar" or trigger.entry.type == "CONSULT") else None
        if destination is not None:
            # "يصل لافروف إلى بغداد في زيارة", "chegou hoje a Díli para uma visita": the traveller is the actor, the
            # place he goes to the recipient
            before.remove(destination)
            if not roles.recipients:
                roles.recipients.append(destination)
                roles.why.append("the place gone to ('إلى', 'a') before an event noun -> recipient")
        # "قدّم رئيس الوزراء ... أمام البرلمان اعتذارًا": who is spoken before is no actor
        before = [m for m in before if not _in_front_of(tokens, first_token[mentions.index(m)])]
        if (lang == "ar" and verb_initial and after
                and _resumptive_subject(tokens, last, first_token, mentions, after[0])):
            # "في خطوة رحّبت بها منظمة «مراسلون بلا حدود»": a relative verb takes its object as a pronoun ("بها",
            # the step) and its subject right after it
            before = []
        if (lang == "ar" and verb_initial and before and after and _attached_and(tokens[head].text)
                and first_token[mentions.index(after[0])] <= last + 2):
            # "عززت الهند انتشارها ... واتهمت نيودلهي بكين": a verb joined by "و" opens a clause of its own,
            # whose subject follows it; the mention before belongs to the clause before.
            roles.actors += _joined_right(sentence, token_mentions, mentions, after)
            after = [m for m in after if m not in roles.actors]
            roles.why.append("verb joined by 'و' with a mention right after it: its subject -> actor")
        elif before and lang == "ar" and trigger.head > start and _opened_by_light_verb(tokens, start):
            # "سلّمت وزارة الخارجية الكازاخستانية ... سفير قرغيزستان مذكرة احتجاج": the verb's subject comes right
            # after it; the mentions between it and the event noun are the verb's other object
            subject, *objects = sorted(before, key=lambda m: first_token[mentions.index(m)])
            roles.actors += _joined_right(sentence, token_mentions, mentions, [subject, *objects])
            objects = [m for m in objects if m not in roles.actors]
            roles.why.append("event noun after a clause-initial light verb: the verb's subject -> actor")
            if objects and not roles.recipients:
                roles.recipients.append(objects[0])
                roles.why.append("the light verb's other object -> recipient")
        elif before:
            roles.actors += _coordinated(sentence, token_mentions, mentions, before[0], before[1:])
            roles.actor_by_order = True
            roles.why.append("nearest mention before the trigger" + (", with those joined to it by 'and'"
                                                                      if len(roles.actors) > 1 else "") + " -> actor")
        elif verb_initial and after:
            # Arabic, with the parties joined to it: "دعت فرنسا وألمانيا وبريطانيا ... إيران إلى". (German after its
            # verb in second place joins them too, but there the group was the event's two sides as often as not.)
            roles.actors += _joined_right(sentence, token_mentions, mentions, after) if lang == "ar" else after[:1]
            after = [m for m in after if m not in roles.actors]
            roles.why.append("first mention after a clause-initial verb trigger" + (
                ", with those joined to it by 'and'" if len(roles.actors) > 1 else "") + " -> actor")
    # The actor's apposition or its other name ("الرئيس السوري أحمد الشرع") is no recipient.
    sides = {(a.country, a.sector) for a in roles.actors if a.country}
    after = [m for m in after if (m.country, m.sector) not in sides]
    if not roles.recipients and not after and trigger.entry.type in ADDRESSED_TYPES and end < len(tokens) \
            and end - last <= COMPLEMENT_OPENER_REACH and tokens[end].text.lower() in COMPLEMENT_OPENERS:
        # "exigiu ... que Argentina, Chile ... retirem", "chiede che Mosca ritiri": the complement clause's subject
        # is the one asked.
        following = [mentions[m] for m, t in sorted(first_token.items(), key=lambda x: x[1])
                     if end < t and mentions[m] not in roles.actors]
        if following and first_token[mentions.index(following[0])] <= end + COMPLEMENT_SUBJECT_REACH:
            roles.recipients += _joined_right(sentence, token_mentions, mentions, following)
            roles.why.append(f"subject of the '{tokens[end].text}' clause after the trigger -> recipient")
    if trigger.entry.type in TOPIC_TAKING:
        # "haben sich ... über die Ukraine ausgetauscht", "talks about Iran": what talks are about is no party
        after = [m for m in after if not _preceded_by(sentence, first_token, mentions, m, TOPIC_WORDS)]
    if not roles.recipients and after:
        marked = [m for m in after if _preceded_by(sentence, first_token, mentions, m, trigger.entry.recipient_case)]
        pick = marked[0] if marked else after[0]
        if trigger.entry.type != "PROTEST":   # a protest's target is usually its own government
            pick = _named_over_own_side(pick, after, roles.actors)
        if pick not in roles.actors:
            roles.recipients.append(pick)
            roles.recipient_by_order = not marked
            roles.why.append("mention after the trigger" + (" marked by its preposition" if marked else "") + " -> recipient")
            # "qualora Stati Uniti e Corea del Sud dovessero provocare", "apelou a Israel e ao Hamas": the
            # parties joined to the recipient by "and" are recipients too.
            later = [m for m in after if first_token[mentions.index(m)] > first_token[mentions.index(pick)]]
            joined = [m for m in _joined_right(sentence, token_mentions, mentions, [pick] + later,
                                               repeated=frozenset(trigger.entry.recipient_case) | RECIPIENT_JOINERS)[1:]
                      if m not in roles.actors]
            if joined:
                roles.recipients += joined
                roles.why.append("mentions joined to the recipient by 'and' -> recipients")
    return roles


# Romance languages without a parse put the subject of a reporting verb after it when the verb follows the clause
# it reports: "..., ha avvertito il portavoce del Cremlino", "..., afirmou o ministro". Auxiliaries that may stand
# between the comma and the verb:
INVERSION_AUXILIARIES = {"it": frozenset({"ha", "hanno", "aveva", "avevano", "è", "sono"}),
                         "pt": frozenset({"tem", "têm", "tinha", "tinham", "foi", "foram"})}
CLAUSE_CLOSERS = frozenset({",", "»", "”", "\"", ":"})
# The acts a reporting verb performs ("ha avvertito", "ha denunciato", "ha promesso", "ha chiesto").
REPORTED_ACTS = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "AGREE", "SUPPORT", "CONCEDE"})
INVERTED_SUBJECT_REACH = 3   # tokens from the verb to its subject ("ha avvertito il portavoce")
# Only an article may stand between them: after a preposition ("ha emesso mandati d'arresto per Netanyahu") the
# mention is an object.
SUBJECT_ARTICLES = {"it": frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'"}),
                    "pt": frozenset({"o", "a", "os", "as", "um", "uma"})}
# "..., ha denunciato giovedì un portavoce", "nesta quinta-feira": a date may stand between them too; and the verb
# may follow "as" instead of a comma ("como acusam os rebeldes huthis").
INVERSION_DATE_WORDS = {"it": frozenset({"ieri", "oggi"}), "pt": frozenset({"ontem", "hoje", "nesta", "neste"})}
AS_WORDS = frozenset({"come", "como"})
PARENTHETICAL_REACH = 10     # the longest aside between a subject and its verb ("Meloni, arrivata ieri a Kiev, ha ...")
# Words after a party that start the rest of its clause: it is then an object ("ha incontrato il papa in Vaticano").
SUBJECT_ENDERS = {
    "it": frozenset({"a", "al", "alla", "ai", "agli", "in", "nel", "nella", "nei", "con", "per", "su", "sul", "sulla",
                     "da", "dal", "dalla", "di", "del", "della", "tra", "fra", "che", "e", "durante", "dopo"}),
    "pt": frozenset({"a", "ao", "à", "aos", "em", "no", "na", "nos", "com", "por", "pelo", "pela", "para", "de",
                     "do", "da", "dos", "sobre", "entre", "que", "e", "durante", "após"}),
}


def _inverted_reporting_subject(sentence: Sentence, trigger: TriggerMatch, after: list, first_token: dict[int, int],
                                token_mentions: dict[int, int], mentions: Sequence,
                                lang: str) -> tuple[Any, int] | None:
    """The subject after a verb that follows the clause it reports, and the index where that clause ends; or None.
    Not when the comma closes an aside after the subject ("Meloni, arrivata a Kiev, ha denunciato ..."), nor when
    the mention after the verb has more of the clause after it (then it is the object: "..., ha incontrato il papa
    in Vaticano")."""
    auxiliaries = INVERSION_AUXILIARIES.get(lang)
    if not auxiliaries or not after:
        return None
    tokens = sentence.tokens
    i = trigger.tokens[0] - 1
    while i >= 0 and tokens[i].text.lower() in auxiliaries:
        i -= 1
    if i < 1 or (tokens[i].text not in CLAUSE_CLOSERS and tokens[i].text.lower() not in AS_WORDS):
        return None
    candidate = after[0]
    index = mentions.index(candidate)
    between = range(trigger.tokens[-1] + 1, first_token[index])
    dates = {normalise(day) for day in weekday_names(lang)} | INVERSION_DATE_WORDS[lang]
    if len(between) > INVERTED_SUBJECT_REACH or any(tokens[j].text.lower() not in SUBJECT_ARTICLES[lang]
                                                     and normalise(tokens[j].text) not in dates for j in between):
        return None
    # Its clause ends with it, an apposition ("il portavoce del Cremlino Dmitry Peskov") or an adjective ("il
    # presidente francese Emmanuel Macron"); a preposition would start the rest of a clause ("il papa in Vaticano"),
    # unless it joins two parties ("o secretário-geral da NATO").
    end = next((j for j in range(first_token[index], len(tokens)) if tokens[j].text in (",", ".", ";", ":")),
               len(tokens))
    loose = [j for j in range(first_token[index], end) if j not in token_mentions]
    if len(loose) > INVERTED_SUBJECT_REACH or any(tokens[j].text.lower() in SUBJECT_ENDERS[lang]
                                                  and j + 1 not in token_mentions for j in loose):
        return None
    opening = next((j for j in range(i - 1, max(-1, i - PARENTHETICAL_REACH - 1), -1) if tokens[j].text == ","), None)
    if opening is not None and _opens_with_subject(tokens, opening, token_mentions, lang):
        return None
    return candidate, i


def _opens_with_subject(tokens: Sequence, comma: int, token_mentions: dict[int, int], lang: str) -> bool:
    """Whether the sentence opens with a party right before this comma ("Giorgia Meloni, ...", "Il presidente
    francese Emmanuel Macron, ..."): then the comma opens an aside between the subject and its verb."""
    j, loose = comma - 1, 0
    if j not in token_mentions:
        return False
    while j > 0:
        if j - 1 in token_mentions:
            j -= 1
        elif loose < INVERTED_SUBJECT_REACH and tokens[j - 1].text.isalpha() \
                and tokens[j - 1].text.lower() not in SUBJECT_ENDERS[lang]:
            j, loose = j - 1, loose + 1
        else:
            break
    return j == 0


# Meetings and talks name their subject after a topic preposition; that subject is no counterpart.
TOPIC_TAKING = frozenset({"CONSULT"})
# (no one-letter word: _preceded_by reads those as prefixes, as Arabic attaches them)
TOPIC_WORDS = ("über", "about", "sur", "sobre", "su", "sul", "sulla", "sullo", "حول", "بشأن")
# Acts addressed to the subject of the clause after them ("demanded that Moscow ...", "pediram que o Conselho ...").
ADDRESSED_TYPES = frozenset({"REQUEST"})
COMPLEMENT_OPENERS = frozenset({"que", "che", "dass", "that"})
COMPLEMENT_OPENER_REACH = 4    # tokens from the trigger to "que" ("exigiu nesta segunda-feira que")
COMPLEMENT_SUBJECT_REACH = 4   # tokens from "que" to its subject ("que o Conselho Nacional Eleitoral")


# Passive voice without a parse: an auxiliary right before the participle ("sono stati denunciati", "foram
# detidos"; German puts the participle last: "wurde ... von der Polizei festgenommen") and the agent after a
# preposition ("dalla Digos", "pela polícia", "von der Polizei").
PASSIVE_AUXILIARIES = {
    "it": PASSIVE_BEFORE_PARTICIPLE["it"],
    "pt": PASSIVE_BEFORE_PARTICIPLE["pt"],
    "de": frozenset({"wurde", "wurden", "worden"}),
}
GERMAN_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "den", "dem", "denen", "welcher", "welche"})
GERMAN_PERFECT_AUXILIARIES = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
# Events whose parties all act: a passive subject of one is still a party, not the one acted upon.
RECIPROCAL_TYPES = frozenset({"CONSULT"})
# German "werden" is the passive only before a participle ("werden ... gefoltert"), else the future.
GERMAN_PRESENT_PASSIVE = frozenset({"wird", "werden"})
GERMAN_PARTICIPLE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|weg|zu|zurück|los)?ge\w{3,}(?:t|en)$")


def german_participle_trigger(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """A German verb trigger written as a past participle: "gefoltert", "festgenommen", or a form in -t that the
    lemmatiser maps to another word ("verhaftet")."""
    if trigger.entry.pos != "VERB":
        return False
    for i in trigger.tokens:
        word, lemma = sentence.tokens[i].text.lower(), sentence.tokens[i].lemma.lower()
        if (word != lemma and word.endswith("t")) or GERMAN_PARTICIPLE.match(word):
            return True
    return False


AGENT_MARKERS = {
    "it": frozenset({"da", "dal", "dallo", "dalla", "dai", "dagli", "dalle"}),
    "pt": frozenset({"por", "pelo", "pela", "pelos", "pelas"}),
    "de": frozenset({"von", "vom", "durch"}),
}


AGENT_REACH = 3   # tokens from the agent marker to the agent's first word ("على أيدي عسكريين فرنسيين")


def _linear_passive(sentence: Sentence, trigger: TriggerMatch, start: int, end: int, first_token: dict[int, int],
                    mentions: Sequence, lang: str) -> tuple | None:
    """(agent or None, subject or None) of a passive trigger, else None (not a passive)."""
    if lang == "ar":
        return _arabic_passive(sentence, trigger, start, end, first_token, mentions)
    auxiliaries = PASSIVE_AUXILIARIES.get(lang)
    if not auxiliaries:
        return None
    head = trigger.head
    words = [t.text.lower() for t in sentence.tokens]
    verb_final = lang == "de"
    if verb_final and german_participle_trigger(sentence, trigger):
        auxiliaries = auxiliaries | GERMAN_PRESENT_PASSIVE
    if verb_final:
        aux = next((i for i in range(start, head) if words[i] in auxiliaries), None)
        if aux is None and trigger.tokens[-1] + 1 < len(words) and words[trigger.tokens[-1] + 1] == "worden":
            # the perfect passive puts "worden" after the participle: "ist von der Afrikanischen Union begrüßt worden"
            aux = next((i for i in range(start, head) if words[i] in GERMAN_PERFECT_AUXILIARIES), None)
            after_worden = trigger.tokens[-1] + 2
            if aux is None and after_worden < len(words) and words[after_worden] in GERMAN_PERFECT_AUXILIARIES:
                # a subordinate clause puts it last: "der ... am Moskauer Flughafen festgenommen worden war"
                aux = after_worden
        window = range(0) if aux is None else range(aux + 1, head) if aux < head else range(start, head)
    else:
        # (a capitalised auxiliary past the clause's first word is a name's: "gli Stati Uniti lasceranno")
        aux = next((i for i in (head - 1, head - 2) if i >= start and words[i] in auxiliaries
                    and (i == start or not sentence.tokens[i].text[:1].isupper())), None)
        window = range(head + 1, end)
    by_position = sorted((t, m) for m, t in first_token.items())
    if aux is None:
        return _participle_with_agent(sentence, trigger, start, end, by_position, mentions, lang)
    marker = agent_marker(words, window, lang)
    agent = None
    if marker is not None:   # "von der belarussischen Polizei"; "dall'esercito" is marker and mention at once
        agent = _agent_at(by_position, mentions, marker, marker + AGENT_REACH, end)
    if agent is None and trigger.entry.type in RECIPROCAL_TYPES:
        return None     # "Putin wird per Video zugeschaltet": a party to a meeting all the same
    subject = next((mentions[m] for t, m in reversed(by_position) if start <= t < min(aux, head)), None)
    if verb_final and aux > head:
        # a relative clause's subject is its antecedent: "Alexej Nawalny, der ... festgenommen worden war"
        comma = next((i for i in range(head - 1, start, -1) if words[i] == ","), None)
        if comma is not None and words[comma + 1] in GERMAN_RELATIVE_PRONOUNS:
            subject = next((mentions[m] for t, m in reversed(by_position) if t < comma), subject)
    return agent, subject


def _passive_marked_recipient(sentence: Sentence, trigger: TriggerMatch, agent, after: list,
                              first_token: dict[int, int], mentions: Sequence, lang: str):
    """The mention a passive trigger's own recipient preposition introduces, other than the agent: German puts it in
    the middle field ("ist von Brasilien an Italien ausgeliefert worden"), Portuguese and Italian after the verb
    ("foi extraditado pelo Brasil para os Estados Unidos"). None when the entry has no such preposition or none is
    used."""
    cases = tuple(c for c in trigger.entry.recipient_case if c not in AGENT_MARKERS.get(lang, ()))
    if not cases:
        return None
    head = trigger.head
    words = [t.text.lower() for t in sentence.tokens]
    clause_start = next((i + 1 for i in range(head - 1, -1, -1) if words[i] in (",", ";", ":")), 0)
    candidates = [m for m, t in sorted(first_token.items(), key=lambda x: x[1]) if clause_start <= t < head] \
        if lang == "de" else [mentions.index(m) for m in after]
    return next((mentions[m] for m in candidates if mentions[m] is not agent
                 and _preceded_by(sentence, first_token, mentions, mentions[m], cases)), None)


PARTICIPLE_AGENT_REACH = 4   # tokens from a participle to its agent marker: "accolto con favore dal presidente"
APPOSITION_REACH = 6   # tokens from the party to the comma before "accusati"


def _accused_in_apposition(sentence: Sentence, trigger: TriggerMatch, first_token: dict[int, int],
                           mentions: Sequence, lang: str) -> tuple | None:
    """Italian and Portuguese: (accuser, accused) of an accusing participle set off by a comma after the party it
    describes, with no agent named: "declarou «persona non grata» três diplomatas franceses, acusados de
    «atividades subversivas»" is the government's accusation of France; the accuser is the sentence's first party,
    the one who acts on them. None otherwise (with an agent, `_participle_with_agent` reads it)."""
    head = trigger.head
    words = [t.text.lower() for t in sentence.tokens]
    if (lang not in PARTICIPLE_ENDINGS or trigger.entry.type != "ACCUSE" or trigger.entry.pos != "VERB"
            or head < 2 or words[head - 1] != "," or not words[head].endswith(PARTICIPLE_ENDINGS[lang])):
        return None
    if agent_marker(words, range(trigger.tokens[-1] + 1, min(len(words), head + 1 + PARTICIPLE_AGENT_REACH)),
                     lang) is not None:
        return None
    by_position = sorted((t, m) for m, t in first_token.items())
    accused = next((mentions[m] for t, m in reversed(by_position) if head - 1 - APPOSITION_REACH <= t < head - 1),
                   None)
    accuser = next((mentions[m] for t, m in by_position if t < head - 1), None)
    if accused is None or accuser is None or accuser is accused or not accuser.country \
            or accuser.country == accused.country:
        return None
    return accuser, accused


# Without a parse: words after an event noun that name who did it ("die Festnahme ... durch die Polizei", "l'arresto
# ... da parte della polizia", "a prisão do opositor pela polícia", "اعتقال المعارض من قبل الشرطة"). Narrower than
# AGENT_MARKERS: after a noun "von", "da" and "por" more often mean "of", "from" and "for".
NOUN_AGENT_MARKERS = {"de": ("durch",), "it": ("da parte",), "pt": ("pela", "pelo", "pelas", "pelos", "por parte"),
                      "ar": ("من قبل", "على يد", "على أيدي")}
NOUN_AGENT_REACH = 6   # words from the noun to its agent marker ("l'arresto di un giornalista francese da parte")


def unparsed_noun_agent(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                        token_mentions: dict[int, int], lang: str):
    """`_linear_noun_agent` over the whole sentence: whether an event noun names its own agent."""
    return _linear_noun_agent(sentence, trigger, len(sentence.tokens), _first_tokens(token_mentions), mentions, lang)


def _linear_noun_agent(sentence: Sentence, trigger: TriggerMatch, end: int, first_token: dict[int, int],
                       mentions: Sequence, lang: str, participle: bool = False):
    """The party an event noun's agent phrase names, before the clause's `end`; else None. (Arabic matches the
    verbal noun with the verb's entry, so any trigger there that does not open its clause, as a verb does.) With
    `participle`, an Italian participle's agent counts too ("l'embargo sulle armi imposto dal Consiglio"): for the
    noun's roles only, as the ending also fits adjectives ("il ritiro immediato dall'Ucraina")."""
    markers = NOUN_AGENT_MARKERS.get(lang)
    words = [t.text.lower() for t in sentence.tokens]
    clause_opening = trigger.head == 0 or words[trigger.head - 1] in (",", "،", ";", "و")
    if not markers or (trigger.entry.pos != "NOUN" and (lang != "ar" or clause_opening)):
        return None
    last = trigger.tokens[-1]
    by_position = sorted((t, m) for m, t in first_token.items())
    for k in range(last + 1, min(end, last + 1 + NOUN_AGENT_REACH)):
        if words[k] in (",", ";", ":"):
            return None
        if (participle and lang == "it" and k + 1 < end and words[k].endswith(PARTICIPLE_ENDINGS[lang])
                and words[k - 1] not in DETERMINERS[lang] and agent_marker(words, (k + 1,), lang) is not None):
            # a participle with its agent: "l'embargo sulle armi imposto dal Consiglio di sicurezza" (after a
            # determiner the word is a noun: "il ritiro dei suoi soldati dall'est")
            start = k + 1 if words[k + 1].startswith("dall'") else k + 2
            return _agent_at(by_position, mentions, start, start + AGENT_REACH, end)
        for marker in markers:
            size = marker.count(" ") + 1
            if " ".join(words[k:k + size]) == marker:
                return _agent_at(by_position, mentions, k + size, k + size + AGENT_REACH, end)
    return None


def agent_marker(words: Sequence[str], window, lang: str) -> int | None:
    """The first agent preposition in `window`. Italian keeps an elided article on its noun: "dall'esercito" is
    one token, marker and mention at once."""
    markers = AGENT_MARKERS.get(lang, frozenset())
    return next((i for i in window if words[i] in markers or (lang == "it" and words[i].startswith("dall'"))), None)


def _participle_with_agent(sentence: Sentence, trigger: TriggerMatch, start: int, end: int,
                           by_position: Sequence[tuple[int, int]], mentions: Sequence, lang: str) -> tuple | None:
    """Italian and Portuguese: (agent, the party before it) of a participle without auxiliary that names its agent
    ("un gesto accolto con favore dal presidente ruandese", "l'addetto militare russo, accusato dal governo",
    "a proposta, sugerida pelo Brasil"), else None. Without a named agent it is no passive: "da" and "por" also
    mean "from" and "for"."""
    if lang not in PARTICIPLE_ENDINGS or trigger.entry.pos != "VERB":
        return None
    words = [t.text.lower() for t in sentence.tokens]
    if not words[trigger.head].endswith(PARTICIPLE_ENDINGS[lang]) or (
            trigger.head > 0 and words[trigger.head - 1] in PARTICIPLE_HOSTS[lang]):
        return None   # (after "ha", "tem" or a clitic it is the active perfect: "ha accusato da anni l'Ucraina")
    last = trigger.tokens[-1]
    marker = agent_marker(words, range(last + 1, min(end, last + 1 + PARTICIPLE_AGENT_REACH)), lang)
    if marker is None:
        return None
    agent = _agent_at(by_position, mentions, marker, marker + AGENT_REACH, end)
    if agent is None:
        return None
    subject = next((mentions[m] for t, m in reversed(by_position) if start <= t < trigger.tokens[0]), None)
    return agent, subject


# An envoy "summoned to the foreign ministry" is summoned by it: "was summoned to the Russian Foreign Ministry",
# "è stato convocato alla Farnesina", "foi convocado ao Itamaraty".
SUMMONING_TYPES = frozenset({"ACCUSE"})
DESTINATION_WORDS = frozenset({"ins", "zum", "alla", "al", "ao", "à", "au", "to", "в", "إلى"})


def summoning_body(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence, token_mentions: dict[int, int],
                   recipients: Sequence):
    """The government body an envoy was summoned to, for a summons that names no one summoning ("Moldova's
    ambassador was summoned to the Russian Foreign Ministry"), else None."""
    if trigger.entry.type not in SUMMONING_TYPES or not recipients:
        return None
    first_token = _first_tokens(token_mentions)
    words = [t.text.lower() for t in sentence.tokens]
    for m in sorted(mentions, key=lambda m: first_token.get(mentions.index(m), -1)):
        k = first_token.get(mentions.index(m), -1)
        if (m is not recipients[0] and k >= 0 and m.sector == "GOV"
                and any(words[i] in DESTINATION_WORDS for i in range(max(0, k - 3), k))):
            return m
    return None


def _first_tokens(token_mentions: dict[int, int]) -> dict[int, int]:
    """Mention index -> the index of its first token."""
    return {m: min(tokens) for m, tokens in _mention_tokens(token_mentions).items()}


def _agent_at(by_position: Sequence[tuple[int, int]], mentions: Sequence, first: int, last: int, end: int):
    """The first mention whose first token lies in [first, last] and before the clause's `end`: the agent after
    its marker. `by_position` is (first token, mention index) in text order."""
    return next((mentions[m] for t, m in by_position if first <= t <= last and t < end), None)


def _named_over_own_side(pick, after: Sequence, actors: Sequence):
    """A generic noun that only took the actor's own country ("droits de douane" in a story about the US) yields
    to a party named with a country of its own further on ("... importés de l'Union européenne")."""
    own = {getattr(a, "country", None) for a in actors}
    if not (getattr(pick, "country_inferred", False) and pick.country in own):
        return pick
    named = [m for m in after if m.country and not getattr(m, "country_inferred", False) and m.country not in own]
    return named[0] if named else pick


CONJUNCTIONS = frozenset({"and", "et", "y", "e", "und", "и", "و", ",", "sowie", "ed"})
# Definite articles that may open the second of two joined parties.
ARTICLES = frozenset({"the", "le", "la", "les", "l'", "el", "los", "las", "der", "die", "das", "den", "dem", "il",
                      "lo", "gli", "i", "o", "os", "a", "as"})
# "X and his counterpart Y": a possessive (with its article) after the conjunction still joins the two.
COUNTERPART_WORDS = frozenset({"his", "her", "its", "the", "son", "sa", "su", "il", "la", "suo", "sua", "o", "a",
                               "seu", "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "ihren", "свой",
                               "своим", "своей", "его", "ее", "её"})


def _joined(between: list[str]) -> bool:
    """Whether the words between two mentions join them: conjunctions and commas, a conjunction followed by an
    article ("Russland und die Ukraine", "la Russia e la Cina"), or by a possessive and its article ("and his",
    "e il suo", "et son", "und sein")."""
    if all(w in CONJUNCTIONS for w in between):
        return True
    if len(between) == 2 and between[0] in CONJUNCTIONS and between[1] in ARTICLES:
        return True
    return (between[0] in CONJUNCTIONS and all(w in CONJUNCTIONS or w in COUNTERPART_WORDS for w in between)
            and any(w in COUNTERPART_WORDS - {"the", "il", "la", "o", "a"} for w in between))


BETWEEN_WORDS = frozenset({"between", "entre", "zwischen", "tra", "fra", "между", "بين", "وبين"})
# Words that may stand between the parties of "between X and Y" besides the conjunctions: articles (the same set
# as joins parties, less "das", which "zwischen" never governs) and "of".
BETWEEN_FILLERS = (ARTICLES - {"das"}) | {"de", "des", "du", "del"}
# Who stands for a party at talks: "entre representantes del Gobierno y del ELN", "بين ممثلي الجيش السوداني وقوات
# الدعم السريع", "بين وفدي حركتي فتح وحماس" (Arabic duals: the two delegations, the two movements).
PARTY_GROUP_WORDS = frozenset({"representatives", "delegations", "envoys", "représentants", "délégations",
                               "representantes", "delegaciones", "delegações", "rappresentanti", "delegazioni",
                               "vertretern", "vertreter", "delegationen", "представителями", "делегациями",
                               "ممثلي", "وفدي", "وفود", "حركتي"})
BETWEEN_REACH = 3   # tokens after the trigger where "between" may stand ("le cessez-le-feu conclu entre ...")


def between_parties(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                    token_mentions: dict[int, int]) -> list:
    """The parties of "TRIGGER between X and Y" ("le cessez-le-feu entre Israël et le Hezbollah", "clashes between
    police and protesters"): all of them act, as the manual codes reciprocal events. Empty unless two or more."""
    words = [t.text.lower() for t in sentence.tokens]
    last = trigger.tokens[-1]
    b = next((i for i in range(last + 1, min(len(words), last + 1 + BETWEEN_REACH)) if words[i] in BETWEEN_WORDS),
             None)
    if b is None:
        return []
    found: list = []
    i = b + 1
    while i < len(words):
        if i in token_mentions:
            m = mentions[token_mentions[i]]
            if m not in found:
                found.append(m)
            i += 1
        elif words[i] in CONJUNCTIONS or words[i] in BETWEEN_FILLERS or words[i] in PARTY_GROUP_WORDS \
                or (words[i] in GENITIVE_WORDS and words[i - 1] in PARTY_GROUP_WORDS):
            i += 1
        elif found and (nxt := _next_joined(sentence, words, token_mentions, i)) is not None:
            i = nxt   # an adjective after a party ("الجيش السوداني وقوات الدعم السريع", "l'armée malienne et ...")
        elif i + 1 in token_mentions and sentence.tokens[i].text.islower():
            i += 1    # an adjective before a party ("zwischen dem türkischen Präsidenten ... und dem syrischen ...")
        else:
            break
    return found if len(found) >= 2 else []


MODIFIER_REACH = 2   # words after a party that may qualify it before "and" joins the next one


def _next_joined(sentence: Sentence, words: Sequence[str], token_mentions: dict[int, int], i: int) -> int | None:
    """Past up to MODIFIER_REACH words (`words`: the sentence's tokens, lower-cased), the index of a conjunction
    or of a mention written with "و" attached, else None."""
    for k in range(i + 1, min(len(words), i + 1 + MODIFIER_REACH)):
        if words[k] in CONJUNCTIONS or (k in token_mentions and _attached_and(sentence.tokens[k].text)):
            return k
    return None


def _mention_tokens(token_mentions: dict[int, int]) -> dict[int, list[int]]:
    """Mention index -> the indices of its tokens."""
    tokens_of: dict[int, list[int]] = {}
    for t, m in token_mentions.items():
        tokens_of.setdefault(m, []).append(t)
    return tokens_of


def _coordinated(sentence: Sentence, token_mentions: dict[int, int], mentions: Sequence, nearest,
                 earlier: Sequence) -> list:
    """`nearest` and the mentions joined to it by "and" ("Italia e Cina hanno firmato", "A, B and C signed"),
    in text order. The join next to `nearest` must hold a conjunction: a comma alone is an apposition."""
    tokens_of = _mention_tokens(token_mentions)
    group = [nearest]
    left = min(tokens_of[mentions.index(nearest)])
    joined_once = False
    for m in earlier:              # nearest first, going left
        span = tokens_of[mentions.index(m)]
        between = [t.text.lower() for t in sentence.tokens[max(span) + 1:left]]
        if not between and _attached_and(sentence.tokens[left].text):
            between = ["و"]
        if m.country and m.country == group[0].country and (
                (len(between) <= 1 and not set(between) & CONJUNCTIONS)
                or (2 <= len(between) <= 1 + TITLE_ADJECTIVES and between[-1] == ","
                    and not set(between[:-1]) & CONJUNCTIONS)):
            # the title of the same party ("omologo ucraino" before "Dmytro Kuleba"; "o primeiro-ministro kosovar,
            # Albin Kurti")
            left = min(span)
            continue
        closed = _closes_an_apposition(between) and _second_of_an_apposition(sentence, tokens_of, mentions, m)
        # (once a list is joined by "and", a comma with a repeated "of" word goes on with it: "os ministros do
        # Egito, do Sudão e da Etiópia")
        if not between or not (closed or _joined(between)
                               or _joined_by_repeated(between, GENITIVE_WORDS,
                                                      CONJUNCTIONS if joined_once else CONJUNCTIONS - {","})):
            break
        if (not joined_once and not any(w != "," for w in between)) or _apposition(
                sentence, between, max(tokens_of[mentions.index(group[0])])):
            break
        group.insert(0, m)
        joined_once = True
        left = min(span)
    return group


def _closes_an_apposition(between: list[str]) -> bool:
    """A comma, a conjunction and an article: ", e o" after "O Presidente sérvio, Aleksandar Vučić"."""
    return (len(between) == 3 and between[0] == "," and between[1] in CONJUNCTIONS - {","}
            and between[2] in ARTICLES)


TITLE_ADJECTIVES = 2   # words after a title before the comma of its apposition ("il premier kosovaro, Albin Kurti")


def _second_of_an_apposition(sentence: Sentence, tokens_of: dict[int, list[int]], mentions: Sequence, m) -> bool:
    """Whether the mention is a name set off by a comma after a title of the same party ("O Presidente sérvio,
    Aleksandar Vučić"), so that a comma after it closes the apposition rather than the clause."""
    first = min(tokens_of[mentions.index(m)])
    if first < 2 or sentence.tokens[first - 1].text != ",":
        return False
    # (the title's adjectives may follow it: "Presidente sérvio")
    return any(first - 2 - TITLE_ADJECTIVES <= max(tokens) <= first - 2 and mentions[k].country == m.country
               and mentions[k] is not m for k, tokens in tokens_of.items())


def _apposition(sentence: Sentence, between: list[str], right_end: int) -> bool:
    """Whether a comma and an article before a mention (ending at token `right_end`) close a phrase or open an
    apposition ("con Crosetto, il ministro israeliano Yoav Gallant ha espresso") rather than go on with a list,
    which the next conjunction or comma continues ("Donald Trump, il presidente azero Ilham Aliyev e il premier
    armeno ...", "Frankreich, die Niederlande und Belgien")."""
    if not (len(between) == 2 and between[0] == "," and between[1] in ARTICLES):
        return False
    following = sentence.tokens[right_end + 1].text.lower() if right_end + 1 < len(sentence.tokens) else ""
    return following not in CONJUNCTIONS


def _attached_and(word: str) -> bool:
    """An Arabic word that carries the conjunction "و" ("وفرنسا", "والأمم"): a short root never starts with it
    and a name after "و" rarely does, so a word of four letters or more opening with it is read as joined."""
    return word.startswith("و") and len(word) >= 4 and not word.startswith(("وزير", "وزارة", "واشنطن", "وكالة", "وفد"))


# Arabic words that cannot be part of a name after a title: prepositions and time words.
ARABIC_NOT_NAME_WORDS = frozenset({"في", "على", "مع", "من", "إلى", "الى", "عن", "خلال", "بعد", "قبل", "حول", "بين",
                                   "لدى", "أمام", "أمس", "اليوم", "مساء", "صباح"})
ARABIC_NAME_WORDS = 4   # words of a name the KB does not know, after its title ("الرئيس الكيني وليام روتو")


def _name_after_arabic_title(party, between: list[str]) -> bool:
    """Whether the words between an Arabic title and the next "و" party are the title holder's name, unknown to the
    KB: a few words, none with the article ("ال") or a preposition ("والرئيس التنزاني سامية صولحو حسن")."""
    return (bool(getattr(party, "title", None)) and 0 < len(between) <= ARABIC_NAME_WORDS
            and all(w.isalpha() and "\u0621" <= w[0] <= "\u064a" and not w.startswith(("ال", "وال"))
                    and w not in ARABIC_NOT_NAME_WORDS for w in between))


def _joined_right(sentence: Sentence, token_mentions: dict[int, int], mentions: Sequence, in_order: Sequence,
                 repeated: frozenset[str] = frozenset()) -> list:
    """The first of `in_order` and the mentions joined to it by "and" or commas, going right ("A, B e C");
    `repeated` are words that may follow the conjunction (a repeated preposition: "a Israel e ao Hamas")."""
    tokens_of = _mention_tokens(token_mentions)
    group = [in_order[0]]
    right = max(tokens_of[mentions.index(in_order[0])])
    for m in in_order[1:]:
        span = tokens_of[mentions.index(m)]
        # (the words of the party's own title before it are part of it: "und Russlands Präsident Wladimir Putin")
        own = _title_start(sentence, m)
        # (so are the words of the previous party's title after it: "الرئيس" + "المصري" before its name)
        title_end = _title_end(sentence, group[-1])
        between = [t.text.lower() for t in sentence.tokens[right + 1:min(span)] if title_end <= t.start < own]
        if _attached_and(sentence.tokens[min(span)].text) and (
                not between or _name_after_arabic_title(group[-1], between)):
            between = ["و"]   # Arabic writes "and" on the word: "إسبانيا وفرنسا وألمانيا"
        # A title right before its name ("Kremlchef" "Wladimir Putin") is the same party: no word between.
        if not between and m.country != group[-1].country:
            break
        if between and not (_joined(between) or _joined_by_repeated(between, repeated, CONJUNCTIONS)):
            break
        if _apposition(sentence, between, max(span)):
            break
        group.append(m)
        right = max(span)
    return group


def _origin_of(sentence: Sentence, first_token: Sequence[int], mentions: Sequence, person, place) -> bool:
    """Whether `place` says where `person` comes from, right after it and of its country, or of none the text gives
    ("Soldaten aus Indien": the soldiers' country was only guessed from the places named)."""
    end = max(i for i, t in enumerate(sentence.tokens) if t.start < person.end)
    between = [t.text.lower() for t in sentence.tokens[end + 1:first_token[mentions.index(place)]]]
    return ((person.country == place.country or getattr(person, "country_inferred", False))
            and len(between) == 1 and between[0] in GERMAN_ORIGIN_WORDS)


def _title_end(sentence: Sentence, mention) -> int:
    """Where a mention's title ends when it begins with the mention and runs on in the text ("الرئيس" of "الرئيس
    المصري"); else the mention's own end."""
    title = getattr(mention, "title", None) or ""
    if len(title) > len(mention.text) and sentence.text[mention.start - sentence.start:].startswith(title):
        return mention.start + len(title)
    return mention.end


def _title_start(sentence: Sentence, mention) -> int:
    """Where a mention's title begins when the title runs up to it in the text ("Russlands Präsident" before
    "Präsident"); else the mention's own start."""
    title = getattr(mention, "title", None) or ""
    start = mention.start - (len(title) - len(mention.text))
    if title.endswith(mention.text) and start >= sentence.start \
            and sentence.text[start - sentence.start:mention.end - sentence.start] == title:
        return start
    return mention.start


# "of" words a coordination may repeat before its second party: "os enviados de Washington e de Teerão".
GENITIVE_WORDS = frozenset({"of", "de", "di", "del", "della", "dello", "dei", "degli", "delle", "do", "da", "dos",
                            "das", "du", "des", "von", "vom", "der", "the", "la", "le", "l'", "el", "los", "las"})


def _joined_by_repeated(between: list[str], repeated: frozenset[str], joiners: frozenset[str]) -> bool:
    """A joiner ("and", or also a comma) followed by a repeated preposition and its article: "de Washington e de
    Teerão" with GENITIVE_WORDS, "a Israel e ao Hamas" with a recipient's prepositions."""
    return len(between) <= 3 and between[0] in joiners and all(w in repeated for w in between[1:])


# Prepositions (with the article fused or after them) that a coordination may repeat before its second recipient.
REPEATED_CASE_WORDS = frozenset({"to", "with", "against", "à", "au", "aux", "a", "ao", "aos", "às", "al", "alla",
                                 "alle", "ai", "agli", "allo", "all'", "an", "gegen", "mit", "con", "contra",
                                 "contro", "com", "the", "le", "la", "les", "l'", "el", "los", "las", "die", "der",
                                 "den", "dem", "il", "lo", "gli", "i", "o", "os", "as", "ل", "مع", "ضد", "على"})
# ... and the "of" words: "ameaçar bloquear a adesão da Suécia e da Finlândia", "cobrou dos Estados Unidos e da União
# Europeia".
RECIPIENT_JOINERS = REPEATED_CASE_WORDS | GENITIVE_WORDS


GERMAN_GENITIVE = frozenset({"des", "eines", "dieses"})
GERMAN_PREPOSITIONS = frozenset("""mit von vom gegen an am auf für zu zum zur nach aus bei beim in im ins über
    unter vor hinter neben zwischen durch ohne um seit trotz wegen während gegenüber laut""".split())
GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "em", "es")
GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines diese dieser diesen "
                            "dieses diesem jene jener jenen".split())


def _phrase_start(start: int, token_mentions: dict[int, int], tokens=None) -> int:
    """The first token of the run of mentions ending at `start` ("Präsident" before "Lai Ching-te"), with a
    German genitive name before it ("Moldaus Präsidentin Maia Sandu")."""
    while start - 1 in token_mentions or (
            tokens is not None and start > 0 and _genitive_name(tokens[start - 1].text)):
        start -= 1
    return start


def _genitive_name(word: str) -> bool:
    """A capitalised German word in the Saxon genitive: "Moldaus", "Serbiens", "Russlands"."""
    return len(word) > 3 and word[:1].isupper() and word.endswith("s") and word.isalpha()


def _german_oblique(tokens, start: int) -> bool:
    """Whether a German mention is a genitive ("des neuen Präsidenten") or follows a preposition, so it is no
    subject. Adjectives between the article and the mention are skipped ("dem benachbarten Libanon")."""
    k = start - 1
    if k >= 1 and tokens[k].text.isalpha() \
            and tokens[k].text[:1].isupper() and tokens[k].text.lower() not in GERMAN_ARTICLES | GERMAN_PREPOSITIONS \
            and tokens[k - 1].text.lower() in GERMAN_ARTICLES | GERMAN_PREPOSITIONS:
        k -= 1   # a common noun before the name ("vom Flughafen Kabul", "in der Hauptstadt Kiew")
    while k >= max(0, start - 3) and tokens[k].text.isalpha() and tokens[k].text[:1].islower() \
            and tokens[k].text.lower() not in GERMAN_ARTICLES | GERMAN_PREPOSITIONS \
            and tokens[k].text.lower().endswith(GERMAN_ADJECTIVE_ENDINGS):
        k -= 1
    if k >= 1 and tokens[k].text.lower() in GERMAN_ARTICLES - GERMAN_GENITIVE:
        k -= 1   # "an die Ukraine", "mit dem benachbarten Libanon": the preposition before the article
    return k >= 0 and tokens[k].text.lower() in GERMAN_GENITIVE | GERMAN_PREPOSITIONS


SHARED_SUBJECT_CONJUNCTIONS = {"it": frozenset({"e", "ed"}), "pt": frozenset({"e"}), "de": frozenset({"und"})}
GERUND_ENDINGS = {"it": ("ando", "endo"), "pt": ("ando", "endo", "indo")}
# Italian writes object pronouns onto the gerund: "accusandoli", "chiedendogli", "definendola".
ENCLITICS = {"it": ("gli", "li", "lo", "la", "le", "ne", "si", "ci", "mi", "ti", "vi")}


# Portuguese joins them with a hyphen: "acusando-o", "acusando-os", "chamando-lhe".
HYPHENATED_CLITICS = {"pt": frozenset({"o", "a", "os", "as", "lo", "la", "los", "las", "lhe", "lhes", "se", "no",
                                       "na", "nos", "nas"})}
# The clitics that stand for a direct object (a party), not a reflexive or a dative.
OBJECT_CLITICS = {"it": ("lo", "la", "li", "le"), "pt": ("o", "a", "os", "as", "lo", "la", "los", "las")}


def _without_enclitic(word: str, lang: str) -> str:
    """The word without an object pronoun written onto its end ("accusandoli" -> "accusando", "acusando-o" ->
    "acusando")."""
    stem, _, clitic = word.rpartition("-")
    if stem and clitic in HYPHENATED_CLITICS.get(lang, ()):
        return stem
    for clitic in ENCLITICS.get(lang, ()):
        if word.endswith(clitic) and len(word) > len(clitic) + 4:
            return word[:-len(clitic)]
    return word


def _object_clitic(word: str, lang: str) -> bool:
    """Whether a direct object pronoun is written onto the verb ("acusando-o", "accusandolo")."""
    stem, _, clitic = word.rpartition("-")
    if stem and lang in HYPHENATED_CLITICS:
        return clitic in OBJECT_CLITICS[lang]
    bare = _without_enclitic(word, lang)
    return bare != word and word[len(bare):] in OBJECT_CLITICS.get(lang, ())


CLOSED_RELATIVE_REACH = 3   # tokens from the comma that closes a relative clause to the trigger ("..., ameaçou hoje")


def _relative_clause_closed_before(tokens, start: int, head: int, first_token: dict[int, int]
                                   ) -> tuple[int, int] | None:
    """The span (from its pronoun to its closing comma) when the clause at `start` is a relative clause opened after
    a comma (", que", ", che", ", who") that a comma closes just before the trigger, no mention between: the
    trigger then belongs to the clause around it. None otherwise."""
    if start < 2 or tokens[start - 1].text.lower() not in RELATIVE_SUBJECTS or tokens[start - 2].text != ",":
        return None
    comma = next((k for k in range(head - 1, start, -1) if tokens[k].text == ","), None)
    if comma is None or head - comma > CLOSED_RELATIVE_REACH or any(comma < t < head for t in first_token.values()):
        return None
    return start - 1, comma


def _shared_subject_start(tokens, head: int, lang: str, token_mentions: dict[int, int]) -> int | None:
    """Without a parse, where a verb that shares its main clause's subject begins: a coordinated verb with no
    subject of its own ("L'Unione africana ha sospeso il Gabon e ha chiesto ai militari ...", "und forderte")
    or a gerund after a comma ("la Russia ha lanciato ... missili, colpendo centrali"). None otherwise."""
    word = _without_enclitic(tokens[head].text.lower(), lang)
    if head > 0 and tokens[head - 1].text == "," and word.endswith(GERUND_ENDINGS.get(lang, ("-",))):
        return head - 1
    conjunctions = SHARED_SUBJECT_CONJUNCTIONS.get(lang)
    if not conjunctions:
        return None
    k = head - 1
    # auxiliaries, clitics and adverbs between the conjunction and the verb ("e ha poi chiesto")
    while k >= max(0, head - 3) and k not in token_mentions and tokens[k].text.isalpha() \
            and tokens[k].text[:1].islower() and tokens[k].text.lower() not in conjunctions:
        k -= 1
    return k if k > 0 and tokens[k].text.lower() in conjunctions else None


RELATIVE_SUBJECTS = frozenset({"che", "que", "qui", "who", "which"})   # also in CLAUSE_BREAKS
# Prepositions (with their article) before a name that is no subject: "ao Sudão", "nella Libia".
OBLIQUE_PREPOSITIONS = {
    "pt": frozenset("a à ao aos às de do da dos das em no na nos nas para por pelo pela com contra sobre".split()),
    "it": frozenset("a al alla ai alle di del della dei delle in nel nella nei nelle da dal dalla per con su sul "
                    "sulla contro tra fra".split()),
}
# Without a parse, the conjunction that opens a reported clause: "ha annunciato che", "anunciou que", "erklärte,
# dass" (German writes a pronoun subject there, which is no mention).
REPORTED_CLAUSE_OPENERS = {"it": frozenset({"che"}), "pt": frozenset({"que"}), "de": frozenset({"dass"})}
SPEECH_VERB_REACH = 4   # tokens from the verb of saying to its conjunction ("erklärte am Montag, dass")


NOUN_OBJECT_REACH = 3   # tokens from a complement clause's start to its verb's object noun at most


def _noun_after_the_verb(tokens, start: int, trigger: TriggerMatch, lang: str) -> bool:
    """An event noun with a word other than an article before it in its clause: the object of the clause's verb
    ("ha annunciato che aprirà un esame preliminare"), not its subject ("ha detto che le violenze continuano")."""
    determiners = DETERMINERS.get(lang, frozenset())
    # (near the clause's start: a noun further on is the object's complement, "... sulle violenze seguite")
    return trigger.tokens[0] - start <= NOUN_OBJECT_REACH and any(
        any(ch.isalpha() for ch in tokens[k].text) and normalise(tokens[k].text) not in determiners
        for k in range(start, trigger.tokens[0]))


def _speaker_of_complement(tokens, start: int, first_token: dict[int, int], mentions: Sequence, lang: str,
                           speech_verbs: frozenset[str]) -> list:
    """The speaker (the mentions of the clause before, from its first one) when the clause at `start` opens
    with a reported-clause conjunction right after a verb of saying; [] otherwise."""
    opener = start - 1
    if opener < 1 or tokens[opener].text.lower() not in REPORTED_CLAUSE_OPENERS.get(lang, ()):
        return []
    verb = next((k for k in range(opener - 1, max(-1, opener - 1 - SPEECH_VERB_REACH), -1)
                 if tokens[k].text.lower() in speech_verbs or tokens[k].lemma.lower() in speech_verbs), None)
    if verb is None:
        return []
    previous_break = next((i for i in range(verb - 1, -1, -1) if tokens[i].text.lower() in CLAUSE_BREAKS), -1)
    return sorted((mentions[m] for m, t in first_token.items() if previous_break < t < verb),
                  key=lambda m: first_token[mentions.index(m)])


# A German separable verb's zu-infinitive written as one word: "abzuschieben", "auszusetzen", "freizulassen",
# "zusammenzuziehen".
GERMAN_ZU_INFINITIVE = re.compile(
    r"^(?:ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|weg|zurück|los|her|hin|zusammen|durch|um|über|weiter|wieder"
    r"|fort|teil|statt|zu|dar|entgegen|hervor)zu\w{3,}en$")


def _german_infinitive_subject(tokens, trigger: TriggerMatch, start: int, first_token: dict[int, int],
                               mentions: Sequence, lang: str):
    """A German zu-infinitive whose clause follows a comma names no subject: it is that of the clause before, when
    that clause names one party only, its subject ("Das Innenministerium kündigte am Dienstag an, ... Migranten
    aus Myanmar ... abzuschieben"). With a second party there ("hat die Regierung aufgefordert, ...") the act may
    be the object's; None then, and for any other trigger."""
    head = trigger.tokens[-1]
    if lang != "de" or not (GERMAN_ZU_INFINITIVE.match(tokens[head].text.lower())
                            or tokens[head - 1].text.lower() == "zu"):
        return None
    commas = [i for i in range(start, trigger.tokens[0]) if tokens[i].text in (",", ";", ":")]
    if len(commas) != 1 or tokens[commas[0]].text != ",":
        return None     # the clause before must open the sentence
    previous = [m for m, t in first_token.items() if t < commas[0]]
    return mentions[previous[0]] if len(previous) == 1 else None


def _opening_subject(tokens, upto: int, first_token: dict[int, int], mentions: Sequence) -> list:
    """Without a parse, the main clause's subject before `upto`: the sentence's first mention, unless the
    sentence opens with a prepositional phrase (then none is trusted)."""
    if tokens and tokens[0].text.lower() in FRONTING_PREPOSITIONS:
        return []
    return sorted((mentions[m] for m, t in first_token.items() if t < upto),
                  key=lambda m: first_token[mentions.index(m)])[:1]


V2_SUBJECT_REACH = 3   # tokens from a German auxiliary to its subject ("haben sich die USA", "hat Bundeskanzler")
FRONTED_REACH = 12   # tokens a phrase before the main clause may run ("Al termine di dodici ore di colloqui a Ocrida,")


# Prepositions that open a phrase before the main clause: "En visite à", "In un'operazione congiunta", "Al termine
# di", "Ao fim de", "During talks in", "Bei einem Besuch in".
FRONTING_PREPOSITIONS = frozenset({"en", "in", "al", "alla", "ao", "à", "a", "au", "durante", "during", "lors",
                                   "nel", "nella", "im", "bei", "beim", "at", "on", "após", "after", "après",
                                   "tras", "dopo", "nach", "following", "no", "na", "em"})

# The Romance prepositions "a" and "no" ("no Brasil") open English sentences as determiners.
ENGLISH_ARTICLES = frozenset({"a", "no"})


def fronted_phrase_end(tokens, head: int, last: int, lang: str = "") -> int | None:
    """The comma that closes a prepositional phrase opening the sentence and holding the trigger, or None. German
    writes no comma there: the finite auxiliary of the main clause follows the phrase ("Bei ihrer Gesprächsrunde
    in Istanbul haben sich Russland und die Ukraine ... verständigt")."""
    if not tokens or tokens[0].text.lower() not in FRONTING_PREPOSITIONS:
        return None
    if lang == "en" and tokens[0].text.lower() in ENGLISH_ARTICLES:
        return None   # "A Turkish aid ship carrying ... docked": an article, not the preposition "a"
    closers = VERB_FINAL_AUXILIARIES.get(lang, frozenset()) | {","}
    end = next((i for i in range(last + 1, min(len(tokens), FRONTED_REACH + 1))
                if tokens[i].text.lower() in closers), None)
    if end is None or any(t.text in {",", ";", ":"} for t in tokens[:head]):
        return None
    return end


# Without a parse: words right after a demand, charge, refusal or pledge noun that introduce who made it ("Appelle aus
# Paris", "Unterstützung von den USA"). Italian elides the article onto the name: "dell'Italia" is one token.
SOURCE_MARKERS = {"de": frozenset({"aus", "von", "vom"})}
# Words a German list of actors may repeat after "und": where each side comes from, with its article ("aus Indien
# und von den Malediven").
GERMAN_ORIGIN_WORDS = SOURCE_MARKERS["de"] | frozenset({"den", "der", "dem"})
# A genitive names who speaks after a demand, charge, threat or refusal ("Vorwürfe der Regierung", "le richieste di
# Mosca", "as exigências dos Estados Unidos") but whom one supports ("die Unterstützung der Ukraine", "il
# riconoscimento della Palestina"): there it names no source.
GENITIVE_MARKERS = {
    "de": frozenset({"der", "des"}),
    "it": frozenset({"di", "del", "della", "dei", "degli", "delle", "dello"}),
    "pt": frozenset({"de", "do", "da", "dos", "das"}),
}
ELIDED_GENITIVE_MARKERS = {"it": ("dell'", "dell’", "d'", "d’")}
SOURCED_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT"})
GENITIVE_SOURCED_TYPES = SOURCED_TYPES - {"SUPPORT"}
SOURCE_REACH = 2   # tokens from the marker to the party's first word ("der Regierung in Kinshasa")


def _speech_noun_source(sentence: Sentence, trigger: TriggerMatch, after: Sequence, first_token: dict[int, int],
                        mentions: Sequence, lang: str, reaction: bool = False):
    """The party that made a demand, charge, refusal or pledge named by a noun trigger, when a source word follows
    the noun at once ("Forderungen aus Brüssel"); else None. A `reaction` ("suscitando la condanna della Georgia",
    "il plauso di Washington") takes its source from the genitive whatever its type; in Arabic from the noun's
    genitive ("إدانة جورجيا") or after "من"."""
    if (trigger.entry.pos != "NOUN" and not reaction) or trigger.entry.type not in SOURCED_TYPES | REACTION_TYPES:
        return None
    k = trigger.tokens[-1] + 1
    if k >= len(sentence.tokens):
        return None
    word = sentence.tokens[k].text.lower()
    if reaction and lang == "ar":
        first, last = (k + 1, k + SOURCE_REACH) if word == "من" else (k, k)
        return next((m for m in after if first <= first_token[mentions.index(m)] <= last), None)
    if lang not in GENITIVE_MARKERS or (trigger.entry.type not in SOURCED_TYPES and not reaction):
        return None
    genitive = trigger.entry.type in GENITIVE_SOURCED_TYPES or reaction
    if word in SOURCE_MARKERS.get(lang, ()) or (genitive and word in GENITIVE_MARKERS[lang]):
        first, last = k + 1, k + SOURCE_REACH
    elif genitive and word.startswith(ELIDED_GENITIVE_MARKERS.get(lang, ())):
        first, last = k, k   # the marker and the party's first word at once
    elif genitive and lang == "de" and _genitive_name(sentence.tokens[k].text):
        first, last = k, k   # a name in the genitive: "die Forderung Washingtons", "Vorwürfe Pekings"
    else:
        return None
    return next((m for m in after if first <= first_token[mentions.index(m)] <= last), None)


# After an attack noun and its genitive, the preposition naming the target: with it, the genitive is the attacker
# ("Luftangriff des US-Militärs auf ein Lager", "l'attacco dell'esercito contro"); without it, often the target
# ("die Bombardierung Kiews").
ATTACK_TARGET_PREPOSITIONS = {"de": frozenset({"auf", "gegen"}), "it": frozenset({"contro"}),
                              "pt": frozenset({"contra"})}
TARGET_PREPOSITION_REACH = 3   # words from the attacker's first word to the preposition ("des US - Militärs auf")
TARGET_REACH = 6   # words from the preposition to the target's first word ("auf ein Lager der Al - Schabab")


def _attack_genitive_agent(sentence: Sentence, trigger: TriggerMatch, end: int, first_token: dict[int, int],
                           mentions: Sequence, lang: str) -> tuple | None:
    """Without a parse: (attacker, target or None) of an ASSAULT noun followed by a genitive party and then a
    target preposition, in the clause ending at `end`; else None."""
    prepositions = ATTACK_TARGET_PREPOSITIONS.get(lang)
    if not prepositions or trigger.entry.pos != "NOUN" or trigger.entry.type != "ASSAULT":
        return None
    tokens = sentence.tokens
    k = trigger.tokens[-1] + 1
    if k >= end:
        return None
    word = tokens[k].text.lower()
    if word in GENITIVE_MARKERS[lang]:
        first, last = k + 1, k + SOURCE_REACH
    elif word.startswith(ELIDED_GENITIVE_MARKERS.get(lang, ())) or (lang == "de" and _genitive_name(tokens[k].text)):
        first, last = k, k
    else:
        return None
    by_position = sorted((t, m) for m, t in first_token.items())
    agent_at = next((t for t, _ in by_position if first <= t <= last), None)
    if agent_at is None:
        return None
    preposition = next((i for i in range(agent_at + 1, min(end, agent_at + 1 + TARGET_PREPOSITION_REACH))
                        if tokens[i].text.lower() in prepositions), None)
    if preposition is None or any(tokens[i].text in (",", ";", ":") for i in range(agent_at, preposition)):
        return None
    agent = next(mentions[m] for t, m in by_position if t == agent_at)
    target = next((mentions[m] for t, m in by_position if preposition < t <= min(end - 1, preposition + TARGET_REACH)
                   and mentions[m] is not agent), None)
    return agent, target


REACTION_VERB_REACH = 3   # words between a verb of causing and its reaction noun ("suscitando la dura condanna")


def unparsed_reaction(sentence: Sentence, trigger: TriggerMatch, reaction_verbs: frozenset[str]) -> bool:
    """Without a parse: whether a reaction noun is the object of a verb of causing, standing at most
    REACTION_VERB_REACH words before it ("suscitando la condanna", "مما أثار إدانة", "löste scharfe Kritik aus") or,
    in German's verb-final clauses, after it ("auf scharfe Kritik stieß", "Kritik hervorrief")."""
    # (any part of speech: without a tagger "إدانة" matches the verb's entry, but a verb of causing takes a noun)
    if trigger.entry.type not in REACTION_TYPES or not reaction_verbs:
        return False
    words = [normalise(t.text) for t in sentence.tokens]
    first, last = trigger.tokens[0], trigger.tokens[-1]
    window = list(range(max(0, first - REACTION_VERB_REACH - 1), first)) + list(
        range(last + 1, min(len(words), last + 2 + REACTION_VERB_REACH)))
    for i in window:
        if words[i] in (",", ";", ":"):
            continue
        if words[i] in reaction_verbs or " ".join(words[i:i + 2]) in reaction_verbs:
            between = words[min(i, last) + 1:max(i, first)]
            if not any(w in (",", ";", ":") for w in between):
                return True
    return False


GERMAN_SEAT_PREPOSITIONS = frozenset({"in", "bei", "beim"})


def _german_reaction_seat(sentence: Sentence, trigger: TriggerMatch, first_token: dict[int, int], mentions: Sequence):
    """German: the party a reaction met with, named before the noun after "in" or "bei" ("was in Israel auf scharfe
    Kritik stieß", "was bei der EU Kritik hervorrief")."""
    tokens = sentence.tokens
    for m, t in sorted(first_token.items(), key=lambda x: -x[1]):
        if t < trigger.tokens[0] - 5:
            break
        if t < trigger.tokens[0] and any(tokens[i].text.lower() in GERMAN_SEAT_PREPOSITIONS
                                         for i in range(max(0, t - 2), t)):
            return mentions[m]
    return None


def _preceded_by(sentence: Sentence, first_token: dict[int, int], mentions: Sequence, mention, cases: tuple[str, ...]) -> bool:
    if not cases:
        return False
    index = mentions.index(mention)
    start = first_token.get(index)
    if start is None:
        return False
    window = [sentence.tokens[i].text.lower() for i in range(max(0, start - 3), start)]
    own = sentence.tokens[start]
    if own.start < mention.start <= own.end:
        # an elided preposition written on the name: "all'Ucraina", "dell'Iran", "nell'Unione"
        window.append(own.text[:mention.start - own.start].lower())
    return any(w in cases or any(w.startswith(c) for c in cases if len(c) == 1) for w in window)


# Arabic names an attack's author in a relative verb after the attack noun: "في غارات شنّتها طائرات روسية",
# "في هجوم شنه مسلحون", "الغارات التي شنتها إسرائيل", "في تفجير تبنته حركة الشباب". The verb carries the attack
# as an object suffix; its subject follows it.
ARABIC_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
LAUNCH_VERB = re.compile(r"^[وف]?(?:[تي]?(?:شن|نفذ|ارتكب)(?:ت|و)?|تبن[تا])(?:ه|ها|هما)$")
# Prepositions that put the trigger inside the attack ("killed in / as a result of an attack launched by ...").
IN_ATTACK = frozenset({"في", "خلال", "إثر", "اثر", "جراء", "جرّاء", "بفعل"})
ARABIC_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
LAUNCH_SUBJECT_REACH = 4   # tokens from the verb to its subject's first word ("شنّه مسلحون من تنظيم «...»")


def bare_arabic(word: str) -> str:
    """The word without its short vowels, shadda and tatweel ("شنّتها" -> "شنتها")."""
    return ARABIC_DIACRITICS.sub("", word)


def _launch_verb(words: Sequence[str], trigger: TriggerMatch, end: int) -> int | None:
    """Index of a verb that names who launched the trigger's attack: right after the trigger noun (or its
    relative pronoun), or after a noun that a preposition puts the trigger in ("قُتل ... في هجوم شنه")."""
    last = trigger.tokens[-1]
    for k in range(last + 1, end):
        if not LAUNCH_VERB.match(bare_arabic(words[k])):
            continue
        noun = k - 2 if words[k - 1] in ARABIC_RELATIVE_PRONOUNS else k - 1
        # (the attack noun may take an adjective: "في تفجير انتحاري تبنته")
        if noun == last or any(last < p < noun and words[p] in IN_ATTACK for p in (noun - 1, noun - 2)):
            return k
        return None     # a launch verb of some other noun: the trigger's author is not named there
    return None


def _launched_by(sentence: Sentence, trigger: TriggerMatch, end: int, first_token: dict[int, int],
                 mentions: Sequence) -> tuple | None:
    """(author, index of the launch verb) of an Arabic "attack launched by X" phrase on the trigger, else None.
    A party named with a country of its own beats a generic one given the story's country ("مسلحون من تنظيم
    داعش": the organisation, not the gunmen)."""
    k = _launch_verb([t.text for t in sentence.tokens], trigger, end)
    if k is None:
        return None
    near = [mentions[m] for m, t in sorted(first_token.items(), key=lambda x: x[1]) if k < t <= k + LAUNCH_SUBJECT_REACH
            and t < end]
    if not near:
        return None
    named = [m for m in near if m.country and not getattr(m, "country_inferred", False)]
    return (named or near)[0], k


# The Arabic past passive shows only in its vowels: a damma on the first letter ("قُتل", "أُصيب") or, in the
# derived forms written with a leading alif, on the second or third ("اعتُقل", "استُهدف"); the active has a fatha.
ARABIC_PASSIVE = re.compile("^[وف]?(?:[^\u064b-\u0652\\sيتنما]\u064f|(?!ال)[اأإ][^\u064b-\u0652\\s]{1,2}\u064f)")
# Words that open the agent of a passive: "على يد / على أيدي", "من قبل", "برصاص / بنيران" (by the fire of).
ARABIC_AGENT_PAIRS = frozenset({("على", "يد"), ("على", "أيدي"), ("على", "ايدي"), ("من", "قبل"), ("من", "جانب")})
ARABIC_AGENT_WORDS = frozenset({"برصاص", "بنيران", "بيد", "بأيدي"})


def _arabic_agent_marker(words: Sequence[str], start: int, end: int) -> int | None:
    """Index of the last word of the first agent marker in words[start:end], else None."""
    for i in range(start, end):
        if words[i] in ARABIC_AGENT_WORDS:
            return i
        if i + 1 < end and (words[i], words[i + 1]) in ARABIC_AGENT_PAIRS:
            return i + 1
    return None


def _arabic_passive(sentence: Sentence, trigger: TriggerMatch, start: int, end: int, first_token: dict[int, int],
                    mentions: Sequence) -> tuple | None:
    """(agent or None, subject or None) of an Arabic verb trigger written as a passive, else None. The subject
    follows the verb ("اعتُقل المعارض الروسي") or, after a complementiser, precedes it ("بأن المناضل ... قُتل")."""
    head = trigger.head
    if not ARABIC_PASSIVE.match(sentence.tokens[head].text):
        return None
    words = [bare_arabic(t.text) for t in sentence.tokens]
    last = trigger.tokens[-1]
    marker = _arabic_agent_marker(words, last + 1, end)
    by_position = sorted((t, m) for m, t in first_token.items())
    agent = _agent_at(by_position, mentions, marker + 1, marker + AGENT_REACH, end) if marker is not None else None
    stop = marker if marker is not None else end
    subject = next((mentions[m] for t, m in by_position if last < t < stop), None) or next(
        (mentions[m] for t, m in reversed(by_position) if start <= t < head), None)
    return agent, subject


# The word that marks where someone went, before an event noun: Arabic "إلى" before any; "a"/"à" only before a
# visit ("chegou hoje a Díli para uma visita"), elsewhere they are as often the dative.
DESTINATION_MARKERS = {"ar": frozenset({"إلى", "الى"}), "pt": frozenset({"a", "à"}), "es": frozenset({"a"}),
                       "it": frozenset({"a"}), "fr": frozenset({"à"})}


def _destination_before(tokens: Sequence, before: Sequence, first_token: dict[int, int], mentions: Sequence,
                        lang: str):
    """The nearest mention before an event noun when the language's destination word marks it as where its subject
    went and an earlier mention in the clause can be that subject, else None."""
    if len(before) < 2:
        return None
    nearest = before[0]
    at = first_token[mentions.index(nearest)]
    return nearest if at > 0 and tokens[at - 1].text.lower() in DESTINATION_MARKERS.get(lang, ()) else None


NOUN_PHRASE_OPENERS = frozenset({"DET", "ADJ", "ADP", "ADV", "NUM"})
NOUN_PHRASE_OPENER_REACH = 4   # ", in an unprecedented move": words between the comma and the noun


def summing_reaction_noun(tokens, kids: list[list[int]], node: int) -> bool:
    """A noun set off by a comma that sums up the clause before it and carries a clause or participle of its own:
    ", una decisión condenada por la Unión Europea", ", a move Asmara denounced as unjust" (mostly an apposition;
    the Spanish parser also hangs it as a second object). Its parties react to the clause's act; they take no
    part in it."""
    if not set_off_by_comma(tokens, node):
        return False
    return any(tokens[c].dep in NESTED_CLAUSE_DEPS
               or (tokens[c].dep == "amod" and "VerbForm=Part" in tokens[c].morph and c > node)
               for c in kids[node])


def _reduced_relative_subject(tokens, kids: list[list[int]], node: int) -> bool:
    """Whether the node is the subject of a reduced relative the parser hung on it (`subject_hung_on_summing_noun`):
    no object of the act before it, nor part of one."""
    return any(subject_hung_on_summing_noun(tokens, k) for k in kids[node])


def set_off_by_comma(tokens, noun: int) -> bool:
    """Whether a comma opens the noun's phrase, with only articles, adjectives and prepositions between."""
    k = noun - 1
    while k >= 0 and noun - k <= NOUN_PHRASE_OPENER_REACH and tokens[k].pos in NOUN_PHRASE_OPENERS:
        k -= 1
    return k >= 0 and tokens[k].text == ","


SUMMING_NOUN_MODIFIER_DEPS = frozenset({"npadvmod"})   # not "compound": ", a revenge drama shot in secret"
SUMMING_SUBJECT_REACH = 6   # ", a step Israel's foreign minister": tokens from the summing noun to its subject


APPOSITION_CHAIN = 2   # appositions climbed from a reduced relative's subject to the noun set off by the comma


def subject_hung_on_summing_noun(tokens, node: int) -> bool:
    """Whether a participle clause is a reduced relative whose subject the parser set in apposition to the noun
    that sums up the clause before it: in ", a step Israel's foreign minister condemned as ...", "minister" hangs
    on "step" and "condemned" on "minister", which is the verb's subject, not the noun it describes. The parser
    may also hang the summing noun on the subject ("step" as a modifier of "minister")."""
    noun = tokens[node].head
    if tokens[node].dep != "acl" or noun < 0:
        return False
    # (through a name in apposition to the subject's noun: ", a move the digital rights group Access Now
    # condemned as ...", "condemned" on "Access", "Access" on "group", "group" on "move")
    apposed = noun
    for _ in range(APPOSITION_CHAIN):
        if tokens[apposed].dep != "appos":
            break
        apposed = tokens[apposed].head
        if set_off_by_comma(tokens, apposed):
            return True
    return any(tokens[c].head == noun and tokens[c].dep in SUMMING_NOUN_MODIFIER_DEPS and tokens[c].pos == "NOUN"
               and set_off_by_comma(tokens, c) for c in range(max(0, noun - SUMMING_SUBJECT_REACH), noun))

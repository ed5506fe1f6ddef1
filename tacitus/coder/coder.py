"""The event coder: triggers + roles + modes + auxiliary modes for each sentence of a parsed document."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from ..actors.model import IMPERSONAL_SPEAKER
from ..compat import valid_modes
from ..nlp.base import Parsed, Sentence
from .aux import (aux_modes, compound_participle_clause, cue_starts, denied_content, intent_cue, is_event_noun,
                  left_open, left_open_spans, past_year)
from .lexicon import COMPOUNDING_LANGUAGES, Lexicon, load_lexicon, normalise
from .roles import (AGENT_DEPS, AGENT_MARKERS, ARABIC_RELATIVE_PRONOUNS, ARTICLES, CIRCUMSTANCE_DEPS, CLAUSE_BREAKS,
                    COMPLEMENT_OPENERS, CONJUNCTIONS, GERUND_ENDINGS, PARTICIPLE_AGENT_WORDS, POSSESSIVE_DEPS,
                    SUBJECT_DEPS, VERB_FINAL_AUXILIARIES, VERB_INITIAL_LANGS, Roles, UnresolvedMention, agent_marker,
                    agent_phrases, announcer_of_passive, between_parties, child_lists, closing_report,
                    concessive_roles, concessive_tokens, concessive_verb, first_conjunct_recipients,
                    fronted_participle, hand_over_to_destination, is_joint_act, linear_roles, main_clause_subject,
                    morph_feature, parsed_roles, reaction_roles, reaction_verb, reporter_tokens, set_off_by_comma,
                    speaker_as_dropped_subject, subject_hung_on_summing_noun, subtree, summing_reaction,
                    summoning_body, unparsed_noun_agent, unresolved_recipient)
from .claims import claim_words, claimed_attacks, claimer
from .occasions import attach_occasions, occasion_word
from .recipient_filler import RecipientFiller, fill_recipients, party_features
from .request_authors import covering_mention, request_author
from .rewrites import (EVENT_ROLES, answering_the_act_before, banned_protests, disaster_tolls, dispersal_by_force,
                       first_token, handing_over_a_person, judging_the_act_just_reported, meeting_where_the_visit_went,
                       one_attack, prisoners_protest_their_jailers, protesters_violence_is_a_riot,
                       protests_as_the_reason, released_and_handed_over)
from .scorer import EventScorer, score_sentence
from .triggers import PARTICIPLE_ENDINGS, TriggerMatch, find_triggers
from .unparsed import INFINITIVE_GOVERNING, INFINITIVE_REACH, infinitive, unparsed_attributive_participle
from .venues import venue_tokens

CONTEXT_NAMES = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
    "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
    "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping",
    "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn",
    "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking"})  # PLOVER 2.0 manual
# Manual: future SUPPORT, COOPERATE and AID are AGREE (one category, not category + future); an announced
# RETREAT is CONCEDE; a future CONCEDE stays CONCEDE + future. (The manual also makes future meetings AGREE;
# tacitus keeps CONSULT + future there, as its gold sets code them.) An intent cue before the first three is AGREE
# too (manual, AGREE: "indicate willingness or commitment to cooperate": "намерена оказать помощь").
FUTURE_AS_AGREE = frozenset({"COOPERATE", "AID", "SUPPORT"})
FUTURE_AS_CONCEDE = frozenset({"RETREAT"})
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
# A nominal trigger after these words is the background of the sentence, not its event ("lors de la conversation").
BACKGROUND_WORDS = frozenset({"lors", "cours", "pendant", "durant", "après", "avant", "during", "after", "before",
                              "amid", "durante", "después", "antes", "tras", "во", "время", "после", "перед", "при",
                              "خلال", "بعد", "قبل", "während", "dopo", "prima", "após",
                              # "in view of", "as a result of", "because of", "since", "following"
                              "angesichts", "infolge", "wegen", "seit", "following", "since", "suite", "seguito",
                              "desde", "depuis",
                              # (not German "nach", "vor", "bei": before an event noun they are mostly "according
                              # to", "in front of", "at": "bei Protesten vor dem Kanzleramt")
                              # Arabic: "in the wake of", "as a result of", "since", and nouns that make an event
                              # noun a topic ("the crime of", "the case of", "the investigation into", "the
                              # anniversary of")
                              "إثر", "اثر", "عقب", "غداة", "جراء", "أعقاب", "منذ", "جريمة", "قضية", "ملف", "تهمة",
                              "بتهمة", "ذكرى", "التحقيق"})
# Prepositions that make a country or capital a place, not a party ("met X in Brussels").
LOCATIVE_WORDS = frozenset({"in", "en", "dans", "в", "во", "في", "im", "em", "no", "na", "nel", "nella", "at"})
# Second words of idioms that open with a locative preposition and name no place: "in cambio", "em troca",
# "en respuesta", "in return".
NOT_LOCATIVE_IDIOMS = frozenset({"cambio", "troca", "seguito", "risposta", "response", "return", "turn",
                                 "respuesta", "resposta", "réponse", "retour", "particolare", "particular", "quanto",
                                 "contrapartida", "addition", "aggiunta", "además", "conclusione"})
# Events whose actor the text may leave unnamed ("thousands marched"): the protesters are inferred
# (tacitus.coder.implicit). Actorless arrests and attacks were tried too: more types found, fewer right
# tuples on the training sentences.
ACTORLESS_ALLOWED = frozenset({"PROTEST"})
# Acts two parties perform together ("X and Y agreed"): their counterpart is each other. (A meeting verb's
# unmarked object is its counterpart: "Draghi, Macron e Scholz ... per incontrare Zelensky".)
JOINT_TYPES = frozenset({"AGREE", "COOPERATE"})
# With a parse, a meeting's counterpart is found in the tree; a mention found only by word order after "Russian and
# Ukrainian delegations held talks" is no counterpart. Without one, word order is how the counterpart is found.
PARSED_JOINT_TYPES = frozenset({"CONSULT"})
NOT_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "MNC", "ISM", "IMG"})
# Acts only a state's courts or police perform: "Ghannouchi a été condamné à trois ans de prison" names no court,
# but a Tunisian one convicted him. Without a named actor they are kept when their recipient has a country, and
# tacitus.coder.implicit gives them the authorities of the place, else of the recipient's country.
STATE_ACTS = frozenset({("SANCTION", "convict"), ("COERCE", "arrest")})
# Manual: a prison sentence is SANCTION convict and also COERCE arrest. Word beginnings that name a prison term.
PRISON_TERM_STEMS = {
    "fr": ("prison", "réclusion", "emprisonnement", "perpétuité"),
    "en": ("prison", "jail", "imprisonment", "penal colony", "labour camp", "labor camp"),
    "es": ("prisión", "cárcel", "presidio", "cadena perpetua"),
    "pt": ("prisão", "cadeia", "reclusão"),
    "it": ("carcere", "reclusione", "prigione", "ergastolo"),
    "de": ("haft", "gefängnis", "freiheitsstrafe", "lebenslang", "lagerhaft", "straflager", "strafkolonie",
           "arbeitslager"),
    "ru": ("тюрьм", "заключени", "колони", "лишени", "пожизненн"),
    "ar": ("سجن", "بالسجن", "السجن", "حبس", "بالحبس", "المؤبد"),
}


@dataclass
class Candidate:
    """An event found in one sentence, before attributes and record building."""

    sentence: Sentence
    trigger: TriggerMatch
    event_type: str
    mode: str | None
    actors: list
    recipients: list
    aux_mode: list[str]
    contexts: list[str]
    confidence: float
    explanation: dict = field(default_factory=dict)
    signals: dict = field(default_factory=dict)    # what the rules saw, for the event scorer
    features: dict = field(default_factory=dict)   # the scorer's features (filled when a scorer ran)
    # character spans (document offsets) of who reports the event ("officials in New Delhi" said ...): a place
    # named there is where the speaker is, not where the event happened
    reporter_spans: tuple[tuple[int, int], ...] = ()

    def reported_by(self, mention) -> bool:
        """Whether the mention lies in who reports the event: the reporter's tokens, adjacent ones joined (a name
        of several words lies inside their union)."""
        joined: list[list[int]] = []
        for start, end in sorted(self.reporter_spans):
            if joined and start <= joined[-1][1] + 1:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        return any(start <= mention.start and mention.end <= end for start, end in joined)


@dataclass
class EventCoder:
    """Codes the sentences of one language; stateless between documents.

    With a scorer, `code` gives each candidate the scorer's probability as confidence and drops those under
    the threshold (the scorer's, or `min_confidence`); `code_sentence` always returns the rule candidates. With a
    recipient filler, a candidate the rules left without a recipient may get one (tacitus.coder.recipient_filler)."""

    lang: str
    lexicon: Lexicon
    scorer: EventScorer | None = None
    min_confidence: float | None = None
    recipient_filler: RecipientFiller | None = None
    # (the lexicon's context and domain cue lists, indexed once: see _cued)
    _cues: tuple[CueIndex, CueIndex] = field(init=False, repr=False)
    _disasters: frozenset[str] = field(init=False, repr=False)   # the lexicon's natural-disaster words
    # (the verbs that open a closing report: of saying, and, where a parse tells a condemnation from a sentence
    # (Italian ", condannato il giorno prima a tre anni"), of condemning: ", a dénoncé jeudi Reporters sans
    # frontières", whose subject is no party to the act reported)
    _closing_verbs: tuple[frozenset[str], frozenset[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        domains = {d: self.lexicon.cue(d) for d in NON_EVENT_DOMAINS}
        self._disasters = frozenset(normalise(w) for w in self.lexicon.contexts.get("disasters", ()))
        domains["disasters"] = self._disasters
        self._cues = (CueIndex.of(self.lexicon.contexts), CueIndex.of(domains))
        condemning = self.lexicon.mode_cues.get("ACCUSE", {}).get("disapprove", ())
        saying = self.lexicon.cue("reported_speech")
        self._closing_verbs = (saying, saying | frozenset(w for w in condemning if " " not in w))

    @classmethod
    def for_language(cls, lang: str, scorer: EventScorer | None = None, min_confidence: float | None = None,
                     recipient_filler: RecipientFiller | None = None) -> "EventCoder | None":
        lexicon = load_lexicon(lang)
        return cls(lang, lexicon, scorer, min_confidence, recipient_filler) if lexicon is not None else None

    def code(self, parsed: Parsed, mentions: Sequence,
             nationality_words: Sequence[tuple[int, int, str]] = (), document_year: int | None = None
             ) -> list[Candidate]:
        """Events of a parsed document. `nationality_words` ((start, end, country) of each nationality adjective,
        from the resolver) name the actor of an event noun they qualify ("une frappe israélienne");
        `document_year` (of its date) tells a recalled act ("rompues en 2016") from the news."""
        doc_contexts, sentence_contexts = self._document_contexts(parsed)
        by_sentence: dict[int, list] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence_index, []).append(m)
        out: list[Candidate] = []
        previous_actors: list = []
        for sentence in parsed.sentences:
            adjectives = [w for w in nationality_words if sentence.start <= w[0] < sentence.end]
            found = self.code_sentence(sentence, by_sentence.get(sentence.index, []), parsed.has_parse, doc_contexts,
                                       previous_actors, mentions, adjectives, sentence_contexts.get(sentence.index),
                                       document_year)
            found = score_sentence(found, self.lang, parsed.has_parse, self.scorer, self.min_confidence)
            out += found
            if found:
                previous_actors = found[-1].actors
        return out

    def code_sentence(self, sentence: Sentence, mentions: Sequence, has_parse: bool,
                      doc_contexts: Sequence[str] = (), previous_actors: Sequence = (),
                      all_mentions: Sequence = (), nationality_words: Sequence = (),
                      sentence_contexts: Sequence[str] | None = None,
                      document_year: int | None = None) -> list[Candidate]:
        """Events of one sentence; `previous_actors` (of the last event before it) resolve a pronoun subject;
        `all_mentions` is the document's list that the mentions' `refers_to` indices point into;
        `nationality_words` are the sentence's nationality adjectives (see `code`); `sentence_contexts` its
        contexts, where `code` found them already; `document_year` as for `code`."""
        # Every mention's words are blocked from triggering; only top-level, non-place mentions take roles.
        mention_of_token = _token_mentions(sentence, mentions)
        blocked = set(mention_of_token)
        # (a German compound that names no one may open an entry as what is given or charged: "die ersten
        # Kampfhubschrauber ... übergeben")
        object_openers = (_unnamed_words(sentence, mentions, mention_of_token) if self.lang in COMPOUNDING_LANGUAGES
                          else set())
        parties = [m for m in _parties(sentence, mentions) if not _attributed(sentence, m)]
        places = [m for m in mentions if m not in parties and getattr(m, "part_of", None) is None and m.country]
        ends = [_end_with_parts(m, mentions, all_mentions) for m in parties]
        # A gathering named as the venue ("on the sidelines of the OAS General Assembly") is where the event
        # happened: its parties take no role in it, and its own meeting word is no event of the sentence.
        venue = venue_tokens(sentence, self.lang)
        if venue:
            kept = [(m, end) for m, end in zip(parties, ends) if first_token(sentence, m) not in venue]
            parties, ends = [m for m, _ in kept], [end for _, end in kept]
        mentions = parties
        token_mentions = _token_mentions(sentence, mentions, ends)
        # (an adjective that is a mention may still open a several-word trigger: "military exercises")
        openers = {i for i in blocked if sentence.tokens[i].pos == "ADJ"}
        object_openers -= openers
        triggers = find_triggers(sentence, self.lexicon, blocked=blocked | venue, openers=openers - venue,
                                 object_openers=object_openers - venue)
        if not any(t.entry.type == "PROTEST" for t in triggers):
            # with no word of protesting, protesters are the protest: "Thousands of protesters gathered ..."
            unblocked = set(_token_mentions(sentence, [
                m for m in mentions if getattr(m, "role", None) in EVENT_ROLES
                and not _protesters_acted_on(sentence, m, triggers)]))
            if unblocked:
                triggers = find_triggers(sentence, self.lexicon, blocked=blocked - unblocked, openers=openers,
                                         object_openers=object_openers)
        # An act dated to an earlier year is recalled history, coded historical, even as the setting or the
        # content of another act ("apologised for his 1990 invasion", "relations, rompues en 2016 par Riyad").
        dated = {t.head: year for t in triggers if (year := past_year(sentence, t, document_year)) is not None}
        triggers = [t for t in triggers if (t.head in dated or not _is_background(sentence, t, self.lang))
                    and not (self.lang in ADJECTIVE_FIRST and _attributive_participle(sentence, t))
                    and not (not has_parse and unparsed_attributive_participle(sentence, t, self.lang)
                             and not _aid_participle_with_agent(sentence, t, self.lang)
                             and not _reaction_participle_on_summing_noun(sentence, t, self.lang))]
        found = triggers
        if any(t.entry.type == "ASSAULT" for t in triggers):
            # (claiming an attack is no demand: "un attentat ... a été revendiqué par les shebab")
            claims = set(claim_words(sentence, self.lang))
            triggers = [t for t in triggers if t.entry.type == "ASSAULT" or not claims & set(t.tokens)]
        triggers = _drop_verbs_framing_acts(sentence, triggers)
        triggers = [t for t in triggers if not _private_visitors(sentence, t, self.lexicon.cue("visitors"))]
        if has_parse:
            triggers = _drop_effects_of_events(sentence, triggers)
            triggers = [t for t in triggers if not _naming_call(sentence, t)]
        denial_of = _denied_acts(sentence, triggers, self.lexicon)
        denied = frozenset(denial_of)
        # (the denial of an act is that act negated, not a rejection of its own: "a démenti avoir livré des armes")
        triggers = [t for t in triggers if not set(t.tokens) & set(denial_of.values())]
        # (so is not ruling an act out that act made possible: "no descartó enviar tropas" is no REJECT)
        open_of, open_tokens = _acts_left_open(sentence, triggers, self.lexicon)
        triggers = [t for t in triggers if not set(t.tokens) & open_tokens]
        # (a reaction with its source named is news of its own: "..., drawing condemnation from the EU"; its roles
        # are found once, here)
        reactions: dict[int, Roles] = {}
        if has_parse:
            kids, reaction_verbs, carriers = child_lists(sentence), self.lexicon.cue("reaction"), set()
            for t in triggers:
                verb = reaction_verb(sentence, t, reaction_verbs)
                reaction = (reaction_roles(sentence, t, verb, kids, token_mentions, mentions)
                            if verb is not None else None)
                if reaction is not None:
                    reactions[t.head] = reaction
                    carriers.add(verb)
                    continue
                # (a reaction in a concessive phrase: its verb is the clause's act, which stays an event)
                verb = concessive_verb(sentence, t, self.lexicon.cue("concessive"))
                reaction = (concessive_roles(sentence, t, verb, kids, token_mentions, mentions)
                            if verb is not None else None)
                if reaction is not None:
                    reactions[t.head] = reaction
            # (the verb only carries the reaction: "the plan met with criticism from Berlin" is no meeting)
            triggers = [t for t in triggers if t.head not in carriers]
            triggers = _agreed_debt_relief(sentence, triggers, self.lexicon.cue("debt_relief"))
            warned = _acts_warned_of(sentence, triggers, mentions, token_mentions, nationality_words)
            triggers = _drop_dominated(sentence, triggers, self.lang, token_mentions,
                                       keep=denied | set(reactions) | set(dated) | set(open_of) | warned)
        else:
            # (an event noun that names its own agent is news of its own: "condannato l'arresto ... da parte della
            # polizia russa")
            agented = frozenset(t.head for t in triggers
                                if unparsed_noun_agent(sentence, t, mentions, token_mentions, self.lang) is not None)
            triggers = _drop_verb_complements(sentence, triggers, self.lang,
                                              keep=denied | agented | set(dated) | set(open_of))
        if sentence_contexts is None:
            sentence_contexts = self._contexts(sentence)
        contexts = sorted(set(sentence_contexts) | set(doc_contexts))
        domains = self._domains(sentence)
        candidates: list[Candidate] = []
        trigger_tokens = frozenset(i for t in triggers for i in t.tokens)

        def candidate_for(trigger: TriggerMatch) -> Candidate | None:
            return self._candidate(sentence, trigger, mentions, token_mentions, has_parse, contexts, previous_actors,
                                   all_mentions, places, nationality_words, trigger_tokens - set(trigger.tokens),
                                   reactions.get(trigger.head), dated.get(trigger.head), denial_of.get(trigger.head),
                                   open_of.get(trigger.head))

        for trigger in triggers:
            candidate = candidate_for(trigger)
            if candidate is not None and candidates and self.lang == "ar" and _circumstantial(sentence, trigger):
                _take_the_main_clause_parties(candidate, candidates[0], sentence, trigger)
            elif (candidate is not None and candidates and self.lang == "ar"
                  and _purpose_of_the_act_before(sentence, trigger, candidates[-1])):
                _take_the_main_clause_parties(candidate, candidates[-1], sentence, trigger, pronoun_on_word=True)
            elif (candidate is not None and candidates and not has_parse
                  and _gerund_after_the_clause(sentence, trigger, self.lang)):
                _take_the_main_clause_parties(candidate, candidates[-1], sentence, trigger)
            if candidate is not None and candidates and _ultimatum_to_leave(trigger):
                _given_by_the_main_actor(candidate, candidates[0])
            if candidate is not None and self.lang == "ar" and candidate.event_type == "ASSAULT":
                attack = next((c for c in candidates if c.event_type == "ASSAULT"), None)
                if attack is not None and _arabic_toll(sentence, trigger):
                    # (the toll of the attack before: "ما أسفر عن مقتل تسعة جنود" is that attack)
                    candidate.actors, candidate.recipients = list(attack.actors), list(attack.recipients)
                    candidate.explanation.setdefault("roles", []).append("toll of the attack before -> its parties")
            if candidate is not None and candidate.event_type == "REQUEST":
                _request_by_its_author(candidate, sentence, mentions, token_mentions, nationality_words, self.lang,
                                       has_parse)
            if candidate is not None:
                candidate.signals["domains"] = domains
                if not candidate.recipients:
                    # (kept for the filler's training, which fills these candidates itself)
                    candidate.signals["parties"] = mentions
                    # (who reports the event is no party to it: "..., a indiqué le CICR")
                    candidate.signals["party_features"] = {
                        m: f for m, f in party_features(candidate, mentions, token_mentions, self.lang,
                                                        has_parse).items()
                        if not candidate.reported_by(mentions[m])}
                    if self.recipient_filler is not None:
                        fill_recipients(candidate, mentions, candidate.signals["party_features"],
                                        self.recipient_filler)
                candidates.append(candidate)
        if not has_parse and self.lang in VERB_INITIAL_LANGS:
            for candidate in candidates:
                if candidate.trigger.head in denial_of:
                    _denier_as_actor(candidate, sentence, denial_of[candidate.trigger.head], mentions)
        _address_the_authors(sentence, candidates, found, nationality_words, self.lang, has_parse)
        for request in [*_rejected_requests(sentence, candidates, found, candidate_for, mentions, token_mentions,
                                            nationality_words, self.lang, has_parse),
                        *_requests_acted_on(sentence, candidates, found, candidate_for, mentions, token_mentions,
                                            self.lang, has_parse)]:
            request.signals["domains"] = domains
            candidates.append(request)
        candidates = attach_occasions(candidates, sentence, self.lang, places, mentions)
        handing_over_a_person(candidates, sentence, mentions)
        candidates = released_and_handed_over(candidates)
        judging_the_act_just_reported(candidates, sentence)
        candidates = claimed_attacks(candidates, sentence, mentions, self.lang)
        answering_the_act_before(candidates, sentence)
        candidates = protesters_violence_is_a_riot(candidates, sentence, has_parse)
        candidates = disaster_tolls(candidates, sentence, self._disasters, has_parse,
                                    self.lexicon.cue("accident_subjects"), self.lexicon.cue("accident_verbs"))
        candidates = meeting_where_the_visit_went(candidates, sentence)
        candidates = _protest_demands_are_the_protest(candidates, sentence, self.lang)
        candidates = banned_protests(candidates, sentence)
        candidates = protests_as_the_reason(candidates, sentence, self.lang)
        dispersal_by_force(candidates, sentence, found)
        if any(c.event_type == "PROTEST" for c in candidates):
            # (the adjectives' parties are built only for a sentence with a protest)
            prisoners_protest_their_jailers(candidates, sentence, [
                (k, _adjective_party(sentence, start, end, country, "GOV"))
                for k, start, end, country in _placed(sentence.tokens, nationality_words)])
        if has_parse:
            candidates = one_attack(candidates, sentence)
        for candidate in candidates:
            _mediator_is_no_recipient(candidate)
            _one_mention_per_party(candidate)
        return _with_prison_arrests(_discussion_is_the_meeting(_deduplicate(candidates)), sentence, self.lang)

    def _candidate(self, sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                   token_mentions: dict[int, int], has_parse: bool, contexts: list[str],
                   previous_actors: Sequence = (), all_mentions: Sequence = (),
                   places: Sequence = (), nationality_words: Sequence = (),
                   other_triggers: frozenset[int] = frozenset(), reaction: Roles | None = None,
                   year: str | None = None, denial_verb: int | None = None,
                   left_open_by: int | None = None) -> Candidate | None:
        """The event of one trigger, or None; `other_triggers` are the tokens of the sentence's other triggers;
        `reaction` the roles of a reaction noun with its source named (`roles.reaction_roles`), when it is one;
        `year` the earlier year that dates the act (`aux.past_year`), when one does; `denial_verb` the verb that
        denies it (`_denied_acts`), when one does."""
        entry = trigger.entry
        if reaction is not None:
            roles = reaction
        else:
            roles = parsed_roles(sentence, trigger, mentions, token_mentions, self.lang) if has_parse else Roles()
            hand_over_to_destination(roles, trigger, self.lexicon.cue("handover"))
            if has_parse and not roles.recipients and entry.lemma in self.lexicon.cue("handover"):
                destination = _handover_destination(sentence, trigger, all_mentions)
                if destination is not None:
                    roles.recipients = [destination]
                    roles.why.append(f"'{destination.text}', the direction after the handover -> recipient")
            if has_parse and roles.agentless_passive and not roles.actors:
                announcer = announcer_of_passive(sentence, trigger, mentions, token_mentions,
                                                 self.lexicon.cue("reported_speech"))
                if announcer:
                    roles.actors, roles.agentless_passive = announcer, False
                    roles.why.append("agentless passive announced by a verb of saying -> its subject, the announcer")
            if has_parse and not roles.actors and not roles.agentless_passive:
                speaker = speaker_as_dropped_subject(sentence, trigger, mentions, token_mentions,
                                                     self.lexicon.cue("reported_speech"))
                if speaker:
                    roles.actors = speaker
                    roles.why.append("no subject of its own, the same number as the verb of saying -> its speaker")
        if roles.subject_pronoun and not roles.actors:
            antecedent = _relative_antecedent(sentence, trigger, mentions, token_mentions, nationality_words)
            if antecedent is not None:
                roles.actors = [antecedent]
                roles.why.append(f"relative pronoun subject -> its antecedent '{antecedent.text}'")
        if roles.subject_pronoun and not roles.actors:
            roles.actors = main_clause_subject(sentence, mentions, token_mentions) or list(previous_actors)
            if roles.actors:
                roles.why.append("pronoun subject -> the main clause's subject or the previous event's actor")
        if roles.object_pronoun is not None:
            # (the pronoun object is the target; other dependents are the content: "accusing him of conspiring
            # ... to break up Bolivia")
            antecedent = _pronoun_antecedent(sentence, roles.object_pronoun, mentions, token_mentions, roles.actors)
            if antecedent is not None:
                roles.recipients = [antecedent]
                roles.why.append(f"object pronoun '{sentence.tokens[roles.object_pronoun].text}' -> the nearest "
                                 f"earlier party that agrees in number, '{antecedent.text}'")
        if not has_parse and not roles.actors and _aid_participle_with_agent(sentence, trigger, self.lang):
            agent = _agent_after(sentence, trigger, mentions, token_mentions)
            if agent is not None:
                roles.actors = [agent]
                roles.why.append(f"aid participle with its giver after the agent preposition -> actor '{agent.text}'")
        tree_filled = (bool(roles.actors), bool(roles.recipients))
        roles = linear_roles(sentence, trigger, mentions, token_mentions, self.lang, roles,
                             self.lexicon.cue("reaction") if not has_parse else frozenset(),
                             self.lexicon.cue("reported_speech") if not has_parse else frozenset(),
                             closing_verbs=self._closing_verbs[has_parse])
        if entry.recipient == "none":
            roles.recipients = []
        # "Indian and US soldiers": the coordinated adjective names a second party of the same kind.
        for side in (roles.actors, roles.recipients):
            for party in list(side):
                for partner in _coordinated_nationalities(sentence, party, nationality_words):
                    if partner.country not in {m.country for m in side}:
                        side.append(partner)
                        roles.why.append(f"nationality adjective '{partner.text}' coordinated with "
                                         f"'{party.text}' -> a party of the same kind")
        # No party is its own recipient: a recipient with the same country and sector as an actor is the actor's side.
        sides = {(a.country, a.sector) for a in roles.actors if a.country}
        roles.recipients = [m for m in roles.recipients if m not in roles.actors and (m.country, m.sector) not in sides]
        # (a party in a concessive phrase is the reaction's: "deported ... despite criticism from Amnesty")
        concessive = concessive_tokens(sentence, self.lexicon.cue("concessive"))
        if concessive and trigger.head not in concessive:
            roles.recipients = [m for m in roles.recipients if first_token(sentence, m) not in concessive]
        # A foreign recipient beside one of the actor's own country: the own-country one is usually a detail of
        # the object ("demanded that Moscow admit the murder of Polish officers"), not a second recipient.
        own = {a.country for a in roles.actors if a.country}
        if any(m.country and m.country not in own for m in roles.recipients) or len(own) > 1:
            # (With several actor countries, "Jordan and Britain have agreed ..., a Jordanian official said": the
            # event is theirs together, and a party of one of them is no recipient.)
            roles.recipients = [m for m in roles.recipients if not m.country or m.country not in own]
        roles.actors = _collapse(roles.actors, all_mentions)
        roles.recipients = _collapse(roles.recipients, all_mentions)
        acting_together = False
        if ((entry.type in JOINT_TYPES or (has_parse and entry.type in PARSED_JOINT_TYPES))
                and roles.recipient_by_order
                and len({a.country for a in roles.actors if a.country}) > 1):
            # "Thailand and Cambodia agreed to a ceasefire after talks hosted by Malaysia": two parties acting
            # together; a later mention with no preposition marking it is not their counterpart.
            roles.recipients, acting_together = [], True
            roles.why.append("several actors acting together: the unmarked mention after the trigger is no recipient")
        if entry.inverse and roles.actors and roles.recipients:
            roles.actors, roles.recipients = roles.recipients, roles.actors
            roles.why.append("hosting verb: the guest is the actor, the host the recipient (manual, CONSULT)")
        if not roles.actors:
            body = summoning_body(sentence, trigger, mentions, token_mentions, roles.recipients)
            if body is not None:
                roles.actors = [body]
                roles.recipients = [m for m in roles.recipients if m is not body]
                roles.why.append(f"summoned with no one named summoning: '{body.text}', summoned to -> actor")
        parties = between_parties(sentence, trigger, mentions, token_mentions)
        # (an actor and recipient found among those parties split what the manual codes as one group: "Ein Treffen
        # zwischen Selenskyj und Putin" is no meeting by Zelensky with Putin)
        among = all(any(m is p for p in parties) for m in roles.actors + roles.recipients)
        if parties and (not roles.actors or among):
            roles.actors, roles.recipients = _collapse(parties, all_mentions), []
            roles.why.append("the parties after 'between' -> actors (a reciprocal event)")
        if not roles.actors:
            qualifier = _nationality_of_event_noun(sentence, trigger, nationality_words, self.lang)
            if qualifier is not None:
                roles.actors = [qualifier]
                roles.why.append(f"nationality adjective '{qualifier.text}' on the event noun -> actor")
        elif (not has_parse and roles.actor_by_order
              and (qualifier := _nationality_of_event_noun(sentence, trigger, nationality_words, self.lang,
                                                           reach=1)) is not None
              and qualifier.country not in {a.country for a in roles.actors}):
            # (without a parse, the nearest name before the noun is a guess that the adjective right on it beats: "ha
            # nominato il suo primo ambasciatore a Baghdad dall'invasione irachena" is Iraq's invasion, of Kuwait)
            outside = [r for r in roles.recipients if r.country != qualifier.country]
            roles.recipients = outside or [a for a in roles.actors if a.country != qualifier.country]
            roles.actors = [qualifier]
            roles.why.append(f"nationality adjective '{qualifier.text}' on the event noun -> actor (beats word order)")
        if not roles.actors and has_parse:
            qualifier = _nationality_of_subject(sentence, trigger, nationality_words)
            if qualifier is not None:
                roles.actors = [qualifier]
                roles.why.append(f"nationality adjective '{qualifier.text}' in the subject -> actor")
        if not roles.actors and entry.type == "ASSAULT":
            weapon = _armed_party(sentence, trigger, mentions) or _nationality_of_weapon(
                sentence, trigger, nationality_words, self.lang)
            if weapon is not None:
                roles.actors = [weapon]
                roles.recipients = [m for m in roles.recipients if m is not weapon]
                roles.why.append(f"nationality of the weapon '{weapon.text}' -> actor")
        if not roles.actors and entry.type == "AID" and _aid_arrived(sentence, trigger, self.lang):
            carrier = _aid_carrier(sentence, trigger, mentions, nationality_words)
            if carrier is not None:
                roles.actors = [carrier]
                roles.recipients = [m for m in roles.recipients if m is not carrier]
                roles.why.append(f"aid arrived by a plane or convoy of '{carrier.text}' -> actor")
        if (roles.actors and (not roles.recipients or roles.recipient_by_order) and entry.recipient != "none"
                and not acting_together):
            # (a nationality on the object also beats a later mention found only by word order: "ha liberato
            # tre ostaggi israeliani, consegnati alla Croce Rossa")
            qualifier = _nationality_of_object(sentence, trigger, nationality_words, self.lang, roles.actors)
            if qualifier is not None and not (roles.recipients and qualifier.start > roles.recipients[0].start):
                roles.recipients = [qualifier]
                roles.why.append(f"nationality adjective '{qualifier.text}' on the object -> recipient")
        if not roles.actors and entry.type == "PROTEST":
            inferred = _inferred_actor(sentence, trigger, places)
            if inferred is not None:
                roles.actors = [inferred]
                roles.why.append(f"no named actor -> people of {inferred.country} (the place named)")
        if (has_parse and entry.lemma in WARNING_LEMMAS
                and (_warns_of_anothers_act(sentence, trigger, roles.actors, token_mentions, mentions,
                                            nationality_words) or _warned_by_onlookers(sentence, trigger))):
            return None
        if (not has_parse and entry.lemma in WARNING_LEMMAS
                and _unparsed_warning_of_another(sentence, trigger, roles, token_mentions, mentions, self.lang)):
            return None
        if has_parse and _object_relative_clause(sentence.tokens, trigger.head):
            _roles_in_object_relative_clause(sentence, trigger, roles, mentions, token_mentions)
        if has_parse and self.lang == "es":
            _relative_subject_with_clitic(sentence, trigger, roles, mentions, token_mentions)
        if has_parse and compound_participle_clause(sentence.tokens, trigger.head):
            _subject_before_the_participle(sentence, trigger, roles, mentions, token_mentions)
        if has_parse:
            _roles_by_a_small_clause(sentence, trigger, roles, mentions, token_mentions, self.lexicon)
        reporters = _reporter_before_the_gerund(sentence, trigger, mentions, token_mentions, self.lang,
                                                self.lexicon.cue("reported_speech"))
        if reporters and not any(a is r for a in roles.actors for r in reporters):
            roles.actors = reporters
            roles.recipients = [r for r in roles.recipients if not any(r is m for m in reporters)]
            roles.why.append(f"gerund after a closing report -> its speaker '{reporters[0].text}' acts")
        if not roles.actors and entry.lemma in EXTRADITION_VERBS:
            _extraditing_state(sentence, trigger, roles, mentions, token_mentions)
        if has_parse and entry.type == "COOPERATE" and entry.lemma in EXTRADITION_VERBS | HANDOVER_VERBS:
            _extradited_to(sentence, trigger, roles, mentions, token_mentions, [*places, *all_mentions])
        if not roles.actors and denial_verb is not None and not has_parse:
            # "Moskau hat bestritten, Waffen an die Huthi-Rebellen geliefert zu haben": the infinitive's subject is
            # the denier
            denier = _denial_subject(sentence, denial_verb, mentions)
            if denier is not None:
                roles.actors = [denier]
                roles.recipients = [r for r in roles.recipients if r is not denier]
                roles.why.append(f"denied act with no subject of its own -> the denial's subject '{denier.text}'")
        if not roles.actors and entry.type == "ASSAULT":
            # "A suicide bombing that killed 12 Kenyan soldiers was claimed by al-Shabaab": the claimer is the author
            group = claimer(sentence, mentions, self.lang)
            if group is not None:
                roles.actors = [group]
                roles.recipients = [r for r in roles.recipients if r is not group]
                roles.why.append(f"an attack with no subject of its own, claimed by or attributed to '{group.text}' "
                                 "-> actor")
        # (an occasion takes the parties of the act it frames later: tacitus.coder.occasions)
        if not roles.actors and entry.type not in ACTORLESS_ALLOWED and not self._state_act(sentence, entry, roles) \
                and occasion_word(sentence, trigger, self.lang) is None:
            return None
        unresolved = False
        _drop_the_origin(sentence, entry, roles)
        if entry.type == "THREATEN":
            _drop_the_condition_parties(sentence, trigger, roles)
        joint = len({a.country for a in roles.actors if a.country}) > 1 and entry.type == "COOPERATE"
        if joint and is_joint_act(entry) and roles.recipients:
            # (the parties of a joint act are its actors; a recipient found for it is the clause's, unless the
            # entry's word marks it: "Spanish and Moroccan police arrested ten members of an Islamic State network
            # in a joint operation", but "maniobras conjuntas con paracaidistas estadounidenses")
            partners = [r for r in roles.recipients if _marked_by(sentence, r, entry.recipient_case)
                        and _same_clause(sentence.tokens, trigger.tokens[-1], first_token(sentence, r))]
            if len(partners) < len(roles.recipients):
                roles.recipients = partners
                roles.why.append("a joint act of several parties: only a partner its word marks is a recipient")
        if (entry.type == "AID" and not roles.recipients
                and normalise(entry.lemma) in self.lexicon.cue("debt_relief")):
            debtor = _debtor_after(sentence, trigger, mentions, roles.actors)
            if debtor is not None:
                roles.recipients = [debtor]
                roles.why.append(f"a debt forgiven with no recipient marked -> the debtor named after it, "
                                 f"'{debtor.text}'")
        if entry.type in REQUIRES_RECIPIENT and not roles.recipients and not joint and has_parse:
            shared = first_conjunct_recipients(sentence, trigger, mentions, token_mentions, roles.actors)
            if shared:
                roles.recipients = shared
                roles.why.append("no recipient of its own -> the parties of the verb it is coordinated with")
        if entry.type in REQUIRES_RECIPIENT and not roles.recipients and not joint:
            # (several countries cooperating need no recipient: "Cina e Russia hanno avviato le esercitazioni
            # congiunte" is reciprocal)
            phrase = unresolved_recipient(sentence, trigger) if has_parse else None
            # (humanitarian aid handed out goes to the people of the place named: "repartir 1.200 toneladas de
            # maíz entre las familias afectadas ... en el sur de Malaui")
            if phrase is None and (_aid_participle_with_agent(sentence, trigger, self.lang)
                                   or _aid_arrived(sentence, trigger, self.lang)
                                   or (entry.type == "AID" and entry.mode == "humanitarian")):
                phrase = _destination(sentence, trigger, places, roles.actors)
            if phrase is None:
                return None
            unresolved = True
            roles.recipients.append(phrase)
            roles.why.append(f"unresolved phrase '{phrase.text}' after its preposition -> recipient (no code)")
        event_type, mode = entry.type, entry.mode or self._mode_from_cues(sentence, entry.type, trigger)
        if event_type == "ACCUSE" and entry.lemma in CONDEMN_LEMMAS and _judicial(roles.actors):
            # "Il tribunale di Parigi ha condannato Marine Le Pen": a court's condemnation is a conviction.
            event_type, mode = "SANCTION", "convict"
            roles.why.append("a court condemns: a conviction (SANCTION convict)")
        if (event_type == "PROTEST" and roles.reaction
                and all(getattr(a, "sector", None) == "GOV" for a in roles.actors)):
            # "prompting an angry protest from Moscow": a government's protest is a diplomatic one (manual, ACCUSE)
            event_type, mode = "ACCUSE", "disapprove"
            roles.why.append("a government's protest in reaction: ACCUSE disapprove")
        if event_type == "SANCTION" and mode == "expel" and _deports_people(sentence, trigger, self.lexicon):
            event_type, mode = "COERCE", "deport"
            roles.why.append("people expelled, no diplomat named: a deportation (COERCE deport, manual)")
        if event_type == "CONSULT" and mode == "phone" and _call_to_act(sentence, trigger):
            event_type, mode = "REQUEST", None
            roles.why.append("a call to do something is an appeal (REQUEST), not a phone call")
        modes, aux_why = aux_modes(sentence, trigger, self.lexicon, has_parse, other_triggers)
        if year is not None:
            # a dated act is past: the future of the clause around it is not its own ("Cuba will free prisoners
            # jailed in a 2003 crackdown")
            modes, aux_why = _without_modes(modes, aux_why, frozenset({"future"}))
            if "historical" not in modes:
                modes.append("historical")
                aux_why.append(f"dated to an earlier year, {year}")
        if left_open_by is not None:
            # "did not rule out sending troops": the "not" is the phrase's, and the sending may happen
            # (and its future is the possibility's: "не исключил, что Джакарта перебросит корабли")
            modes, aux_why = _without_modes(modes, aux_why, frozenset({"negation", "future", "hypothetical"}))
            modes, aux_why = _with_mode(modes, aux_why, "hypothetical",
                                        f"left open by '{sentence.tokens[left_open_by].text} ...'")
        if roles.reports_clause_before:
            # "Se la Russia attaccasse ..., la risposta sarebbe devastante, ha avvertito Rutte": the condition and
            # the future belong to the clause reported, not to the warning.
            modes, aux_why = _without_modes(modes, aux_why, frozenset({"hypothetical", "future"}))
        if event_type == "RETREAT" and mode == "withdraw" and _leaves_an_organisation(sentence, trigger,
                                                                                      roles.recipients):
            event_type = "SANCTION"   # (before an announced withdrawal turns CONCEDE: leaving is no concession)
            aux_why.append("withdrawal from an organisation coded SANCTION withdraw")
        refused_mode = _refused_mode(event_type, roles) if "negation" in modes else None
        refusal = refused_mode is not None and (
            _refusal_modal(sentence, trigger, STANCE_MODALS if event_type == "CONSULT" else REFUSAL_MODALS)
            or ("future" in modes and event_type != "CONSULT"))
        intent = intent_cue(sentence, trigger, self.lexicon) if event_type in FUTURE_AS_AGREE else None
        future_as_agree = not refusal and ("future" in modes or intent is not None) and event_type in FUTURE_AS_AGREE
        if refusal:
            # "Tehran would not negotiate with Washington" is a refusal to meet, not a meeting that did not happen;
            # "the United States will not send troops to Ukraine", "Israel will not withdraw": refusals too.
            aux_why.append(f"a {event_type} refused for the future coded REJECT {refused_mode} (manual)")
            event_type, mode = "REJECT", refused_mode
            modes = [m for m in modes if m not in ("future", "negation")]
        elif future_as_agree:
            event_type, mode = "AGREE", None
            if "future" in modes:
                modes.remove("future")
            aux_why.append(f"future {entry.type} coded AGREE (manual)" if intent is None
                           else f"intent cue '{intent}': {entry.type} offered or promised, coded AGREE (manual)")
        elif "future" in modes and event_type in FUTURE_AS_CONCEDE:
            event_type, mode = "CONCEDE", None
            modes.remove("future")
            aux_why.append(f"announced {entry.type} coded CONCEDE (manual)")
        if mode is not None and mode not in valid_modes(event_type):
            # PLOVER 2.0 gives some types no modes (AID): what the lexicon calls a mode there is a context.
            if mode in CONTEXT_NAMES and mode not in contexts:
                contexts = sorted([*contexts, mode])
            mode = None
        confidence = _confidence(entry.weight, trigger.how, roles, tree_filled, has_parse)
        reporter = reporter_tokens(sentence, trigger.head, self.lexicon.cue("reported_speech")) if has_parse \
            else set()
        reporter |= _closing_report_tokens(sentence, trigger, self.lexicon.cue("reported_speech"))
        return Candidate(
            sentence=sentence, trigger=trigger, event_type=event_type, mode=mode,
            actors=roles.actors, recipients=roles.recipients, aux_mode=modes, contexts=contexts,
            confidence=confidence,
            explanation={"trigger": sentence.tokens[trigger.head].text, "lexicon_entry": entry.lemma,
                         "matched_by": trigger.how, "entry_type": entry.type, "entry_mode": entry.mode,
                         "weight": entry.weight, "roles": roles.why, "aux_mode": aux_why},
            signals={"rule_score": confidence, "tree_actor": tree_filled[0], "tree_recipient": tree_filled[1],
                     "pronoun": roles.subject_pronoun, "unresolved_recipient": unresolved,
                     "future_as_agree": future_as_agree, "recipient_by_order": roles.recipient_by_order,
                     "dated": year is not None},
            reporter_spans=tuple((sentence.tokens[k].start, sentence.tokens[k].end) for k in sorted(reporter)),
        )

    def _state_act(self, sentence: Sentence, entry, roles: Roles) -> bool:
        """A conviction or an arrest of someone whose country is known (see STATE_ACTS)."""
        mode = entry.mode or self._mode_from_cues(sentence, entry.type)
        return (entry.type, mode) in STATE_ACTS and any(
            r.country and r.country not in NOT_COUNTRIES for r in roles.recipients)

    def _mode_from_cues(self, sentence: Sentence, event_type: str, trigger: TriggerMatch | None = None
                        ) -> str | None:
        """The mode a cue word of the sentence gives the type, if any. The trigger's own words give none: an entry
        written without a mode has none ("violar o cessar-fogo" is no "violar", sexual violence)."""
        cues = self.lexicon.mode_cues.get(event_type)
        if not cues:
            return None
        own = set(trigger.tokens) if trigger is not None else set()
        raw = sentence.text
        for k in own:   # (blanked, so that phrases across it do not match either)
            token = sentence.tokens[k]
            start, end = token.start - sentence.start, token.end - sentence.start
            raw = raw[:start] + " " * (end - start) + raw[end:]
        text = " " + normalise(raw) + " "
        lemmas = {normalise(t.lemma) for k, t in enumerate(sentence.tokens) if k not in own}
        for mode, words in cues.items():
            if any(w in lemmas or f" {w} " in text or (" " in w and w in text) for w in words):
                return mode
        return None

    def _contexts(self, sentence: Sentence) -> list[str]:
        return _cued(sentence, self._cues[0])

    def _domains(self, sentence: Sentence) -> list[str]:
        """Non-political domains the sentence's words belong to (sport, markets, entertainment, and natural
        disasters, from the PLOVER context's words): the event scorer learns how little a trigger there is worth
        ("Liverpool's attack ran riot", "stocks rallied", "floods have killed 80 people")."""
        return _cued(sentence, self._cues[1])

    def _document_contexts(self, parsed: Parsed) -> tuple[list[str], dict[int, list[str]]]:
        """(contexts cued in at least two sentences of the document, each sentence's contexts by index): PLOVER
        codes context at document level too."""
        by_sentence = {sentence.index: self._contexts(sentence) for sentence in parsed.sentences}
        counts: dict[str, int] = {}
        for found in by_sentence.values():
            for c in found:
                counts[c] = counts.get(c, 0) + 1
        return [c for c, n in counts.items() if n >= 2], by_sentence


NATIONALITY_REACH = 2   # tokens between an event noun and its nationality adjective ("frappe aérienne israélienne")
ADJECTIVE_FIRST = frozenset({"en", "de", "ru"})
NON_EVENT_DOMAINS = ("sport", "markets", "entertainment")   # cue lists in each lexicon (see _domains)
ACTOR_SECTOR_OF_TYPE = {"ASSAULT": "MIL", "MOBILIZE": "MIL", "PROTEST": "CVL"}


@dataclass(frozen=True)
class CueIndex:
    """Named cue lists split for a fast test: one-word cues as a set (met by any lemma or form of the sentence),
    phrases apart (met in its text)."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, cues: dict[str, Any]) -> "CueIndex":
        return cls({name: frozenset(w for w in words if " " not in w) for name, words in cues.items()},
                   {name: tuple(w for w in words if " " in w) for name, words in cues.items()})


def _cued(sentence: Sentence, cues: CueIndex) -> list[str]:
    """The names of `cues` whose words (lemmas or forms, or phrases in the text) the sentence holds."""
    lemmas = {normalise(t.lemma) for t in sentence.tokens} | {normalise(t.text) for t in sentence.tokens}
    text = normalise(sentence.text)
    return [name for name, words in cues.words.items()
            if not words.isdisjoint(lemmas) or any(p in lemmas or p in text for p in cues.phrases[name])]


def _placed(tokens, nationality_words: Sequence) -> list[tuple[int, int, int, str]]:
    """(token index, start, end, country) of each nationality adjective that begins a token of the sentence."""
    index_of = {t.start: i for i, t in enumerate(tokens)}
    return [(index_of[start], start, end, country) for start, end, country in nationality_words
            if start in index_of]


def _nationality_of_event_noun(sentence: Sentence, trigger: TriggerMatch, nationality_words: Sequence,
                               lang: str, reach: int = NATIONALITY_REACH + 1) -> UnresolvedMention | None:
    """The country of a nationality adjective qualifying a noun trigger: "une frappe israélienne", "un attacco
    russo con droni", "a Russian missile attack", "израильский удар": the country acts (its armed forces for an
    attack, its government otherwise)."""
    if trigger.entry.pos != "NOUN" and sentence.tokens[trigger.head].pos != "NOUN":
        return None
    tokens = sentence.tokens
    for k, start, end, country in _placed(tokens, nationality_words):
        if lang in ADJECTIVE_FIRST:
            fits = 0 < trigger.tokens[0] - k <= reach
        else:
            fits = 0 < k - trigger.tokens[-1] <= reach
        if fits:
            return _adjective_party(sentence, start, end, country, ACTOR_SECTOR_OF_TYPE.get(trigger.entry.type, "GOV"))
    return None


# Weapons whose nationality names who attacked: "un drone israeliano avrebbe colpito", "an attack with Ukrainian
# drones", "un missile russe a frappé".
WEAPON_WORDS = frozenset("""drone drones droni missile missiles missili míssil mísseis misil misiles rocket rockets
    razzo razzi roquette roquettes foguete foguetes cohete cohetes jet jets caccia chasseur chasseurs aircraft warplane
    warplanes avion avions aereo aerei avião aviões avión aviones tank tanks carro char chars tanque tanques
    ship warship navire nave navio buque artillery artillerie artiglieria artilharia artillería shell shells obus
    granata granate proiettili bomb bombs bomba bombe bombas drohne drohnen rakete raketen kampfjet kampfjets
    panzer kriegsschiff strike strikes airstrike airstrikes raid raids frappe frappes bombardement
    bombardeo ataque ataques attacco attacchi angriff luftangriff""".split())
WEAPON_REACH = 6    # tokens between the weapon phrase and the attack


def _armed_party(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence):
    """A mention that names weapons of a country ("droni ucraini", resolved as Ukraine's military) near an attack."""
    tokens = sentence.tokens
    for m in mentions:
        k = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
        if (k is not None and getattr(m, "country", None) and abs(k - trigger.head) <= WEAPON_REACH
                and normalise(tokens[k].text) in WEAPON_WORDS
                and _same_clause(tokens, min(k, trigger.head), max(k, trigger.head))):
            return m
    return None


def _nationality_of_weapon(sentence: Sentence, trigger: TriggerMatch, nationality_words: Sequence,
                           lang: str) -> UnresolvedMention | None:
    """The country of a nationality adjective on a weapon near an attack trigger, in the same clause."""
    tokens = sentence.tokens
    for k, start, end, country in _placed(tokens, nationality_words):
        if abs(k - trigger.head) > WEAPON_REACH or not _same_clause(tokens, min(k, trigger.head),
                                                                     max(k, trigger.head)):
            continue
        neighbours = tokens[max(0, k - 2):k + 3]
        if any(normalise(t.text) in WEAPON_WORDS or normalise(t.lemma) in WEAPON_WORDS for t in neighbours):
            return _adjective_party(sentence, start, end, country, "MIL")
    return None


OBJECT_REACH = 4   # tokens after a verb trigger where its object's nationality adjective may stand


def _nationality_of_object(sentence: Sentence, trigger: TriggerMatch, nationality_words: Sequence, lang: str,
                           actors: Sequence) -> UnresolvedMention | None:
    """The country of a nationality adjective on the trigger's object, when no recipient was found: "hat den
    russischen Geschäftsträger einbestellt", "ha respinto la richiesta russa". In German the object comes before
    the final verb; elsewhere after the verb, within OBJECT_REACH tokens and the same clause, or farther inside
    the verb's object or prepositional phrase when the sentence is parsed."""
    if trigger.entry.pos != "VERB":
        return None
    tokens = sentence.tokens
    own = {getattr(a, "country", None) for a in actors}
    for k, start, end, country in _placed(tokens, nationality_words):
        if country in own:
            continue
        if lang in VERB_FINAL_AUXILIARIES and k < trigger.head:
            fits = trigger.head - k <= 8 and _same_clause(tokens, k, trigger.head) and any(
                tokens[i].text.lower() in VERB_FINAL_AUXILIARIES[lang] for i in range(max(0, k - 8), k))
        else:
            fits = 0 < k - trigger.tokens[-1] <= OBJECT_REACH and _same_clause(tokens, trigger.tokens[-1], k)
        if not fits and lang not in VERB_FINAL_AUXILIARIES and k > trigger.tokens[-1]:
            # "fired 59 Tomahawk cruise missiles at a Syrian air base": farther off, but in the object's phrase
            fits = _in_object_of(tokens, k, trigger.head)
        if fits:
            return _adjective_party(sentence, start, end, country, "GOV")
    return None


def _nationality_of_subject(sentence: Sentence, trigger: TriggerMatch,
                            nationality_words: Sequence) -> UnresolvedMention | None:
    """The country of a nationality adjective in the trigger's subject phrase when the phrase names no party of
    its own ("Miembros de una tribu yemení secuestraron ...", "Armed Malian men attacked ..."), by the parse. A
    verb coordinated with the first takes the first one's subject ("... secuestraron ... y exigen ...")."""
    tokens = sentence.tokens
    if trigger.entry.pos != "VERB":
        return None
    heads = {trigger.head}
    if tokens[trigger.head].dep == "conj":
        heads.add(tokens[trigger.head].head)
    for k, start, end, country in _placed(tokens, nationality_words):
        node, steps = k, 0
        while tokens[node].dep not in ("nsubj", "csubj") and steps < 4 and tokens[node].head >= 0:
            if tokens[node].dep in ("acl", "acl:relcl", "relcl", "ccomp", "advcl", "conj", "parataxis", "obj",
                                    "dobj", "obl"):
                break
            node, steps = tokens[node].head, steps + 1
        if tokens[node].dep in ("nsubj", "csubj") and tokens[node].head in heads:
            return _adjective_party(sentence, start, end, country, "UNK")
    return None


def _in_object_of(tokens: Sequence, k: int, head: int) -> bool:
    """Whether token k is an adjective inside an object or prepositional phrase of `head` (not in a clause
    nested there), by the parse."""
    if tokens[k].dep not in ("amod", "nmod", "compound"):
        return False
    node, steps = k, 0
    while 0 <= tokens[node].head != head and steps < 4:
        if tokens[node].dep in ("acl", "acl:relcl", "relcl", "ccomp", "advcl", "conj", "parataxis"):
            return False
        node, steps = tokens[node].head, steps + 1
    return tokens[node].head == head and tokens[node].dep in ("obj", "dobj", "obl", "prep", "iobj", "dative", "pobj")


def _coordinated_nationalities(sentence: Sentence, party, nationality_words: Sequence) -> list[UnresolvedMention]:
    """Parties named by nationality adjectives coordinated with the one before a party's head: "Indian and US
    soldiers", "Spanish and Moroccan police", "British, French and German diplomats" name one party per
    country, of the party's kind."""
    tokens = sentence.tokens
    first = next((i for i, t in enumerate(tokens) if t.start >= party.start), None)
    if first is None:
        return []
    adjectives = {k: country for k, _, _, country in _placed(tokens, nationality_words)}
    k, own = first - 1, 0
    # the party's own modifier: a nationality or country word right before its head ("US", "Moroccan")
    while k >= 0 and own < 2 and (k in adjectives or tokens[k].text[:1].isupper()) \
            and normalise(tokens[k].text) not in CONJUNCTIONS:
        k, own = k - 1, own + 1
    partners = []
    while own and k >= 1 and normalise(tokens[k].text) in CONJUNCTIONS and k - 1 in adjectives:
        country = adjectives[k - 1]
        if country != party.country:
            partners.append(_adjective_party(sentence, tokens[k - 1].start, tokens[k - 1].end, country,
                                             getattr(party, "sector", None) or "GOV"))
        k -= 2
    return partners + _coordinated_after(sentence, party, adjectives)


def _coordinated_after(sentence: Sentence, party, adjectives: dict[int, str]) -> list[UnresolvedMention]:
    """The same after the head, where Romance languages put the adjective: "les chefs de la diplomatie kényane
    et somalienne", "i ministri degli Esteri italiano e francese", "os chanceleres argentino e chileno"."""
    tokens = sentence.tokens
    after = next((i for i, t in enumerate(tokens) if t.start >= party.end), None)
    if after is None or after not in adjectives:
        return []
    k = after + 1
    partners = []
    while k + 1 < len(tokens) and normalise(tokens[k].text) in CONJUNCTIONS | {","} and k + 1 in adjectives:
        country = adjectives[k + 1]
        if country != party.country and country != adjectives[after]:
            partners.append(_adjective_party(sentence, tokens[k + 1].start, tokens[k + 1].end, country,
                                             getattr(party, "sector", None) or "GOV"))
        k += 2
    return partners


def _adjective_party(sentence: Sentence, start: int, end: int, country: str, sector: str) -> UnresolvedMention:
    """The party a nationality adjective names, spanning the adjective."""
    return UnresolvedMention(start, end, sentence.text[start - sentence.start:end - sentence.start], sentence.index,
                             country=country, kind="inferred", sector=sector)


def _same_clause(tokens, a: int, b: int) -> bool:
    """No clause break (punctuation or a clause-opening word) strictly between tokens a and b."""
    return not any(tokens[i].text in {",", ";", ":", "،"} or tokens[i].text.lower() in CLAUSE_BREAKS
                   for i in range(a + 1, b))


# The preposition that names the giver after a participle ("supplied by", "forniti dagli", "cedidos por").
GIVER_MARKERS = {"en": frozenset({"by"}), "fr": frozenset({"par"}), "es": frozenset({"por"}),
                 "it": AGENT_MARKERS["it"], "pt": AGENT_MARKERS["pt"]}


def _aid_participle_with_agent(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """Aid described by its participle and giver ("tanks supplied by Germany have arrived in Ukraine", "i carri
    armati forniti dagli Stati Uniti", "cedidos por Portugal") reports the delivery, unlike other participles
    describing a noun ("gli italiani fermati"); the place it arrived in is the recipient."""
    if trigger.entry.type != "AID":
        return False
    token = sentence.tokens[trigger.head]
    if token.morph:
        participle = "VerbForm=Part" in token.morph
    else:   # no tagger (it, pt): the participle is read from its ending
        participle = lang in PARTICIPLE_ENDINGS and normalise(token.text).endswith(PARTICIPLE_ENDINGS[lang])
    following = trigger.tokens[-1] + 1
    return (participle and following < len(sentence.tokens)
            and sentence.tokens[following].text.lower() in GIVER_MARKERS.get(lang, ()))


REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
SUMMING_NOUN_REACH = 5   # tokens from the comma to the participle: ", numa sentença duramente criticada"


def _reaction_participle_on_summing_noun(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """A reaction's participle with its agent, on a noun that sums up the clause before it ("..., numa sentença
    criticada pelo representante da OSCE", ", una decisione condannata dall'Ue"): news of its own, the agent's
    reaction to that clause's act."""
    tokens = sentence.tokens
    if trigger.entry.type not in REACTION_TYPES:
        return False
    # (the agent may follow a date: "uma medida condenada nesta segunda-feira pelos Repórteres Sem Fronteiras")
    words = [t.text.lower() for t in tokens]
    last = trigger.tokens[-1]
    end = min(len(words), last + 1 + SUMMING_NOUN_REACH)
    end = next((k for k in range(last + 1, end) if words[k] == ","), end)
    if agent_marker(words, range(last + 1, end), lang) is None:
        return False
    comma = summing_reaction(tokens, max(-1, trigger.head - SUMMING_NOUN_REACH - 1), trigger.head)
    return comma is not None


# Verbs of arrival: aid that "arrived in Benghazi" (the plane landed, the ship docked, the trucks entered) went to
# that place. Word beginnings, except Arabic (whole forms: its short stems begin too many words).
ARRIVAL_STEMS = {
    "en": ("arrived", "arrive", "landed", "reached", "docked"),
    "fr": ("arrivé", "arrive", "parvenu", "atterri", "accost"),
    "es": ("lleg", "aterriz", "atrac"),
    "it": ("arrivat", "arriva", "giunt", "atterrat", "attraccat"),
    "pt": ("cheg", "aterriss", "atrac"),
    "de": ("eingetroffen", "angekommen", "traf", "trafen", "gelandet", "landete"),
    "ru": ("прибыл", "прибыв", "доставлен", "приземлил"),
}
ARABIC_ARRIVALS = frozenset({"وصلت", "وصل", "حطت", "هبطت", "رست", "دخلت", "تصل", "يصل"})


def _aid_arrived(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """Whether the sentence tells aid arriving somewhere ("وصلت إلى مطار بنينا في بنغازي طائرة مساعدات
    إماراتية", "les camions d'aide sont arrivés à Gaza")."""
    if trigger.entry.type != "AID":
        return False
    words = [normalise(t.text) for t in sentence.tokens]
    if lang == "ar":
        return any(w in ARABIC_ARRIVALS for w in words)
    stems = ARRIVAL_STEMS.get(lang, ())
    return any(w.startswith(stems) for w in words)


# What aid arrives in, whose owner gives it: "A World Health Organization plane carrying ... supplies landed", "Un
# avion militaire français chargé de matériel médical a atterri", "um avião fretado pelo Governo japonês".
CARRIER_WORDS = frozenset("""plane planes aircraft flight flights airlift convoy convoys ship ships truck trucks
    hercules c-17 c-130 avion avions vol convoi camions navire avión aviones vuelo convoy camiones buque avião aviões
    voo comboio camiões navio aereo aerei volo convoglio camion nave flugzeug flugzeuge maschine
    transportmaschine transportmaschinen konvoi lastwagen schiff самолет самолеты борт конвой колонна судно طائرة
    طائرات قافلة سفينة شاحنات""".split())
CARRIER_REACH = 4   # tokens from the carrier word to its owner's name or nationality adjective


def _aid_carrier(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence, nationality_words: Sequence):
    """The party that owns the plane, ship or convoy that brought arrived aid: a mention or nationality adjective
    within CARRIER_REACH tokens of the first carrier word before the trigger, in its clause; None otherwise."""
    tokens = sentence.tokens
    carrier = next((k for k in range(trigger.tokens[0]) if normalise(tokens[k].text) in CARRIER_WORDS
                    or normalise(tokens[k].lemma) in CARRIER_WORDS), None)
    if carrier is None:
        return None
    index_of = {t.start: i for i, t in enumerate(tokens)}
    near = [(abs(index_of[m.start] - carrier), m) for m in mentions if m.start in index_of
            and getattr(m, "country", None) and abs(index_of[m.start] - carrier) <= CARRIER_REACH
            and _same_clause(tokens, min(carrier, index_of[m.start]), max(carrier, index_of[m.start]))]
    near += [(abs(k - carrier), _adjective_party(sentence, start, end, country, "GOV"))
             for k, start, end, country in _placed(tokens, nationality_words)
             if abs(k - carrier) <= CARRIER_REACH and _same_clause(tokens, min(carrier, k), max(carrier, k))]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _agent_after(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                 token_mentions: dict[int, int]) -> Any | None:
    """The party right after the agent preposition that follows the trigger (within three tokens of it)."""
    marker = trigger.tokens[-1] + 1
    index = next((token_mentions[t] for t in range(marker + 1, min(marker + 4, len(sentence.tokens)))
                  if t in token_mentions), None)
    return None if index is None else mentions[index]


def _destination(sentence: Sentence, trigger: TriggerMatch, places: Sequence, actors: Sequence
                 ) -> UnresolvedMention | None:
    """Where aid with no named recipient goes: the foreign place the sentence names ("i carri armati forniti dagli
    Stati Uniti sono arrivati in Ucraina", "rumo à Turquia"), as that place's people and authorities. A place
    after the trigger comes first; a place of the actor's own country is its base, not the destination."""
    own = {getattr(a, "country", None) for a in actors}
    foreign = [m for m in places if m.country not in own and m.country not in NOT_COUNTRIES]
    trigger_start = sentence.tokens[trigger.head].start
    foreign.sort(key=lambda m: (m.start < trigger_start, abs(m.start - trigger_start)))
    if not foreign:
        return None
    place = foreign[0]
    return UnresolvedMention(place.start, place.end, place.text, sentence.index, country=place.country,
                             kind="inferred", country_inferred=True)


def _inferred_actor(sentence: Sentence, trigger: TriggerMatch, places: Sequence) -> UnresolvedMention | None:
    """Who protests when the text names no one ("des milliers ont manifesté à Paris"): people of the country
    named as the place, coded as its civilians, with the trigger's span. Without such a place the pipeline
    tries the event's location, the country protested against and the document's main country
    (tacitus.coder.implicit)."""
    country = next((m.country for m in places if m.country and m.country not in NOT_COUNTRIES), None)
    if country is None:
        return None
    return party_at_trigger(sentence, trigger, country, "CVL")


def party_at_trigger(sentence: Sentence, trigger: TriggerMatch, country: str, sector: str) -> UnresolvedMention:
    """An unnamed party of `country` (its civilians, authorities, courts or police) that the text implies, spanning
    the trigger's words."""
    tokens = sentence.tokens
    start, end = tokens[trigger.tokens[0]].start, tokens[trigger.tokens[-1]].end
    return UnresolvedMention(start, end, sentence.text[start - sentence.start:end - sentence.start], sentence.index,
                             country=country, kind="inferred", sector=sector, country_inferred=True)


def _collapse(found: list, all_mentions: Sequence) -> list:
    """One entity per actor: a title or surname standing for a person also listed is dropped ("le président
    de la République d'Azerbaïdjan, Ilham Aliyev" is one actor, Ilham Aliyev)."""
    if not all_mentions:
        return found
    listed = {id(m) for m in found}
    kept = []
    for m in found:
        target = getattr(m, "refers_to", None)
        if target is not None and 0 <= target < len(all_mentions) and id(all_mentions[target]) in listed:
            continue
        kept.append(m)
    return kept


# Words that name a sea or gulf after a country: "the Sea of Japan", "Mar del Giappone", "Golfe de Guinée".
WATER_WORDS = frozenset({"sea", "gulf", "bay", "mar", "mare", "golfo", "golfe", "mer", "meer", "golf", "море",
                         "залив", "bahía", "baía", "baia"})
WATER_LINKS = frozenset({"of", "del", "di", "do", "da", "de", "du", "des", "von", "der", "la"})


def _named_water(sentence: Sentence, mention) -> bool:
    """Whether a country mention is part of the name of a sea or gulf ("the Sea of Japan")."""
    before = [normalise(t.text) for t in sentence.tokens if t.end <= mention.start][-3:]
    # a water word before the last word ("Sea" in "the Sea of"), or the only word before the country
    return bool(before) and any(w in WATER_WORDS for w in before[:-1] or before) and (
        before[-1] in WATER_LINKS or before[-1] in WATER_WORDS)


def _parties(sentence: Sentence, mentions: Sequence) -> list:
    """Mentions that can take a role: a country or capital right after a locative preposition is a place."""
    kept = []
    for m in mentions:
        # part_of: a mention inside a bigger one ("Azerbaïdjan" in "le président de la République d'Azerbaïdjan").
        if getattr(m, "part_of", None) is not None or getattr(m, "place", False):
            continue
        if getattr(m, "kind", "") in ("country", "metonym", "capital_metonym"):
            if _named_water(sentence, m):
                continue   # "the Sea of Japan", "nel Mar del Giappone": a sea, no party
            before = [t for t in sentence.tokens if t.end <= m.start][-2:]
            if len(before) == 2 and normalise(before[1].text) in NOT_LOCATIVE_IDIOMS:
                before = before[1:]   # "e in cambio Israele ha scarcerato": no place
            words = {normalise(t.text) for t in before}
            if (words & LOCATIVE_WORDS and not words & {"le", "la", "l'", "the"}
                    and not getattr(m, "rule", "").endswith(IMPERSONAL_SPEAKER)):
                continue
        kept.append(m)
    return kept


# How far after a handover verb the state it hands over to may be named ("экстрадировали в Бразилию").
DESTINATION_REACH = 3


def _handover_destination(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence):
    """The state a handover goes to, named as a direction right after the verb: a parse puts "в" + the
    accusative ("экстрадировала в США") where the locative would be a place ("в США")."""
    last = trigger.tokens[-1]
    for t in sentence.tokens[last + 1:last + 1 + DESTINATION_REACH]:
        if "Case=Acc" not in t.morph:
            continue
        for m in mentions:
            if m.start == t.start and getattr(m, "place", False) and getattr(m, "kind", "") in ("country", "metonym"):
                return m
    return None


# Words that attribute the sentence to a source: who is cited is no party to the event ("Russia massed
# troops near the border, according to U.S. and Ukrainian officials").
ATTRIBUTION_CUES = ("according to", "selon", "d'après", "según", "segun", "secondo", "stando a", "segundo", "laut",
                    "nach angaben", "nach erkenntnissen", "nach informationen", "nach einschätzung",
                    "nach darstellung", "по словам", "по данным", "по информации", "по сведениям", "по оценкам",
                    "بحسب", "حسب", "وفق", "وفقا", "نقلا عن")


def _attributed(sentence: Sentence, mention) -> bool:
    """Whether the mention sits in an attribution phrase: after a cue, before the next comma or clause end."""
    before = normalise(sentence.text[:mention.start - sentence.start])
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("،"), before.rfind(":"))
    tail = " " + before[cut + 1:] + " "
    for cue in ATTRIBUTION_CUES:
        at = tail.rfind(f" {cue} ")
        # The source follows its cue closely ("according to U.S. and Ukrainian officials"); words further on
        # belong to the sentence's own clause ("Nach Angaben der Polizei nahmen Beamte ... fest").
        if at >= 0 and len(tail[at + len(cue) + 2:].split()) <= 5:
            return True
    return False


def _is_background(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """An event the sentence mentions as its setting, not as its news: an event noun after "during", "after"
    ("lors de la conversation"), and in Arabic an event described by a relative clause ("الهجوم الذي استهدف
    كنيسة", the attack that targeted a church): neither its noun nor the clause's verb is news."""
    tokens = sentence.tokens
    if trigger.head > 0 and normalise(tokens[trigger.head - 1].text) in ARABIC_RELATIVE_PRONOUNS:
        return True
    if occasion_word(sentence, trigger, lang) is not None:
        return False   # "during a phone call with ...": a new call, news of its own (tacitus.coder.occasions)
    if tokens[trigger.head].pos not in ("NOUN", "PROPN") and trigger.entry.pos != "NOUN":
        return False
    window = tokens[max(0, trigger.head - 3):trigger.head]
    following = tokens[trigger.tokens[-1] + 1:trigger.tokens[-1] + 2]
    return any(normalise(t.text) in BACKGROUND_WORDS for t in window) or any(
        normalise(t.text) in ARABIC_RELATIVE_PRONOUNS for t in following)


# Modals that make a negated act a refusal ("won't" is tokenised "wo" + "n't"; fr "ne voulait pas négocier").
REFUSAL_MODALS = frozenset({"would", "wo", "will", "werde", "wird", "werden", "voulait", "veut", "vouloir"})
# A meeting is refused only with a modal of will or stance ("Tehran would not negotiate with Washington", "won't
# talk to"); a plain future reports a schedule, a meeting that will not take place ("Putin will not attend the
# BRICS summit", "no viajará a Johannesburgo", "ne se rendra pas"): negated, as the training sentences code it.
STANCE_MODALS = frozenset({"would", "wo", "voulait", "veut", "vouloir"})


# What a refusal of each act rejects (PLOVER REJECT modes): a meeting, help, or a concession or retreat.
REFUSED_MODES = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield"}


def _without_modes(modes: list[str], why: list[str], dropped: frozenset[str]) -> tuple[list[str], list[str]]:
    """The auxiliary modes and their reasons (one reason per mode, as `aux_modes` gives them) less `dropped`."""
    kept = [(m, w) for m, w in zip(modes, why) if m not in dropped]
    return [m for m, _ in kept], [w for _, w in kept]


AUX_MODE_ORDER = ("negation", "future", "hypothetical", "historical")


def _with_mode(modes: list[str], why: list[str], mode: str, reason: str) -> tuple[list[str], list[str]]:
    """The auxiliary modes and reasons with `mode` added in its place in `aux_modes`' order."""
    pairs = sorted([*zip(modes, why), (mode, reason)], key=lambda pair: AUX_MODE_ORDER.index(pair[0]))
    return [m for m, _ in pairs], [w for _, w in pairs]


def _acts_left_open(sentence: Sentence, triggers: list[TriggerMatch], lexicon: Lexicon
                    ) -> tuple[dict[int, int], frozenset[int]]:
    """The heads of the triggers whose act a phrase leaves open ("did not rule out sending troops", "n'a pas exclu
    de déployer"), each with the phrase's first token, and the tokens of all such phrases, which make no event of
    their own: the fresh sets code what is not ruled out, hypothetical, never a REJECT for it."""
    passive = _not_ruled_out_subjects(sentence, triggers)
    cues = lexicon.cue("possibility")
    if not cues:
        return passive, frozenset(passive.values())
    words = [normalise(t.text) for t in sentence.tokens]
    lemmas = [normalise(t.lemma) for t in sentence.tokens]
    spans = left_open_spans(words, lemmas, cues, lexicon.language)
    tokens = frozenset(i for start, end in spans for i in range(start, end)) | frozenset(passive.values())
    starts = {t.head: left_open(words, t, spans, lexicon.language) for t in triggers if not set(t.tokens) & tokens}
    return {**{head: start for head, start in starts.items() if start is not None}, **passive}, tokens


# Verbs of ruling out, whose negated passive leaves its subject's act open (lemmas, as the taggers give them).
RULING_OUT_VERBS = frozenset({"exclure", "écarter", "rule", "descartar", "excluir", "исключить", "исключать"})


def _not_ruled_out_subjects(sentence: Sentence, triggers: list[TriggerMatch]) -> dict[int, int]:
    """With a parse, the heads of the event nouns that are the subject of a negated passive of ruling out ("une
    rencontre entre Erdogan et Assad « n'était pas exclue »", "a meeting is not ruled out"), each with that verb."""
    tokens = sentence.tokens
    found = {}
    for t in triggers:
        token = tokens[t.head]
        verb = token.head
        if (token.dep in ("nsubj:pass", "nsubjpass") and 0 <= verb < len(tokens)
                and normalise(tokens[verb].lemma) in RULING_OUT_VERBS
                and any(c.head == verb and (c.dep == "neg" or "Polarity=Neg" in c.morph) for c in tokens)):
            found[t.head] = verb
    return found


def _refused_mode(event_type: str, roles: Roles) -> str | None:
    """The REJECT mode of an act announced as refused, or None when its negation is no refusal."""
    if event_type == "MOBILIZE" and roles.recipients:
        return "assist"    # "will not send troops to Ukraine"
    return REFUSED_MODES.get(event_type)


def _refusal_modal(sentence: Sentence, trigger: TriggerMatch, modals: frozenset[str]) -> bool:
    """One of `modals` right before a negated act: "Tehran would not negotiate with Washington" (a refusal)."""
    window = sentence.tokens[max(0, trigger.head - 3):trigger.head]
    return any(normalise(t.text) in modals for t in window)


def _attributive_participle(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """A verb trigger used as an adjective before its noun: "the jailed drug lord", "proposed tax increases".
    (Only where adjectives come first: the French parser also hangs finite verbs as "amod".)"""
    token = sentence.tokens[trigger.head]
    return len(trigger.tokens) == 1 and trigger.entry.pos == "VERB" and token.dep == "amod" and token.head > trigger.head


def _end_with_parts(party, mentions: Sequence, all_mentions: Sequence) -> int:
    """Where the party's phrase ends, stretched over the mentions that are part of it and follow it: "I ministri
    degli Esteri" + "di Francia" is one phrase, so "..., Germania e Regno Unito" joins it."""
    ends = [m.end for m in mentions if getattr(m, "part_of", None) is not None
            and 0 <= m.part_of < len(all_mentions) and all_mentions[m.part_of] is party and m.start >= party.end]
    return max(ends) if ends and max(ends) - party.end <= PART_REACH else party.end


PART_REACH = 40   # characters from a party's end to the end of a part of it ("ministri degli Esteri" ... "di Francia")


# What protesters demand is their protest's aim, not a request of its own ("marched ... demanding his resignation",
# "para exigir", "per chiedere", "требуя"): a non-finite REQUEST beside a PROTEST. Its form: the word before it
# (purpose) or its ending (gerund, present participle, Russian adverbial participle).
DEMAND_PURPOSE_WORDS = {"en": frozenset({"to"}), "fr": frozenset({"pour"}), "es": frozenset({"para"}),
                        "pt": frozenset({"para"}), "it": frozenset({"per"}), "de": frozenset({"zu", "um"})}
DEMAND_NONFINITE_ENDINGS = {"en": ("ing",), "fr": ("ant",), "es": ("ndo",), "pt": ("ndo",), "it": ("ndo",),
                            "ru": ("я", "в", "сь")}
FINITE_ENDINGS = {"ru": ("ся",)}   # a finite reflexive ("добивался") also ends in "я"
ARABIC_DEMAND_NOUNS = ("للمطالب", "مطالب", "ومطالب")   # "للمطالبة بـ": a verbal noun of purpose


def _protest_demands_are_the_protest(candidates: list[Candidate], sentence: Sentence, lang: str) -> list[Candidate]:
    """The candidates without the REQUESTs that only say what a protest of the sentence demands."""
    if not any(c.event_type == "PROTEST" for c in candidates):
        return candidates
    tokens = sentence.tokens

    def aim(c: Candidate) -> bool:
        first = c.trigger.tokens[0]
        word = tokens[first].text.lower()
        before = tokens[first - 1].text.lower() if first > 0 else ""
        nonfinite = word.endswith(DEMAND_NONFINITE_ENDINGS.get(lang, ())) and not word.endswith(
            FINITE_ENDINGS.get(lang, ()))
        return (before in DEMAND_PURPOSE_WORDS.get(lang, ()) or nonfinite
                or (lang == "ar" and word.startswith(ARABIC_DEMAND_NOUNS)))
    return [c for c in candidates if not (c.event_type == "REQUEST" and c.trigger.entry.pos == "VERB" and aim(c))]


# Verbs of extraditing, whose passive names no one extraditing: "X was extradited from the United States to Peru".
EXTRADITION_VERBS = frozenset({"extradite", "extrader", "extraditar", "estradare", "ausliefern", "экстрадировать"})
HANDOVER_VERBS = frozenset({"выдать"})   # verbs of handing over a person that the lexicon codes COOPERATE
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})


def _extradited_to(sentence: Sentence, trigger: TriggerMatch, roles: Roles, mentions: Sequence,
                   token_mentions: dict[int, int], others: Sequence) -> None:
    """The person extradited (the passive subject and its appositions) is no recipient when the state he is
    handed to stands in the dative: "Кристиан Мишель был выдан Индии властями ОАЭ". `others`: the sentence's
    other mentions (places, parts of a party's phrase), where that state may be."""
    tokens = sentence.tokens
    kids = child_lists(sentence)
    handed_tokens = {k for c in kids[trigger.head] if tokens[c].dep in PASSIVE_SUBJECT_DEPS
                     for k in subtree(kids, c) | {c}}
    everyone = [*mentions, *others]
    everyones_tokens = _token_mentions(sentence, everyone)
    receivers = [m for k in kids[trigger.head] if tokens[k].dep == "iobj" or "Case=Dat" in tokens[k].morph
                 if k not in handed_tokens and (m := covering_mention(k, everyone, everyones_tokens)) is not None
                 and m.country]
    if not handed_tokens or not receivers:
        return
    handed = [m for k in handed_tokens if (m := covering_mention(k, mentions, token_mentions)) is not None]
    kept = [r for r in roles.recipients if not any(r is h for h in handed)]
    roles.recipients = kept + [r for r in receivers if not any(r is k for k in kept)]
    roles.why.append(f"the person extradited is no recipient; '{receivers[0].text}' in the dative is")


# The prepositions of where someone or something comes from ("extradited from", "workers from Nepal", "travailleurs du
# Bangladesh", "рабочие из Непала").
SOURCE_WORDS = frozenset({"from", "de", "du", "des", "d'", "desde", "da", "dal", "dalla", "dagli", "dai", "do", "dos",
                          "aus", "von", "из", "من"})


def _extraditing_state(sentence: Sentence, trigger: TriggerMatch, roles: Roles, mentions: Sequence,
                       token_mentions: dict[int, int]) -> None:
    """The actor of a passive extradition that names none: the state it came from ("from the United States"), else
    the extradited person's own (the training data code "Juan Orlando Hernandez was extradited to the United States"
    as Honduras's act): the nearest party before the verb. The party it went to stays the recipient."""
    first = trigger.tokens[0]
    sources = [r for r in roles.recipients if r.country and _marked_by(sentence, r, SOURCE_WORDS)]
    before = sorted({token_mentions[k] for k in range(first) if k in token_mentions})
    extradited = [mentions[i] for i in before if mentions[i].country and mentions[i].country not in NOT_COUNTRIES]
    actors = sources or extradited[-1:]
    if not actors:
        return
    roles.actors = actors
    roles.recipients = [r for r in roles.recipients if first_token(sentence, r) > first and r not in sources]
    roles.why.append(f"passive extradition with no agent: '{actors[0].text}' -> actor")


def _unnamed_words(sentence: Sentence, mentions: Sequence, mention_of_token: dict[int, int]) -> set[int]:
    """Tokens that are a mention by themselves and name no one (a kind of party: "Kampfhubschrauber", "Soldaten")."""
    tokens = sentence.tokens
    return {i for i, m in mention_of_token.items() if getattr(mentions[m], "name", None) is None
            and mentions[m].start == tokens[i].start and mentions[m].end == tokens[i].end}


def _token_mentions(sentence: Sentence, mentions: Sequence, ends: Sequence[int] | None = None) -> dict[int, int]:
    """Token index -> index of the mention covering it. `ends` may stretch a mention's phrase past its own end
    (over the parts of it that follow); tokens of another mention stay that mention's."""
    out: dict[int, int] = {}
    for m_index, m in enumerate(mentions):
        for t_index, tok in enumerate(sentence.tokens):
            if tok.start < m.end and m.start < tok.end:
                out[t_index] = m_index
    for m_index, m in enumerate(mentions if ends is not None else ()):
        for t_index, tok in enumerate(sentence.tokens):
            if m.end <= tok.start < ends[m_index]:
                out.setdefault(t_index, m_index)
    return out


# Verbs of approval whose object, an act, is the news: "approved a $15.6 billion loan for Ukraine" is the loan (AID),
# "adoptó/aprobó un paquete de sanciones" the sanctions; approving a policy or a plan stays SUPPORT.
APPROVAL_LEMMAS = frozenset({"approve", "endorse", "approuver", "entériner", "aprobar", "aprovar", "approvare",
                             "billigen", "одобрить", "release"})   # "released a $1.1 billion loan tranche"
# "approved the call-up of 6,500 reservists", "aprobó el levantamiento del estado de emergencia"
ENACTED_TYPES = frozenset({"AID", "SANCTION", "COOPERATE", "MOBILIZE", "CONCEDE"})
APPROVAL_REACH = 10   # tokens from the verb to the act ("approved a 46-month, $3 billion loan")


# Signing a decree is the act it decrees: "firmó un decreto de indulto" (CONCEDE), "signed a decree imposing
# sanctions" (SANCTION). Signing an agreement stays SUPPORT (manual).
SIGNING_LEMMAS = frozenset({"sign", "signer", "firmar", "firmare", "assinar", "unterzeichnen", "подписать"})
DECREE_WORDS = frozenset({"decree", "décret", "decreto", "dekret", "erlass", "указ"})
DECREED_TYPES = frozenset({"AID", "SANCTION", "COOPERATE", "MOBILIZE", "CONCEDE", "RETREAT", "COERCE"})
DECREE_REACH = 3   # tokens from the verb to the decree word: "a signé lundi un décret"


# Verbs of agreement whose complement is a coercive act: "the EU agreed to impose its toughest sanctions yet" is the
# sanction (decided, not promised); agreeing to cooperate stays AGREE.
AGREEMENT_LEMMAS = frozenset({"agree", "acordar", "convenir", "vereinbaren", "beschließen", "concordare", "concordar",
                              "договориться", "convenire"})
DECIDED_TYPES = frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT"})
# A complement this weak is no act of its own: "agreed to shut down its reactor" is the agreement.
DECIDED_MIN_WEIGHT = 0.5


# Ordering an act is doing it: "a ordonné l'expulsion de l'ambassadeur" is the expulsion, "ordered the
# deployment of troops" the mobilisation (as the training sentences code them all), not a request.
ORDER_LEMMAS = frozenset({"order", "ordonner", "ordenar", "ordinare", "anordnen", "приказать", "распорядиться"})
ORDERED_TYPES = frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "RETREAT", "CONCEDE", "AID"})


# Tourists, pilgrims and fans who visit a country pay no visit of state, and a country that welcomes them gives no
# support: "El número de turistas extranjeros que visitaron Georgia", "Japan welcomed a record of nearly 37 million
# foreign visitors". The visitor word stands at most this many words before the visit's verb, or after the verb of
# welcoming, in its clause.
VISITOR_REACH = 4
WELCOMED_REACH = 8
WELCOMING_LEMMAS = frozenset({"welcome", "accueillir", "recibir", "acoger", "accogliere", "receber", "acolher",
                              "empfangen", "begrüßen", "принять", "встретить", "استقبل"})


def _private_visitors(sentence: Sentence, trigger: TriggerMatch, visitors: frozenset[str]) -> bool:
    """Whether a visit's verb follows a word for private visitors (the lexicon's `visitors` cue) in its clause, or
    a verb of welcoming has one after it."""
    if not visitors:
        return False
    tokens = sentence.tokens
    if trigger.entry.type == "CONSULT" and trigger.entry.mode == "visit":
        first = trigger.tokens[0]
        span = range(first - 1, max(-1, first - 1 - VISITOR_REACH), -1)
    elif normalise(trigger.entry.lemma.split()[0]) in WELCOMING_LEMMAS:
        last = trigger.tokens[-1]
        span = range(last + 1, min(len(tokens), last + 1 + WELCOMED_REACH))
    else:
        return False
    for k in span:
        if tokens[k].text in (",", ";", ":"):
            return False
        if normalise(tokens[k].text) in visitors or normalise(tokens[k].lemma) in visitors:
            return True
    return False


# The parse's object predicate: "calling it a 'bold step'", "called him a traitor".
OBJECT_PREDICATE_DEPS = frozenset({"oprd"})


def _naming_call(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether a phone call's trigger is a verb of naming, with an object predicate: "welcomed the agreement,
    calling it a 'bold step'" names the agreement; it calls nobody."""
    if trigger.entry.type != "CONSULT" or len(trigger.tokens) != 1:
        return False
    head = trigger.head
    return any(t.head == head and t.dep in OBJECT_PREDICATE_DEPS for t in sentence.tokens)


def _drop_verbs_framing_acts(sentence: Sentence, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """An approval verb whose object is an aid, sanction, cooperation or mobilisation noun gives way to that act;
    an agreement verb whose complement is a coercive act gives way to it; so does an order of an act."""
    tokens = sentence.tokens

    def governs(verb: TriggerMatch, types: frozenset[str], nouns_only: bool, min_weight: float = 0.0) -> bool:
        return any(a.entry.type in types and (a.entry.pos == "NOUN" or not nouns_only)
                   and a.entry.weight >= min_weight
                   and 0 < a.head - verb.tokens[-1] <= APPROVAL_REACH
                   # (a parse's object link crosses the comma of "a 46-month, $3 billion loan")
                   and (_same_clause(tokens, verb.tokens[-1], a.head) or tokens[a.head].head == verb.head)
                   for a in triggers)
    return [t for t in triggers if not (
        (t.entry.lemma in APPROVAL_LEMMAS and governs(t, ENACTED_TYPES, True))
        or (t.entry.lemma in SIGNING_LEMMAS and _signs_a_decree(tokens, t) and governs(t, DECREED_TYPES, True))
        or (t.entry.lemma in AGREEMENT_LEMMAS and t.entry.type == "AGREE"
            and governs(t, DECIDED_TYPES, False, DECIDED_MIN_WEIGHT))
        or (t.entry.lemma in ORDER_LEMMAS and t.entry.type == "REQUEST"
            and governs(t, ORDERED_TYPES, False, DECIDED_MIN_WEIGHT)))]


# Events whose effects a relative clause on their noun tells: "a general strike that shut down Kathmandu". The
# effect is the event's, not a second act of the clause's parties. (An attack's toll is merged with it instead:
# rewrites.one_attack.)
EFFECT_BEARING_TYPES = frozenset({"PROTEST"})
RELATIVE_PRONOUN_POS = frozenset({"PRON", "DET"})


def _drop_effects_of_events(sentence: Sentence, triggers: list[TriggerMatch]) -> list[TriggerMatch]:
    """A verb trigger in a relative clause on a protest noun, whose subject is the relative pronoun,
    tells that event's effect, and is no event of its own. A relative clause with a subject of its own ("the strike
    that the government banned") is kept."""
    tokens = sentence.tokens
    bearers = {k for t in triggers if t.entry.type in EFFECT_BEARING_TYPES and t.entry.pos == "NOUN"
               for k in t.tokens}

    def effect(t: TriggerMatch) -> bool:
        token = tokens[t.head]
        return (t.entry.pos == "VERB" and token.dep in RELATIVE_CLAUSE_DEPS and token.head in bearers
                and any(c.head == t.head and c.dep in SUBJECT_DEPS and c.pos in RELATIVE_PRONOUN_POS
                        for c in tokens))
    return [t for t in triggers if not effect(t)]


# How far from an expulsion the people expelled may be named: "expulsou do país mais de 200 mil cidadãos
# congoleses", "les migrants maliens ... expulsés", "вышлет на родину на кораблях ВМС Мьянмы около 1200 граждан".
EXPELLED_REACH = 10


def _deports_people(sentence: Sentence, trigger: TriggerMatch, lexicon: Lexicon) -> bool:
    """Whether an expulsion sends away people who are no diplomats (migrants, journalists, nationals): PLOVER codes
    that COERCE deport, and keeps SANCTION expel for diplomats, peacekeepers and bodies. A diplomat named anywhere
    in the sentence keeps the sanction."""
    people = lexicon.cue("deported_people")
    if not people:
        return False
    words = [normalise(t.text) for t in sentence.tokens]
    lemmas = [normalise(t.lemma) for t in sentence.tokens]
    if cue_starts(words, lemmas, 0, len(words), lexicon.cue("diplomats")):
        return False
    start = max(0, trigger.tokens[0] - EXPELLED_REACH)
    end = min(len(words), trigger.tokens[-1] + 1 + EXPELLED_REACH)
    return bool(cue_starts(words, lemmas, start, end, people))


def _signs_a_decree(tokens: Sequence, verb: TriggerMatch) -> bool:
    """A decree word right after the signing verb, past an article at most: "firmó un decreto de indulto"."""
    after = [normalise(t.text) for t in tokens[verb.tokens[-1] + 1:verb.tokens[-1] + 1 + DECREE_REACH]]
    return any(word in DECREE_WORDS for word in after)


def _denied_acts(sentence: Sentence, triggers: list[TriggerMatch], lexicon: Lexicon) -> dict[int, int]:
    """The heads of the triggers a denial verb's complement holds ("negou que Teerão tenha fornecido mísseis",
    "denied that Putin had spoken by phone", "a démenti avoir livré des armes"), each with the index of its denial
    verb. They are events of their own, coded negated, not the content of the denial: what was denied is news. The
    denial itself is no event of its own: the writers of the fresh sets code the act denied, negated, and no REJECT
    for the denial, unless the sentence also rejects an accusation in words of its own."""
    denials, complements = lexicon.cue("denial"), lexicon.cue("denial_complement")
    if not denials:
        return {}
    words = [normalise(t.text) for t in sentence.tokens]
    lemmas = [normalise(t.lemma) for t in sentence.tokens]
    verbs = {t.head: denied_content(words, lemmas, t, denials, complements, lexicon.language) for t in triggers}
    return {head: verb for head, verb in verbs.items() if verb is not None}


def _denial_subject(sentence: Sentence, denial_verb: int, mentions: Sequence):
    """The party nearest before the denial verb in its clause ("Moskau hat bestritten"), else None."""
    tokens = sentence.tokens
    before = [m for m in mentions if 0 <= first_token(sentence, m) < denial_verb
              and not any(tokens[k].text in (",", ";", ":") for k in range(first_token(sentence, m), denial_verb))]
    return max(before, key=lambda m: m.start) if before else None


def _denier_as_actor(candidate: Candidate, sentence: Sentence, denial_verb: int, mentions: Sequence) -> None:
    """A denied act with no subject of its own before it is the denier's: "نفت الحكومة الرواندية أن تكون قد أرسلت
    جنوداً" (the government denied having sent troops; Arabic drops the repeated subject). Its actor is the
    denial verb's subject, right after the verb, rather than a party named after the act."""
    head = candidate.trigger.head
    if any(first_token(sentence, a) < head for a in candidate.actors):
        return
    denier = next((m for m in mentions if denial_verb < first_token(sentence, m) < head), None)
    if denier is not None:
        candidate.actors = [denier]
        candidate.recipients = [r for r in candidate.recipients if r is not denier]
        candidate.explanation.setdefault("roles", []).append(
            f"a denied act with no subject of its own -> the denial's subject '{denier.text}'")


# Acts that police a protest: the protest they arrest or disperse is news of its own ("задержала около двадцати
# участников несанкционированного митинга", "dispersed hundreds of protesters").
POLICED_TYPES = frozenset({"COERCE", "ASSAULT"})


def _verb_coordinated_with_trigger(tokens, node: int, trigger_head: int, heads: set[int]) -> bool:
    """Whether `node` is a verb, not the trigger's own, coordinated with another trigger's verb: its objects are
    its own clause's ("prohibieron ... todas las concentraciones y anunciaron el envío de unidades de policía")."""
    token = tokens[node]
    return (node != trigger_head and token.pos in ("VERB", "AUX") and token.dep == "conj" and node not in heads
            and token.head in heads)


def _drop_dominated(sentence: Sentence, triggers: list[TriggerMatch], lang: str,
                    token_mentions: dict[int, int] | None = None, keep: frozenset[int] = frozenset()
                    ) -> list[TriggerMatch]:
    """A trigger inside another trigger's phrase is that event's content, not an event of its own:
    "accused Russia of violating", "threatened to attack", "soutenait la coopération", "ready to work with".
    Coordinated verbs ("donated ... and provided ...") and finite adverbial clauses ("..., mientras Exteriores
    convocaba a la embajadora") are separate events and are kept, and so is a protest that an arrest or a
    dispersal polices."""
    heads = {t.head for t in triggers}
    types_at: dict[int, set[str]] = {}
    for t in triggers:
        types_at.setdefault(t.head, set()).add(t.entry.type)
    tokens = sentence.tokens
    kids = child_lists(sentence)
    kept = []
    for trigger in triggers:
        node, steps, dominated = trigger.head, 0, False
        verbal = tokens[trigger.head].pos in ("VERB", "AUX") or trigger.entry.pos == "VERB"
        if (trigger.head in keep or _nominal_event_with_agent(sentence, trigger, kids, token_mentions or {})
                or occasion_word(sentence, trigger, lang) is not None
                or _joint_act_as_circumstance(tokens, trigger, heads)):
            kept.append(trigger)
            continue
        # Climbing stops at a clause that reports an event of its own: a coordinated verb, a finite adverbial
        # clause, a party's relative clause, a relative clause naming its own actor, or one describing
        # protesters ("supporters protesting outside parliament": the protest is news too).
        while tokens[node].head >= 0 and steps < 4 and not (
                (verbal and (tokens[node].dep == "conj" or _finite_adverbial_clause(tokens[node])
                             or _absolute_clause(tokens, node) or compound_participle_clause(tokens, node)
                             or (node == trigger.head == 0 and trigger.entry.pos == "VERB"
                                 and fronted_participle(tokens, node))
                             or (trigger.entry.type == "PROTEST" and tokens[node].dep in RELATIVE_CLAUSE_DEPS)
                             or _party_relative_clause(sentence, node, token_mentions or {})
                             or _party_participle_clause(sentence, node, token_mentions or {})
                             or _object_relative_clause(tokens, node)))
                or _relative_clause_with_own_actor(sentence, node)
                or _verb_coordinated_with_trigger(tokens, node, trigger.head, heads)):
            child, node, steps = node, tokens[node].head, steps + 1
            if node in heads and node != trigger.head:
                dominated = not (trigger.entry.type == "PROTEST" and types_at.get(node, set()) & POLICED_TYPES
                                 or (types_at.get(node, set()) <= TYPES_WITHOUT_CONTENT
                                     and _reported_clause_with_own_subject(tokens, child)))
                break
        if not dominated:
            kept.append(trigger)
    return kept


# English "from X to Y": the place left is no recipient when the entry's own preposition names where the act goes
# ("switched recognition from Taiwan to Beijing", "was extradited from Cape Verde to the United States").
ORIGIN_BEFORE_DESTINATION = ("from",)


def _drop_the_origin(sentence: Sentence, entry, roles: Roles) -> None:
    """Drop the recipients marked as the origin when another recipient is marked by the entry's preposition."""
    if not set(entry.recipient_case) - set(ORIGIN_BEFORE_DESTINATION):
        return
    origins = [r for r in roles.recipients if _marked_by(sentence, r, ORIGIN_BEFORE_DESTINATION)]
    if origins and any(_marked_by(sentence, r, entry.recipient_case) for r in roles.recipients if r not in origins):
        roles.recipients = [r for r in roles.recipients if r not in origins]
        roles.why.append("the place left ('from') yields to the place the act goes to")


# "se" and "si" open a threat's condition (THREAT_CONDITION_WORDS) but are also pronouns (pt "se opor", es "sí"):
# they count only before a name or an article.
AMBIGUOUS_CONDITION_WORDS = frozenset({"se", "si"})


def _drop_the_condition_parties(sentence: Sentence, trigger: TriggerMatch, roles: Roles) -> None:
    """A threat's recipients named inside the condition after it, when a recipient stands before the condition:
    "пригрозил заморозить отношения с Колумбией ..., если Богота позволит американским военным ..." threatens
    Colombia, not the American troops of the condition."""
    tokens = sentence.tokens
    opener = next((k for k in range(trigger.tokens[-1] + 1, len(tokens))
                   if normalise(tokens[k].text) in THREAT_CONDITION_WORDS
                   and (normalise(tokens[k].text) not in AMBIGUOUS_CONDITION_WORDS
                        or (k + 1 < len(tokens) and (tokens[k + 1].text[:1].isupper()
                                                      or normalise(tokens[k + 1].text) in ARTICLES)))), None)
    if opener is None:
        return
    start = tokens[opener].start
    before = [r for r in roles.recipients if r.start < start]
    if before and len(before) < len(roles.recipients):
        roles.recipients = before
        roles.why.append(f"recipients inside the condition ('{tokens[opener].text} ...') are not threatened")


def _marked_by(sentence: Sentence, mention, words: Sequence[str]) -> bool:
    """Whether one of `words` stands within the two tokens before the mention (past an article)."""
    k = first_token(sentence, mention)
    return any(sentence.tokens[j].text.lower() in words for j in range(max(0, k - 2), k))


# Prepositions that set an act in another's circumstances ("in a joint operation", "lors d'une opération
# conjointe", "в ходе совместной операции"), not in its complement ("refuse the joint drills": "от").
CIRCUMSTANCE_MARKS = frozenset({"in", "during", "en", "durante", "dans", "lors", "pendant", "в", "во", "ходе",
                                "рамках", "em", "na", "no", "nel", "nella", "bei", "während"})


def _joint_act_as_circumstance(tokens, trigger: TriggerMatch, heads: set[int]) -> bool:
    """A joint act named as the circumstance of another act is news of its own: "arrested ten members ... in a
    joint operation" (the arrest and the cooperation). As that act's object or complement it stays its content."""
    if not is_joint_act(trigger.entry):
        return False
    node = trigger.head
    if tokens[node].head in trigger.tokens:
        node = tokens[node].head          # "joint" hangs on "operation"
    marks = [t.text.lower() for t in tokens if t.head == node and t.dep == "case"]
    if tokens[node].dep == "pobj" and tokens[node].head >= 0:
        node = tokens[node].head          # English: the preposition heads its object
        marks = [tokens[node].text.lower()]
    return (tokens[node].dep in CIRCUMSTANCE_DEPS and tokens[node].head in heads
            and bool(set(marks) & CIRCUMSTANCE_MARKS))


ADDRESSED_TO_AUTHOR = frozenset({"ACCUSE", "REJECT"})   # verbs whose object act answers for its author


def _address_the_authors(sentence: Sentence, candidates: list[Candidate], triggers: list[TriggerMatch],
                        nationality_words: Sequence, lang: str, has_parse: bool) -> None:
    """A condemnation of an act is addressed to whoever did it (the training data and the CAMEO-derived sets code
    it so): "condemned the Russian attack on Kyiv" is ACCUSE -> RUS, not -> UKR, and "condenó la detención del
    periodista por la policía rusa" -> RUS. The act's author is the actor of its own event, else the nationality
    adjective on it; the condemnation's recipients become that author, when it is not the condemner's side. A
    rejection is addressed to the author of what it rejects in the same way: "rejected the American calls for a
    Palestinian state" is REJECT -> USA."""
    by_head = {c.trigger.head: c for c in candidates}
    for answer in candidates:
        if (answer.event_type not in ADDRESSED_TO_AUTHOR or answer.trigger.entry.pos != "VERB"
                or not answer.actors):
            continue
        act = _object_act(sentence, answer.trigger, triggers, lang, has_parse)
        if act is None:
            continue
        own = {a.country for a in answer.actors if a.country}
        event = by_head.get(act.head)
        authors = [a for a in event.actors if a.country] if event is not None else []
        if not authors:
            adjective = _nationality_of_event_noun(sentence, act, nationality_words, lang)
            authors = [adjective] if adjective is not None else []
        if authors and not own & {a.country for a in authors} and {r.country for r in answer.recipients} != {
                a.country for a in authors}:
            answer.recipients = list(authors)
            answer.explanation.setdefault("roles", []).append(
                f"author of the {'condemned' if answer.event_type == 'ACCUSE' else 'rejected'} act "
                f"'{sentence.tokens[act.head].text}' -> recipient")


def _request_by_its_author(candidate: Candidate, sentence: Sentence, mentions: Sequence,
                           token_mentions: dict[int, int], nationality_words: Sequence, lang: str,
                           has_parse: bool) -> None:
    """A request noun that names its author is that author's: "Australia sent police in response to a request from
    Prime Minister Sogavare" is a REQUEST by the Solomon Islands, not by Australia, and to Australia: the actor the
    rules found becomes the recipient."""
    if candidate.trigger.entry.pos != "NOUN":
        return
    author = request_author(sentence, candidate.trigger, mentions, token_mentions, has_parse,
                            _nationality_of_event_noun(sentence, candidate.trigger, nationality_words, lang))
    if author is None or not author.country or author.country in {a.country for a in candidate.actors}:
        return
    addressee = [a for a in candidate.actors if a.country]
    candidate.actors = [author]
    candidate.recipients = addressee or [r for r in candidate.recipients if r.country != author.country]
    candidate.explanation.setdefault("roles", []).append(
        f"author of the request noun '{sentence.tokens[candidate.trigger.head].text}' -> actor")


def _rejected_requests(sentence: Sentence, candidates: list[Candidate], found: list[TriggerMatch],
                       candidate_for, mentions: Sequence, token_mentions: dict[int, int],
                       nationality_words: Sequence, lang: str, has_parse: bool) -> list[Candidate]:
    """The requests that the sentence's rejections answer, when the rejected request names its author: "Belgrade
    has refused Pristina's demand to hand over ..." is also Pristina's REQUEST to Belgrade (the training data and
    the fresh sets code both). The request noun, dominated by the rejection, gave no candidate of its own; the
    rejection is addressed to the author when it had no recipient. `candidate_for` builds a trigger's candidate.
    Returns the new candidates; a request noun coded already gets the author and rejecter as its roles."""
    out: list[Candidate] = []
    coded = {c.trigger.head: c for c in candidates}
    for answer in list(candidates):
        if answer.event_type != "REJECT" or answer.trigger.entry.pos != "VERB" or not answer.actors:
            continue
        act = _object_act(sentence, answer.trigger, found, lang, has_parse)
        if act is None or act.entry.type != "REQUEST":
            continue
        author = request_author(sentence, act, mentions, token_mentions, has_parse,
                                _nationality_of_event_noun(sentence, act, nationality_words, lang))
        own = {a.country for a in answer.actors}
        if author is None or not author.country or author.country in own:
            continue
        # (a request noun the rejection did not dominate was coded already, by word order: its roles are redone)
        request = coded.get(act.head) or candidate_for(act)
        if request is None or request.event_type != "REQUEST":
            continue
        if not answer.recipients:
            answer.recipients = [author]
        request.actors, request.recipients = [author], list(answer.actors)
        request.aux_mode = [m for m in request.aux_mode if m == "historical"]
        request.mode = request.mode or answer.mode
        request.explanation.setdefault("roles", []).append(
            f"author of the request '{sentence.tokens[act.head].text}' rejected by "
            f"'{sentence.tokens[answer.trigger.head].text}' -> actor; the rejecter -> recipient")
        if act.head not in coded:
            coded[act.head] = request
            out.append(request)
    return out


# The word that opens "at the request of X" before the request noun ("a petición del primer ministro", "à la
# demande du président", "su richiesta del governo", "auf Bitte der Regierung", "по просьбе президента"); Arabic
# joins it to the noun ("بطلب من"). At most ON_REQUEST_GAP words stand between it and the noun ("at the request").
ON_REQUEST_WORDS = {"en": frozenset({"at", "upon", "on"}), "es": frozenset({"a"}), "fr": frozenset({"à", "a", "sur"}),
                    "it": frozenset({"su", "dietro"}), "pt": frozenset({"a", "à"}), "de": frozenset({"auf"}),
                    "ru": frozenset({"по"})}
ON_REQUEST_GAP = 2
ARABIC_ON_REQUEST_PREFIX = "ب"


def _requests_acted_on(sentence: Sentence, candidates: list[Candidate], found: list[TriggerMatch],
                       candidate_for, mentions: Sequence, token_mentions: dict[int, int], lang: str,
                       has_parse: bool) -> list[Candidate]:
    """The requests an act answers, when the sentence says it was done "at the request of" a party: "Australia
    enviará ... policías y militares a petición del primer ministro, Manasseh Sogavare" is also the Solomon
    Islands' REQUEST to Australia (the fresh sets code both). The request noun, dominated by the act, gave no
    candidate of its own; its author is the actor, the act's actors the recipients."""
    nouns = [t for t in found if t.entry.type == "REQUEST" and is_event_noun(sentence, t, lang, has_parse)]
    if not nouns:
        return []   # (most sentences: the words are read only for a request noun)
    tokens = sentence.tokens
    words = [normalise(t.text) for t in tokens]
    out: list[Candidate] = []
    for noun in nouns:
        first = noun.tokens[0]
        before = words[max(0, first - 1 - ON_REQUEST_GAP):first]
        opened = (words[first].startswith(ARABIC_ON_REQUEST_PREFIX) if lang == "ar"
                  else any(w in ON_REQUEST_WORDS.get(lang, ()) for w in before))
        if not opened:
            continue
        acts = [c for c in candidates if c.actors and c.event_type != "REQUEST"
                and _same_clause(tokens, min(c.trigger.head, first), max(c.trigger.head, first))]
        if not acts:
            continue
        act = min(acts, key=lambda c: abs(c.trigger.head - first))
        # (the parse may hang the author on the act's verb: "a petición del primer ministro" is a preposition)
        author = (request_author(sentence, noun, mentions, token_mentions, has_parse)
                  or request_author(sentence, noun, mentions, token_mentions, False))
        own = {a.country for a in act.actors}
        if author is None or not author.country or author.country in own:
            continue
        # (a request noun coded already, by word order, gets these roles instead)
        requests = [c for c in candidates if c.trigger.head == noun.head] or [candidate_for(noun)]
        for request in requests:
            if request is None or request.event_type != "REQUEST":
                continue
            request.actors, request.recipients = [author], list(act.actors)
            request.mode = request.mode or "assist"
            request.explanation.setdefault("roles", []).append(
                f"'{author.text}', at whose request '{tokens[act.trigger.head].text}' was done -> actor; "
                f"that act's actors -> recipients")
            if request not in candidates:
                out.append(request)
    return out


def _object_act(sentence: Sentence, verb: TriggerMatch, triggers: list[TriggerMatch], lang: str,
                has_parse: bool) -> TriggerMatch | None:
    """The event noun that is a verb trigger's direct object: by the parse; without one, the first event noun
    within COMPLEMENT_WINDOW words after the verb (or before a German final verb) in its clause."""
    tokens = sentence.tokens
    for noun in triggers:
        if noun.head == verb.head or not is_event_noun(sentence, noun, lang, has_parse):
            continue
        if has_parse:
            node = noun.head if tokens[noun.head].dep != "conj" else tokens[noun.head].head
            if tokens[node].head == verb.head and tokens[node].dep in ("obj", "dobj"):
                return noun
            continue
        if 0 < noun.head - verb.tokens[-1] <= COMPLEMENT_WINDOW and _same_clause(tokens, verb.tokens[-1], noun.head):
            return noun
        if lang in VERB_FINAL_AUXILIARIES and 0 < verb.head - noun.tokens[-1] <= COMPLEMENT_WINDOW and _same_clause(
                tokens, noun.tokens[-1], verb.head):
            return noun
    return None


RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
INDEFINITES = frozenset({"a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "один", "одна"})


def _party_relative_clause(sentence: Sentence, node: int, token_mentions: dict[int, int]) -> bool:
    """A relative clause set off by a comma after a party reports that party's own act: "... with Kofi Annan,
    who urged restraint", "protests from Moscow, which called the decision unlawful"."""
    tokens = sentence.tokens
    if tokens[node].dep not in RELATIVE_CLAUSE_DEPS or tokens[node].pos not in ("VERB", "AUX"):
        return False
    antecedent = tokens[node].head
    if antecedent not in token_mentions:
        return False
    # the comma right after the antecedent's phrase: a non-restrictive clause
    return any(tokens[k].text == "," for k in range(antecedent + 1, node)) and any(
        t.head == node and t.dep in SUBJECT_DEPS and t.pos == "PRON" for t in tokens)


def _party_participle_clause(sentence: Sentence, node: int, token_mentions: dict[int, int]) -> bool:
    """A present participle set off by a comma after a party reports that party's own act, like a relative clause:
    "Prime Minister Helen Clark, visiting Apia on Tuesday, formally apologised" (the visit is news too)."""
    token = sentence.tokens[node]
    if token.dep != "acl" or token.pos != "VERB" or token.head not in token_mentions:
        return False
    if "VerbForm=Ger" not in token.morph and not ("VerbForm=Part" in token.morph and "Tense=Pres" in token.morph):
        return False
    return any(sentence.tokens[k].text == "," for k in range(token.head + 1, node))


OBJECT_DEPS_OF_RELATIVES = frozenset({"obj", "iobj", "dobj", "dative"})


def _object_relative_clause(tokens, node: int) -> bool:
    """A relative clause whose pronoun is its object reports an act of its own on the antecedent: "expulsó a 45
    diplomáticos rusos a los que acusa de espiar", "expelled diplomats whom it accused of spying"."""
    return (tokens[node].dep in RELATIVE_CLAUSE_DEPS and tokens[node].pos in ("VERB", "AUX")
            and any(t.head == node and t.dep in OBJECT_DEPS_OF_RELATIVES and _relative_pronoun(t) for t in tokens))


GOVERNOR_CLIMB = 2   # nouns between a relative clause's antecedent and the verb whose subject acts in it


def _roles_in_object_relative_clause(sentence: Sentence, trigger: TriggerMatch, roles: Roles, mentions: Sequence,
                                     token_mentions: dict[int, int]) -> None:
    """"expulsó a 45 diplomáticos rusos a los que acusa de espiar": the antecedent is the act's recipient; its actor
    is the clause's own named subject, else (a pronoun or none) the subject of the clause the antecedent stands in."""
    tokens = sentence.tokens
    head = trigger.head
    antecedent = tokens[head].head
    target = covering_mention(antecedent, mentions, token_mentions)
    if target is None:
        return
    own = [covering_mention(k, mentions, token_mentions) for k, t in enumerate(tokens)
           if t.head == head and t.dep in SUBJECT_DEPS and t.pos not in ("PRON", "DET")]
    own = [m for m in own if m is not None]
    governor = tokens[antecedent].head
    # (the antecedent may modify a noun of the main clause: "rompió sus relaciones con Irán, al que acusa"; one
    # coordinated with another names the same act's targets, "a un fotógrafo ... y a una periodista, a quienes")
    for _ in range(GOVERNOR_CLIMB if tokens[antecedent].dep == "nmod" else 0):
        if governor < 0 or tokens[governor].pos not in ("NOUN", "PROPN"):
            break
        governor = tokens[governor].head
    main = [covering_mention(k, mentions, token_mentions) for k, t in enumerate(tokens)
            if governor >= 0 and t.head == governor and t.dep in SUBJECT_DEPS]
    actors = own or [m for m in main if m is not None]
    if not actors or any(a is target for a in actors):
        return
    roles.actors, roles.recipients = actors, [target]
    roles.why.append(f"relative clause on its object '{target.text}': the antecedent -> recipient, "
                     f"'{actors[0].text}' -> actor")


ORGANISATION_CODES = frozenset({"IGO", "UNO", "EUR"})
LEAVING_REACH = 3   # tokens from the withdrawal to the organisation left: "ritiro immediato dalla Comunità"


def _leaves_an_organisation(sentence: Sentence, trigger: TriggerMatch, recipients: Sequence) -> bool:
    """A withdrawal straight from an organisation is leaving it, SANCTION withdraw (53 of 55 such events in the
    training sentences): "annunciato il loro ritiro immediato dalla Comunità economica", "As Filipinas vão
    retirar-se do Tribunal Penal Internacional", "الانسحاب من المحكمة الجنائية الدولية". Troops withdrawn from
    a mission name what they withdraw first ("retirar o seu contingente da missão") and stay a retreat."""
    if not recipients or not all(getattr(r, "country", None) in ORGANISATION_CODES for r in recipients):
        return False
    # (what is yielded to, in the dative, is not left: "уступив позиции миротворцам ЭКОВАС")
    if any("Case=Dat" in sentence.tokens[first_token(sentence, r)].morph for r in recipients):
        return False
    gap = min(first_token(sentence, r) for r in recipients) - trigger.tokens[-1]
    return 0 < gap <= LEAVING_REACH


def _relative_pronoun(token) -> bool:
    return "Rel" in (morph_feature(token.morph, "PronType") or "").split(",") or token.text.lower() in (
        "whom", "which", "that")


def _relative_antecedent(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                         token_mentions: dict[int, int], nationality_words: Sequence = ()) -> Any | None:
    """The party a relative clause's verb hangs on ("Kofi Annan, who urged restraint"), or None. An antecedent
    that names no party stands for the one its nationality adjective or its "from" phrase names: "hundreds of
    Bangladeshi cleaners who went on strike", "workers from Nepal who walked out"."""
    tokens = sentence.tokens
    head = tokens[trigger.head]
    if head.dep not in RELATIVE_CLAUSE_DEPS or head.head < 0:
        return None
    noun = head.head
    index = token_mentions.get(noun)
    if index is not None:
        return mentions[index]
    for k, start, end, country in _placed(tokens, nationality_words):
        if tokens[k].head == noun and tokens[k].dep in ("amod", "nmod", "compound"):
            return _adjective_party(sentence, start, end, country, "UNK")
    for t, m in sorted(token_mentions.items()):
        if (tokens[t].head == noun and tokens[t].dep == "nmod"
                and any(c.head == t and c.dep == "case" and c.text.lower() in SOURCE_WORDS for c in tokens)):
            return mentions[m]
    return None


def _pronoun_antecedent(sentence: Sentence, pronoun: int, mentions: Sequence, token_mentions: dict[int, int],
                        actors: Sequence) -> Any | None:
    """The party a third-person object pronoun stands for ("Morales ordered the U.S. ambassador to leave,
    accusing him of conspiring"; "the rebels failed to free the hostages, and Uribe accused them of lying"):
    the nearest earlier mention that is not the event's actor and agrees with the pronoun in number."""
    tokens = sentence.tokens
    wanted = morph_feature(tokens[pronoun].morph, "Number")
    heads: dict[int, int] = {}
    for t, m in token_mentions.items():
        inside = token_mentions.get(tokens[t].head) == m
        if t < pronoun and not inside:
            heads[m] = t   # the mention's syntactic head: its token whose head lies outside it
    for m in sorted(heads, key=lambda m: heads[m], reverse=True):
        mention = mentions[m]
        if mention in actors:
            continue
        number = morph_feature(tokens[heads[m]].morph, "Number")
        if wanted is None or number is None or number == wanted:
            return mention
    return None


def _relative_clause_with_own_actor(sentence: Sentence, node: int) -> bool:
    """A relative or participle clause that names its own actor reports a reaction, not the content of the event
    above it: "..., a move Israeli Foreign Minister Israel Katz condemned", "une décision aussitôt dénoncée par
    Israël", "the bodyguard it accuses of murdering Litvinenko". One whose subject is the relative pronoun ("a
    resolution that called for") stays its content."""
    tokens = sentence.tokens
    if _participle_with_agent_on_summing_noun(tokens, node):
        return True
    if tokens[node].dep not in RELATIVE_CLAUSE_DEPS:
        return False
    if tokens[node].dep != "acl" and any(t.head == node and t.dep in SUBJECT_DEPS and _names_a_subject(t)
                                         for t in tokens):
        return True   # a relative clause with a subject of its own: "the drills that the United States launched"
    # Otherwise only on a noun set off after a comma, which sums up the clause before it: ", a move ...", ", une
    # décision ...", ", in an unprecedented move welcomed by ..." (a participle's agent elsewhere is mostly a
    # detail: "le délai fixé par l'accord").
    if subject_hung_on_summing_noun(tokens, node):
        return True
    if not set_off_by_comma(tokens, tokens[node].head):
        return False
    return any(t.head == node and ((t.dep in SUBJECT_DEPS and t.pos not in ("PRON", "DET")) or t.dep in AGENT_DEPS)
               for t in tokens)


def _participle_with_agent_on_summing_noun(tokens, node: int) -> bool:
    """A participle the tagger reads as an adjective, with its agent, on a noun that sums up the clause before it:
    "..., una sentencia criticada por el representante de la OSCE" (the Spanish parser hangs it as "amod" and its
    agent as an object marked "por")."""
    token = tokens[node]
    if token.dep != "amod" or "VerbForm=Part" not in token.morph or token.head < 0 or token.head > node:
        return False
    return set_off_by_comma(tokens, token.head) and any(
        t.head == node and any(c.head == k and c.dep == "case" and c.text.lower() in PARTICIPLE_AGENT_WORDS
                               for c in tokens)
        for k, t in enumerate(tokens))


def _names_a_subject(token) -> bool:
    """A subject that is not the relative pronoun: a noun, or a personal pronoun ("it", "il", "ellos")."""
    if token.pos not in ("PRON", "DET"):
        return True
    return "Person=" in token.morph and "Rel" not in token.morph


def _nominal_event_with_agent(sentence: Sentence, trigger: TriggerMatch, kids: list[list[int]],
                              token_mentions: dict[int, int] | None = None) -> bool:
    """An event noun that names its agent ("the arrest of Ghannouchi by Tunisian police", "la detención ... por la
    policía", "задержание ... полицией", "Moscow's refusal to extradite", "Algeria's downing of a drone") reports
    an event even as the object of another ("was condemned by his party"). `token_mentions` (token -> party) tells
    a party's possessive from a date's ("Monday's strike")."""
    tokens = sentence.tokens
    if tokens[trigger.head].pos not in ("NOUN", "PROPN"):
        return False
    if token_mentions and any(t.head == trigger.head and t.dep in POSSESSIVE_DEPS and k in token_mentions
                              and t.pos not in ("PRON", "DET") for k, t in enumerate(tokens)):
        return True
    phrases = agent_phrases(sentence, trigger.head, kids, token_mentions or {})
    return next(phrases, None) is not None


def _finite_adverbial_clause(token) -> bool:
    """A finite adverbial clause ("mientras Exteriores convocaba a la embajadora", "after Orbán dropped his veto")
    reports an event of its own; an infinitive one ("para exigir", "to discuss") is its main verb's purpose."""
    return token.dep == "advcl" and "VerbForm=Inf" not in token.morph and "VerbForm=Ger" not in token.morph


# Acts that take no reported clause as their content: a clause with its own subject that the parser hangs on one
# ("tras reunirse con Shoigú, que Rusia entregará a Serbia seis cazas", where "que" belongs to "anunció") is
# another act, not what was met about or attacked.
TYPES_WITHOUT_CONTENT = frozenset({"CONSULT", "ASSAULT", "MOBILIZE", "AID", "COOPERATE", "COERCE", "RETREAT"})


COMPLEMENTIZERS = frozenset({"que", "qu'", "that", "che", "dass", "что"})


def _reported_clause_with_own_subject(tokens, node: int) -> bool:
    """A finite complement clause opened by "que", "that"... with a named subject of its own (not a small clause:
    "released three women held hostage")."""
    return (tokens[node].dep == "ccomp" and "VerbForm=Fin" in tokens[node].morph
            and any(t.head == node and t.dep in SUBJECT_DEPS and t.pos in ("NOUN", "PROPN") for t in tokens)
            and any(t.head == node and normalise(t.text) in COMPLEMENTIZERS for t in tokens[:node]))


def _subject_before_the_participle(sentence: Sentence, trigger: TriggerMatch, roles: Roles, mentions: Sequence,
                                   token_mentions: dict[int, int]) -> None:
    """A compound participle with no parsed subject takes the parties right before its auxiliary, back to the
    clause's comma, as its actors: "sanctions contre la Corée du Nord, la Chine et la Russie ayant opposé leur veto"
    (the parser reads them as one list with the sanctions' target)."""
    tokens = sentence.tokens
    head = trigger.head
    if any(t.head == head and t.dep in SUBJECT_DEPS for t in tokens):
        return
    auxiliary = min(k for k, t in enumerate(tokens) if t.head == head and t.dep.startswith("aux"))
    start = next((k + 1 for k in range(auxiliary - 1, -1, -1) if tokens[k].text in (",", ";", ":")), 0)
    subjects = []
    for k in range(start, auxiliary):
        mention = covering_mention(k, mentions, token_mentions)
        if mention is not None and mention not in subjects:
            subjects.append(mention)
    if subjects:
        roles.actors = subjects
        roles.recipients = [r for r in roles.recipients if r not in subjects]
        roles.why.append(f"compound participle without a subject -> the parties before '{tokens[auxiliary].text}'")


SMALL_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})


def _small_clause(tokens, node: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """(the small clause's subject, the verb's subject) when the token, the first word of noun triggers only, heads a
    verbless clause under a verb with a subject of its own, as the parser reads "Estonia declared two Russian
    diplomats persona non grata" (it tags "persona" a verb); else None."""
    entries = lexicon.by_lemma.get(normalise(tokens[node].lemma), ()) if node >= 0 else ()
    if not entries or tokens[node].dep not in SMALL_CLAUSE_DEPS or any(e.pos != "NOUN" for e in entries):
        return None
    verb = tokens[node].head
    inner = next((k for k, t in enumerate(tokens) if t.head == node and t.dep in SUBJECT_DEPS), None)
    outer = next((k for k, t in enumerate(tokens) if t.head == verb and t.dep in SUBJECT_DEPS), None)
    if verb < 0 or tokens[verb].pos not in ("VERB", "AUX") or inner is None or outer is None:
        return None
    return inner, outer


def _roles_by_a_small_clause(sentence: Sentence, trigger: TriggerMatch, roles: Roles, mentions: Sequence,
                             token_mentions: dict[int, int], lexicon: Lexicon) -> None:
    """"declared two Russian diplomats persona non grata": the verb's subject acts on the small clause's subject;
    so does a gerund hung on the small clause (", accusing them of ...")."""
    tokens = sentence.tokens
    head = trigger.head
    gerund = tokens[head].dep == "advcl" and _small_clause(tokens, tokens[head].head, lexicon) is not None
    if not gerund and trigger.entry.pos != "NOUN":
        return
    found = _small_clause(tokens, tokens[head].head if gerund else head, lexicon)
    if found is None:
        return
    inner, outer = (covering_mention(k, mentions, token_mentions) for k in found)
    if outer is None:
        return
    roles.actors = [outer]
    if not gerund and inner is not None:
        roles.recipients = [inner] + [r for r in roles.recipients if r is not inner and r is not outer]
    else:
        roles.recipients = [r for r in roles.recipients if r is not outer]
    roles.why.append(f"small clause under '{tokens[tokens[found[1]].head].text}': its subject '{outer.text}' acts")


# Gerunds and participles that go on from a closing report: "..., Armenia's Defence Ministry said on Monday, accusing
# Baku of ...", "..., a déclaré le ministre, accusant ...". The speaker is the one who acts.
REPORT_GERUND_ENDINGS = {"en": ("ing",), "fr": ("ant",), "es": ("ando", "iendo"), **GERUND_ENDINGS}
CLOSING_REPORT_SPAN = 12   # tokens of the report between its two commas: ", Information Minister Ali Abdu said on ..."


def _reporter_before_the_gerund(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence,
                                token_mentions: dict[int, int], lang: str, report_verbs: frozenset[str]) -> list:
    """The parties that speak in the closing report right before a gerund trigger, between two commas, with a verb
    of saying; none when the trigger is no gerund or no such report stands before it."""
    tokens = sentence.tokens
    first = trigger.tokens[0]
    if (first < 3 or tokens[first - 1].text != "," or lang not in REPORT_GERUND_ENDINGS
            or not normalise(tokens[first].text).endswith(REPORT_GERUND_ENDINGS[lang])):
        return []
    start = next((k + 1 for k in range(first - 2, max(-1, first - 2 - CLOSING_REPORT_SPAN), -1)
                  if tokens[k].text in (",", ";", ":")), None)
    if start is None or not any(normalise(tokens[k].text) in report_verbs or normalise(tokens[k].lemma) in report_verbs
                                for k in range(start, first - 1)):
        return []
    reporters: list = []
    for k in range(start, first - 1):
        mention = covering_mention(k, mentions, token_mentions)
        if mention is not None and not any(mention is r for r in reporters):
            reporters.append(mention)
    return reporters


def _absolute_clause(tokens, node: int) -> bool:
    """A non-finite clause with a subject of its own reports that subject's act: "..., with the government of
    Daniel Ortega accusing The Hague of ..." (an act of the government, not the content of the main verb's); so
    does a closing clause set beside the main one (", a dénoncé jeudi Reporters sans frontières"). A clause
    opened by a conjunction is no such clause ("if the government did not meet their demands")."""
    return tokens[node].dep in ("advcl", "pcomp", "parataxis") and not any(
        t.head == node and t.dep == "mark" for t in tokens) and any(
        t.head == node and t.dep in SUBJECT_DEPS and t.pos in ("NOUN", "PROPN") for t in tokens)


COMPLEMENT_WINDOW = 5   # tokens after a verb trigger where an event noun is its complement
# Verbs whose object is an act that did not happen: threatened or refused ("mit einer Bodenoffensive gedroht",
# "eine Lieferung abgelehnt").
CONTENT_TAKING = frozenset({"THREATEN", "REJECT"})
WHOLE_CLAUSE = 10_000   # a reach that only the clause's end bounds


def _drop_verb_complements(sentence: Sentence, triggers: list[TriggerMatch], lang: str = "",
                           keep: frozenset[int] = frozenset()) -> list[TriggerMatch]:
    """Without a parse: an event noun just after an event verb of the same clause is that verb's content, not
    an event of its own ("رفضت المقترح"). German puts the content of a threat or a refusal before its final
    verb: "hat mit einer Bodenoffensive gedroht", "hat die Lieferung abgelehnt"."""
    tokens = sentence.tokens
    verbs = [t for t in triggers if t.entry.pos == "VERB"]
    # German verb-final threats and refusals, with the finite auxiliary that opens their middle field
    final = [(v, aux) for v in verbs if lang in VERB_FINAL_AUXILIARIES and v.entry.type in CONTENT_TAKING
             for aux in [_after_auxiliary(tokens, v, lang)] if aux]
    governors = [v for v in verbs if v.entry.type in INFINITIVE_GOVERNING]
    kept = []
    for trigger in triggers:
        if trigger.head in keep:
            kept.append(trigger)
            continue
        # (a German noun may match its verb's entry alone: "den russischen Angriff" by "angreifen"; a verb phrase
        # led by its noun, "Haftbefehl ... erlassen", stays a verb)
        noun = trigger.entry.pos == "NOUN" or (
            len(trigger.tokens) == 1 and is_event_noun(sentence, trigger, lang, False))
        if noun and occasion_word(sentence, trigger, lang) is None and (
                any(0 < trigger.head - v.tokens[-1] <= _complement_reach(v)
                    and _same_clause(tokens, v.tokens[-1], trigger.head) for v in verbs)
                or any(0 < v.head - trigger.tokens[-1] and trigger.head > aux
                       and _same_clause(tokens, trigger.tokens[-1], v.head) for v, aux in final)):
            continue
        if lang in VERB_FINAL_AUXILIARIES and not _german_genitive_after(tokens, trigger.head) and any(
                v is not trigger and v.entry.type in CONTENT_TAKING and v.tokens[0] < trigger.head < v.tokens[-1]
                for v in verbs):
            # inside a split verb's phrase: "wies die Forderung umgehend zurück" (but "wies die Forderung der OAS
            # zurück" names the request's author: news of its own, see request_authors)
            continue
        if trigger.entry.pos == "VERB" and _governed_infinitive(tokens, trigger, governors, lang):
            continue  # "recusou reconhecer a Crimeia", "ha minacciato di invadere", "aufgefordert, ... aufzuheben"
        if trigger.entry.pos == "VERB" and any(
                v.entry.type in ("REQUEST", "REJECT") and 0 < trigger.head - v.tokens[-1] <= CONTENT_CLAUSE_REACH
                and any(tokens[i].text.lower() in COMPLEMENT_OPENERS for i in range(v.tokens[-1] + 1, trigger.head))
                and _same_clause_but_complement(tokens, v.tokens[-1], trigger.head) for v in governors):
            continue  # "exigiu ... que Argentina, Chile ... retirem": what is asked or denied, not done
        if lang == "ar" and trigger.entry.pos == "VERB" and any(
                v.entry.type == "THREATEN" and 0 < trigger.head - v.tokens[-1] <= CONTENT_CLAUSE_REACH
                and any(normalise(tokens[i].text) in ARABIC_THAT_IT for i in range(v.tokens[-1] + 1, trigger.head))
                and not any(tokens[i].text in ARABIC_CLAUSE_BREAKS for i in range(v.tokens[-1] + 1, trigger.head))
                for v in verbs):
            continue  # "حذّرت الشرطة من أنها ستعتقل": the warner's own act, the threat's content
        kept.append(trigger)
    return kept


# "that it/she" (the subject itself) opening what a warning says: "حذّرت الشرطة من أنها ستعتقل كل من يشارك".
ARABIC_THAT_IT = frozenset({"أنها", "أنه", "بأنها", "بأنه", "انها", "انه", "بانها", "بانه"})
ARABIC_CLAUSE_BREAKS = frozenset({"،", ",", ".", "؛", ";", ":"})


GERMAN_GENITIVE_ARTICLES = frozenset({"der", "des"})


def _german_genitive_after(tokens, i: int) -> bool:
    """Whether a genitive follows the noun at i: an article "der"/"des" or a name ("die Forderung Washingtons")."""
    return i + 1 < len(tokens) and (tokens[i + 1].text in GERMAN_GENITIVE_ARTICLES or tokens[i + 1].text[:1].isupper())


def _governed_infinitive(tokens, trigger: TriggerMatch, governors: list[TriggerMatch], lang: str) -> bool:
    """Whether the verb trigger is an infinitive that a request, threat or refusal just before it governs. A
    German verb phrase led by its noun ends in its infinitive, and its clause follows the governor's comma:
    "aufgefordert, die Macht unverzüglich an den Parlamentspräsidenten abzugeben"."""
    german = lang in VERB_FINAL_AUXILIARIES
    if not (infinitive(tokens, trigger.head, lang) or (german and infinitive(tokens, trigger.tokens[-1], lang))):
        return False
    for v in governors:
        start, reach = v.tokens[-1], INFINITIVE_REACH
        if german and start + 1 < len(tokens) and tokens[start + 1].text == ",":
            # the zu-infinitive closes the clause after the comma, however long its objects ("aufgefordert, die
            # vor genau zwanzig Jahren ohne Anklage inhaftierten elf Politiker freizulassen")
            start, reach = start + 1, CONTENT_CLAUSE_REACH
        if 0 < trigger.head - v.tokens[-1] <= reach and _same_clause(tokens, start, trigger.head):
            return True
    return False


CONTENT_CLAUSE_REACH = 15   # tokens from a request or denial to the verb of its "que" clause


def _same_clause_but_complement(tokens, a: int, b: int) -> bool:
    """No punctuation between tokens a and b other than the commas of a list ("que Argentina, Chile e Uruguai")."""
    return not any(tokens[i].text in {";", ":", "(", ")"} for i in range(a + 1, b))


def _complement_reach(verb: TriggerMatch) -> int:
    """How far after a verb trigger an event noun is its content: a request, a threat or a refusal governs its
    whole clause ("ha chiesto un cessate il fuoco immediato a Gaza e la liberazione di tutti gli ostaggi")."""
    return WHOLE_CLAUSE if verb.entry.type in CONTENT_TAKING | {"REQUEST"} else COMPLEMENT_WINDOW


def _after_auxiliary(tokens, verb: TriggerMatch, lang: str) -> int:
    """The index of the finite auxiliary a verb-final trigger closes ("hat ... abgelehnt"), or 0 if none."""
    auxiliaries = VERB_FINAL_AUXILIARIES[lang]
    for i in range(verb.head - 1, -1, -1):
        if tokens[i].text in {",", ";", ":"}:
            return 0
        if tokens[i].text.lower() in auxiliaries:
            return i
    return 0


def _confidence(weight: float, how: str, roles: Roles, tree_filled: tuple[bool, bool], has_parse: bool) -> float:
    """A score in [0, 1]; see README (calibration against held-out data is tracked in the event-coder issue)."""
    score = 0.30 + 0.40 * weight
    if roles.actors and any(getattr(a, "country", None) for a in roles.actors):
        score += 0.10
    if roles.recipients:
        score += 0.05
    if has_parse and not tree_filled[0]:
        score -= 0.10
    if how == "stem":
        score -= 0.10
    return round(min(0.95, max(0.05, score)), 3)


# Verbs of warning: a threat when the speaker's own side will act ("Iran warned that it would close the strait"),
# a forecast when another will ("Russia could attack a NATO country, Pistorius warned"). PLOVER codes the threat only.
WARNING_LEMMAS = frozenset({"warn", "avertir", "mettre en garde", "advertir", "предупредить", "предостеречь",
                            "avvertire", "mettere in guardia", "alertar", "avisar", "warnen"})
# Who warns as an onlooker, no party to what may happen: "..., analysts warned", "forecasters warned that ...". No
# training sentence codes such a warning (nine in English).
ONLOOKERS = frozenset({"analysts", "experts", "scientists", "economists", "observers", "researchers", "forecasters",
                       "meteorologists", "analystes", "scientifiques", "économistes", "observateurs", "chercheurs",
                       "analistas", "expertos", "científicos", "economistas", "observadores", "investigadores",
                       "аналитики", "эксперты", "учёные", "ученые", "экономисты", "наблюдатели"})


def _warned_by_onlookers(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether the warning verb's parsed subject is an onlooker's word (ONLOOKERS)."""
    return any(t.head == trigger.head and t.dep in SUBJECT_DEPS and normalise(t.text) in ONLOOKERS
               for t in sentence.tokens)


# What the one warned will undergo: "South Korea would face a horrible disaster", "Tehran will pay a heavy price".
UNDERGOING_LEMMAS = frozenset({"face", "pay", "regret", "suffer", "bear", "faire face", "payer", "regretter", "subir",
                               "enfrentar", "pagar", "sufrir", "arrepentir", "понести", "заплатить", "пожалеть",
                               "столкнуться"})


def _acts_warned_of(sentence: Sentence, triggers: list[TriggerMatch], mentions: Sequence,
                    token_mentions: dict[int, int], nationality_words: Sequence) -> frozenset[int]:
    """Heads of the triggers in the clause of a warning of another's act: "Analysts warned that al-Shabaab
    militants could attempt attacks", "advirtió que Corea del Norte podría realizar su séptimo ensayo nuclear".
    The act is news of its own (hypothetical, as the fresh sets code it); the warning is none
    (`_warns_of_anothers_act`). The one warning is the verb's subject, with the countries its mentions name; a
    warning verb without a subject of its own (a participle or gerund) is left to the roles."""
    tokens = sentence.tokens
    kids = child_lists(sentence)
    heads = {t.head for t in triggers}
    out: set[int] = set()
    for t in triggers:
        if t.entry.lemma not in WARNING_LEMMAS:
            continue
        subjects = [k for k in kids[t.head] if tokens[k].dep in SUBJECT_DEPS]
        if not subjects or any(f"VerbForm={form}" in tokens[t.head].morph for form in ("Ger", "Part", "Conv")):
            continue   # a participle or gerund ("with a spokesman warning that any troops would be treated as ...")
        speaker = [mentions[token_mentions[k]] for s in subjects for k in subtree(kids, s) if k in token_mentions]
        if not _warns_of_anothers_act(sentence, t, speaker, token_mentions, mentions, nationality_words):
            continue
        for clause in kids[t.head]:
            # (the clause after the verb: a fronted one, "Hungary could block ..., diplomats warned", leaves the
            # parse's roles to guess across the whole sentence)
            if tokens[clause].dep in ("ccomp", "xcomp") and clause > t.head:
                out |= heads & set(subtree(kids, clause))
    return frozenset(out)


def _warns_of_anothers_act(sentence: Sentence, trigger: TriggerMatch, actors: Sequence,
                           token_mentions: dict[int, int], mentions: Sequence, nationality_words: Sequence) -> bool:
    """Whether the clause a warning verb reports has a subject that names another party than the one warning
    ("... that an Israeli military offensive in Rafah could lead to a slaughter")."""
    tokens = sentence.tokens
    # (a country only inferred for the one warning, "diplomats in Brussels", names no side: "Hungary could block
    # the renewal, diplomats warned" is another's act even when the diplomats were guessed Hungarian)
    own = {a.country for a in actors if a.country and not getattr(a, "country_inferred", False)}
    adjectives = {k: country for k, _, _, country in _placed(tokens, nationality_words)}
    kids = child_lists(sentence)
    for clause, token in enumerate(tokens):
        # (the Spanish parser may hang the clause as "xcomp" with its own "que" and subject: "advirtió que Corea
        # del Norte podría realizar su séptimo ensayo nuclear")
        if (token.head != trigger.head or token.dep not in ("ccomp", "xcomp")
                or normalise(token.lemma or token.text) in UNDERGOING_LEMMAS):
            continue
        if _passive_clause(tokens, clause):
            continue   # "su ejército sería aniquilado": the one warned undergoes the act
        if any(tokens[k].dep == "mark" and tokens[k].text.lower() in CONDITION_MARKS for k in kids[clause]):
            continue   # "... применит силу, если эритрейские войска не покинут ...": the condition set, a threat
        for subject, word in enumerate(tokens):
            if word.head != clause or word.dep not in SUBJECT_DEPS or word.pos in ("PRON", "DET"):
                continue
            span = subtree(kids, subject)
            if any(tokens[k].pos in ("PRON", "DET")
                   and (tokens[k].dep in POSSESSIVE_DEPS or "Poss=Yes" in tokens[k].morph) for k in span):
                continue   # "its warplanes would attack": the speaker's own side
            named = {mentions[token_mentions[k]].country for k in span if k in token_mentions}
            named |= {adjectives[k] for k in span if k in adjectives}
            named.discard(None)
            if named and not named & own:
                return True
    return False


# Conjunctions that open a condition (parsed languages): a clause they mark is what the warning demands.
CONDITION_MARKS = frozenset({"if", "unless", "si", "если", "ежели"})


# Without a parse: words that open the clause a warning reports ("ha avvertito che ...") and words of a condition,
# which make the warning a threat ("Se la Russia attaccasse ..., la risposta sarebbe devastante, ha avvertito ...",
# "Wer Taiwan von China abzuspalten versuche, werde sich selbst vernichten, warnte ...").
WARNING_CONTENT_OPENERS = {"it": frozenset({"che"}), "pt": frozenset({"que"}), "de": frozenset({"dass"})}
CONDITION_WORDS = frozenset({"se", "qualora", "caso", "chi", "quem", "wenn", "falls", "sollte", "sollten",
                             "wer"})
# Words that open a threat's condition in every language: "if Bogota let American troops use seven bases".
THREAT_CONDITION_WORDS = CONDITION_MARKS | CONDITION_WORDS | frozenset({"إذا", "إن", "لو"})
QUOTE_CLOSERS = frozenset({",", "»", "«", "“", "”", "\""})


def _unparsed_warning_of_another(sentence: Sentence, trigger: TriggerMatch, roles: Roles,
                                 token_mentions: dict[int, int], mentions: Sequence, lang: str) -> bool:
    """Without a parse: whether the clause a warning reports, before it ("Un'eventuale escalation tra Israele e
    Hezbollah potrebbe trascinare il Libano in guerra, ha avvertito il ministro libanese") or after its "che",
    "que" or "dass", first names another party than the one warning, with no condition that would make it a
    threat."""
    tokens = sentence.tokens
    own = {a.country for a in roles.actors if a.country}
    if not own:
        return False
    first, last = trigger.tokens[0], trigger.tokens[-1]
    if roles.reports_clause_before or (lang == "de" and first > 0 and tokens[first - 1].text in QUOTE_CLOSERS):
        span = range(0, first)
    else:
        openers = WARNING_CONTENT_OPENERS.get(lang, frozenset())
        k = next((i for i in range(last + 1, min(len(tokens), last + 4)) if normalise(tokens[i].text) in openers), None)
        if k is None:
            return False
        end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in (";", ":")), len(tokens))
        span = range(k + 1, end)
    if any(normalise(tokens[i].text) in CONDITION_WORDS for i in span):
        return False
    party = next((mentions[token_mentions[i]] for i in span if i in token_mentions), None)
    return party is not None and bool(party.country) and party.country not in own


def _passive_clause(tokens, head: int) -> bool:
    """Whether the clause headed by `head` is passive: a passive subject, or a participle after "be"/"ser"/"être"."""
    dependents = [t for t in tokens if t.head == head]
    return (any(t.dep in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for t in dependents)
            or ("VerbForm=Part" in tokens[head].morph
                and any(t.dep in ("aux", "cop") and normalise(t.lemma or t.text) in ("be", "ser", "être", "быть")
                        for t in dependents)))


# Verbs that mean "condemn" in words and "convict" in court.
CONDEMN_LEMMAS = frozenset({"condannare", "condenar", "condamner", "condemn", "verurteilen", "осудить"})


def _judicial(actors: Sequence) -> bool:
    """Whether an actor is a court or judge (PLOVER sector JUD)."""
    return any(getattr(a, "sector", None) == "JUD" or "JUD" in (getattr(a, "other_sectors", None) or [])
               for a in actors)


def _with_prison_arrests(candidates: list[Candidate], sentence: Sentence, lang: str) -> list[Candidate]:
    """Each conviction to a prison term also gives a COERCE arrest with the same parties (PLOVER manual)."""
    stems = PRISON_TERM_STEMS.get(lang, ())
    words = [normalise(t.text) for t in sentence.tokens]
    text = normalise(sentence.text)
    if not stems or not any(w.startswith(stems) for w in words) and not any(" " in s and s in text for s in stems):
        return candidates
    out = list(candidates)
    for c in candidates:
        if c.event_type == "SANCTION" and c.mode == "convict" and not any(
                o.event_type == "COERCE" and o.actors == c.actors and o.recipients == c.recipients for o in out):
            out.append(replace(c, event_type="COERCE", mode="arrest", signals=dict(c.signals),
                               explanation={**c.explanation, "derived": "a prison sentence is also COERCE arrest"}))
    return out


# Verbs that name what a meeting was about: "vão reunir-se em Cartum para discutir", "recebido pelo homólogo, com quem
# discutiu", "زيارة ... لبحث". Beside another meeting of the same parties they are that meeting, not a second one.
DISCUSSION_LEMMAS = frozenset({"discuss", "discuter", "discutir", "discutere", "besprechen", "erörtern", "beraten",
                               "обсудить", "обсуждать", "بحث", "ناقش", "debatir", "debater"})


def _discussion_is_the_meeting(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a CONSULT on a verb of discussing after another CONSULT of the sentence that shares a party with it.
    (A discussion verb that opens the sentence is the main verb, "بحث ... في اتصال هاتفي": it stays.)"""
    def parties(c: Candidate) -> set[str]:
        return {m.country for m in c.actors + c.recipients if getattr(m, "country", None)}

    meetings = [c for c in candidates if c.event_type == "CONSULT" and c.trigger.entry.lemma not in DISCUSSION_LEMMAS]
    return [c for c in candidates if not (
        c.event_type == "CONSULT" and c.trigger.entry.lemma in DISCUSSION_LEMMAS
        and any(m.trigger.head < c.trigger.head and parties(c) & parties(m) for m in meetings))]


def _closing_report_tokens(sentence: Sentence, trigger: TriggerMatch, verbs: frozenset[str]) -> set[int]:
    """The tokens of a report that closes the trigger's sentence (", a indiqué le CICR", ", said Western
    diplomats in Juba"), up to the next comma: who reports, not who takes part."""
    tokens = sentence.tokens
    comma = closing_report(tokens, trigger.tokens[-1], len(tokens), verbs)
    if comma is None:
        return set()
    stop = next((k for k in range(comma + 2, len(tokens)) if tokens[k].text == ","), len(tokens))
    return set(range(comma, stop))


# Arabic object pronouns standing alone after a verbal noun or participle: "متهماً إياه" (accusing him)
ARABIC_DETACHED_OBJECTS = frozenset({"إياه", "إياها", "إياهم", "إياهما", "إياهن"})
# Endings of a circumstantial participle: masculine accusative, feminine, plural.
CIRCUMSTANTIAL_ENDINGS = ("اً", "ًا", "ة", "ةً", "ين")


def _circumstantial(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """An Arabic circumstantial participle after a comma: "هدّد ... بطرد المفوض السامي، متهماً إياه بالتدخل"
    (accusing him), "مؤكداً", "محذراً"; feminine or plural after a government or a people ("، متهمة نيروبي",
    "، مطالبين"). It tells how the main clause's subject acted."""
    tokens = sentence.tokens
    first = trigger.tokens[0]
    word = tokens[first].text
    return (first > 0 and tokens[first - 1].text in ("،", ",") and word.startswith("م")
            and word.endswith(CIRCUMSTANTIAL_ENDINGS))


# An Arabic verbal noun after the purpose "ل", with an object pronoun on it, right after another act of the same
# type: "استدعت ... السفير الأرميني لتوبيخه" (summoned the ambassador to reprimand him) is one act.
ARABIC_PURPOSE = "ل"
ARABIC_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")
PURPOSE_REACH = 4   # tokens from the act's last word to its purpose


def _purpose_of_the_act_before(sentence: Sentence, trigger: TriggerMatch, before: Candidate) -> bool:
    """Whether the trigger is the purpose of the act just before it, told again of the same one."""
    word = sentence.tokens[trigger.tokens[0]].text
    last = before.trigger.tokens[-1]
    return (len(trigger.tokens) == 1 and before.event_type == trigger.entry.type and word.startswith(ARABIC_PURPOSE)
            and not trigger.entry.lemma.startswith(ARABIC_PURPOSE) and word.endswith(ARABIC_OBJECT_SUFFIXES)
            and 0 < trigger.tokens[0] - last <= PURPOSE_REACH)


def _gerund_after_the_clause(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """Whether the trigger is an Italian or Portuguese gerund right after a comma: it tells how the clause's subject
    acted ("hanno assaltato un autobus ..., uccidendo 28 passeggeri", "atacaram a base, matando dez soldados")."""
    first = trigger.tokens[0]
    word = sentence.tokens[first].text.lower()
    return (lang in GERUND_ENDINGS and trigger.entry.pos == "VERB" and first > 0
            and sentence.tokens[first - 1].text == "," and word.endswith(GERUND_ENDINGS[lang]))


def _take_the_main_clause_parties(candidate: Candidate, main: Candidate, sentence: Sentence,
                                  trigger: TriggerMatch, pronoun_on_word: bool = False) -> None:
    """A circumstantial participle's actor is the main clause's; its detached object pronoun ("إياه"), or one
    written on the word (`pronoun_on_word`: "لتوبيخه"), is the one the main clause acted on."""
    candidate.actors = list(main.actors)
    tokens = sentence.tokens
    after = trigger.tokens[-1] + 1
    pronoun = pronoun_on_word or any(tokens[k].text in ARABIC_DETACHED_OBJECTS for k in (*trigger.tokens, after)
                                     if k < len(tokens))
    if pronoun and main.recipients:
        candidate.recipients = list(main.recipients)
    else:
        candidate.recipients = [r for r in candidate.recipients if r not in main.actors]
    candidate.explanation.setdefault("roles", []).append(
        "circumstantial participle after the main clause -> its actor" + (", and the pronoun its recipient"
                                                                          if pronoun and main.recipients else ""))


CALL_TO_REACH = 10   # tokens from "call" to its "to": "a call by the Organization of American States to free"


# "أسفر عن" (resulted in) before an attack's toll: "قصفت ... أحياء سكنية، ما أسفر عن سقوط قتلى".
ARABIC_RESULTED = ("أسفر", "وأسفر", "فأسفر")
ARABIC_TOLL_REACH = 3   # tokens from "عن" to the toll's trigger ("عن سقوط قتلى")


def _arabic_toll(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """Whether the trigger is the toll that "أسفر/أسفرت عن" introduces."""
    words = [normalise(t.text) for t in sentence.tokens]
    first = trigger.tokens[0]
    return any(words[k] == "عن" and k > 0 and words[k - 1].startswith(ARABIC_RESULTED)
               for k in range(max(0, first - ARABIC_TOLL_REACH), first))


# Prepositions of what an act is against: protesters after one are acted on ("Polizeigewalt gegen prodemokratische
# Demonstranten", "violence against protesters"), not protesting.
AGAINST_WORDS = frozenset({"gegen", "against", "contre", "contra", "contro", "против", "ضد", "aos", "às"})
ACTED_ON_REACH = 3   # tokens between such a word or an act and the protesters' name at most


def _protesters_acted_on(sentence: Sentence, mention, triggers: list[TriggerMatch]) -> bool:
    """Protesters named right after an arrest, an attack or an "against": the ones acted on ("nach der Festnahme
    dreier thailändischer Demonstranten", "a repressão aos manifestantes"), no protest of their own."""
    start = first_token(sentence, mention)
    acts = {k for t in triggers if t.entry.type in ("COERCE", "ASSAULT") for k in t.tokens}
    for k in range(start - 1, max(-1, start - 1 - ACTED_ON_REACH), -1):
        word = normalise(sentence.tokens[k].text)
        if not any(ch.isalpha() for ch in word):
            return False
        if word in AGAINST_WORDS or k in acts:
            return True
    return False


# Spanish object clitics that stand for a party.
SPANISH_OBJECT_CLITICS = frozenset({"lo", "la", "los", "las"})


def _relative_subject_with_clitic(sentence: Sentence, trigger: TriggerMatch, roles: Roles, mentions: Sequence,
                                  token_mentions: dict[int, int]) -> None:
    """A Spanish relative clause whose "que" has an object clitic beside it ("... a petición de Estados Unidos, que
    lo acusa de participar en un fraude"): "que" is its subject, so the antecedent acts, and the clitic stands for
    the main clause's subject, whom the sentence is about. The small parser reads "que" as an object."""
    tokens = sentence.tokens
    head = trigger.head
    antecedent = tokens[head].head
    if tokens[head].dep not in ("acl", "acl:relcl") or antecedent < 0 or antecedent not in token_mentions:
        return
    kids = [k for k, t in enumerate(tokens) if t.head == head and k < head]
    if (not any(tokens[k].text.lower() == "que" and _relative_pronoun(tokens[k]) for k in kids)
            or not any(tokens[k].text.lower() in SPANISH_OBJECT_CLITICS and tokens[k].pos == "PRON" for k in kids)
            or any(tokens[k].dep in ("nsubj", "nsubj:pass") and tokens[k].text.lower() != "que" for k in kids)):
        return
    actor = mentions[token_mentions[antecedent]]
    root = next((k for k, t in enumerate(tokens) if t.head < 0), None)
    topic = [mentions[token_mentions[k]] for k, t in enumerate(tokens)
             if root is not None and t.head == root and t.dep in ("nsubj", "nsubj:pass") and k in token_mentions]
    roles.actors = [actor]
    roles.recipients = [m for m in topic if m is not actor] or [r for r in roles.recipients if r is not actor]
    roles.why.append(f"relative 'que' with an object clitic: its antecedent '{actor.text}' acts")


# How far after a debt-relief trigger its debtor may be named, in tokens ("annulé la totalité de la dette de 1,26
# milliard de dollars que leur devait le Liberia").
DEBTOR_REACH = 14


def _debtor_after(sentence: Sentence, trigger: TriggerMatch, mentions: Sequence, actors: Sequence):
    """The first party named after a debt-relief trigger, within DEBTOR_REACH tokens and before any ";" or ":", that
    is no actor nor of an actor's country: whose debt it is ("condonar el 67 % de la deuda bilateral de Nicaragua",
    "write off 80 percent of the $39 billion Iraq owes its members"). None when there is none."""
    own = {a.country for a in actors if a.country}
    last = trigger.tokens[-1]
    for m in sorted(mentions, key=lambda m: m.start):
        k = first_token(sentence, m)
        if k <= last or any(a is m for a in actors) or not m.country or m.country in own:
            continue
        if k - last > DEBTOR_REACH or any(sentence.tokens[j].text in (";", ":") for j in range(last, k)):
            return None
        return m
    return None


def _agreed_debt_relief(sentence: Sentence, triggers: list[TriggerMatch], debt_relief: frozenset[str]
                        ) -> list[TriggerMatch]:
    """Creditors who agree to forgive a debt forgive it: the agreement is their decision, coded AID (the manual's
    debt relief), not AGREE ("The Paris Club agreed to write off 80 percent ...", "acordaron condonar el 67 %").
    Drops the agreeing verb whose complement is a debt-relief trigger."""
    tokens = sentence.tokens
    governors = {tokens[t.head].head for t in triggers
                 if normalise(t.entry.lemma) in debt_relief and tokens[t.head].dep in ("xcomp", "ccomp")}
    return [t for t in triggers if not (t.entry.type == "AGREE" and t.head in governors)]


# The time given to leave ("48 hours to leave", "72 ore per lasciare", "مهلة 72 ساعة لمغادرة"): an expulsion whose
# words name those who must leave as the subject of leaving.
ULTIMATUM_UNITS = frozenset({"hour", "heure", "ora", "hora", "ساعة"})


def _ultimatum_to_leave(trigger: TriggerMatch) -> bool:
    return trigger.entry.mode == "expel" and trigger.entry.words[0] in ULTIMATUM_UNITS


def _given_by_the_main_actor(candidate: Candidate, main: Candidate) -> None:
    """An ultimatum to leave is given by the actor of the sentence's first act ("Il Ruanda ha rotto le relazioni
    ..., dando ai diplomatici belgi 48 ore per lasciare Kigali"); those who must leave (the parse's actors of
    leaving) are its recipients, else the recipients found."""
    givers = {a.country for a in main.actors if a.country}
    if not givers:
        return
    leavers = [a for a in candidate.actors if a.country and a.country not in givers]
    candidate.recipients = leavers or [r for r in candidate.recipients if r.country not in givers]
    candidate.actors = list(main.actors)
    candidate.explanation.setdefault("roles", []).append(
        f"time given to leave -> given by the first act's actor '{main.actors[0].text}'")


def _call_to_act(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """An English "call" followed, in its clause, by "to" and a verb: "rejected a call by the OAS to free all
    detainees", "calls to lift the sanctions"."""
    tokens = sentence.tokens
    head = tokens[trigger.head]
    if len(trigger.tokens) != 1 or head.lemma.lower() != "call" or head.pos != "NOUN":
        return False
    for k in range(trigger.head + 1, min(len(tokens) - 1, trigger.head + 1 + CALL_TO_REACH)):
        if tokens[k].pos == "PUNCT":
            return False
        if tokens[k].text.lower() == "to":
            return tokens[k + 1].pos == "VERB"
    return False


# "not X but Y": the words that set an act that took place against one that did not.
CONTRAST_WORDS = frozenset({"but", "mais", "pero", "sino", "ma", "bensì", "mas", "porém", "aber", "sondern", "но",
                            "а", "لكن", "بل", "ولكن"})


def _contrasted(a: Candidate, b: Candidate) -> bool:
    """Whether one of two readings is negated or hypothetical and the other not, with a contrast word between
    their triggers ("had not broken off relations with Panama but only recalled its ambassador"): two acts."""
    unreal = {"negation", "hypothetical"}
    if bool(unreal & set(a.aux_mode)) == bool(unreal & set(b.aux_mode)):
        return False
    low, high = sorted((a.trigger.head, b.trigger.head))
    return any(t.text.lower() in CONTRAST_WORDS for t in a.sentence.tokens[low + 1:high])


def _mediator_is_no_recipient(candidate: Candidate) -> None:
    """A mediated meeting of several parties ("held talks in Vienna under the mediation of the OSCE Minsk Group")
    is reciprocal between them: the mediator, or the host its word names, is the mode (third-party), not a
    recipient of each party's meeting; a host who receives them ("recibidos por el papa") stays one. The training
    data give no recipient to 110 of 111 meetings coded third-party, though some list the mediator as a party."""
    if (candidate.event_type != "CONSULT" or candidate.mode != "third-party" or not candidate.recipients
            or candidate.trigger.entry.mode == "visit"
            or len({a.country for a in candidate.actors if a.country}) < 2):
        return
    candidate.recipients = []
    candidate.explanation.setdefault("roles", []).append(
        "a mediated meeting of several parties: the mediator is no recipient")


def _one_mention_per_party(candidate: Candidate) -> None:
    """A reciprocal event (several actors, no recipient) lists each party once: a title and the name in apposition
    ("son homologue Mohamed Ould Ghazouani", "the presidents of Ecuador and Peru, Lenín Moreno and Pedro Pablo
    Kuczynski") are one party, not a party meeting itself. Mentions of one country and sector are one party, a
    person known by name only (no sector, or the elite's) one with any other of the country; a government and
    rebels of one country stay two."""
    if candidate.recipients or len(candidate.actors) < 2:
        return
    kept: list = []
    for actor in candidate.actors:
        if actor.country is None or not any(_same_party(actor, other) for other in kept):
            kept.append(actor)
    if len(kept) < len(candidate.actors):
        candidate.actors = kept
        candidate.explanation.setdefault("roles", []).append(
            "mentions of the same party in a reciprocal event -> one actor")


# Sectors of a mention that may be any party of its country: a person the knowledge base knows by name only.
UNSPECIFIC_SECTORS = frozenset({None, "ELI"})


def _same_party(a, b) -> bool:
    sectors = (getattr(a, "sector", None), getattr(b, "sector", None))
    return a.country == b.country and (sectors[0] == sectors[1] or any(s in UNSPECIFIC_SECTORS for s in sectors))


def _deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (type, actors, recipients) in a sentence: the most confident reading, unless the two are an
    act denied and another one set against it (`_contrasted`)."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        key = (c.event_type, tuple(sorted((a.start, a.end) for a in c.actors)),
               tuple(sorted((r.start, r.end) for r in c.recipients)))
        if key in best and _contrasted(c, best[key]):
            key += (c.trigger.head,)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    # The same act told twice, once with its addressee: "revogou o decreto ..., cedendo à exigência das
    # organizações indígenas" is one concession, to the indigenous organisations. (Not when their modes differ: a
    # strike announced and a hunger strike not ruled out are two. Nor for meetings, whose other verb's object is
    # often their topic: "held a phone call to discuss Ukraine".)
    def act(c: Candidate) -> tuple:
        return c.event_type, tuple(sorted((a.start, a.end) for a in c.actors)), tuple(sorted(c.aux_mode))

    addressed = {act(c) for c in best.values() if c.recipients and c.actors and c.event_type != "CONSULT"}
    kept = [c for c in best.values() if c.recipients or not c.actors or act(c) not in addressed]
    # Several types on the same trigger words: keep the most confident.
    by_trigger: dict[tuple, Candidate] = {}
    for c in kept:
        key = (c.trigger.tokens, tuple(sorted((a.start, a.end) for a in c.actors)))
        if key not in by_trigger or c.confidence > by_trigger[key].confidence:
            by_trigger[key] = c
    return sorted(by_trigger.values(), key=lambda c: (c.trigger.head, c.event_type))

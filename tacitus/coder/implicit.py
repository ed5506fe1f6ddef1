"""Parties the text leaves implicit, filled in once the event's place is known (tacitus.pipeline calls this after
the attributes stage): who protests when no one is named, whom an attack targets when only a place is named, and
whom a verbal act addresses in a story about two parties. Each filled role is explained on the candidate.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from .coder import ACTORLESS_ALLOWED, NOT_COUNTRIES, STATE_ACTS, Candidate, party_at_trigger
from .roles import UnresolvedMention

# Events whose recipient, when the text names none, is the country where they happen: "Russian artillery
# shelled the centre of Kherson" (Ukraine), "riot police fired tear gas in Tbilisi" (Georgia, domestic),
# "thousands marched in Lima" (against Peru's authorities). Not meetings: their place is a venue, not a party,
# except for a visit abroad, whose place is its host.
TARGETS_ITS_PLACE = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Verbal acts that address someone: when the text leaves the addressee implicit in a story between two
# parties ("l'ONU était prête à travailler avec l'Azerbaïdjan ... Aliyev s'est dit prêt à contribuer"), it is
# the other party.
ADDRESSED_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "CONCEDE"})
# A protest with no named target and no place is against the authorities of the protesters' own country (the
# manual's PROTEST is "against the recipient"; a strike or march names its government only by implication), and
# police act at home: "la polizia ha risposto con idranti". Other violence may cross borders, so it is left alone.
DOMESTIC_BY_DEFAULT = frozenset({"PROTEST"})
HOME_FORCES = frozenset({"COP"})
# Events whose object is often the actor's own means: "la Chine a déployé navires de guerre autour de Taïwan",
# "the Emirates delivered a field hospital to southern Gaza". A generic noun that took the actor's country is that
# means, not the recipient; the place, when foreign, is.
OWN_MEANS_TYPES = frozenset({"MOBILIZE", "AID"})
# Troops or envoys pulled out are the actor's own too: "Frankreich wird seine in Niger stationierten Soldaten
# abziehen" is aimed at Niger, not at French soldiers.
OWN_MEANS_MODES = frozenset({"withdraw"})
# Events that need a recipient: their own-means noun goes only for a foreign place named in the sentence.
NEEDS_RECIPIENT = frozenset({"AID", "SANCTION"})
DYAD_SHARE = 0.6   # the two main parties' share of party mentions for a document to be "about" them


def main_dyad(mentions: Sequence) -> tuple[list, list] | None:
    """(the document's party mentions, its two main party codes) when it is about two parties (countries or
    bodies): they alone, or together at least DYAD_SHARE of its party mentions; else None."""
    parties = [m for m in mentions if m.country and getattr(m, "part_of", None) is None
               and not getattr(m, "place", False)]
    counts = Counter(m.country for m in parties)
    main = [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    if len(main) != 2 or (len(counts) > 2 and counts[main[0]] + counts[main[1]] < DYAD_SHARE * len(parties)):
        return None
    return parties, main


def fill_parties(c: Candidate, place, doc_countries: list[str], dyad: tuple[list, list] | None) -> None:
    """Fill the roles the text leaves implicit, in order: the actor of a protest, then the recipient of an event
    aimed at its place, then the addressee of a verbal act."""
    if not c.actors and c.event_type in ACTORLESS_ALLOWED:
        _protesters(c, place, doc_countries)
    if not c.actors and (c.event_type, c.mode) in STATE_ACTS:
        _state_authorities(c, place)
    _place_named_recipient(c, place)
    _meeting_in_one_partys_country(c, place)
    if _moves_own_means(c) and c.actors:
        _drop_own_means(c, place)
    if not c.recipients and c.actors and not _between_its_actors(c) and (
            c.event_type in TARGETS_ITS_PLACE or _is_visit_abroad(c, place) or _is_sent_abroad(c, place)):
        _target(c, place)
    if not c.recipients and c.actors and c.event_type in ADDRESSED_TYPES and dyad is not None:
        _counterpart(c, *dyad)
    if not c.recipients and len(c.actors) == 1 and (_acts_at_home(c) or _deployed_at_home(c, place)):
        _home_authorities(c)


def _moves_own_means(c: Candidate) -> bool:
    """An event whose object is often the actor's own means (OWN_MEANS_TYPES, OWN_MEANS_MODES)."""
    return c.event_type in OWN_MEANS_TYPES or c.trigger.entry.mode in OWN_MEANS_MODES


def _drop_own_means(c: Candidate, place) -> None:
    """Drop recipients that are generic nouns of the actor's own country (see OWN_MEANS_TYPES). AID and SANCTION
    need a recipient: there they go only for a foreign place named in the sentence."""
    own = {getattr(a, "country", None) for a in c.actors} - {None}
    means = [r for r in c.recipients if getattr(r, "country_inferred", False) and r.country in own]
    if not means:
        return
    foreign_place = (place is not None and place.country and place.country not in own
                     and c.sentence.start <= place.start < c.sentence.end)
    if c.event_type in NEEDS_RECIPIENT and not foreign_place:
        return
    c.recipients = [r for r in c.recipients if r not in means]
    c.explanation.setdefault("roles", []).append(
        "dropped recipient " + ", ".join(f"'{r.text}'" for r in means) + ": the actor's own means")


def _is_sent_abroad(c: Candidate, place) -> bool:
    """Troops or aid sent to a foreign place: "déployé ... autour de Taïwan" is aimed at Taiwan; troops deployed
    at home are aimed at no one the text names."""
    if not _moves_own_means(c) or place is None or not place.country:
        return False
    return place.country not in {getattr(a, "country", None) for a in c.actors}


def _is_visit_abroad(c: Candidate, place) -> bool:
    """A visit to a foreign country: "Saddam Hussein arrived in Amman on a visit" is hosted by Jordan."""
    if c.event_type != "CONSULT" or c.mode != "visit" or place is None or not place.country:
        return False
    own = {getattr(a, "country", None) for a in c.actors}
    return None not in own and place.country not in own and place.country not in NOT_COUNTRIES


def _meeting_in_one_partys_country(c: Candidate, place) -> None:
    """A meeting of two parties held in one party's country is the other's visit: "El ministro omaní ... se reunió
    en Mascate con una delegación de los rebeldes hutíes" is the Houthis' visit to Oman (the host becomes the
    recipient), "met his Chinese counterpart in Beijing" the actor's visit to China. The place must be a town
    named in the event's sentence; a call, a summit or a mediated meeting keeps its mode."""
    if c.event_type != "CONSULT" or c.mode is not None or place is None or not place.country:
        return
    # (a town the sentence names, not a country's name, which is a party: "New Zealand Foreign Minister")
    if getattr(place, "precision", None) != "city" or not (c.sentence.start <= place.start < c.sentence.end) \
            or any(m.start < place.end and place.start < m.end for m in c.actors + c.recipients):
        return
    actors = {getattr(a, "country", None) for a in c.actors}
    recipients = {getattr(r, "country", None) for r in c.recipients}
    if len(actors) != 1 or len(recipients) != 1 or None in actors | recipients or actors == recipients:
        return
    if place.country in actors:
        c.actors, c.recipients = c.recipients, c.actors
    elif place.country not in recipients:
        return
    c.mode = "visit"
    c.explanation.setdefault("roles", []).append(
        f"a meeting in {place.text} ({place.country}) -> the other party's visit there")


def _place_named_recipient(c: Candidate, place) -> None:
    """A recipient phrase no actor entry resolves that is the event's place ("delivered flour to Gaza") is the
    people and authorities of that place: it takes the place's country."""
    if place is None or not place.country or place.country in NOT_COUNTRIES:
        return
    for k, r in enumerate(c.recipients):
        if isinstance(r, UnresolvedMention) and r.country is None and r.start < place.end and place.start < r.end:
            c.recipients[k] = replace(r, country=place.country, kind="inferred", country_inferred=True)
            c.explanation.setdefault("roles", []).append(
                f"recipient phrase '{r.text}' is the place {place.text} -> {place.country}")


def _between_its_actors(c: Candidate) -> bool:
    """Actors of two countries or more and no recipient: a clash or a meeting between them ("Kyrgyz and Tajik
    border guards exchanged fire near Kok-Tash"), which the place does not receive."""
    return len({a.country for a in c.actors if getattr(a, "country", None)}) > 1


def _acts_at_home(c: Candidate) -> bool:
    actor = c.actors[0]
    if not getattr(actor, "country", None) or actor.country in NOT_COUNTRIES:
        return False
    return c.event_type in DOMESTIC_BY_DEFAULT or (
        c.event_type in TARGETS_ITS_PLACE and getattr(actor, "sector", None) in HOME_FORCES)


def _deployed_at_home(c: Candidate, place) -> bool:
    """Police deployed, or forces deployed in a place of the actor's own country ("would deploy around 3,000
    police officers in central Bishkek", "разместят в Дакке около 30 тысяч полицейских"): a deployment at home."""
    if c.event_type != "MOBILIZE":
        return False
    country = getattr(c.actors[0], "country", None)
    if not country or country in NOT_COUNTRIES:
        return False
    return c.mode == "police" or (place is not None and place.country == country)


def _home_authorities(c: Candidate) -> None:
    """The actor's own country as recipient: a protest, a police action or a deployment at home that names no
    target."""
    country = c.actors[0].country
    c.recipients = [party_at_trigger(c.sentence, c.trigger, country, "GOV")]
    c.explanation.setdefault("roles", []).append(
        f"no named recipient or place -> the authorities of {country}, the actor's own country")


def _state_authorities(c: Candidate, place) -> None:
    """The courts or police of the place where a conviction or an arrest happened, else of the country of the
    person it concerns: "arrestata a Teheran" (Iran), "condannato all'ergastolo" (his own country's courts)."""
    if place is not None and place.country and place.country not in NOT_COUNTRIES:
        country, why = place.country, "where it happened"
    else:
        country = next((r.country for r in c.recipients if r.country and r.country not in NOT_COUNTRIES), None)
        why = "the recipient's country"
    if country is None:
        return
    c.actors = [party_at_trigger(c.sentence, c.trigger, country, "JUD" if c.event_type == "SANCTION" else "COP")]
    c.explanation.setdefault("roles", []).append(f"no named actor -> the authorities of {country} ({why})")


def _protesters(c: Candidate, place, doc_countries: list[str]) -> None:
    """An actorless protest is by people of the country where it happened, else of the country of its
    recipient, else of the country the document is mostly about."""
    if place is not None and place.country:
        country, why = place.country, "where it happened"
    else:
        country = next((r.country for r in c.recipients if r.country and r.country not in NOT_COUNTRIES), None)
        why = "the recipient's country"
        if country is None:
            counts = Counter(k for k in doc_countries if k not in NOT_COUNTRIES)
            country = max(sorted(counts), key=lambda k: counts[k]) if counts else None
            why = "the document's main country"
    if country is None:
        return
    c.actors = [party_at_trigger(c.sentence, c.trigger, country, "CVL")]
    c.explanation.setdefault("roles", []).append(f"no named actor -> people of {country} ({why})")


def _target(c: Candidate, place) -> None:
    """The country of the event's place as its recipient (a place named in the sentence, not a dateline)."""
    if place is None or not place.country or not (c.sentence.start <= place.start < c.sentence.end):
        return
    c.recipients = [UnresolvedMention(place.start, place.end, place.text, c.sentence.index, country=place.country,
                                      kind="inferred", country_inferred=True)]
    c.explanation.setdefault("roles", []).append(f"no named recipient -> {place.country}, where it happened")


def _counterpart(c: Candidate, parties: list, main: list) -> None:
    """The other main party as recipient, when the actor is one of the two."""
    own = {a.country for a in c.actors if getattr(a, "country", None)}
    if len(own) != 1 or not own <= set(main):
        return
    other = (set(main) - own).pop()
    trigger = c.sentence.tokens[c.trigger.head].start
    # (who reports the event is not its counterpart: "..., a indiqué le CICR")
    named = [m for m in parties if m.country == other and not c.reported_by(m)]
    if not named:
        return
    nearest = min(named, key=lambda m: abs(m.start - trigger))
    c.recipients = [nearest]
    c.explanation.setdefault("roles", []).append(
        f"no named recipient -> '{nearest.text}' ({other}), the document's other party")

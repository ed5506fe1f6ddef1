"""Armed groups coded by where they act: a group the knowledge base gives a code `abroad` (al-Shabaab, Boko Haram)
takes that code, IMG, when it acts outside its home country. PLOVER codes a transnational militarised group IMG;
at home it is coded with its country. Called by tacitus.pipeline once the event's place is known.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping

from .coder import Candidate

# A mention named by its group ("Al-Shabaab gunmen", "militantes do al-Shabab") records the group in its rule:
# "...+modifier:organisation:ID", "...+of:organisation:ID".
GROUP_MODIFIER = re.compile(r"\+(?:modifier|of):organisation:([\w-]+)")


def code_groups_abroad(c: Candidate, place, abroad_codes: Mapping[str, str]) -> None:
    """Recode the candidate's actors that act abroad: where the event's place lies in another country than the
    group's."""
    if not abroad_codes:
        return
    for i, actor in enumerate(c.actors):
        code = abroad_codes.get(_group_of(actor, abroad_codes) or "")
        if code is None or not actor.country or actor.country == code:
            continue
        # (with no place named the recipients do not tell: the African Union's Burundian troops are attacked in
        # Somalia, Cuban doctors kidnapped in Kenya)
        if place is not None and place.country and place.country != actor.country:
            c.actors[i] = replace(actor, country=code)
            c.explanation.setdefault("roles", []).append(
                f"'{actor.text}' acts outside {actor.country} -> {code} (a transnational armed group)")


def _group_of(actor, abroad_codes: Mapping[str, str]) -> str | None:
    """The knowledge-base id of the group the mention names, itself or as the modifier of a generic noun."""
    entry = getattr(actor, "entry", None)
    if entry in abroad_codes:
        return entry
    found = GROUP_MODIFIER.search(getattr(actor, "rule", "") or "")
    return found.group(1) if found else None

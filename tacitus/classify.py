"""Event type of a known dyad: recoding records whose actor and recipient are given (GDELT/ICEWS re-checks).

The same coder as `tacitus code` runs on the sentence with the given actor and recipient as its only
mentions; the reading whose roles fit the dyad wins. Scores are per type (the best confidence of that type).
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from .coder.coder import EventCoder
from .coder.roles import UnresolvedMention
from .coder.triggers import find_triggers

_MARK = re.compile(r"<(s|t)>(.*?)</\1>", re.S)


def dyad_spans(record: dict[str, Any]) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """(text, actor span, recipient span) from `marked` or from text + actor_text/recipient_text."""
    if record.get("marked"):
        marked = record["marked"]
        text, spans, pos, out = "", {}, 0, []
        for m in _MARK.finditer(marked):
            out.append(marked[pos:m.start()])
            start = sum(map(len, out))
            out.append(m.group(2))
            spans[m.group(1)] = (start, start + len(m.group(2)))
            pos = m.end()
        out.append(marked[pos:])
        text = "".join(out)
        return text, spans.get("s"), spans.get("t")
    text = record["text"]
    events = record.get("events") or [{}]
    actor_text = record.get("actor_text") or events[0].get("actor_text")
    recipient_text = record.get("recipient_text") or events[0].get("recipient_text")

    def find(needle: str | None) -> tuple[int, int] | None:
        if not needle:
            return None
        i = text.find(needle)
        return (i, i + len(needle)) if i >= 0 else None
    return text, find(actor_text), find(recipient_text)


class DyadClassifier:
    """Rule coder scores per type, combined by the trained model (tacitus/data/models/dyad.json) when shipped."""

    def __init__(self, use_model: bool = True) -> None:
        self._coders: dict[str, EventCoder | None] = {}
        self._identifier = None
        self._use_model = use_model

    def _lang(self, record: dict[str, Any], default_lang: str | None) -> str:
        if record.get("lang"):
            return record["lang"]
        if default_lang:
            return default_lang
        if self._identifier is None:
            from .language import LanguageIdentifier

            self._identifier = LanguageIdentifier()
        return self._identifier.identify(record.get("text") or record.get("marked", ""))[0] or "en"

    def classify(self, record: dict[str, Any], default_lang: str | None = None) -> dict[str, Any]:
        from .nlp import get_backend

        lang = self._lang(record, default_lang)
        if lang not in self._coders:
            self._coders[lang] = EventCoder.for_language(lang)
        coder = self._coders[lang]
        text, actor_span, recipient_span = dyad_spans(record)
        scores: dict[str, float] = {}
        mode_of: dict[str, str | None] = {}
        if coder is not None:
            parsed = get_backend(lang).parse(text)
            for sentence in parsed.sentences:
                given = [UnresolvedMention(span[0], span[1], text[span[0]:span[1]], sentence.index, kind="given")
                         for span in (actor_span, recipient_span)
                         if span is not None and sentence.start <= span[0] < sentence.end]
                for c in coder.code_sentence(sentence, given, parsed.has_parse):
                    fit = 0.0
                    if actor_span and any((a.start, a.end) == actor_span for a in c.actors):
                        fit += 0.5
                    if recipient_span and any((r.start, r.end) == recipient_span for r in c.recipients):
                        fit += 0.3
                    value = round(c.confidence + fit, 3)
                    if value > scores.get(c.event_type, -1):
                        scores[c.event_type], mode_of[c.event_type] = value, c.mode
                if not scores:
                    # No reading with the dyad in role: fall back on the triggers alone.
                    for t in find_triggers(sentence, coder.lexicon):
                        value = round(0.5 * t.entry.weight, 3)
                        if value > scores.get(t.entry.type, -1):
                            scores[t.entry.type], mode_of[t.entry.type] = value, t.entry.mode
        rule_scores = scores
        model = None
        if self._use_model:
            from .dyad_model import between_text, load_dyad_model

            model = load_dyad_model()
        if model is not None:
            scores = model.predict_scores(rule_scores, between_text(record))
        best = max(scores, key=lambda k: scores[k]) if scores else None
        result = {"id": record.get("id"), "event_type": best, "mode": mode_of.get(best) if best else None,
                  "scores": dict(sorted(scores.items(), key=lambda kv: -kv[1]))}
        if model is not None:
            result["rule_scores"] = dict(sorted(rule_scores.items(), key=lambda kv: -kv[1]))
        return result

    def classify_records(self, records: Iterable[dict[str, Any]], default_lang: str | None = None) -> Iterator[dict[str, Any]]:
        for record in records:
            yield self.classify(record, default_lang)

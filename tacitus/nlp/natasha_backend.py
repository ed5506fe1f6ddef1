"""natasha backend for Russian: UD tokens, lemmas, morphology, dependencies and NER."""
from __future__ import annotations

from typing import Iterable, Iterator

from .base import EntitySpan, Parsed, Sentence, Token
from .segment import paragraphs


class NatashaBackend:
    lang = "ru"
    has_parse = True

    def __init__(self) -> None:
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

        embedding = NewsEmbedding()
        self._segmenter = Segmenter()
        self._morph = NewsMorphTagger(embedding)
        self._syntax = NewsSyntaxParser(embedding)
        self._ner = NewsNERTagger(embedding)
        self._vocab = MorphVocab()

    def parse(self, text: str) -> Parsed:
        from natasha import Doc

        parsed = Parsed(text, self.lang, [], [], True)
        for offset, end in paragraphs(text):
            doc = Doc(text[offset:end])
            doc.segment(self._segmenter)
            doc.tag_morph(self._morph)
            doc.parse_syntax(self._syntax)
            doc.tag_ner(self._ner)
            for sent in doc.sents:
                ids = {t.id: k for k, t in enumerate(sent.tokens)}
                tokens = []
                for t in sent.tokens:
                    t.lemmatize(self._vocab)
                    feats = "|".join(f"{k}={v}" for k, v in sorted((t.feats or {}).items()))
                    tokens.append(Token(start=offset + t.start, end=offset + t.stop, text=t.text,
                                        lemma=(t.lemma or t.text).lower(), pos=t.pos or "", dep=(t.rel or "").lower(),
                                        head=ids.get(t.head_id, -1), morph=feats))
                if tokens:
                    s, e = tokens[0].start, tokens[-1].end
                    parsed.sentences.append(Sentence(len(parsed.sentences), s, e, text[s:e], tokens))
            for span in doc.spans:
                s, e = offset + span.start, offset + span.stop
                parsed.entities.append(EntitySpan(s, e, text[s:e], span.type))
        return parsed

    def pipe(self, texts: Iterable[str], n_process: int = 1) -> Iterator[Parsed]:
        # natasha has no multi-process pipe; the pipeline parallelises across documents instead.
        return (self.parse(text) for text in texts)

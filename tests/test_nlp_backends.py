"""Every backend gives sentences, tokens and entities whose offsets slice the document text exactly."""
import subprocess
import sys

import pytest

from tacitus.nlp import get_backend

TEXTS = {
    "fr": "Le président Ilham Aliyev a téléphoné au Secrétaire général.\n\nL’Azerbaïdjan a fait don de 10 millions de dollars.",
    "en": "NATO Secretary General Jens Stoltenberg met Turkish officials in Brussels. Talks ended on Monday.",
    "es": "La policía colombiana detuvo a 15 manifestantes en Bogotá. Los estudiantes protestaron.",
    "ru": "Сергей Лавров провёл переговоры в Москве. Позже министр уехал.",
    "de": "Bundeskanzlerin Angela Merkel traf Dr. Müller in Berlin. Die Gespräche dauerten lange.",
    "ar": "التقى وزير الخارجية المصري نظيره الأردني في القاهرة. وناقش الجانبان الوضع في غزة.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_offsets_slice_the_text(lang):
    text = TEXTS[lang]
    parsed = get_backend(lang).parse(text)
    assert len(parsed.sentences) == 2 if lang != "fr" else len(parsed.sentences) >= 2
    for sentence in parsed.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.tokens
        for token in sentence.tokens:
            assert text[token.start:token.end] == token.text
            assert token.lemma
            assert -1 <= token.head < len(sentence.tokens)
    for entity in parsed.entities:
        assert text[entity.start:entity.end] == entity.text
    assert parsed.has_parse == (lang in ("fr", "en", "es", "ru"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en", "es", "ru"])
def test_full_parse_languages_give_a_tree_and_entities(lang):
    parsed = get_backend(lang).parse(TEXTS[lang])
    roots = [t for s in parsed.sentences for t in s.tokens if t.head == -1]
    assert len(roots) >= len(parsed.sentences)
    assert any(t.dep for s in parsed.sentences for t in s.tokens)
    assert parsed.entities


def test_backends_load_once_per_process():
    assert get_backend("de") is get_backend("de")


def test_importing_tacitus_loads_no_model():
    code = "import sys, tacitus, tacitus.cli; print(any(m.startswith(('spacy', 'natasha', 'lingua')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_all_capitals_headline_is_tagged_in_sentence_case_but_keeps_its_text():
    from tacitus.nlp import get_backend

    text = "MILES DE ESTUDIANTES PROTESTAN EN BOGOTA CONTRA LA REFORMA"
    tokens = get_backend("es").parse(text).sentences[0].tokens
    assert [t.text for t in tokens][:3] == ["MILES", "DE", "ESTUDIANTES"]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    protest = next(t for t in tokens if t.text == "PROTESTAN")
    assert protest.pos == "VERB" and protest.lemma == "protestar"


@pytest.mark.slow
def test_spacy_sentences_follow_the_rule_based_splitter():
    # fr_core_news_sm's own parser ends a sentence inside the name ("… sénégalais Macky" | "Sall a reçu …").
    text = ("Le président sénégalais Macky Sall a reçu mardi au palais de la République le président de la "
            "Commission de l'Union africaine, Moussa Faki Mahamat. Ils ont parlé du Sahel.")
    parsed = get_backend("fr").parse(text)
    assert [s.text for s in parsed.sentences] == [text[:text.index(" Ils")], "Ils ont parlé du Sahel."]

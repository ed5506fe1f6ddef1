"""The fallback sentence splitter and tokenizer (languages without a parser)."""
import pytest

from tacitus.nlp.segment import paragraphs, split_sentences, tokenize


def _sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."]),
    ("Dr. Smith met St. John in the U.S. capital. Talks ended.", ["Dr. Smith met St. John in the U.S. capital.", "Talks ended."]),
    ("Die U.S. Regierung schwieg. Dr. Müller sprach.", ["Die U.S. Regierung schwieg.", "Dr. Müller sprach."]),
    ("J. K. Rowling spoke. Then she left!", ["J. K. Rowling spoke.", "Then she left!"]),
    ("هل سيأتي؟ نعم سيأتي.", ["هل سيأتي؟", "نعم سيأتي."]),
    ("«Nous partons.» Puis ils partirent.", ["«Nous partons.»", "Puis ils partirent."]),
])
def test_split_sentences_respects_abbreviations(text, expected):
    assert _sentences(text) == expected


def test_paragraphs_trim_and_split_on_blank_lines():
    text = "  First para.\n\n\nSecond para.\n  \n Third. "
    assert [text[s:e] for s, e in paragraphs(text)] == ["First para.", "Second para.", "Third."]


def test_long_paragraph_is_chunked_on_sentence_boundaries():
    text = "Word word word. " * 10_000
    spans = paragraphs(text)
    assert len(spans) > 1
    assert all(e - s <= 50_000 for s, e in spans)
    assert all(text[e - 1] == "." for s, e in spans)


def test_tokens_slice_the_text():
    text = "L'Azerbaïdjan a fait don de 10 millions."
    spans = tokenize(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["L'Azerbaïdjan", "a", "fait", "don", "de", "10", "millions", "."]


def test_arabic_vowel_marks_stay_inside_their_word():
    from tacitus.nlp import get_backend

    text = "علّقت الحكومة عضوية البلاد، ووقّع الرئيس الاتفاق."
    tokens = get_backend("ar").parse(text).sentences[0].tokens
    assert [t.text for t in tokens][:2] == ["علّقت", "الحكومة"] and "ووقّع" in [t.text for t in tokens]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert tokens[0].lemma == "علقت"     # bare letters, as the lexicons and simplemma spell them


@pytest.mark.parametrize("text, expected", [
    ("Die Hilfe wird vom 1. April an ausgesetzt. Brüssel schwieg.",
     ["Die Hilfe wird vom 1. April an ausgesetzt.", "Brüssel schwieg."]),
    ("Im 20. Jahrhundert war das anders. Heute nicht.", ["Im 20. Jahrhundert war das anders.", "Heute nicht."]),
    # a year before a month's name still ends its sentence
    ("Das war 2019. April brachte Neuwahlen.", ["Das war 2019.", "April brachte Neuwahlen."]),
])
def test_a_german_ordinal_before_a_month_does_not_end_the_sentence(text, expected):
    assert _sentences(text) == expected


def test_a_number_with_a_decimal_or_thousands_separator_is_one_token():
    text = "Schulden in Höhe von rund 1,26 Milliarden Dollar, 2.000 Soldaten."
    words = [text[s:e] for s, e in tokenize(text, 0, len(text))]
    assert "1,26" in words and "2.000" in words and words[-1] == "." and words.count(",") == 1, words

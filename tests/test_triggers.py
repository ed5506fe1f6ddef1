"""The trigger matcher on realistic sentences: part of speech, the gap of multiword triggers, words in mentions."""
import pytest

from tacitus.coder.lexicon import load_lexicon
from tacitus.coder.triggers import find_triggers
from tacitus.nlp import parse

pytestmark = pytest.mark.slow


def _triggers(text, lang, mentions=()):
    """(matched words, lemma, type) of each trigger; `mentions` are phrases of the sentence that are actor mentions
    (their tokens are blocked, as the coder blocks them)."""
    sentence = parse(text, lang).sentences[0]
    blocked = set()
    for phrase in mentions:
        start = text.index(phrase)
        blocked |= {i for i, t in enumerate(sentence.tokens) if start <= t.start and t.end <= start + len(phrase)}
    assert all(phrase for phrase in mentions) and (blocked or not mentions)
    return {(" ".join(sentence.tokens[i].text for i in m.tokens), m.entry.lemma, m.entry.type)
            for m in find_triggers(sentence, load_lexicon(lang), blocked)}


def _lemmas(found):
    return {lemma for _, lemma, _ in found}


# 1. Part of speech: a name or month never triggers; a word listed under both parts of speech takes the
#    sense that the parser's tag gives it.

def test_the_month_march_is_not_a_protest_march():
    found = _triggers("Protesters gathered in Paris in March against the pension reform.", "en")
    assert "march" not in _lemmas(found) and "march against" not in _lemmas(found)


def test_the_verb_march_still_triggers():
    found = _triggers("Thousands of farmers marched through Brussels on Monday.", "en")
    assert _lemmas(found) & {"march", "march through"}


def test_struck_is_not_a_labour_strike_but_the_noun_is():
    struck = _triggers("A Russian missile struck a residential building in Kharkiv on Tuesday.", "en")
    assert ("PROTEST" not in {t for _, _, t in struck})
    strike = _triggers("Dock workers in Antwerp began a strike on Monday over pay.", "en")
    assert ("strike", "strike", "PROTEST") in strike
    assert ("strike", "strike", "ASSAULT") not in strike


def test_a_proper_name_is_not_a_trigger_in_spanish():
    found = _triggers("El Comité del Paro anunció la suspensión temporal de las movilizaciones.", "es")
    assert "paro" not in _lemmas(found)
    found = _triggers("Los camioneros iniciaron un paro nacional el lunes.", "es")
    assert "paro" in _lemmas(found)


def test_participles_and_nouns_of_verb_entries_still_trigger():
    # "attack" is one VERB entry that also covers the noun; "arrested" may be tagged ADJ.
    assert "attack" in _lemmas(_triggers("The attack on the convoy killed twelve soldiers.", "en"))
    assert "arrest" in _lemmas(_triggers("Police said the arrested men were taken to Kabul.", "en"))


def test_languages_without_a_tagger_are_not_filtered():
    assert _triggers("Die Polizei nahm am Montag drei Demonstranten fest.", "de")


# 2. The gap between the words of a multiword trigger does not count mentions, determiners and numbers.

def test_dates_and_determiners_do_not_count_toward_the_gap():
    found = _triggers("Trump called off his planned June 12 summit with Kim Jong Un.", "en", mentions=["Trump", "Kim Jong Un"])
    assert ("called off summit", "call off summit", "REJECT") in found


def test_an_actor_name_does_not_count_toward_the_gap():
    found = _triggers("El Tribunal Supremo condenó a Oriol Junqueras a 13 años de prisión.", "es",
                      mentions=["Tribunal Supremo", "Oriol Junqueras"])
    assert _lemmas(found) & {"condenar a año", "condenar a prisión"}


def test_content_words_still_count_toward_the_gap():
    found = _triggers("Trump called off the talks with his own advisers about the planned summit.", "en")
    assert "call off summit" not in _lemmas(found)


def test_the_real_distance_is_capped():
    # Only determiners and numbers between the words, but more than ten of them.
    found = _triggers("The union called off the 1 2 3 4 5 6 7 8 9 10 11 summit.", "en")
    assert "call off summit" not in _lemmas(found)


def test_a_long_object_between_the_words_of_an_entry():
    # the object's phrase fills nine tokens between "ordered" and "leave", most of them the mentions' own
    found = _triggers("Gambia ordered the European Union's top diplomat in Banjul to leave the country.", "en",
                      mentions=["Gambia", "European Union", "top diplomat", "Banjul"])
    assert "order leave" in _lemmas(found)


# 3. Later words of a multiword trigger may lie inside a mention; the head word may not.

def test_summoning_an_ambassador_named_as_an_actor():
    found = _triggers("El Gobierno de México convocó al embajador de Estados Unidos.", "es",
                      mentions=["Gobierno", "México", "embajador", "Estados Unidos"])
    assert ("convocó embajador", "convocar embajador", "ACCUSE") in found


def test_withdrawing_an_ambassador_named_as_an_actor():
    found = _triggers("Bolivia decidió retirar a su embajador en Israel.", "es", mentions=["Bolivia", "embajador", "Israel"])
    assert "retirar embajador" in _lemmas(found)


def test_warplanes_that_are_a_military_mention():
    found = _triggers("China sent 71 warplanes toward Taiwan on Sunday.", "en", mentions=["China", "warplanes", "Taiwan"])
    assert ("sent warplanes", "send warplane", "MOBILIZE") in found


def test_the_head_word_inside_a_mention_still_never_triggers():
    found = _triggers("The Hunger Strike Committee met the health minister on Friday.", "en",
                      mentions=["Hunger Strike Committee"])
    assert not _lemmas(found) & {"hunger strike", "strike"}
    assert "meet" in _lemmas(found)


def test_a_multiword_trigger_spans_four_counted_words():
    from tacitus.coder.lexicon import load_lexicon
    from tacitus.coder.triggers import find_triggers
    from tacitus.nlp import get_backend

    sentence = get_backend("fr").parse(
        "Bamako a mis fin avec effet immédiat à l'accord de paix d'Alger.").sentences[0]
    found = {(m.entry.type, m.entry.lemma) for m in find_triggers(sentence, load_lexicon("fr"))}
    assert any(t == "SANCTION" for t, _ in found), found


def test_a_lowercase_verb_the_tagger_calls_a_name_still_triggers():
    from tacitus.coder.lexicon import load_lexicon
    from tacitus.coder.triggers import find_triggers
    from tacitus.nlp import get_backend

    sentence = get_backend("es").parse("El Departamento de Estado designó como organizaciones terroristas "
                                       "extranjeras al Cártel de Sinaloa.").sentences[0]
    assert any(m.entry.type == "SANCTION" for m in find_triggers(sentence, load_lexicon("es")))


def test_a_multiword_trigger_does_not_cross_a_comma():
    # "troca de prisioneiros" is one phrase; "em troca, Israel libertou 183 prisioneiros" holds two clauses.
    crossed = _triggers("Em troca, Israel libertou 183 prisioneiros palestinianos.", "pt", mentions=("Israel",))
    assert "troca prisioneiro" not in _lemmas(crossed)
    assert "troca prisioneiro" in _lemmas(_triggers("Israel e o Hamas concluíram uma troca de prisioneiros.", "pt",
                                                    mentions=("Israel", "Hamas")))


@pytest.mark.parametrize("lang, text, mention, lemma", [
    ("it", "L'ambasciatore russo è stato convocato martedì alla Farnesina.", "L'ambasciatore russo",
     "convocare l'ambasciatore"),
    ("es", "El embajador ruso fue convocado el martes al Ministerio de Asuntos Exteriores.", "El embajador ruso",
     "convocar embajador"),
    ("pt", "O embaixador russo foi convocado na terça-feira pelo Itamaraty.", "O embaixador russo",
     "convocar embaixador"),
])
def test_a_verb_object_entry_matches_in_the_passive(lang, text, mention, lemma):
    # The passive puts the object first; the verb, after its auxiliary, is the trigger's head.
    assert lemma in _lemmas(_triggers(text, lang, mentions=(mention,)))


def test_a_verb_object_entry_needs_the_passive_to_match_backwards():
    # The object before an active verb is another clause's: no summoning here.
    found = _triggers("L'ambasciatore russo ha convocato i giornalisti a Roma.", "it", mentions=("L'ambasciatore russo",))
    assert "convocare ambasciatore" not in _lemmas(found)


@pytest.mark.parametrize("lang, text, word", [
    ("en", "Christian Eriksen, who suffered a cardiac arrest on the pitch, scored within two minutes.", "arrest"),
    ("en", "The ministry did not respond to a request for comment.", "request"),
    ("pt", "De acordo com as primeiras informações, não houve feridos.", "acordo"),
    # the phrase names its own article: "della" is one of its words, not a determiner to skip
    ("it", "Il governo ha fissato la data della firma dell'intesa con i sindacati.", "firma"),
])
def test_a_not_event_phrase_keeps_its_words_from_triggering(lang, text, word):
    assert not any(word in matched.lower().split() for matched, _, _ in _triggers(text, lang))
    # the same word elsewhere still triggers
    elsewhere = {"arrest": ("Police arrested the opposition leader on Monday.", "en"),
                 "request": ("Ukraine sent a formal request for air defence systems to Germany.", "en"),
                 "acordo": ("Os dois governos chegaram a um acordo sobre a fronteira.", "pt"),
                 "firma": ("Il presidente ha firmato l'accordo con la Tunisia.", "it")}[word]
    assert _triggers(*elsewhere)


@pytest.mark.parametrize("text", [
    "Russische Truppen hätten am Morgen ein Umspannwerk unter Beschuss genommen, teilte der Kontrollausschuss mit.",
    "Der Haushaltsüberschuss des Landes lag nach dem Schusswechsel der Parteien bei 1,2 Milliarden Euro.",
])
def test_a_german_compound_ending_in_a_not_events_word_keeps_that_words_sense(text):
    # a committee ("Ausschuss") or a surplus ("Überschuss") is no shot ("Schuss")
    found = _triggers(text, "de")
    assert not any(words.lower().endswith(("ausschuss", "überschuss")) for words, _, _ in found), found


@pytest.mark.parametrize("lang, headline, event_type", [
    ("es", "MOTIN EN CARCEL DE ALTA SEGURIDAD DE BELFAST", "PROTEST"),
    ("fr", "GREVE GENERALE A MARSEILLE", "PROTEST"),
])
def test_a_headline_in_capitals_without_its_accents_still_triggers(lang, headline, event_type):
    assert event_type in {t for _, _, t in _triggers(headline, lang)}


def test_accents_are_put_back_only_on_words_in_capitals():
    # "motin" in lower case is a misspelling, not a headline convention: no guess
    assert "motín" not in _lemmas(_triggers("Un motin estalló en la cárcel de Belfast.", "es"))


@pytest.mark.parametrize("lang, text, lemma", [
    ("fr", "Les soldats tchadiens et soudanais ont échangé des coups de feu près de la frontière.",
     "échanger coup de feu"),
    ("it", "Le truppe armene e azere si sono scambiate colpi d'arma da fuoco lungo il confine.", "scambiare colpo"),
    ("es", "Militares de Venezuela y de Colombia se enfrentaron a tiros cerca de la frontera.", "enfrentar a tiro"),
    ("pt", "Soldados da Venezuela e da Guiana trocaram tiros na fronteira.", "trocar tiro"),
    ("it", "Il governo lituano ha dichiarato persone non gradite tre diplomatici russi.",
     "dichiarare persone non gradite"),
])
def test_firefights_and_persona_non_grata_entries(lang, text, lemma):
    assert lemma in _lemmas(_triggers(text, lang))


def test_a_split_hyphenated_compound_does_not_count_toward_the_gap():
    found = _triggers("Omani and Iranian naval units carried out a joint search-and-rescue exercise on Tuesday.", "en")
    assert "joint exercise" in _lemmas(found)


@pytest.mark.parametrize("lang, text, lemma", [
    ("fr", "Les enseignants gabonais cesseront le travail à partir de lundi prochain.", "cesser travail"),
    ("it", "La procuratrice della Corte penale internazionale ha avviato un esame preliminare sulle violenze in Gabon.",
     "esame preliminare"),
    ("en", "The ICC prosecutor opened a preliminary examination into the violence in Burundi.",
     "preliminary examination"),
    ("es", "Argentina reanudó las exportaciones de gas natural a Chile.", "reanudar exportación"),
    ("it", "La marina indiana ha avviato un nuovo ciclo di pattugliamenti coordinati lungo il confine.",
     "pattugliamento coordinato"),
    ("ar", "أعلن البنك الدولي تعليق أي تمويل جديد لأوغندا.", "تعليق تمويل"),
    ("de", "Russland hat die direkten Flugverbindungen nach Georgien wiederaufgenommen.",
     "flugverbindung wiederaufnehmen"),
])
def test_strikes_examinations_and_resumed_links_entries(lang, text, lemma):
    assert lemma in _lemmas(_triggers(text, lang))


@pytest.mark.parametrize("text, lemma", [
    ("Tausende Landwirte wollen am Montag die Bundesstraßen des Landes blockieren.", "straße blockieren"),
    ("Die USA haben der Armee zwei Transportflugzeuge übergeben.", "flugzeug übergeben"),
    ("Die Bauern blockierten am Montag die Überlandstraßen.", "blockieren straße"),
])
def test_a_german_compound_stands_for_its_head_in_a_several_word_entry(text, lemma):
    assert lemma in _lemmas(_triggers(text, "de"))


def test_a_german_compound_does_not_end_in_an_entrys_verb():
    # "das Vorgehen" is no "gehen": a verb heads no compound
    found = _triggers("Die Regierung kritisierte das Vorgehen der Polizei auf der Straße.", "de")
    assert not any(lemma.startswith("straße") for lemma in _lemmas(found)), found

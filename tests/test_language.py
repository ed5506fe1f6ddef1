"""Language identification: supported languages found, everything else reported, never guessed."""
from __future__ import annotations

import pytest

from tacitus.language import (
    FULL_PARSE,
    PARSER_FREE,
    SUPPORTED_LANGUAGES,
    LanguageGuess,
    LanguageIdentifier,
)

# One news sentence and one headline per supported language, written for these tests.
SUPPORTED_SAMPLES = {
    "fr": ["Le gouvernement français a annoncé mardi l'envoi de 200 soldats supplémentaires au Mali.",
           "Paris et Berlin signent un accord sur la défense"],
    "en": ["The United Nations Security Council voted on Tuesday to extend its peacekeeping mission in South Sudan.",
           "Protesters clash with police outside parliament"],
    "es": ["El presidente de Colombia se reunió el lunes con líderes de la guerrilla para reanudar las negociaciones.",
           "Miles de manifestantes marchan en Buenos Aires contra la reforma"],
    "ru": ["Министр иностранных дел России заявил в среду, что Москва готова возобновить переговоры с Вашингтоном.",
           "Парламент одобрил новый закон о выборах"],
    "de": ["Die Bundesregierung hat am Mittwoch neue Sanktionen gegen mehrere iranische Unternehmen beschlossen.",
           "Tausende demonstrieren in Berlin gegen die Rentenreform"],
    "ar": ["أعلنت وزارة الخارجية المصرية يوم الثلاثاء أن القاهرة ستستضيف جولة جديدة من المحادثات بين الطرفين.",
           "مظاهرات حاشدة في بغداد احتجاجا على انقطاع الكهرباء"],
    "pt": ["O presidente do Brasil anunciou nesta quarta-feira um novo pacote de ajuda para os estados atingidos pelas enchentes.",
           "Polícia prende suspeitos de ataque em São Paulo"],
    "it": ["Il governo italiano ha approvato giovedì un decreto per rafforzare i controlli alle frontiere marittime.",
           "Migliaia in piazza a Roma contro la guerra"],
    "zh": ["中国外交部发言人周二表示，北京将继续支持联合国在该地区的维和行动。",
           "两国领导人在北京举行会谈"],
    "tr": ["Dışişleri Bakanı salı günü yaptığı açıklamada, Ankara'nın komşu ülkelerle diyaloğu sürdüreceğini söyledi.",
           "İstanbul'da binlerce kişi hükümeti protesto etti"],
    "pl": ["Minister spraw zagranicznych Polski spotkał się w poniedziałek z ambasadorem Ukrainy w Warszawie.",
           "Tysiące osób protestowało przed Sejmem"],
    "nl": ["De Nederlandse regering heeft dinsdag besloten extra militairen naar de oostgrens van de NAVO te sturen.",
           "Duizenden betogers trekken door Amsterdam"],
    "ja": ["日本政府は火曜日、北朝鮮のミサイル発射に対して強く抗議したと発表した。",
           "首相が米大統領と会談"],
    "ko": ["한국 정부는 화요일 북한의 미사일 발사를 강력히 규탄한다고 밝혔다.",
           "서울에서 수천 명이 정부에 항의하는 시위를 벌였다"],
    "uk": ["Міністр закордонних справ України заявив у четвер, що Київ очікує нових поставок зброї від партнерів.",
           "Уряд ухвалив рішення про підвищення пенсій"],
    "fa": ["وزیر امور خارجه ایران روز سه‌شنبه اعلام کرد که تهران آماده از سرگیری مذاکرات است.",
           "هزاران نفر در تهران علیه گرانی تظاهرات کردند"],
}

# Languages tacitus cannot code. A detector that knew only the supported languages would call
# Hungarian and Czech Spanish, Bulgarian Russian and Urdu Persian, all with high confidence.
UNSUPPORTED_SAMPLES = {
    "fi": "Suomen hallitus ilmoitti tiistaina lähettävänsä lisää rajavartijoita itärajalle.",
    "sw": "Rais wa Kenya amesema serikali yake itaendelea kushirikiana na nchi jirani katika kupambana na ugaidi.",
    "hu": "A magyar kormány kedden bejelentette, hogy újabb katonákat küld a déli határra.",
    "cs": "Česká vláda v úterý oznámila, že pošle další vojáky na východní hranici NATO.",
    "bg": "Българското правителство обяви във вторник, че ще изпрати помощ на засегнатите райони.",
    "ur": "پاکستان کی حکومت نے منگل کو اعلان کیا کہ وہ سیلاب سے متاثرہ علاقوں میں امداد بھیجے گی۔",
    "ca": "El govern ha anunciat aquest dimarts que enviarà ajuda a les zones afectades per les inundacions.",
    "da": "Regeringen meddelte tirsdag, at den vil sende flere soldater til grænsen.",
    "el": "Η ελληνική κυβέρνηση ανακοίνωσε την Τρίτη ότι θα στείλει βοήθεια στις πληγείσες περιοχές.",
    "hi": "भारत सरकार ने मंगलवार को घोषणा की कि वह बाढ़ प्रभावित राज्यों को सहायता भेजेगी।",
}


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def test_supported_languages_are_the_full_parse_and_parser_free_sets():
    assert FULL_PARSE == {"fr", "en", "es", "ru"}
    assert SUPPORTED_LANGUAGES == FULL_PARSE | PARSER_FREE
    assert not FULL_PARSE & PARSER_FREE
    assert set(SUPPORTED_SAMPLES) == SUPPORTED_LANGUAGES


def test_every_supported_language_is_known_to_lingua():
    from lingua import IsoCode639_1, Language

    for code in SUPPORTED_LANGUAGES:
        assert Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) is not None


@pytest.mark.parametrize(
    "lang, text",
    [(lang, text) for lang, texts in SUPPORTED_SAMPLES.items() for text in texts],
)
def test_supported_language_is_identified_with_confidence(identifier, lang, text):
    code, confidence = identifier.identify(text)
    assert code == lang
    assert identifier.threshold <= confidence <= 1.0


@pytest.mark.parametrize("lang, text", sorted(UNSUPPORTED_SAMPLES.items()))
def test_unsupported_language_is_reported_not_guessed(identifier, lang, text):
    guess = identifier.detect(text)
    assert guess == LanguageGuess(None, guess.confidence, lang, "unsupported_language")
    assert guess.confidence >= identifier.threshold
    assert identifier.identify(text)[0] is None


@pytest.mark.parametrize("text", ["", "   \n\t", "12345 67890 !!! ??? ---", "A1 B2", "— 2024 —"])
def test_text_without_enough_letters_has_no_language(identifier, text):
    assert identifier.detect(text) == LanguageGuess(None, 0.0, None, "too_few_letters")


@pytest.mark.parametrize("text", ["xkcd qwrtz plmn zzzt brrr", "asdf ghjk qwer tyui zxcv bnm"])
def test_keyboard_mash_gets_no_supported_language(identifier, text):
    assert identifier.identify(text)[0] is None


def test_too_short_question_is_low_confidence_rather_than_guessed(identifier):
    guess = identifier.detect("Wo bist du?")
    assert (guess.lang, guess.detected, guess.reason) == (None, "de", "low_confidence")
    assert guess.confidence < identifier.threshold


def test_mixed_language_text_goes_to_the_language_of_most_of_it(identifier):
    text = "Le président a dit que el gobierno et le parlement будут встречаться demain à Paris."
    assert identifier.identify(text)[0] == "fr"


def test_only_the_opening_of_a_long_text_is_read():
    opening = SUPPORTED_SAMPLES["fr"][0]
    text = opening + " " + " ".join([SUPPORTED_SAMPLES["en"][0]] * 50)
    assert LanguageIdentifier().identify(text)[0] == "en"
    assert LanguageIdentifier(max_chars=len(opening) + 10).identify(text)[0] == "fr"


def test_threshold_turns_a_confident_answer_into_unknown():
    text = SUPPORTED_SAMPLES["en"][1]
    assert LanguageIdentifier(threshold=0.5).identify(text)[0] == "en"
    strict = LanguageIdentifier(threshold=1.01)
    assert strict.detect(text).reason == "low_confidence"


def test_restricting_the_supported_set_reports_the_rest_as_unsupported():
    only_french = LanguageIdentifier(supported=frozenset({"fr"}))
    assert only_french.identify(SUPPORTED_SAMPLES["fr"][0])[0] == "fr"
    guess = only_french.detect(SUPPORTED_SAMPLES["es"][0])
    assert (guess.lang, guess.detected, guess.reason) == (None, "es", "unsupported_language")


def test_detector_is_built_on_first_use_and_then_reused():
    identifier = LanguageIdentifier()
    assert identifier._detector is None  # constructing costs nothing
    identifier.identify(SUPPORTED_SAMPLES["it"][0])
    built = identifier._detector
    identifier.identify(SUPPORTED_SAMPLES["pl"][0])
    assert built is not None and identifier._detector is built

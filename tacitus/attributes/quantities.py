"""Quantities in news sentences: money, counts of people, other counts, with their qualifier.

Units (the `unit` of a QuantityMention):

* money: the ISO 4217 code of the currency ("USD", "EUR", "GBP", "RUB", ...), from a symbol
  before or after the number ("$5bn", "€300 million", "50 000 $"), a currency word after it
  ("10 millions de dollars", "5 млрд рублей", "مليون دولار") or an upper-case code ("USD").
  Ambiguous bare words ("pesos", "dinars", "livres") are not read as money.
* people, by what happened to them (from the head noun, else the nearest cue word within six
  tokens before the number or after its head, not crossing another quantity):
  "killed" (tués, morts, killed, dead, muertos, Tote, погибли/убиты, قتلى/قتيلا, ...),
  "injured" (blessés, wounded, heridos, Verletzte, ранены, جرحى, ...),
  "arrested" (arrêtés, interpellés, detained, detenidos, festgenommen, задержаны, اعتقال, ...),
  "displaced" (déplacés, réfugiés, fled, desplazados, geflohen, беженцы, نزح, ...),
  "protesters" (manifestants, demonstrators, manifestantes, Demonstranten, протестующие,
  متظاهرين, or people with a protest cue: "se manifestaron", "вышли на митинг"),
  "soldiers" (soldats, troops, militares, Soldaten, военнослужащие, جنود),
  "people" (any other person noun: personnes, civilians, migrants, otages, Menschen, человек,
  شخص, ...). A killed/injured/arrested cue overrides a person head ("tuant au moins cinq
  civils" -> 5 killed); a protest or flight cue overrides only the plain "people" head.
* "countries" (pays, countries, países, Länder, стран, دولة), "percent" (%, pour cent, Prozent,
  процентов, في المئة), and "count" for any other counted noun (`head` says which).
  Durations and ages (ans, years, Jahre, лет, عاما, ...) are not quantities; neither are years,
  dates (found with tacitus.attributes.dates), times, ordinals or numbers glued to letters ("G7").

Qualifiers: "more_than" (plus de, more than, over, más de, mehr als, über, более, свыше, أكثر من),
"at_least" (au moins, at least, al menos, mindestens, не менее, по меньшей мере, على الأقل, or
after the head: "5 civils au moins", "or more"), "about" (environ, près de, about, nearly, unos,
cerca de, etwa, rund, knapp, около, почти, حوالي, نحو; and "une dizaine", "a dozen", "una
decina"), "up_to" (jusqu'à, up to, hasta, bis zu, до, حتى), "less_than" (moins de, fewer than,
menos de, weniger als, менее, أقل من), else "exact".

Numbers: digits with the language's separators ("1 000", "1,000" in en/ar/es, "1.000" in
de/es/fr/it/pt/ru, "2,5" decimals outside en/ar), Eastern Arabic digits, scale words ("2,5
milliards", "5 млрд", "100 ألف", "5 mil"), number words through text2num (fr, en, es, pt, de, it:
"cinq", "Fünfundzwanzig", "veintitrés") and this module's own Russian and Arabic tables ("пяти",
"двое", "خمسة", "عشرين").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tacitus.attributes.dates import find_dates

__all__ = ["QuantityMention", "find_quantities", "UNITS_PEOPLE", "QUALIFIERS"]

QUALIFIERS = ("exact", "more_than", "at_least", "about", "up_to", "less_than")
UNITS_PEOPLE = ("killed", "injured", "arrested", "displaced", "protesters", "soldiers", "people")
_T2N_LANGS = frozenset({"fr", "en", "es", "pt", "de", "it"})


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str = "exact"
    head: str | None = None


# --------------------------------------------------------------------------------------------
# Normalisation and tokens

_EASTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬\u00a0\u202f\u2009", "01234567890123456789., \u0020\u0020")
_AR_MARKS = re.compile("[\u064B-\u0652\u0640\u0670]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def _norm(word: str) -> str:
    """Lower case, one apostrophe, ё -> е, Arabic without marks and with one alef."""
    w = word.lower().replace("’", "'").replace("ё", "е")
    if any("\u0600" <= c <= "\u06ff" for c in w):
        w = _AR_MARKS.sub("", w).translate(_AR_LETTERS)
    return w


_TOKEN = re.compile(
    r"(?P<num>(?<!\d)(?:\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?))"
    r"|(?P<word>(?:[^\W\d_]|[\u064B-\u0652\u0640\u0670])+"
    r"(?:['’](?=[^\W\d_])|(?:[-‑](?:[^\W\d_]|[\u064B-\u0652\u0640\u0670])+)*))"
    r"|(?P<sym>[^\w\s])"
)
_STOP = frozenset(".;!?:()[]\"«»“”")


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    norm: str
    kind: str      # "num", "word", "sym"


def _tokens(text: str, lang: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "sym"
        s, e = m.start(), m.end()
        # English never groups thousands with spaces: "May 5 100 people" is two numbers
        if kind == "num" and lang == "en" and " " in m.group():
            first = m.group().split(" ")[0]
            e = s + len(first)
            out.append(_Tok(s, e, text[s:e], first, "num"))
            for part in re.finditer(r"\d+", text[e:m.end()]):
                out.append(_Tok(e + part.start(), e + part.end(), part.group(), part.group(), "num"))
            continue
        out.append(_Tok(s, e, text[s:e], _norm(text[s:e]), kind))
    return out


def _parse_digits(raw: str, lang: str) -> float | None:
    """A digit string with the language's separators as a number."""
    s = raw.replace(" ", "")
    comma_thousands = lang in ("en", "ar", "es")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s:
        groups = s.split(",")
        if len(groups) > 2 or (comma_thousands and len(groups[1]) == 3):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s:
        groups = s.split(".")
        if len(groups) > 2 or (lang not in ("en", "ar") and len(groups[1]) == 3):
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------
# Vocabulary (normalised with _norm when compiled)

_SCALES: dict[str, dict[str, float]] = {
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "md": 1e9, "mds": 1e9, "mrd": 1e9},
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "b": 1e9},
    "es": {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "billón": 1e12,
           "billones": 1e12},
    "pt": {"mil": 1e3, "milhão": 1e6, "milhao": 1e6, "milhões": 1e6, "milhoes": 1e6,
           "bilhão": 1e9, "bilhao": 1e9, "bilhões": 1e9, "bilhoes": 1e9, "mi": 1e6, "bi": 1e9},
    "it": {"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9,
           "miliardi": 1e9, "mln": 1e6, "mld": 1e9, "mrd": 1e9},
    "de": {"tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
           "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12},
    "ru": {"тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тыс": 1e3,
           "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млн": 1e6,
           "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9,
           "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "трлн": 1e12},
    "ar": {"ألف": 1e3, "ألفا": 1e3, "آلاف": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6,
           "مليونا": 1e6, "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9, "مليارا": 1e9},
}
# Scale words that count on their own ("mille manifestants", "ألف جندي", "a million dollars");
# plural forms on their own ("thousands", "آلاف", "тысячи") are vague and are not quantities.
_LONE_SCALES: dict[str, dict[str, float]] = {
    "fr": {"mille": 1e3, "million": 1e6, "milliard": 1e9},
    "en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "hundred": 100},
    "es": {"mil": 1e3, "millón": 1e6},
    "pt": {"mil": 1e3, "milhão": 1e6, "bilhão": 1e9},
    "it": {"mille": 1e3, "milione": 1e6, "miliardo": 1e9},
    "de": {"tausend": 1e3, "million": 1e6, "milliarde": 1e9},
    "ru": {"тысяча": 1e3, "тысячу": 1e3, "миллион": 1e6, "миллиард": 1e9},
    "ar": {"ألف": 1e3, "مليون": 1e6, "مليار": 1e9, "ألفين": 2e3, "ألفان": 2e3,
           "مليونين": 2e6, "مليونان": 2e6, "مليارين": 2e9, "ملياران": 2e9,
           "ألفي": 2e3, "مليوني": 2e6, "ملياري": 2e9},  # construct-state duals
}
# Plural scale words that start no number ("hundreds of", "des millions de", "miles de").
_VAGUE: frozenset[str] = frozenset({
    "hundreds", "thousands", "tens", "millions", "billions", "trillions", "dozens", "scores",
    "cents", "milles", "milliards", "milliers", "centaines", "dizaines",
    "miles", "cientos", "millones", "billones", "centenares", "decenas",
    "milhões", "milhoes", "bilhões", "bilhoes", "milhares", "centenas", "dezenas",
    "millionen", "milliarden", "tausende", "hunderte", "dutzende",
    "milioni", "miliardi", "migliaia", "centinaia", "decine",
})
_ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"un", "une"}), "en": frozenset({"a", "an", "one"}),
    "es": frozenset({"un", "una", "uno"}), "pt": frozenset({"um", "uma"}),
    "it": frozenset({"un", "una", "uno"}), "de": frozenset({"ein", "eine", "einen", "einem", "einer"}),
}
_DEFINITE = frozenset({"les", "the", "los", "las", "die", "i", "gli", "le", "os", "as", "ces",
                       "these", "those", "estos", "estas", "diese", "beiden", "questi", "esses"})
# "une dizaine de": approximate nouns, read as "about".
_APPROX: dict[str, dict[str, float]] = {
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
           "millier": 1000},
    "en": {"dozen": 12, "score": 20},
    "es": {"decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
           "millar": 1000},
    "pt": {"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
    "it": {"decina": 10, "dozzina": 12, "ventina": 20, "trentina": 30, "quarantina": 40,
           "cinquantina": 50, "sessantina": 60, "centinaio": 100, "migliaio": 1000},
    "de": {"dutzend": 12},
    "ru": {"десяток": 10, "десятка": 10, "дюжина": 12, "дюжины": 12, "сотня": 100, "сотни": 100},
}


def _ru_numbers() -> dict[str, tuple[float, str]]:
    table: dict[str, tuple[float, str]] = {}
    units = {"один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одну": 1, "два": 2,
             "две": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4,
             "полтора": 1.5, "полторы": 1.5, "полутора": 1.5}
    regular = {"пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
               "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
               "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
               "девятнадцать": 19, "двадцать": 20, "тридцать": 30}
    for word, v in regular.items():   # genitive/dative/prepositional: -ь -> -и
        units[word] = v
        units[word[:-1] + "и"] = v
    units["восьми"] = 8
    others = {"сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60,
              "шестидесяти": 60, "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80,
              "восьмидесяти": 80, "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
              "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300, "четыреста": 400,
              "четырехсот": 400, "пятьсот": 500, "пятисот": 500, "шестьсот": 600,
              "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800,
              "восьмисот": 800, "девятьсот": 900, "девятисот": 900}
    units.update(others)
    collective = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
                  "восьмеро": 8, "девятеро": 9, "десятеро": 10, "двоих": 2, "троих": 3,
                  "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7, "восьмерых": 8,
                  "девятерых": 9, "десятерых": 10}
    units.update(collective)
    table.update({k: (float(v), "n") for k, v in units.items()})
    return table


def _ar_numbers() -> dict[str, tuple[float, str]]:
    words = {"واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
             "اثني": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5,
             "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8,
             "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20, "عشرين": 20,
             "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50,
             "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
             "تسعون": 90, "تسعين": 90, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200}
    table = {_norm(k): (float(v), "n") for k, v in words.items()}
    for stem, v in {"ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9}.items():
        for hundred in ("مئة", "مائة"):
            table[_norm(stem + hundred)] = (float(v * 100), "n")
    for hundred in ("مئة", "مائة"):
        table[_norm(hundred)] = (100.0, "m100")
    return table


# Qualifier phrases, as normalised tokens; matched immediately before the number.
_QUALIFIERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"more_than": ("plus de", "plus d'", "au-delà de", "au-delà d'", "au delà de"),
           "at_least": ("au moins", "pas moins de", "pas moins d'", "au minimum"),
           "about": ("environ", "près de", "près d'", "quelque", "autour de", "approximativement",
                     "à peu près", "presque", "quasiment", "aux alentours de"),
           "up_to": ("jusqu' à", "pas plus de", "pas plus d'", "au maximum", "au plus"),
           "less_than": ("moins de", "moins d'")},
    "en": {"more_than": ("more than", "over", "upwards of", "in excess of", "above"),
           "at_least": ("at least", "no fewer than", "no less than", "a minimum of", "not less than"),
           "about": ("about", "around", "roughly", "approximately", "some", "nearly", "almost",
                     "an estimated", "estimated", "close to", "approx"),
           "up_to": ("up to", "as many as", "no more than", "at most", "a maximum of"),
           "less_than": ("less than", "fewer than", "under", "below")},
    "es": {"more_than": ("más de", "mas de", "por encima de"),
           "at_least": ("al menos", "por lo menos", "como mínimo", "no menos de", "un mínimo de"),
           "about": ("unos", "unas", "alrededor de", "cerca de", "aproximadamente", "casi",
                     "en torno a"),
           "up_to": ("hasta", "como máximo", "no más de"),
           "less_than": ("menos de",)},
    "pt": {"more_than": ("mais de",),
           "at_least": ("pelo menos", "ao menos", "no mínimo"),
           "about": ("cerca de", "aproximadamente", "quase", "perto de", "uns", "umas",
                     "em torno de", "por volta de"),
           "up_to": ("até", "no máximo"),
           "less_than": ("menos de",)},
    "it": {"more_than": ("più di", "piu di", "oltre"),
           "at_least": ("almeno", "non meno di"),
           "about": ("circa", "quasi", "intorno a", "all' incirca", "attorno a", "poco meno di",
                     "poco più di"),
           "up_to": ("fino a", "al massimo", "non più di"),
           "less_than": ("meno di",)},
    "de": {"more_than": ("mehr als", "über"),
           "at_least": ("mindestens", "wenigstens", "nicht weniger als", "zumindest"),
           "about": ("etwa", "rund", "ungefähr", "circa", "ca .", "knapp", "fast", "beinahe",
                     "annähernd", "an die"),
           "up_to": ("bis zu", "höchstens", "maximal"),
           "less_than": ("weniger als", "unter")},
    "ru": {"more_than": ("более", "больше", "свыше", "более чем", "больше чем"),
           "at_least": ("не менее", "не меньше", "по меньшей мере", "по крайней мере",
                        "как минимум", "минимум"),
           "about": ("около", "порядка", "примерно", "почти", "приблизительно", "почти что"),
           "up_to": ("до", "не более", "не больше", "максимум"),
           "less_than": ("менее", "меньше", "меньше чем")},
    "ar": {"more_than": ("أكثر من", "ما يزيد على", "ما يزيد عن", "ما يربو على", "أزيد من"),
           "at_least": ("ما لا يقل عن", "لا يقل عن", "على الأقل"),
           "about": ("حوالي", "حوالى", "نحو", "قرابة", "زهاء", "ما يقرب من", "ما يقارب",
                     "تقريبا"),
           "up_to": ("حتى", "ما يصل إلى", "يصل إلى"),
           "less_than": ("أقل من",)},
}
# Qualifiers that follow the counted noun.
_POST_QUALIFIERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"at_least": ("au moins",), "about": ("environ",)},
    "en": {"at_least": ("at least", "or more"), "about": ("or so",)},
    "es": {"at_least": ("al menos", "por lo menos", "o más")},
    "pt": {"at_least": ("pelo menos", "ou mais")},
    "it": {"at_least": ("almeno", "o più")},
    "de": {"at_least": ("oder mehr",)},
    "ru": {"at_least": ("как минимум", "по меньшей мере")},
    "ar": {"at_least": ("على الأقل",), "about": ("تقريبا",)},
}

_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
            "₪": "ILS", "₺": "TRY"}
_DOLLAR_PREFIX = {"us": "USD", "c": "CAD", "a": "AUD", "hk": "HKD", "r": "BRL", "nz": "NZD"}
_CODES = frozenset({"USD", "EUR", "GBP", "RUB", "CNY", "JPY", "CHF", "UAH", "INR", "BRL", "TRY",
                    "ILS", "SAR", "AED", "EGP", "IRR", "CAD", "AUD", "MXN", "KZT", "QAR", "NGN",
                    "ZAR", "XOF", "PKR", "KRW", "SEK", "NOK", "PLN", "HKD"})
# Currency words after the number: phrase (normalised tokens) -> ISO 4217 code.
_CURRENCIES: dict[str, dict[str, str]] = {
    "fr": {"dollars": "USD", "dollar": "USD", "dollars américains": "USD",
           "dollars canadiens": "CAD", "dollars australiens": "AUD", "euros": "EUR", "euro": "EUR",
           "livres sterling": "GBP", "livre sterling": "GBP", "livres égyptiennes": "EGP",
           "livres turques": "TRY", "livres libanaises": "LBP", "roubles": "RUB", "rouble": "RUB",
           "yuans": "CNY", "yuan": "CNY", "yens": "JPY", "yen": "JPY", "francs suisses": "CHF",
           "francs cfa": "XOF", "hryvnias": "UAH", "roupies": "INR", "shekels": "ILS",
           "shekalim": "ILS", "riyals saoudiens": "SAR", "riyals": "SAR", "reais": "BRL",
           "réaux": "BRL", "dirhams marocains": "MAD", "dirhams émiratis": "AED"},
    "en": {"dollars": "USD", "dollar": "USD", "us dollars": "USD", "canadian dollars": "CAD",
           "australian dollars": "AUD", "hong kong dollars": "HKD", "euros": "EUR", "euro": "EUR",
           "pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
           "egyptian pounds": "EGP", "roubles": "RUB", "rubles": "RUB", "yuan": "CNY",
           "renminbi": "CNY", "yen": "JPY", "swiss francs": "CHF", "hryvnias": "UAH",
           "hryvnia": "UAH", "rupees": "INR", "pakistani rupees": "PKR", "shekels": "ILS",
           "riyals": "SAR", "turkish lira": "TRY", "lira": "TRY", "reais": "BRL", "rand": "ZAR",
           "naira": "NGN", "won": "KRW"},
    "es": {"dólares": "USD", "dolares": "USD", "dólar": "USD", "euros": "EUR", "euro": "EUR",
           "libras esterlinas": "GBP", "libras": "GBP", "rublos": "RUB", "yuanes": "CNY",
           "yenes": "JPY", "pesos mexicanos": "MXN", "pesos argentinos": "ARS",
           "pesos colombianos": "COP", "pesos chilenos": "CLP", "bolívares": "VES",
           "soles": "PEN", "reales": "BRL"},
    "pt": {"dólares": "USD", "dólar": "USD", "euros": "EUR", "euro": "EUR", "reais": "BRL",
           "real": "BRL", "libras": "GBP", "rublos": "RUB", "kwanzas": "AOA", "meticais": "MZN"},
    "it": {"dollari": "USD", "dollaro": "USD", "euro": "EUR", "sterline": "GBP", "rubli": "RUB",
           "yuan": "CNY", "yen": "JPY", "franchi svizzeri": "CHF"},
    "de": {"dollar": "USD", "us-dollar": "USD", "euro": "EUR", "pfund": "GBP", "rubel": "RUB",
           "yuan": "CNY", "yen": "JPY", "franken": "CHF", "hrywnja": "UAH", "rupien": "INR"},
    "ru": {"долларов": "USD", "доллара": "USD", "доллар": "USD", "долл": "USD", "евро": "EUR",
           "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб": "RUB",
           "фунтов стерлингов": "GBP", "фунтов": "GBP", "юаней": "CNY", "юаня": "CNY",
           "иен": "JPY", "гривен": "UAH", "гривны": "UAH", "гривна": "UAH", "тенге": "KZT",
           "швейцарских франков": "CHF"},
    "ar": {"دولار": "USD", "دولارا": "USD", "دولارات": "USD", "الدولارات": "USD",
           "دولار أمريكي": "USD", "دولار أميركي": "USD", "يورو": "EUR", "جنيه إسترليني": "GBP",
           "جنيه استرليني": "GBP", "جنيه مصري": "EGP", "جنيه": "EGP", "جنيها": "EGP",
           "ريال سعودي": "SAR", "ريال قطري": "QAR", "ريال إيراني": "IRR", "ريال عماني": "OMR",
           "ريال يمني": "YER", "ريال": "SAR", "ريالات": "SAR", "ريالا": "SAR",
           "درهم": "AED", "دينار كويتي": "KWD", "دينار عراقي": "IQD", "دينار أردني": "JOD",
           "ليرة لبنانية": "LBP", "ليرة تركية": "TRY", "ليرة سورية": "SYP", "روبل": "RUB",
           "يوان": "CNY", "ين": "JPY", "شيكل": "ILS"},
}
_PERCENT: dict[str, tuple[str, ...]] = {
    "fr": ("pour cent", "pourcent"), "en": ("percent", "per cent"), "es": ("por ciento",),
    "pt": ("por cento",), "it": ("per cento",), "de": ("prozent",),
    "ru": ("процента", "процентов", "процент", "проц"),
    "ar": ("في المئة", "في المائة", "بالمئة", "بالمائة", "بالمية"),
}
_LINKS = frozenset({"de", "d'", "of", "di", "del", "do", "da", "dei", "degli", "delle", "des"})
_FILLERS = frozenset({"de", "d'", "of", "di", "del", "do", "da", "autres", "other", "others",
                      "more", "additional", "extra", "otros", "otras", "altri", "altre", "outros",
                      "outras", "weitere", "weiteren", "andere", "других", "еще", "новых",
                      "اخرين", "اخرون", "اخري", "من", "nouveaux", "nouvelles", "new", "nuevos"})
# Words that follow "one" in "one of the suspects", "l'un des", "одна из": a pick, not a count.
_PARTITIVE = frozenset({"of", "des", "d'entre", "de", "del", "dei", "degli", "delle", "di", "dos",
                        "das", "der", "den", "из", "من"})
# Function words that are never the counted noun ("killing 12 and injuring 30").
_NOT_HEADS = frozenset({
    "and", "or", "the", "to", "for", "from", "with", "by", "at", "on", "in", "into", "since",
    "after", "before", "during", "until", "over", "across", "between", "among", "per", "than",
    "were", "was", "are", "is", "have", "has", "had", "who", "that", "which", "but", "of",
    "et", "ou", "à", "au", "aux", "le", "la", "les", "en", "pour", "par", "avec", "dans", "sur",
    "depuis", "après", "avant", "pendant", "ont", "sont", "qui", "que", "dont", "mais",
    "y", "o", "el", "los", "las", "por", "para", "con", "desde", "tras", "han", "que",
    "e", "os", "as", "com", "em", "no", "na", "após", "il", "di", "con", "dopo", "sono", "hanno",
    "und", "oder", "die", "das", "der", "den", "für", "von", "mit", "im", "seit", "nach", "vor",
    "sind", "wurden", "haben",
    "и", "или", "в", "на", "с", "по", "за", "из", "от", "для", "после", "до", "были", "но",
    "في", "علي", "الي", "عن", "مع", "منذ", "بعد", "قبل", "خلال",  # normalised: ى -> ي
    "this", "these", "ce", "cet", "cette", "ces", "este", "esta", "ese", "esa", "estos", "estas",
    "dieser", "diese", "dieses", "questo", "questa", "этот", "эта", "этого", "هذا", "هذه",
})
# A word that can end an English or Russian number phrase before its noun: plural nouns in -s
# ("1,044 cultural antiquities"), Russian words that are not adjectives ("семь новых домов").
_RU_ADJECTIVE = re.compile(r"\w+(?:ых|их|ые|ие|ой|ий|ый|ая|ое|ую|ым|им)")
_DURATION = re.compile(
    r"ans?|années?|mois|jours?|heures?|minutes?|semaines?|siècles?|"
    r"years?|months?|days?|hours?|minutes?|weeks?|decades?|centuries|"
    r"años?|meses|mes|días?|horas?|semanas?|anos?|dias?|"
    r"anni|anno|mesi|giorni|giorno|ore|settimane|"
    r"fois|times|veces|vezes|volte|mal|раз|раза|مرات|مره|"
    r"jahre[n]?|jahr|monate[n]?|monat|tage[n]?|tag|stunden?|wochen?|"
    r"лет|год|года|годы|месяц\w*|дн\w*|день|час\w*|недел\w*|минут\w*|"
    r"عاما|سنوات|سنه|اعوام|عام|اشهر|شهرا|شهور|ايام|يوما|ساعه|ساعات|اسابيع|دقيقه|دقائق"
)
# Words before a number that make it a name or an identifier, not a quantity.
_ID_WORDS = frozenset({"article", "résolution", "resolution", "numéro", "no", "nr", "n°", "route",
                       "vol", "flight", "boeing", "airbus", "page", "chapitre", "chapter",
                       "статья", "статьи", "резолюция", "резолюции", "الماده", "القرار",
                       "artículo", "artigo", "articolo", "artikel", "paragraphe", "paragraph"})

# Head nouns and cue words per category: regexes over normalised tokens (whole token).
_HEADS: dict[str, dict[str, str]] = {
    "fr": {
        "killed": r"morts?|mortes?|tués?|tuées?|décès",
        "injured": r"blessée?s?",
        "arrested": r"arrestations?|interpellations?|interpellée?s?|arrêtée?s?",
        "displaced": r"déplacée?s?|réfugiée?s?|sinistrée?s?|évacuée?s?|exilée?s?",
        "protesters": r"manifestante?s?|protestataires?|contestataires?",
        "soldiers": r"soldats?|militaires?|troupes?|casques|légionnaires?|parachutistes?",
        "countries": r"pays|états?|nations?",
        "people": r"personnes?|civil(?:e|s|es)?|enfants?|femmes?|hommes?|habitants?|villageois|"
                  r"migrante?s?|otages?|prisonniers?|prisonnières?|détenue?s?|journalistes?|"
                  r"diplomates?|policiers?|gendarmes?|militante?s?|rebelles?|combattants?|"
                  r"d?jihadistes?|terroristes?|suspecte?s?|observateurs?|passagers?|patients?|"
                  r"étudiante?s?|élèves?|travailleurs?|employée?s?|fonctionnaires?|membres?|"
                  r"agents?|mineurs?|victimes?|individus?|opposante?s?|ressortissante?s?|"
                  r"touristes?|pèlerins?|fidèles?|écolier(?:e|s|es)?|lycéens?|salariée?s?|"
                  r"ouvriers?|médecins?|humanitaires?|palestiniens?|militaires?|insurgés?|"
                  r"kidnappée?s?|enlevée?s?|personnels?|marins?|pêcheurs?|paysans?|agriculteurs?",
    },
    "en": {
        "killed": r"dead|deaths?|fatalities|killed",
        "injured": r"injured|wounded|injuries",
        "arrested": r"arrests?|detentions?|arrested|detained",
        "displaced": r"displaced|refugees?|evacuees?|asylum-seekers",
        "protesters": r"protesters?|protestors?|demonstrators?|marchers?",
        "soldiers": r"soldiers?|troops|servicemen|marines|peacekeepers?|paratroopers?|"
                    r"personnel|reservists?|conscripts?",
        "countries": r"countries|country|nations?|states?",
        "people": r"people|persons?|civilians?|children|child|women|woman|men|man|residents?|"
                  r"villagers?|migrants?|hostages?|prisoners?|detainees?|journalists?|reporters?|"
                  r"diplomats?|officers?|policemen|policeman|police|militants?|rebels?|"
                  r"fighters?|insurgents?|jihadists?|terrorists?|suspects?|observers?|"
                  r"passengers?|patients?|students?|pupils?|schoolchildren|schoolgirls?|"
                  r"schoolboys?|girls?|boys?|workers?|employees?|officials?|members?|agents?|"
                  r"miners?|victims?|individuals?|activists?|opponents?|nationals?|citizens?|"
                  r"tourists?|pilgrims?|worshippers?|doctors?|staff|crew|sailors?|seafarers?|"
                  r"palestinians?|gunmen|farmers?|fishermen|guards?|inmates?|teenagers?|"
                  r"infants?|babies|adults?|voters?|supporters?",
    },
    "es": {
        "killed": r"muert[oa]s?|fallecid[oa]s?",
        "injured": r"herid[oa]s?|lesionad[oa]s?",
        "arrested": r"detenid[oa]s?|arrestad[oa]s?|arrestos?|detenciones",
        "displaced": r"desplazad[oa]s?|refugiad[oa]s?|evacuad[oa]s?|damnificad[oa]s?",
        "protesters": r"manifestantes?|protestantes?|manifestantes",
        "soldiers": r"soldados?|militares?|efectivos?|tropas?|uniformados?|marines",
        "countries": r"países|país|naciones|nación|estados?",
        "people": r"personas?|civiles|civil|niñ[oa]s?|mujer(?:es)?|hombres?|habitantes?|"
                  r"vecin[oa]s?|migrantes?|rehenes|rehén|pres[oa]s|prisioneros?|periodistas?|"
                  r"diplomáticos?|policías?|agentes?|militantes?|rebeldes?|combatientes?|"
                  r"guerrilleros?|terroristas?|sospechos[oa]s?|observadores?|pasajer[oa]s?|"
                  r"pacientes?|estudiantes?|alumn[oa]s?|trabajador(?:es|as)?|emplead[oa]s?|"
                  r"funcionari[oa]s?|miembros?|mineros?|víctimas?|individuos?|activistas?|"
                  r"opositores?|ciudadan[oa]s?|turistas?|peregrinos?|fieles|médicos?|"
                  r"indígenas?|menores|palestinos?|secuestrad[oa]s?|reclus[oa]s?|"
                  r"campesin[oa]s?|colonos?",
    },
    "pt": {
        "killed": r"mort[oa]s?|óbitos",
        "injured": r"ferid[oa]s?",
        "arrested": r"detid[oa]s?|pres[oa]s|prisões|detenções",
        "displaced": r"deslocad[oa]s?|refugiad[oa]s?|desalojad[oa]s?|desabrigad[oa]s?",
        "protesters": r"manifestantes?",
        "soldiers": r"soldados?|militares?|tropas?|efetivos?",
        "countries": r"países|país|nações|nação|estados?",
        "people": r"pessoas?|civis|civil|crianças?|mulher(?:es)?|homens?|habitantes?|"
                  r"moradores?|migrantes?|reféns|refém|prisioneiros?|jornalistas?|"
                  r"diplomatas?|policiais?|polícias?|agentes?|militantes?|rebeldes?|"
                  r"combatentes?|terroristas?|suspeitos?|observadores?|passageiros?|"
                  r"pacientes?|estudantes?|alunos?|trabalhadores?|funcionários?|membros?|"
                  r"mineiros?|vítimas?|indivíduos?|ativistas?|cidadãos?|turistas?|fiéis|"
                  r"médicos?|indígenas?",
    },
    "it": {
        "killed": r"morti|mort[oa]|decedut[iaoe]",
        "injured": r"ferit[iaoe]",
        "arrested": r"arrestat[iaoe]|arresti|fermat[iaoe]",
        "displaced": r"sfollat[iaoe]|profughi|rifugiat[iaoe]|evacuat[iaoe]",
        "protesters": r"manifestanti|dimostranti",
        "soldiers": r"soldati|soldato|militari|truppe",
        "countries": r"paesi|paese|nazioni|nazione|stati",
        "people": r"persone|persona|civili|bambin[iaoe]|donne|donna|uomini|abitanti|residenti|"
                  r"migranti|ostaggi|prigionieri|detenuti|giornalisti|diplomatici|poliziotti|"
                  r"agenti|militanti|ribelli|combattenti|terroristi|sospettati|osservatori|"
                  r"passeggeri|pazienti|studenti|lavoratori|dipendenti|funzionari|membri|"
                  r"minatori|vittime|individui|attivisti|cittadini|turisti|fedeli|medici|"
                  r"naufraghi|palestinesi",
    },
    "de": {
        "killed": r"tote|toten|todesopfer|getötete[n]?",
        "injured": r"verletzte[n]?|verwundete[n]?|schwerverletzte[n]?",
        "arrested": r"festnahmen?|verhaftungen|festgenommene[n]?|inhaftierte[n]?",
        "displaced": r"vertriebene[n]?|flüchtlinge?|geflüchtete[n]?|evakuierte[n]?",
        "protesters": r"demonstranten|demonstrantinnen|protestierende[n]?|protestler",
        "soldiers": r"soldaten|soldat|soldatinnen|militärs|truppen|bundeswehrsoldaten|"
                    r"blauhelme|blauhelmsoldaten",
        "countries": r"länder[n]?|land|staaten|staat|nationen|nation|mitgliedsstaaten|"
                     r"mitgliedstaaten",
        "people": r"menschen|personen|person|zivilisten|zivilistinnen|kinder[n]?|frauen|"
                  r"männer[n]?|einwohner(?:innen)?|bewohner(?:innen)?|dorfbewohner|migranten|"
                  r"migrantinnen|geiseln|geisel|gefangene[n]?|häftlinge[n]?|journalisten|"
                  r"journalistinnen|diplomaten|polizisten|polizistinnen|polizeibeamte[n]?|"
                  r"beamte[n]?|aktivisten|rebellen|kämpfer[n]?|dschihadisten|terroristen|"
                  r"verdächtige[n]?|beobachter(?:innen)?|passagiere[n]?|patienten|studenten|"
                  r"studierende[n]?|schüler(?:innen)?|arbeiter(?:innen)?|beschäftigte[n]?|"
                  r"mitarbeiter(?:innen)?|mitglieder[n]?|bergleute|opfer[n]?|bürger(?:innen)?|"
                  r"touristen|pilger[n]?|gläubige[n]?|ärzte[n]?|helfer(?:innen)?|palästinenser",
    },
    "ru": {
        "killed": r"погибш\w*|убит\w*",
        "injured": r"ранен\w*|пострадавш\w*",
        "arrested": r"задержанн\w*|арестованн\w*|задержани\w*|арест\w*",
        "displaced": r"беженц\w*|переселенц\w*|эвакуированн\w*",
        "protesters": r"протестующ\w*|демонстрант\w*|митингующ\w*",
        "soldiers": r"солдат\w*|военнослужащ\w*|военн(?:ых|ые|ым)|бойц\w*|боец|миротворц\w*|"
                    r"десантник\w*|морпех\w*|силовик\w*",
        "countries": r"стран\w*|государств\w*",
        "people": r"человек|челове\w*|люд\w*|жител\w*|граждан\w*|дет\w*|ребен\w*|женщин\w*|"
                  r"мужчин\w*|мигрант\w*|заложник\w*|пленн\w*|заключенн\w*|журналист\w*|"
                  r"дипломат\w*|полицейск\w*|сотрудник\w*|боевик\w*|повстанц\w*|террорист\w*|"
                  r"подозреваем\w*|наблюдател\w*|пассажир\w*|пациент\w*|студент\w*|"
                  r"школьник\w*|рабоч\w*|работник\w*|член\w*|горняк\w*|шахтер\w*|жертв\w*|"
                  r"активист\w*|турист\w*|паломник\w*|врач\w*|моряк\w*|участник\w*|"
                  r"палестинц\w*|добровол\w*",
    },
    "ar": {
        "killed": r"قتيل\w*|قتلي|شهيد\w*|شهداء",
        "injured": r"جريح\w*|جرحي|مصاب\w*|اصابات",
        "arrested": r"اعتقالات|موقوف\w*",
        "displaced": r"نازح\w*|لاجئ\w*|مهجر\w*",
        "protesters": r"متظاهر\w*|محتج\w*",
        "soldiers": r"جندي\w*|جنود|عسكري\w*|جنديا",
        "countries": r"دول|دوله|بلدان|بلد|بلدا|دولا",
        "people": r"شخص\w*|اشخاص|مدني\w*|اطفال|طفل\w*|نساء|امراه|رجال|رجل|سكان|مواطن\w*|"
                  r"مهاجر\w*|رهين\w*|رهائن|اسير\w*|اسري|سجين\w*|سجناء|معتقل\w*|صحفي\w*|"
                  r"صحافي\w*|دبلوماسي\w*|شرطي\w*|عنصر\w*|عناصر|مسلح\w*|مقاتل\w*|متمرد\w*|"
                  r"ارهابي\w*|مشتبه\w*|مراقب\w*|ركاب|راكب\w*|مريض\w*|مرضي|طلاب|طالب\w*|عمال|"
                  r"عامل\w*|موظف\w*|اعضاء|عضو\w*|ضحيه|ضحايا|ناشط\w*|حجاج|افراد|فرد\w*|نسمه|"
                  r"فلسطيني\w*|مستوطن\w*",
    },
}
_CUES: dict[str, dict[str, str]] = {
    "fr": {
        "killed": r"tu(?:é|ée|és|ées|ant|er|ent|e|ait|aient)|morts?|mortes?|décédée?s?|décès|"
                  r"péri|périr|périssent|périt|meurtre|tuerie|vie|vies|massacrée?s?|abattue?s?",
        "injured": r"bless\w*",
        "arrested": r"arrêt(?:é|ée|és|ées|ant|er|ait|aient)|interpell\w*|arrestations?|garde|"
                    r"écrouée?s?|appréhendée?s?",
        "displaced": r"déplac\w*|fui|fuient|fuir|fuyant|fuyaient|exil\w*|évacu\w*|réfugi\w*|"
                     r"chassée?s?|foyers",
        "protesters": r"manifest\w*|défil\w*|rassembl\w*|protest\w*|cortège",
    },
    "en": {
        "killed": r"kill(?:ed|ing|s)?|dead|died|dies|die|deaths?|fatalit(?:y|ies)|lives|perished|"
                  r"slain|massacred|murdered",
        "injured": r"injur\w*|wound\w*|hurt",
        "arrested": r"arrest\w*|detain\w*|detention\w*|apprehended|custody|jailed",
        "displaced": r"displac\w*|fled|flee\w*|evacuat\w*|refugees?|homeless|uprooted|homes",
        "protesters": r"protest\w*|demonstrat\w*|marched|march|marching|rall(?:y|ied|ies)",
    },
    "es": {
        "killed": r"mat(?:ó|aron|ando|an|ar|a)|muert[oa]s?|muri\w*|fallec\w*|asesin\w*|vidas?",
        "injured": r"herid\w*|hiri\w*|lesion\w*",
        "arrested": r"detuv\w*|detenid\w*|arrest\w*|captur\w*|apresad\w*|detenciones",
        "displaced": r"desplaz\w*|huy\w*|huido|evacu\w*|refugi\w*|hogares",
        "protesters": r"manifest\w*|protest\w*|marcharon|marchan|marcha",
    },
    "pt": {
        "killed": r"mat(?:ou|aram|ando|am|ar)|mort[oa]s?|morre\w*|morr\w*|falec\w*|vidas?",
        "injured": r"ferid\w*|feriu|feriram|ferindo",
        "arrested": r"prend\w*|pres[oa]s|detid[oa]s?|deteve|detiveram",
        "displaced": r"desloc\w*|fug\w*|evacu\w*|desalojad\w*|desabrigad\w*|refugi\w*",
        "protesters": r"protest\w*|manifest\w*|marcha\w*",
    },
    "it": {
        "killed": r"uccis\w*|uccid\w*|mort[iaoe]|decedut\w*|vita|vite",
        "injured": r"ferit\w*|ferendo",
        "arrested": r"arrest\w*|fermat\w*",
        "displaced": r"sfollat\w*|fugg\w*|evacu\w*|profughi",
        "protesters": r"manifest\w*|protest\w*|sfilat\w*|corte[oi]",
    },
    "de": {
        "killed": r"getötet|tötete[n]?|tötet|tot|tote[n]?|starb(?:en)?|gestorben|leben|"
                  r"todesopfer|umgekommen|ermordet|erschossen",
        "injured": r"verletz\w*|verwund\w*",
        "arrested": r"festgenommen|festnahme\w*|fest|verhaft\w*|inhaftiert",
        "displaced": r"vertrieb\w*|geflohen|geflüchtet|flucht|fliehen|flohen|evakuiert\w*|"
                     r"obdachlos\w*",
        "protesters": r"demonstr\w*|protest\w*|kundgebung\w*|marschiert\w*",
    },
    "ru": {
        "killed": r"погиб\w*|убит\w*|убил\w*|убив\w*|скончал\w*|жизн\w*|гибел\w*|смерт\w*|"
                  r"расстрел\w*",
        "injured": r"ранен\w*|ранил\w*|ранив\w*|пострада\w*|травм\w*",
        "arrested": r"задерж\w*|арест\w*",
        "displaced": r"покинул\w*|бежал\w*|эвакуир\w*|беженц\w*|переселен\w*|дома",
        "protesters": r"митинг\w*|протест\w*|демонстра\w*|акци\w*|шеств\w*|вышли",
    },
    "ar": {
        "killed": r"قتل|قتلت|قتلوا|يقتل|مقتل|قتلي|قتيل\w*|مصرع|حتف\w*|توفي|وفاه|استشهد\w*|"
                  r"شهيد\w*|حياه|اودي|اودت",
        "injured": r"اصيب\w*|اصابه|اصابات|مصاب\w*|جرح|جرحي|جريح\w*",
        "arrested": r"اعتقل\w*|اعتقال\w*|احتجز\w*|احتجاز|توقيف|اوقف\w*|القبض|قبض",
        "displaced": r"نزح|نزوح|نازح\w*|فر|فروا|هجر\w*|تهجير|لاجئ\w*|منازل\w*|ديار\w*|اجلاء",
        "protesters": r"تظاهر\w*|متظاهر\w*|احتج\w*|مظاهر\w*|محتج\w*|اعتصام\w*|مسير\w*",
    },
}
_CASUALTY = ("killed", "injured", "arrested")


@dataclass(frozen=True)
class _Lang:
    lang: str
    scales: dict[str, float]
    lone_scales: dict[str, float]
    approx: dict[str, float]
    words: dict[str, tuple[float, str]]       # own number words (ru, ar)
    qualifiers: tuple[tuple[tuple[str, ...], str], ...]
    post_qualifiers: tuple[tuple[tuple[str, ...], str], ...]
    currencies: tuple[tuple[tuple[str, ...], str], ...]
    percent: tuple[tuple[str, ...], ...]
    heads: tuple[tuple[str, re.Pattern[str]], ...]
    cues: tuple[tuple[str, re.Pattern[str]], ...]


def _phrase(p: str) -> tuple[str, ...]:
    return tuple(_norm(w) for w in p.split())


@lru_cache(maxsize=None)
def _lang(lang: str) -> _Lang:
    def phrases(table: dict[str, tuple[str, ...]]) -> tuple[tuple[tuple[str, ...], str], ...]:
        items = [(_phrase(p), kind) for kind, ps in table.items() for p in ps]
        return tuple(sorted(items, key=lambda x: -len(x[0])))

    words: dict[str, tuple[float, str]] = {}
    if lang == "ru":
        words = _ru_numbers()
    elif lang == "ar":
        words = _ar_numbers()
    currencies = sorted(((_phrase(p), code) for p, code in _CURRENCIES.get(lang, {}).items()),
                        key=lambda x: -len(x[0]))
    order = ("killed", "injured", "arrested", "displaced", "protesters", "soldiers", "countries", "people")
    heads = tuple((cat, re.compile(_norm(_HEADS[lang][cat]))) for cat in order if cat in _HEADS.get(lang, {}))
    cues = tuple((cat, re.compile(_norm(rx))) for cat, rx in _CUES.get(lang, {}).items())
    return _Lang(
        lang=lang,
        scales={_norm(k): v for k, v in _SCALES.get(lang, {}).items()},
        lone_scales={_norm(k): v for k, v in _LONE_SCALES.get(lang, {}).items()},
        approx={_norm(k): v for k, v in _APPROX.get(lang, {}).items()},
        words=words,
        qualifiers=phrases(_QUALIFIERS.get(lang, {})),
        post_qualifiers=phrases(_POST_QUALIFIERS.get(lang, {})),
        currencies=tuple(currencies),
        percent=tuple(sorted((_phrase(p) for p in _PERCENT.get(lang, ())), key=len, reverse=True)),
        heads=heads,
        cues=cues,
    )


@lru_cache(maxsize=4096)
def _t2n(words: str, lang: str) -> float | None:
    """text2num on a string of number words, or None."""
    from text_to_num import text2num  # compiled extension; imported on first use
    try:
        return float(text2num(words, lang))
    except ValueError:
        return None


def _variants(norm: str, lang: str) -> tuple[str, ...]:
    """The token and, in Arabic, the token without its clitics (و, ف, ب, ل, ال)."""
    if lang != "ar":
        return (norm,)
    out = [norm]
    for w in list(out):
        if w[:1] in ("و", "ف") and len(w) > 3:
            out.append(w[1:])
    for w in list(out):
        if w[:1] in ("ب", "ل") and len(w) > 3:
            out.append(w[1:])
    for w in list(out):
        if w.startswith("ال") and len(w) > 3:
            out.append(w[2:])
    return tuple(dict.fromkeys(out))


def _category(pats: tuple[tuple[str, re.Pattern[str]], ...], tok: _Tok, lang: str) -> str | None:
    if tok.kind != "word":
        return None
    for cat, pat in pats:
        for v in _variants(tok.norm, lang):
            if pat.fullmatch(v):
                return cat
    return None


def _match_phrase(toks: list[_Tok], i: int, phrase: tuple[str, ...], lang: str) -> bool:
    if i < 0 or i + len(phrase) > len(toks):
        return False
    return all(p in _variants(t.norm, lang) or p == t.norm for p, t in zip(phrase, toks[i:i + len(phrase)]))


# --------------------------------------------------------------------------------------------
# Numbers


@dataclass
class _Num:
    i: int             # first token
    j: int             # one past the last token of the number (scales included)
    value: float
    approx: bool = False


def _number_at(toks: list[_Tok], i: int, L: _Lang, text: str) -> _Num | None:
    t = toks[i]
    lang = L.lang
    value: float | None = None
    j = i
    if t.kind == "num":
        # glued to letters ("G7", "10h", "1er") or part of a time or a compound ("35-year-old")
        if t.start > 0 and (text[t.start - 1].isalpha() or text[t.start - 1] in "-:/"):
            return None
        after = text[t.end:t.end + 2]
        if after[:1] == ":" and after[1:2].isdigit():
            return None
        if after[:1] in ("-", "/") and len(after) > 1 and (after[1].isalnum()):
            return None
        if after[:1].isalpha():
            # only a scale may be glued on: "$5bn", "€300m" (m, k, b need the currency sign)
            glued = toks[i + 1] if i + 1 < len(toks) else None
            signed = i > 0 and toks[i - 1].text in _SYMBOLS
            if not (glued and glued.kind == "word" and glued.norm in L.scales
                    and (glued.norm in ("bn", "mn", "mln", "mrd", "mio") or signed)):
                return None
        value = _parse_digits(t.text, lang)
        j = i + 1
    elif t.kind == "word":
        n = t.norm
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if n in _ARTICLES.get(lang, ()) and nxt is not None and nxt.kind == "word":
            if nxt.norm in L.approx:
                return _Num(i, i + 2, L.approx[nxt.norm], approx=True)
            if nxt.norm in L.lone_scales:
                value, j = L.lone_scales[nxt.norm], i + 2
        if value is None and n in L.approx and lang == "ru":
            return _Num(i, i + 1, L.approx[n], approx=True)
        if value is None and n in L.lone_scales:
            value, j = L.lone_scales[n], i + 1
        if value is None and lang in _T2N_LANGS:
            value, j = _word_run_t2n(toks, i, L)
        elif value is None and L.words:
            value, j = _word_run_table(toks, i, L)
        if value is None:
            return None
    else:
        return None
    if value is None:
        return None
    # scale words after the number: "10 millions", "5 mil millones", "2,5 Mrd."
    while j < len(toks) and toks[j].kind == "word" and toks[j].norm in L.scales:
        value *= L.scales[toks[j].norm]
        j += 1
        if j < len(toks) and toks[j].text == "." and toks[j - 1].norm in ("mio", "mrd", "md", "tsd", "mld", "mln", "тыс", "млн", "млрд"):
            j += 1
    return _Num(i, j, value)


_CONNECTORS = frozenset({"et", "and", "y", "e", "und"})


def _word_run_t2n(toks: list[_Tok], i: int, L: _Lang) -> tuple[float | None, int]:
    lang = L.lang
    if toks[i].norm in _ARTICLES.get(lang, ()) and toks[i].norm != "one":
        return None, i
    if toks[i].norm in _VAGUE or (toks[i].norm in L.scales and toks[i].norm not in L.lone_scales):
        return None, i   # "millions de personnes", "hundreds of"
    j = i
    while j < len(toks) and toks[j].kind == "word":
        n = toks[j].norm
        if n in _CONNECTORS and j > i:
            j += 1
            continue
        if n in L.scales and j > i:
            j += 1
            continue
        if _t2n(n, lang) is None:
            break
        j += 1
    while j > i and toks[j - 1].norm in _CONNECTORS:
        j -= 1
    for end in range(j, i, -1):
        if toks[end - 1].norm in _CONNECTORS:
            continue
        # plural scale words end a number ("cinq millions") but are no number alone
        value = _t2n(" ".join(t.norm for t in toks[i:end]), lang)
        if value is not None:
            # stop before scale words so that the caller multiplies them (text2num already did)
            return value, end
    return None, i


def _ar_definite(norm: str, L: _Lang) -> bool:
    """An Arabic number word with the article ("الخمسة", "the five"): a reference, not a count."""
    for prefix in ("وال", "ال"):
        if norm.startswith(prefix) and norm not in L.words and norm not in L.lone_scales:
            rest = norm[len(prefix):]
            if rest in L.words or rest in L.lone_scales:
                return True
    return False


def _word_run_table(toks: list[_Tok], i: int, L: _Lang) -> tuple[float | None, int]:
    total = 0.0
    group = 0.0
    j = i
    seen = False
    while j < len(toks) and toks[j].kind == "word":
        entry = None
        for v in _variants(toks[j].norm, L.lang):
            if v in L.words:
                entry = L.words[v]
                break
        if entry is None:
            if seen and toks[j].norm in L.scales:
                total += (group or 1) * L.scales[toks[j].norm]
                group = 0.0
                j += 1
                continue
            break
        value, kind = entry
        if kind == "m100":
            group = (group or 1) * 100
        else:
            group += value
        seen = True
        j += 1
    if not seen:
        return None, i
    return total + group, j


# --------------------------------------------------------------------------------------------
# Quantities


def _qualifier_before(toks: list[_Tok], i: int, L: _Lang) -> tuple[str, int]:
    """The qualifier right before token i and the token it starts at; ("exact", i) when none."""
    for phrase, kind in L.qualifiers:
        k = i - len(phrase)
        if _match_phrase(toks, k, phrase, L.lang):
            # German "ein Kredit über 3 Mrd.": "über" after a noun means "of", not "more than"
            if L.lang == "de" and phrase == ("über",) and k > 0:
                prev = toks[k - 1]
                if prev.kind == "word" and prev.text[:1].isupper() and k - 1 > 0:
                    continue
            return kind, k
    return "exact", i


def _currency_after(toks: list[_Tok], j: int, L: _Lang) -> tuple[str, int, int] | None:
    """(code, first token, one past the last token) of a currency right after the number."""
    if j < len(toks) and toks[j].kind == "sym" and toks[j].text in _SYMBOLS:
        return _SYMBOLS[toks[j].text], j, j + 1
    if j < len(toks) and toks[j].kind == "word" and toks[j].text in _CODES:
        return toks[j].text, j, j + 1
    for skip in (0, 1):   # "10 millions de dollars", "2,5 milliards d'euros"
        k = j + skip
        if skip and not (j < len(toks) and toks[j].norm in _LINKS):
            continue
        for phrase, code in L.currencies:
            if _match_phrase(toks, k, phrase, L.lang):
                return code, k, k + len(phrase)
    return None


def _currency_before(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """(code, first token) of a currency sign or code right before the number: "$5", "US$ 5"."""
    k = i - 1
    if k >= 0 and toks[k].kind == "sym" and toks[k].text in _SYMBOLS:
        code = _SYMBOLS[toks[k].text]
        if toks[k].text == "$" and k > 0 and toks[k - 1].kind == "word" and toks[k - 1].end == toks[k].start:
            pre = toks[k - 1].norm
            if pre in _DOLLAR_PREFIX:
                return _DOLLAR_PREFIX[pre], k - 1
        return code, k
    if k >= 0 and toks[k].kind == "word" and toks[k].text in _CODES:
        return toks[k].text, k
    return None


def _percent_after(toks: list[_Tok], j: int, L: _Lang) -> int | None:
    if j < len(toks) and toks[j].text == "%":
        return j + 1
    for phrase in L.percent:
        if _match_phrase(toks, j, phrase, L.lang):
            return j + len(phrase)
    return None


def _head(toks: list[_Tok], j: int, L: _Lang) -> tuple[int | None, str | None]:
    """The counted noun after the number: a known noun within three words, else the first word."""
    words: list[int] = []
    k = j
    while k < len(toks) and len(words) < 3:
        t = toks[k]
        if t.kind != "word":
            break
        words.append(k)
        k += 1
    for k in words:
        cat = _category(L.heads, toks[k], L.lang)
        if cat:
            return k, cat
    content: list[int] = []
    for k in words:
        n = toks[k].norm
        if n in _FILLERS and not content:
            continue
        if n in _NOT_HEADS or len(n) < 3:
            break
        content.append(k)
    if not content:
        return None, None
    # adjectives come before the noun in some languages: "seven military experts"
    if L.lang == "en":
        plural = [k for k in content if toks[k].norm.endswith("s") and not toks[k].norm.endswith("ss")]
        return (plural[0] if plural else content[0]), None
    if L.lang == "de":
        capital = [k for k in content if toks[k].text[:1].isupper()]
        return (capital[0] if capital else content[0]), None
    if L.lang == "ru":
        nouns = [k for k in content if not _RU_ADJECTIVE.fullmatch(toks[k].norm)]
        return (nouns[0] if nouns else content[0]), None
    return content[0], None


def _nearest_cue(toks: list[_Tok], before: list[int], before_end: int, after: list[int],
                 after_start: int, L: _Lang) -> str | None:
    """The category of the cue word nearest to the quantity; ties go to the word before."""
    best: tuple[int, str] | None = None
    for k in before:
        cat = _category(L.cues, toks[k], L.lang)
        if cat:
            d = before_end - k
            if best is None or d < best[0]:
                best = (d, cat)
    for k in after:
        cat = _category(L.cues, toks[k], L.lang)
        if cat:
            d = k - after_start + 1
            if best is None or d < best[0]:
                best = (d, cat)
    return best[1] if best else None


@dataclass
class _Cand:
    num: _Num
    start_tok: int
    end_tok: int          # one past the last token
    qualifier: str
    unit: str | None
    head: int | None
    head_cat: str | None
    money: tuple[int, int] | None = None   # tokens of the currency sign or words


def find_quantities(text: str, lang: str, offset: int = 0) -> list[QuantityMention]:
    """Money, people and other counts in `text`, in order; offsets are shifted by `offset`."""
    L = _lang(lang)
    work = text.translate(_EASTERN)   # one character for one, so offsets hold
    toks = _tokens(work, lang)
    date_spans = [(d.start, d.end) for d in find_dates(work, lang, None)]
    # numbers inside dates are no quantities, and date words are no cues ("in March 2018")
    dated = frozenset(k for k, t in enumerate(toks) if any(s <= t.start < e for s, e in date_spans))
    cands: list[_Cand] = []
    i = 0
    while i < len(toks):
        if i in dated or (i > 0 and toks[i - 1].norm in _ID_WORDS):
            i += 1
            continue
        num = _number_at(toks, i, L, work)
        if num is None:
            i += 1
            continue
        cand = _candidate(toks, num, L)
        if cand is not None:
            cands.append(cand)
        i = max(num.j, cand.end_tok) if cand is not None and cand.unit else num.j
    return [m for m in (_finish(c, k, cands, toks, L, text, offset, dated) for k, c in enumerate(cands)) if m]


def _candidate(toks: list[_Tok], num: _Num, L: _Lang) -> _Cand | None:
    """What the number counts (currency, percent or head noun) and its qualifier; None for no quantity."""
    t = toks[num.i]
    lang = L.lang
    if t.kind == "word":
        # definite article + small number word is a reference ("les deux pays", "الخمسة");
        # "one of the suspects" picks one out of a group
        if (num.value < 10 and num.i > 0 and toks[num.i - 1].norm in _DEFINITE) or (
                lang == "ar" and _ar_definite(t.norm, L)):
            return None
        if num.value == 1 and num.j < len(toks) and toks[num.j].norm in _PARTITIVE:
            return None
    start_tok, end_tok = num.i, num.j
    unit: str | None = None
    head: int | None = None
    head_cat: str | None = None
    money: tuple[int, int] | None = None
    before = _currency_before(toks, num.i) if t.kind == "num" else None
    after = _currency_after(toks, num.j, L)
    pct = _percent_after(toks, num.j, L)
    if before:
        unit, start_tok = before
        money = (start_tok, num.i)
    elif after:
        unit, money, end_tok = after[0], (after[1], after[2]), after[2]
    elif pct is not None:
        unit, end_tok = "percent", pct
    else:
        head_from = num.j
        for phrase, _kind in L.post_qualifiers:
            if _match_phrase(toks, num.j, phrase, lang):
                head_from = num.j + len(phrase)   # "five or more persons"
                break
        head, head_cat = _head(toks, head_from, L)
        if head is not None:
            if head_cat is None and _DURATION.fullmatch(toks[head].norm):
                return None
            end_tok = head + 1
    # a bare year-like number with no known noun is a year, not a quantity
    if (unit is None and head_cat is None and t.kind == "num" and num.j == num.i + 1
            and re.fullmatch(r"(?:19|20)\d\d", t.text)):
        return None
    qualifier, q_start = _qualifier_before(toks, start_tok, L)
    if num.approx and qualifier == "exact":
        qualifier = "about"
    for phrase, kind in L.post_qualifiers:
        at = num.j if _match_phrase(toks, num.j, phrase, lang) else end_tok
        if _match_phrase(toks, at, phrase, lang):
            if qualifier == "exact":
                qualifier = kind
            end_tok = max(end_tok, at + len(phrase))
            break
    return _Cand(num, min(q_start, start_tok), end_tok, qualifier, unit, head, head_cat, money)


def _window(toks: list[_Tok], start: int, stop: int, step: int) -> list[int]:
    """Token indices from start towards stop (exclusive), ending at sentence punctuation."""
    out = []
    k = start
    while (k < stop if step > 0 else k > stop):
        if toks[k].kind == "sym" and toks[k].text in _STOP:
            break
        out.append(k)
        k += step
    return out


def _finish(c: _Cand, k: int, cands: list[_Cand], toks: list[_Tok], L: _Lang, text: str,
            offset: int, dated: frozenset[int]) -> QuantityMention | None:
    unit = c.unit
    head_text = None
    if unit is None:
        prev_end = cands[k - 1].end_tok if k > 0 else 0
        next_start = cands[k + 1].start_tok if k + 1 < len(cands) else len(toks)
        lo = max(prev_end, c.start_tok - 6)
        before = sorted(_window(toks, c.start_tok - 1, lo - 1, -1))
        after_from = (c.head + 1) if c.head is not None else c.num.j
        after = _window(toks, after_from, min(next_start, after_from + 6), 1)
        cue = _nearest_cue(toks, [x for x in before if x not in dated], before[-1] + 1 if before else 0,
                           [x for x in after if x not in dated], after[0] if after else 0, L)
        cat = c.head_cat
        if cat in ("killed", "injured", "arrested", "countries"):
            unit = cat
        elif cat in ("people", "soldiers", "protesters", "displaced"):
            if cue in _CASUALTY or (cat == "people" and cue in ("protesters", "displaced")):
                unit = cue
            else:
                unit = cat
        elif c.head is not None:
            # an unknown noun: a person by what happened to them when a cue says so ("5 Palestiniens
            # tués"), else a plain count of that noun
            unit = cue if cue in _CASUALTY else "count"
        elif cue is not None:
            unit = cue    # "killing 12 and injuring 30"
        else:
            return None
        if c.head is not None:
            head_text = toks[c.head].text
    elif c.money is not None:
        head_text = text[toks[c.money[0]].start:toks[c.money[1] - 1].end]
    s = toks[c.start_tok].start
    e = toks[c.end_tok - 1].end
    return QuantityMention(s + offset, e + offset, text[s:e], float(c.num.value), unit, c.qualifier, head_text)

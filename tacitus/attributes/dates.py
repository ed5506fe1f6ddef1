"""Date expressions in news sentences, resolved against the document date.

Rules (own tables per language; dateparser misreads "mardi dernier", "el pasado martes" and the
like, so it is not used):

* Explicit dates: day + month (+ year) in every handled language ("le 5 mai 2020", "May 5",
  "5. Mai", "5 мая", "5 مايو", "el 5 de mayo", "3 de março", "il 5 maggio"), month + year
  ("en mars 2021"), a month with a cue word ("en juin", "im März"), a year with a cue word
  ("en 2014", "в 2014 году", "عام 2011"), numeric "05.05.2020" / "05/05/2020" (day first; not for
  English) and ISO "2020-05-05".
* A date without a year takes the document's year, moved back one year when that would put it more
  than 31 days after the document date (or the month after the next one), and forward one year when
  it would fall more than about 11 months before it (so "3 janvier" written on 30 December is next
  week). "prochain"/"next"/... after a month name flips the window to the future.
* A weekday alone ("mardi", "on Tuesday", "во вторник", "am Dienstag") is the most recent such
  day on or before the document date: the document date itself when it is that weekday, since news
  reports the day's events. "Last Tuesday" ("mardi dernier", "el pasado martes", "в прошлый
  вторник", "الثلاثاء الماضي", "letzten Dienstag") is the most recent one strictly before the
  document date, never one week earlier than that. "Next Tuesday" is the first one after it.
* Relative days ("hier", "yesterday", "avant-hier", "il y a trois jours") give a day; weeks give
  the month the middle of that week falls in ("last week" -> the month of document date - 7 days,
  precision month: the week is not a precision the event record has); months and years give month
  and year precision.
* Without a document date, relative expressions and dates without a year are unresolved
  (value None); explicit full dates still resolve. Today's date is never used.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

__all__ = ["DateMention", "find_dates", "event_date", "parse_doc_date"]

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None          # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when it cannot be resolved
    precision: str             # "day", "month" or "year"


# --------------------------------------------------------------------------------------------
# Vocabulary. Names are matched case-insensitively except English month and weekday names,
# which must be capitalised ("May", "March" are also ordinary words).

_MONTHS: dict[str, dict[str, int]] = {
    "fr": {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
           "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
           "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
           "décembre": 12, "decembre": 12, "déc": 12},
    "en": {"January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
           "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
           "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11,
           "Nov": 11, "December": 12, "Dec": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
           "diciembre": 12},
    "pt": {"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5,
           "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11,
           "dezembro": 12},
    "it": {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
           "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12},
    "de": {"Januar": 1, "Jänner": 1, "Jan": 1, "Februar": 2, "Feb": 2, "März": 3, "Maerz": 3,
           "April": 4, "Apr": 4, "Mai": 5, "Juni": 6, "Juli": 7, "August": 8, "Aug": 8,
           "September": 9, "Sept": 9, "Oktober": 10, "Okt": 10, "November": 11, "Nov": 11,
           "Dezember": 12, "Dez": 12},
    # Russian: genitive (after a day number), nominative and prepositional ("в мае").
    "ru": {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
           "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
           "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
           "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
           "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
           "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12},
    # Arabic: Egyptian/Gulf names, Levantine/Iraqi names, and the common Maghreb ones.
    "ar": {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
           "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
           "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
           "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
           "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
           "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
           "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8},
}

_WEEKDAYS: dict[str, dict[str, int]] = {
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
           "dimanche": 6},
    "en": {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
           "Sunday": 6},
    "es": {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
           "sábado": 5, "sabado": 5, "domingo": 6},
    "pt": {"segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
           "quinta-feira": 3, "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6},
    "it": {"lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
           "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6},
    "de": {"Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4,
           "Samstag": 5, "Sonnabend": 5, "Sonntag": 6},
    # Russian: nominative and accusative ("во вторник", "в среду").
    "ru": {"понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3, "пятница": 4,
           "пятницу": 4, "суббота": 5, "субботу": 5, "воскресенье": 6},
    "ar": {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
           "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6},
}


def weekday_names(lang: str) -> frozenset[str]:
    """The language's weekday names as written (`_WEEKDAYS`), lowercase."""
    return frozenset(name.lower() for name in _WEEKDAYS.get(lang, {}))


# Words joined to a weekday: a part of the day (German writes it as one word).
_WEEKDAY_TAIL = {
    "de": r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?",
}

# Modifiers around a weekday: (before, after) regexes meaning "last" and "next".
_LAST = {
    "fr": (None, r"derni(?:er|ère)|passée?"),
    "en": (r"last|this\s+past|past", None),
    "es": (r"(?:el\s+)?pasado", r"pasado"),
    "pt": (r"(?:n[ao]\s+)?(?:últim[ao]|ultim[ao])", r"passad[ao]"),
    "it": (r"(?:lo\s+|la\s+)?scors[oa]", r"scors[oa]"),
    "de": (r"(?:am\s+)?(?:letzten|vergangenen|vorigen)", None),
    "ru": (r"в\s+(?:прошлый|прошлую|прошлое|минувший|минувшую|минувшее)", None),
    "ar": (None, r"الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة"),
}
_NEXT = {
    "fr": (None, r"prochaine?"),
    "en": (r"next|this\s+coming", None),
    "es": (r"(?:el\s+)?próximo", r"próximo|que\s+viene"),
    "pt": (r"(?:n[ao]\s+)?próxim[ao]", None),
    "it": (r"(?:il\s+|la\s+)?prossim[oa]", r"prossim[oa]"),
    "de": (r"(?:am\s+)?(?:nächsten|kommenden)", None),
    "ru": (r"в\s+(?:следующий|следующую|следующее|ближайший|ближайшую|ближайшее)", None),
    "ar": (None, r"المقبل|المقبلة|القادم|القادمة"),
}

# Day words: regex -> offset in days from the document date.
_DAY_WORDS: dict[str, dict[str, int]] = {
    "fr": {r"aujourd['’]hui": 0, r"ce\s+matin": 0, r"ce\s+soir": 0, r"cet\s+après-midi": 0,
           r"cette\s+nuit": 0, r"hier": -1, r"avant-hier": -2, r"demain": 1, r"après-demain": 2},
    "en": {r"today": 0, r"tonight": 0, r"this\s+(?:morning|afternoon|evening)": 0,
           r"yesterday": -1, r"last\s+night": -1, r"the\s+day\s+before\s+yesterday": -2,
           r"tomorrow": 1, r"the\s+day\s+after\s+tomorrow": 2},
    "es": {r"hoy": 0, r"esta\s+(?:mañana|tarde|noche)": 0, r"ayer": -1, r"anoche": -1,
           r"anteayer": -2, r"antier": -2, r"antes\s+de\s+ayer": -2,
           r"(?<!la\s)(?<!esta\s)(?<!por\s)mañana": 1, r"pasado\s+mañana": 2},
    "pt": {r"hoje": 0, r"ontem": -1, r"anteontem": -2, r"amanhã": 1},
    "it": {r"oggi": 0, r"stamattina": 0, r"stasera": 0, r"stanotte": 0, r"ieri": -1,
           r"l['’]altro\s*ieri": -2, r"l['’]altroieri": -2, r"altroieri": -2, r"domani": 1},
    "de": {r"heute": 0, r"gestern": -1, r"vorgestern": -2, r"(?-i:morgen)": 1, r"übermorgen": 2},
    "ru": {r"сегодня": 0, r"вчера": -1, r"накануне": -1, r"позавчера": -2, r"завтра": 1,
           r"послезавтра": 2},
    "ar": {r"اليوم": 0, r"(?:ب?الأمس|أمس|يوم\s+أمس|مساء\s+أمس|صباح\s+أمس)": -1,
           r"أول\s+(?:من\s+)?أمس": -2, r"غدا|غداً": 1},
}

# Periods: regex -> (unit, offset). unit is "week", "month" or "year".
_PERIODS: dict[str, dict[str, tuple[str, int]]] = {
    "fr": {r"la\s+semaine\s+(?:dernière|passée)": ("week", -1), r"cette\s+semaine": ("week", 0),
           r"la\s+semaine\s+prochaine": ("week", 1),
           r"le\s+mois\s+(?:dernier|passé)": ("month", -1),
           r"(?:plus\s+tôt\s+)?ce\s+mois(?:-ci)?": ("month", 0),
           r"(?:au\s+|en\s+)?début\s+(?:du|de\s+ce)\s+mois(?:-ci)?": ("month", 0),
           r"le\s+mois\s+prochain": ("month", 1),
           r"l['’](?:an|année)\s+(?:derni(?:er|ère)|passée?)": ("year", -1),
           r"cette\s+année": ("year", 0), r"l['’](?:an|année)\s+prochaine?": ("year", 1)},
    "en": {r"last\s+week": ("week", -1), r"(?:earlier\s+)?this\s+week": ("week", 0),
           r"next\s+week": ("week", 1), r"last\s+month": ("month", -1),
           r"(?:earlier|late[rt]?|early)\s+this\s+month|this\s+month": ("month", 0),
           r"next\s+month": ("month", 1), r"last\s+year": ("year", -1),
           r"(?:earlier\s+)?this\s+year": ("year", 0), r"next\s+year": ("year", 1)},
    "es": {r"la\s+semana\s+pasada|la\s+pasada\s+semana": ("week", -1),
           r"esta\s+semana": ("week", 0),
           r"la\s+(?:próxima\s+semana|semana\s+próxima|semana\s+que\s+viene)": ("week", 1),
           r"el\s+(?:mes\s+pasado|pasado\s+mes)": ("month", -1),
           r"(?:a\s+(?:principios|comienzos|inicios)\s+de\s+)?este\s+mes": ("month", 0),
           r"el\s+(?:próximo\s+mes|mes\s+próximo|mes\s+que\s+viene)": ("month", 1),
           r"el\s+(?:año\s+pasado|pasado\s+año)": ("year", -1), r"este\s+año": ("year", 0),
           r"el\s+(?:próximo\s+año|año\s+próximo|año\s+que\s+viene)": ("year", 1)},
    "pt": {r"(?:n?a\s+)?semana\s+passada|(?:n?a\s+)?última\s+semana": ("week", -1),
           r"(?:nesta|esta)\s+semana": ("week", 0), r"(?:n?a\s+)?próxima\s+semana": ("week", 1),
           r"(?:n?o\s+)?(?:mês\s+passado|último\s+mês)": ("month", -1),
           r"(?:no\s+início\s+d)?este\s+mês|neste\s+mês": ("month", 0),
           r"(?:n?o\s+)?próximo\s+mês": ("month", 1),
           r"(?:n?o\s+)?(?:ano\s+passado|último\s+ano)": ("year", -1),
           r"(?:neste|este)\s+ano": ("year", 0), r"(?:n?o\s+)?próximo\s+ano": ("year", 1)},
    "it": {r"la\s+settimana\s+scorsa|la\s+scorsa\s+settimana": ("week", -1),
           r"questa\s+settimana": ("week", 0),
           r"la\s+(?:prossima\s+settimana|settimana\s+prossima)": ("week", 1),
           r"il\s+mese\s+scorso|lo\s+scorso\s+mese": ("month", -1),
           r"(?:all['’]inizio\s+di\s+)?questo\s+mese|(?:all['’]inizio\s+del\s+mese)": ("month", 0),
           r"il\s+(?:prossimo\s+mese|mese\s+prossimo)": ("month", 1),
           r"l['’]anno\s+scorso|lo\s+scorso\s+anno": ("year", -1), r"quest['’]anno": ("year", 0),
           r"l['’]anno\s+prossimo|il\s+prossimo\s+anno": ("year", 1)},
    "de": {r"(?:in\s+der\s+)?(?:vorige|letzte|vergangene|vorigen|letzten|vergangenen)\s+Woche":
           ("week", -1),
           r"(?:in\s+)?diese[rn]?\s+Woche": ("week", 0),
           r"(?:in\s+der\s+)?(?:nächste|nächsten|kommende|kommenden)\s+Woche": ("week", 1),
           r"(?:im\s+)?(?:vorigen|letzten|vergangenen)\s+Monat": ("month", -1),
           r"(?:Anfang|Mitte|Ende)\s+(?:dieses|des)\s+Monats|(?:in\s+)?diesem\s+Monat": ("month", 0),
           r"(?:im\s+)?(?:nächsten|kommenden)\s+Monat": ("month", 1),
           r"(?:im\s+)?(?:vorigen|letzten|vergangenen)\s+Jahr|(?:letztes|voriges|vergangenes)\s+Jahr":
           ("year", -1),
           r"(?:in\s+)?diesem\s+Jahr|dieses\s+Jahr": ("year", 0),
           r"(?:im\s+)?(?:nächsten|kommenden)\s+Jahr|nächstes\s+Jahr": ("year", 1)},
    "ru": {r"на\s+(?:прошлой|минувшей|прошедшей)\s+неделе": ("week", -1),
           r"на\s+этой\s+неделе": ("week", 0), r"на\s+следующей\s+неделе": ("week", 1),
           r"в\s+(?:прошлом|минувшем)\s+месяце": ("month", -1),
           r"(?:в\s+начале\s+)?(?:этого|текущего)\s+месяца|в\s+этом\s+месяце": ("month", 0),
           r"в\s+следующем\s+месяце": ("month", 1),
           r"в\s+(?:прошлом|минувшем)\s+году": ("year", -1),
           r"в\s+(?:этом|текущем)\s+году": ("year", 0), r"в\s+следующем\s+году": ("year", 1)},
    "ar": {r"الأسبوع\s+(?:الماضي|المنصرم|الفائت)": ("week", -1),
           r"(?:هذا\s+الأسبوع|الأسبوع\s+(?:الجاري|الحالي))": ("week", 0),
           r"الأسبوع\s+(?:المقبل|القادم)": ("week", 1),
           r"الشهر\s+(?:الماضي|المنصرم|الفائت)": ("month", -1),
           r"(?:في\s+وقت\s+سابق\s+من\s+|(?:في\s+)?(?:مطلع|بداية|أوائل)\s+)?(?:هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي))":
           ("month", 0),
           r"الشهر\s+(?:المقبل|القادم)": ("month", 1),
           r"(?:العام|السنة)\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت)": ("year", -1),
           r"(?:هذا\s+العام|العام\s+(?:الجاري|الحالي)|هذه\s+السنة)": ("year", 0),
           r"(?:العام|السنة)\s+(?:المقبل|المقبلة|القادم|القادمة)": ("year", 1)},
}

# Small number words for "three days ago": 1-10.
_SMALL_NUMBERS: dict[str, dict[str, int]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10},
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10},
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
           "siete": 7, "ocho": 8, "nueve": 9, "diez": 10},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
           "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10},
    "it": {"un": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
           "sette": 7, "otto": 8, "nove": 9, "dieci": 10},
    "de": {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10},
    "ru": {"один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
           "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
    "ar": {"ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
           "عشرة": 10},
}

# "N days/weeks ago": regex with {n} for the number and the unit group named "unit".
_AGO = {
    "fr": r"il\s+y\s+a\s+{n}\s+(?P<unit>jours?|semaines?)",
    "en": r"{n}\s+(?P<unit>days?|weeks?)\s+ago",
    "es": r"hace\s+{n}\s+(?P<unit>días?|semanas?)",
    "pt": r"há\s+{n}\s+(?P<unit>dias?|semanas?)",
    "it": r"{n}\s+(?P<unit>giorni|giorno|settimane|settimana)\s+fa",
    "de": r"vor\s+{n}\s+(?P<unit>Tagen|Tag|Wochen|Woche)",
    "ru": r"{n}\s+(?P<unit>дня|дней|день|недели|неделю|недель)\s+назад",
    "ar": r"قبل\s+{n}\s+(?P<unit>أيام|يوما|يومًا|أسابيع|أسبوعا)",
}
# Arabic duals carry the number in the noun: "قبل يومين" (two days ago).
_AR_DUAL_AGO = {r"قبل\s+يومين": 2, r"قبل\s+أسبوعين": 14}
_WEEK_UNITS = ("sem", "week", "woche", "недел", "settiman", "أسب")

# Cues that introduce a month alone or a year alone.
_MONTH_CUE = {
    "fr": r"(?:(?:en|début|fin|depuis|courant|au\s+mois\s+de)\s+|(?:à\s+la\s+)?mi-)",
    "en": r"(?:(?:in|since|early|late|during|until|by|through)\s+|mid-)",
    "es": r"(?:en|desde|a\s+(?:principios|finales|mediados|comienzos)\s+de)\s+",
    "pt": r"(?:em|desde|no\s+(?:início|fim|final)\s+de|em\s+meados\s+de)\s+",
    "it": r"(?:a|in|da|nel\s+mese\s+di|a\s+(?:inizio|fine|metà)|ai\s+primi\s+di)\s+",
    "de": r"(?:im|seit|Anfang|Ende|Mitte|bis)\s+",
    "ar": r"(?:في|خلال|منذ|مطلع|أواخر|أوائل|منتصف|بداية|نهاية)\s+(?:شهر\s+)?",
}
_YEAR_CUE = {
    "fr": r"(?:en|depuis|l['’]année|au\s+cours\s+de\s+l['’]année)\s+(?P<year>{y})",
    "en": r"(?:in|since|during|by)\s+(?P<year>{y})",
    "es": r"(?:en|desde|durante)\s+(?:el\s+(?:año\s+)?)?(?P<year>{y})",
    "pt": r"(?:em|desde|durante)\s+(?:o\s+(?:ano\s+(?:de\s+)?)?)?(?P<year>{y})",
    "it": r"(?:nel|dal|nell['’]anno)\s+(?P<year>{y})",
    "de": r"(?:im\s+Jahre?|seit|Jahr)\s+(?P<year>{y})",
    "ru": r"(?:(?:в|с)\s+)?(?P<year>{y})\s*(?:году|года|г\.)",
    "ar": r"(?:(?:في|منذ|خلال)\s+)?(?:(?:عام|العام|سنة)\s+)(?P<year>{y})|في\s+(?P<year2>{y})",
}
_NEXT_AFTER_MONTH = (r"prochaine?|next|próximo|que\s+viene|nächsten|kommenden|"
                     r"следующего|المقبل|القادم|prossimo|próximo")

_DAY_SUFFIX = {"fr": r"(?:er)?", "en": r"(?:st|nd|rd|th)?", "es": r"(?:º|°)?",
               "pt": r"(?:º|°)?", "it": r"(?:º|°)?", "de": r"\.", "ru": "", "ar": ""}

_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_Y = r"(?:1[5-9]\d\d|20\d\d)"
_D = r"(?P<day>[0-3]?\d)"


def _alt(words: Iterable[str], case_sensitive: bool = False) -> str:
    """An alternation of literal words, longest first, with spaces made flexible."""
    parts = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    kind: str          # "explicit", "weekday", "dayword", "period", "ago", "year", "iso"
    data: object = None


def _wrap(body: str) -> str:
    return rf"(?<![\w\d])(?:{body})(?![\w])"


@lru_cache(maxsize=None)
def _rules(lang: str) -> tuple[_Rule, ...]:
    flags = re.IGNORECASE | re.UNICODE
    rules: list[_Rule] = []

    def add(body: str, kind: str, data: object = None) -> None:
        rules.append(_Rule(re.compile(_wrap(body), flags), kind, data))

    # numeric dates, any language
    add(r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)", "explicit")
    if lang != "en":
        add(r"(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>\d{4})", "explicit")
    months = _MONTHS.get(lang)
    if months:
        cs = lang == "en"
        if lang == "ar":
            m1 = _alt(months)
            mon = rf"(?P<month>{m1}(?:\s*[/(]\s*{m1}\)?)?)"
        else:
            # abbreviations ("Feb.", "Okt.") may carry a dot; full names never take the full stop
            abbrev = [k for k in months if any(o != k and o.startswith(k) for o in months)]
            full = [k for k in months if k not in abbrev]
            mon = rf"(?P<month>{_alt(full, cs)}|{_alt(abbrev, cs)}\.?)" if abbrev else rf"(?P<month>{_alt(full, cs)})"
        wd = _WEEKDAYS.get(lang)
        wd_pre = rf"(?:{_alt(wd, cs)},?\s+)?" if wd else ""
        suf = _DAY_SUFFIX.get(lang, "")
        year = rf"(?P<year>{_Y})"
        nxt = rf"(?:\s+(?P<next>{_NEXT_AFTER_MONTH}))?"
        if lang == "en":
            add(rf"{wd_pre}{mon}\s+{_D}{suf}(?:,?\s+{year})?", "explicit")
            add(rf"{wd_pre}(?:the\s+)?{_D}{suf}\s+(?:of\s+)?{mon}(?:,?\s+{year})?", "explicit")
        elif lang in ("es", "pt"):
            add(rf"{wd_pre}(?:el\s+|o\s+)?{_D}{suf}\s+de\s+{mon}(?:\s+(?:de|del)\s+{year})?", "explicit")
        elif lang == "de":
            add(rf"{wd_pre}(?:am\s+)?{_D}\.\s*{mon}(?:\s+{year})?", "explicit")
        elif lang == "ru":
            add(rf"{_D}\s+{mon}(?:\s+{year}(?:\s*(?:года|г\.))?)?", "explicit")
        elif lang == "ar":
            add(rf"{_D}\s+(?:من\s+)?{mon}(?:\s+(?:من\s+)?(?:عام\s+)?{year})?", "explicit")
        else:  # fr, it
            add(rf"{wd_pre}(?:le\s+|il\s+|l['’])?{_D}{suf}\s+{mon}(?:\s+{year})?", "explicit")
        # month + year
        link = {"es": r"\s+(?:de|del)\s+", "pt": r"\s+de\s+", "ar": r"\s+(?:من\s+)?(?:عام\s+)?"}.get(lang, r"\s+")
        if lang == "ru":
            add(rf"(?:в\s+)?{mon}\s+{year}(?:\s*(?:года|г\.))?", "explicit")
            # "в мае": the prepositional forms are their own cue
            prep = {k: v for k, v in months.items() if k.endswith("е")}
            add(rf"в\s+(?P<month>{_alt(prep)}){nxt}", "explicit")
        else:
            add(rf"{mon}{link}{year}", "explicit")
            cue = _MONTH_CUE.get(lang)
            if cue:
                add(rf"{cue}{mon}{nxt}", "explicit")
    if lang in _YEAR_CUE:
        add(_YEAR_CUE[lang].format(y=_Y), "year")
    wd = _WEEKDAYS.get(lang)
    if wd:
        cs = lang == "en"
        last_pre, last_post = _LAST.get(lang, (None, None))
        next_pre, next_post = _NEXT.get(lang, (None, None))
        pre = []
        if last_pre:
            pre.append(rf"(?P<last_pre>{last_pre})\s+")
        if next_pre:
            pre.append(rf"(?P<next_pre>{next_pre})\s+")
        post = []
        if last_post:
            post.append(rf"\s+(?P<last_post>{last_post})")
        if next_post:
            post.append(rf"\s+(?P<next_post>{next_post})")
        pre_re = f"(?:{'|'.join(pre)})?" if pre else ""
        post_re = f"(?:{'|'.join(post)})?" if post else ""
        # Portuguese: the -feira may be dropped after "na" ("na terça").
        names = dict(wd)
        if lang == "pt":
            names.update({k.split("-")[0]: v for k, v in wd.items() if k.endswith("-feira")})
        add(rf"{pre_re}(?P<wd>{_alt(names, cs)}){_WEEKDAY_TAIL.get(lang, '')}{post_re}", "weekday", names)
    for body, delta in _DAY_WORDS.get(lang, {}).items():
        add(body, "dayword", delta)
    for body, (unit, delta) in _PERIODS.get(lang, {}).items():
        add(body, "period", (unit, delta))
    if lang in _AGO:
        small = _SMALL_NUMBERS.get(lang, {})
        n = rf"(?P<n>\d{{1,2}}|{_alt(small)})" if small else r"(?P<n>\d{1,2})"
        add(_AGO[lang].replace("{n}", n), "ago", small)
    if lang == "ar":
        for body, days in _AR_DUAL_AGO.items():
            add(body, "ago_fixed", days)
    return tuple(rules)


# --------------------------------------------------------------------------------------------
# Resolution


def parse_doc_date(doc_date: str | _dt.date | None) -> _dt.date | None:
    """The document date as a date: accepts "YYYY-MM-DD", an ISO timestamp, or a date."""
    if doc_date is None:
        return None
    if isinstance(doc_date, _dt.datetime):
        return doc_date.date()
    if isinstance(doc_date, _dt.date):
        return doc_date
    text = str(doc_date).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _month_shift(d: _dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + (d.month - 1) + months
    return index // 12, index % 12 + 1


def _infer_year_day(month: int, day: int, doc: _dt.date, future: bool) -> _dt.date | None:
    best = None
    for year in (doc.year - 1, doc.year, doc.year + 1):
        try:
            cand = _dt.date(year, month, day)
        except ValueError:
            continue
        delta = (cand - doc).days
        ok = -31 <= delta < 335 if future else -335 < delta <= 31
        if ok:
            return cand
        if best is None or abs(delta) < abs((best - doc).days):
            best = cand
    return best


def _infer_year_month(month: int, doc: _dt.date, future: bool) -> int:
    for year in (doc.year - 1, doc.year, doc.year + 1):
        diff = (year * 12 + month) - (doc.year * 12 + doc.month)
        if (-1 <= diff <= 10) if future else (-10 <= diff <= 1):
            return year
    return doc.year


def _month_number(lang: str, raw: str) -> int | None:
    table = _MONTHS.get(lang, {})
    # Arabic "تشرين الثاني/نوفمبر": the first name is enough.
    first = re.split(r"\s*[/(]\s*", raw.strip())[0]
    first = re.sub(r"\s+", " ", first).rstrip(".")
    if first.isdigit():
        return int(first)
    for name, num in table.items():
        if name.lower() == first.lower():
            return num
    return None


def _resolve(rule: _Rule, m: re.Match[str], lang: str, doc: _dt.date | None) -> tuple[str | None, str] | None:
    g = m.groupdict()
    if rule.kind == "explicit":
        month = _month_number(lang, g["month"])
        if month is None or not 1 <= month <= 12:
            return None
        year = int(g["year"]) if g.get("year") else None
        future = bool(g.get("next"))
        if g.get("day"):
            day = int(g["day"])
            if year is not None:
                try:
                    return _dt.date(year, month, day).isoformat(), "day"
                except ValueError:
                    return None
            if doc is None:
                if not 1 <= day <= 31:
                    return None
                return None, "day"
            d = _infer_year_day(month, day, doc, future)
            return (d.isoformat(), "day") if d else None
        if year is None:
            if doc is None:
                return None, "month"
            year = _infer_year_month(month, doc, future)
        return f"{year:04d}-{month:02d}", "month"
    if rule.kind == "year":
        return (g.get("year") or g.get("year2")), "year"
    if rule.kind == "weekday":
        names: dict[str, int] = rule.data  # type: ignore[assignment]
        target = next(v for k, v in names.items() if k.lower() == g["wd"].lower())
        if doc is None:
            return None, "day"
        back = (doc.weekday() - target) % 7
        if g.get("next_pre") or g.get("next_post"):
            ahead = (target - doc.weekday()) % 7 or 7
            return (doc + _dt.timedelta(days=ahead)).isoformat(), "day"
        if g.get("last_pre") or g.get("last_post"):
            back = back or 7
        return (doc - _dt.timedelta(days=back)).isoformat(), "day"
    if rule.kind == "dayword":
        if doc is None:
            return None, "day"
        return (doc + _dt.timedelta(days=rule.data)).isoformat(), "day"  # type: ignore[arg-type]
    if rule.kind in ("ago", "ago_fixed"):
        if rule.kind == "ago_fixed":
            days = int(rule.data)  # type: ignore[arg-type]
        else:
            raw = g["n"]
            small: dict[str, int] = rule.data  # type: ignore[assignment]
            n = int(raw) if raw.isdigit() else next((v for k, v in small.items() if k.lower() == raw.lower()), None)
            if n is None:
                return None
            weeks = g["unit"].lower().startswith(_WEEK_UNITS)
            days = n * 7 if weeks else n
            if weeks:
                if doc is None:
                    return None, "month"
                y, mo = _month_shift(doc - _dt.timedelta(days=days), 0)
                return f"{y:04d}-{mo:02d}", "month"
        if doc is None:
            return None, "day"
        return (doc - _dt.timedelta(days=days)).isoformat(), "day"
    if rule.kind == "period":
        unit, delta = rule.data  # type: ignore[misc]
        precision = "year" if unit == "year" else "month"
        if doc is None:
            return None, precision
        if unit == "week":
            mid = doc + _dt.timedelta(days=7 * delta)
            return f"{mid.year:04d}-{mid.month:02d}", "month"
        if unit == "month":
            y, mo = _month_shift(doc, delta)
            return f"{y:04d}-{mo:02d}", "month"
        return f"{doc.year + delta:04d}", "year"
    return None


def find_dates(text: str, lang: str, doc_date: str | _dt.date | None, offset: int = 0) -> list[DateMention]:
    """Date expressions in `text`, in order, not overlapping; offsets are shifted by `offset`."""
    doc = parse_doc_date(doc_date)
    norm = text.translate(_EASTERN_DIGITS)  # same length, so offsets hold
    found: list[tuple[int, int, str | None, str]] = []
    for rule in _rules(lang):
        for m in rule.pattern.finditer(norm):
            resolved = _resolve(rule, m, lang, doc)
            if resolved is None:
                continue
            found.append((m.start(), m.end(), resolved[0], resolved[1]))
    # longest first, then leftmost; keep those that do not overlap a kept one
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, str | None, str]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    kept.sort()
    return [DateMention(s + offset, e + offset, text[s:e], v, p) for s, e, v, p in kept]


def event_date(sentence_text: str, lang: str, doc_date: str | _dt.date | None, offset: int = 0,
               anchor: int | None = None) -> DateMention | None:
    """The date that applies to the sentence's event, or None when the sentence has no date.

    With `anchor` (a document offset, e.g. the event trigger's start) the mention nearest to it
    wins; without, the most precise mention, then the first. The caller uses the document date,
    with text None, when this returns None.
    """
    mentions = find_dates(sentence_text, lang, doc_date, offset)
    if not mentions:
        return None
    if anchor is not None:
        def distance(m: DateMention) -> int:
            return 0 if m.start <= anchor < m.end else min(abs(m.start - anchor), abs(m.end - anchor))
        return min(mentions, key=lambda m: (distance(m), PRECISION_RANK[m.precision], m.start))
    return min(mentions, key=lambda m: (PRECISION_RANK[m.precision], m.start))

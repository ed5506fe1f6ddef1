"""Check the trigger lexicons (tacitus/data/lexicon/*.yaml) against the real lemmatisers.

Four checks, for the editors of the lexicons:

  examples   (default) runs the example sentences below through tacitus.nlp.parse (spaCy for fr/en/es,
             natasha for ru, simplemma for de/ar/pt/it) and the coder's trigger matcher, and reports the
             triggers found and the expected event types that no trigger produced;
  selfcheck  puts every trigger lemma into a short template sentence and reports the lemmas that the
             lemmatiser does not give back (such entries need the lemma it gives, a `stem` or `forms`),
             and counts the one-word mode/context cues that are not lemmas (they match one surface form only);
  forms      lists, per entry, the inflected forms of its (first) word that simplemma's dictionary knows but the
             pipeline's lemmatiser does not map back to the entry, nor to another entry of the same type:
             candidates for the entry's `forms` (review them: a form shared with another word is flagged);
  counts     prints the number of trigger entries per language and event type.

Usage:
  .venv/bin/python scripts/check_lexicon_lemmas.py [examples|selfcheck|forms|counts] [--lang fr,en,...] [-v]

The example sentences are written for this script (not taken from any evaluation set); each names the
PLOVER event types that its words must trigger.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "tacitus" / "data" / "lexicon"
LANGS = ("fr", "en", "es", "ru", "de", "ar", "pt", "it")
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# (sentence, event types its trigger words must produce)
EXAMPLES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "fr": (
        ("Le ministre s'est dit prêt à coopérer avec Berlin.", ("AGREE",)),
        ("Emmanuel Macron a téléphoné mardi à son homologue ukrainien.", ("CONSULT",)),
        ("Les deux dirigeants se sont entretenus à Paris lors d'une visite officielle.", ("CONSULT",)),
        ("Le gouvernement a salué la décision et remercié le Qatar pour sa médiation.", ("SUPPORT",)),
        ("Le président a gracié trois opposants et présenté ses excuses.", ("CONCEDE",)),
        ("Les deux pays vont coopérer dans la lutte antiterroriste.", ("COOPERATE",)),
        ("La France a fait don de 10 millions d'euros au Liban.", ("AID",)),
        ("Le Japon a livré des vaccins et fourni une aide humanitaire au Bangladesh.", ("AID",)),
        ("Les rebelles ont libéré quatre otages et l'armée s'est retirée de la ville.", ("RETREAT",)),
        ("Le ministre a démissionné lundi.", ("RETREAT",)),
        ("L'ONU a appelé les belligérants à cesser les hostilités.", ("REQUEST",)),
        ("Paris a condamné l'attaque et accusé Moscou de désinformation.", ("ACCUSE",)),
        ("Le parquet a ouvert une enquête sur les violences.", ("ACCUSE",)),
        ("Le Hamas a rejeté la proposition et refusé de libérer les otages.", ("REJECT",)),
        ("Pyongyang a menacé Séoul de représailles.", ("THREATEN",)),
        ("Des milliers de personnes ont manifesté à Alger contre le pouvoir.", ("PROTEST",)),
        ("Les cheminots sont en grève depuis lundi.", ("PROTEST",)),
        ("L'Union européenne a imposé de nouvelles sanctions à la Russie.", ("SANCTION",)),
        ("La France a expulsé deux diplomates russes.", ("SANCTION",)),
        ("La Russie a déployé des troupes à la frontière.", ("MOBILIZE",)),
        ("La police a interpellé vingt manifestants et imposé un couvre-feu.", ("COERCE",)),
        ("L'armée a bombardé la ville et tué douze civils.", ("ASSAULT",)),
        ("Des hommes armés ont enlevé deux journalistes.", ("ASSAULT",)),
    ),
    "en": (
        ("The two countries pledged to expand trade and agreed to hold talks next month.", ("AGREE",)),
        ("Biden met Xi on the sidelines of the summit and held talks with Modi.", ("CONSULT",)),
        ("The prime minister phoned the Turkish president on Tuesday.", ("CONSULT",)),
        ("Germany praised the decision and thanked Qatar for its mediation.", ("SUPPORT",)),
        ("The government lifted the curfew and apologized to the victims.", ("CONCEDE",)),
        ("Police in both countries cooperated to extradite the suspect.", ("COOPERATE",)),
        ("Japan donated $5 million in humanitarian aid to Bangladesh.", ("AID",)),
        ("Rebels released four hostages and troops withdrew from the town.", ("RETREAT",)),
        ("The interior minister resigned on Monday.", ("RETREAT",)),
        ("The UN urged both sides to halt the fighting and called on Israel to allow aid in.", ("REQUEST",)),
        ("France condemned the attack and accused Russia of spreading disinformation.", ("ACCUSE",)),
        ("Prosecutors opened an investigation into the killings.", ("ACCUSE",)),
        ("Hamas rejected the proposal and refused to release the hostages.", ("REJECT",)),
        ("North Korea threatened to retaliate against South Korea.", ("THREATEN",)),
        ("Thousands of protesters marched in Algiers against the government.", ("PROTEST",)),
        ("Railway workers went on strike over pay.", ("PROTEST",)),
        ("The European Union imposed new sanctions on Russia.", ("SANCTION",)),
        ("France expelled two Russian diplomats.", ("SANCTION",)),
        ("Russia deployed troops to the border.", ("MOBILIZE",)),
        ("Police arrested twenty demonstrators and imposed a curfew.", ("COERCE",)),
        ("Air strikes killed twelve civilians and artillery shelled the city.", ("ASSAULT",)),
        ("Gunmen kidnapped two journalists.", ("ASSAULT",)),
    ),
    "es": (
        ("El Gobierno se comprometió a cooperar con Colombia.", ("AGREE",)),
        ("El presidente se reunió con su homólogo y mantuvo conversaciones con la oposición.", ("CONSULT",)),
        ("Sánchez conversó por teléfono con Macron.", ("CONSULT",)),
        ("México elogió la decisión y agradeció a Qatar su mediación.", ("SUPPORT",)),
        ("El presidente indultó a tres opositores y pidió perdón.", ("CONCEDE",)),
        ("Ambos países cooperarán en la lucha contra el narcotráfico.", ("COOPERATE",)),
        ("España donó 10 millones de euros a Haití.", ("AID",)),
        ("La guerrilla liberó a cuatro rehenes y el ejército se retiró de la zona.", ("RETREAT",)),
        ("El ministro renunció el lunes.", ("RETREAT",)),
        ("La ONU instó a las partes a poner fin a los combates.", ("REQUEST",)),
        ("Venezuela condenó el ataque y acusó a Estados Unidos de injerencia.", ("ACCUSE",)),
        ("La fiscalía abrió una investigación sobre la matanza.", ("ACCUSE",)),
        ("El Gobierno rechazó la propuesta y se negó a liberar a los presos.", ("REJECT",)),
        ("El grupo amenazó con atacar a las tropas.", ("THREATEN",)),
        ("Miles de personas se manifestaron en Santiago contra el Gobierno.", ("PROTEST",)),
        ("Los camioneros iniciaron una huelga indefinida.", ("PROTEST",)),
        ("Estados Unidos impuso sanciones a Nicaragua.", ("SANCTION",)),
        ("Argentina expulsó a dos diplomáticos venezolanos.", ("SANCTION",)),
        ("El Gobierno desplegó tropas en la frontera.", ("MOBILIZE",)),
        ("La policía detuvo a veinte manifestantes y decretó el toque de queda.", ("COERCE",)),
        ("El ejército bombardeó la ciudad y mató a doce civiles.", ("ASSAULT",)),
        ("Hombres armados secuestraron a dos periodistas.", ("ASSAULT",)),
    ),
    "ru": (
        ("Стороны договорились продолжить сотрудничество.", ("AGREE",)),
        ("Путин провёл телефонный разговор с Эрдоганом.", ("CONSULT",)),
        ("Министры встретились в Москве и провели переговоры.", ("CONSULT",)),
        ("Китай поддержал позицию России и поблагодарил Индию.", ("SUPPORT",)),
        ("Президент помиловал троих оппозиционеров.", ("CONCEDE",)),
        ("Россия и Китай будут сотрудничать в сфере энергетики.", ("COOPERATE",)),
        ("Россия направила гуманитарную помощь в Сирию.", ("AID",)),
        ("Боевики освободили четырёх заложников, а войска отошли от города.", ("RETREAT",)),
        ("Министр подал в отставку.", ("RETREAT",)),
        ("ООН призвала стороны прекратить огонь.", ("REQUEST",)),
        ("МИД России осудил нападение и обвинил Киев в провокации.", ("ACCUSE",)),
        ("Следственный комитет возбудил уголовное дело.", ("ACCUSE",)),
        ("Москва отвергла предложение и отказалась освободить пленных.", ("REJECT",)),
        ("КНДР пригрозила ответными мерами.", ("THREATEN",)),
        ("Тысячи людей вышли на митинг протеста в Ереване.", ("PROTEST",)),
        ("Шахтёры объявили забастовку.", ("PROTEST",)),
        ("Евросоюз ввёл новые санкции против России.", ("SANCTION",)),
        ("Польша выслала двух российских дипломатов.", ("SANCTION",)),
        ("Россия перебросила войска к границе.", ("MOBILIZE",)),
        ("Полиция задержала двадцать участников акции.", ("COERCE",)),
        ("Армия обстреляла город, погибли двенадцать мирных жителей.", ("ASSAULT",)),
        ("Боевики похитили двух журналистов.", ("ASSAULT",)),
    ),
    "de": (
        ("Die Regierung sagte zu, enger mit Paris zusammenzuarbeiten.", ("AGREE",)),
        ("Scholz traf sich am Montag mit Macron zu Gesprächen.", ("CONSULT",)),
        ("Der Kanzler telefonierte mit dem türkischen Präsidenten.", ("CONSULT",)),
        ("Berlin lobte die Entscheidung und dankte Katar für die Vermittlung.", ("SUPPORT",)),
        ("Der Präsident begnadigte drei Oppositionelle.", ("CONCEDE",)),
        ("Beide Länder wollen bei der Terrorabwehr kooperieren.", ("COOPERATE",)),
        ("Deutschland spendete zehn Millionen Euro an Haiti.", ("AID",)),
        ("Die Rebellen ließen vier Geiseln frei, die Truppen zogen sich aus der Stadt zurück.", ("RETREAT",)),
        ("Der Minister trat am Montag zurück.", ("RETREAT",)),
        ("Die UN forderte beide Seiten auf, die Kämpfe einzustellen.", ("REQUEST",)),
        ("Frankreich verurteilte den Angriff und warf Moskau Desinformation vor.", ("ACCUSE",)),
        ("Die Staatsanwaltschaft leitete Ermittlungen ein.", ("ACCUSE",)),
        ("Die Hamas lehnte den Vorschlag ab und weigerte sich, die Geiseln freizulassen.", ("REJECT",)),
        ("Nordkorea drohte mit Vergeltung.", ("THREATEN",)),
        ("Tausende Menschen demonstrierten in Berlin gegen die Regierung.", ("PROTEST",)),
        ("Die Lokführer streikten seit Montag.", ("PROTEST",)),
        ("Die EU verhängte neue Sanktionen gegen Russland.", ("SANCTION",)),
        ("Polen wies zwei russische Diplomaten aus.", ("SANCTION",)),
        ("Russland verlegte Truppen an die Grenze.", ("MOBILIZE",)),
        ("Die Polizei nahm zwanzig Demonstranten fest.", ("COERCE",)),
        ("Die Armee beschoss die Stadt und tötete zwölf Zivilisten.", ("ASSAULT",)),
        ("Bewaffnete entführten zwei Journalisten.", ("ASSAULT",)),
    ),
    "ar": (
        ("أعلنت الحكومة استعدادها للتعاون مع الأمم المتحدة.", ("AGREE",)),
        ("التقى الرئيس المصري نظيره الفرنسي في القاهرة.", ("CONSULT",)),
        ("وأجرى وزير الخارجية اتصالا هاتفيا مع نظيره التركي.", ("CONSULT",)),
        ("رحبت السعودية بالقرار وأشادت بجهود الوساطة.", ("SUPPORT",)),
        ("أصدر الرئيس عفوا عن ثلاثة معارضين.", ("CONCEDE",)),
        ("اتفق البلدان على التعاون في مكافحة الإرهاب.", ("AGREE", "COOPERATE")),
        ("قدمت الإمارات مساعدات إنسانية إلى السودان.", ("AID",)),
        ("أفرجت الجماعة عن أربعة رهائن وانسحبت القوات من المدينة.", ("RETREAT",)),
        ("قدم رئيس الوزراء استقالته.", ("RETREAT",)),
        ("دعت الأمم المتحدة الطرفين إلى وقف القتال.", ("REQUEST",)),
        ("أدانت فرنسا الهجوم واتهمت إيران بدعم الميليشيات.", ("ACCUSE",)),
        ("فتحت النيابة تحقيقا في الحادث.", ("ACCUSE",)),
        ("رفضت حماس المقترح.", ("REJECT",)),
        ("هددت كوريا الشمالية بالرد.", ("THREATEN",)),
        ("تظاهر آلاف المحتجين في الخرطوم ضد الحكومة.", ("PROTEST",)),
        ("نفذ المعلمون إضرابا عن العمل.", ("PROTEST",)),
        ("فرض الاتحاد الأوروبي عقوبات جديدة على روسيا.", ("SANCTION",)),
        ("طردت الحكومة السفير الإسرائيلي.", ("SANCTION",)),
        ("حشدت تركيا قواتها على الحدود.", ("MOBILIZE",)),
        ("اعتقلت الشرطة عشرين متظاهرا.", ("COERCE",)),
        ("قصفت الطائرات المدينة وقتل اثنا عشر مدنيا.", ("ASSAULT",)),
        ("اختطف مسلحون صحفيين اثنين.", ("ASSAULT",)),
    ),
    "pt": (
        ("O governo comprometeu-se a cooperar com Angola.", ("AGREE",)),
        ("Lula reuniu-se com o presidente francês em Brasília.", ("CONSULT",)),
        ("O ministro telefonou ao seu homólogo espanhol.", ("CONSULT",)),
        ("O Brasil elogiou a decisão e agradeceu ao Catar pela mediação.", ("SUPPORT",)),
        ("O presidente indultou três opositores.", ("CONCEDE",)),
        ("Os dois países vão cooperar no combate ao tráfico.", ("COOPERATE",)),
        ("Portugal doou dez milhões de euros a Moçambique.", ("AID",)),
        ("Os rebeldes libertaram quatro reféns e as tropas retiraram-se da cidade.", ("RETREAT",)),
        ("O ministro demitiu-se na segunda-feira.", ("RETREAT",)),
        ("A ONU apelou às partes para cessarem os combates.", ("REQUEST",)),
        ("O governo condenou o ataque e acusou a Rússia de desinformação.", ("ACCUSE",)),
        ("O Ministério Público abriu uma investigação.", ("ACCUSE",)),
        ("O Hamas rejeitou a proposta.", ("REJECT",)),
        ("A Coreia do Norte ameaçou retaliar.", ("THREATEN",)),
        ("Milhares de pessoas protestaram em Lisboa contra o governo.", ("PROTEST",)),
        ("Os professores entraram em greve.", ("PROTEST",)),
        ("A União Europeia impôs novas sanções à Rússia.", ("SANCTION",)),
        ("O Brasil expulsou dois diplomatas.", ("SANCTION",)),
        ("A Rússia mobilizou tropas na fronteira.", ("MOBILIZE",)),
        ("A polícia prendeu vinte manifestantes.", ("COERCE",)),
        ("O exército bombardeou a cidade e matou doze civis.", ("ASSAULT",)),
        ("Homens armados sequestraram dois jornalistas.", ("ASSAULT",)),
    ),
    "it": (
        ("Il governo si è impegnato a collaborare con la Libia.", ("AGREE",)),
        ("Meloni ha incontrato il presidente francese a Roma.", ("CONSULT",)),
        ("Il ministro ha avuto una telefonata con il suo omologo.", ("CONSULT",)),
        ("Roma ha elogiato la decisione e ringraziato il Qatar per la mediazione.", ("SUPPORT",)),
        ("Il presidente ha graziato tre oppositori.", ("CONCEDE",)),
        ("I due paesi coopereranno nella lotta al terrorismo.", ("COOPERATE",)),
        ("L'Italia ha donato dieci milioni di euro alla Tunisia.", ("AID",)),
        ("I ribelli hanno liberato quattro ostaggi e le truppe si sono ritirate dalla città.", ("RETREAT",)),
        ("Il ministro si è dimesso lunedì.", ("RETREAT",)),
        ("L'ONU ha esortato le parti a cessare i combattimenti.", ("REQUEST",)),
        ("Il governo ha condannato l'attacco e accusato Mosca di disinformazione.", ("ACCUSE",)),
        ("La procura ha aperto un'indagine sulla strage.", ("ACCUSE",)),
        ("Hamas ha respinto la proposta.", ("REJECT",)),
        ("La Corea del Nord ha minacciato ritorsioni.", ("THREATEN",)),
        ("Migliaia di persone hanno manifestato a Roma contro il governo.", ("PROTEST",)),
        ("I ferrovieri sono in sciopero da lunedì.", ("PROTEST",)),
        ("L'Unione europea ha imposto nuove sanzioni alla Russia.", ("SANCTION",)),
        ("L'Italia ha espulso due diplomatici russi.", ("SANCTION",)),
        ("La Russia ha schierato truppe al confine.", ("MOBILIZE",)),
        ("La polizia ha arrestato venti manifestanti.", ("COERCE",)),
        ("L'esercito ha bombardato la città e ucciso dodici civili.", ("ASSAULT",)),
        ("Uomini armati hanno rapito due giornalisti.", ("ASSAULT",)),
    ),
}

# Template sentences for the self-check: {w} is replaced by the trigger lemma (languages with a parser).
TEMPLATES: dict[str, dict[str, str]] = {
    "fr": {"VERB": "Ils vont {w} demain .", "NOUN": "Nous parlons de la {w} .", "ADJ": "Ils sont {w} ."},
    "en": {"VERB": "They will {w} it .", "NOUN": "We saw the {w} .", "ADJ": "They are {w} ."},
    "es": {"VERB": "Ellos van a {w} .", "NOUN": "Hablamos de la {w} .", "ADJ": "Están {w} ."},
    "ru": {"VERB": "Они решили {w} .", "NOUN": "Это {w} .", "ADJ": "Они {w} ."},
}


MAX_FORMS = 30  # per entry, keeps the forms check to a few minutes for Russian
# Template sentences for the forms check ({f} is an inflected form); a form counts as handled when one
# template gives back the entry's lemma. Languages without a parser are lemmatised word by word.
FORM_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"VERB": ("Le gouvernement {f} les rebelles .", "Ils ont {f} les rebelles ."),
           "NOUN": ("La {f} a eu lieu .", "Les {f} ont eu lieu .")},
    "es": {"VERB": ("El gobierno {f} a los rebeldes .", "Ellos han {f} a los rebeldes ."),
           "NOUN": ("La {f} fue ayer .", "Las {f} fueron ayer .")},
    "en": {"VERB": ("They {f} them yesterday .", "He has {f} them ."), "NOUN": ("The {f} happened .",)},
    "ru": {"VERB": ("Власти {f} боевиков .", "Вчера он {f} ."), "NOUN": ("Вчера была {f} .", "Мы говорили о {f} .")},
}


@dataclass(frozen=True)
class ExampleResult:
    lang: str
    sentence: str
    expected: tuple[str, ...]
    found: tuple[tuple[str, str, str | None, str], ...]   # (matched words, type, mode, how)

    @property
    def missing(self) -> tuple[str, ...]:
        types = {f[1] for f in self.found}
        return tuple(t for t in self.expected if t not in types)


def load_raw(lang: str) -> dict:
    return yaml.safe_load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))


def check_examples(lang: str) -> list[ExampleResult]:
    """Run the language's example sentences through the real parser and the coder's trigger matcher."""
    from tacitus.coder.lexicon import parse_lexicon
    from tacitus.coder.triggers import find_triggers
    from tacitus.nlp import parse

    lexicon = parse_lexicon(load_raw(lang))
    results = []
    for sentence_text, expected in EXAMPLES[lang]:
        parsed = parse(sentence_text, lang)
        found = []
        for sentence in parsed.sentences:
            for match in find_triggers(sentence, lexicon):
                words = " ".join(sentence.tokens[i].text for i in match.tokens)
                found.append((words, match.entry.type, match.entry.mode, match.how))
        results.append(ExampleResult(lang, sentence_text, expected, tuple(found)))
    return results


def selfcheck(lang: str) -> list[tuple[str, str, str]]:
    """(lemma, what the lemmatiser gave, note) for entries whose lemma does not come back from the lemmatiser."""
    from tacitus.nlp import parse

    problems = []
    for entry in load_raw(lang)["triggers"]:
        lemma = str(entry["lemma"])
        rescued = " (has stem/forms)" if entry.get("stem") or entry.get("forms") else ""
        template = TEMPLATES.get(lang, {}).get(entry.get("pos", "VERB"), "{w}")
        text = template.format(w=lemma)
        parsed = parse(text, lang)
        lemmas = [t.lemma.lower() for s in parsed.sentences for t in s.tokens]
        words = lemma.lower().split()
        if not _contains_in_order(lemmas, words):
            problems.append((lemma, " ".join(lemmas), rescued))
    return problems


def surface_only_cues(lang: str) -> list[str]:
    """One-word cues (mode_cues, contexts) whose lemma is neither the cue itself nor in the same cue list."""
    from tacitus.nlp import parse

    raw = load_raw(lang)
    lists = [ws for modes in raw["mode_cues"].values() for ws in modes.values()] + list(raw["contexts"].values())
    out = []
    for words in lists:
        for word in words:
            if " " in word:
                continue
            lemmas = [t.lemma.lower() for s in parse(word, lang).sentences for t in s.tokens]
            if lemmas != [word] and not (len(lemmas) == 1 and lemmas[0] in words):
                out.append(word)
    return sorted(set(out))


def _contains_in_order(lemmas: list[str], words: list[str]) -> bool:
    pos = 0
    for word in words:
        try:
            pos = lemmas.index(word, pos) + 1
        except ValueError:
            return False
    return True


def suggest_forms(lang: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(lemma, type, forms to add, forms shared with another word) for entries whose inflections are missed."""
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    from tacitus.nlp import get_backend

    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    by_lemma: dict[str, set[str]] = {}
    for form, lemma in dictionary.items():
        if " " not in form:
            by_lemma.setdefault(lemma.lower(), set()).add(form.lower())
    known = set(by_lemma)
    raw = load_raw(lang)
    types_of: dict[str, set[str]] = {}
    for entry in raw["triggers"]:
        for word in [entry["lemma"].split()[0], *(entry.get("forms") or [])]:
            types_of.setdefault(str(word).lower(), set()).add(entry["type"])
    backend = get_backend(lang)
    out = []
    for entry in raw["triggers"]:
        word = entry["lemma"].split()[0]
        have = {str(f).lower() for f in entry.get("forms") or []}
        # The shortest forms first (finite forms before the long participle paradigms), at most MAX_FORMS.
        candidates = sorted((f for f in by_lemma.get(word, ()) if f != word and f not in have and len(f) >= 3),
                            key=lambda f: (len(f), f))[:MAX_FORMS]
        if not candidates:
            continue
        templates = FORM_TEMPLATES.get(lang, {}).get("VERB" if entry["pos"] == "VERB" else "NOUN")
        lemmas: dict[str, set[str]] = {f: set() for f in candidates}
        if templates:
            jobs = [(f, t.format(f=f)) for f in candidates for t in templates]
            for (form, _), parsed in zip(jobs, backend.pipe([text for _, text in jobs])):
                toks = [t.lemma.lower() for s in parsed.sentences for t in s.tokens if t.text.lower() == form]
                lemmas[form].add(toks[0] if toks else form)
        else:
            for form in candidates:
                lemmas[form].add(simplemma.lemmatize(form, lang=lang).lower() if form.isalpha() else form)
        add, shared = [], []
        for form, got in lemmas.items():
            if any(g == word or entry["type"] in types_of.get(g, ()) for g in got):
                continue
            if entry["type"] in types_of.get(form, ()):
                continue
            (shared if any(g != form and g in known for g in got) else add).append(form)
        if add or shared:
            out.append((entry["lemma"], entry["type"], add, shared))
    return out


def counts(langs: list[str]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for lang in langs:
        row = dict.fromkeys(EVENT_TYPES, 0)
        for entry in load_raw(lang)["triggers"]:
            row[entry["type"]] += 1
        table[lang] = row
    return table


def _print_counts(langs: list[str]) -> None:
    table = counts(langs)
    print("type       " + " ".join(f"{lang:>4}" for lang in langs))
    for event_type in EVENT_TYPES:
        print(f"{event_type:<10} " + " ".join(f"{table[lang][event_type]:>4}" for lang in langs))
    print("total      " + " ".join(f"{sum(table[lang].values()):>4}" for lang in langs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("check", nargs="?", default="examples", choices=("examples", "selfcheck", "forms", "counts"))
    parser.add_argument("--lang", default=",".join(LANGS), help="comma-separated languages")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every sentence's triggers")
    args = parser.parse_args(argv)
    langs = [lang.strip() for lang in args.lang.split(",") if lang.strip()]
    if args.check == "counts":
        _print_counts(langs)
        return 0
    failures = 0
    for lang in langs:
        if args.check == "forms":
            suggestions = suggest_forms(lang)
            print(f"{lang}: {len(suggestions)} entries have dictionary forms the lemmatiser misses")
            for lemma, event_type, add, shared in suggestions:
                print(f"  {lemma!r} {event_type}: add {add}" + (f"; shared with other words: {shared}" if shared else ""))
            continue
        if args.check == "selfcheck":
            problems = selfcheck(lang)
            print(f"{lang}: {len(problems)} lemma(s) not given back by the lemmatiser")
            for lemma, got, rescued in problems:
                print(f"  {lemma!r} -> {got!r}{rescued}")
            surface = surface_only_cues(lang)
            print(f"{lang}: {len(surface)} one-word cue(s) are not lemmas and match only that surface form")
            if args.verbose:
                print("  " + ", ".join(surface))
            continue
        results = check_examples(lang)
        missed = [r for r in results if r.missing]
        failures += len(missed)
        print(f"{lang}: {len(results) - len(missed)}/{len(results)} example sentences give their expected types")
        for r in results:
            if args.verbose or r.missing:
                flag = "MISSING " + ",".join(r.missing) if r.missing else "ok"
                print(f"  [{flag}] {r.sentence}")
                for words, event_type, mode, how in r.found:
                    print(f"      {words!r} -> {event_type}/{mode or '-'} by {how}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

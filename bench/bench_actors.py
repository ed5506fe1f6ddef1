"""How much actor matching costs next to parsing the same text (issue 3: under 20 % of the parse time).

For each language, documents of about 20 sentences are parsed with tacitus.nlp.parse (spaCy for fr/en/es,
natasha for ru, the rule-based fallback for de/ar), then ActorResolver.find_mentions runs on the parsed
documents. Models and the knowledge-base index are loaded before timing (one warm-up document).

Texts: news sentences from ../shared/eval (PLOVER gold for en, UniversalPetrarch for es, the Arabic gold
for ar) when present, else built-in sentences; the seed document for fr; built-in sentences for ru and de.

Usage: python bench/bench_actors.py [--docs 8] [--sentences 20] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"

BUILTIN = {
    "fr": ["Le président de la République d’Azerbaïdjan, Ilham Aliyev, a téléphoné au Secrétaire général des Nations "
           "Unies, Antonio Guterres.",
           "La police a dispersé des manifestants à Bakou, selon le ministère de l'Intérieur.",
           "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré son homologue turc à Ankara.",
           "L'Élysée a annoncé que le chef de l'État recevrait le Premier ministre indien la semaine prochaine.",
           "Des rebelles ont attaqué un convoi de l'armée malienne près de Gao, faisant trois morts."],
    "ru": ["Министр иностранных дел России Сергей Лавров встретился с генеральным секретарём ООН в Нью-Йорке.",
           "Полиция задержала десятки протестующих в центре Минска, сообщили правозащитники.",
           "Президент Азербайджана Ильхам Алиев провёл телефонный разговор с премьер-министром Армении.",
           "В Кремле заявили, что не видят оснований для новых переговоров с Вашингтоном.",
           "Украинские военные сообщили об обстреле Харькова, пострадали мирные жители."],
    "de": ["Der russische Außenminister Sergej Lawrow traf in Genf den Generalsekretär der Vereinten Nationen.",
           "Die Polizei nahm in Berlin mehrere Demonstranten fest, teilte ein Sprecher mit.",
           "Bundeskanzler Olaf Scholz sprach mit dem französischen Präsidenten über die Lage in der Ukraine.",
           "Das Auswärtige Amt bestellte den iranischen Botschafter ein.",
           "Bewaffnete griffen im Norden Nigerias ein Dorf an, berichteten Anwohner."],
    "en": ["Russian Foreign Minister Sergei Lavrov met UN Secretary-General Antonio Guterres in New York.",
           "Police in Kyiv arrested dozens of protesters outside the parliament.",
           "The White House said the president would travel to Brussels for the NATO summit."],
    "es": ["El presidente ruso, Vladímir Putin, se reunió con el canciller alemán en Moscú.",
           "La policía detuvo a decenas de manifestantes en Caracas, informó la Fiscalía."],
    "ar": ["التقى وزير الخارجية الروسي سيرغي لافروف الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك.",
           "فرقت الشرطة المتظاهرين في بغداد بالغاز المسيل للدموع."],
}
EVAL_FILES = {"en": "plover_gsr.en.jsonl", "es": "up_spanish_protest.es.jsonl", "ar": "arabic_protest.ar.jsonl"}


def sentences_for(lang: str, n: int) -> list[str]:
    out: list[str] = []
    path = EVAL / EVAL_FILES.get(lang, "-")
    if path.is_file():
        with path.open(encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"].strip()
                if 40 <= len(text) <= 400:
                    out.append(text)
                if len(out) >= n:
                    break
    if lang == "fr" and (EVAL.parent / "seeds").is_dir():
        for seed in sorted((EVAL.parent / "seeds").glob("*.txt")):
            out.append(seed.read_text(encoding="utf-8"))
    base = BUILTIN[lang]
    while len(out) < n:
        out.extend(base)
    return out[:n]


def documents(lang: str, docs: int, per_doc: int) -> list[str]:
    sents = sentences_for(lang, docs * per_doc)
    return [" ".join(sents[k:k + per_doc]) for k in range(0, len(sents), per_doc)][:docs]


def bench(langs: list[str], docs: int, per_doc: int) -> dict:
    from tacitus.actors import ActorResolver
    from tacitus.nlp import parse

    resolver = ActorResolver.load()
    out = {"kb_version": resolver.kb_version, "langs": {}}
    for lang in langs:
        texts = documents(lang, docs + 1, per_doc)
        warm, texts = texts[0], texts[1:]
        resolver.find_mentions(parse(warm, lang), "2024-01-01")        # load models and the index
        t0 = time.perf_counter()
        parsed = [parse(t, lang) for t in texts]
        t1 = time.perf_counter()
        n_mentions = sum(len(resolver.find_mentions(p, "2024-01-01")) for p in parsed)
        t2 = time.perf_counter()
        n_sent = sum(len(p.sentences) for p in parsed)
        out["langs"][lang] = {"documents": len(texts), "sentences": n_sent, "chars": sum(map(len, texts)),
                              "mentions": n_mentions, "parse_s": round(t1 - t0, 4), "actors_s": round(t2 - t1, 4),
                              "actors_vs_parse": round((t2 - t1) / (t1 - t0), 4) if t1 > t0 else None}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=8)
    ap.add_argument("--sentences", type=int, default=20, help="sentences per document")
    ap.add_argument("--langs", default="fr,en,es,ru,de,ar")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = bench(args.langs.split(","), args.docs, args.sentences)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"actor matching vs parsing (kb {result['kb_version']})")
    print(f"{'lang':6}{'docs':>6}{'sents':>7}{'mentions':>10}{'parse s':>10}{'actors s':>10}{'ratio':>8}")
    for lang, r in result["langs"].items():
        print(f"{lang:6}{r['documents']:>6}{r['sentences']:>7}{r['mentions']:>10}{r['parse_s']:>10.3f}"
              f"{r['actors_s']:>10.3f}{r['actors_vs_parse']:>8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

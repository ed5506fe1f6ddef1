"""Build the fixed benchmark corpus in bench/corpus/ from ../shared and bench/texts/ (deterministic).

    .venv/bin/python bench/build_corpus.py [--shared ../shared] [--out bench/corpus]

Whole news articles, shaped like a day of real news (most sentences report no codable event):
- Spanish: the 723 AFP articles of UniversalPetrarch's Protest_CAMEO_round4_JJ.zip (Open Event Data
  Alliance, MIT licence), dated from their file names;
- Arabic: the sentences of shared/eval/arabic_protest.ar.jsonl and arabic_assault.ar.jsonl
  (openeventdata/arabic_event_gsr), 12 consecutive sentences to an article, 3 to a paragraph;
- English, French, Russian: the articles of bench/texts/*.txt (written for tacitus), and the project's
  own sample and test sentences (tacitus/data/samples/sample.jsonl, tests/data/attributes_gold.jsonl,
  tests/data/places_gold.jsonl) grouped 8 to an article. The evaluation sets (tests/data/events_*,
  tests/data/actors_gold.jsonl) are not used.
About one article in ten is written as an HTML page with navigation and footer around it, the rest as
JSONL shards; no record says its language (identification is part of the run). manifest.json gives each
document's language (for the parse-only baseline) and a SHA-256 of every file, to check a rebuild.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SEED = 20240601
SHARD_DOCUMENTS = 100
HTML_EVERY = 10
ARABIC_ARTICLE = 12
ARABIC_PARAGRAPH = 3
TEST_ARTICLE = 8
AFP_ZIP = "data/UniversalPetrarch/Protest_CAMEO_round4_JJ.zip"
ARABIC_FILES = ("eval/arabic_protest.ar.jsonl", "eval/arabic_assault.ar.jsonl")
PROJECT_TEXTS = ("tacitus/data/samples/sample.jsonl", "tests/data/attributes_gold.jsonl", "tests/data/places_gold.jsonl")
_AFP_NAME = re.compile(r"AFP_SPA_(\d{4})(\d{2})(\d{2})\.\d+\.txt$")
_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | The Daily Example</title>
<meta property="article:published_time" content="{date}T08:00:00Z">
<script>window.analytics = {{"page": "article"}};</script></head>
<body><header><a href="/">The Daily Example</a><nav><a href="/world">World</a> <a href="/economy">Economy</a>
<a href="/sport">Sport</a> <a href="/culture">Culture</a></nav></header>
<main><article><h1>{title}</h1>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ten recipes for the summer</a></li>
<li><a href="/b">The best hiking trails near the city</a></li></ul></aside></main>
<footer><p>Subscribe to our newsletter.</p><p>Copyright The Daily Example. All rights reserved.</p></footer>
</body></html>
"""


def afp_articles(shared: Path) -> list[dict]:
    articles = []
    with zipfile.ZipFile(shared / AFP_ZIP) as archive:
        for name in sorted(n for n in archive.namelist() if n.endswith(".txt")):
            match = _AFP_NAME.search(name)
            text = archive.read(name).decode("utf-8").replace("\r\n", "\n").strip()
            title = text.split("\n", 1)[0].strip().capitalize()
            date = "-".join(match.groups()) if match else None
            articles.append({"id": "afp-" + Path(name).stem, "lang": "es", "date": date, "title": title,
                             "text": text, "origin": AFP_ZIP})
    return articles


def arabic_articles(shared: Path) -> list[dict]:
    articles = []
    for rel in ARABIC_FILES:
        records = [json.loads(line) for line in (shared / rel).read_text(encoding="utf-8").splitlines() if line.strip()]
        records.sort(key=lambda r: int(r["id"].rsplit("-", 1)[1]))
        for k in range(0, len(records), ARABIC_ARTICLE):
            group = [r["text"].strip() for r in records[k:k + ARABIC_ARTICLE]]
            paragraphs = [" ".join(group[p:p + ARABIC_PARAGRAPH]) for p in range(0, len(group), ARABIC_PARAGRAPH)]
            stem = Path(rel).name.split(".")[0]
            articles.append({"id": f"{stem}-{k // ARABIC_ARTICLE:04d}", "lang": "ar", "date": None,
                             "title": group[0][:60], "text": "\n\n".join(paragraphs), "origin": "shared/" + rel})
    return articles


def written_articles() -> list[dict]:
    """bench/texts/<lang>.txt: articles separated by blank lines, each opened by '# date:' and '# title:'."""
    articles = []
    for path in sorted((Path(__file__).resolve().parent / "texts").glob("*.txt")):
        lang = path.stem
        for k, block in enumerate(re.split(r"\n\s*\n(?=# date:)", path.read_text(encoding="utf-8").strip())):
            lines = block.strip().splitlines()
            meta = {m.group(1): m.group(2).strip() for m in (re.match(r"# (\w+): (.*)", l) for l in lines) if m}
            body = [l for l in lines if not l.startswith("# ")]
            articles.append({"id": f"{lang}-written-{k:02d}", "lang": lang, "date": meta.get("date"),
                             "title": meta.get("title"), "text": "\n".join(body), "origin": f"bench/texts/{path.name}"})
    return articles


def project_test_articles() -> list[dict]:
    """The project's own sample and test sentences in English, French and Russian, 8 to an article."""
    by_lang: dict[str, list[str]] = {}
    for rel in PROJECT_TEXTS:
        for line in (ROOT / rel).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") in ("en", "fr", "ru"):
                by_lang.setdefault(record["lang"], []).append(record["text"].strip())
    articles = []
    for lang, texts in sorted(by_lang.items()):
        for k in range(0, len(texts), TEST_ARTICLE):
            group = texts[k:k + TEST_ARTICLE]
            articles.append({"id": f"{lang}-project-{k // TEST_ARTICLE:02d}", "lang": lang, "date": "2024-01-15",
                             "title": group[0][:60], "text": "\n\n".join(group), "origin": "project sample and test texts"})
    return articles


def as_html(article: dict) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n+", article["text"]) if p.strip())
    return _PAGE.format(lang=article["lang"], title=html.escape(article["title"] or ""),
                        date=article["date"] or "2024-01-01", paragraphs=paragraphs)


def build(shared: Path, out: Path) -> dict:
    articles = afp_articles(shared) + arabic_articles(shared) + written_articles() + project_test_articles()
    # A news feed interleaves languages and sources; the order is fixed by the seed.
    random.Random(SEED).shuffle(articles)
    out.mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(exist_ok=True)
    for old in list(out.glob("news-*.jsonl")) + list((out / "html").glob("*.html")):
        old.unlink()
    manifest: dict = {"documents": {}, "files": {}}
    shard: list[str] = []
    shards: list[list[str]] = [shard]
    for index, article in enumerate(articles):
        if index % HTML_EVERY == HTML_EVERY - 1:
            name = f"html/{article['id']}.html"
            (out / name).write_text(as_html(article), encoding="utf-8")
            manifest["documents"][name] = {"lang": article["lang"], "origin": article["origin"]}
            continue
        record = {"id": article["id"], "text": article["text"], "date": article["date"], "title": article["title"],
                  "source": article["origin"]}
        shard.append(json.dumps(record, ensure_ascii=False))
        manifest["documents"][article["id"]] = {"lang": article["lang"], "origin": article["origin"]}
        if len(shard) >= SHARD_DOCUMENTS:
            shard = []
            shards.append(shard)
    for k, lines in enumerate(s for s in shards if s):
        (out / f"news-{k:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in sorted(out.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            manifest["files"][str(path.relative_to(out))] = hashlib.sha256(path.read_bytes()).hexdigest()
    langs: dict[str, int] = {}
    for info in manifest["documents"].values():
        langs[info["lang"]] = langs.get(info["lang"], 0) + 1
    manifest["articles_by_language"] = dict(sorted(langs.items()))
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    manifest = build(args.shared, args.out)
    print(f"{len(manifest['documents'])} articles ({manifest['articles_by_language']}) in {args.out}")


if __name__ == "__main__":
    main()

"""Build tacitus's compatibility table (PLOVER type/mode -> CAMEO, Goldstein, quad class, PLOVER intensity).

Sources (read at build time only; the installed package reads the JSON this writes):
- PLOVER/CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0): CAMEO code -> PLOVER type, mode
- PLOVER/PLOVER_MANUAL.tex: quad categories and the PLOVER conflict-cooperation scores per type and mode
- goldstein/CAMEO.goldsteinscale.txt (GDELT's lookup): Goldstein score per CAMEO code

Rule for "the most general CAMEO code" of a (type, mode): among the codes the table maps to that type and
mode, the shortest, then the lowest. For the type alone: the CAMEO root holding most of the type's codes,
and in it the shortest, lowest code with no mode (else with any mode). A mode the 2.0 manual has but the
2021 table lacks (e.g. ASSAULT aerial) takes the type's code.

Usage: python scripts/build_data.py [--shared ../shared] — writes tacitus/data/cameo.json
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


CONTEXT_NAMES = frozenset({"pro_autocracy", "pro_democracy", "military", "diplomatic", "economic", "legal",
                           "human_security", "political_institutions", "executive", "rights_freedoms"})
# The manual's score table gives ACCUSE +3 while every ACCUSE mode scores -2 to -3.5 and ACCUSE is a
# verbal-conflict category: the sign is a typo, corrected here and documented in the README.
SIGN_CORRECTIONS = {"ACCUSE": -3.0}


def parse_cameo2plover(path: Path) -> list[tuple[str, str, str | None]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if m:
            mode = m.group(3).strip().lower() or None
            rows.append((m.group(1), m.group(2), mode))
    return rows


def parse_manual(path: Path) -> tuple[dict[str, int], dict[str, float], dict[tuple[str, str], float]]:
    tex = path.read_text(encoding="utf-8")
    quads: dict[str, int] = {}
    for m in re.finditer(r"^(Verbal|Material) (cooperation|conflict) & ([A-Z, ]+)&\s*(\d)", tex, re.M):
        for t in m.group(3).split(","):
            quads[t.strip()] = int(m.group(4))
    start = tex.index("\\begin{tabular}{|lc|lc|lc|}")
    table = tex[start: tex.index("\\end{tabular}", start)]
    type_scores: dict[str, float] = {}
    mode_scores: dict[tuple[str, str], float] = {}
    cells = re.findall(r"(?:\\cellcolor\{gray!25\})?([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*(?:\\cellcolor\{gray!25\})?(-?[\d.]+)", table)
    for type_, mode, score in cells:
        if mode:
            mode_scores[(type_, mode.lower())] = float(score)
        else:
            type_scores[type_] = float(score)
    return quads, type_scores, mode_scores


def parse_goldstein(path: Path) -> dict[str, float]:
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split()
        if len(parts) == 2:
            scores[parts[0]] = float(parts[1])
    return scores


# The manual's mode tables are labelled by type ("tab:protestmode"); the violence table is ASSAULT's.
MODE_TABLE_TYPES = {"viol": "ASSAULT"}


def parse_mode_tables(path: Path, types: list[str]) -> set[tuple[str, str]]:
    """(type, mode) of each row of the manual's per-type mode tables: a mode may be defined there and missing
    from the intensity-score table (PROTEST vandalize)."""
    tex = path.read_text(encoding="utf-8")
    found = set()
    for m in re.finditer(r"\\label\{tab:(\w+)mode\}", tex):
        label = m.group(1)
        type_ = MODE_TABLE_TYPES.get(label) or next((t for t in types if t.lower().startswith(label)), None)
        if type_ is None:
            continue
        body = tex[tex.rfind("\\begin{tabular}", 0, m.start()):m.start()]
        found |= {(type_, row.lower()) for row in re.findall(r"^\s*([a-z][a-zA-Z-]*)\s*&", body, re.M)}
    return found


def cameo_quad(code: str) -> int:
    """GDELT's QuadClass of a CAMEO code: roots 01-05 verbal cooperation, 06-08 material cooperation,
    09-13 verbal conflict, 14-20 material conflict. Used so that `cameo` and `quad_class` always agree
    (the PLOVER manual puts SANCTION in verbal conflict; its own quad is kept as plover_quad_class)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def general_code(codes: list[tuple[str, str | None]]) -> str:
    roots = Counter(code[:2] for code, _ in codes)
    root = max(roots, key=lambda r: (roots[r], -int(r)))
    in_root = [(c, m) for c, m in codes if c[:2] == root]
    modeless = [c for c, m in in_root if m is None] or [c for c, _ in in_root]
    return min(modeless, key=lambda c: (len(c), int(c)))


def build(shared: Path) -> dict:
    rows = parse_cameo2plover(shared / "data/PLOVER/CAMEO2PLOVER-2021.txt")
    quads, type_scores, mode_scores = parse_manual(shared / "data/PLOVER/PLOVER_MANUAL.tex")
    goldstein = parse_goldstein(shared / "data/goldstein/CAMEO.goldsteinscale.txt")
    defined_modes = parse_mode_tables(shared / "data/PLOVER/PLOVER_MANUAL.tex", list(quads))
    by_type: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for code, type_, mode in rows:
        by_type[type_].append((code, mode))
    types = {}
    for type_, quad in sorted(quads.items()):
        codes = by_type[type_]
        type_code = general_code(codes)
        modes = {}
        manual_modes = sorted({m for (t, m) in set(mode_scores) | defined_modes if t == type_})
        # The 2021 table puts a few contexts in the mode column (e.g. "175: ASSAULT, pro_autocracy"): skip them.
        table_modes = {m for _, m in codes if m and m not in CONTEXT_NAMES}
        for mode in sorted(set(manual_modes) | table_modes):
            mode_codes = [c for c, m in codes if m == mode]
            code = min(mode_codes, key=lambda c: (len(c), int(c))) if mode_codes else type_code
            modes[mode] = {"cameo": code, "quad_class": cameo_quad(code), "goldstein": goldstein.get(code),
                           "plover_intensity": mode_scores.get((type_, mode), type_scores.get(type_)),
                           "in_manual": mode in manual_modes}
        intensity = SIGN_CORRECTIONS.get(type_, type_scores.get(type_))
        types[type_] = {"quad_class": cameo_quad(type_code), "plover_quad_class": quad, "cameo": type_code, "goldstein": goldstein.get(type_code),
                        "plover_intensity": intensity, "modes": modes}
    return {"sources": ["openeventdata/PLOVER@5e0c24f CAMEO2PLOVER-2021.txt (CC BY-SA 4.0)",
                        "openeventdata/PLOVER@5e0c24f PLOVER_MANUAL.tex (CC BY-SA 4.0)",
                        "GDELT CAMEO.goldsteinscale.txt"],
            "corrections": {"ACCUSE.plover_intensity": "manual table says 3; sign corrected to -3"},
            "types": types}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    out = REPO / "tacitus/data/cameo.json"
    out.write_text(json.dumps(build(args.shared), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

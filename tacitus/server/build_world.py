"""Build the dashboard's offline world outline, tacitus/server/static/world.json, from a pinned npm package.

Source: the npm package world-atlas 2.0.2 (ISC licence, Mike Bostock), file countries-110m.json: TopoJSON of
Natural Earth's 1:110m Admin 0 countries (public domain). The tarball is fetched with `npm pack` and checked
against the integrity hash pinned below (the registry's own dist.integrity), so the build is reproducible.
The TopoJSON is decoded to GeoJSON here, coordinates rounded to 0.01 degree.

Run from the repository root (needs npm and the npm registry):

    .venv/bin/python -m tacitus.server.build_world
"""
from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = "world-atlas"
VERSION = "2.0.2"
INTEGRITY = "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
MEMBER = "package/countries-110m.json"
OUTPUT = Path(__file__).resolve().parent / "static" / "world.json"


def _fetch(workdir: Path) -> Path:
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", str(workdir), "--silent"],
                   check=True, cwd=workdir, stdout=subprocess.DEVNULL)
    tarball = workdir / f"{PACKAGE}-{VERSION}.tgz"
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if digest != INTEGRITY:
        raise RuntimeError(f"{tarball.name}: integrity {digest} differs from the pinned {INTEGRITY}")
    return tarball


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * scale[0] + translate[0], 2), round(y * scale[1] + translate[1], 2)))
        decoded.append(points)
    return decoded


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    # Drop repeated points left by rounding; keep the ring closed.
    out = [ring[0]] + [p for prev, p in zip(ring, ring[1:]) if p != prev]
    return [list(p) for p in out]


def _unwrap(polygon: list[list[list[float]]]) -> list[list[list[list[float]]]]:
    """A polygon that crosses the antimeridian (Russia, Fiji) as two copies, 360 degrees apart, whose
    longitudes run on past +-180: drawn flat, each copy is cut by the map's edge instead of a line across it."""
    crosses = any(abs(b[0] - a[0]) > 180 for ring in polygon for a, b in zip(ring, ring[1:]))
    if not crosses:
        return [polygon]
    east = [[[lon + 360 if lon < 0 else lon, lat] for lon, lat in ring] for ring in polygon]
    west = [[[lon - 360, lat] for lon, lat in ring] for ring in east]
    return [east, west]


def topology_to_geojson(topology: dict[str, Any], layer: str = "countries") -> dict[str, Any]:
    arcs = _arcs(topology)
    features = []
    for geometry in topology["objects"][layer]["geometries"]:
        if geometry.get("type") == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        coordinates = []
        for polygon in polygons:
            coordinates.extend(_unwrap([_ring(ring, arcs) for ring in polygon]))
        coordinates = [p for p in coordinates if len(p[0]) >= 4]
        features.append({"type": "Feature", "id": geometry.get("id"),
                         "properties": {"name": geometry.get("properties", {}).get("name")},
                         "geometry": {"type": "MultiPolygon", "coordinates": coordinates}})
    return {"type": "FeatureCollection",
            "source": f"npm {PACKAGE} {VERSION} countries-110m.json (Natural Earth 1:110m Admin 0, public domain)",
            "license": "world-atlas: ISC; Natural Earth data: public domain",
            "features": features}


def build(output: Path = OUTPUT) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tarball = _fetch(Path(tmp))
        with tarfile.open(tarball) as archive:
            member = archive.extractfile(MEMBER)
            if member is None:
                raise RuntimeError(f"{MEMBER} missing from {tarball.name}")
            topology = json.load(member)
    collection = topology_to_geojson(topology)
    output.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(collection["features"])


if __name__ == "__main__":
    count = build()
    print(f"wrote {count} countries to {OUTPUT}", file=sys.stderr)

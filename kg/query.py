"""SPARQL over the store or an endpoint: named queries with safe parameters, results as text.

Named queries live in kg/queries/*.rq. Their header comments document them:

    # NAME: one-line summary
    # param NAME (KIND, required|optional): what to give
    # further lines: details

and every parameter has a slot ``VALUES ?NAME { }`` in the query. A query with
date parameters ``from`` and ``to`` may also have a ``VALUES ?date { }`` slot:
it receives every day of the range, which Oxigraph looks up in its index
(a FILTER on ``?date`` alone compares every date in the store). A value is
never spliced into SPARQL as text: names are first resolved in Python to IRIs
(place and actor names are matched on their rdfs:label / skos:altLabel after
Arabic normalization), then written into the slot with rdflib's ``.n3()``.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError, StoreError
from kg.graph.vocab import CKR, CK_IRI, GAZETTEER_GRAPH_IRI, PREFIXES
from kg.text.normalize import match_key

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
KINDS = ("place", "actor", "entity", "predicate", "date", "integer")
FORMATS = ("table", "csv", "tsv", "json")
RELATIONS = ("controls", "attacks", "clashesWith", "besieges", "advancesOn", "alliedWith", "partOf")
PAGE = 10000  # rows per request when reading labels from an endpoint
MAX_DAYS = 3660  # a date range up to this long is spelled out day by day (see _days)
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_HEAD = re.compile(r"^#\s*([a-z][a-z0-9-]*):\s*(.+)$")
_PARAM = re.compile(r"^#\s*param\s+([a-z][a-z0-9_]*)\s*\(\s*(\w+)\s*(?:,\s*(required|optional))?\s*\)\s*:\s*(.+)$")
_BAD_IRI = re.compile(r'[\s<>"{}|^`\\]')


# --- named queries -----------------------------------------------------------

@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    required: bool
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    details: str
    params: tuple[Param, ...]
    text: str
    path: Path


def parse_named_query(path: Path) -> NamedQuery:
    """A named query from its .rq file; a header that breaks the conventions is a QueryError."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    head = _HEAD.match(lines[0]) if lines else None
    if not head or head.group(1) != path.stem:
        raise QueryError(f"{path}: first line must be '# {path.stem}: summary'")
    params, details = [], []
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            name, kind, req, help_ = m.groups()
            if kind not in KINDS:
                raise QueryError(f"{path}: parameter {name}: kind {kind!r} is not one of {', '.join(KINDS)}")
            if not re.search(r"VALUES\s+\?" + name + r"\s*\{\s*\}", text):
                raise QueryError(f"{path}: parameter {name} has no 'VALUES ?{name} {{ }}' slot")
            params.append(Param(name, kind, req != "optional", help_.strip()))
        else:
            details.append(line.lstrip("#").strip())
    return NamedQuery(path.stem, head.group(2).strip(), " ".join(d for d in details if d), tuple(params), text, path)


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The shipped named queries, by name."""
    return {p.stem: parse_named_query(p) for p in sorted(QUERIES_DIR.glob("*.rq"))}


def all_params() -> dict[str, Param]:
    """Every parameter name used by a named query (for the command line)."""
    out: dict[str, Param] = {}
    for q in named_queries().values():
        for p in q.params:
            out.setdefault(p.name, p)
    return out


def list_text() -> str:
    """`kg query --list`: each named query with its parameters."""
    out = []
    for q in named_queries().values():
        args = " ".join(f"--{p.name} {p.kind.upper()}" if p.required else f"[--{p.name} {p.kind.upper()}]"
                        for p in q.params)
        out.append(f"{q.name} {args}".rstrip())
        out.append(f"    {q.summary}")
        for p in q.params:
            out.append(f"    --{p.name}: {p.help}")
        if q.details:
            out.append(f"    {q.details}")
    return "\n".join(out)


# --- results -----------------------------------------------------------------

@dataclass
class Result:
    """What a query returned, as rdflib terms (None for an unbound variable)."""

    kind: str  # select | ask | graph
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


def _from_ox(t):
    from kg.store import from_ox

    return from_ox(t)


class LocalBackend:
    """Queries an opened GraphStore (kg.store.open_store)."""

    def __init__(self, store):
        self.store = store

    def run(self, sparql: str) -> Result:
        res = self.store.query(sparql)
        try:
            if isinstance(res, ox.QueryBoolean):
                return Result("ask", boolean=bool(res))
            if isinstance(res, ox.QuerySolutions):
                names = [v.value for v in res.variables]
                rows = [tuple(_from_ox(sol[v]) for v in names) for sol in res]
                return Result("select", names, rows)
            g = Graph()
            for t in res:
                g.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
            return Result("graph", graph=g)
        except (OSError, SyntaxError) as e:
            raise QueryError("query failed: " + " ".join(str(e).split())) from None


def _json_term(b: dict):
    t = b.get("type")
    if t == "uri":
        return URIRef(b["value"])
    if t == "bnode":
        return BNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    dt_ = b.get("datatype")
    if dt_ and dt_ != str(XSD.string):
        return Literal(b["value"], datatype=URIRef(dt_))
    return Literal(b["value"])


class RemoteBackend:
    """Queries a SPARQL 1.1 Protocol endpoint (e.g. `kg serve`'s /query) with plain HTTP."""

    def __init__(self, url: str, timeout: float = 60.0):
        if not re.match(r"^https?://", url):
            raise QueryError(f"{url}: endpoint must be an http(s) URL")
        self.url = url
        self.timeout = timeout

    def run(self, sparql: str) -> Result:
        req = urllib.request.Request(
            self.url, data=urllib.parse.urlencode({"query": sparql}).encode(), method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                ctype = r.headers.get_content_type()
                data = r.read()
        except urllib.error.HTTPError as e:
            body = " ".join(e.read().decode("utf-8", "replace").split())[:300]
            if e.code == 400:
                raise QueryError(f"malformed SPARQL (endpoint says: {body})") from None
            raise StoreError(f"{self.url}: HTTP {e.code}: {body}") from None
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"{self.url}: cannot reach endpoint ({getattr(e, 'reason', e)})") from None
        if ctype == "application/sparql-results+json":
            doc = json.loads(data)
            if "boolean" in doc:
                return Result("ask", boolean=bool(doc["boolean"]))
            names = doc["head"]["vars"]
            rows = [tuple(_json_term(b[v]) if v in b else None for v in names) for b in doc["results"]["bindings"]]
            return Result("select", names, rows)
        g = Graph().parse(data=data.decode("utf-8"), format="nt")
        return Result("graph", graph=g)


# --- resolving names ---------------------------------------------------------

_CLASSES = {"place": ("Place",), "actor": ("Actor",), "entity": ("Place", "Actor")}


_PUNCT = re.compile(r"[-_'’`.,()]+")


def _key(name: str) -> str:
    """Names compared: Arabic normalization, case folded, hyphens and dots as spaces ("Deir ez-Zor" = "Deir-ez-Zor")."""
    return " ".join(_PUNCT.sub(" ", match_key(name).casefold()).split())


class Resolver:
    """Turns the names users type into the IRIs of the store (cached per backend)."""

    def __init__(self, backend):
        self.backend = backend
        self._index: dict[str, dict[str, set[URIRef]]] = {}
        self._labels: dict[str, dict[str, str]] = {}

    def index(self, kind: str) -> dict[str, set[URIRef]]:
        """match key of every rdfs:label / skos:altLabel → nodes of that kind."""
        if kind not in self._index:
            values = " ".join(f"<{CK_IRI}{c}>" for c in _CLASSES[kind])
            # Places of the gazetteer's reference graph count only when an article names them,
            # or when they are administrative units (what "places-in" and partOf+ queries take).
            admin = " ".join(f"<{CK_IRI}{c}>" for c in ("Country", "Governorate", "District", "Subdistrict"))
            sparql = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                      "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                      f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?c {{ {values} }} ?s a ?c ; rdfs:label|skos:altLabel ?l . "
                      f"FILTER (EXISTS {{ VALUES ?a {{ {admin} }} ?s a ?a }} || "
                      f"EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{GAZETTEER_GRAPH_IRI}>) }}) }}")
            idx: dict[str, set[URIRef]] = {}
            shown: dict[str, str] = {}
            for s, label in self._rows(sparql):
                if isinstance(s, URIRef) and label is not None:
                    k = _key(str(label))
                    idx.setdefault(k, set()).add(s)
                    shown.setdefault(k, str(label))
            self._index[kind], self._labels[kind] = idx, shown
        return self._index[kind]

    def _rows(self, sparql: str) -> list[tuple]:
        """All rows, in pages when the backend is an endpoint (which may cap results, as `kg serve` does)."""
        if not isinstance(self.backend, RemoteBackend):
            return self.backend.run(sparql).rows
        rows: list[tuple] = []
        while True:
            page = self.backend.run(f"{sparql} ORDER BY ?s ?l LIMIT {PAGE} OFFSET {len(rows)}").rows
            if not page:
                return rows
            rows += page

    def resolve(self, value: str, kind: str) -> list:
        """The RDF terms a parameter value stands for (several when a name is shared)."""
        value = value.strip()
        if not value:
            raise QueryError(f"empty {kind} value")
        if kind == "date":
            try:
                return [Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)]
            except ValueError:
                raise QueryError(f"{value!r}: not a date (YYYY-MM-DD)") from None
        if kind == "integer":
            if not re.fullmatch(r"-?\d+", value):
                raise QueryError(f"{value!r}: not an integer")
            return [Literal(int(value))]
        iri = self._iri(value)
        if iri is not None:
            return [iri]
        if kind == "predicate":
            if value in RELATIONS:
                return [URIRef(CK_IRI + value)]
            raise QueryError(f"{value!r}: not a relation (one of {', '.join(RELATIONS)}, or an IRI)")
        found = self.index(kind).get(_key(value))
        if not found:
            close = difflib.get_close_matches(_key(value), list(self._labels[kind]), n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(repr(self._labels[kind][c]) for c in close)}?" if close else ""
            raise QueryError(f"no {kind} named {value!r} in the store{hint}")
        return sorted(found)

    @staticmethod
    def _iri(value: str) -> URIRef | None:
        """An IRI written in full, as prefix:name, or as ckr path (place/x, actor/y); None for a plain name."""
        if re.match(r"^https?://", value):
            iri = value
        elif re.match(r"^[a-z]+:[^\s]", value) and value.split(":", 1)[0] in PREFIXES:
            pre, local = value.split(":", 1)
            iri = PREFIXES[pre] + local
        elif re.match(r"^(place|actor|event|article)/[A-Za-z0-9._/-]+$", value):
            iri = str(CKR) + value
        else:
            return None
        if _BAD_IRI.search(iri):
            raise QueryError(f"{value!r}: not a valid IRI")
        return URIRef(iri)


def bind(text: str, name: str, terms: list | None) -> str:
    """Fill the ``VALUES ?name { }`` slot with terms written by rdflib's .n3() (UNDEF when absent)."""
    body = " ".join(t.n3() for t in terms) if terms else "UNDEF"
    out, n = re.subn(r"VALUES\s+\?" + name + r"\s*\{\s*\}", lambda m: f"VALUES ?{name} {{ {body} }}", text)
    if n == 0:
        raise QueryError(f"query has no slot for --{name}")
    return out


def prepare(nq: NamedQuery, values: dict[str, str | None], resolver: Resolver) -> str:
    """The SPARQL of a named query with its parameters bound."""
    given = {k: v for k, v in values.items() if v is not None}
    known = {p.name for p in nq.params}
    extra = sorted(set(given) - known)
    if extra:
        takes = ", ".join(f"--{p}" for p in sorted(known)) or "no parameters"
        raise QueryError(f"{nq.name} takes no --{extra[0]} (it takes {takes})")
    missing = [p.name for p in nq.params if p.required and p.name not in given]
    if missing:
        raise QueryError(f"{nq.name} needs --{missing[0]}")
    if nq.params and not any(p.required for p in nq.params) and not given:
        raise QueryError(f"{nq.name} needs at least one of " + ", ".join(f"--{p.name}" for p in nq.params))
    text = nq.text
    bound: dict[str, list] = {}
    for p in nq.params:
        terms = resolver.resolve(given[p.name], p.kind) if p.name in given else None
        text = bind(text, p.name, terms)
        bound[p.name] = terms or []
    if _slot("date").search(text) and len(bound.get("from", [])) == 1 and len(bound.get("to", [])) == 1:
        text = bind(text, "date", _days(bound["from"][0], bound["to"][0]))
    return text


def _slot(name: str) -> re.Pattern:
    return re.compile(r"VALUES\s+\?" + name + r"\s*\{\s*\}")


def _days(first: Literal, last: Literal) -> list | None:
    """Every xsd:date from first to last (None, i.e. UNDEF, beyond MAX_DAYS: the query's FILTER then decides)."""
    d0, d1 = dt.date.fromisoformat(str(first)), dt.date.fromisoformat(str(last))
    n = (d1 - d0).days
    if n < 0 or n > MAX_DAYS:
        return None
    return [Literal((d0 + dt.timedelta(days=i)).isoformat(), datatype=XSD.date) for i in range(n + 1)]


def run_named(backend, name: str, values: dict[str, str | None], resolver: Resolver | None = None) -> Result:
    """Run a named query (kg/queries/NAME.rq) with parameter values as typed by a user."""
    nq = named_queries().get(name)
    if nq is None:
        raise QueryError(f"no named query {name!r} (see `kg query --list`)")
    return backend.run(prepare(nq, values, resolver or Resolver(backend)))


def is_query_name(text: str) -> bool:
    return bool(_NAME.match(text.strip()))


# --- output ------------------------------------------------------------------

def compact(t) -> str:
    """A term for people: IRIs with a known prefix shortened, literals as their text."""
    if t is None:
        return ""
    if isinstance(t, URIRef):
        s = str(t)
        for pre, ns in PREFIXES.items():
            if s.startswith(ns) and len(s) > len(ns):
                return f"{pre}:{s[len(ns):]}"
        return s
    if isinstance(t, BNode):
        return f"_:{t}"
    return str(t)


def display_width(s: str) -> int:
    """Terminal columns of ``s``: combining marks and format characters take none, wide ones two."""
    w = 0
    for c in s:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def _clip(s: str, width: int) -> str:
    s = " ".join(s.split())
    if width <= 0 or display_width(s) <= width:
        return s
    out, w = [], 0
    for c in s:
        cw = display_width(c)
        if w + cw > width - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def _table(res: Result, width: int) -> str:
    header = list(res.vars)
    cells = [[_clip(compact(t), width) for t in row] for row in res.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - display_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def _nt_term(t) -> str:
    from kg.store import to_ox

    return str(to_ox(t))


def _csv(res: Result, sep: str) -> str:
    buf = io.StringIO()
    if sep == ",":  # SPARQL 1.1 CSV: plain values
        w = csv.writer(buf)
        w.writerow(res.vars)
        for row in res.rows:
            w.writerow(["" if t is None else f"_:{t}" if isinstance(t, BNode) else str(t) for t in row])
        return buf.getvalue()
    lines = ["\t".join(f"?{v}" for v in res.vars)]  # SPARQL 1.1 TSV: terms in N-Triples syntax
    lines += ["\t".join("" if t is None else _nt_term(t) for t in row) for row in res.rows]
    return "\n".join(lines) + "\n"


def _json_binding(t) -> dict:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    b = {"type": "literal", "value": str(t)}
    if t.language:
        b["xml:lang"] = t.language
    elif t.datatype is not None:
        b["datatype"] = str(t.datatype)
    return b


def _json(res: Result) -> str:
    bindings = [{v: _json_binding(t) for v, t in zip(res.vars, row) if t is not None} for row in res.rows]
    return json.dumps({"head": {"vars": res.vars}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"


def render(res: Result, fmt: str = "table", width: int = 60) -> str:
    """Results as text: an aligned table, SPARQL CSV/TSV, or SPARQL JSON (graphs as Turtle/N-Triples/JSON-LD)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    if res.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": res.boolean}) + "\n"
        return ("true" if res.boolean else "false") + "\n"
    if res.kind == "graph":
        g = res.graph if res.graph is not None else Graph()
        for pre, ns in PREFIXES.items():
            g.bind(pre, ns)
        rdf_format = {"table": "turtle", "csv": "nt", "tsv": "nt", "json": "json-ld"}[fmt]
        return g.serialize(format=rdf_format)
    if fmt == "table":
        return _table(res, width)
    if fmt == "json":
        return _json(res)
    return _csv(res, "," if fmt == "csv" else "\t")

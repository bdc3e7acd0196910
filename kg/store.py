"""The on-disk graph store (Oxigraph through pyoxigraph): one named graph per article.

Layout (docs/store.md):

* named graph ``<article IRI>`` (``ckr:article/<id>``): all that ``kg extract``
  makes of that article (events, direct triples, assertions, the actors and
  places it names with their labels);
* named graph ``<https://w3id.org/conflict-kg/ontology>``: the ontology;
* named graph ``<https://w3id.org/conflict-kg/resource/graph/gazetteer>``: the gazetteer (places, partOf);
* the default graph: the RDF merge (set union) of all named graphs, kept in the
  same transaction as each named graph. Queries read the default graph, not
  Oxigraph's ``use_default_graph_as_union``: in pyoxigraph 0.5 that union counts
  a triple once per graph holding it (oxigraph/oxigraph#1919), so a label shared
  by 500 articles came back 500 times and SUM/COUNT were inflated.

Every write is atomic and holds whole articles: new articles go in batches of
about a second's work as one bulk load (one RocksDB ingestion), a changed
article as one SPARQL update, so a crash, Ctrl-C or SIGKILL leaves each article
either wholly in its old state or wholly in its new one (tests/test_kill.py).
"""
from __future__ import annotations

import fcntl
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.doc import Article
from kg.errors import InputError, QueryError, StoreError
from kg.graph.vocab import CK, GAZETTEER_GRAPH_IRI, ONTOLOGY_IRI, REFERENCE_GRAPHS

DEFAULT_STORE = "kg-store"
LOCK_FILE = "kg.lock"
XSD_STRING = str(XSD.string)
BULK_ATOMIC_QUADS = 900_000  # under Oxigraph's 1M-quad bulk batch: one atomic ingestion
BATCH_QUADS = 100_000  # new articles are written together up to this many quads …
BATCH_SECONDS = float(os.environ.get("KG_BATCH_SECONDS", "1.0"))  # … or this much time: what a crash can cost
SHARED_MAX = 300_000  # triples remembered as already merged (entity descriptions), bounding memory
WRITERS = int(os.environ.get("KG_WRITERS", "2"))  # batches bulk-loaded at once, on background threads
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_SHA = ox.NamedNode(str(CK.textSha256))
_ISSUED = ox.NamedNode("http://purl.org/dc/terms/issued")


def store_path(arg: str | os.PathLike[str] | None = None) -> Path:
    """The store folder: --store, else $KG_STORE, else ./kg-store."""
    return Path(arg or os.environ.get("KG_STORE") or DEFAULT_STORE)


# --- terms -----------------------------------------------------------------

def to_ox(t) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    raise TypeError(f"not an RDF term: {t!r}")


def from_ox(t) -> URIRef | Literal | BNode | None:
    """A pyoxigraph term as an rdflib term (xsd:string literals become plain ones, as rdflib parses them)."""
    if t is None:
        return None
    return _from_ox(t)


@lru_cache(maxsize=200_000)
def _from_ox(t) -> URIRef | Literal | BNode:  # cached: results repeat their IRIs and labels, and rdflib terms are slow to make
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value) if dt == XSD_STRING else Literal(t.value, datatype=URIRef(dt))
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    raise TypeError(f"unsupported term in results: {t!r}")


def ox_triples(graph: Graph) -> list[ox.Triple]:
    """The triples of an rdflib graph as pyoxigraph triples; blank nodes are skolemized.

    A blank node written by a SPARQL update gets a fresh name in every
    operation, which would break the named-graph/default-graph pairing; our
    graphs have none, but a skolem IRI keeps the store right if one appears.
    """
    if any(isinstance(x, BNode) for t in graph for x in t):
        graph = graph.skolemize(authority="https://w3id.org", basepath="/conflict-kg/.well-known/genid/")
    return [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]


def canonical(triples: Iterable[ox.Triple]) -> set[ox.Triple]:
    """The triples as Oxigraph will store them.

    Oxigraph keeps numbers and booleans by value: "05"^^xsd:nonNegativeInteger
    comes back as "5"^^xsd:integer, "0.90" as "0.9" (measured with 0.5.13).
    Comparing a fresh extraction with a stored graph needs the same form.
    """
    scratch = ox.Store()
    scratch.extend([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
    return {q.triple for q in scratch}


_INTEGER = str(XSD.integer)
_DERIVED_INTEGERS = {str(XSD[n]) for n in (
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int",
    "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


@lru_cache(maxsize=1)
def integer_ranges() -> dict[str, ox.NamedNode]:
    """Properties whose ontology range is a derived integer type (ck:fatalities → xsd:nonNegativeInteger)."""
    from kg.graph.build import ontology_graph

    return {str(p): ox.NamedNode(str(r)) for p, r in ontology_graph().subject_objects(RDFS.range)
            if str(r) in _DERIVED_INTEGERS}


def restore_datatypes(t):
    """Undo Oxigraph's xsd:integer for properties the ontology types more narrowly (for export and push).

    Works on Triples and Quads; anything else passes through unchanged.
    """
    o = t.object
    if isinstance(o, ox.Literal) and o.datatype.value == _INTEGER:
        dt = integer_ranges().get(t.predicate.value)
        if dt is not None:
            o = ox.Literal(o.value, datatype=dt)
            if isinstance(t, ox.Quad):
                return ox.Quad(t.subject, t.predicate, o, t.graph_name)
            return ox.Triple(t.subject, t.predicate, o)
    return t


def _nn(iri) -> ox.NamedNode:
    """An IRI (rdflib URIRef, str or pyoxigraph NamedNode) as a NamedNode."""
    return iri if isinstance(iri, ox.NamedNode) else ox.NamedNode(str(iri))


def _nt(triples: Iterable[ox.Triple]) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)


# --- lock ------------------------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder_lines(fd: int) -> list[tuple[int, str]]:
    """(pid, purpose) of the live holders listed in the lock file."""
    size = os.fstat(fd).st_size
    out = []
    for line in os.pread(fd, size, 0).decode("utf-8", "replace").splitlines():
        pid, _, purpose = line.partition("\t")
        if pid.isdigit() and _alive(int(pid)):
            out.append((int(pid), purpose))
    return out


def _write_holders(fd: int, holders: list[tuple[int, str]]) -> None:
    data = "".join(f"{pid}\t{purpose}\n" for pid, purpose in holders).encode()
    os.ftruncate(fd, 0)
    os.pwrite(fd, data, 0)


@contextmanager
def store_lock(path: Path, *, exclusive: bool, purpose: str) -> Iterator[None]:
    """flock on <store>/kg.lock: writers exclusive, readers shared; refusal is a one-line StoreError.

    Oxigraph's own RocksDB lock only guards read-write openings, and its
    message ("lock hold by current process … No locks available") names no
    culprit; this lock also keeps readers away from a store being written
    (a read-only opening during writes is undefined behaviour in Oxigraph).
    The file lists the holders (pid and command) for the error message.
    """
    lock = path / LOCK_FILE
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        if exclusive:
            raise StoreError(f"{path}: cannot write here ({e.strerror})") from None
        try:  # a store on read-only media: lock what exists, else read unguarded
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            yield
            return
    me = os.getpid()
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        try:
            holders = [f"{purpose} (pid {pid})" for pid, purpose in _holder_lines(fd) if pid != me]
        finally:
            os.close(fd)
        who = "; ".join(dict.fromkeys(holders)) or "another process"
        hint = "stop it first" if exclusive else "wait for it to finish (or query its endpoint)"
        raise StoreError(f"{path}: store in use by {who}; {hint}") from None
    try:
        others = [] if exclusive else [h for h in _holder_lines(fd) if h[0] != me]
        _note(fd, others + [(me, purpose)])
        yield
    finally:
        try:
            _note(fd, [h for h in _holder_lines(fd) if h[0] != me])
        finally:
            os.close(fd)


def _note(fd: int, holders: list[tuple[int, str]]) -> None:
    try:
        _write_holders(fd, holders)
    except OSError:  # read-only lock file: the lock holds, only the note is missing
        pass


def _oserror(path: Path, e: OSError) -> StoreError:
    msg = " ".join(str(e).split())
    if "lock" in msg.lower():
        return StoreError(f"{path}: store locked by another Oxigraph process ({msg})")
    return StoreError(f"{path}: cannot open store: {msg}")


# --- store -----------------------------------------------------------------

class GraphStore:
    """An opened store: per-article named graphs, their merge in the default graph."""

    def __init__(self, path: Path, ox_store: ox.Store, writable: bool):
        self.path = path
        self.ox = ox_store
        self.writable = writable

    def close(self) -> None:
        """Flush and let go of the Oxigraph store (it closes when the last reference goes)."""
        if self.ox is not None and self.writable:
            try:
                self.ox.flush()
            except OSError:
                pass
        self.ox = None

    # reading
    def named_graphs(self) -> list[ox.NamedNode]:
        return sorted((g for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)

    def article_graphs(self) -> list[ox.NamedNode]:
        reference = {str(g) for g in REFERENCE_GRAPHS}
        return [g for g in self.named_graphs() if g.value not in reference]

    def stored_sha(self, graph_name: URIRef | ox.NamedNode) -> str | None:
        g = _nn(graph_name)
        for q in self.ox.quads_for_pattern(g, _SHA, None, g):
            return q.object.value
        return None

    def is_current(self, graph_name: URIRef | ox.NamedNode, article: Article) -> bool:
        """True when the stored article has this text (ck:textSha256) and this publication date.

        The date counts too: it anchors relative dates (أمس، الثلاثاء), so the
        same text published on another day gives other event dates.
        """
        if self.stored_sha(graph_name) != article.sha256:
            return False
        g = _nn(graph_name)
        issued = [q.object.value for q in self.ox.quads_for_pattern(g, _ISSUED, None, g)]
        return issued == ([article.published.isoformat()] if article.published else [])

    def has_type(self, node: URIRef, cls: URIRef) -> bool:
        it = self.ox.quads_for_pattern(_nn(node), _RDF_TYPE, _nn(cls), ox.DefaultGraph())
        return next(iter(it), None) is not None

    def graph_triples(self, graph_name: URIRef | ox.NamedNode | ox.DefaultGraph) -> set[ox.Triple]:
        g = graph_name if isinstance(graph_name, ox.DefaultGraph) else _nn(graph_name)
        return {q.triple for q in self.ox.quads_for_pattern(None, None, None, g)}

    def quads(self) -> set[tuple[str, str, str, str]]:
        """Every quad as N-Triples strings (for comparisons in tests and checks)."""
        return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in self.ox}

    def query(self, sparql: str):
        """Run SPARQL on the merged default graph; a malformed query is a one-line QueryError."""
        try:
            return self.ox.query(sparql)
        except SyntaxError as e:
            raise QueryError("malformed SPARQL: " + " ".join(str(e).split())) from None
        except OSError as e:
            raise StoreError(f"{self.path}: {' '.join(str(e).split())}") from None

    # writing
    def write_graph(self, graph_name: URIRef | ox.NamedNode, triples: list[ox.Triple]) -> str:
        """Make the named graph hold exactly ``triples``, in one transaction: "new", "changed" or "unchanged"."""
        g = _nn(graph_name)
        if not self.ox.contains_named_graph(g):
            self.ox.extend([ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]
                           + [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples])
            return "new"
        if self.graph_triples(g) == canonical(triples):
            return "unchanged"
        body = _nt(triples)
        # One update = one transaction: drop the old graph's triples from the merge
        # unless another graph states them too, replace the graph, merge the new one.
        self.ox.update(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g} ;\n"
            f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }} ;\n"
            f"INSERT DATA {{\n{body}\n}}")
        return "changed"

    def add_new_graphs(self, graphs: list[tuple[ox.NamedNode, list[ox.Triple]]]) -> None:
        """Add graphs that are not in the store yet, with their merge, as one atomic bulk load (synchronous)."""
        data, n, _ = nquads([(g, [str(t) for t in triples]) for g, triples in graphs])
        self.load_nquads(data, n)

    def load_nquads(self, data: bytes, n: int) -> None:
        """Write ``n`` quads of N-Quads text as one atomic operation.

        pyoxigraph's bulk_load turns up to 1M quads into SST files and hands
        them to RocksDB in one IngestExternalFiles call, which is atomic; it is
        ~5x faster than a transaction, and unlike bulk_extend it parses in Rust
        with the GIL released (measured, docs/store.md). Above that size
        Oxigraph splits the load, so larger sets go through ``load``, one
        transaction.
        """
        if not n:
            return
        if n < BULK_ATOMIC_QUADS:
            # lenient: the text comes from pyoxigraph terms, already checked (skipping the IRI check saves ~8 %)
            self.ox.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=True)
        else:
            self.ox.load(data, ox.RdfFormat.N_QUADS)

    def remove_graph(self, graph_name: URIRef) -> bool:
        """Drop a named graph and its share of the merge (one transaction)."""
        g = _nn(graph_name)
        if not self.ox.contains_named_graph(g):
            return False
        self.ox.update(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g}")
        return True

    def reindex(self) -> int:
        """Rebuild the default graph as the merge of the named graphs (after writes that bypassed kg build)."""
        self.ox.clear_graph(ox.DefaultGraph())
        n = 0
        for g in self.named_graphs():
            triples = self.graph_triples(g)
            self.ox.extend([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples])
            n += len(triples)
        return n


def nquads(graphs: list[tuple[ox.NamedNode, list[str]]],
           in_default: set[str] | frozenset[str] = frozenset()) -> tuple[bytes, int, list[str]]:
    """N-Quads for new named graphs (their triples as N-Triples text) plus their merge into the default graph.

    The merge holds each triple once however many graphs state it (articles
    repeat the labels of the actors and places they name); triples in
    ``in_default`` are known to be in the default graph already and are left
    out. Returns the bytes, the number of quads, and the merged triples stated
    by two or more of the graphs (entity descriptions: they recur in later batches).
    """
    lines: list[str] = []
    shared: dict[str, bool] = {}  # triple -> stated by more than one graph
    for g, triples in graphs:
        tail = f" {g} .\n"
        lines += [t + tail for t in triples]
        for t in triples:
            shared[t] = t in shared
    merge = [t for t in shared if t not in in_default]
    lines += [t + " .\n" for t in merge]
    return "".join(lines).encode(), len(lines), [t for t in merge if shared[t]]


class BatchWriter:
    """New article graphs, collected into batches and bulk-loaded by background threads.

    pyoxigraph's bulk_load releases the GIL while Oxigraph parses, sorts and
    ingests a batch (bulk_extend holds it), so batches are written on writer
    threads while the caller extracts and serializes the next ones; with two
    writers both cores load. Each batch is one atomic ingestion of whole
    articles, and independent of the others: the default graph is a set union,
    and a triple is left out of a batch's merge only when a *committed* batch
    put it there. At most WRITERS batches are in flight. Call ``wait`` before
    any other write (a changed article's update must see every graph) and
    ``close`` at the end; ``done(payload)`` runs in the caller's thread once a
    batch is committed.
    """

    def __init__(self, st: GraphStore, done: Callable[[list], None] | None = None,
                 batch_quads: int = BATCH_QUADS, batch_seconds: float | None = None, writers: int = WRITERS):
        from concurrent.futures import ThreadPoolExecutor

        self.st, self.done = st, done or (lambda payload: None)
        self.batch_quads = batch_quads
        self.batch_seconds = BATCH_SECONDS if batch_seconds is None else batch_seconds
        self.writers = max(1, writers)
        self.graphs: list[tuple[ox.NamedNode, list[str]]] = []
        self.payload: list = []
        self.quads = 0
        self.since = time.monotonic()
        self.in_default: set[str] = set()  # shared triples committed to the default graph by this build
        self._pool = ThreadPoolExecutor(max_workers=self.writers, thread_name_prefix="kg-writer")
        self._flights: list[tuple] = []  # (future, payload, shared triples), oldest first

    def add(self, g: ox.NamedNode, triples: list[ox.Triple], payload=None) -> None:
        """Queue a new graph; writes the batch once it holds BATCH_QUADS quads or BATCH_SECONDS of work."""
        self.graphs.append((g, [str(t) for t in triples]))
        self.payload.append(payload)
        self.quads += 2 * len(triples)
        if self.quads >= self.batch_quads or time.monotonic() - self.since >= self.batch_seconds:
            self.flush()

    def flush(self) -> None:
        """Hand the collected graphs to a writer thread (waiting while WRITERS batches are in flight)."""
        graphs, payload = self.graphs, self.payload
        self.graphs, self.payload, self.quads = [], [], 0
        self.since = time.monotonic()
        if not graphs:
            return
        data, n, shared = nquads(graphs, self.in_default)
        while len(self._flights) >= self.writers:
            self._settle()
        self._flights.append((self._pool.submit(self.st.load_nquads, data, n), payload, shared))

    def wait(self) -> None:
        """Block until every batch in flight is committed; an error is raised here."""
        while self._flights:
            self._settle()

    def _settle(self) -> None:
        future, payload, shared = self._flights[0]
        try:
            future.result()
        except KeyboardInterrupt:
            raise  # still being written: close() waits for it
        except BaseException:
            self._flights.pop(0)
            raise
        self._flights.pop(0)
        if len(self.in_default) + len(shared) > SHARED_MAX:
            self.in_default.clear()  # a cache, not a record: forgetting only costs rewriting a triple
        self.in_default.update(shared)
        self.done(payload)

    def forget(self) -> None:
        """Another write may have removed triples from the default graph: stop trusting the cache."""
        self.in_default.clear()

    def close(self) -> None:
        """Write what is collected and wait for it (also on Ctrl-C: the articles already extracted are whole)."""
        try:
            self.flush()
            self.wait()
        finally:
            self._pool.shutdown(wait=True)


def _create_store(p: Path) -> None:
    """Make a new, empty store appear whole. RocksDB writes CURRENT before its column families, so a build
    killed while creating the store in place would leave a folder that has CURRENT but that no reader can
    open ("Column family not found"); it is created beside, then its files are moved in, CURRENT last."""
    for old in p.parent.glob(f".{p.name}.new-*"):
        shutil.rmtree(old, ignore_errors=True)  # left by a build killed while creating (we hold the writer's lock)
    tmp = p.parent / f".{p.name}.new-{os.getpid()}"
    s = ox.Store(str(tmp))
    s.flush()
    del s
    for f in sorted(tmp.iterdir(), key=lambda f: f.name == "CURRENT"):
        os.replace(f, p / f.name)
    tmp.rmdir()


@contextmanager
def open_store(path: str | os.PathLike[str] | None = None, *, write: bool = False,
               purpose: str = "kg") -> Iterator[GraphStore]:
    """Open the store for reading (shared lock, read-only) or writing (exclusive lock, created if missing)."""
    p = store_path(path)
    exists = (p / "CURRENT").exists()
    if not write and not exists:
        raise StoreError(f"{p}: no store here (build one with `kg build SOURCES --store {p}`)")
    if write and not exists and p.exists() and any(x.name != LOCK_FILE for x in p.iterdir()):
        raise StoreError(f"{p}: folder is not empty and holds no store; choose another --store")
    with store_lock(p, exclusive=write, purpose=purpose):
        try:
            if write and not exists:
                _create_store(p)
            s = ox.Store(str(p)) if write else ox.Store.read_only(str(p))
        except OSError as e:
            raise _oserror(p, e) from None
        st = GraphStore(p, s, write)
        del s
        try:
            yield st
        finally:
            st.close()


# --- build -----------------------------------------------------------------

@dataclass
class BuildReport:
    """What one `kg build` did."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    events: Counter = field(default_factory=Counter)
    new_actors: set[str] = field(default_factory=set)
    new_places: set[str] = field(default_factory=set)
    triples: int = 0
    ontology: str = ""
    seconds: float = 0.0

    def lines(self, store: Path) -> list[str]:
        total = self.new + self.changed + self.unchanged + len(self.failed)
        ev = ", ".join(f"{k} {v}" for k, v in sorted(self.events.items())) or "none"
        return [
            f"store {store}: {total} article(s) in {self.seconds:.1f} s",
            f"  articles: new {self.new}, changed {self.changed}, unchanged {self.unchanged}, failed {len(self.failed)}",
            f"  events written: {sum(self.events.values())} ({ev})",
            f"  new actors: {len(self.new_actors)}{_some(self.new_actors)}",
            f"  new places: {len(self.new_places)}{_some(self.new_places)}",
            f"  triples written: {self.triples}",
        ]


def _some(iris: set[str], n: int = 6) -> str:
    """A few new entities by the last part of their IRI (isis, deir-ez-zor-city …)."""
    if not iris:
        return ""
    names = sorted(i.split("/resource/", 1)[-1].split("/", 1)[-1] for i in iris)
    more = f" … +{len(names) - n}" if len(names) > n else ""
    return " (" + ", ".join(names[:n]) + more + ")"


def iter_sources(paths: Iterable[str | os.PathLike[str]], published=None) -> Iterator[Article | InputError]:
    """Articles from files, folders (*.txt, recursively) and .jsonl files; unreadable ones as InputError."""
    from kg.io import read_article, read_jsonl

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files = sorted(p.rglob("*.txt"))
            if not files:
                yield InputError(f"{raw}: no *.txt articles in this folder")
            for f in files:
                try:
                    yield read_article(f, published)
                except InputError as e:
                    yield e
        elif p.suffix.lower() == ".jsonl" and p.is_file():
            try:
                yield from read_jsonl(p)
            except OSError as e:
                yield InputError(f"{raw}: cannot read ({e.strerror})")
        else:
            try:
                yield read_article(p, published)
            except InputError as e:
                yield e


def count_sources(paths: Iterable[str | os.PathLike[str]]) -> int:
    """How many articles iter_sources will yield, at most (for the progress bar)."""
    n = 0
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            n += max(1, sum(1 for _ in p.rglob("*.txt")))
        elif p.suffix.lower() == ".jsonl" and p.is_file():
            with open(p, "rb") as f:
                n += sum(1 for line in f if line.strip())
        else:
            n += 1
    return n


def _entities(graph: Graph, cls: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}


_LABEL = ox.NamedNode(str(RDFS.label))


class _Batch:
    """Articles being written: new ones in atomic bulk batches (BatchWriter), changed ones at once (one update each)."""

    def __init__(self, st: GraphStore, report: BuildReport):
        self.st, self.report = st, report
        self.writer = BatchWriter(st, done=self._committed)
        self.labels: dict[str, Literal] = {}  # Arabic labels this build has written

    def known_label(self, node) -> Literal | None:
        """The Arabic label the store (or this build, not yet committed) gives ``node``."""
        if str(node) in self.labels:
            return self.labels[str(node)]
        for q in self.st.ox.quads_for_pattern(to_ox(node), _LABEL, None, ox.DefaultGraph()):
            if isinstance(q.object, ox.Literal) and q.object.language == "ar":
                return from_ox(q.object)
        return None

    def add(self, iri: URIRef, graph: Graph, doc) -> None:
        for node, label in graph.subject_objects(RDFS.label):
            if getattr(label, "language", None) == "ar":
                self.labels.setdefault(str(node), label)
        st = self.st
        actors = {str(a) for a in _entities(graph, CK.Actor) if not st.has_type(a, CK.Actor)}
        places = {str(p) for p in _entities(graph, CK.Place) if not st.has_type(p, CK.Place)}
        triples = ox_triples(graph)
        counts = (len(triples), Counter(ev.type for ev in doc.events), actors, places)
        g = _nn(iri)
        if st.ox.contains_named_graph(g):
            # the update removes merge triples no other stored graph states: every batch must be in first
            self.writer.wait()
            status = st.write_graph(g, triples)
            if status == "unchanged":
                self.report.unchanged += 1
            else:
                self.writer.forget()
                self._count("changed", *counts)
            return
        self.writer.add(g, triples, counts)

    def close(self) -> None:
        self.writer.close()

    def _committed(self, payload: list) -> None:
        for c in payload:
            self._count("new", *c)

    def _count(self, status: str, n: int, events: Counter, actors: set[str], places: set[str]) -> None:
        r = self.report
        setattr(r, status, getattr(r, status) + 1)
        r.triples += n
        r.events.update(events)
        r.new_actors |= actors
        r.new_places |= places


def build(paths: list[str], store: str | os.PathLike[str] | None = None, *, published=None,
          force: bool = False, progress: bool | None = None,
          log: Callable[[str], None] | None = None, report: BuildReport | None = None) -> BuildReport:
    """Extract the articles into the store, each article whole or not at all; unchanged ones are skipped.

    New articles are written together (up to BATCH_QUADS quads or BATCH_SECONDS)
    in one atomic bulk load; a changed article replaces its graph in one update.

    ``force`` re-extracts unchanged texts too (after an extractor upgrade) and
    rewrites only the graphs that come out different. Pass ``report`` to keep
    the counts of a build that is interrupted.
    """
    from tqdm import tqdm

    from kg.api import extract
    from kg.graph.build import doc_graph, gazetteer_graph, gazetteer_version, ontology_graph, reconcile_labels
    from kg.graph.ids import article_iri

    t0 = time.monotonic()
    report = report if report is not None else BuildReport()
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=count_sources(paths) if show else None, disable=not show, unit="article",
               file=sys.stderr, dynamic_ncols=True)
    say = log or (lambda m: tqdm.write(m, file=sys.stderr))
    seen: dict[str, tuple[str, str]] = {}
    try:
        with open_store(store, write=True, purpose="kg build") as st:
            batch = _Batch(st, report)
            try:
                report.ontology = st.write_graph(ONTOLOGY_IRI, ox_triples(ontology_graph()))
                # the gazetteer's partOf hierarchy, so "attacks inside a governorate" follows ck:partOf+;
                # written again only when the gazetteer data changed (its hash is stored with it)
                version = gazetteer_version()
                if st.stored_sha(GAZETTEER_GRAPH_IRI) != version:
                    gaz = gazetteer_graph()
                    gaz.add((URIRef(str(GAZETTEER_GRAPH_IRI)), CK.textSha256, Literal(version)))
                    st.write_graph(GAZETTEER_GRAPH_IRI, ox_triples(gaz))
                for item in iter_sources(paths, published):
                    bar.update(1)
                    if isinstance(item, InputError):
                        report.failed.append(str(item))
                        say(f"kg build: error: {item}")
                        continue
                    name = item.source or item.id
                    iri = article_iri(item.id)
                    if str(iri) in seen:
                        first, sha = seen[str(iri)]
                        if sha == item.sha256:
                            report.unchanged += 1
                            continue
                        msg = f"{name}: article id {item.id!r} already read from {first} with another text"
                        report.failed.append(msg)
                        say(f"kg build: error: {msg}")
                        continue
                    seen[str(iri)] = (name, item.sha256)
                    if not force and st.is_current(iri, item):
                        report.unchanged += 1
                        continue
                    try:
                        doc = extract(item)
                        graph = doc_graph(doc)
                        reconcile_labels(graph, batch.known_label)  # one label per node across articles
                    except Exception as e:  # one bad article must not stop a batch
                        msg = f"{name}: extraction failed: {type(e).__name__}: {' '.join(str(e).split())[:200]}"
                        report.failed.append(msg)
                        say(f"kg build: error: {msg}")
                        continue
                    batch.add(iri, graph, doc)
            finally:
                batch.close()  # on Ctrl-C too: the articles already extracted are written whole
    finally:
        bar.close()
        report.seconds = time.monotonic() - t0
    return report


def load_graph(path: str | os.PathLike[str] | None = None, *, reference: bool = False) -> Graph:
    """The store's articles as one rdflib Graph (for networkx and pyvis views).

    Without ``reference``, triples that only the ontology or the gazetteer graph state
    are left out, so a view shows what the articles say, not all 5,000 Syrian places.
    """
    from kg.export import _statements

    g = Graph()
    with open_store(path) as st:
        for t in _statements(st, "turtle", ontology=reference):
            t = getattr(t, "triple", t)
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return g

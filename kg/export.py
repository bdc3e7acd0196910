"""`kg export`: the store as one RDF file.

Triple formats (Turtle, N-Triples, JSON-LD) hold the merged graph; TriG holds
the named graphs (one per article, plus the ontology), i.e. the provenance of
every triple. Written to a temporary file beside the target and renamed, so a
failed export never leaves a half file. Datatypes Oxigraph folds into
xsd:integer are given back their ontology range (kg.store.restore_datatypes).
"""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError
from kg.graph.vocab import PREFIXES, REFERENCE_GRAPHS
from kg.store import open_store, restore_datatypes

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


@dataclass
class ExportReport:
    path: str
    format: str
    statements: int = 0


class _Counter:
    def __init__(self, it):
        self.it, self.n = it, 0

    def __iter__(self):
        for x in self.it:
            self.n += 1
            yield x


DATASET_FORMATS = ("trig", "nquads")  # JSON-LD could hold graphs too; here it holds the merged graph


def _statements(st, fmt: str, ontology: bool):
    reference = {ox.NamedNode(str(g)) for g in REFERENCE_GRAPHS}  # the ontology and the gazetteer
    if fmt in DATASET_FORMATS:
        for g in st.named_graphs():
            if ontology or g not in reference:
                for q in st.ox.quads_for_pattern(None, None, None, g):
                    yield restore_datatypes(q)
        return
    skip: set[ox.Triple] = set()
    if not ontology:  # reference triples no article graph states too
        for ref in reference:
            for q in st.ox.quads_for_pattern(None, None, None, ref):
                t = q.triple
                if not any(h.graph_name not in reference for h in st.ox.quads_for_pattern(t.subject, t.predicate, t.object, None)
                           if not isinstance(h.graph_name, ox.DefaultGraph)):
                    skip.add(t)
    for q in st.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        t = q.triple
        if t not in skip:
            yield restore_datatypes(t)


def export(store: str | os.PathLike[str] | None, fmt: str, output: str, *, ontology: bool = True) -> ExportReport:
    """Write the store to ``output`` ("-" for stdout) in ``fmt`` (turtle, nt, jsonld, trig, nquads)."""
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    rdf_format = FORMATS[fmt]
    prefixes = PREFIXES if fmt in ("turtle", "trig", "jsonld") else None
    with open_store(store, purpose="kg export") as st:
        items = _Counter(_statements(st, fmt, ontology))
        if output == "-":
            ox.serialize(items, sys.stdout.buffer, format=rdf_format, prefixes=prefixes)
            sys.stdout.buffer.flush()
            return ExportReport(output, fmt, items.n)
        out = Path(output)
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes 0600; an export is an ordinary file
        try:
            with os.fdopen(fd, "wb") as f:
                ox.serialize(items, f, format=rdf_format, prefixes=prefixes)
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return ExportReport(output, fmt, items.n)

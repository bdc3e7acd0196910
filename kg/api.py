"""The Python API that notebooks and the CLI use.

    from kg import api
    doc = api.extract(api.read_article("seeds/000_8d6aef08c271a444.txt"))
    g = api.extract_graph(["seeds/000_8d6aef08c271a444.txt"])
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.doc import Article, Doc
from kg.errors import InputError
from kg.graph.build import bind_prefixes, doc_graph, ontology_graph
from kg.graph.ids import article_iri
from kg.io import read_article, read_jsonl
from kg.pipeline import run

__all__ = ["Article", "Doc", "ExtractResult", "article_graph", "extract", "extract_graph",
           "extract_files", "ontology_graph", "read_article", "read_jsonl"]


def extract(article: Article) -> Doc:
    """Run the extraction pipeline over one article."""
    return run(article)


def article_graph(article: Article) -> Graph:
    """The RDF triples of one article (resources, events, provenance), without the ontology."""
    return doc_graph(extract(article))


@dataclass
class ExtractResult:
    graph: Graph
    docs: list[Doc] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def extract_files(paths: Iterable[str | Path], *, published: dt.date | None = None,
                  with_ontology: bool = True) -> ExtractResult:
    """Extract every file into one graph; unreadable files are collected as errors, not raised."""
    g = bind_prefixes(Graph())
    result = ExtractResult(g)
    if with_ontology:
        g += ontology_graph()
    seen: dict[str, tuple[str, str]] = {}  # article IRI → (path, text hash)
    for path in paths:
        try:
            article = read_article(path, published)
        except InputError as e:
            result.errors.append(e)
            continue
        iri = str(article_iri(article.id))
        if iri in seen:
            first, sha = seen[iri]
            if sha != article.sha256:  # one IRI, two texts: the second is refused, not merged
                result.errors.append(InputError(f"{path}: article id {article.id!r} already read from {first} with another text"))
            continue
        seen[iri] = (str(path), article.sha256)
        doc = extract(article)
        result.docs.append(doc)
        doc_graph(doc, g)
    return result


def extract_graph(paths: Iterable[str | Path], *, published: dt.date | None = None,
                  with_ontology: bool = True) -> Graph:
    """The graph of the given article files (raises the first InputError)."""
    result = extract_files(paths, published=published, with_ontology=with_ontology)
    if result.errors:
        raise result.errors[0]
    return result.graph

"""Score the graph of articles against gold files, as CONTRACT.md describes.

A graph node counts as a gold entity when one of its labels is one of the
entity's names (after Arabic normalization); candidates are limited to the
entities that article's gold uses, so a shared back-reference ("المدينة")
cannot match a city of another article. Precision is over distinct predicted
facts of the five relations, recall over required gold facts; partOf is
compared up to transitivity and clashesWith in either direction.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg.graph.vocab import CK

RELATIONS = ("controls", "attacks", "clashesWith", "besieges", "partOf")
_PUNCT = re.compile(r"[^\w\s]")


def gold_norm(text: str) -> str:
    """The gold files' normalization: diacritics, tatweel, punctuation dropped; letters unified; case folded."""
    from kg.text.normalize import normalize

    t = normalize(text)
    t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    t = _PUNCT.sub(" ", t).replace("_", " ")
    return " ".join(t.casefold().split())


@dataclass
class Scores:
    tp: int = 0  # predicted facts that are right
    pred: int = 0  # distinct predicted facts
    found: int = 0  # required gold facts found
    required: int = 0

    def add(self, other: "Scores") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.found += other.found
        self.required += other.required

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleReport:
    article: str
    relations: dict[str, Scores] = field(default_factory=dict)
    casualties: Scores = field(default_factory=Scores)
    duplicates: dict[str, int] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def load_gold(gold_dir: Path) -> tuple[dict, dict[str, list[dict]]]:
    entities = json.loads((gold_dir / "entities.json").read_text(encoding="utf-8"))
    entities = {k: v for k, v in entities.items() if not k.startswith("_")}
    facts = {}
    for f in sorted(gold_dir.glob("*.jsonl")):
        facts[f.stem] = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return entities, facts


def node_names(g: Graph, node: URIRef) -> tuple[list[str], list[str]]:
    """(rdfs:label names, skos:altLabel names) of a node, normalized."""
    labels = [gold_norm(str(o)) for o in g.objects(node, RDFS.label)]
    alts = [gold_norm(str(o)) for o in g.objects(node, SKOS.altLabel)]
    return labels, alts


def map_nodes(g: Graph, entities: dict, keys: set[str]) -> dict[URIRef, str]:
    """Graph node → gold entity key (only nodes that match one)."""
    index: dict[str, dict[str, set[str]]] = {"actor": defaultdict(set), "place": defaultdict(set)}
    for k in keys:
        e = entities.get(k)
        if e is None:
            continue
        for name in e["names"]:
            index[e["kind"]][gold_norm(name)].add(k)
    out: dict[URIRef, str] = {}
    for kind, cls in (("actor", CK.Actor), ("place", CK.Place)):
        for node in set(g.subjects(RDF.type, cls)):
            labels, alts = node_names(g, node)
            for names in (labels, alts):
                cands: dict[str, int] = defaultdict(int)
                for n in names:
                    for k in index[kind].get(n, ()):
                        cands[k] += 1
                if cands:
                    best = max(cands.values())
                    top = sorted(k for k, v in cands.items() if v == best)
                    out[node] = top[0]
                    break
    return out


def closure(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    out = set(pairs)
    changed = True
    while changed:
        changed = False
        for a, b in list(out):
            for c, d in list(out):
                if b == c and (a, d) not in out and a != d:
                    out.add((a, d))
                    changed = True
    return out


def _key(mapping: dict[URIRef, str], node) -> str:
    return mapping.get(node, str(node))


def score_article(g: Graph, entities: dict, gold: list[dict], article: str) -> ArticleReport:
    rep = ArticleReport(article)
    keys = {x for f in gold for x in (f.get("s"), f.get("o"), *f.get("places", [])) if x}
    mapping = map_nodes(g, entities, keys)
    # duplicates: one entity, several nodes that take part in facts or events
    used = {n for s, p, o in g for n in (s, o) if isinstance(n, URIRef)}
    per_entity: dict[str, int] = defaultdict(int)
    for node, k in mapping.items():
        if node in used:
            per_entity[k] += 1
    rep.duplicates = {k: n - 1 for k, n in per_entity.items() if n > 1}

    for rel in RELATIONS:
        pred = {(_key(mapping, s), _key(mapping, o)) for s, o in g.subject_objects(CK[rel])}
        pred = {(s, o) for s, o in pred if s != o}
        gold_all = {(f["s"], f["o"]) for f in gold if f["rel"] == rel}
        gold_req = {(f["s"], f["o"]) for f in gold if f["rel"] == rel and f.get("required")}
        sc = Scores(pred=len(pred), required=len(gold_req))
        if rel == "partOf":
            ok_set = closure(gold_all)
            pred_closure = closure(pred)
            sc.tp = sum(1 for x in pred if x in ok_set)
            sc.found = sum(1 for x in gold_req if x in pred_closure)
            wrong = [x for x in pred if x not in ok_set]
            missed = [x for x in gold_req if x not in pred_closure]
        else:
            sym = rel == "clashesWith"

            def has(x, s, sym=sym):
                return x in s or (sym and (x[1], x[0]) in s)

            sc.tp = sum(1 for x in pred if has(x, gold_all))
            sc.found = sum(1 for x in gold_req if has(x, pred))
            wrong = [x for x in pred if not has(x, gold_all)]
            missed = [x for x in gold_req if not has(x, pred)]
        rep.relations[rel] = sc
        rep.spurious += [f"{rel}({s}, {o})" for s, o in sorted(wrong)]
        rep.missed += [f"{rel}({s}, {o})" for s, o in sorted(missed)]

    # casualties
    gold_cas = [f for f in gold if f["rel"] == "casualties"]
    pred_cas: set[tuple[int, str]] = set()
    pred_places: dict[tuple[int, str], set[str]] = defaultdict(set)
    for ev in set(g.subjects(CK.fatalities, None)):
        killed = int(g.value(ev, CK.fatalities))
        victims = {str(v) for v in g.objects(ev, CK.victims) if getattr(v, "language", None) == "en"}
        for v in victims or {""}:
            pred_cas.add((killed, v))
            for p in (*g.objects(ev, CK.place), *g.objects(ev, CK.target)):
                if (p, RDF.type, CK.Place) in g:
                    pred_places[(killed, v)].add(_key(mapping, p))
    cas = Scores(pred=len(pred_cas), required=sum(1 for f in gold_cas if f.get("required")))

    def matches(fig, f) -> bool:
        if fig[0] != f["killed"] or fig[1] != f["victims"]:
            return False
        places = pred_places.get(fig, set())
        return not places or not f.get("places") or bool(places & set(f["places"]))

    cas.tp = sum(1 for fig in pred_cas if any(matches(fig, f) for f in gold_cas))
    cas.found = sum(1 for f in gold_cas if f.get("required") and any(matches(fig, f) for fig in pred_cas))
    rep.casualties = cas
    rep.spurious += [f"casualties({k} {v})" for k, v in sorted(pred_cas) if not any(matches((k, v), f) for f in gold_cas)]
    rep.missed += [f"casualties({f['killed']} {f['victims']})" for f in gold_cas if f.get("required") and not any(matches(fig, f) for fig in pred_cas)]
    return rep


@dataclass
class Report:
    articles: list[ArticleReport]

    def total(self, rel: str | None = None) -> Scores:
        out = Scores()
        for a in self.articles:
            if rel is None:
                for r in RELATIONS:
                    out.add(a.relations[r])
            elif rel == "casualties":
                out.add(a.casualties)
            else:
                out.add(a.relations[rel])
        return out

    @property
    def duplicates(self) -> int:
        return sum(sum(a.duplicates.values()) for a in self.articles)


def evaluate_dir(gold_dir: Path, articles_dir: Path) -> Report:
    """Extract every article that has a gold file and score it."""
    from kg.api import extract, read_article
    from kg.graph.build import doc_graph

    entities, gold = load_gold(gold_dir)
    reports = []
    for article_id, facts in gold.items():
        path = articles_dir / f"{article_id}.txt"
        g = doc_graph(extract(read_article(path)))
        reports.append(score_article(g, entities, facts, article_id))
    return Report(reports)


def format_report(report: Report, *, per_article: bool = False, errors: bool = False) -> str:
    lines = [f"{'relation':<14}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'req':>6}"]

    def row(name: str, s: Scores) -> str:
        return f"{name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.pred:>7}{s.required:>6}"

    for rel in RELATIONS:
        lines.append(row(rel, report.total(rel)))
    lines.append(row("micro (5 rel)", report.total()))
    lines.append(row("casualties", report.total("casualties")))
    lines.append(f"duplicate nodes: {report.duplicates}")
    for a in report.articles:
        if per_article:
            t = Scores()
            for r in RELATIONS:
                t.add(a.relations[r])
            lines.append(f"  {a.article}: F1 {t.f1:.3f} (P {t.precision:.3f} R {t.recall:.3f}); casualties R {a.casualties.recall:.2f} P {a.casualties.precision:.2f}; duplicates {sum(a.duplicates.values())}")
        if errors:
            for m in a.missed:
                lines.append(f"    missed   {a.article}: {m}")
            for s in a.spurious:
                lines.append(f"    spurious {a.article}: {s}")
            for k, n in a.duplicates.items():
                lines.append(f"    duplicate {a.article}: {k} (+{n})")
    return "\n".join(lines)

"""The graph as networkx: a projection of actors, places and events, and the measures on it.

Why a projection and not ``rdflib_to_networkx``: that turns every literal (labels,
evidence sentences, dates) into a node. Here only actors, places and events are
nodes; what describes them becomes node attributes, and every direct triple keeps
the evidence that states it (its ck:Assertion nodes, joined to the event read from
the same sentence).

    G = project(graph)                  # nx.MultiDiGraph
    actor_centrality(G), most_attacked_places(G), control_changes(G), fronts(G)
    V = view(G, actor="داعش", hops=2)   # actors and places only, filtered, for kg.viz
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.errors import KGError
from kg.graph.vocab import CK, CK_IRI, CKR, GEO
from kg.text.normalize import match_key

RELATIONS = ("controls", "attacks", "clashesWith", "besieges", "advancesOn", "alliedWith", "partOf")
SYMMETRIC = frozenset({"clashesWith", "alliedWith"})
CONFLICT_RELATIONS = ("attacks", "clashesWith", "besieges", "advancesOn")
# The event class a direct triple is read from (used to join an assertion to its event).
RELATION_EVENT = {"controls": "TerritorialControl", "attacks": "Attack", "clashesWith": "ArmedClash",
                  "besieges": "Siege", "advancesOn": "Advance"}
# Event classes of the ontology and their parent; the graph's own rdfs:subClassOf adds to it,
# so a graph written without the ontology (kg extract --no-ontology) is still understood.
EVENT_PARENT = {"Event": None, "TerritorialControl": "Event", "Attack": "Event", "AirStrike": "Attack",
                "Shelling": "Attack", "MissileStrike": "Attack", "ArmedClash": "Event", "Siege": "Event",
                "Advance": "Event", "Killing": "Event"}
CONFLICT_EVENTS = frozenset({"Attack", "ArmedClash", "Siege", "Advance"})

Node = str  # a node of the projection is its IRI


# --------------------------------------------------------------------------- reading RDF

@lru_cache(maxsize=1)
def _term_labels() -> dict[str, dict[str, str]]:
    """Arabic and English labels of the ontology's relations and classes (ontology/conflict.ttl)."""
    from kg.graph.build import ontology_graph

    out: dict[str, dict[str, str]] = {}
    for s, lab in ontology_graph().subject_objects(RDFS.label):
        if str(s).startswith(CK_IRI) and getattr(lab, "language", None) in ("ar", "en"):
            out.setdefault(str(s)[len(CK_IRI):], {})[lab.language] = str(lab)
    return out


def term(name: str, lang: str = "en") -> str:
    """The ontology's label of a ck: term ("AirStrike" → "Air strike" / "غارة جوية"); the name if none."""
    return _term_labels().get(name, {}).get(lang, name)


def _local(iri: URIRef | str) -> str:
    s = str(iri)
    return s[len(CK_IRI):] if s.startswith(CK_IRI) else s.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _lit(value: Any) -> str | None:
    return None if value is None else str(value)


def _labels(g: Graph, s: URIRef) -> tuple[str, str, list[str]]:
    """(Arabic label, English label, other names) of a resource; falls back to its IRI slug."""
    ar = en = other = None
    for lab in g.objects(s, RDFS.label):
        lang = getattr(lab, "language", None)
        if lang == "ar" and ar is None:
            ar = str(lab)
        elif lang == "en" and en is None:
            en = str(lab)
        elif other is None:
            other = str(lab)
    alts = sorted({str(a) for a in g.objects(s, SKOS.altLabel)})
    slug = str(s).removeprefix(str(CKR))
    return ar or other or en or slug, en or "", alts


def event_classes(g: Graph) -> dict[str, set[str]]:
    """Every event class name → itself and its ancestors (AirStrike → {AirStrike, Attack, Event})."""
    parent: dict[str, str | None] = dict(EVENT_PARENT)
    for sub, sup in g.subject_objects(RDFS.subClassOf):
        if str(sub).startswith(CK_IRI) and str(sup).startswith(CK_IRI):
            parent.setdefault(_local(sub), _local(sup))
    out: dict[str, set[str]] = {}
    for name in parent:
        chain, cur = set(), name
        while cur is not None and cur not in chain:
            chain.add(cur)
            cur = parent.get(cur)
        if "Event" in chain:
            out[name] = chain
    return out


def _most_specific(names: set[str], classes: dict[str, set[str]]) -> str:
    """The class of ``names`` that no other one in it is a subclass of (AirStrike over Attack)."""
    best = [n for n in names if not any(n != m and n in classes.get(m, ()) for m in names)]
    return sorted(best)[0] if best else "Event"


def _kind_from_iri(iri: str) -> str:
    rest = iri.removeprefix(str(CKR))
    return "actor" if rest.startswith("actor/") else "place"


def _date_key(date: str | None) -> str:
    return date or "9999"


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date, year-month or year stands for, as comparable strings."""
    v = value.strip()
    if len(v) == 4:
        return f"{v}-01-01", f"{v}-12-31"
    if len(v) == 7:
        return f"{v}-01", f"{v}-31"
    return v[:10], v[:10]


def in_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a (possibly coarse) date overlaps [since, until]; undated never does when a bound is set."""
    if since is None and until is None:
        return True
    if not date:
        return False
    lo, hi = date_bounds(date)
    return (since is None or hi >= date_bounds(since)[0]) and (until is None or lo <= date_bounds(until)[1])


def _add_entity(G: nx.MultiDiGraph, g: Graph, s: URIRef, kind: str) -> None:
    iri = str(s)
    if iri in G:
        return
    ar, en, alts = _labels(g, s)
    attrs: dict[str, Any] = {"kind": kind, "label": ar, "label_en": en, "alt_labels": alts}
    if kind == "place":
        classes = sorted(_local(t) for t in g.objects(s, RDF.type) if str(t).startswith(CK_IRI) and t != CK.Place)
        attrs["cls"] = classes[0] if classes else "Place"
        lat, lon = g.value(s, GEO.lat), g.value(s, GEO.long)
        if lat is not None and lon is not None:
            attrs["lat"], attrs["lon"] = float(lat), float(lon)
        pcode = g.value(s, CK.pcode)
        if pcode is not None:
            attrs["pcode"] = str(pcode)
    else:
        attrs["cls"] = "Actor"
        atype = g.value(s, CK.actorType)
        if atype is not None:
            attrs["actor_type"] = str(atype)
    G.add_node(iri, **attrs)


def _ensure(G: nx.MultiDiGraph, g: Graph, s: URIRef) -> str:
    if str(s) not in G:
        _add_entity(G, g, s, _kind_from_iri(str(s)))
    return str(s)


def _article_name(g: Graph, art: URIRef | None, cache: dict) -> str:
    if art is None:
        return ""
    if art not in cache:
        name = g.value(art, CK.fileName)
        cache[art] = str(name) if name is not None else _local(art)
    return cache[art]


def project(g: Graph) -> nx.MultiDiGraph:
    """Actors, places and events of ``g`` as a MultiDiGraph.

    Nodes carry ``kind`` (actor | place | event), ``label`` (Arabic), ``label_en``, ``alt_labels``,
    ``cls`` (place class, event class or "Actor"), places ``lat``/``lon``/``pcode``, events
    ``date``, ``fatalities``, ``evidence``, ``article``. Edges: one per direct triple, keyed by
    the relation name, with ``kind="relation"`` and ``supports`` (the evidence for it); and event
    roles ``actor`` (actor → event), ``target`` and ``place`` (event → actor/place), ``kind="role"``.
    """
    G = nx.MultiDiGraph()
    classes = event_classes(g)
    G.graph["event_classes"] = {name: sorted(chain) for name, chain in classes.items()}
    for s in g.subjects(RDF.type, CK.Actor):
        _add_entity(G, g, s, "actor")
    for s in g.subjects(RDF.type, CK.Place):
        _add_entity(G, g, s, "place")

    articles: dict = {}
    by_sentence: dict[tuple[str, int], list[str]] = defaultdict(list)
    ev_types: dict[URIRef, set[str]] = defaultdict(set)
    for name in classes:
        for ev in g.subjects(RDF.type, URIRef(CK_IRI + name)):
            ev_types[ev].add(name)
    for ev, names in ev_types.items():
        art = g.value(ev, CK.article) or g.value(ev, PROV.wasDerivedFrom)
        start = g.value(ev, CK.charStart)
        fat = g.value(ev, CK.fatalities)
        iri = str(ev)
        G.add_node(iri, kind="event", cls=_most_specific(names, classes), label=_local(ev),
                   date=_lit(g.value(ev, CK.date)), fatalities=int(fat) if fat is not None else None,
                   evidence=_lit(g.value(ev, CK.evidence)) or "", article=_article_name(g, art, articles),
                   article_iri=_lit(art), char_start=int(start) if start is not None else None,
                   victims=sorted({str(v) for v in g.objects(ev, CK.victims) if getattr(v, "language", None) != "en"}),
                   weapon=_lit(g.value(ev, CK.weapon)))
        for a in g.objects(ev, CK.actor):
            G.add_edge(_ensure(G, g, a), iri, key="actor", kind="role")
        for role in ("target", "place"):
            for o in g.objects(ev, CK[role]):
                if not isinstance(o, Literal):
                    G.add_edge(iri, _ensure(G, g, o), key=role, kind="role")
        if art is not None and start is not None:
            by_sentence[(str(art), int(start))].append(iri)

    for rel in RELATIONS:
        for s, o in g.subject_objects(CK[rel]):
            if isinstance(o, Literal):
                continue
            G.add_edge(_ensure(G, g, s), _ensure(G, g, o), key=rel, kind="relation", rel=rel, supports=[])

    for a in g.subjects(RDF.type, CK.Assertion):
        s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
        if s is None or o is None or p is None or str(s) not in G or str(o) not in G:
            continue
        rel = _local(p)
        if not G.has_edge(str(s), str(o), key=rel):
            continue
        art = g.value(a, CK.article)
        derived = g.value(a, PROV.wasDerivedFrom)
        start = g.value(a, CK.charStart)
        support = {"evidence": _lit(g.value(a, CK.evidence)) or "", "article": _article_name(g, art, articles),
                   "source": "" if derived is None or derived == art else _local(derived),
                   "event": None, "event_type": None, "date": None, "fatalities": None}
        if art is not None and start is not None:
            ev = _match_event(G, by_sentence.get((str(art), int(start)), ()), rel, str(s), str(o), classes)
            if ev is not None:
                e = G.nodes[ev]
                support.update(event=ev, event_type=e["cls"], date=e["date"], fatalities=e["fatalities"])
        G.edges[str(s), str(o), rel]["supports"].append(support)
    for _, _, d in G.edges(data=True):
        if d.get("kind") == "relation":
            d["supports"].sort(key=_support_order)
    return G


def _support_order(s: dict) -> tuple:
    return _date_key(s["date"]), s["article"], s["evidence"]


def _match_event(G: nx.MultiDiGraph, candidates: Iterable[str], rel: str, s: str, o: str,
                 classes: dict[str, set[str]]) -> str | None:
    """The event of the same sentence a direct triple was read from: right class, same actor and object."""
    wanted = RELATION_EVENT.get(rel)
    if wanted is None:
        return None
    typed = [ev for ev in candidates if wanted in classes.get(G.nodes[ev]["cls"], ())]
    for ev in typed:
        actors = {u for u, _, k in G.in_edges(ev, keys=True) if k == "actor"}
        others = {v for _, v, k in G.out_edges(ev, keys=True)} | actors
        if s in actors and o in others:
            return ev
    return typed[0] if typed else None


# --------------------------------------------------------------------------- selections

def nodes_of(G: nx.Graph, kind: str) -> list[str]:
    return [n for n, k in G.nodes(data="kind") if k == kind]


def _names(d: dict) -> list[str]:
    return [d.get("label") or "", d.get("label_en") or "", *d.get("alt_labels", ())]


def find_nodes(G: nx.Graph, name: str, kind: str | None = None) -> list[str]:
    """Nodes whose label or other name is ``name`` (Arabic-normalized, case-folded).

    An IRI or its ckr: path ("actor/isis") also works; with no exact match, names that
    contain ``name`` are taken. Raises KGError when nothing matches.
    """
    key = match_key(name).casefold()
    cands = [(n, d) for n, d in G.nodes(data=True) if kind is None or d.get("kind") == kind]
    exact = [n for n, d in cands if n == name or n.removeprefix(str(CKR)) == name
             or any(match_key(x).casefold() == key for x in _names(d) if x)]
    if exact:
        return exact
    partial = [n for n, d in cands if key and any(key in match_key(x).casefold() for x in _names(d) if x)]
    if partial:
        return partial
    raise KGError(f"no {kind or 'node'} named {name!r} in the graph")


def descendants(G: nx.Graph, places: Iterable[str]) -> set[str]:
    """The places and every place partOf them, transitively."""
    seen, todo = set(places), list(places)
    while todo:
        p = todo.pop()
        for u, _, k in G.in_edges(p, keys=True):
            if k == "partOf" and u not in seen:
                seen.add(u)
                todo.append(u)
    return seen


def ancestors(G: nx.Graph, place: str) -> list[str]:
    """Places ``place`` is partOf, nearest first (breadth-first)."""
    out, seen, frontier = [], {place}, [place]
    while frontier:
        nxt = []
        for p in frontier:
            for _, v, k in G.out_edges(p, keys=True):
                if k == "partOf" and v not in seen:
                    seen.add(v)
                    out.append(v)
                    nxt.append(v)
        frontier = nxt
    return out


def _type_matcher(G: nx.Graph, types: Iterable[str]) -> tuple[set[str], set[str]]:
    """Split --type values into relation names and event class names; unknown ones are an error."""
    rels, evs = set(), set()
    known_events = set(G.graph.get("event_classes", EVENT_PARENT))
    by_fold = {r.casefold(): ("rel", r) for r in RELATIONS} | {e.casefold(): ("ev", e) for e in known_events}
    for t in types:
        hit = by_fold.get(t.removeprefix("ck:").casefold())
        if hit is None:
            raise KGError(f"unknown --type {t!r}: use a relation ({', '.join(RELATIONS)}) "
                          f"or an event class ({', '.join(sorted(known_events))})")
        (rels if hit[0] == "rel" else evs).add(hit[1])
    return rels, evs


def view(G: nx.MultiDiGraph, *, actor: str | None = None, place: str | None = None,
         types: Iterable[str] = (), since: str | None = None, until: str | None = None,
         hops: int = 1, keep_isolated: bool = False) -> nx.MultiDiGraph:
    """Actors and places linked by direct relations, filtered; what kg viz draws.

    ``types``: relation names and/or event classes (an event class keeps the relations read
    from such events, subclasses included). ``since``/``until`` keep relations backed by an
    event dated in the range. partOf, timeless, is context: with a type or date filter only
    the links on the way up from the places left are kept (all with type partOf). ``actor``/``place`` keep the
    ego network of radius ``hops`` around the named nodes (a place with its partOf
    descendants); with both, the nodes near both. Isolated nodes are dropped unless asked.
    """
    rels, evs = _type_matcher(G, types)
    V = nx.MultiDiGraph()
    V.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d.get("kind") in ("actor", "place"))
    dated = since is not None or until is not None
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("kind") != "relation":
            continue
        supports = d["supports"]
        if k == "partOf":  # context: pruned below to the way up from the places left
            V.add_edge(u, v, key=k, **d)
            continue
        if types and k not in rels:
            if not evs:
                continue
            supports = [s for s in supports if s["event_type"] and class_chain(G, s["event_type"]) & evs]
            if not supports:
                continue
        if dated:
            supports = [s for s in supports if in_range(s["date"], since, until)]
            if not supports:
                continue
        if k in SYMMETRIC and V.has_edge(v, u, key=k):  # one line for A clashesWith B and B clashesWith A
            both = V.edges[v, u, k]["supports"] + supports
            unique = {(x["evidence"], x["article"], x["event"]): x for x in both}
            V.edges[v, u, k]["supports"] = sorted(unique.values(), key=_support_order)
            continue
        V.add_edge(u, v, key=k, **{**d, "supports": supports})
    if (types and "partOf" not in rels) or dated:
        _prune_part_of(V)
    keep: set[str] | None = None
    for name, kind in ((actor, "actor"), (place, "place")):
        if not name:
            continue
        seeds = set(find_nodes(G, name, kind))
        if kind == "place":
            seeds = descendants(G, seeds)
        ego = _ego(V, seeds & set(V), hops)
        keep = ego if keep is None else keep & ego
    if keep is not None:
        V = V.subgraph(keep).copy()
    if not keep_isolated:
        V.remove_nodes_from([n for n in list(V) if V.degree(n) == 0])
    return V


def class_chain(G: nx.Graph, cls: str) -> set[str]:
    """An event class and its ancestors, as the projected graph's ontology says."""
    chain = G.graph.get("event_classes", {}).get(cls)
    if chain is not None:
        return set(chain)
    out, cur = set(), cls
    while cur and cur not in out:
        out.add(cur)
        cur = EVENT_PARENT.get(cur)
    return out


def _prune_part_of(V: nx.MultiDiGraph) -> None:
    """Keep only the partOf links on the way up from places that still have another relation."""
    active = {n for u, v, k in V.edges(keys=True) if k != "partOf" for n in (u, v)}
    up: set[str] = set()
    for n in active:
        up |= {n, *ancestors(V, n)}
    V.remove_edges_from([(u, v, k) for u, v, k in list(V.edges(keys=True)) if k == "partOf" and u not in up])


def _ego(V: nx.MultiDiGraph, seeds: set[str], hops: int) -> set[str]:
    """Nodes within ``hops`` of ``seeds``, not walking through partOf (which would reach everything)."""
    seen, frontier = set(seeds), set(seeds)
    for _ in range(max(hops, 0)):
        nxt = set()
        for n in frontier:
            for _, m, k in V.out_edges(n, keys=True):
                if k != "partOf" and m not in seen:
                    nxt.add(m)
            for m, _, k in V.in_edges(n, keys=True):
                if k != "partOf" and m not in seen:
                    nxt.add(m)
        seen |= nxt
        frontier = nxt
    return seen


def select_events(G: nx.MultiDiGraph, *, actor: str | None = None, place: str | None = None,
                  types: Iterable[str] = (), since: str | None = None, until: str | None = None) -> list[str]:
    """Events by type (class or subclass), date range, actor (as actor or target) and place (or its parts)."""
    _, evs = _type_matcher(G, types)
    actors = set(find_nodes(G, actor, "actor")) if actor else None
    places = descendants(G, find_nodes(G, place, "place")) if place else None
    out = []
    for n, d in G.nodes(data=True):
        if d.get("kind") != "event":
            continue
        if types and not class_chain(G, d["cls"]) & evs:
            continue
        if not in_range(d.get("date"), since, until):
            continue
        if actors is not None and not (actors & set(event_actors(G, n)) or actors & set(event_targets(G, n))):
            continue
        if places is not None and not places & set(event_places(G, n)):
            continue
        out.append(n)
    return out


def event_actors(G: nx.MultiDiGraph, ev: str) -> list[str]:
    return sorted(u for u, _, k in G.in_edges(ev, keys=True) if k == "actor")


def event_targets(G: nx.MultiDiGraph, ev: str) -> list[str]:
    return sorted(v for _, v, k in G.out_edges(ev, keys=True) if k == "target")


def event_places(G: nx.MultiDiGraph, ev: str) -> list[str]:
    """Where an event happened: its ck:place, else the places among its targets."""
    places = sorted(v for _, v, k in G.out_edges(ev, keys=True) if k == "place")
    return places or [t for t in event_targets(G, ev) if G.nodes[t].get("kind") == "place"]


# --------------------------------------------------------------------------- measures

def _is(G: nx.Graph, ev: str, cls: str) -> bool:
    return cls in class_chain(G, G.nodes[ev]["cls"])


def conflict_network(G: nx.MultiDiGraph) -> nx.Graph:
    """Actor–actor graph of hostility: clashesWith, attacks/besieges on actors, and the
    actors and actor targets of clash, attack and siege events. Edge ``weight`` counts them."""
    C = nx.Graph()
    C.add_nodes_from((n, {"label": d["label"], "label_en": d["label_en"]})
                     for n, d in G.nodes(data=True) if d.get("kind") == "actor")

    def link(a: str, b: str, rel: str) -> None:
        if a == b or a not in C or b not in C:
            return
        if C.has_edge(a, b):
            C[a][b]["weight"] += 1
            C[a][b]["relations"].add(rel)
        else:
            C.add_edge(a, b, weight=1, relations={rel})

    for u, v, k in G.edges(keys=True):
        if k in ("clashesWith", "attacks", "besieges"):
            link(u, v, k)
    for ev in nodes_of(G, "event"):
        if not any(_is(G, ev, c) for c in ("ArmedClash", "Attack", "Siege")):
            continue
        acts = event_actors(G, ev)
        cls = G.nodes[ev]["cls"]
        if _is(G, ev, "ArmedClash"):
            for i, a in enumerate(acts):
                for b in acts[i + 1:]:
                    link(a, b, cls)
        for a in acts:
            for t in event_targets(G, ev):
                link(a, t, cls)
    return C


def actor_centrality(G: nx.MultiDiGraph, top: int | None = None) -> list[dict]:
    """Actors by degree (distinct adversaries) and betweenness in the conflict network."""
    C = conflict_network(G)
    C.remove_nodes_from([n for n in list(C) if C.degree(n) == 0])
    if not len(C):
        return []
    k = min(len(C), 500) if len(C) > 2000 else None
    btw = nx.betweenness_centrality(C, k=k, seed=0 if k else None)
    rows = [{"actor": n, "label": C.nodes[n]["label"], "label_en": C.nodes[n]["label_en"],
             "degree": C.degree(n), "weighted_degree": C.degree(n, weight="weight"),
             "betweenness": round(btw[n], 4)} for n in C]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"]))
    return rows[:top] if top else rows


def most_attacked_places(G: nx.MultiDiGraph, top: int | None = 10) -> list[dict]:
    """Places by the number of attack events (air strikes, shelling, missiles…) at or against them.

    ``with_parts`` also counts attacks on the places partOf it; ``fatalities`` sums the
    reported figures of the events at the place itself.
    """
    direct: dict[str, set[str]] = defaultdict(set)
    attackers: dict[str, set[str]] = defaultdict(set)
    for ev in nodes_of(G, "event"):
        if not _is(G, ev, "Attack"):
            continue
        for p in set(event_places(G, ev)) | {t for t in event_targets(G, ev) if G.nodes[t].get("kind") == "place"}:
            direct[p].add(ev)
            attackers[p].update(event_actors(G, ev))
    for u, v, k in G.edges(keys=True):  # direct attacks triples no event explains
        if k == "attacks" and G.nodes[v].get("kind") == "place":
            attackers[v].add(u)
            direct.setdefault(v, set())
    rolled: dict[str, set[str]] = defaultdict(set)
    for p, evs in direct.items():
        for a in [p, *ancestors(G, p)]:
            rolled[a] |= evs
    rows = []
    for p in set(direct) | set(rolled):
        evs = direct.get(p, set())
        rows.append({"place": p, "label": G.nodes[p]["label"], "label_en": G.nodes[p].get("label_en", ""),
                     "attacks": len(evs), "with_parts": len(rolled.get(p, set())),
                     "fatalities": sum(G.nodes[e]["fatalities"] or 0 for e in evs),
                     "attackers": sorted(G.nodes[a]["label"] for a in attackers.get(p, ()))})
    rows = [r for r in rows if r["attacks"] or r["attackers"] or r["with_parts"]]
    rows.sort(key=lambda r: (-r["attacks"], -r["fatalities"], -r["with_parts"], r["label"]))
    return rows[:top] if top else rows


def control_changes(G: nx.MultiDiGraph) -> list[dict]:
    """Per place, who controlled it over time, from TerritorialControl events.

    Events are ordered by date (undated last, then by article and position); ``changes``
    counts switches between consecutive different controllers.
    """
    seq: dict[str, list[tuple]] = defaultdict(list)
    for ev in nodes_of(G, "event"):
        if not _is(G, ev, "TerritorialControl"):
            continue
        d = G.nodes[ev]
        order = (_date_key(d["date"]), d["article"], d["char_start"] or 0)
        for p in event_places(G, ev):
            if G.nodes[p].get("kind") != "place":
                continue
            for a in event_actors(G, ev):
                seq[p].append((order, d["date"], a))
    rows = []
    for p, items in seq.items():
        items.sort()
        run: list[str] = []
        for _, _, a in items:
            if not run or run[-1] != a:
                run.append(a)
        controllers = list(dict.fromkeys(a for _, _, a in items))
        rows.append({"place": p, "label": G.nodes[p]["label"], "label_en": G.nodes[p].get("label_en", ""),
                     "controllers": [G.nodes[a]["label"] for a in controllers],
                     "n_controllers": len(controllers), "changes": len(run) - 1,
                     "timeline": [{"date": date, "actor": G.nodes[a]["label"]} for _, date, a in items]})
    rows.sort(key=lambda r: (-r["n_controllers"], -r["changes"], r["label"]))
    return rows


def conflict_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected actor–place (and actor–actor) graph of fighting: attacks, clashes, sieges,
    advances, as direct triples or as the actor and target/place of such events."""
    F = nx.Graph()
    for u, v, k in G.edges(keys=True):
        if k in CONFLICT_RELATIONS:
            F.add_edge(u, v)
    for ev in nodes_of(G, "event"):
        if not any(_is(G, ev, c) for c in CONFLICT_EVENTS):
            continue
        acts = event_actors(G, ev)
        for a in acts:
            for o in set(event_targets(G, ev)) | set(event_places(G, ev)):
                if a != o:
                    F.add_edge(a, o)
        if _is(G, ev, "ArmedClash"):
            for i, a in enumerate(acts):
                for b in acts[i + 1:]:
                    F.add_edge(a, b)
    return F


def fronts(G: nx.MultiDiGraph) -> list[dict]:
    """Connected components of the actor–place conflict graph, largest first."""
    F = conflict_graph(G)
    rows = []
    for comp in nx.connected_components(F):
        actors = sorted((n for n in comp if G.nodes[n].get("kind") == "actor"), key=lambda n: -F.degree(n))
        places = sorted((n for n in comp if G.nodes[n].get("kind") == "place"), key=lambda n: -F.degree(n))
        rows.append({"size": len(comp), "actors": [G.nodes[a]["label"] for a in actors],
                     "places": [G.nodes[p]["label"] for p in places],
                     "actor_ids": actors, "place_ids": places})
    rows.sort(key=lambda r: (-r["size"], r["actors"][:1]))
    return rows


def casualties(G: nx.MultiDiGraph, node: str) -> int:
    """Reported fatalities summed over the events a node is the actor, target or place of."""
    evs = {u for u, _, k in G.in_edges(node, keys=True) if k in ("target", "place")}
    evs |= {v for _, v, k in G.out_edges(node, keys=True) if k == "actor"}
    return sum(G.nodes[e].get("fatalities") or 0 for e in evs)


def summary(G: nx.MultiDiGraph, top: int = 10) -> dict:
    """Everything ``kg stats`` prints, as plain data (JSON-ready)."""
    counts = {k: len(nodes_of(G, k)) for k in ("actor", "place", "event")}
    rel_counts = {r: 0 for r in RELATIONS}
    for _, _, k, kind in G.edges(keys=True, data="kind"):
        if kind == "relation":
            rel_counts[k] += 1
    ev_counts: dict[str, int] = defaultdict(int)
    for n in nodes_of(G, "event"):
        ev_counts[G.nodes[n]["cls"]] += 1
    return {"nodes": counts, "relations": rel_counts, "events": dict(sorted(ev_counts.items())),
            "actor_centrality": actor_centrality(G, top), "most_attacked_places": most_attacked_places(G, top),
            "control_changes": control_changes(G)[:top] if top else control_changes(G),
            "fronts": [{k: v for k, v in f.items() if not k.endswith("_ids")} for f in fronts(G)][:top]}


# --------------------------------------------------------------------------- export

def export_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings or numbers (GraphML and GEXF take nothing else)."""
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **_flat(d))
    for u, v, k, d in G.edges(keys=True, data=True):
        attrs = {x: y for x, y in d.items() if x != "supports"}
        sup = d.get("supports")
        if sup is not None:
            attrs["n_evidence"] = len(sup)
            attrs["evidence"] = " | ".join(dict.fromkeys(s["evidence"] for s in sup if s["evidence"]))
            attrs["articles"] = "; ".join(dict.fromkeys(s["article"] for s in sup if s["article"]))
            attrs["dates"] = "; ".join(dict.fromkeys(s["date"] for s in sup if s["date"]))
            attrs["fatalities"] = sum(s["fatalities"] or 0 for s in sup)
        attrs.setdefault("rel", k)
        H.add_edge(u, v, key=k, **_flat(attrs))
    return H


def _flat(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple, set, frozenset)):
            v = "; ".join(str(x) for x in v)
        elif isinstance(v, bool):
            v = str(v).lower()
        elif not isinstance(v, (int, float, str)):
            v = str(v)
        out[k] = v
    return out


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_graphml(export_graph(G), str(path), encoding="utf-8")


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_gexf(export_graph(G), str(path), encoding="utf-8")

"""From a Doc to RDF: entities with labels, event nodes, direct triples with provenance.

No blank nodes: every node has an IRI from kg.graph.ids, so the output of one
article is the same on every run and merges cleanly with others.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.doc import Doc, Event, Fact
from kg.graph.ids import actor_iri, article_iri, assertion_iri, event_iri, place_iri
from kg.graph.vocab import CK, CKR, GEO, ontology_path
from kg.lexicon.lexicon import ActorEntry, PlaceEntry, load_lexicon
from kg.text.normalize import match_key, normalize

EVENT_CLASS = {
    "control": CK.TerritorialControl, "attack": CK.Attack, "airstrike": CK.AirStrike,
    "shelling": CK.Shelling, "missile": CK.MissileStrike, "clash": CK.ArmedClash,
    "siege": CK.Siege, "advance": CK.Advance, "kill": CK.Killing,
}
PLACE_CLASS = {
    "country": CK.Country, "governorate": CK.Governorate, "district": CK.District,
    "subdistrict": CK.Subdistrict, "city": CK.City, "town": CK.Town, "village": CK.Village,
    "region": CK.Region, "river": CK.Landmark, "sea": CK.Landmark,
}
ADMIN_NOUN = {"governorate": "محافظة", "district": "منطقة", "subdistrict": "ناحية"}
ADMIN_EN = {"governorate": "Governorate", "district": "District", "subdistrict": "Sub-district"}
GAZETTEER = CKR["dataset/ocha-cod"]
RELATIONS = {
    "controls": CK.controls, "attacks": CK.attacks, "clashesWith": CK.clashesWith,
    "besieges": CK.besieges, "advancesOn": CK.advancesOn, "alliedWith": CK.alliedWith,
    "partOf": CK.partOf, "sideOf": CK.sideOf,
}
DATE_TYPE = {"Day": XSD.date, "Month": XSD.gYearMonth, "Year": XSD.gYear}


def bind_prefixes(g: Graph) -> Graph:
    g.bind("ck", CK._NS)
    g.bind("ckr", CKR)
    g.bind("prov", PROV)
    g.bind("skos", SKOS)
    g.bind("geo", GEO)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    return g


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology (ontology/conflict.ttl) as a graph."""
    return Graph().parse(ontology_path(), format="turtle")


@lru_cache(maxsize=1)
def _colliding_names() -> frozenset[str]:
    """Bare names shared by a settlement and an admin unit: those settlements get "مدينة X"."""
    lx = load_lexicon()
    admin = {match_key(p.name_ar) for p in lx.places.values() if p.kind in ADMIN_NOUN}
    return frozenset(admin)


@lru_cache(maxsize=1)
def _settlement_names() -> frozenset[str]:
    lx = load_lexicon()
    return frozenset(match_key(p.name_ar) for p in lx.places.values() if p.kind in ("city", "town"))


def place_labels(p: PlaceEntry) -> tuple[str, str]:
    """(Arabic, English) canonical labels: one per node, the same from every article."""
    ar, en = p.name_ar, p.name_en
    if p.kind in ADMIN_NOUN and not match_key(ar).startswith(match_key(ADMIN_NOUN[p.kind])) and not ar.startswith("مدينة"):
        ar = f"{ADMIN_NOUN[p.kind]} {ar}"
        en = f"{en} {ADMIN_EN[p.kind]}" if en else ""
    elif p.kind in ("city", "town") and match_key(ar) in _colliding_names():
        ar = f"مدينة {ar}"
        en = f"{en} city" if en else ""
    return ar, en


def add_arabic_label(g: Graph, node: URIRef, label: str) -> None:
    """One rdfs:label@ar per node: a node the graph already labels (another article wrote
    "كفريا", this one "كفرية") keeps its label and takes this one as skos:altLabel."""
    have = [o for o in g.objects(node, RDFS.label) if getattr(o, "language", None) == "ar"]
    if have and str(have[0]) != label:
        g.add((node, SKOS.altLabel, Literal(label, lang="ar")))
    else:
        g.add((node, RDFS.label, Literal(label, lang="ar")))


def reconcile_labels(g: Graph, known) -> None:
    """Give each node of ``g`` the Arabic label a store already has for it (``known(node)``
    returns it or None), keeping this article's own as skos:altLabel."""
    for node, label in list(g.subject_objects(RDFS.label)):
        if getattr(label, "language", None) != "ar":
            continue
        stored = known(node)
        if stored is not None and str(stored) != str(label):
            g.remove((node, RDFS.label, label))
            g.add((node, RDFS.label, Literal(str(stored), lang="ar")))
            g.add((node, SKOS.altLabel, label))


def add_place(g: Graph, pid: str, p: PlaceEntry, alt: set[str]) -> None:
    node = place_iri(pid)
    g.add((node, RDF.type, CK.Place))
    cls = PLACE_CLASS.get(p.kind) or (getattr(CK, p.kind) if p.kind in CK.__annotations__ else None)
    if cls is not None and cls != CK.Place:
        g.add((node, RDF.type, cls))
    ar, en = place_labels(p)
    add_arabic_label(g, node, ar)
    if en:
        g.add((node, RDFS.label, Literal(en, lang="en")))
    keys = {label_key(ar)}
    if p.kind in ADMIN_NOUN:  # "حلب" names the city; the governorate is "محافظة حلب"
        keys |= _settlement_names()
    for name in sorted({*p.alt_ar, p.name_ar, *alt}):
        if name and label_key(name) not in keys and (p.kind not in ADMIN_NOUN or match_key(name) not in keys):
            keys.add(label_key(name))
            g.add((node, SKOS.altLabel, Literal(name, lang="ar")))
    for name in sorted(set(p.alt_en)):
        g.add((node, SKOS.altLabel, Literal(name, lang="en")))
    if p.pcode:
        g.add((node, CK.pcode, Literal(p.pcode)))
    if p.lat and p.lon:
        g.add((node, GEO.lat, Literal(p.lat, datatype=XSD.decimal)))
        g.add((node, GEO.long, Literal(p.lon, datatype=XSD.decimal)))
    if p.source:
        g.add((node, CK.source, Literal(p.source)))


def label_key(name: str) -> str:
    """Labels that differ only in diacritics or hamza are one label; سورية and سوريا stay two,
    so a query (or a gold file) written with either spelling finds the node."""
    return " ".join(normalize(name).split())


def add_actor(g: Graph, a: ActorEntry, alt: set[str]) -> None:
    node = actor_iri(a.id)
    g.add((node, RDF.type, CK.Actor))
    add_arabic_label(g, node, a.label_ar)
    if a.label_en:
        g.add((node, RDFS.label, Literal(a.label_en, lang="en")))
    keys = {label_key(a.label_ar)}
    for name in sorted({*a.aliases_ar, *alt}):
        if name and label_key(name) not in keys:
            keys.add(label_key(name))
            g.add((node, SKOS.altLabel, Literal(name, lang="ar")))
    for name in sorted(set(a.aliases_en)):
        if name != a.label_en:
            g.add((node, SKOS.altLabel, Literal(name, lang="en")))
    if a.acled_type:
        g.add((node, CK.actorType, Literal(a.acled_type)))
    if a.source:
        g.add((node, CK.source, Literal(a.source)))
    if a.parent:
        g.add((node, CK.subOrganisationOf, actor_iri(a.parent)))


_PLACE_OBJECT = {"partOf", "sideOf", "controls", "advancesOn"}
_ACTOR_OBJECT = {"clashesWith", "alliedWith"}


def entity_iri(doc: Doc, entity_id: str, place: bool | None = None) -> URIRef:
    """IRI of an entity id; ``place`` settles ids that are both (روسيا the state and the country)."""
    if place is None:
        place = entity_id not in doc.actors
    return place_iri(entity_id) if place else actor_iri(entity_id)


def add_event(g: Graph, doc: Doc, ev: Event, n: int, art: URIRef) -> URIRef:
    node = event_iri(doc.article.id, ev.trigger_start, ev.type, n)
    sent = doc.sentences[ev.sentence]
    g.add((node, RDF.type, EVENT_CLASS[ev.type]))
    for a in ev.actors:
        g.add((node, CK.actor, actor_iri(a)))
    for t in ev.targets:
        g.add((node, CK.target, entity_iri(doc, t, t in ev.places if ev.type != "clash" else False)))
    for p in ev.places:
        g.add((node, CK.place, place_iri(p)))
    if ev.fatalities is not None:
        g.add((node, CK.fatalities, Literal(ev.fatalities, datatype=XSD.nonNegativeInteger)))
        g.add((node, CK.victims, Literal(ev.victims, lang="en")))
        if ev.victims_text:
            g.add((node, CK.victims, Literal(ev.victims_text, lang="ar")))
    if ev.date:
        g.add((node, CK.date, Literal(ev.date, datatype=DATE_TYPE[ev.date_precision])))
    if ev.date_precision:
        g.add((node, CK.datePrecision, CK[ev.date_precision]))
    if ev.date_text:
        g.add((node, CK.dateText, Literal(ev.date_text, lang="ar")))
    if ev.weapon:
        g.add((node, CK.weapon, Literal(ev.weapon, lang="ar")))
    for r in ev.reported_by:
        g.add((node, CK.reportedBy, actor_iri(r)))
    for h in ev.hedges:
        g.add((node, CK.hedge, Literal(h, lang="ar")))
    g.add((node, CK.confidence, Literal(str(ev.confidence), datatype=XSD.decimal)))
    g.add((node, CK.trigger, Literal(ev.trigger, lang="ar")))
    add_provenance(g, node, sent.text, sent.start, sent.end, art)
    return node


def add_provenance(g: Graph, node: URIRef, evidence: str, start: int, end: int, art: URIRef) -> None:
    g.add((node, CK.evidence, Literal(evidence, lang="ar")))
    g.add((node, CK.charStart, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((node, CK.charEnd, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((node, PROV.wasDerivedFrom, art))
    g.add((node, CK.article, art))


def add_fact(g: Graph, doc: Doc, f: Fact, art: URIRef) -> None:
    o_place = True if f.rel in _PLACE_OBJECT else False if f.rel in _ACTOR_OBJECT else f.o_place
    s, o, p = entity_iri(doc, f.s, f.rel in ("partOf", "sideOf")), entity_iri(doc, f.o, o_place), RELATIONS[f.rel]
    g.add((s, p, o))
    key = hashlib.sha1(f"{s}|{p}|{o}|{f.sentence}".encode()).hexdigest()[:16]
    node = assertion_iri(doc.article.id, key)
    g.add((node, RDF.type, CK.Assertion))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    if f.sentence >= 0:
        sent = doc.sentences[f.sentence]
        add_provenance(g, node, sent.text, sent.start, sent.end, art)
    else:
        g.add((node, PROV.wasDerivedFrom, GAZETTEER))
        g.add((node, CK.article, art))


def add_article(g: Graph, doc: Doc) -> URIRef:
    a = doc.article
    node = article_iri(a.id)
    g.add((node, RDF.type, CK.Article))
    g.add((node, CK.fileName, Literal(a.source or a.id)))
    g.add((node, DCTERMS.identifier, Literal(a.id)))
    g.add((node, CK.textSha256, Literal(a.sha256)))
    if a.published:
        g.add((node, DCTERMS.issued, Literal(a.published.isoformat(), datatype=XSD.date)))
    if a.title:
        g.add((node, DCTERMS.title, Literal(a.title, lang="ar")))
    if a.url:
        g.add((node, DCTERMS.source, Literal(a.url)))
    return node


def doc_graph(doc: Doc, graph: Graph | None = None) -> Graph:
    """The RDF of one extracted article (without the ontology)."""
    g = bind_prefixes(graph if graph is not None else Graph())
    art = add_article(g, doc)
    lx = load_lexicon()
    used = {e for f in doc.facts for e in (f.s, f.o)}  # ids used as actor or place
    used |= {x for ev in doc.events for x in (*ev.actors, *ev.targets, *ev.places, *ev.reported_by)}
    actors = {aid: a for aid, a in doc.actors.items() if aid in used}
    for aid in list(actors):  # an actor's parent organisations are nodes too
        parent = actors[aid].parent
        while parent and parent in lx.actors and parent not in actors:
            actors[parent] = lx.actors[parent]
            parent = lx.actors[parent].parent
    for aid, a in actors.items():
        add_actor(g, a, doc.alt_labels.get(aid, set()))
    for pid, p in doc.places.items():
        if pid in used:
            add_place(g, pid, p, doc.alt_labels.get(pid, set()))
    counts: dict[tuple[int, str], int] = {}
    for ev in doc.events:
        k = (ev.trigger_start, ev.type)
        n = counts.get(k, 0)
        counts[k] = n + 1
        add_event(g, doc, ev, n, art)
    for f in doc.facts:
        add_fact(g, doc, f, art)
    return g


def gazetteer_version() -> str:
    """SHA-256 of the data the gazetteer graph is made from (and of this module's code)."""
    from kg.lexicon.loader import DATA

    h = hashlib.sha256()
    for name in ("places.tsv", "countries.tsv", "place_aliases.tsv"):
        h.update((DATA / name).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def gazetteer_graph() -> Graph:
    """Reference data: every gazetteer place (labels, p-code, coordinates) and its partOf chain.

    Articles' graphs hold only the places they name; a store loads this once, in its own
    named graph, so "every attack inside a governorate" can follow ck:partOf+.
    """
    lx = load_lexicon()
    g = bind_prefixes(Graph())
    for pid, p in lx.places.items():
        add_place(g, pid, p, set())
        if p.parent and p.parent in lx.places:
            g.add((place_iri(pid), CK.partOf, place_iri(p.parent)))
    return g

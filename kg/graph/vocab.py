"""The ontology's terms as Python names that fail loudly when misspelled.

Kept in sync with ontology/conflict.ttl by tests/graph/test_graph.py.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

CK_IRI = "https://w3id.org/conflict-kg/ontology#"
CKR = Namespace("https://w3id.org/conflict-kg/resource/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
ONTOLOGY_IRI = URIRef("https://w3id.org/conflict-kg/ontology")
# The gazetteer hierarchy as reference data: the named graph a store keeps it in.
GAZETTEER_GRAPH_IRI = URIRef("https://w3id.org/conflict-kg/resource/graph/gazetteer")
REFERENCE_GRAPHS = (ONTOLOGY_IRI, GAZETTEER_GRAPH_IRI)
# The prefixes conflict-kg writes and reads (Turtle output, SPARQL, endpoint answers).
PREFIXES = {
    "ck": CK_IRI,
    "ckr": str(CKR),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "geo": str(GEO),
}
ONTOLOGY_FILE = Path(__file__).resolve().parents[1] / "ontology" / "conflict.ttl"  # kg/ontology (ontology/ links to it)


class CK(DefinedNamespace):
    """conflict-kg ontology terms (ck:)."""

    _fail = True
    _NS = Namespace(CK_IRI)

    # classes
    Actor: URIRef
    Place: URIRef
    Country: URIRef
    Region: URIRef
    Governorate: URIRef
    District: URIRef
    Subdistrict: URIRef
    City: URIRef
    Town: URIRef
    Village: URIRef
    Neighbourhood: URIRef
    Countryside: URIRef
    Roundabout: URIRef
    Airport: URIRef
    OilField: URIRef
    Crossing: URIRef
    Checkpoint: URIRef
    MilitaryBase: URIRef
    Landmark: URIRef
    Article: URIRef
    Assertion: URIRef
    DatePrecision: URIRef
    Day: URIRef
    Weekday: URIRef
    Month: URIRef
    Year: URIRef
    Event: URIRef
    TerritorialControl: URIRef
    Attack: URIRef
    AirStrike: URIRef
    Shelling: URIRef
    MissileStrike: URIRef
    ArmedClash: URIRef
    Siege: URIRef
    Advance: URIRef
    Killing: URIRef
    # annotation properties
    acledEventType: URIRef
    acledSubEventType: URIRef
    cameoCode: URIRef
    # direct relations
    controls: URIRef
    attacks: URIRef
    clashesWith: URIRef
    besieges: URIRef
    advancesOn: URIRef
    alliedWith: URIRef
    partOf: URIRef
    sideOf: URIRef
    subOrganisationOf: URIRef
    # event roles
    actor: URIRef
    target: URIRef
    place: URIRef
    fatalities: URIRef
    victims: URIRef
    date: URIRef
    datePrecision: URIRef
    dateText: URIRef
    weapon: URIRef
    reportedBy: URIRef
    confidence: URIRef
    hedge: URIRef
    trigger: URIRef
    # provenance
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    article: URIRef
    fileName: URIRef
    textSha256: URIRef
    # places and actors
    pcode: URIRef
    actorType: URIRef
    source: URIRef


def ontology_path() -> Path:
    """Where the ontology is: package data (kg/ontology/conflict.ttl), in a checkout or installed."""
    return ONTOLOGY_FILE

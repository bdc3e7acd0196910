"""kg serve: SPARQL 1.1 Protocol over the seeds store, with SPARQLWrapper and plain HTTP."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph

from kg import query as kq
from kg.errors import StoreError
from kg.store import build, open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^10 rows: never finishes

pytestmark = pytest.mark.slow


def start(*args: str) -> tuple[subprocess.Popen, str]:
    """`kg serve --port 0 …` in a subprocess; returns it and its /query URL once it listens."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.search(r"(http://\S+/query)", line)
    if not m:
        proc.kill()
        raise AssertionError(f"kg serve did not start: {line} {proc.stderr.read()}")
    return proc, m.group(1)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "kg-store"
    build([str(p) for p in SEEDS], path, progress=False)
    return path


@pytest.fixture(scope="module")
def endpoint(store):
    proc, url = start("--store", str(store), "--max-results", "50", "--timeout", "2")
    yield url
    stop(proc)


def get(url: str, query: str, accept: str | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
    headers = {"Accept": accept} if accept else {}
    if method == "GET":
        req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers=headers)
    else:
        req = urllib.request.Request(url, data=query.encode(), method="POST",
                                     headers={**headers, "Content-Type": "application/sparql-query"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def local_count(store: Path) -> int:
    with open_store(store) as st:
        return int(next(iter(st.query(COUNT)))["n"].value)


def test_sparqlwrapper_json_xml_csv(endpoint, store):
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery(COUNT)
    sw.setReturnFormat(JSON)
    doc = sw.query().convert()
    assert int(doc["results"]["bindings"][0]["n"]["value"]) == local_count(store)
    sw.setReturnFormat(XML)
    xml = sw.query().convert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data == str(local_count(store))
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines() == ["n", str(local_count(store))]


def test_sparqlwrapper_construct_turtle(endpoint):
    from SPARQLWrapper import TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery("PREFIX ck: <https://w3id.org/conflict-kg/ontology#> "
                "CONSTRUCT { ?a ck:controls ?p } WHERE { ?a ck:controls ?p }")
    sw.setReturnFormat(TURTLE)
    res = sw.query()
    assert res.info()["content-type"].startswith("text/turtle")
    g = Graph().parse(data=res.convert().decode(), format="turtle")
    assert len(g) > 5


def test_plain_http_negotiation(endpoint):
    status, headers, body = get(endpoint, COUNT, "application/sparql-results+json")
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    assert json.loads(body)["head"]["vars"] == ["n"]
    status, headers, body = get(endpoint, COUNT, "application/sparql-results+xml", method="POST")
    assert status == 200 and b"<sparql" in body
    status, headers, body = get(endpoint, COUNT, "text/csv;q=0.9, text/tab-separated-values")
    assert headers["Content-Type"].startswith("text/tab-separated-values") and body.startswith(b"?n\n")
    status, headers, body = get(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", "application/n-triples")
    assert headers["Content-Type"] == "application/n-triples" and len(body.strip().splitlines()) == 3
    status, _, body = get(endpoint, "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True
    status, _, _ = get(endpoint, COUNT, "image/png")
    assert status == 406


def test_arabic_round_trips(endpoint):
    q = ("SELECT ?l WHERE { <https://w3id.org/conflict-kg/resource/actor/isis> "
         "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'ar') }")
    status, _, body = get(endpoint, q, "application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"] == [{"l": {"type": "literal", "value": "تنظيم داعش", "xml:lang": "ar"}}]


def test_malformed_query_is_400(endpoint):
    from SPARQLWrapper import SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    status, _, body = get(endpoint, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and b"1:26" in body
    sw = SPARQLWrapper(endpoint)
    sw.setQuery("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryBadFormed):
        sw.query()


def test_read_only(endpoint):
    req = urllib.request.Request(endpoint.replace("/query", "/update"), method="POST",
                                 data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode())
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 403
    req = urllib.request.Request(endpoint.replace("/query", "/store?default"), method="PUT", data=b"",
                                 headers={"Content-Type": "application/n-triples"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 403


def test_result_cap(endpoint):
    status, headers, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 200 and headers.get("X-KG-Truncated") == "50"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    status, headers, body = get(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers.get("X-KG-Truncated") == "50" and len(body.strip().splitlines()) == 50


def test_timeout_is_503(endpoint):
    t0 = time.monotonic()
    status, _, body = get(endpoint, HEAVY, "application/sparql-results+json")
    assert status == 503 and b"limit" in body
    assert time.monotonic() - t0 < 10


def test_named_queries_through_the_endpoint(endpoint, store):
    with open_store(store) as st:
        local = kq.run_named(kq.LocalBackend(st), "clashes-with", {"actor": "داعش"})
    remote = kq.run_named(kq.RemoteBackend(endpoint), "clashes-with", {"actor": "داعش"})
    assert remote.rows == local.rows
    r = subprocess.run([sys.executable, "-m", "kg.cli", "query", "who-controls", "--place", "دوار غسان عبود",
                        "--endpoint", endpoint, "--format", "csv"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "syrian-government" in r.stdout


def test_store_in_use(endpoint, store):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS[0]), "--store", str(store)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == StoreError.exit_code and "in use by kg serve" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--allow-update", "--port", "0", "--store", str(store)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == StoreError.exit_code and "in use by kg serve" in r.stderr
    # a second read-only server may share the store
    proc, url = start("--store", str(store))
    try:
        assert get(url, "ASK {}")[0] == 200
    finally:
        stop(proc)


def test_allow_update(tmp_path):
    proc, url = start("--store", str(tmp_path / "rw"), "--allow-update")
    try:
        req = urllib.request.Request(url.replace("/query", "/update"), method="POST",
                                     data=b"INSERT DATA { <http://example.org/s> <http://example.org/p> 'x' }",
                                     headers={"Content-Type": "application/sparql-update"})
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.status in (200, 204)
        status, _, body = get(url, "ASK { <http://example.org/s> ?p ?o }", "application/sparql-results+json")
        assert json.loads(body)["boolean"] is True
    finally:
        stop(proc)

"""`kg push`: copy the store to a SPARQL 1.1 Graph Store Protocol endpoint.

One HTTP PUT per named graph (``?graph=<IRI>``): PUT replaces the graph, so
pushing twice leaves the remote store as pushing once. The merged default
graph goes last (``?default``), so a server that does not use a union default
graph answers queries exactly as the local store does.
"""
from __future__ import annotations

import http.client
import os
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import StoreError
from kg.store import open_store, restore_datatypes


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    seconds: float = 0.0


class GraphStoreClient:
    """PUT requests to one Graph Store Protocol endpoint, over a kept-alive connection."""

    def __init__(self, endpoint: str, timeout: float = 120.0):
        u = urllib.parse.urlsplit(endpoint)
        if u.scheme not in ("http", "https") or not u.hostname:
            raise StoreError(f"{endpoint}: endpoint must be an http(s) URL such as http://localhost:7878/store")
        self.endpoint, self.u, self.timeout = endpoint, u, timeout
        self.conn: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.u.scheme == "https" else http.client.HTTPConnection
        return cls(self.u.hostname, self.u.port, timeout=self.timeout)

    def put(self, target: str, body, length: int) -> None:
        """PUT N-Triples to ``?graph=IRI`` (target = the IRI) or ``?default`` (target = "")."""
        query = urllib.parse.urlencode({"graph": target}) if target else "default"
        sep = "&" if self.u.query else ""
        path = f"{self.u.path or '/'}?{self.u.query}{sep}{query}"
        headers = {"Content-Type": "application/n-triples", "Content-Length": str(length)}
        for attempt in (1, 2):  # a kept-alive connection the server has closed: reconnect once
            if self.conn is None:
                self.conn = self._connect()
            try:
                if hasattr(body, "seek"):
                    body.seek(0)
                self.conn.request("PUT", path, body=body, headers=headers)
                resp = self.conn.getresponse()
                text = resp.read()
                break
            except (ConnectionError, http.client.HTTPException) as e:
                self.close()
                if attempt == 2:
                    raise StoreError(f"{self.endpoint}: cannot reach endpoint ({e})") from None
            except OSError as e:
                self.close()
                raise StoreError(f"{self.endpoint}: cannot reach endpoint ({e.strerror or e})") from None
        if resp.status not in (200, 201, 204):
            what = f"graph <{target}>" if target else "the default graph"
            msg = " ".join(text.decode("utf-8", "replace").split())[:200]
            raise StoreError(f"{self.endpoint}: PUT {what} refused: HTTP {resp.status} {msg}")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def _nt(quads) -> bytes:
    return ox.serialize((restore_datatypes(q).triple for q in quads), format=ox.RdfFormat.N_TRIPLES)


def push(store: str | os.PathLike[str] | None, endpoint: str, *, default_graph: bool = True,
         timeout: float = 120.0, progress: bool | None = None) -> PushReport:
    """Send every named graph (ontology included) and then the merged default graph."""
    from tqdm import tqdm

    t0 = time.monotonic()
    report = PushReport()
    client = GraphStoreClient(endpoint, timeout)
    try:
        with open_store(store, purpose="kg push") as st:
            graphs = st.named_graphs()
            show = sys.stderr.isatty() if progress is None else progress
            for g in tqdm(graphs, disable=not show, unit="graph", file=sys.stderr, dynamic_ncols=True):
                quads = list(st.ox.quads_for_pattern(None, None, None, g))
                data = _nt(quads)
                client.put(g.value, data, len(data))
                report.graphs += 1
                report.triples += len(quads)
            if default_graph:
                with tempfile.TemporaryFile() as f:  # the merge can be large: stream it from disk
                    ox.serialize((restore_datatypes(q).triple for q in
                                  st.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                                 f, format=ox.RdfFormat.N_TRIPLES)
                    size = f.tell()
                    client.put("", f, size)
    finally:
        client.close()
    report.seconds = time.monotonic() - t0
    return report

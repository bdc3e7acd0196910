"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the store.

The queries run in Oxigraph's own server (`oxigraph serve-read-only`, from the
PyPI package ``oxigraph``) on a private loopback port; a small proxy in front
adds what that server lacks (measured with 0.5.13):

* a result cap (``--max-results``): Oxigraph has none; the proxy reads at most
  N rows (or triples) and closes the backend connection;
* a clean timeout: Oxigraph's ``--timeout-s`` cancels a query that has not
  produced its first result, but answers "200 OK" with the cancellation text
  appended to a half-written body, and never stops a result that is already
  streaming. The proxy checks the body and a deadline, and answers 503;
* read-only by default: only /query (and the query UI) are forwarded; /update
  and /store (Graph Store Protocol) only with ``--allow-update``.

Results are re-serialized by pyoxigraph from the backend's TSV / N-Triples, in
the format the client's Accept header asks for.
"""
from __future__ import annotations

import ctypes
import http.client
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError, StoreError
from kg.store import store_lock, store_path
from kg.graph.vocab import PREFIXES

MAX_BODY = 1024 * 1024  # a SPARQL request larger than this is refused (413)
MAX_CONCURRENT = 32  # queries forwarded at once; more wait
BACKEND_ACCEPT = "text/tab-separated-values, application/n-triples;q=0.9"
CANCELLED = "The SPARQL operation has been cancelled"

SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/n3": ox.RdfFormat.N3,
}


def negotiate(accept: str | None, table: dict, default: str) -> str | None:
    """The media type of ``table`` the Accept header prefers (q values, wildcards); None if none is acceptable."""
    if not accept or not accept.strip():
        return default
    ranges = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        media, q = bits[0].lower(), 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, i, media))
    for _, _, media in sorted(ranges):
        if media in table:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            major = media[:-1]
            if default.startswith(major):
                return default
            for m in table:
                if m.startswith(major):
                    return m
    return None


def oxigraph_binary() -> str:
    """The `oxigraph` server of the PyPI package (beside this Python, else on PATH)."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise KGError("the `oxigraph` server binary is missing: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:  # runs in the child before exec (Linux): no orphaned backend
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def start_backend(location: Path, port: int, *, read_only: bool, timeout: float) -> subprocess.Popen:
    """Start `oxigraph serve[-read-only]` on 127.0.0.1:port and wait until it answers."""
    cmd = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location),
           "--bind", f"127.0.0.1:{port}"]
    if timeout > 0:
        cmd += ["--timeout-s", str(max(1, math.ceil(timeout)))]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            lines = [x for x in log.read().decode("utf-8", "replace").splitlines() if x.strip()]
            raise StoreError(f"{location}: oxigraph server did not start: {lines[-1] if lines else proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise StoreError(f"{location}: oxigraph server did not answer within 15 s")


class Proxy(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default 5 refuses connections under a burst of clients

    def __init__(self, addr, *, backend_port: int, allow_update: bool, timeout: float, max_results: int,
                 verbose: bool = False):
        self.backend_port = backend_port
        self.allow_update = allow_update
        self.timeout = timeout
        self.max_results = max_results
        self.verbose = verbose
        self.slots = threading.BoundedSemaphore(MAX_CONCURRENT)
        super().__init__(addr, Handler)


class Handler(BaseHTTPRequestHandler):
    server: Proxy
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # headers and body are separate writes: without NODELAY, Nagle and delayed ACKs add ~40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (BaseHTTPRequestHandler's name)
        if self.server.verbose:
            super().log_message(format, *args)

    # routing
    def _route(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path == "/query" and self.command in ("GET", "POST"):
            return self.query()
        if path == "/update" or path == "/store" or path.startswith("/store/"):
            if not self.server.allow_update:
                return self.reply(403, b"read-only endpoint: start `kg serve --allow-update` to accept updates\n")
            return self.forward()
        if path == "/query":
            return self.reply(405, b"use GET or POST on /query\n")
        if self.command in ("GET", "HEAD"):
            return self.forward()  # Oxigraph's query UI and its assets
        return self.reply(405, b"method not allowed\n")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _route

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Allow", "GET, POST, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # helpers
    def reply(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def body(self) -> bytes | None:
        n = int(self.headers.get("Content-Length") or 0)
        if n > MAX_BODY:
            self.reply(413, f"request body over {MAX_BODY} bytes\n".encode())
            self.close_connection = True
            return None
        return self.rfile.read(n) if n else b""

    def _upstream(self, body: bytes, accept: str, timeout: float) -> http.client.HTTPResponse:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.backend_port, timeout=timeout)
        conn.connect()
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        headers = {"Accept": accept}
        if self.headers.get("Content-Type"):
            headers["Content-Type"] = self.headers["Content-Type"]
        conn.request(self.command, self.path, body=body if self.command not in ("GET", "HEAD") else None,
                     headers=headers)
        resp = conn.getresponse()
        resp._kg_conn = conn  # closed with the response
        return resp

    def forward(self) -> None:
        """Pass a request through unchanged (UI pages, and updates when allowed)."""
        body = self.body()
        if body is None:
            return
        try:
            resp = self._upstream(body, self.headers.get("Accept") or "*/*", self.server.timeout or 60)
            data = resp.read()
        except OSError as e:
            return self.reply(502, f"backend unavailable: {e}\n".encode())
        headers = {k: v for k, v in resp.getheaders() if k.lower() in ("location",)}
        self.reply(resp.status, data, resp.getheader("Content-Type") or "application/octet-stream", headers)
        resp._kg_conn.close()

    def query(self) -> None:
        """Run a query in the backend, capped and timed, and answer in the negotiated format."""
        body = self.body()
        if body is None:
            return
        limit, timeout = self.server.max_results, self.server.timeout
        deadline = time.monotonic() + timeout if timeout > 0 else math.inf
        with self.server.slots:
            try:
                resp = self._upstream(body, BACKEND_ACCEPT, min(timeout + 5, 3600) if timeout > 0 else None)
            except TimeoutError:
                return self.reply(503, f"query stopped: over the {timeout:g} s limit of this endpoint\n".encode())
            except (OSError, http.client.HTTPException) as e:
                return self.reply(502, f"backend unavailable: {e}\n".encode())
            try:
                if resp.status != 200:
                    return self.reply(resp.status, resp.read(), resp.getheader("Content-Type") or "text/plain")
                kind = resp.getheader("Content-Type", "").split(";")[0].strip()
                lines, truncated, error = self._read(resp, kind, limit, deadline)
            except TimeoutError:
                lines, truncated, error = [], False, CANCELLED
            finally:
                resp._kg_conn.close()
        if error:
            if CANCELLED in error or time.monotonic() >= deadline:
                return self.reply(503, f"query stopped: over the {timeout:g} s limit of this endpoint\n".encode())
            return self.reply(500, f"query failed: {error}\n".encode())
        headers = {"X-KG-Truncated": str(limit)} if truncated else {}
        data = b"".join(lines)
        try:
            if kind == "application/n-triples":
                media = negotiate(self.headers.get("Accept"), GRAPH_TYPES, "text/turtle")
                if media is None:
                    return self.reply(406, b"no acceptable RDF format (try text/turtle or application/n-triples)\n")
                out = ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=GRAPH_TYPES[media],
                                   prefixes=PREFIXES if GRAPH_TYPES[media] in (ox.RdfFormat.TURTLE, ox.RdfFormat.N3) else None)
            else:
                media = negotiate(self.headers.get("Accept"), SOLUTION_TYPES, "application/sparql-results+json")
                if media is None:
                    return self.reply(406, b"no acceptable results format (try application/sparql-results+json)\n")
                out = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV).serialize(format=SOLUTION_TYPES[media])
        except (SyntaxError, ValueError) as e:
            return self.reply(500, f"cannot re-serialize results: {e}\n".encode())
        ctype = media + ("; charset=utf-8" if media.startswith("text/") else "")
        self.reply(200, out, ctype, headers)

    @staticmethod
    def _read(resp, kind: str, limit: int, deadline: float) -> tuple[list[bytes], bool, str]:
        """Lines of a TSV / N-Triples body: at most ``limit`` rows, before ``deadline``.

        Returns (lines, truncated, error). Oxigraph appends its error text to a
        body that is already under way, without a newline: a last line that
        does not end in "\\n" is that error (except a TSV boolean: true/false).
        """
        header = kind == "text/tab-separated-values"
        lines: list[bytes] = []
        rows = 0
        while True:
            if time.monotonic() >= deadline:
                return lines, False, CANCELLED
            line = resp.readline()
            if not line:
                return lines, False, ""
            if not line.endswith(b"\n"):
                if header and not lines and line.strip() in (b"true", b"false"):
                    return [line], False, ""
                return lines, False, line.decode("utf-8", "replace").strip()
            if header and not lines:
                lines.append(line)
                continue
            if limit > 0 and rows >= limit:
                return lines, True, ""
            lines.append(line)
            rows += 1


def serve(store: str | os.PathLike[str] | None = None, host: str = "127.0.0.1", port: int = 7878, *,
          allow_update: bool = False, timeout: float = 30.0, max_results: int = 10000, verbose: bool = False,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM)."""
    p = store_path(store)
    if not allow_update and not (p / "CURRENT").exists():
        raise StoreError(f"{p}: no store here (build one with `kg build SOURCES --store {p}`)")
    try:
        httpd = Proxy((host, port), backend_port=0, allow_update=allow_update, timeout=timeout,
                      max_results=max_results, verbose=verbose)
    except OSError as e:
        raise KGError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    url = f"http://{host if ':' not in host else f'[{host}]'}:{httpd.server_address[1]}"
    try:
        mode = "read-write" if allow_update else "read-only"
        with store_lock(p, exclusive=allow_update, purpose=f"kg serve ({mode}) at {url}"):
            backend_port = free_port()
            proc = start_backend(p, backend_port, read_only=not allow_update, timeout=timeout)
            httpd.backend_port = backend_port
            main = threading.current_thread() is threading.main_thread()
            previous = signal.signal(signal.SIGTERM, _raise_interrupt) if main else None
            try:
                limits = f"timeout {timeout:g} s" if timeout > 0 else "no timeout"
                limits += f", at most {max_results} results" if max_results > 0 else ", no result cap"
                print(f"kg serve: SPARQL endpoint at {url}/query ({mode}, {limits}); Ctrl-C to stop", flush=True)
                if on_ready:
                    on_ready(url)
                httpd.serve_forever(poll_interval=0.2)
            finally:
                if main:
                    signal.signal(signal.SIGTERM, previous)
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    finally:
        httpd.server_close()


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt

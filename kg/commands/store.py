"""`kg build`, `kg query`, `kg serve`, `kg push`, `kg export`: the persistent store and SPARQL."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import InputError, QueryError

STORE_HELP = "store folder (default: $KG_STORE or ./kg-store)"


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="extract articles into the on-disk store (one transaction per article)")
    b.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="article files, folders (*.txt, recursively) or .jsonl files of {id, text, published, source, url}")
    b.add_argument("--store", metavar="DIR", help=STORE_HELP)
    b.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the text files (JSONL records carry their own)")
    b.add_argument("--force", action="store_true", help="re-extract unchanged texts too; rewrite the graphs that differ")
    b.add_argument("--reindex", action="store_true", help="rebuild the merged default graph from the named graphs")
    b.add_argument("--progress", action="store_true", default=None, help="show a progress bar even when stderr is not a terminal")
    b.add_argument("-q", "--quiet", action="store_true", help="no summary")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run SPARQL or a named query on the store (or an endpoint)",
                       description="Run a SPARQL query (text, -f FILE) or a named query (see --list).")
    q.add_argument("query", nargs="?", metavar="QUERY|NAME", help="SPARQL text, or the name of a shipped query")
    q.add_argument("-f", "--file", metavar="FILE.rq", help="read the SPARQL from a file ('-' for stdin)")
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table", help="output format (default: table)")
    q.add_argument("--width", type=int, default=60, metavar="N", help="clip table cells to N columns (0: never)")
    where = q.add_mutually_exclusive_group()
    where.add_argument("--store", metavar="DIR", help=STORE_HELP)
    where.add_argument("--endpoint", metavar="URL", help="query a SPARQL endpoint instead (e.g. http://127.0.0.1:7878/query)")
    from kg.errors import KGError
    from kg.query import all_params

    try:
        found = all_params()
    except KGError:  # a broken .rq header must not break every kg command; `kg query` reports it
        found = {}
    params = q.add_argument_group("named-query parameters (see --list)")
    for name, p in sorted(found.items()):
        params.add_argument(f"--{name}", dest=f"param_{name}", metavar=p.kind.upper(), help=p.help)
    q.set_defaults(func=cmd_query)

    s = sub.add_parser("serve", help="serve the store as a SPARQL 1.1 Protocol endpoint (/query)")
    s.add_argument("--store", metavar="DIR", help=STORE_HELP)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    s.add_argument("--allow-update", action="store_true", help="also accept SPARQL Update (/update) and Graph Store writes (/store)")
    s.add_argument("--timeout", type=float, default=30.0, metavar="S", help="stop a query after S seconds (default: 30; 0: never)")
    s.add_argument("--max-results", type=int, default=10000, metavar="N", help="return at most N rows or triples (default: 10000; 0: no cap)")
    s.add_argument("-v", "--verbose", action="store_true", help="log every request on stderr")
    s.set_defaults(func=cmd_serve)

    p = sub.add_parser("push", help="send the store's graphs to a SPARQL Graph Store Protocol endpoint (PUT per graph)")
    p.add_argument("--endpoint", required=True, metavar="URL", help="Graph Store endpoint, e.g. http://localhost:7878/store")
    p.add_argument("--store", metavar="DIR", help=STORE_HELP)
    p.add_argument("--no-default", action="store_true", help="skip the merged default graph (for servers with a union default graph)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="S", help="HTTP timeout per request (default: 120)")
    p.add_argument("--progress", action="store_true", default=None, help="show a progress bar even when stderr is not a terminal")
    p.set_defaults(func=cmd_push)

    e = sub.add_parser("export", help="write the store to one RDF file")
    e.add_argument("--format", required=True, choices=("turtle", "nt", "trig", "jsonld", "nquads"),
                   help="turtle/nt/jsonld: the merged graph; trig/nquads: the named graphs")
    e.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write ('-' for stdout)")
    e.add_argument("--store", metavar="DIR", help=STORE_HELP)
    e.add_argument("--no-ontology", action="store_true", help="leave the ontology out")
    e.set_defaults(func=cmd_export)


def cmd_build(args: argparse.Namespace) -> int:
    from kg.io import parse_date
    from kg.store import BuildReport, build, open_store, store_path

    if not args.sources and not args.reindex:
        raise InputError("give articles to build from (files, folders or .jsonl), or --reindex")
    path = store_path(args.store)
    if args.reindex:
        with open_store(path, write=True, purpose="kg build --reindex") as st:
            n = st.reindex()
            graphs = len(st.named_graphs())
        if not args.quiet:
            print(f"store {path}: default graph rebuilt from {graphs} named graphs ({n} triples)")
        if not args.sources:
            return 0
    report = BuildReport()
    try:
        build(args.sources, path, published=parse_date(args.published), force=args.force,
              progress=args.progress, report=report)
    except KeyboardInterrupt:
        if not args.quiet:  # what was written before the interruption stays written
            print("\n".join(report.lines(path)))
        raise
    if not args.quiet:
        print("\n".join(report.lines(path)))
    return InputError.exit_code if report.failed else 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg import query as kq

    if args.list:
        print(kq.list_text())
        return 0
    values = {k[len("param_"):]: v for k, v in vars(args).items() if k.startswith("param_")}
    text, name = None, None
    if args.file:
        if args.query:
            raise QueryError("give the query as text or with -f, not both")
        try:
            text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{args.file}: cannot read ({e})") from None
    elif args.query is None:
        raise QueryError("give SPARQL text, -f FILE, or a query name (see `kg query --list`)")
    elif kq.is_query_name(args.query):
        name = args.query
    else:
        text = args.query
    if text is not None and any(v is not None for v in values.values()):
        raise QueryError("--place, --actor … are for named queries; bind values in your own SPARQL")

    def run(backend) -> kq.Result:
        return kq.run_named(backend, name, values) if name else backend.run(text)

    if args.endpoint:
        result = run(kq.RemoteBackend(args.endpoint))
    else:
        from kg.store import open_store

        with open_store(args.store, purpose="kg query") as st:
            result = run(kq.LocalBackend(st))
    sys.stdout.write(kq.render(result, args.format, args.width))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    try:
        serve(args.store, args.host, args.port, allow_update=args.allow_update, timeout=args.timeout,
              max_results=args.max_results, verbose=args.verbose)
    except KeyboardInterrupt:
        print("kg serve: stopped", file=sys.stderr)
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from kg.push import push

    r = push(args.store, args.endpoint, default_graph=not args.no_default, timeout=args.timeout, progress=args.progress)
    extra = " and the merged default graph" if not args.no_default else ""
    print(f"pushed {r.graphs} named graphs ({r.triples} triples){extra} to {args.endpoint} in {r.seconds:.1f} s")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export

    r = export(args.store, args.format, args.output, ontology=not args.no_ontology)
    if args.output != "-":
        kind = "quads" if args.format in ("trig", "nquads") else "triples"
        print(f"wrote {r.path}: {r.statements} {kind} ({r.format})")
    return 0

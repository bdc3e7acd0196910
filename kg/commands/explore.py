"""`kg viz`, `kg stats` and `kg map`: look at a graph (a Turtle file or the store)."""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.util import guess_format

from kg.errors import InputError, KGError, StoreError

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def register(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("viz", help="interactive HTML network of actors, places and relations (works offline)")
    _source_args(v)
    v.add_argument("-o", "--output", required=True, metavar="OUT.html", help="page to write")
    _filter_args(v)
    v.add_argument("--hops", type=int, default=1, metavar="N", help="radius of the network around --actor/--place (default 1)")
    v.add_argument("--size", choices=("degree", "casualties"), default="degree", help="node size (default degree)")
    v.add_argument("--physics", choices=("auto", "on", "off"), default="auto",
                   help="layout by physics (bounded, then frozen); auto: off above 1,500 nodes")
    v.add_argument("--isolated", action="store_true", help="also draw actors and places with no relation")
    v.add_argument("--title", default="conflict-kg", help="page title")
    v.set_defaults(func=cmd_viz)

    s = sub.add_parser("stats", help="network measures: centrality, most attacked places, control changes, fronts")
    _source_args(s)
    s.add_argument("--format", choices=("table", "json"), default="table")
    s.add_argument("--top", type=int, default=10, metavar="N", help="rows per table (default 10)")
    s.add_argument("--graphml", metavar="OUT.graphml", help="also write the actor/place/event graph as GraphML (Gephi)")
    s.add_argument("--gexf", metavar="OUT.gexf", help="also write it as GEXF (Gephi)")
    s.set_defaults(func=cmd_stats)

    m = sub.add_parser("map", help="events on an offline map of Syria's governorates (HTML)")
    _source_args(m)
    m.add_argument("-o", "--output", required=True, metavar="OUT.html", help="page to write")
    _filter_args(m)
    m.add_argument("--title", default="conflict-kg: events", help="page title")
    m.set_defaults(func=cmd_map)


def _source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", metavar="FILE", help="an RDF file (Turtle, N-Triples, …), e.g. from kg extract")
    p.add_argument("--store", metavar="DIR", help="read the store instead (default: $KG_STORE or ./kg-store)")


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", metavar="NAME", help="only around this actor (Arabic or English name)")
    p.add_argument("--place", metavar="NAME", help="only around this place and the places in it")
    p.add_argument("--type", action="append", default=[], metavar="TYPE",
                   help="relation (controls, attacks, …) or event class (AirStrike, Siege, …); repeatable")
    p.add_argument("--since", metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="up to this date")


# --------------------------------------------------------------------------- loading

def load_source(file: str | None, store: str | None) -> Graph:
    """The graph to look at: an RDF file, or the store (through kg.store when it is installed)."""
    if file and store:
        raise KGError("give either FILE or --store, not both")
    if file:
        return load_file(file)
    return load_store(store)


def load_file(path: str) -> Graph:
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a folder; to read a store, give --store {path}")
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    fmt = guess_format(str(p)) or "turtle"
    try:
        if fmt in ("nquads", "trig"):
            from rdflib import Dataset

            ds = Dataset(default_union=True)
            ds.parse(str(p), format=fmt)
            return ds
        return Graph().parse(str(p), format=fmt)
    except Exception as e:  # rdflib raises many kinds on bad input
        raise InputError(f"{path}: not readable as {fmt}: {' '.join(str(e).split())[:200]}") from e


def load_store(path: str | None) -> Graph:
    """The store's merged default graph as an rdflib Graph.

    Uses kg.store (found at run time so this command works without it): its
    ``load_graph`` if there is one, else ``open_store`` and its default graph.
    """
    if importlib.util.find_spec("kg.store") is None:
        raise StoreError("--store needs kg.store, which is not installed; give a Turtle FILE instead")
    store = importlib.import_module("kg.store")
    where = store.store_path(path) if hasattr(store, "store_path") else Path(path or "kg-store")
    for name in ("load_graph", "read_graph"):
        fn = getattr(store, name, None)
        if callable(fn):
            return fn(where)
    if not hasattr(store, "open_store"):
        raise StoreError("kg.store offers no way to read a store (open_store/load_graph)")
    import pyoxigraph as ox

    g = Graph()
    with store.open_store(where) as st:
        conv = store.from_ox
        for q in st.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            g.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return g


def _check_dates(args: argparse.Namespace) -> None:
    for name in ("since", "until"):
        value = getattr(args, name, None)
        if value and not _DATE.match(value):
            raise InputError(f"--{name}: not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")


def _projection(args: argparse.Namespace):
    from kg.network import project

    _check_dates(args)
    return project(load_source(args.file, args.store))


# --------------------------------------------------------------------------- commands

def cmd_viz(args: argparse.Namespace) -> int:
    from kg.network import view
    from kg.viz import write

    G = _projection(args)
    V = view(G, actor=args.actor, place=args.place, types=_types(args.type), since=args.since,
             until=args.until, hops=args.hops, keep_isolated=args.isolated)
    if not len(V):
        raise KGError("nothing to draw: no actor or place is left after the filters")
    physics = {"auto": None, "on": True, "off": False}[args.physics]
    out = write(V, args.output, G, title=args.title, size_by=args.size, physics=physics)
    print(f"wrote {out}: {V.number_of_nodes()} nodes, {V.number_of_edges()} edges")
    return 0


def cmd_map(args: argparse.Namespace) -> int:
    from kg.geomap import map_events, write_map
    from kg.network import select_events

    G = _projection(args)
    events = select_events(G, actor=args.actor, place=args.place, types=_types(args.type),
                           since=args.since, until=args.until)
    out = write_map(G, args.output, events, title=args.title)
    placed, unplaced = map_events(G, events)
    print(f"wrote {out}: {len(events)} events, {len(placed)} markers, {len(unplaced)} without coordinates")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.network import summary, write_gexf, write_graphml

    G = _projection(args)
    data = summary(G, top=args.top)
    if args.graphml:
        write_graphml(G, args.graphml)
    if args.gexf:
        write_gexf(G, args.gexf)
    if args.format == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(format_tables(data))
    for path in (args.graphml, args.gexf):
        if path:
            print(f"wrote {path}", file=sys.stderr)
    return 0


def _types(values: list[str]) -> list[str]:
    return [t.strip() for v in values for t in v.split(",") if t.strip()]


def _name(row: dict) -> str:
    return row["label"] + (f" ({row['label_en']})" if row.get("label_en") else "")


def _table(title: str, header: list[str], rows: list[list]) -> str:
    if not rows:
        return f"{title}\n  (none)"
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [title] + ["  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(2, "  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_tables(data: dict) -> str:
    """``kg stats`` as plain-text tables."""
    n, rels = data["nodes"], data["relations"]
    out = [f"{n['actor']} actors, {n['place']} places, {n['event']} events",
           "relations: " + ", ".join(f"{k} {v}" for k, v in rels.items() if v),
           "events: " + ", ".join(f"{k} {v}" for k, v in data["events"].items()), ""]
    out.append(_table("Actor centrality (conflict network: clashes, attacks and sieges between actors)",
                      ["degree", "weighted", "betweenness", "actor"],
                      [[r["degree"], r["weighted_degree"], f"{r['betweenness']:.3f}", _name(r)]
                       for r in data["actor_centrality"]]))
    out.append("")
    out.append(_table("Most attacked places (attack events at or against the place)",
                      ["attacks", "with parts", "killed", "place", "attackers"],
                      [[r["attacks"], r["with_parts"], r["fatalities"], _name(r), "، ".join(r["attackers"])]
                       for r in data["most_attacked_places"]]))
    out.append("")
    out.append(_table("Control over time (TerritorialControl events)",
                      ["controllers", "changes", "place", "controllers in order"],
                      [[r["n_controllers"], r["changes"], _name(r), " → ".join(r["controllers"])]
                       for r in data["control_changes"]]))
    out.append("")
    out.append(_table("Fronts (connected components of the actor–place conflict graph)",
                      ["size", "actors", "places"],
                      [[f["size"], "، ".join(f["actors"][:6]) + (" …" if len(f["actors"]) > 6 else ""),
                        "، ".join(f["places"][:6]) + (" …" if len(f["places"]) > 6 else "")]
                       for f in data["fronts"]]))
    return "\n".join(out)

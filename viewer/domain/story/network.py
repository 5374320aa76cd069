"""The deal network: companies as nodes, money as directed edges, as known at a date.

Edges come from the events' ``flows`` (who pays whom, and what for); each edge keeps its
events in date order, and its label the amounts of the latest one. "As known at" a date keeps
the events whose first report had come out by then. A circular flow is a cycle of edges once
parts are folded into their parents (AWS into Amazon): Amazon invests in OpenAI, OpenAI buys
cloud from AWS: the money returns to where it came from, the "Zirkelgeschäfte" of report 004.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.wording.describe import describe_amount


@dataclass
class Edge:
    source: str
    target: str
    kind: str
    events: list[int] = field(default_factory=list)   # in date order
    label: str = ""
    circular: bool = False


@dataclass(frozen=True)
class Network:
    nodes: list[str]
    edges: list[Edge]
    cycles: list[list[str]]


SHARED = (" (one sum for {count} flows)", " (eine Summe für {count} Flüsse)")


def build_network(opened: OpenTimeline, known_at: dt.date | None = None,
                  language: str = "en") -> Network:
    """The network of an open timeline as known on ``known_at`` (events in date order)."""
    published = {key: s.published.start or s.published.end for key, s in opened.sources.items()}
    events = opened.events
    edges: dict[tuple[str, str, str], Edge] = {}
    for index in opened.order_list:
        event = events[index]
        if not event.flows or not _known(event, published, known_at):
            continue
        figures = "; ".join(dict.fromkeys(describe_amount(a, language) for a in event.amounts))
        if figures and len(event.flows) > 1:  # one sum across several flows, not one each
            figures += SHARED[language == "de"].format(count=len(event.flows))
        for flow in event.flows:
            key = (flow.source, flow.target, flow.kind.value)
            edge = edges.setdefault(key, Edge(*key))
            before = events[edge.events[-1]] if edge.events else None
            edge.events.append(index)
            if figures and not edge.label:
                edge.label = figures
            elif figures:
                # The same story's figure as it grew ("→"); another deal comes on top ("+").
                grew = before is not None and event.thread is not None and \
                    before.thread == event.thread
                edge.label = f"{edge.label} {'→' if grew else '+'} {figures}"
    parent = {key: e.part_of for key, e in opened.entities.items() if e.part_of}
    cycles = _cycles(list(edges.values()), parent)
    in_cycle = {(a, b) for cycle in cycles for a, b in zip(cycle, cycle[1:] + cycle[:1],
                                                             strict=True)}
    for edge in edges.values():
        edge.circular = (_top(edge.source, parent), _top(edge.target, parent)) in in_cycle
    nodes = list(dict.fromkeys(n for e in edges.values() for n in (e.source, e.target)))
    return Network(nodes, list(edges.values()), cycles)


def _known(event: Any, published: dict[str, dt.date | None], known_at: dt.date | None) -> bool:
    if known_at is None:
        return True
    days = [published[q.source] for q in event.quotes if published.get(q.source)]
    return bool(days) and min(days) <= known_at


def _top(node: str, parent: dict[str, str]) -> str:
    while node in parent:
        node = parent[node]
    return node


def _cycles(edges: list[Edge], parent: dict[str, str]) -> list[list[str]]:
    """Simple cycles of the folded graph (small graphs: a depth-first search from each node)."""
    graph: dict[str, set[str]] = {}
    for edge in edges:
        a, b = _top(edge.source, parent), _top(edge.target, parent)
        if a != b:
            graph.setdefault(a, set()).add(b)
    found: list[list[str]] = []
    for start in sorted(graph):
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    found.append(path)
                elif nxt not in path and nxt > start:  # each cycle once, from its least node
                    stack.append((nxt, [*path, nxt]))
    return found

"""The evidence model of a timeline: sources, anchored quotes, vague dates, amounts, claims.

Everything here is plain pydantic; nothing imports Qt. The models describe one timeline file
(``timeline/1``). Checks that need more than one field at a time (ids that must exist, quotes that
must match their source text) live in :mod:`viewer.domain.files.loading`, which reads the sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from viewer.domain.format.invariants import (
    amount_problem,
    basis_problem,
    era_problem,
    offsets_problem,
    span_problem,
)

FORMAT = "timeline/1"
ModelT = TypeVar("ModelT", bound=BaseModel)

Id = Annotated[str, Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")]


def _checked(item: ModelT, rule: Callable[[Any], str | None]) -> ModelT:
    problem = rule(item)
    if problem:
        raise ValueError(problem)
    return item


class Strict(BaseModel):
    """Base for every model in the file: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    SPAN = "span"


class Relation(StrEnum):
    AT = "at"
    SINCE = "since"
    UNTIL = "until"
    BEFORE = "before"
    AFTER = "after"


class BasisKind(StrEnum):
    STATED = "stated"
    RELATIVE = "relative_to_source"
    OTHER_REPORTING = "other_reporting"
    IMPORTED = "imported"


class DateBasis(Strict):
    """How a date was arrived at: read off the text, resolved against a report's publication
    date (``source`` names the report), taken from other reporting (``note`` says which), or
    imported from another tool's file (``note`` names the file and the item)."""

    kind: BasisKind
    source: Id | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _source_matches_kind(self) -> DateBasis:
        return _checked(self, basis_problem)


class VagueDate(Strict):
    """A date as a report gives it: its wording, its precision, and the calendar days it allows.

    ``start`` and ``end`` are the earliest and latest possible days, inclusive; either is
    ``None`` when open ("seit 2019" has no end). ``value`` is the date at its own precision
    ("2025-10", "2026-Q4", "2019", "2025-12-16/2025-12-17").
    """

    text: str
    value: str
    precision: Precision
    relation: Relation = Relation.AT
    start: dt.date | None = None
    end: dt.date | None = None
    basis: DateBasis

    @model_validator(mode="after")
    def _ordered(self) -> VagueDate:
        return _checked(self, span_problem)


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    ABOUT = "about"
    JUST_UNDER = "just_under"
    BETWEEN = "between"


NonNegative = Annotated[Decimal, Field(ge=0)]


class MoneyAmount(Strict):
    """An amount as reported: its wording, the range it allows and how it was qualified.

    ``min``/``max`` are open (``None``) where the wording leaves them so ("bis zu 50 Milliarden"
    has no minimum). ``currency_inferred`` is true when the wording names no currency.
    """

    text: str
    min: NonNegative | None = None
    max: NonNegative | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    currency_inferred: bool = False
    qualifier: Qualifier

    @model_validator(mode="after")
    def _ordered(self) -> MoneyAmount:
        return _checked(self, amount_problem)


class AnchoredQuote(Strict):
    """An exact passage of a source: code-point offsets plus the text expected there.

    ``prefix``/``suffix`` are optional context that pick the right occurrence when the
    offsets have gone stale and the text appears more than once.
    """

    source: Id
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: Annotated[str, Field(min_length=1)]
    prefix: str | None = None
    suffix: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> AnchoredQuote:
        return _checked(self, offsets_problem)


class EntityKind(StrEnum):
    COMPANY = "company"
    OUTLET = "outlet"
    PERSON = "person"
    GROUP = "group"
    UNNAMED_SOURCE = "unnamed_source"


class Entity(Strict):
    """A company, outlet, person or unnamed source that events and claims refer to by id.
    ``part_of`` names a parent (AWS is part of Amazon): money reaching a part reaches it."""

    id: Id
    name: str
    kind: EntityKind
    aliases: list[str] = []
    part_of: Id | None = None


class Source(Strict):
    """One report. ``file`` is relative to the timeline's sources folder; ``sha256`` is the hash
    of its bytes. ``title_printed`` is false when the report printed no headline and ``title``
    is a description."""

    id: Id
    title: str
    title_printed: bool = True
    outlet: Id | None = None
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")]
    file: str
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    published: VagueDate
    url: str | None = None  # where the report was published, if known (never fetched)


class Claim(Strict):
    """What someone asserts about an event, with the passages that say so.

    ``attributed_to`` lists the entities the report credits (outlets, unnamed sources); an
    empty list means the report says it in its own voice.
    """

    attributed_to: list[Id] = []
    statement: str | None = None
    amounts: list[MoneyAmount] = []
    date: VagueDate | None = None
    quotes: Annotated[list[AnchoredQuote], Field(min_length=1)]


class FlowKind(StrEnum):
    INVESTMENT = "investment"
    CLOUD = "cloud"
    CHIPS = "chips"
    INFRASTRUCTURE = "infrastructure"


class Flow(Strict):
    """Money an event moves: from ``source`` to ``target`` (an investment into a company, or
    payments flowing back for cloud, chips or infrastructure). Amounts are the event's."""

    source: Id
    target: Id
    kind: FlowKind


class EventKind(StrEnum):
    INVESTMENT = "investment"
    FUNDING_ROUND = "funding_round"
    NEGOTIATION = "negotiation"
    RESTRUCTURING = "restructuring"
    CONTRACT = "contract"
    COMMITMENT = "commitment"
    VALUATION = "valuation"
    MARKET_REACTION = "market_reaction"
    PLAN = "plan"
    CRITICISM = "criticism"
    OTHER = "other"


class EventStatus(StrEnum):
    COMPLETED = "completed"
    ONGOING = "ongoing"
    IN_NEGOTIATION = "in_negotiation"
    PLANNED = "planned"
    EXPECTED = "expected"
    REPORTED_ESTIMATE = "reported_estimate"
    UNSTATED = "unstated"  # nobody said (an event imported from another tool's file)


class Media(Strict):
    """A picture, video or page an imported event pointed to: kept as a reference, never
    fetched or shown inline."""

    url: Annotated[str, Field(min_length=1)]
    credit: str | None = None
    caption: str | None = None
    thumbnail: str | None = None


Color = Annotated[str, Field(pattern=r"^#[0-9a-f]{6}$")]


class Group(Strict):
    """A lane an imported timeline drew (a TimelineJS group, a Timeline Project category, a
    vis-timeline group); events name it in their ``group`` field."""

    id: Id
    title: str
    color: Color | None = None


class Era(Strict):
    """A named stretch of time drawn as a band behind the events (days inclusive)."""

    title: str
    start: dt.date
    end: dt.date
    color: Color | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Era:
        return _checked(self, era_problem)


class Event(Strict):
    """One reported development. ``date`` is as precise as the reports allow; ``context_date``
    may hold a more precise date from other reporting (its basis says so). Events that are
    developments of one story (talks reported in December, then again in January with new
    figures) share a ``thread`` id.

    An event without claims is **unsourced**: it came from another tool's file (its date's
    basis says which) and no passage of a report backs it yet; it is drawn and listed so until
    evidence is added."""

    id: Id
    title: str
    title_de: str | None = None
    summary: str = ""
    kind: EventKind
    status: EventStatus
    actors: list[Id] = []
    date: VagueDate
    context_date: VagueDate | None = None
    thread: Id | None = None
    group: Id | None = None
    flows: list[Flow] = []
    media: list[Media] = []
    claims: list[Claim] = []

    @property
    def unsourced(self) -> bool:
        return not self.claims

    @property
    def amounts(self) -> list[MoneyAmount]:
        return [amount for claim in self.claims for amount in claim.amounts]

    @property
    def quotes(self) -> list[AnchoredQuote]:
        return [quote for claim in self.claims for quote in claim.quotes]


class Thread(Strict):
    """A story that several events develop; events name it in their ``thread`` field."""

    id: Id
    title: str


class Timeline(Strict):
    """A whole timeline file. ``sources_dir`` is relative to the file itself."""

    format: Literal["timeline/1"]
    title: str
    description: str = ""
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] = "en"
    sources_dir: str = "."
    sources: list[Source]
    entities: list[Entity] = []
    threads: list[Thread] = []
    groups: list[Group] = []
    eras: list[Era] = []
    events: list[Event]

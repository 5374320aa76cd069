"""The search box's little language: words, "quoted phrases" and filters.

``trainium``, ``Börsengang 2026``, ``"rund 1,4"``, ``actor:amazon kind:negotiation``,
``after:2025-10 before:2026``, ``amount:>=10bn``. Every word and phrase must match; filters
narrow further. A query that cannot be read raises :class:`QueryError` with a sentence saying
what to change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from viewer.domain.search.text import fold

FILTERS = ("actor", "kind", "status", "source", "outlet", "after", "before", "amount", "is")
SCALES = {"": 1, "k": 10**3, "tsd": 10**3, "m": 10**6, "mn": 10**6, "mio": 10**6,
          "b": 10**9, "bn": 10**9, "mrd": 10**9, "t": 10**12, "tn": 10**12, "bio": 10**12}
TOKEN = re.compile(r'(?P<name>[A-Za-z]+):(?P<value>"[^"]*"|\S*)|"(?P<phrase>[^"]*)"|(?P<word>\S+)')


class QueryError(ValueError):
    """The query cannot be read; the message says what to change. ``template`` (one of
    :data:`MESSAGES`) and ``values`` let an interface word it in its own language."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template, self.values = template, values


# is:… values, English and German: events the reports disagree about; events no report backs.
CONTESTED, UNSOURCED = ("contested", "strittig"), ("unsourced", "unbelegt")
IS_VALUES = CONTESTED + UNSOURCED

# Every message a query can get, as templates; the desktop app translates them.
MESSAGES = (
    'the query opens a quote it does not close; add the closing " or remove the opening one',
    "there is no filter '{name}:'; use one of {filters}",
    "'{name}:' needs a value, for example {name}:{example}",
    "'is:{value}' is not known; is:contested shows events the reports disagree about, "
    "is:unsourced those no report backs",
    "'{name}:{value}' is not a date; write {name}:2025, {name}:2025-10 or {name}:2025-10-28",
    "'amount:{value}' is not an amount; write for example amount:>=10bn, amount:>500m or "
    "amount:>=10e9",
)


@dataclass(frozen=True)
class AmountFilter:
    operator: str
    value: Decimal


@dataclass
class Query:
    """A parsed query. ``terms`` and ``phrases`` are folded; filters keep the user's words."""

    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    after: dt.date | None = None
    before: dt.date | None = None
    amount: AmountFilter | None = None

    @property
    def needles(self) -> list[str]:
        """What must be found in the text: the words and the phrases."""
        return self.terms + self.phrases

    def is_empty(self) -> bool:
        return not (self.needles or self.filters or self.after or self.before or self.amount)


def parse_query(text: str) -> Query:
    if text.count('"') % 2:
        raise QueryError(MESSAGES[0])
    query = Query()
    for match in TOKEN.finditer(text):
        if match.group("name") and match.group("name").lower() in FILTERS:
            _add_filter(query, match.group("name").lower(), match.group("value").strip('"'))
        elif match.group("name") and match.group("name").isalpha():
            raise QueryError(MESSAGES[1], name=match.group("name"),
                             filters=", ".join(f"{name}:" for name in FILTERS))
        elif match.group("phrase") is not None:
            phrase = fold(match.group("phrase")).strip()
            if phrase:
                query.phrases.append(phrase)
        else:
            query.terms.extend(fold(match.group(0)).split())
    return query


def _add_filter(query: Query, name: str, value: str) -> None:
    if not value:
        raise QueryError(MESSAGES[2], name=name, example=_example(name))
    if name in ("after", "before"):
        first = _partial_date(name, value)
        if name == "after":
            query.after = first
        else:
            query.before = first
        return
    if name == "amount":
        query.amount = _amount(value)
        return
    if name == "is" and fold(value) not in IS_VALUES:
        raise QueryError(MESSAGES[3], value=value)
    query.filters.setdefault(name, []).append(fold(value))


def _example(name: str) -> str:
    return {"after": "2025-10", "before": "2026", "amount": ">=10bn", "kind": "negotiation",
            "status": "planned", "actor": "amazon", "source": "004",
            "outlet": "wsj", "is": "contested"}.get(name, "…")


def _partial_date(name: str, value: str) -> dt.date:
    """The first day of 2025, 2025-10 or 2025-10-28."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(part) if part else None for part in match.groups())
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        raise QueryError(MESSAGES[4], name=name, value=value) from None


def _amount(value: str) -> AmountFilter:
    match = re.fullmatch(r"(>=|<=|>|<|=)?([\d.,]+(?:e\d+)?)\s*([a-z]*)", value.lower())
    try:
        if not match or match.group(3) not in SCALES:
            raise InvalidOperation
        number = Decimal(match.group(2).replace(",", ".")) * SCALES[match.group(3)]
        if not number.is_finite() or number > 10 ** 30:
            raise InvalidOperation
    except (InvalidOperation, ArithmeticError):
        raise QueryError(MESSAGES[5], value=value) from None
    return AmountFilter(match.group(1) or ">=", number)

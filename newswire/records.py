"""The records newswire produces, and their JSON form.

A record is a frozen dataclass; the values inside it (dateline, time, source, warnings,
reference time) and skips are named tuples: as immutable, and a sixth of the cost to define
at start-up, which every ``newswire`` call pays.
:meth:`Record.to_dict` gives the documented JSON object (``newswire/record.schema.json``) with its
keys always in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from newswire.credits import Credit
from newswire.dateline import Dateline
from newswire.timestamps import Timestamp


class Source(NamedTuple):
    """Where a record or a skip came from."""

    name: str | None
    """The file name (or ``-`` for stdin) as given, or None."""
    start: int
    """Offset of the first character, in characters of the decoded input."""
    end: int
    """Offset just past the last character."""
    line_start: int
    """1-based line of the first character."""
    line_end: int
    """1-based line of the last character."""
    page: int
    """1-based number of the page within the input (see the README on page boundaries)."""

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "start": self.start,
            "end": self.end,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "page": self.page,
        }


class Problem(NamedTuple):
    """Something odd about a record that a user may want to check."""

    code: str
    """A stable kebab-case code (``unknown-agency``, ``no-dateline``, ``time-order-guessed``)."""
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "message": self.message}


class ReferenceTime(NamedTuple):
    """The ``now`` that relative times were resolved against, and where it came from."""

    value: datetime
    source: str
    """``option`` (``--now``), ``file-mtime``, ``clock``, ``argument`` (library callers) or
    ``dump-field`` (a scraper dump's capture time)."""

    def to_dict(self) -> dict[str, object]:
        return {"value": self.value.isoformat(), "source": self.source}


@dataclass(frozen=True, slots=True)
class Record:
    """One news item: the page's article or one teaser of a list."""

    id: str
    """Stable id: a hash of the dateline and body, the same wherever the item appears."""
    kind: str
    """``article`` (the page's main item) or ``teaser`` (an item of a list)."""
    headline: str | None
    section: str | None
    """The section the page files the item under (``Buitenland``), or None."""
    language: str | None
    """ISO 639-1 code of the page's language, or None if it could not be told."""
    dateline: Dateline | None
    body: str
    """The text without dateline, time, byline and credit lines; paragraphs separated by a
    blank line."""
    byline: str | None
    """Who the item says wrote it (``Jane Doe`` from ``By Jane Doe``), or None."""
    credits: tuple[Credit, ...]
    """Credit lines and agency marks read off the item's end (``Reporting by …``, ``(dpa)``)."""
    published: Timestamp | None
    reference_time: ReferenceTime
    source: Source
    warnings: tuple[Problem, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "headline": self.headline,
            "section": self.section,
            "language": self.language,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "body": self.body,
            "byline": self.byline,
            "credits": [c.to_dict() for c in self.credits],
            "published": self.published.to_dict() if self.published else None,
            "reference_time": self.reference_time.to_dict(),
            "source": self.source.to_dict(),
            "warnings": [w.to_dict() for w in self.warnings],
        }


class _Fields:
    """A record's fields set one by one, then made a :class:`Record` by a change of class.

    The frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``,
    which costs four times as much; the parser builds one record per news item, some 180,000
    for 100 MB of pages. The two classes hold the same slots, so the change of class is
    allowed, and what comes out is a Record in every respect.
    """

    __slots__ = Record.__slots__

    def __init__(
        self, id: str, kind: str, headline: str | None, section: str | None,
        language: str | None, dateline: Dateline | None, body: str, byline: str | None,
        credits: tuple[Credit, ...], published: Timestamp | None,
        reference_time: ReferenceTime, source: Source, warnings: tuple[Problem, ...],
    ) -> None:
        self.id = id
        self.kind = kind
        self.headline = headline
        self.section = section
        self.language = language
        self.dateline = dateline
        self.body = body
        self.byline = byline
        self.credits = credits
        self.published = published
        self.reference_time = reference_time
        self.source = source
        self.warnings = warnings


def new_record(
    id: str, kind: str, headline: str | None, section: str | None, language: str | None,
    dateline: Dateline | None, body: str, byline: str | None, credits: tuple[Credit, ...],
    published: Timestamp | None, reference_time: ReferenceTime, source: Source,
    warnings: tuple[Problem, ...],
) -> Record:
    """``Record(...)`` with every field given, built in a quarter of the time (see
    :class:`_Fields`)."""
    fields = _Fields(
        id, kind, headline, section, language, dateline, body, byline, credits, published,
        reference_time, source, warnings,
    )
    fields.__class__ = Record  # type: ignore[assignment]
    return fields  # type: ignore[return-value]


class Skipped(NamedTuple):
    """A stretch of input that is in no record, and why."""

    reason: str
    """A stable kebab-case code: ``section-header``, ``page-separator``, ``preamble``,
    ``orphan-time``, ``unread-time``, ``boilerplate``, ``markup``."""
    text: str
    source: Source

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": "skipped",
            "reason": self.reason,
            "text": self.text,
            "source": self.source.to_dict(),
        }


__all__ = ["Problem", "Record", "ReferenceTime", "Skipped", "Source"]

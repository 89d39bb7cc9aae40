"""Records rendered for other tools: CSV rows, IPTC ninjs 3.1 objects, and clean wire text.

Both work on a record's JSON form (:meth:`Record.to_dict`), so records read back from a JSON
Lines file render exactly as freshly parsed ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newswire.agencies import lookup_agency

if TYPE_CHECKING:
    from newswire.lang import Language

CSV_COLUMNS = (
    "id", "kind", "headline", "byline", "section", "language", "dateline", "places",
    "places_canonical", "countries", "geonames_ids", "agencies", "date_text", "body",
    "published", "published_text", "published_precision", "reference_time", "credits",
    "warnings", "source_name", "source_start", "source_end", "line_start", "line_end", "page",
)
"""The CSV columns, in order. Lists are joined with ``;``; an absent value is empty."""

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"


def _joined(values: list[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def csv_row(record: dict[str, Any]) -> list[str]:
    """One record as the values of :data:`CSV_COLUMNS`."""
    dateline = record.get("dateline") or {}
    places = dateline.get("places", [])
    published = record.get("published") or {}
    source = record.get("source") or {}
    row: dict[str, Any] = {
        "id": record["id"],
        "kind": record["kind"],
        "headline": record.get("headline"),
        "byline": record.get("byline"),
        "section": record.get("section"),
        "language": record.get("language"),
        "dateline": dateline.get("text"),
        "places": _joined([p["name"] for p in places]),
        "places_canonical": _joined([p.get("canonical") for p in places]),
        "countries": _joined([p.get("country") for p in places]),
        "geonames_ids": _joined([p.get("geonames_id") for p in places]),
        "agencies": _joined([a["code"] for a in dateline.get("agencies", [])]),
        "date_text": dateline.get("date_text"),
        "body": record.get("body"),
        "published": published.get("value"),
        "published_text": published.get("text"),
        "published_precision": published.get("precision"),
        "reference_time": (record.get("reference_time") or {}).get("value"),
        "credits": _joined([f"{c['name']} ({c['role']})" for c in record.get("credits", [])]),
        "warnings": _joined([w["code"] for w in record.get("warnings", [])]),
        "source_name": source.get("name"),
        "source_start": source.get("start"),
        "source_end": source.get("end"),
        "line_start": source.get("line_start"),
        "line_end": source.get("line_end"),
        "page": source.get("page"),
    }
    return ["" if row[c] is None else str(row[c]) for c in CSV_COLUMNS]


def ninjs(record: dict[str, Any]) -> dict[str, Any]:
    """One record as an IPTC ninjs 3.1 news object (valid against the shipped schema)."""
    out: dict[str, Any] = {
        "uri": f"urn:newswire:item:{record['id']}",
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationType": "full" if record["kind"] == "article" else "partial",
    }
    if record.get("language"):
        out["language"] = record["language"]
    if record.get("headline"):
        out["headlines"] = [{"role": "main", "value": record["headline"]}]
    body = record.get("body") or ""
    out["bodies"] = [{
        "role": "main", "contentType": "text/plain", "charCount": len(body),
        "wordCount": len(body.split()), "value": body,
    }]
    published = record.get("published")
    if published:
        out["versionCreated"] = out["contentCreated"] = published["value"]
    if record.get("byline"):
        out["by"] = record["byline"]
    holders = [c["name"] for c in record.get("credits", []) if c["role"] == "copyright"]
    if holders:
        out["copyrightHolder"] = holders[0]
    dateline = record.get("dateline")
    if dateline:
        places = dateline["places"]
        out["located"] = ", ".join(p.get("canonical") or p["name"] for p in places)
        out["places"] = [_place(p) for p in places]
        out["infoSources"] = [_source(a) for a in dateline["agencies"]]
    return out


def _place(place: dict[str, Any]) -> dict[str, Any]:
    out = {"name": place.get("canonical") or place["name"], "rel": "located",
           "literal": place["name"]}
    if place.get("geonames_id") is not None:
        out["uri"] = f"https://sws.geonames.org/{place['geonames_id']}/"
    return out


def _source(agency: dict[str, Any]) -> dict[str, Any]:
    out = {"name": agency.get("name") or agency["code"], "role": "source",
           "literal": agency["code"]}
    info = lookup_agency(agency["code"])
    if info is not None and info.url:
        out["uri"] = info.url
    return out


def wire_text(records: Iterable[dict[str, Any]]) -> str:
    """Records written back as wire pages, in the layout the parser reads: a page's headline
    and its time, its article (byline, dateline, paragraphs, credit lines), the list header
    of each section, each teaser with its time on the line after it; pages apart by a
    ``=====`` line.

    The text is clean: spaces, quotes and accents as the records hold them, no markup, no
    mojibake. Parsing it again (with the same reference time) gives the same records, but
    for their spans and the warnings about what was cleaned (``html``, ``mojibake``,
    ``decoding``). Skips (``kind`` ``skipped``) are left out.
    """
    pages: list[list[str]] = []
    page_of: tuple[object, object] | None = None
    section: str | None = None  # of the list being written
    for record in records:
        if record.get("kind") == "skipped":
            continue
        source = record.get("source") or {}
        key = (source.get("name"), source.get("page"))
        if key != page_of or record["kind"] == "article":
            pages.append([])
            page_of, section = key, None
        lines = pages[-1]
        language = _language(record.get("language"))
        if _clock_item(record):
            # A list of headlines with their sections and clock times ("Sport 11:40 Kop").
            if section != _CLOCK_LIST:
                section = _CLOCK_LIST
                lines.append(_list_header(language, None))
            parts = (record.get("section"), record["published"]["text"], record["headline"])
            lines.append(" ".join(p for p in parts if p))
            continue
        if record["kind"] == "teaser" and (not lines or record.get("section") != section):
            section = record.get("section")
            lines.append(_list_header(language, section))
        lines.extend(_item_lines(record, language))
    return "\n=====\n".join("\n".join(lines) for lines in pages if lines) + "\n" * bool(pages)


_CLOCK_LIST = "\x00clock list"  # no section's name


def _clock_item(record: dict[str, Any]) -> bool:
    """A teaser that is a headline with a clock time only, as clock lists give."""
    published = record.get("published")
    return (
        record["kind"] == "teaser" and bool(record.get("headline")) and not record.get("body")
        and not record.get("dateline") and published is not None
        and published["precision"] == "minute" and ":" in published["text"]
    )


def _language(code: str | None) -> Language:
    from newswire.lang import LANGUAGES

    return LANGUAGES.get(code or "", LANGUAGES["en"])


def _list_header(language: Language, section: str | None) -> str:
    """The language's first list header for ``section``, or for a list of mixed news (the
    English one where the language has none of that kind)."""
    from newswire.lang import LANGUAGES

    headers = (*language.section_headers, *LANGUAGES["en"].section_headers)
    header = next(
        h for h in headers if "{Section}" not in h and ("{section}" in h) == (section is not None)
    )
    return header.format(section=section)


def _item_lines(record: dict[str, Any], language: Language) -> list[str]:
    lines = []
    published = record.get("published")
    dateline = record.get("dateline")
    if published and dateline and published["text"] == dateline["date_text"]:
        published = None  # the dateline's own date: written with the dateline
    if record.get("headline"):
        lines.append(record["headline"])
        if published and record["kind"] == "article":
            lines.append(published["text"])  # an article's time stands under its headline
    if record.get("byline"):
        opener = min(language.byline_openers, key=len)
        lines.append(f"{opener} {record['byline']}")
    paragraphs = (record.get("body") or "").split("\n\n")
    if dateline:
        paragraphs[0] = f"{dateline['text']} {paragraphs[0]}".rstrip()
    credits = record.get("credits") or []
    agencies = [c["name"] for c in credits if c["role"] == "agency"]
    if agencies:
        paragraphs[-1] += f" ({agencies[0]})"
    others = [c for c in credits if c["role"] != "agency"]
    if others:
        paragraphs.append(_credit_line(others, language))
    for n, paragraph in enumerate(paragraphs):
        lines.extend([""] * bool(n) + [paragraph])
    if published and (record["kind"] == "teaser" or not record.get("headline")):
        lines.append(published["text"])
    return lines


def _credit_line(credits: list[dict[str, Any]], language: Language) -> str:
    """``Bron: ANP``, ``Reporting by Jane Doe and John Roe; Editing by Max Mustermann``."""
    from newswire.lang import LANGUAGES

    parts: list[tuple[str, list[str]]] = []
    for credit in credits:
        if parts and parts[-1][0] == credit["role"]:
            parts[-1][1].append(credit["name"])
        else:
            parts.append((credit["role"], [credit["name"]]))
    out = []
    for role, names in parts:
        joined = " and ".join(names) if language.code == "en" else ", ".join(names)
        if role == "copyright":
            out.append(f"© {joined}")
            continue
        words = next(
            (w for table in (language, LANGUAGES["en"]) for w, r in table.credit_roles.items()
             if r == role),
            role,
        )
        spoken = words[0].upper() + words[1:]
        out.append(f"{spoken} {joined}" if words.endswith(" by") else f"{spoken}: {joined}")
    return "; ".join(out)

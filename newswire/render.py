"""Records rendered for other tools: CSV rows and IPTC ninjs 3.1 objects.

Both work on a record's JSON form (:meth:`Record.to_dict`), so records read back from a JSON
Lines file render exactly as freshly parsed ones.
"""

from __future__ import annotations

from typing import Any

from newswire.agencies import lookup_agency

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

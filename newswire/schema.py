"""The records' JSON Schema (``record.schema.json``, draft 2020-12) and a checker for it.

The checker knows the keywords the schema uses (``$ref`` to ``$defs``, ``oneOf``, ``type``,
``const``, ``enum``, ``required``, ``properties``, ``additionalProperties: false``, ``items``,
``minItems``, ``pattern``, ``minimum``, ``maximum``) and reports each problem with the path of
the field (``dateline.places[0].country``). The tests hold it to the jsonschema package's
verdicts; it saves newswire a dependency at run time.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).parent / "record.schema.json"


def schema_text() -> str:
    """The schema as shipped."""
    return SCHEMA_PATH.read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_text())
    return schema


_TYPES: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _type_name(value: object) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _TYPES[name](value):
            return name
    return type(value).__name__


def check(instance: object, schema: dict[str, Any]) -> list[tuple[str, str]]:
    """Every way ``instance`` breaks ``schema``, as (field path, message); empty if none."""
    out: list[tuple[str, str]] = []
    _check(instance, schema, schema, "", out)
    return out


def _check(
    value: object, node: dict[str, Any], root: dict[str, Any], path: str,
    out: list[tuple[str, str]],
) -> None:
    if "$ref" in node:
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        _check(value, target, root, path, out)
        return
    if "oneOf" in node:
        results: list[tuple[bool, list[tuple[str, str]]]] = []
        for branch in node["oneOf"]:
            found: list[tuple[str, str]] = []
            _check(value, branch, root, path, found)
            # A shape of the value's own type explains its faults best ("country" is lower
            # case) rather than a shape of another type ("dateline must be null").
            results.append((not any(p == path for p, _ in found), found))
        fits = sum(1 for _, r in results if not r)
        if fits > 1:
            out.append((path, "matches more than one of the allowed shapes"))
        elif fits == 0:
            # The shape its "kind" names explains it best: a record missing fields is not
            # told it should be a skip because a skip has fewer fields to miss.
            kind = f"{path}.kind" if path else "kind"
            out.extend(min(results, key=lambda kr: (
                not kr[0], any(p == kind for p, _ in kr[1]), len(kr[1])
            ))[1])
        return
    if "const" in node and value != node["const"]:
        out.append((path, f"must be {json.dumps(node['const'])}"))
        return
    if "enum" in node and value not in node["enum"]:
        allowed = ", ".join(json.dumps(v) for v in node["enum"])
        out.append((path, f"must be one of {allowed}, not {json.dumps(value)}"))
        return
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if not any(_TYPES[t](value) for t in types):
            out.append((path, f"must be {' or '.join(types)}, not {_type_name(value)}"))
            return
    if isinstance(value, dict):
        for name in node.get("required", ()):
            if name not in value:
                out.append((path, f"missing field {name!r}"))
        properties = node.get("properties", {})
        for name, item in value.items():
            where = f"{path}.{name}" if path else name
            if name in properties:
                _check(item, properties[name], root, where, out)
            elif node.get("additionalProperties") is False:
                out.append((where, "is not a field of records"))
    elif isinstance(value, list):
        if len(value) < node.get("minItems", 0):
            out.append((path, f"must have at least {node['minItems']} items"))
        if "items" in node:
            for i, item in enumerate(value):
                _check(item, node["items"], root, f"{path}[{i}]", out)
    elif isinstance(value, str):
        if "pattern" in node and re.search(node["pattern"], value) is None:
            out.append((path, f"{json.dumps(value)} does not match {node['pattern']}"))
    elif _TYPES["number"](value):
        number: float = value  # type: ignore[assignment]
        if "minimum" in node and number < node["minimum"]:
            out.append((path, f"must be at least {node['minimum']}"))
        if "maximum" in node and number > node["maximum"]:
            out.append((path, f"must be at most {node['maximum']}"))

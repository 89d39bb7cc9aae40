"""newswire: raw news-wire text in, clean structured records out.

The library is pure: every function takes text and an explicit reference time and returns
frozen records; no file, network, clock or global state is touched.

The names below are loaded on first use, so ``import newswire`` costs next to nothing and
``from newswire import parse_timestamp`` loads only the time module (PEP 562).
"""

from __future__ import annotations

import importlib

# typing.TYPE_CHECKING without importing typing, which would be most of this module's cost.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from newswire.dateline import Agency, Dateline, Place, parse_dateline
    from newswire.parser import parse, parse_all
    from newswire.records import Problem, Record, ReferenceTime, Skipped, Source
    from newswire.timestamps import PRECISIONS, Timestamp, parse_timestamp
del TYPE_CHECKING

__version__ = "0.1.0"

__all__ = [
    "PRECISIONS",
    "Agency",
    "Dateline",
    "Place",
    "Problem",
    "Record",
    "ReferenceTime",
    "Skipped",
    "Source",
    "Timestamp",
    "parse",
    "parse_all",
    "parse_dateline",
    "parse_timestamp",
]

# Where each public name lives.
_HOMES = {
    "Agency": "dateline",
    "Dateline": "dateline",
    "Place": "dateline",
    "parse_dateline": "dateline",
    "parse": "parser",
    "parse_all": "parser",
    "Problem": "records",
    "Record": "records",
    "ReferenceTime": "records",
    "Skipped": "records",
    "Source": "records",
    "PRECISIONS": "timestamps",
    "Timestamp": "timestamps",
    "parse_timestamp": "timestamps",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newswire' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"newswire.{home}"), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

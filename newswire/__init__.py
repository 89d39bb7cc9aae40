"""newswire: raw news-wire text in, clean structured records out.

The library is pure: every function takes text and an explicit reference time and returns
frozen records; no file, network, clock or global state is touched.
"""

from newswire.dateline import Agency, Dateline, Place, parse_dateline
from newswire.parser import parse, parse_all
from newswire.records import Problem, Record, ReferenceTime, Skipped, Source
from newswire.timestamps import PRECISIONS, Timestamp, parse_timestamp

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

"""File names for downloads: a CSV says what was asked (`members-imctc.csv`).

The name is made from the path and the filters, so two different questions never save
over each other in a download folder: `/members?coalition=imctc` is `members-imctc.csv`,
`/coalitions/imctc/members` too, `/timeline?from=2016&to=2016-12` is
`timeline-from-2016-to-2016-12.csv`, `/members/SA` is `members-SA.csv`. Parameters
that change only the shape of the answer (`format`, `fields`, `sort`, `bom`) are left
out. A name with letters beyond ASCII (an Arabic `q`) is sent in both RFC 6266 forms:
`filename` with those letters dropped, and `filename*` in UTF-8.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote

# Downloads sent as they are read, past the edge's cache (which holds a whole answer to
# hash it): the SQLite file, as large as the data. Its route computes the same ETag the
# edge would, reading the file a piece at a time (`app.routers.downloads.file_etag`).
STREAMED = frozenset({"/downloads/tahaluf.db"})
SHAPE_ONLY = frozenset({"format", "fields", "sort", "bom"})
VALUE_ONLY = frozenset({"coalition", "type"})
_UNSAFE = re.compile(r"[^\w.-]+")
MAX_STEM = 120


def _part(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-.")


def download_stem(path: str, query: bytes) -> str:
    """The file name without extension, Unicode letters kept."""
    parts = [p for p in path.strip("/").split("/") if p]
    if len(parts) == 3 and parts[0] == "coalitions":
        # A coalition's sub-collection is that collection of that coalition.
        parts = [parts[2], parts[1]]
    # The query string as sent: percent-encoded UTF-8, which parse_qsl decodes.
    for key, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if key in SHAPE_ONLY:
            continue
        parts.extend([value] if key in VALUE_ONLY else [key, value])
    stem = "-".join(filter(None, (_part(p) for p in parts))) or "tahaluf"
    return stem[:MAX_STEM]


def content_disposition(path: str, query: bytes, extension: str) -> bytes:
    """`attachment` with the file name; `filename*` as well when the name is not ASCII."""
    stem = download_stem(path, query)
    name = f"{stem}.{extension}"
    if name.isascii():
        return f'attachment; filename="{name}"'.encode()
    ascii_stem = _part(stem.encode("ascii", "ignore").decode()) or "tahaluf"
    return (
        f'attachment; filename="{ascii_stem}.{extension}"; '
        f"filename*=UTF-8''{quote(name, safe='')}"
    ).encode()

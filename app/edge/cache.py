"""A response cache bounded by entry count and by bytes, least recently used out first.

The bytes counted are everything an entry holds: its bodies, its headers, its key (a
request's path and query, which a client chooses and may make 60 KB long) and a fixed
allowance for the Python objects around them, so `TAHALUF_CACHE_BYTES` bounds the memory
the cache can take whatever URLs arrive.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Generic, TypeVar

K = TypeVar("K")
# Bytes an entry costs beyond its bodies, headers and key: the dataclass, the header lists
# and tuples, the bytes objects' headers and the dict slot (measured at about 3 KiB).
ENTRY_OVERHEAD = 4096


@dataclass
class CachedResponse:
    """A finished 200: its headers and its bodies, plain and gzipped (when worth it).

    The complete header list of each variant is built once here, not on every hit:
    `sent` holds the entity's headers, then the `common` ones that every response
    carries; only the request id is added per request.
    """

    etag: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes
    gzip_body: bytes | None
    common: list[tuple[bytes, bytes]]
    gzip_etag: bytes = b""  # the ETag of the gzipped body, when there is one
    plain_headers: list[tuple[bytes, bytes]] = field(init=False)
    gzip_headers: list[tuple[bytes, bytes]] | None = field(init=False)
    # What a hit sends: the headers and the body of the variant held.
    sent: tuple[list[tuple[bytes, bytes]], bytes] = field(init=False)
    size: int = field(init=False)

    def __post_init__(self) -> None:
        self.plain_headers = [
            *self.headers,
            (b"etag", self.etag),
            (b"content-length", str(len(self.body)).encode()),
        ]
        self.gzip_headers = None
        if self.gzip_body is not None:
            self.gzip_headers = [
                *self.headers,
                (b"etag", self.gzip_etag),
                (b"content-encoding", b"gzip"),
                (b"content-length", str(len(self.gzip_body)).encode()),
            ]
        if self.gzip_headers is not None and self.gzip_body is not None:
            self.sent = ([*self.gzip_headers, *self.common], self.gzip_body)
        else:
            self.sent = ([*self.plain_headers, *self.common], self.body)
        self.size = (
            ENTRY_OVERHEAD
            + len(self.body)
            + len(self.gzip_body or b"")
            + sum(len(k) + len(v) for k, v in (*self.plain_headers, *(self.gzip_headers or [])))
        )

    @cached_property
    def sent_text(self) -> list[tuple[str, str]]:
        """The headers a hit sends, as text: what RSGI servers take (see `app.edge.rsgi`)."""
        return as_text(self.sent[0])


def as_text(headers: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    """ASGI's byte-string headers as the text pairs RSGI takes (HTTP headers are Latin-1)."""
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers]


class BoundedCache(Generic[K]):
    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[K, CachedResponse] = OrderedDict()
        self._sizes: dict[K, int] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: K) -> CachedResponse | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: K, entry: CachedResponse, key_bytes: int = 0) -> None:
        """Keep `entry` under `key`, which takes `key_bytes` of memory of its own."""
        size = entry.size + key_bytes
        if size > self.max_bytes or self.max_entries == 0:
            return
        if self._entries.pop(key, None) is not None:
            self.bytes -= self._sizes.pop(key)
        self._entries[key] = entry
        self._sizes[key] = size
        self.bytes += size
        while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
            evicted, _ = self._entries.popitem(last=False)
            self.bytes -= self._sizes.pop(evicted)

"""Record bodies as stored: zstandard frames, with dictionaries trained at build time.

A record's JSON (`record.body`) and its search hit (`record.hit`) repeat the same keys,
codes and phrases from record to record of a kind, which a shared dictionary holds once.
Records are packed a block of a kind at a time (`Packer`), with a dictionary trained on
that block and stored in `record_dictionary`; a stored value is one byte naming its
dictionary (0: none, for a block too small to train one on) followed by a zstandard frame
that records its own length.

Serving turns every stored value it reads back into the JSON bytes with one function,
`Unpacker.unpack` (pages, lookups, search hits, exports alike), on SQLite and PostgreSQL
(`bytea`) alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

import zstandard

# zstandard's level: 9 packs a body about a third smaller than 3 does, at 0.05 ms a body
# (level 19 saves a few per cent more at twenty times the build time).
LEVEL = 9
# Records are packed a block at a time, each block with a dictionary (32 KiB) trained on
# every few of its records (up to `SAMPLES` bodies and hits): a kind's first records only
# are no sample of it (at 1000x, the first 2,000 events are copies of two; trained on
# them, the rest packed 3x, not 20x). A block's JSON is held until it is packed: at
# 1000x, 10,000 events are 30 MB.
DICTIONARY_BYTES = 32_768
BLOCK = 10_000
SAMPLES = 2_000
# Below this many bytes of samples a block is packed without a dictionary: too few to train on.
MIN_SAMPLE_BYTES = 16 * 1024
# The first byte of a value names its dictionary: 1-255 (0: none). Past 255 blocks (25
# times the 1000x seed), the last dictionary packs the rest.
NONE = 0
MOST = 255
Row = dict[str, Any]


class Packer:
    """Build side: record rows (`body` and `hit` as JSON bytes) packed, in order, a
    block of a kind at a time (`finish` ends the kind). `write` receives the rows packed
    and `store` each dictionary (its number, its bytes)."""

    def __init__(self, write: Callable[[Row], None], store: Callable[[int, bytes], None]) -> None:
        self.write = write
        self.store = store
        self.waiting: list[Row] = []
        self.dictionaries = 0
        self.last: tuple[int, zstandard.ZstdCompressionDict | None] = (NONE, None)

    def add(self, row: Row) -> None:
        self.waiting.append(row)
        if len(self.waiting) >= BLOCK:
            self.finish()

    def finish(self) -> None:
        """Pack and write the rows waiting, with a dictionary trained on them."""
        if not self.waiting:
            return
        number, dictionary = self._dictionary(self.waiting)
        compress = zstandard.ZstdCompressor(
            level=LEVEL, dict_data=dictionary, write_checksum=False, write_dict_id=False
        ).compress
        prefix = bytes([number])
        for row in self.waiting:
            packed = {"body": prefix + compress(row["body"]), "hit": prefix + compress(row["hit"])}
            self.write(row | packed)
        self.waiting = []

    def _dictionary(self, rows: list[Row]) -> tuple[int, zstandard.ZstdCompressionDict | None]:
        if self.dictionaries == MOST:
            return self.last
        every = max(1, len(rows) // SAMPLES)
        samples: list[bytes | bytearray | memoryview] = [
            row[name] for row in rows[::every] for name in ("body", "hit")
        ]
        total = sum(map(len, samples))
        dictionary = None
        if total >= MIN_SAMPLE_BYTES:
            dictionary = _trained(min(DICTIONARY_BYTES, total // 8), samples)
        if dictionary is None:
            return NONE, None
        self.dictionaries += 1
        self.store(self.dictionaries, dictionary.as_bytes())
        self.last = (self.dictionaries, dictionary)
        return self.last


def _trained(
    size: int, samples: list[bytes | bytearray | memoryview]
) -> zstandard.ZstdCompressionDict | None:
    """A dictionary trained on the samples, or None where zstandard finds too few."""
    try:
        return zstandard.train_dictionary(size, samples, level=LEVEL)
    except zstandard.ZstdError:
        return None


class Unpacker:
    """Serving side: the stored values back into JSON bytes, with the database's
    dictionaries. A zstandard decompressor is not to be used by two threads at once: each
    dictionary's has a lock, held for the microseconds a value takes (a decompressor per
    thread and dictionary would hold 40 KiB each, for up to 40 threads)."""

    def __init__(self, dictionaries: Iterable[tuple[int, bytes]]) -> None:
        self.decompressors = {NONE: (zstandard.ZstdDecompressor(), threading.Lock())}
        for number, data in dictionaries:
            dictionary = zstandard.ZstdCompressionDict(bytes(data))
            decompressor = zstandard.ZstdDecompressor(dict_data=dictionary)
            self.decompressors[int(number)] = (decompressor, threading.Lock())

    def unpack(self, stored: bytes | memoryview) -> bytes:
        """A record's JSON (or its hit's) from the value stored for it."""
        view = memoryview(stored)
        decompressor, lock = self.decompressors[view[0]]
        with lock:
            return decompressor.decompress(view[1:])

"""Record bodies as stored: zstandard frames, with a dictionary per kind trained at build time.

A record's JSON (`record.body`) and its search hit (`record.hit`) repeat the same keys,
codes and phrases from record to record of a kind, which a shared dictionary holds once:
at 100x data the bodies and hits are 8-9 times smaller than their JSON. Each kind's
dictionary is trained on its first records (`Packer`) and stored in `record_dictionary`;
a stored value is one byte naming its dictionary (0: none, for a kind too small to train
one on) followed by a zstandard frame that records its own length.

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
# The dictionary's size, and the records of a kind it is trained on (their bodies and hits).
DICTIONARY_BYTES = 32_768
SAMPLES = 2_000
# Below this many bytes of samples a kind is packed without a dictionary: too few to train on.
MIN_SAMPLE_BYTES = 16 * 1024
NONE = 0
Row = dict[str, Any]


class Packer:
    """Build side: each kind's record rows (`body` and `hit` as JSON bytes) packed, in
    order. A kind's first `SAMPLES` rows wait until its dictionary is trained on them;
    `write` receives the rows ready and `store` each dictionary (its number, its bytes)."""

    def __init__(self, write: Callable[[Row], None], store: Callable[[int, bytes], None]) -> None:
        self.write = write
        self.store = store
        self.waiting: list[Row] = []
        self.compressor: zstandard.ZstdCompressor | None = None
        self.number = NONE
        self.dictionaries = 0

    def add(self, row: Row) -> None:
        """A row of the kind being written (`finish` ends the kind)."""
        if self.compressor is None:
            self.waiting.append(row)
            if len(self.waiting) >= SAMPLES:
                self._train()
            return
        self.write(self._packed(row))

    def finish(self) -> None:
        """The kind is done: its rows still waiting are packed and written."""
        if self.compressor is None:
            self._train()
        self.compressor = None

    def _train(self) -> None:
        samples: list[bytes | bytearray | memoryview] = [
            row[name] for row in self.waiting for name in ("body", "hit")
        ]
        size = min(DICTIONARY_BYTES, sum(map(len, samples)) // 8)
        self.number = NONE
        dictionary = None
        if sum(map(len, samples)) >= MIN_SAMPLE_BYTES:
            dictionary = _trained(size, samples)
        if dictionary is not None:
            self.dictionaries += 1
            self.number = self.dictionaries
            self.store(self.number, dictionary.as_bytes())
        self.compressor = zstandard.ZstdCompressor(
            level=LEVEL, dict_data=dictionary, write_checksum=False, write_dict_id=False
        )
        for row in self.waiting:
            self.write(self._packed(row))
        self.waiting = []

    def _packed(self, row: Row) -> Row:
        assert self.compressor is not None
        prefix = bytes([self.number])
        compress = self.compressor.compress
        return row | {"body": prefix + compress(row["body"]), "hit": prefix + compress(row["hit"])}


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
    dictionaries. zstandard's decompressors are not to be shared between threads: each
    thread that serves requests makes its own, once per dictionary it meets (40 threads
    with one each hold 1-2 MiB)."""

    def __init__(self, dictionaries: Iterable[tuple[int, bytes]]) -> None:
        self.dictionaries = {
            int(number): zstandard.ZstdCompressionDict(bytes(data)) for number, data in dictionaries
        }
        self.local = threading.local()

    def _decompressor(self, number: int) -> zstandard.ZstdDecompressor:
        """This thread's decompressor for the dictionary `number`, made on first use."""
        made: dict[int, zstandard.ZstdDecompressor] | None = getattr(self.local, "made", None)
        if made is None:
            made = self.local.made = {}
        dictionary = self.dictionaries.get(number) if number != NONE else None
        made[number] = zstandard.ZstdDecompressor(dict_data=dictionary)
        return made[number]

    def unpack(self, stored: bytes | memoryview) -> bytes:
        """A record's JSON (or its hit's) from the value stored for it."""
        view = memoryview(stored)
        made = getattr(self.local, "made", None)
        decompressor = made.get(view[0]) if made is not None else None
        if decompressor is None:
            decompressor = self._decompressor(view[0])
        return decompressor.decompress(view[1:])

"""The BTF string section: NUL-terminated names addressed by byte offset.

A split BTF (a kernel module's) continues its base's offset space: offsets below the base table's length name base
strings. Bytes that are not UTF-8 are kept with ``surrogateescape`` so that encoding gives the same bytes back.
"""

from __future__ import annotations

from collections.abc import Iterator

from pybpf.errors import LoadError


class StringTable:
    """Read-only view of one string section (plus its base's, for split BTF)."""

    __slots__ = ("_base", "_cache", "_data", "_reverse", "_start", "section", "source")

    def __init__(self, data: bytes, *, base: StringTable | None = None, source: str | None = None,
                 section: str = ".BTF") -> None:
        self._data = bytes(data)
        self._base = base
        self._start = len(base) if base is not None else 0
        self._cache: dict[int, str] = {}
        self._reverse: dict[str, int] | None = None
        self.source = source
        self.section = section

    def __len__(self) -> int:
        """Size of the whole offset space (base strings included)."""
        return self._start + len(self._data)

    @property
    def base(self) -> StringTable | None:
        return self._base

    @property
    def start(self) -> int:
        """First offset that belongs to this table (the base table's length, or 0)."""
        return self._start

    @property
    def data(self) -> bytes:
        """This table's own bytes."""
        return self._data

    def is_valid(self, offset: int) -> bool:
        return 0 <= offset < len(self)

    def get(self, offset: int, what: str = "string") -> str:
        """The string at ``offset``; a LoadError if the offset is outside the section."""
        s = self._cache.get(offset)
        if s is not None:
            return s
        if offset < self._start:
            if offset < 0:
                raise LoadError(f"{what} offset {offset} is negative", file=self.source, section=self.section)
            assert self._base is not None
            return self._base.get(offset, what)
        local = offset - self._start
        data = self._data
        if local >= len(data):
            raise LoadError(f"{what} offset {offset} is outside the string section (size {len(self)})",
                            file=self.source, section=self.section)
        end = data.find(b"\0", local)
        if end < 0:  # only possible for hand-built tables: parse checks the final NUL
            end = len(data)
        s = data[local:end].decode("utf-8", "surrogateescape")
        self._cache[offset] = s
        return s

    __getitem__ = get

    def __iter__(self) -> Iterator[tuple[int, str]]:
        """(offset, string) for each string of this table (not the base's), in order."""
        data = self._data
        pos = 0
        while pos < len(data):
            end = data.find(b"\0", pos)
            if end < 0:
                end = len(data)
            yield self._start + pos, data[pos:end].decode("utf-8", "surrogateescape")
            pos = end + 1

    def offset_of(self, s: str) -> int | None:
        """Offset of a whole string equal to ``s`` (base first), or None."""
        if self._base is not None:
            off = self._base.offset_of(s)
            if off is not None:
                return off
        if self._reverse is None:
            rev: dict[str, int] = {}
            for off, text in self:
                rev.setdefault(text, off)
            self._reverse = rev
        return self._reverse.get(s)

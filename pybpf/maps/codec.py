"""Key/value codecs: how Python objects become map bytes and back.

Maps always accept bytes-like objects of the exact size and ints (little endian, sized to the field). What they
return is raw bytes unless a codec is set (``map.key_codec`` / ``map.value_codec``); array-like maps decode keys
as ints by default. A BTF-aware codec (later) only needs ``encode`` and ``decode``.
"""

from __future__ import annotations

import struct
from typing import Any, Protocol


class Codec(Protocol):
    def encode(self, obj: Any) -> bytes: ...
    def decode(self, data: bytes) -> Any: ...


class BytesCodec:
    """Identity: bytes in, bytes out."""

    def encode(self, obj: Any) -> bytes:
        return bytes(obj)

    def decode(self, data: bytes) -> bytes:
        return data

    def __repr__(self) -> str:
        return "BytesCodec()"


class IntCodec:
    """A little-endian integer of ``size`` bytes."""

    def __init__(self, size: int, *, signed: bool = False) -> None:
        self.size = size
        self.signed = signed

    def encode(self, obj: Any) -> bytes:
        return int(obj).to_bytes(self.size, "little", signed=self.signed and obj < 0)

    def decode(self, data: bytes) -> int:
        return int.from_bytes(data, "little", signed=self.signed)

    def __repr__(self) -> str:
        return f"IntCodec({self.size}, signed={self.signed})"


class StructCodec:
    """A ``struct`` format (``<`` byte order is added when none is given); single fields decode to scalars."""

    def __init__(self, fmt: str) -> None:
        self.struct = struct.Struct(fmt if fmt[:1] in "<>!=@" else "<" + fmt)

    def encode(self, obj: Any) -> bytes:
        return self.struct.pack(*obj) if isinstance(obj, (tuple, list)) else self.struct.pack(obj)

    def decode(self, data: bytes) -> Any:
        fields = self.struct.unpack(data)
        return fields[0] if len(fields) == 1 else fields

    def __repr__(self) -> str:
        return f"StructCodec({self.struct.format!r})"


def to_bytes(obj: Any, size: int, codec: Codec | None) -> bytes:
    """Encode ``obj`` to exactly ``size`` bytes; raises ValueError/TypeError/OverflowError when it cannot."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        data = bytes(obj)
    elif isinstance(obj, bool):
        raise TypeError("bool is not a map key or value")
    elif isinstance(obj, int):
        data = obj.to_bytes(size, "little", signed=obj < 0)
    elif codec is not None:
        data = codec.encode(obj)
    else:
        raise TypeError(f"cannot encode {type(obj).__name__} (use bytes, int, or set a codec)")
    if len(data) != size:
        raise ValueError(f"{len(data)} bytes where {size} are expected")
    return data

"""The dict-like face shared by every map handle (pybpf's own maps and kernel maps): ``m[k]``, ``m[k] = v``,
``del m[k]`` and ``values()`` on top of the handle's ``lookup / update / delete / items``, with ENOENT as KeyError."""

from __future__ import annotations

import errno
from typing import Any

from pybpf.errors import MapError


class MappingMethods:
    """Mixin: needs ``lookup(key)``, ``update(key, value)``, ``delete(key)`` and ``items()`` on the class."""

    def __getitem__(self, key: Any) -> Any:
        try:
            return self.lookup(key)  # type: ignore[attr-defined]
        except MapError as e:
            if e.errno == errno.ENOENT:
                raise KeyError(key) from None
            raise

    def __setitem__(self, key: Any, value: Any) -> None:
        self.update(key, value)  # type: ignore[attr-defined]

    def __delitem__(self, key: Any) -> None:
        try:
            self.delete(key)  # type: ignore[attr-defined]
        except MapError as e:
            if e.errno == errno.ENOENT:
                raise KeyError(key) from None
            raise

    def values(self) -> list[Any]:
        return [v for _, v in self.items()]  # type: ignore[attr-defined]

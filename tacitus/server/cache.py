"""A bounded cache of API responses, emptied whenever the store changes (read-mostly analytic traffic asks
the same questions again: the dashboard's default views, an analyst paging back and forth)."""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Hashable


class ResponseCache:
    """Least-recently-used cache of rendered bodies, tagged with the store generation they were made at."""

    def __init__(self, max_entries: int = 1024, max_bytes: int = 64_000_000) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict[Hashable, tuple[int, bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get_or_make(self, key: Hashable, generation: int, make: Callable[[], bytes]) -> tuple[bytes, bool]:
        """(body, whether it came from the cache)."""
        with self._lock:
            item = self._items.get(key)
            if item is not None and item[0] == generation:
                self._items.move_to_end(key)
                self.hits += 1
                return item[1], True
            self.misses += 1
        body = make()
        if len(body) <= self.max_bytes // 8:
            with self._lock:
                old = self._items.pop(key, None)
                if old is not None:
                    self._bytes -= len(old[1])
                self._items[key] = (generation, body)
                self._bytes += len(body)
                while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                    _, (_, dropped) = self._items.popitem(last=False)
                    self._bytes -= len(dropped)
        return body, False

"""Per-key request rate: a sliding window of the last minute, in this process."""

import threading
import time
from collections import deque


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key_id: str, cost: int = 1, now: float | None = None) -> int:
        """0 and the requests are counted, or the seconds until `cost` more would fit."""
        now = time.monotonic() if now is None else now
        with self._lock:
            window = self._seen.setdefault(key_id, deque())
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) + cost > self.per_minute:
                if cost > self.per_minute:
                    return 60
                oldest = window[len(window) + cost - self.per_minute - 1]
                return max(1, int(oldest + 60 - now) + 1)
            window.extend([now] * cost)
            return 0

"""stub"""

from __future__ import annotations

from typing import Any


def make(obj: Any) -> None:
    return None

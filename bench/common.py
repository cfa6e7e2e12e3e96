"""Shared helpers of the bench scripts: the machine, statistics, synthetic databases."""

from __future__ import annotations

import hashlib
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from coopdesk import paths, schema  # noqa: E402
from coopdesk.export import row_words  # noqa: E402
from coopdesk.store.rows import fingerprint  # noqa: E402
from coopdesk.synth import synthesize  # noqa: E402

CACHE = Path(os.environ.get("COOPDESK_BENCH_CACHE", "/tmp/coopdesk-bench"))
DATASETTE = "datasette==0.65.*"  # the version the first measurements were made with


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()} · {cpu} · {os.cpu_count()} cores · "
        f"Python {platform.python_version()}"
    )


def summary(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def database(events: int | None) -> Path:
    """The bundled database (None) or a cached synthetic one of ``events`` events."""
    if events is None:
        return paths.bundled_db()
    CACHE.mkdir(parents=True, exist_ok=True)
    # Named after the schema itself (and what writes the export rows): a cache made by
    # another version is never reused.
    made_by = fingerprint(row_words())
    shape = (schema.DDL + repr(schema.INDEXES) + schema.FACET_MONTHS_SQL + made_by).encode()
    path = CACHE / f"synth-{events}-{hashlib.sha256(shape).hexdigest()[:10]}.db"
    if not path.exists():
        print(f"(making {path} …)", file=sys.stderr, flush=True)
        synthesize(path, events=events, seed=1)
    return path


def datasette_python() -> Path:
    """A Python with Datasette, in a virtual environment of the bench's own (made once,
    in the cache folder): Datasette is never a dependency of CoopDesk or its tests."""
    venv = CACHE / "datasette-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"(installing {DATASETTE} into {venv} …)", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", DATASETTE], check=True)
    return python


def row(figure: str, value: str, baseline: str, goal: str, verdict: str) -> str:
    return f"| {figure} | {value} | {baseline} | {goal} | {verdict} |"


HEADER = (
    "| figure | measured (median / p95) | baseline in the same run | goal | met |\n"
    "|---|---|---|---|---|"
)

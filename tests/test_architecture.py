"""The house rules, checked: layers, no cycles, no widgets outside ui/, small modules."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "coopdesk"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
MAX_LINES = 600
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")


def _lint(*args: str, cwd: Path = ROOT, path: str = "") -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(LINT_IMPORTS.parent), "PYTHONPATH": path or str(ROOT / "src")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=cwd, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def test_the_import_contracts_hold() -> None:
    result = _lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_cycle_breaks_the_contracts(tmp_path: Path) -> None:
    """The contracts can fail: a package with a cycle, checked the way ours is."""
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cyclic import b\n")
    (package / "b.py").write_text("def f():\n    from cyclic import a\n")
    config = tmp_path / "contracts.toml"
    config.write_text(
        textwrap.dedent("""
        [tool.importlinter]
        root_package = "cyclic"
        [[tool.importlinter.contracts]]
        name = "No import cycles"
        type = "acyclic_siblings"
        ancestors = ["cyclic"]
        """)
    )
    result = _lint("--config", str(config), cwd=tmp_path, path=str(tmp_path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_is_over_600_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):  # imports inside functions count too
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_widgets_are_imported_only_in_ui() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(m for m in _imports(p) if m.startswith(WIDGET_MODULES))
        for p in _modules()
        if "ui" not in p.relative_to(PACKAGE).parts
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_print_and_brief_run_without_qt_at_all(built_db: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from coopdesk.cli import main
        assert main(["print", "event/2017-09-27-the-hague", "--db", {str(built_db)!r},
                     "-o", {str(tmp_path / "r.pdf")!r}]) == 0
        assert main(["brief", "--year", "2017", "--db", {str(built_db)!r},
                     "-o", {str(tmp_path / "b.pdf")!r}]) == 0
        loaded = sorted(m for m in sys.modules
                        if m.startswith(("coopdesk.ui", "coopdesk.app", "coopdesk.graphics",
                                         "PySide6", "shiboken6")))
        print("loaded:" + ",".join(loaded))
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "loaded:"
    assert (tmp_path / "r.pdf").stat().st_size > 1000
    assert (tmp_path / "b.pdf").stat().st_size > 1000

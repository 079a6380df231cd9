"""The test suite a newcomer can place: its folders mirror the packages, each shared fixture is defined once
(in a conftest.py), and no test cites an issue number or a file outside the repository."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import fourier_gui

TESTS = Path(__file__).resolve().parent
PACKAGE = Path(fourier_gui.__file__).parent

#: Folders of tests/ that are no package of fourier_gui: the release check and the benchmarks.
OTHER_FOLDERS = {"release", "benchmarks"}

#: An issue's number ("issue" and a number, "#" allowed): the tracker's numbers mean nothing to a reader.
ISSUE_NUMBER = re.compile(r"(?<![a-z])issues?[\s_]*#?\s*\d", re.IGNORECASE)
#: Files outside the repository: the design notes and the shared folder beside the checkout.
OUTSIDE = re.compile(r"\bDESIGN\.md\b|(?<![\w.])shared/|(?<![\w.])\.\./")

#: Fixtures a test module may override on purpose (conftest.py says so where it defines them).
OVERRIDABLE = {"window_parameters"}


def _sources() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts)


def _prose(path: Path) -> list[tuple[int, str]]:
    """What a reader reads as prose, with its line: comments, docstrings, and the names of functions and classes."""
    source = path.read_text(encoding="utf-8")
    found = [
        (token.start[0], token.string)
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    ]
    tree = ast.parse(source)
    for node in [tree, *ast.walk(tree)]:
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            docstring = ast.get_docstring(node, clean=False)
            line = getattr(node, "lineno", 1)
            if docstring:
                found.append((line, docstring))
            if not isinstance(node, ast.Module):
                found.append((line, node.name))
    return found


def test_sources_are_found():
    names = {p.name for p in _sources()}
    assert {"conftest.py", "reference.py", "screen_probe.py", "test_test_suite.py"} <= names
    assert any(p.parent.name == "benchmarks" for p in _sources())
    assert any("Independent references" in text for _, text in _prose(TESTS / "reference.py"))


def test_no_test_cites_an_issue_number_or_a_file_outside_the_repository():
    for path in _sources():
        for line, text in _prose(path):
            where = f"{path.relative_to(TESTS.parent)}:{line}: {text.strip()[:200]}"
            assert not ISSUE_NUMBER.search(text), f"cites an issue number (say what is checked): {where}"
            assert not OUTSIDE.search(text), f"cites a file outside the repository (cite docs/…): {where}"


def test_the_citation_checks_can_fail():
    assert ISSUE_NUMBER.search("Habits of good classroom sims (issue 13): Reset All")
    assert ISSUE_NUMBER.search("see Issue #14") and ISSUE_NUMBER.search("issues 10 and 11")
    assert OUTSIDE.search("built by explicit loops from DESIGN.md §1")
    assert OUTSIDE.search("as ../shared/notes say") and OUTSIDE.search("see shared/design")
    assert not ISSUE_NUMBER.search("an issue with the numbers") and not ISSUE_NUMBER.search("tissue 3")
    assert not OUTSIDE.search("docs/physics.md §1") and not OUTSIDE.search("pyqtgraph #3485 mended")
    assert ISSUE_NUMBER.search("test_issue_13_reset_all") and ISSUE_NUMBER.search("test_issue13")


def test_prose_is_comments_docstrings_and_names(tmp_path):
    path = tmp_path / "test_sample.py"
    path.write_text('"""Module (issue 1)."""\n\n\ndef test_x():  # as DESIGN.md says\n    """Doc."""\n    s = "code"\n')
    prose = _prose(path)
    assert (1, "Module (issue 1).") in prose and (4, "# as DESIGN.md says") in prose
    assert (4, "Doc.") in prose and (4, "test_x") in prose and not any("code" in text for _, text in prose)


def test_folders_mirror_the_packages_and_are_packages():
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert (TESTS / "__init__.py").is_file()
    for folder in (p for p in TESTS.iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert folder.name in packages | OTHER_FOLDERS, f"tests/{folder.name}/ mirrors no package of fourier_gui"
        if folder.name != "benchmarks":  # scripts, not collected by pytest
            assert (folder / "__init__.py").is_file(), f"tests/{folder.name}/ has no __init__.py"
    for folder in (p for p in TESTS.glob("*/*/") if p.is_dir() and "__pycache__" not in p.parts):  # e.g. tests/ui/shell
        where = folder.relative_to(TESTS)
        if where.parts[0] not in OTHER_FOLDERS:
            assert (PACKAGE / where / "__init__.py").is_file(), f"tests/{where}/ mirrors no package of fourier_gui"
            assert (folder / "__init__.py").is_file(), f"tests/{where}/ has no __init__.py"


def test_the_ui_tests_sit_beside_the_ui_package_they_test():
    """tests/ui has a folder per package of fourier_gui/ui; only what tests the ui as a whole stays at its top."""
    folders = {p.name for p in (TESTS / "ui").iterdir() if (p / "__init__.py").is_file()}
    assert {"controls", "files", "shell", "studies", "views"} <= folders
    assert {p.name for p in (TESTS / "ui").glob("test_*.py")} <= {"test_qt_binding.py", "test_language.py"}
    for path in TESTS.glob("*/test_*.py"):
        assert path.parent.name != "benchmarks", f"{path.name}: benchmarks are run by make bench, not pytest"


def _fixtures(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(target, ast.Attribute) and target.attr == "fixture":
                    found.append(node.name)
    return found


def test_each_fixture_is_defined_once():
    where: dict[str, list[str]] = {}
    for path in _sources():
        for name in _fixtures(path):
            where.setdefault(name, []).append(str(path.relative_to(TESTS)))
    assert {"window", "open_window", "run_to_end"} <= set(where)
    twice = {name: files for name, files in where.items() if len(files) > 1 and name not in OVERRIDABLE}
    assert not twice, f"fixtures defined in more than one file (move them to a conftest.py): {twice}"
    for name in OVERRIDABLE:
        assert any(f.endswith("conftest.py") for f in where[name]), f"{name} must have its default in a conftest.py"

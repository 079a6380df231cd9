"""docs/architecture.md stays true: every path and every name it quotes exists.

A quoted span (between backticks) is checked by its shape:
- a path (`ui/shell/app.py`, `tests/conftest.py`, `resources/`) must exist under the package, the repository
  or tests/;
- a dotted name rooted in a module path (`physics/fields.FIELDS`, `execution/run.SUMMARY_SECONDS`) must be an
  attribute of that module, each part of the chain in turn;
- a bare name (`RunModel`, `RunModel.set_parameters`, `store_chunk`) must be defined in the package: a class,
  function or assignment of that name, and each later part an attribute of the first where it can be imported.
Spans with spaces, operators or calls are code, not names, and are read for their names only where they are
plain `name(...)` calls.
"""

from __future__ import annotations

import ast
import importlib
import re
from functools import cache
from pathlib import Path

import pytest

import fourier_gui

PACKAGE = Path(fourier_gui.__file__).resolve().parent
ROOT = PACKAGE.parent
DOCS = ROOT / "docs"

#: Quoted words that are not names of this project: environment variables, options, values, other libraries.
NOT_OURS = re.compile(
    r"^(?:[A-Z][A-Z0-9_]+(?:=.*)?|--?[\w-]+.*|\d.*|[a-z]+:[\w:,]*|"
    r"(?:numpy|numba|scipy|pyqtgraph|PySide6|Qt|QThread|QObject|QTextDocument|QPdfWriter|QImage|QSettings|"
    r"QMainWindow|WA_DontShowOnScreen|prange|threading|subprocess|importlib|concurrent|dask|ffmpeg|pytest|"
    r"GarbageCollector|setData|expm|solve_ivp|eigh|expm_multiply|sesolve)\b.*)$"
)

SPAN = re.compile(r"`([^`\n]+)`")
PATH = re.compile(r"^[\w.-]+(?:/[\w.-]+)*/?$")
NAME = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\(\))?$")


def _spans(text: str) -> list[str]:
    return [s.strip() for s in SPAN.findall(text)]


@cache
def _definitions() -> frozenset[str]:
    """Every class, function, method, assigned or annotated name, enum member, dataclass field and string
    constant of the package and its tests (a test named by the docs is a name too)."""
    names: set[str] = set()
    for path in [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")]:
        if path.resolve() == Path(__file__).resolve():  # this file's own examples of names that do not exist
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and NAME.match(node.value):
                names.add(node.value)
            elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    names.update(_target_names(target))
            elif isinstance(node, ast.AnnAssign):
                names.update(_target_names(node.target))
    return frozenset(names)


def _target_names(target: ast.expr) -> set[str]:
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, ast.Attribute):
        return {target.attr}
    if isinstance(target, ast.Tuple):
        return {n for element in target.elts for n in _target_names(element)}
    return set()


def _existing_path(text: str) -> bool:
    rel = text.rstrip("/")
    return any((base / rel).exists() for base in (PACKAGE, ROOT, ROOT / "tests"))


def _module_of(path_part: str) -> str | None:
    """`ui/shell/app` → `fourier_gui.ui.shell.app` where that file exists."""
    if (PACKAGE / f"{path_part}.py").exists() or (PACKAGE / path_part / "__init__.py").exists():
        return "fourier_gui." + path_part.replace("/", ".")
    return None


def _modules_named(stem: str) -> list[str]:
    """The package's modules (and packages) whose last name is `stem`: `simulation` → `fourier_gui.physics.simulation`."""
    found = [p for p in PACKAGE.rglob(f"{stem}.py")] + [p.parent for p in PACKAGE.rglob(f"{stem}/__init__.py")]
    return [
        "fourier_gui." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in found
        if p != PACKAGE / "__init__.py"
    ]


def _attribute_chain(module: str, chain: list[str]) -> str | None:
    """None when `module.chain[0].chain[1]…` exists, else the first part that does not."""
    target: object = importlib.import_module(module)
    for part in chain:
        if not hasattr(target, part):
            return part
        target = getattr(target, part)
    return None


def problem(span: str) -> str | None:
    """Why a quoted span names nothing of the project (None when it is true or is no name of ours)."""
    if NOT_OURS.match(span):
        return None
    if span.startswith("fourier_gui."):  # a dotted module path: the longest importable prefix, then attributes
        parts = span.removesuffix("()").split(".")
        for cut in range(len(parts), 0, -1):
            if _module_of("/".join(parts[1:cut])) is not None or cut == 1:
                missing = _attribute_chain(".".join(parts[:cut]), parts[cut:])
                return None if missing is None else f"{'.'.join(parts[:cut])} has no {missing}"
    if "/" in span:
        files = (".py", ".md", ".json", ".toml", ".xml", ".spec", ".desktop", ".cff", ".sh", ".svg", ".png")
        head, _, rest = span.partition(".") if not span.endswith(files) else (span, "", "")
        if not PATH.match(span.split(".")[0] if rest else span):
            return None  # code or prose with a slash
        if rest and not rest.startswith(("py", "md", "json", "toml", "txt", "cfg")):
            module = _module_of(head)
            if module is None:
                return f"no module {head}.py"
            missing = _attribute_chain(module, rest.removesuffix("()").split("."))
            return None if missing is None else f"{head} has no {rest}"
        if _existing_path(span) or _module_of(span.rstrip("/")) is not None:
            return None
        return "no such file or folder"
    if re.fullmatch(r"\w+\.(?:py|md|json|toml|txt)", span):  # a file by its name: the text says where
        exists = any(p.name == span for p in [*PACKAGE.rglob(span), *ROOT.glob(f"*/{span}"), *ROOT.glob(span)])
        return None if exists else "no file of that name"
    if NAME.match(span):
        parts = span.removesuffix("()").split(".")
        if parts[0] in {"self", "True", "False", "None", "params", "window", "result", "control", "job", "w"}:
            return None
        modules = _modules_named(parts[0]) if len(parts) > 1 else []
        if modules:  # `simulation.store_chunk`, `execution.ExactRun`: a module's attribute
            misses = [_attribute_chain(m, parts[1:]) for m in modules]
            return None if None in misses else f"{parts[0]} has no {'.'.join(parts[1:])}"
        if not all(part in _definitions() for part in parts):
            return f"{'.'.join(p for p in parts if p not in _definitions())} is defined nowhere in the package"
        return None
    return None


def _quoted(doc: str) -> list[str]:
    return sorted(set(_spans((DOCS / doc).read_text(encoding="utf-8"))))


@pytest.mark.parametrize("doc", ["architecture.md"])
def test_every_path_and_name_the_architecture_quotes_exists(doc: str) -> None:
    wrong = {span: why for span in _quoted(doc) if (why := problem(span))}
    assert not wrong, f"docs/{doc} quotes what does not exist: {wrong}"
    assert len(_quoted(doc)) > 50  # the document quotes the code; an empty list would check nothing


@pytest.mark.parametrize("doc", ["docs/contracts.md", "docs/physics.md", "README.md"])
def test_every_path_the_other_documents_quote_exists(doc: str) -> None:
    """The other documents quote field names of files and JSON keys too: their paths and module names are
    checked, not their words."""
    spans = sorted(set(_spans((ROOT / doc).read_text(encoding="utf-8"))))
    paths = [s for s in spans if "/" in s or s.startswith("fourier_gui.")]
    wrong = {span: why for span in paths if (why := problem(span))}
    assert not wrong, f"{doc} quotes what does not exist: {wrong}"
    assert paths


def test_the_checker_catches_what_is_not_there() -> None:
    assert problem("ui/shell/no_such_module.py") == "no such file or folder"
    assert problem("physics/fields.NO_SUCH_TABLE") == "physics/fields has no NO_SUCH_TABLE"
    assert problem("ui/palette.py") == "no such file or folder"  # the subfolder left out
    assert problem("NoSuchClassAnywhere") is not None
    assert problem("RunModel.no_such_method") is not None
    assert problem("physics/fields.FIELDS") is None
    assert problem("docs/architecture.md") is None
    assert problem("RunModel.set_parameters") is None
    assert problem("fourier_gui.io.couplings_file.read_couplings") is None
    assert problem("fourier_gui.io.couplings_file.no_such_reader") is not None
    assert problem("resources/desktop/fourier-gui.desktop") is None

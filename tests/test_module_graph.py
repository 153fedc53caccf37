"""Dependencies point one way: domains -> jobs/engines -> kit.

Walks every module under src/storyloom with `ast` and fails on
- an import from `engines/`, `kit/` or `providers/` (the layers below) up into a domain
  or into `jobs`;
- an import from `jobs` (the layer between) up into a domain;
- an import from one domain into another domain's internals. A domain's public face is its
  package, `deps` (route dependencies), `schemas` (wire shapes) and `service` (what other
  domains may ask of it); repositories, routers and helpers are internal.

`ALLOWED` names the imports that still break a rule, each with why; the test also fails
when an allowed import is gone, so the list only shrinks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "storyloom"
DOMAINS = frozenset(
    {
        "admin",
        "auth",
        "characters",
        "export",
        "illustrations",
        "sharing",
        "stories",
        "usage",
    }
)
MIDDLE = frozenset({"jobs"})
BELOW = frozenset({"engines", "kit", "providers"})
# images/ is not a domain: it is the picture store (files + image rows) every domain and
# the jobs share, so anything above kit/ may use it; engines/, kit/, providers/ may not.
SHARED = frozenset({"images"})
PUBLIC = frozenset({"__init__", "deps", "errors", "schemas", "service"})

# (importing module, imported module): why it is still here. Shrink, never grow.
ALLOWED: dict[tuple[str, str], str] = {
    # The jobs <-> stories cycle: the pipeline reads and writes story rows through stories'
    # own modules; to cut, stories should hand the pipeline a small port (jobs/ports.py).
    ("storyloom.jobs.pipeline", "storyloom.stories.narration"): "pipeline narrates pages",
    ("storyloom.jobs.pipeline", "storyloom.stories.repository"): "pipeline loads stories",
    ("storyloom.jobs.pipeline", "storyloom.stories.request"): "pipeline builds the request",
    ("storyloom.jobs.pipeline", "storyloom.stories.schemas"): "pipeline reads StoryConfig",
    ("storyloom.jobs.pipeline", "storyloom.stories.text"): "pipeline checks page text",
    ("storyloom.jobs.cleanup", "storyloom.stories.pictures"): "cleanup deletes page images",
    # The runtime meters into the database; the sink should be passed in by the app.
    ("storyloom.jobs.runtime", "storyloom.usage.service"): "DatabaseUsageSink",
    # Domains reaching into each other's helpers.
    ("storyloom.admin.accounts", "storyloom.auth.repository"): "admin edits users",
    ("storyloom.admin.accounts", "storyloom.auth.reset"): "admin sends reset mail",
    ("storyloom.admin.ops", "storyloom.auth.session_memory"): "admin lists sessions",
    ("storyloom.export.book", "storyloom.stories.narration"): "books carry narration",
    ("storyloom.sharing.router", "storyloom.stories.narration"): "shared audio",
    ("storyloom.sharing.router", "storyloom.stories.narration_router"): "shared audio",
    ("storyloom.sharing.router", "storyloom.stories.views"): "shared story view",
    ("storyloom.sharing.service", "storyloom.export.book"): "shared book download",
    ("storyloom.sharing.service", "storyloom.stories.narration"): "shared audio",
    ("storyloom.stories.deps", "storyloom.export.cache"): "export files per story",
    ("storyloom.stories.request", "storyloom.characters.repository"): "loads the cast",
    ("storyloom.stories.service", "storyloom.characters.repository"): "checks the cast",
    ("storyloom.stories.service", "storyloom.export.cache"): "drops stale exports",
}
# Authentication of a request: every router, whatever its layer, may depend on it.
EVERYWHERE = frozenset({"storyloom.auth.deps"})


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[0] == "migrations":
            continue
        yield ".".join(("storyloom", *parts)), path


def _imports(name: str, path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            yield module
            # `from storyloom.x import y` may name a submodule y.
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                if (ROOT.parent / Path(*candidate.split("."))).with_suffix(".py").exists():
                    yield candidate


def _top(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "storyloom" else None


def _is_internal(module: str) -> bool:
    parts = module.split(".")
    return len(parts) > 2 and parts[2] not in PUBLIC


def violation(importer: str, imported: str) -> str | None:
    """Which rule `importer` importing `imported` breaks, or None."""
    src, dst = _top(importer), _top(imported)
    if src is None or dst is None or src == dst or dst not in DOMAINS | MIDDLE | SHARED:
        return None
    if src in BELOW:
        return f"{src}/ is below {dst}/"
    if dst in SHARED or imported in EVERYWHERE:
        return None
    if src in MIDDLE and dst in DOMAINS:
        return f"{src}/ is below the domains"
    if src in DOMAINS and dst in DOMAINS and _is_internal(imported):
        return f"{imported} is internal to {dst}/"
    return None


def found() -> dict[tuple[str, str], str]:
    seen: dict[tuple[str, str], str] = {}
    for name, path in _modules():
        for imported in _imports(name, path):
            rule = violation(name, imported)
            if rule is not None:
                seen[name, imported] = rule
    return seen


def test_the_rule_itself() -> None:
    assert violation("storyloom.kit.pagination", "storyloom.characters.search")
    assert violation("storyloom.engines.writer.x", "storyloom.jobs.engines")
    assert violation("storyloom.jobs.pipeline", "storyloom.stories.repository")
    assert violation("storyloom.stories.pictures", "storyloom.characters.search")
    assert violation("storyloom.stories.router", "storyloom.usage.deps") is None
    assert violation("storyloom.stories.router", "storyloom.jobs.schemas") is None
    assert violation("storyloom.stories.router", "storyloom.kit.pagination") is None
    assert violation("storyloom.characters.router", "storyloom.characters.search") is None
    assert violation("storyloom.jobs.illustrate", "storyloom.images.service") is None
    assert violation("storyloom.kit.cache", "storyloom.images.service")


def test_dependencies_point_one_way() -> None:
    seen = found()
    new = {pair: rule for pair, rule in seen.items() if pair not in ALLOWED}
    assert not new, "imports against the module rules:\n" + "\n".join(
        f"  {a} -> {b}: {rule}" for (a, b), rule in sorted(new.items())
    )
    gone = sorted(pair for pair in ALLOWED if pair not in seen)
    assert not gone, f"allowed imports that are gone (remove them from ALLOWED): {gone}"

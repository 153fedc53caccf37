"""Which tests the PostgreSQL + Redis phase of `make test` runs (`pytest --only-services`).

That phase repeats the suite against the real services. A test that never reaches a database
or Redis behaves the same there as in the SQLite phase, which already ran it, so repeating it
proves nothing. The rule: a test runs in the services phase when

1. it is marked `services`, or
2. it uses the `database_url` fixture, directly or through another fixture (every database,
   app, client and account fixture does), or
3. its module, a fixture it uses, or a `tests.*` helper either of them calls (followed
   through further helpers) mentions one of SERVICE_WORDS: it builds settings itself
   (`make_settings` fills in the test Redis URL), reads the STORYLOOM_TEST_* URLs, or
   asks for Redis.

Helpers are followed except tests/conftest.py itself, whose source names every service word:
a test that needs something from it either names that word too or uses a database fixture.
Anything else is deselected (reported as such, never skipped). When unsure, the rule keeps a
test: a false match costs one repeat, a miss would lose PostgreSQL coverage.
"""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Iterable
from functools import cache
from typing import Any

import pytest

SERVICE_WORDS = (
    "database_url",
    "make_settings",
    "STORYLOOM_TEST_",
    "TEST_DATABASE_URL",
    "TEST_REDIS_URL",
    "require_redis",
)
# The autouse gate in tests/conftest.py that asks services-marked tests for Redis: those
# tests are kept by rule 1; it says nothing about the others.
IGNORED_FIXTURES = frozenset({"_services_marked_tests_need_redis"})


def _mentions_services(text: str) -> bool:
    return any(word in text for word in SERVICE_WORDS)


def _source(obj: Any) -> str:
    try:
        return inspect.getsource(obj)
    except (OSError, TypeError):
        return ""


def _helper_modules(names: Iterable[str], namespace: dict[str, Any]) -> set[str]:
    """The `tests.*` modules behind these names (helpers imported from them)."""
    found = set()
    for name in names:
        value = namespace.get(name)
        module = (
            value.__name__
            if isinstance(value, types.ModuleType)
            else getattr(value, "__module__", None)
        )
        if isinstance(module, str) and module.startswith("tests.") and module != "tests.conftest":
            found.add(module)
    return found


@cache
def _module_touches(name: str) -> bool:
    module = sys.modules.get(name)
    if module is None:
        return False
    if _mentions_services(_source(module)):
        return True
    helpers = _helper_modules(vars(module), vars(module)) - {name}
    return any(_module_touches(helper) for helper in helpers)


def _fixture_touches(func: Any) -> bool:
    module = getattr(func, "__module__", "") or ""
    if not module.startswith("tests"):
        return False
    if _mentions_services(_source(func)):
        return True
    code = getattr(func, "__code__", None)
    names = code.co_names if code is not None else ()
    helpers = _helper_modules(names, getattr(func, "__globals__", {})) - {module}
    return any(_module_touches(helper) for helper in helpers)


def touches_services(item: pytest.Item) -> bool:
    if item.get_closest_marker("services") is not None:
        return True
    fixturenames = getattr(item, "fixturenames", ())
    if "database_url" in fixturenames:
        return True
    module = getattr(item, "module", None)
    if module is not None and _module_touches(module.__name__):
        return True
    info = getattr(item, "_fixtureinfo", None)
    for name, defs in info.name2fixturedefs.items() if info else ():
        if name in IGNORED_FIXTURES:
            continue
        if any(_fixture_touches(d.func) for d in defs):
            return True
    return False


def select_services_tests(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep, drop = [], []
    for item in items:
        (keep if touches_services(item) else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

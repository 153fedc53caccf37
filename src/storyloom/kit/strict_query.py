"""Unknown query parameters are refused, as unknown body fields are: a typo in `?limt=5`
should be an error the caller sees, not a silently ignored filter."""

from __future__ import annotations

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute

_allowed: dict[int, frozenset[str]] = {}


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _declared(route: APIRoute) -> frozenset[str]:
    key = id(route)
    if key not in _allowed:
        _allowed[key] = frozenset(_query_names(route.dependant))
    return _allowed[key]


async def reject_unknown_query_params(request: Request) -> None:
    route = request.scope.get("route")
    if not request.scope["query_string"] or not isinstance(route, APIRoute):
        return
    names = set(request.query_params)
    unknown = sorted(names - _declared(route))
    # No route takes a list in its query, so a repeated name is a mistake, not a list.
    repeated = sorted(n for n in names - set(unknown) if len(request.query_params.getlist(n)) > 1)
    errors = [
        {"loc": ("query", name), "msg": "Unknown query parameter.", "type": "extra_forbidden"}
        for name in unknown
    ] + [
        {"loc": ("query", name), "msg": "Given more than once.", "type": "value_error"}
        for name in repeated
    ]
    if errors:
        raise RequestValidationError(errors)

"""JSON's true/false are not numbers: every integer in a request body refuses them."""

from __future__ import annotations

import json
from typing import Annotated, Any

import pytest
from pydantic import TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from tests.conftest import Account

from storyloom.app import create_app
from storyloom.kit.schema import Input


def _request_models() -> list[type[Input]]:
    assert create_app  # importing the app imported every domain's schemas
    found: list[type[Input]] = []
    todo: list[type[Input]] = [Input]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


def _adapter(info: FieldInfo) -> TypeAdapter[Any]:
    """The field's type with its constraints, validating on its own."""
    if not info.metadata:
        return TypeAdapter(info.annotation)
    return TypeAdapter(Annotated.__class_getitem__((info.annotation, *info.metadata)))  # type: ignore[attr-defined]


def _integer_fields() -> list[tuple[str, FieldInfo]]:
    fields = []
    for model in _request_models():
        schema = json.dumps(model.model_json_schema())
        if '"integer"' not in schema:
            continue
        for name, info in model.model_fields.items():
            if '"integer"' in json.dumps(_adapter(info).json_schema()):
                fields.append((f"{model.__name__}.{name}", info))
    return fields


INTEGER_FIELDS = _integer_fields()


def test_the_request_bodies_have_integer_fields() -> None:
    names = {name for name, _ in INTEGER_FIELDS}
    assert {"CharacterIn.age", "PageNewIn.position", "ShareIn.expires_in_days"} <= names


@pytest.mark.parametrize(("name", "info"), INTEGER_FIELDS, ids=[n for n, _ in INTEGER_FIELDS])
@pytest.mark.parametrize("value", [True, False])
def test_a_boolean_is_not_an_integer(name: str, info: FieldInfo, value: bool) -> None:
    with pytest.raises(ValidationError):
        _adapter(info).validate_python(value)


async def test_age_true_is_refused_and_changes_nothing(account: Account) -> None:
    body = {
        "name": "Tilly",
        "pronouns": "she",
        "age": True,
        "appearance": {"kind": "child", "body_color": "#c98a4b", "accent_color": "#e0a070"},
    }
    response = await account.client.post("/api/characters", headers=account.headers, json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert [e["loc"] for e in response.json()["errors"]] == [["body", "age"]]
    listed = await account.client.get("/api/characters", headers=account.headers)
    assert listed.json()["items"] == []
    body["age"] = 6
    created = await account.client.post("/api/characters", headers=account.headers, json=body)
    assert created.status_code == 201, created.text
    assert created.json()["age"] == 6

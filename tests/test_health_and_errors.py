"""Probes, the problem+json shape of every error, headers, and the body size cap."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from tests.conftest import Account, running

from storyloom.app import create_app
from storyloom.config import Settings


async def test_healthz_and_readyz(client: httpx.AsyncClient, settings: Settings) -> None:
    assert (await client.get("/healthz")).json()["status"] == "ok"
    ready = (await client.get("/readyz")).json()
    assert ready["checks"]["database"] == "ok"
    if settings.redis_url:
        assert ready["checks"]["redis"] == "ok"


async def test_readyz_reports_an_unreachable_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_settings

    broken = make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path}/missing/dir/x.db")
    async with running(create_app(broken)) as c:
        response = await c.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"].startswith("error")


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert {"type", "title", "detail", "request_id"} <= body.keys()
    assert body["request_id"] == response.headers["x-request-id"]
    return body


async def test_unknown_route_and_wrong_method(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/nowhere"), 404, "not_found")
    assert_problem(await client.delete("/healthz"), 405, "method_not_allowed")
    # Two routes share /api/characters (list and create): Allow names both.
    wrong = await client.put("/api/characters")
    assert_problem(wrong, 405, "method_not_allowed")
    assert {m.strip() for m in wrong.headers["allow"].split(",")} >= {"GET", "POST"}


async def test_validation_errors_list_fields(client: httpx.AsyncClient) -> None:
    body = assert_problem(
        await client.post("/api/auth/login", json={"email": "not-an-email", "extra": 1}),
        422,
        "validation_failed",
    )
    locs = {tuple(e["loc"]) for e in body["errors"]}  # type: ignore[attr-defined]
    assert ("body", "email") in locs
    assert ("body", "password") in locs
    assert ("body", "extra") in locs  # unknown fields are refused, never ignored


async def test_unhandled_error_is_a_500_without_internals(settings: Settings) -> None:
    app: FastAPI = create_app(settings)

    @app.get("/api/test-crash")
    async def crash() -> None:
        raise RuntimeError("secret internals: password=hunter2")

    async with running(app) as c:
        response = await c.get("/api/test-crash")
    body = assert_problem(response, 500, "internal_error")
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text
    assert body["detail"] == "An unexpected error occurred."


async def test_request_id_is_echoed_when_given(client: httpx.AsyncClient) -> None:
    rid = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    response = await client.get("/api/nowhere", headers={"X-Request-ID": rid})
    assert response.headers["x-request-id"] == rid
    assert response.json()["request_id"] == rid


async def test_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("declared", [True, False])
async def test_body_size_cap(settings: Settings, declared: bool) -> None:
    capped = settings.model_copy(update={"max_body_bytes": 4096})
    async with running(create_app(capped)) as c:
        payload = b'{"email": "' + b"a" * 10_000 + b'"}'
        if declared:
            response = await c.post(
                "/api/auth/login", content=payload, headers={"content-type": "application/json"}
            )
        else:

            async def chunks():  # type: ignore[no-untyped-def]
                for i in range(0, len(payload), 1000):
                    yield payload[i : i + 1000]

            response = await c.post(
                "/api/auth/login", content=chunks(), headers={"content-type": "application/json"}
            )
    assert_problem(response, 413, "payload_too_large")


async def test_cors_from_settings(settings: Settings) -> None:
    allowed = settings.model_copy(update={"cors_origins": ["https://app.example"]})
    async with running(create_app(allowed)) as c:
        ok = await c.options(
            "/api/me",
            headers={"Origin": "https://app.example", "Access-Control-Request-Method": "GET"},
        )
        other = await c.options(
            "/api/me",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
        )
    assert ok.headers["access-control-allow-origin"] == "https://app.example"
    assert "access-control-allow-origin" not in other.headers


async def test_metrics_behind_a_setting(client: httpx.AsyncClient, settings: Settings) -> None:
    await client.get("/api/nowhere")
    text = (await client.get("/metrics")).text
    assert "http_requests_total" in text
    assert "http_request_duration_seconds" in text
    off = settings.model_copy(update={"metrics_enabled": False})
    async with running(create_app(off)) as c:
        assert (await c.get("/metrics")).status_code == 404


async def test_openapi_and_docs(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    ids = [op["operationId"] for path in spec["paths"].values() for op in path.values()]
    assert "auth-login" in ids
    assert "account-get-me" in ids
    assert all(i.split("-", 1)[0] in {"auth", "account", "health"} or "-" in i for i in ids)
    docs = await client.get("/api/docs")
    assert docs.status_code == 200
    assert "/api/docs-assets/swagger-ui-bundle.js" in docs.text
    assert (await client.get("/api/docs-assets/swagger-ui-bundle.js")).status_code == 200


async def test_event_stream_is_documented_event_by_event(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/api/openapi.json")).json()
    content = spec["paths"]["/api/jobs/{job_id}/events"]["get"]["responses"]["200"]["content"]
    item = content["text/event-stream"]["itemSchema"]
    assert set(item["properties"]["event"]["enum"]) == {"progress", "done", "gone"}
    data = item["properties"]["data"]
    assert data["contentMediaType"] == "application/json"
    assert {"$ref": "#/components/schemas/JobOut"} in data["contentSchema"]["oneOf"]
    assert "JobOut" in spec["components"]["schemas"]


async def test_unknown_query_parameters_are_refused(account: Account) -> None:
    response = await account.client.get("/api/me?limt=5", headers=account.headers)
    body = assert_problem(response, 422, "validation_failed")
    assert body["errors"] == [
        {"loc": ["query", "limt"], "msg": "Unknown query parameter.", "type": "extra_forbidden"}
    ]


@pytest.mark.parametrize(
    ("method", "url", "body"),
    [
        (
            "POST",
            "/api/auth/register",
            '{"email": "a@b.co", "display_name": "x\\u0000", "password": "p"}',
        ),
        ("GET", "/api/me?x=%00", None),
    ],
)
async def test_nul_characters_are_refused_everywhere(
    client: httpx.AsyncClient, method: str, url: str, body: str | None
) -> None:
    # PostgreSQL cannot store NUL; refusing it at the edge keeps that a 422, never a 500.
    response = await client.request(
        method, url, content=body, headers={"content-type": "application/json"}
    )
    assert_problem(response, 422, "validation_failed")


async def test_repeated_query_parameters_are_refused(account: Account) -> None:
    response = await account.client.get("/api/characters?q=a&q=b", headers=account.headers)
    body = assert_problem(response, 422, "validation_failed")
    assert body["errors"] == [
        {"loc": ["query", "q"], "msg": "Given more than once.", "type": "value_error"}
    ]

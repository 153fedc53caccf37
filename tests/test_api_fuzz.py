"""Schemathesis against the app's own OpenAPI, on a real server, as a signed-in user.

Every operation, positive and negative data; fails on any 5xx, any response that breaks its
documented schema, and any accepted invalid input. New routes are covered automatically.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance
from tests.conftest import PASSWORD
from tests.live import live_server
from tests.smtp import smtp_server

from storyloom.config import Settings, SmtpTls

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
EXAMPLES = 25
# Refusals a schema cannot express (a well-formed but common password, a wrong current
# password, text the safety gate blocks, a reset link that was never issued): schema-valid
# data may meet them, and the API rightly answers 400 or 422.
BUSINESS_RULES = {"weak_password", "wrong_password", "unsafe_content", "reset_link_invalid"}
SESSION_ENDING = {"/api/auth/logout", "/api/auth/logout-all"}


class Login:
    """A real user's bearer token, renewed after a fuzzed call ends the session."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.email = f"fuzz-{uuid.uuid4().hex[:10]}@example.com"
        response = httpx.post(
            f"{base}/api/auth/register",
            json={"email": self.email, "display_name": "Fuzz", "password": PASSWORD},
        )
        assert response.status_code == 201, response.text
        self.token: str | None = response.json()["access_token"]
        self.requests = 0

    def headers(self) -> dict[str, str]:
        if self.token is None:
            response = httpx.post(
                f"{self.base}/api/auth/login", json={"email": self.email, "password": PASSWORD}
            )
            assert response.status_code == 200, response.text
            self.token = response.json()["access_token"]
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture(scope="module")
def server(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server that sends email (to a real SMTP server on loopback), so the password-reset
    routes are fuzzed on their working path rather than answering 503."""
    with smtp_server() as inbox:
        mailing = settings.model_copy(
            update={"smtp_host": inbox.host, "smtp_port": inbox.port, "smtp_tls": SmtpTls.none}
        )
        with live_server(mailing, log=tmp_path_factory.mktemp("fuzz") / "server.log") as base:
            yield base


@pytest.fixture(scope="module")
def login(server: str) -> Iterator[Login]:
    keeper = Login(server)
    yield keeper
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "schemathesis-requests.txt").write_text(f"{keeper.requests}\n")
    print(f"\nschemathesis: {keeper.requests} generated requests")


def _beyond_schema(problem: dict[str, object]) -> bool:
    """A refusal by a rule JSON Schema cannot state: a business rule, or a cross-field check
    (pydantic reports those from model validators as `value_error`)."""
    code = str(problem.get("code"))
    if code in BUSINESS_RULES or code.startswith("picture_"):  # what a picture holds
        return True
    errors = problem.get("errors")
    return (
        problem.get("code") == "validation_failed"
        and isinstance(errors, list)
        and bool(errors)
        and all(isinstance(e, dict) and e.get("type") == "value_error" for e in errors)
    )


def _operations(server: str) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_url(f"{server}/api/openapi.json")
    # Every call carries the signed-in user's token (Login), so a generated Authorization
    # header, or one left out on purpose as negative data, would be replaced by it.
    schema.config.generation.update(with_security_parameters=False)
    return [result.ok() for result in schema.get_all_operations()]


def test_api(server: str, login: Login) -> None:
    failures: list[str] = []
    operations = _operations(server)
    assert len(operations) >= 10
    for operation in operations:
        for mode in GenerationMode:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def run(case: schemathesis.Case) -> None:
                response = case.call(headers=login.headers())
                login.requests += 1
                if case.path in SESSION_ENDING or response.status_code == 401:
                    login.token = None
                excluded = []
                if response.status_code in (400, 422) and _beyond_schema(response.json()):
                    excluded = [positive_data_acceptance]
                case.validate_response(response, excluded_checks=excluded)

            try:
                run()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # no inputs, so nothing can be invalid
            except Exception as exc:  # collect every operation's failure, then report all
                failures.append(f"{operation.label} [{mode.value}]: {exc}")
    assert not failures, "\n\n".join(failures)

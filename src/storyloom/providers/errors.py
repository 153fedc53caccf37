"""What can go wrong with a model provider, as a small tree with stable codes.

Every adapter (writer, illustrator, moderation) turns SDK and HTTP failures into one of
these, so the API layer maps them onto problem+json and the job runner onto job errors
without knowing which SDK sits underneath. `status` is the HTTP status we suggest
answering with; `transient` says whether trying again later may help (it drives retries,
the circuit breaker and the fallback to the built-in engines).
"""

from __future__ import annotations

from enum import StrEnum


class ProviderErrorCode(StrEnum):
    unavailable = "provider_unavailable"
    timeout = "provider_timeout"
    auth = "provider_auth"
    rejected = "provider_rejected"
    bad_output = "provider_bad_output"
    circuit_open = "provider_circuit_open"


class ProviderError(Exception):
    code: ProviderErrorCode = ProviderErrorCode.unavailable
    status: int = 503
    title: str = "The provider is unavailable"
    transient: bool = True

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        retry_after: float | None = None,
        http_status: int | None = None,
        transient: bool | None = None,
    ) -> None:
        super().__init__(message)
        if transient is not None:
            self.transient = transient
        self.message = message
        self.provider = provider
        # Seconds the provider asked us to wait (Retry-After); honoured by the retry loop.
        self.retry_after = retry_after
        # The provider's own HTTP status, when it answered at all (for logs, not clients).
        self.http_status = http_status

    @property
    def falls_back(self) -> bool:
        """Whether the built-in engine may stand in: only when the provider is down, never
        when it refused us (a wrong key or a bad request would fail the same way again)."""
        return self.code in _DOWN

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code.value}, {self.provider!r}, {self.message!r})"


class ProviderUnavailable(ProviderError):
    """Connection refused, 5xx, 429, 408 or 409: the provider could not serve us now."""


class ProviderTimeout(ProviderError):
    code, status, title = ProviderErrorCode.timeout, 504, "The provider did not answer in time"


class ProviderAuth(ProviderError):
    """401/403: our key is wrong or lacks access. An operator must act; retrying won't."""

    code, status, title = ProviderErrorCode.auth, 502, "The provider refused our credentials"
    transient = False


class ProviderRejected(ProviderError):
    """Any other 4xx: the provider refused this request as made."""

    code, status, title = ProviderErrorCode.rejected, 502, "The provider rejected the request"
    transient = False


class ProviderBadOutput(ProviderError):
    """The provider answered, but with something unusable (broken JSON, an invalid or
    unsafe draft, a missing image)."""

    code, status, title = ProviderErrorCode.bad_output, 502, "The provider's answer was unusable"
    transient = False


class ProviderCircuitOpen(ProviderError):
    """Recent calls kept failing, so we stopped calling for a while (fail fast)."""

    code, status = ProviderErrorCode.circuit_open, 503
    title = "The provider is failing; calls are paused"


_DOWN = frozenset(
    {ProviderErrorCode.unavailable, ProviderErrorCode.timeout, ProviderErrorCode.circuit_open}
)

__all__ = [
    "ProviderAuth",
    "ProviderBadOutput",
    "ProviderCircuitOpen",
    "ProviderError",
    "ProviderErrorCode",
    "ProviderRejected",
    "ProviderTimeout",
    "ProviderUnavailable",
]

"""A real OpenAI-compatible HTTP server on loopback, standing in for the model providers.

It speaks just enough of the API for Storyloom's adapters, over real sockets (uvicorn in
a background thread), so tests exercise the SDK, timeouts, retries and parsing for real:

- `POST /v1/chat/completions` answers a valid StoryDraft for the cast in the request
  (read from the JSON the LLM writer attaches; written by the built-in `write_story`),
  with `usage` tokens (about four characters a token);
- `POST /v1/images/generations` answers a tiny PNG (the illustrator's `render_png`), b64;
- `POST /v1/moderations` flags text containing a word registered with `flag()`;
- the safety judge's chat call (its system message starts with the judge's marker) is
  answered with a verdict: unsuitable when the idea contains a word registered with
  `judge_refuses()`.
- `POST /v1/audio/speech` answers a WAV (24 kHz mono): a tone 60 ms per character of
  the input between 0.2 s of silence at each end (`response_format` must be wav).

Script it per test, then look at what it received:

    standin.script("chat", Reply(status=429, headers={"retry-after-ms": "300"}))  # next call
    standin.script("chat", Reply(status=503), Reply(status=503))        # the next two calls
    standin.always("images", Reply(delay=5))                            # every call hangs
    standin.script("chat", Reply(transform=unsafe_page))                # an unsafe draft
    standin.script("chat", Reply(raw=b'{"choices": [oops'))             # malformed JSON
    standin.too_hard(1, grades=2)         # the next story draft reads two grades too hard
    standin.too_hard(None)                # every story draft does
    standin.reject_json_schema = True                                   # 400 to json_schema
    standin.flag("dragonfire", "violence")                              # moderation flags it
    standin.flaky(0.3, Reply(status=503), Reply(status=429, headers={"retry-after": "0.2"}),
                  seed=7)                      # a seeded 30% of every call fails, either way
    assert standin.calls("chat") == 3
    standin.requests("chat")[-1]["messages"]                            # what was sent

Queued replies are used first, in order; then a `flaky` failure, when the dice say so;
then the `always` reply; then a normal answer. The dice are seeded, but which call meets
which throw depends on the order calls arrive in.

Use it from any test package through the fixtures in `tests/providers/conftest.py`
(`standin`, `provider_settings`), or directly:

    with running_standin() as standin:
        settings = standin_settings(standin, tmp_path)   # every provider pointed at it
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import math
import random
import socket
import threading
import time
import wave
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from storyloom.config import Settings
from storyloom.engines.illustrator.png import render_png
from storyloom.engines.safety.judge import MARKER as JUDGE_MARKER
from storyloom.engines.writer.engine import write_story
from storyloom.engines.writer.llm.prompt import request_from_messages
from storyloom.engines.writer.report import sample_requests
from storyloom.engines.writer.story_spec import StoryRequest


def _harden_module() -> Any:
    # Benchmarks load this file by path (tests/ is not a package there): its sibling too.
    try:
        from tests.providers import too_hard
    except ImportError:
        import importlib.util

        path = Path(__file__).with_name("too_hard.py")
        spec = importlib.util.spec_from_file_location("storyloom_standin_too_hard", path)
        assert spec is not None
        assert spec.loader is not None
        too_hard = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(too_hard)
    return too_hard


harden = _harden_module().harden

Endpoint = Literal["chat", "images", "moderations", "speech"]
Draft = dict[str, Any]

MODERATION_CATEGORIES = (
    "harassment",
    "harassment/threatening",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "sexual/minors",
    "violence",
    "violence/graphic",
)


@dataclass
class Reply:
    """How to answer one call. Defaults: a normal, immediate 200."""

    status: int = 200
    delay: float = 0.0  # seconds before answering; longer than the client timeout = a hang
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # sent verbatim as application/json (e.g. malformed JSON)
    body: Any = None  # a JSON body instead of the normal answer
    content: str | None = None  # chat: the message content instead of the draft
    transform: Callable[[Draft], Draft] | None = None  # chat: edit the draft first
    finish_reason: str = "stop"


def unsafe_page(draft: Draft) -> Draft:
    """A draft whose second page would frighten a child (the rules block it)."""
    draft["pages"][1]["text"] = "Then the hero picked up a gun and shot the bear dead."
    return draft


def two_pages(draft: Draft) -> Draft:
    """A draft too short for every age band."""
    draft["pages"] = draft["pages"][:2]
    return draft


def stranger_in_scene(draft: Draft) -> Draft:
    draft["pages"][0]["scene"]["characters"].append({"character_id": "nobody-we-know"})
    return draft


@cache
def tiny_png() -> bytes:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 2">'
        '<rect width="3" height="2" fill="#7ec8e3"/><circle cx="1.5" cy="1" r="0.6" '
        'fill="#f2c14e"/></svg>'
    )
    return render_png(svg, 12)


def speech_wav(text: str, rate: int = 24000) -> bytes:
    """A tone as long as the text would take to say, with silence either side."""
    quiet = bytes(int(0.2 * rate) * 2)
    samples = int(0.06 * len(text) * rate)
    tone = b"".join(
        int(8000 * math.sin(i / 8)).to_bytes(2, "little", signed=True) for i in range(samples)
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(quiet + tone + quiet)
    return out.getvalue()


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    body = {"error": {"message": message, "type": "stand_in_error", "code": str(status)}}
    return JSONResponse(body, status_code=status, headers=headers)


class StandIn:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: dict[str, deque[Reply]] = defaultdict(deque)
        self._always: dict[str, Reply] = {}
        self._requests: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._flags: dict[str, str] = {}
        self._refusals: dict[str, str] = {}
        self._flaky: tuple[float, tuple[Reply, ...], random.Random] | None = None
        self.reject_json_schema = False
        self._too_hard: tuple[int | None, float] = (0, 0.0)
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # --- scripting --------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, endpoint: Endpoint, *replies: Reply) -> None:
        with self._lock:
            self._queued[endpoint].extend(replies)

    def always(self, endpoint: Endpoint, reply: Reply | None) -> None:
        with self._lock:
            if reply is None:
                self._always.pop(endpoint, None)
            else:
                self._always[endpoint] = reply

    def flaky(self, share: float, *failures: Reply, seed: int = 0) -> None:
        """Fail a random `share` of all calls (every endpoint) with one of `failures`,
        picked at random; `share=0` or no failures turns it off."""
        with self._lock:
            self._flaky = (share, failures, random.Random(seed)) if share and failures else None

    def flag(self, word: str, category: str) -> None:
        """Moderation flags any input containing `word` under `category` (OpenAI's name)."""
        assert category in MODERATION_CATEGORIES, category
        with self._lock:
            self._flags[word.lower()] = category

    def too_hard(self, answers: int | None, grades: float = 2.0) -> None:
        """The next `answers` story drafts (every one when None) read `grades` above the
        top of their band's reading grade, as models writing for children often do."""
        with self._lock:
            self._too_hard = (answers, grades)

    def _hardness(self) -> float:
        with self._lock:
            left, grades = self._too_hard
            if left is not None:
                if left <= 0:
                    return 0.0
                self._too_hard = (left - 1, grades)
            return grades

    def judge_refuses(self, word: str, category: str) -> None:
        """The safety judge finds any idea containing `word` unsuitable (our category)."""
        with self._lock:
            self._refusals[word.lower()] = category

    def calls(self, endpoint: Endpoint) -> int:
        with self._lock:
            return len(self._requests[endpoint])

    def requests(self, endpoint: Endpoint) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._requests[endpoint])

    def reset(self) -> None:
        with self._lock:
            self._queued.clear()
            self._always.clear()
            self._requests.clear()
            self._flags.clear()
            self._refusals.clear()
            self._flaky = None
            self.reject_json_schema = False
            self._too_hard = (0, 0.0)

    def _take(self, endpoint: Endpoint, body: dict[str, Any]) -> Reply:
        with self._lock:
            self._requests[endpoint].append(body)
            if self._queued[endpoint]:
                return self._queued[endpoint].popleft()
            if self._flaky is not None:
                share, failures, dice = self._flaky
                if dice.random() < share:
                    return dice.choice(failures)
            return self._always.get(endpoint) or Reply()

    # --- handlers ---------------------------------------------------------------------
    async def _prelude(
        self, endpoint: Endpoint, request: Request
    ) -> tuple[Reply, Any, Response | None]:
        body = await request.json()
        reply = self._take(endpoint, body)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if request.headers.get("authorization") != "Bearer test-key":
            return reply, body, _error(401, "Incorrect API key provided.")
        if reply.status >= 400:
            return reply, body, _error(reply.status, f"scripted {reply.status}", reply.headers)
        if reply.raw is not None:
            return reply, body, Response(reply.raw, media_type="application/json")
        if reply.body is not None:
            return reply, body, JSONResponse(reply.body, headers=reply.headers)
        return reply, body, None

    async def chat(self, request: Request) -> Response:
        reply, body, early = await self._prelude("chat", request)
        if early is not None:
            return early
        response_format = body.get("response_format") or {}
        if self.reject_json_schema and response_format.get("type") == "json_schema":
            return _error(400, "response_format json_schema is not supported by this server")
        content = reply.content
        messages = body.get("messages", [])
        if content is None and str(messages[0].get("content", "")).startswith(JUDGE_MARKER):
            content = self._judged(str(messages[-1].get("content", "")))
        if content is None:
            request_for, draft = _draft_for(body.get("messages", []))
            if grades := self._hardness():
                names = [m.name for m in request_for.cast]
                draft = harden(draft, request_for.band, grades, names)
            content = json.dumps(reply.transform(draft) if reply.transform else draft)
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        tokens_in, tokens_out = prompt_chars // 4 + 1, len(content) // 4 + 1
        return JSONResponse(
            {
                "id": "chatcmpl-standin",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "stand-in"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "finish_reason": reply.finish_reason,
                        "logprobs": None,
                    }
                ],
                "usage": {
                    "prompt_tokens": tokens_in,
                    "completion_tokens": tokens_out,
                    "total_tokens": tokens_in + tokens_out,
                },
            },
            headers=reply.headers,
        )

    def _judged(self, asked: str) -> str:
        with self._lock:
            refusals = dict(self._refusals)
        hit = next((c for w, c in refusals.items() if w in asked.lower()), None)
        if hit is None:
            return json.dumps({"suitable": True, "category": "none", "reason": ""})
        return json.dumps({"suitable": False, "category": hit, "reason": "not for children"})

    async def images(self, request: Request) -> Response:
        reply, _body, early = await self._prelude("images", request)
        if early is not None:
            return early
        b64 = base64.b64encode(tiny_png()).decode()
        return JSONResponse(
            {"created": int(time.time()), "data": [{"b64_json": b64}]}, headers=reply.headers
        )

    async def moderations(self, request: Request) -> Response:
        reply, body, early = await self._prelude("moderations", request)
        if early is not None:
            return early
        inputs = body.get("input")
        texts = inputs if isinstance(inputs, list) else [inputs]
        with self._lock:
            flags = dict(self._flags)
        results = []
        for text in texts:
            hit = {flags[w] for w in flags if w in str(text).lower()}
            results.append(
                {
                    "flagged": bool(hit),
                    "categories": {c: c in hit for c in MODERATION_CATEGORIES},
                    "category_scores": {
                        c: 0.97 if c in hit else 0.001 for c in MODERATION_CATEGORIES
                    },
                    "category_applied_input_types": {c: ["text"] for c in MODERATION_CATEGORIES},
                }
            )
        return JSONResponse(
            {"id": "modr-standin", "model": body.get("model", "stand-in"), "results": results},
            headers=reply.headers,
        )

    async def speech(self, request: Request) -> Response:
        _reply, body, early = await self._prelude("speech", request)
        if early is not None:
            return early
        if body.get("response_format") != "wav":
            return _error(400, "this stand-in answers wav only")
        return Response(speech_wav(str(body.get("input", ""))), media_type="audio/wav")

    # --- lifecycle --------------------------------------------------------------------
    def start(self) -> None:
        app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/images/generations", self.images, methods=["POST"]),
                Route("/v1/moderations", self.moderations, methods=["POST"]),
                Route("/v1/audio/speech", self.speech, methods=["POST"]),
            ]
        )
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="none",
            http="h11",
            # Hanging requests must not hold up shutdown.
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="standin", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the stand-in provider did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)


def _draft_for(messages: list[dict[str, Any]]) -> tuple[StoryRequest, Draft]:
    data = request_from_messages(messages)
    request = StoryRequest.model_validate(data) if data else sample_requests(1)[0]
    return request, write_story(request).model_dump(mode="json")


@contextmanager
def running_standin() -> Iterator[StandIn]:
    standin = StandIn()
    standin.start()
    try:
        yield standin
    finally:
        standin.stop()


def standin_settings(standin: StandIn, data_dir: Path, **overrides: Any) -> Settings:
    """Settings with every provider pointed at the stand-in and time scaled down: tiny
    backoffs, a one-second call timeout and a short breaker cool-down."""
    values: dict[str, Any] = {
        "env": "test",
        "data_dir": data_dir,
        "secret_key": "test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKL",
        "llm_base_url": standin.base_url,
        "llm_api_key": "test-key",
        "llm_model": "gpt-4o-mini",
        "llm_timeout_seconds": 1.0,
        "images_base_url": standin.base_url,
        "images_api_key": "test-key",
        "images_model": "gpt-image-1",
        "images_timeout_seconds": 1.0,
        "moderation_enabled": True,
        "speech_base_url": standin.base_url,
        "speech_api_key": "test-key",
        "speech_timeout_seconds": 1.0,
        "narrator": "none",  # the speech tests choose their narrator themselves
        "provider_attempts": 3,
        "provider_backoff_initial_seconds": 0.01,
        "provider_backoff_max_seconds": 0.05,
        "provider_backoff_jitter_seconds": 0.01,
        "provider_retry_after_max_seconds": 2.0,
        "provider_deadline_seconds": 20.0,
        "provider_breaker_failures": 5,
        "provider_breaker_recovery_seconds": 0.5,
        **overrides,
    }
    return Settings(_env_file=None, **values)


__all__ = [
    "Reply",
    "StandIn",
    "running_standin",
    "standin_settings",
    "stranger_in_scene",
    "tiny_png",
    "two_pages",
    "unsafe_page",
]

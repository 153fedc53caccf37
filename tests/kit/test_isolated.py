"""The isolated renderer: a crash, an abort or a runaway in the child costs one call,
and the next call works."""

from __future__ import annotations

import os
import time

import pytest

from storyloom.engines.illustrator.png import render_png
from storyloom.kit.isolated import Isolated, IsolatedFailure

SQUARE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>'
)
# Unsanitised input that made resvg overflow its stack and kill the whole server.
DEEP = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    + '<g opacity="0.5">' * 500
    + '<rect width="5" height="5"/>'
    + "</g>" * 500
    + "</svg>"
)


@pytest.fixture
def isolated() -> Isolated:
    return Isolated(memory_mb=512, seconds=30)


def test_a_render_comes_back(isolated: Isolated) -> None:
    try:
        assert isolated.run(render_png, SQUARE, 64) == render_png(SQUARE, 64)
    finally:
        isolated.close()


def test_a_native_crash_costs_one_call(isolated: Isolated) -> None:
    try:
        with pytest.raises(IsolatedFailure) as failed:
            isolated.run(render_png, DEEP, 256)
        assert failed.value.reason == "crashed"
        with pytest.raises(IsolatedFailure) as aborted:
            isolated.run(os.abort)
        assert aborted.value.reason == "crashed"
        assert isolated.run(render_png, SQUARE, 64).startswith(b"\x89PNG")
    finally:
        isolated.close()


def test_an_allocation_over_the_limit_fails_cleanly(isolated: Isolated) -> None:
    try:
        with pytest.raises(IsolatedFailure):
            isolated.run(bytes, 2 * 1024**3)
        assert isolated.run(render_png, SQUARE, 64).startswith(b"\x89PNG")
    finally:
        isolated.close()


def test_a_runaway_is_stopped() -> None:
    quick = Isolated(memory_mb=512, seconds=2)
    try:
        with pytest.raises(IsolatedFailure) as failed:
            quick.run(time.sleep, 600)
        assert failed.value.reason == "timeout"
        quick.seconds = 120  # the next child starts from scratch: give it room on a busy machine
        assert quick.run(render_png, SQUARE, 64).startswith(b"\x89PNG")
    finally:
        quick.close()


def test_errors_in_the_function_come_back_as_errors(isolated: Isolated) -> None:
    try:
        with pytest.raises(IsolatedFailure) as failed:
            isolated.run(render_png, SQUARE, 0)
        assert failed.value.reason == "error"
        assert "width" in str(failed.value)
    finally:
        isolated.close()

"""The hostile corpus through a live server, on whichever database the run uses: every
file is refused with a `picture_*` code or kept as a clean picture; nothing crashes the
server, answers 5xx, or shows a byte of a file outside the media store."""

from __future__ import annotations

from pathlib import Path

from tests.export.helpers import tool
from tests.hostile.drive import drive
from tests.live import live_server

from storyloom.config import Settings


def test_hostile_pictures_through_every_path(settings: Settings, tmp_path: Path) -> None:
    data = tmp_path / "data"
    live = settings.model_copy(update={"data_dir": data})
    with live_server(live, log=tmp_path / "server.log") as base:
        tally = drive(base, tmp_path / "outside", tool("pdftoppm"))
    assert tally.problems == []
    assert (tally.crashes, tally.server_errors, tally.leaks) == (0, 0, 0)
    assert tally.kept >= 3  # the normal pictures, at least
    assert tally.refused >= tally.files // 2

"""Pictures from outside, re-encoded: our own drawings pass through unchanged in look,
hostile ones are refused with a reason or come out clean, and no input makes the
sanitiser fail any other way."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import defusedxml.ElementTree as ET
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageStat
from tests.hostile.corpus import Secrets, corpus

from storyloom.engines.illustrator import gallery, render_png
from storyloom.kit.pictures import SVG, RefusedPicture, reencode
from storyloom.kit.pictures.svg import ATTRIBUTES, ELEMENTS

OURS = [*gallery.portrait_pictures()[:12], *gallery.scene_pictures()[:12]]


def _assert_clean_svg(data: bytes) -> None:
    root = ET.fromstring(data)
    for element in root.iter():
        namespace, _, name = element.tag[1:].partition("}")
        assert namespace == "http://www.w3.org/2000/svg"
        assert name in ELEMENTS - {"a"}, name
        for attribute, value in element.attrib.items():
            assert attribute in ATTRIBUTES | {"href", "style", "width", "height"}, attribute
            if attribute == "href":
                assert value.startswith(("#", "data:image/png;base64,", "data:image/svg+xml;")), (
                    value
                )
            assert "url(" not in value.replace("url(#", "")
    assert b"<!" not in data


@pytest.mark.parametrize("svg", OURS, ids=range(len(OURS)))
def test_our_own_drawings_keep_their_look(svg: str) -> None:
    clean = reencode(svg.encode(), SVG)
    _assert_clean_svg(clean.data)
    before = Image.open(io.BytesIO(render_png(svg, 200))).convert("RGB")
    after = Image.open(io.BytesIO(render_png(clean.data.decode(), 200))).convert("RGB")
    assert before.size == after.size
    assert max(ImageStat.Stat(ImageChops.difference(before, after)).mean) < 1.0
    assert reencode(clean.data, SVG).data == clean.data  # a second pass changes nothing


def test_hostile_files_are_refused_or_come_out_clean(tmp_path: Path) -> None:
    secrets = Secrets(tmp_path, "http://127.0.0.1:9")
    secrets.write()
    outcomes = {}
    for hostile in corpus(secrets):
        try:
            clean = reencode(hostile.data, hostile.media_type)
        except RefusedPicture as refused:
            outcomes[hostile.name] = refused.code
            continue
        if clean.media_type == SVG:
            _assert_clean_svg(clean.data)
        else:
            with Image.open(io.BytesIO(clean.data)) as image:
                assert image.format == "PNG"
                assert not {"Comment", "comment"} & set(image.info)
            assert b"<script" not in clean.data
        outcomes[hostile.name] = "clean"
    assert all(outcomes[h.name] == "clean" for h in corpus(secrets) if h.benign)
    assert outcomes["png bomb 30000 x 30000"] == "picture_dimensions"
    assert outcomes["external entity"] == "picture_dtd"
    assert outcomes["onload"] == "picture_active_content"
    assert outcomes["image absolute path"] == "picture_external_reference"
    assert outcomes["500 nested groups"] == "picture_too_complex"
    assert outcomes["truncated png"] == "picture_unreadable"


SEED = OURS[0].encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(SEED) - 1), st.binary(min_size=0, max_size=8)), max_size=6
    )
)
def test_mangled_drawings_fail_only_as_refusals(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(SEED)
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    try:
        clean = reencode(bytes(data), SVG)
    except RefusedPicture:
        return
    _assert_clean_svg(clean.data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_fail_only_as_refusals(data: bytes) -> None:
    with contextlib.suppress(RefusedPicture):
        reencode(data)

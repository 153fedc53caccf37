"""Stored pictures: owner-only serving (SVG and PNG variants) and candidate cleanup."""

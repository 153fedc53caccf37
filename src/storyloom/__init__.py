"""Storyloom: personalised, illustrated children's books."""

__version__ = "0.1.0"

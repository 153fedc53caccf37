"""Storyloom: personalised, illustrated children's books."""

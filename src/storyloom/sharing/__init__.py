"""Read-only share links of stories and the public pages they open."""

"""Stories: configuration, pages, pictures and presets (owner only)."""

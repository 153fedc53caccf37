"""Characters: CRUD, search, relationships, portraits, bulk import and export."""

"""Writers of the formats beyond JSON and CSV, each from public dicts (see `app.api.render`)."""

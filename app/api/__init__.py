"""The HTTP API FastAPI assembles: dependencies, problems, rendering, formats and
the OpenAPI document."""

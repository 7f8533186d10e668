"""Settings, read once from the environment (prefix `TAHALUF_`, or `DATABASE_URL`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TAHALUF_", extra="ignore")

    seed_dir: Path = PROJECT_ROOT / "seed"
    documents_dir: Path = PROJECT_ROOT.parent / "shared" / "seeds"
    database_path: Path = PROJECT_ROOT / "data" / "tahaluf.db"
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("DATABASE_URL", "TAHALUF_DATABASE_URL"),
        description="A SQLAlchemy URL (PostgreSQL, say); by default the SQLite file, read-only.",
    )
    cache_entries: int = Field(default=2048, ge=0)
    cache_bytes: int = Field(default=32 * 1024 * 1024, ge=0)
    access_log: bool = True
    max_age: int = Field(
        default=300,
        ge=0,
        description="Seconds a browser or shared cache may keep a data answer (app.edge.freshness)",
    )
    port: int = Field(default=8000, ge=0, le=65535, description="the port `serve` listens on")
    server: Literal["uvicorn", "granian"] = Field(
        default="uvicorn", description="the HTTP server `serve` runs the app under"
    )
    max_head_bytes: int = Field(
        default=64 * 1024,
        ge=16 * 1024,
        description="bytes of a request line and headers a server reads before refusing it",
    )
    head_timeout: float = Field(
        default=10.0, gt=0, description="seconds a client has to send a request line and headers"
    )
    trusted_proxies: str = Field(
        default="",
        description="comma-separated addresses (or networks) whose X-Forwarded-* headers "
        "uvicorn trusts; by default none",
    )
    seed_max_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=1024,
        description="bytes of one seed file the checker reads; a larger one is refused unread "
        "(the growth benchmark's 1000x seed raises it)",
    )
    build_on_start: bool = Field(
        default=True,
        description="Build the SQLite database from the seed at start-up when it is missing "
        "or older than the seed.",
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()

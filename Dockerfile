# Tahaluf: a read-only API served from a SQLite file built into the image.
#
#   docker build -t tahaluf:1.0.0 .
#   docker run --rm --read-only --tmpfs /tmp -p 8000:8000 tahaluf:1.0.0
#
# The builder stage resolves the locked dependencies with uv, the `build` group included,
# and builds the database from seed/ at image build time; the serving stage installs the
# same lock without that group (no pandas, numpy, babel, pycountry...) and only reads the
# database (TAHALUF_BUILD_ON_START=false), as a non-root user, so the container runs with
# a read-only root filesystem.
#
# Every build argument is optional; `docker build .` uses the official Python image.
#   BASE_IMAGE      the image both stages start from (any Debian-like image with Python
#                   3.11 at /usr/local/bin/python3.11, pip and groupadd/useradd)
#   PIP_CERT, SSL_CERT_FILE
#                   a CA bundle for pip and uv while building, behind a TLS-intercepting
#                   proxy: mount it with the build (`-v host.crt:/etc/ssl/certs/host-ca.crt:ro`)
#                   and name it here; it is never copied into the image.

ARG BASE_IMAGE=python:3.11.14-slim-bookworm

# What both installing stages share: uv, and where it puts the environment.
FROM ${BASE_IMAGE} AS uv

ARG PIP_CERT
ARG SSL_CERT_FILE

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON=/usr/local/bin/python3.11 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv

# uv from PyPI, pinned to the version that wrote uv.lock.
RUN pip install --no-cache-dir uv==0.13.9

WORKDIR /app


# The database, built with the `build` group (the reference packages).
FROM uv AS builder

# A build argument is scoped to its stage: uv needs the CA bundle here too.
ARG SSL_CERT_FILE

# Dependencies first: this layer is rebuilt only when pyproject.toml or uv.lock change.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-editable --no-install-project

# Then the project itself (README.md is the package's readme) and the database.
COPY README.md ./
COPY app/ ./app/
COPY seed/ ./seed/
RUN uv sync --frozen --no-dev --no-editable \
    && /app/.venv/bin/tahaluf build --seed /app/seed --out /app/data/tahaluf.db


# The serving environment: the same lock without the dev and build groups.
FROM uv AS serving

ARG SSL_CERT_FILE

COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-default-groups --no-editable --no-install-project
COPY README.md ./
COPY app/ ./app/
RUN uv sync --frozen --no-default-groups --no-editable


FROM ${BASE_IMAGE} AS runtime

ENV PATH="/app/.venv/bin:${PATH}" \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TAHALUF_BUILD_ON_START=false \
    TAHALUF_DATABASE_PATH=/app/data/tahaluf.db \
    TAHALUF_SEED_DIR=/app/seed

RUN groupadd --system --gid 10001 tahaluf \
    && useradd --system --no-log-init --uid 10001 --gid 10001 \
        --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin tahaluf

WORKDIR /app

# Owned by root and only readable by the service user: nothing here is written at run time.
COPY --from=serving /app/.venv /app/.venv
COPY --from=builder /app/app /app/app
COPY --from=builder /app/seed /app/seed
COPY --from=builder /app/data /app/data

USER 10001:10001

EXPOSE 8000

# No curl in slim images: probe /health with the standard library (503 or no answer fails).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('TAHALUF_PORT', '8000'), timeout=4)"]

CMD ["tahaluf", "serve", "--host", "0.0.0.0", "--server", "granian"]

"""Schemathesis against the live OpenAPI document, as `schemathesis run --checks all` runs it.

The real app answers in process over ASGI (Schemathesis runs its lifespan), and the
document is the one it serves at `/openapi.json`. Schemathesis's own engine drives the
run, with every phase the command line runs (examples, coverage, fuzzing, stateful),
every check it has and valid as well as invalid data. Its pytest integration cannot be
used here: `schemathesis.pytest.from_fixture` reads `request.node._nodeid`, which this
pytest no longer has.

The seed is fixed so that a run is reproducible; to explore further, change `SEED` or
raise `MAX_EXAMPLES` locally.
"""

from __future__ import annotations

import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import CacheConfig, HealthCheck, SchemathesisConfig
from schemathesis.engine import Status, StopReason, events
from schemathesis.engine import from_schema as engine_for
from schemathesis.specs.openapi.schemas import OpenApiSchema

from app.config import Settings
from app.main import create_app
from app.routers.downloads import PATHS as DOWNLOADS

SEED = 20261123
MAX_EXAMPLES = 40
# Every phase of `schemathesis run`; stateful testing follows the links Schemathesis infers.
PHASES = ["examples", "coverage", "fuzzing", "stateful"]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def load_schema(settings: Settings) -> OpenApiSchema:
    # The project cache and the Hypothesis database are off: each run starts afresh from
    # `SEED` and leaves no files behind.
    # No `max_time`: with one, Schemathesis keeps fuzzing until the time is spent. The run
    # is bounded by `MAX_EXAMPLES` instead (about 25 s).
    config = SchemathesisConfig(seed=SEED, cache=CacheConfig(enabled=False))
    cli = config.projects.override  # where `schemathesis run` puts its options
    cli.checks.update(included_check_names=["all"])  # --checks all
    cli.phases.update(phases=PHASES)  # --phases examples,coverage,fuzzing,stateful
    cli.generation.update(
        modes=list(GenerationMode),  # --mode all: positive and negative
        max_examples=MAX_EXAMPLES,
        database="none",
    )
    # How fast Hypothesis generates depends on the machine, not on the contract.
    cli.update(suppress_health_check=[HealthCheck.too_slow])
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(settings), config=config)


def test_every_check_passes_on_valid_and_invalid_data(settings: Settings) -> None:
    schema = load_schema(settings)
    load_all_checks()
    enabled = {
        name
        for name in CHECKS.get_all_names()
        if schema.config.checks_config_for().get_by_name(name=name).enabled
    }
    assert enabled == set(CHECKS.get_all_names())

    problems: list[str] = []
    tested: dict[str, set[str]] = {}
    modes: set[str] = set()
    stop_reason = None
    for event in engine_for(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            if event.status != Status.SKIP:
                tested.setdefault(event.phase.value, set()).add(event.recorder.label)
            for node in event.recorder.cases.values():
                if node.value.meta is not None:
                    modes.add(node.value.meta.generation.mode.value)
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.status in (Status.FAILURE, Status.ERROR):
                        info = check.failure_info
                        detail = (
                            f"{info.failure}\n{info.code_sample}" if info else str(check.status)
                        )
                        problems.append(
                            f"[{event.phase.value}] {event.recorder.label}: {check.name}\n{detail}"
                        )
        elif isinstance(event, events.NonFatalError):
            problems.append(f"[{event.phase}] {event.label}: error\n{event.info.format()}")
        elif isinstance(event, events.FatalError):
            problems.append(f"fatal error: {event.exception!r}")
        elif isinstance(event, events.EngineFinished):
            problems += [f"after the run: {failure}" for failure in event.failures]
            stop_reason = event.stop_reason

    assert not problems, f"seed {SEED}:\n\n" + "\n\n".join(dict.fromkeys(problems))
    assert stop_reason == StopReason.COMPLETED, f"stopped early: {stop_reason}"
    operations = {
        f"{method.upper()} {path}"
        for path, item in schema.raw_schema["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }
    # The examples phase skips the operations that have no parameter to give one.
    no_parameters = {"GET /", "GET /health", *(f"GET {path}" for path in DOWNLOADS)}
    assert tested["examples"] == operations - no_parameters
    assert tested["coverage"] == tested["fuzzing"] == operations
    assert modes == {"positive", "negative"}

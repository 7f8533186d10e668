"""Build the container image from the real Dockerfile and check that it serves what the
checkout serves.

    uv run python scripts/check_image.py

1. The base image: Debian bookworm from Debian's packages (`debootstrap --variant=minbase
   --include=python3,python3-venv,python3-pip,ca-certificates`), shaped like the official
   `python:3.11-slim` image the Dockerfile names by default (Python at
   /usr/local/bin/python3.11, pip free to install), and imported with `podman import`.
   The root filesystem is cached as a tar under $TAHALUF_IMAGE_CACHE (default
   ~/.cache/tahaluf-image), keyed by the suite, the mirror and the package list.
2. The image: `buildah bud --isolation chroot` of the repository's own Dockerfile with
   `--build-arg BASE_IMAGE=<that base>`. Behind a TLS-intercepting proxy the host's CA
   bundle is mounted read-only for the build's RUN steps and named by PIP_CERT and
   SSL_CERT_FILE; it is never copied into the image.
3. The container: the image's own CMD, as the image's declared USER, with a tmpfs at /tmp
   (what the README's `docker run --read-only --tmpfs /tmp` grants), by
   `buildah run --isolation chroot` (the host's network: TAHALUF_PORT picks a free port).
4. The checks: /health and data endpoints answer byte for byte, ETags and every header but
   Date included, as `tahaluf serve` from the checkout does; every process of the service
   runs as uid 10001; and after serving, the container's changes (`podman diff`) are empty
   but for /tmp.

Exit status: 0 when every check passed, 1 when one failed, 2 when a tool is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
SUITE = "bookworm"
MIRROR = os.environ.get("TAHALUF_DEBIAN_MIRROR", "http://deb.debian.org/debian")
PACKAGES = ("python3", "python3-venv", "python3-pip", "ca-certificates")
# Bump when the shaping of the root filesystem below changes: it is part of the cache key.
SHAPE = "2"
BASE_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG": "C.UTF-8",
}
HOST_CA = Path(os.environ.get("SSL_CERT_FILE") or "/etc/ssl/certs/ca-certificates.crt")
BUILD_CA = "/etc/ssl/certs/host-ca.crt"
SERVICE_UID = 10001
REQUEST_ID = "image-check"
# Paths the README's `docker run --read-only --tmpfs /tmp` lets the container write.
WRITABLE = ("/tmp",)
URLS = [
    "/health",
    "/",
    "/members?coalition=imctc",
    "/members/SA",
    "/coalitions/imctc",
    "/timeline?from=2016&to=2017&sort=-date,id",
    "/members/XX",
]
PER_PROCESS_HEADERS = {"date"}


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command; on failure, stop with its output."""
    done = subprocess.run(argv, capture_output=True, text=True, check=False, **kwargs)
    if done.returncode != 0:
        raise SystemExit(
            f"FAILED ({done.returncode}): {' '.join(argv)}\n{done.stdout[-4000:]}"
            f"\n{done.stderr[-4000:]}"
        )
    return done


def missing_tools() -> list[str]:
    return [tool for tool in ("buildah", "podman", "debootstrap") if shutil.which(tool) is None]


def cache_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tahaluf-image"
    path = Path(os.environ.get("TAHALUF_IMAGE_CACHE") or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """One process at a time builds the cached base (several suites may run at once)."""
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def image_exists(name: str) -> bool:
    done = subprocess.run(
        ["buildah", "inspect", "--type", "image", name], capture_output=True, check=False
    )
    return done.returncode == 0


def shape_like_official_python(rootfs: Path) -> None:
    """What the Dockerfile expects of `python:3.11-slim`: Python at /usr/local/bin, a pip
    that may install into it (no PEP 668 marker), and no package caches."""
    local_bin = rootfs / "usr/local/bin"
    local_bin.mkdir(parents=True, exist_ok=True)
    for name in ("python3.11", "python3", "python"):
        link = local_bin / name
        link.unlink(missing_ok=True)
        link.symlink_to("/usr/bin/python3.11")
    (rootfs / "usr/lib/python3.11/EXTERNALLY-MANAGED").unlink(missing_ok=True)
    for cache in ("var/cache/apt/archives", "var/lib/apt/lists"):
        for item in (rootfs / cache).glob("*"):
            if item.is_file():
                item.unlink()


def base_image() -> str:
    """The Debian base image: from the cached root filesystem, or built from nothing."""
    key_text = json.dumps([SUITE, MIRROR, "minbase", PACKAGES, SHAPE, BASE_ENV])
    key = hashlib.sha256(key_text.encode()).hexdigest()[:16]
    name = f"localhost/tahaluf-base:{SUITE}-{key}"
    cache = cache_dir()
    with locked(cache / "lock"):
        if image_exists(name):
            say(f"base image {name}: present")
            return name
        tarball = cache / f"rootfs-{SUITE}-{key}.tar"
        if not tarball.exists():
            started = time.monotonic()
            with tempfile.TemporaryDirectory(dir=cache, prefix="debootstrap-") as work:
                rootfs = Path(work) / "rootfs"
                say(f"debootstrap {SUITE} from {MIRROR} (about a minute)")
                run(
                    [
                        "debootstrap",
                        "--variant=minbase",
                        f"--include={','.join(PACKAGES)}",
                        SUITE,
                        str(rootfs),
                        MIRROR,
                    ],
                    timeout=900,
                )
                shape_like_official_python(rootfs)
                partial = Path(work) / "rootfs.tar"
                run(["tar", "-C", str(rootfs), "--numeric-owner", "-cf", str(partial), "."])
                partial.replace(tarball)
            say(f"base root filesystem cached at {tarball} ({time.monotonic() - started:.0f}s)")
        changes = [f"--change=ENV {key}={value}" for key, value in BASE_ENV.items()]
        run(["podman", "import", *changes, str(tarball), name], timeout=600)
        say(f"base image {name}: imported from {tarball}")
    return name


def build_image(base: str, tag: str) -> None:
    # No --layers: cached intermediate images would pile up, one set per change of the code.
    argv = ["buildah", "bud", "--isolation", "chroot", "--pull=never"]
    argv += ["-f", str(ROOT / "Dockerfile"), "--build-arg", f"BASE_IMAGE={base}"]
    if HOST_CA.is_file():
        argv += ["-v", f"{HOST_CA}:{BUILD_CA}:ro"]
        argv += ["--build-arg", f"PIP_CERT={BUILD_CA}", "--build-arg", f"SSL_CERT_FILE={BUILD_CA}"]
    argv += ["-t", tag, str(ROOT)]
    say("building: " + " ".join(argv))
    started = time.monotonic()
    run(argv, timeout=1200)
    say(f"built {tag} ({time.monotonic() - started:.0f}s)")


def image_config(tag: str) -> dict[str, Any]:
    inspected = json.loads(run(["buildah", "inspect", "--type", "image", tag]).stdout)
    config: dict[str, Any] = inspected["OCIv1"]["config"]
    return config


def process_tree(root: int) -> list[int]:
    """The root and all its descendants."""
    descendants = psutil.Process(root).children(recursive=True)
    return [root, *(process.pid for process in descendants)]


def ids(pid: int) -> tuple[list[int], list[int]]:
    """Real, effective, saved and filesystem uids and gids of a process."""
    uids: list[int] = []
    gids: list[int] = []
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            uids = [int(x) for x in line.split()[1:]]
        elif line.startswith("Gid:"):
            gids = [int(x) for x in line.split()[1:]]
    return uids, gids


def service_processes(root: int) -> dict[int, str]:
    """The processes of the service under `buildah run`: what runs inside the chroot."""
    found = {}
    for pid in process_tree(root):
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/{pid}/root") != "/":
                found[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    return found


def main_process(pids: list[int]) -> int | None:
    """The service's first process: the one whose parent is not a process of the service
    (buildah's helper in the chroot starts it)."""
    service = [
        pid
        for pid in pids
        if not Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"buildah-chroot-exec")
    ]
    for pid in service:
        parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        if parent not in service:
            return pid
    return None


def wait_healthy(base: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"FAILED: {base} exited ({proc.returncode}):\n{log.read_text()}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"FAILED: {base} not healthy after {timeout:.0f}s:\n{log.read_text()}")


def stop(proc: subprocess.Popen[bytes], first: int | None = None, pids: Sequence[int] = ()) -> None:
    """SIGTERM to the service's first process, as `docker stop` sends it to PID 1 (to the
    whole process group when there is none); SIGKILL to whatever outlives 20 seconds."""
    with contextlib.suppress(ProcessLookupError):
        if first is None:
            os.killpg(proc.pid, signal.SIGTERM)
        else:
            os.kill(first, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        say(f"still running 20 s after SIGTERM: killing {proc.args}")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def fetch(base: str, url: str, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers but Date, and the bytes as sent (a gzip body is not decoded)."""
    with httpx.stream("GET", base + url, headers=headers, timeout=10) as response:
        body = b"".join(response.iter_raw())
        kept = [(k, v) for k, v in response.headers.multi_items() if k not in PER_PROCESS_HEADERS]
        return response.status_code, kept, body


def compare(image: str, checkout: str) -> list[str]:
    """Every URL plain, gzip and revalidated: the same status, headers and bytes."""
    problems = []
    base_headers = {"X-Request-ID": REQUEST_ID, "Accept-Encoding": "identity"}
    for url in URLS:
        variants = [base_headers, {**base_headers, "Accept-Encoding": "gzip"}]
        etag = httpx.get(checkout + url, headers=base_headers, timeout=10).headers.get("etag")
        if etag:
            variants.append({**base_headers, "If-None-Match": etag})
        for headers in variants:
            ours, theirs = fetch(image, url, headers), fetch(checkout, url, headers)
            what = f"{url} {headers}"
            if ours != theirs:
                problems.append(
                    f"{what}: image {ours[0]} {ours[1]} {len(ours[2])} B; "
                    f"checkout {theirs[0]} {theirs[1]} {len(theirs[2])} B"
                )
            else:
                etag_seen = dict(ours[1]).get("etag", "no etag")
                say(f"same: {ours[0]} {what} ({len(ours[2])} B, {etag_seen})")
    return problems


def container_changes(container: str) -> list[tuple[str, str]]:
    done = run(["podman", "diff", "--format", "json", container])
    parsed = json.loads(done.stdout or "{}")
    changes = []
    for kind, key in (("A", "added"), ("C", "changed"), ("D", "deleted")):
        changes += [(kind, path) for path in parsed.get(key) or []]
    return changes


def check(args: argparse.Namespace) -> int:
    base = base_image()
    suffix = f"{os.getpid()}-{int(time.time())}"
    tag = f"localhost/tahaluf-check:{suffix}"
    container = f"tahaluf-check-{suffix}"
    problems: list[str] = []
    build_image(base, tag)
    try:
        config = image_config(tag)
        command, user = config.get("Cmd") or [], config.get("User") or ""
        say(f"image CMD {command}, USER {user!r}, WorkingDir {config.get('WorkingDir')}")
        if not command or not user:
            raise SystemExit(f"FAILED: the image declares CMD {command} and USER {user!r}")
        run(["buildah", "from", "--pull=never", "--name", container, tag])
        try:
            problems += serve_and_compare(container, command, user)
            changes = container_changes(container)
            say(f"container changes after serving: {changes or 'none'}")
            outside = [
                (kind, path)
                for kind, path in changes
                if not any(path == w or path.startswith(w + "/") for w in WRITABLE)
            ]
            if outside:
                problems.append(f"the container wrote outside {WRITABLE}: {outside}")
        finally:
            subprocess.run(["buildah", "rm", container], capture_output=True, check=False)
    finally:
        if not args.keep:
            subprocess.run(["buildah", "rmi", tag], capture_output=True, check=False)
    for problem in problems:
        say(f"FAILED: {problem}")
    say("image check: " + ("FAILED" if problems else "PASSED"))
    return 1 if problems else 0


def serve_and_compare(container: str, command: list[str], user: str) -> list[str]:
    problems = []
    image_port, checkout_port = free_port(), free_port()
    with tempfile.TemporaryDirectory(prefix="tahaluf-image-check-") as work:
        image_log, checkout_log = Path(work) / "image.log", Path(work) / "checkout.log"
        database = Path(work) / "tahaluf.db"
        scripts = Path(sys.executable).parent
        run(
            [
                str(scripts / "tahaluf"),
                "build",
                "--seed",
                str(ROOT / "seed"),
                "--out",
                str(database),
            ]
        )
        argv = ["buildah", "run", "--isolation", "chroot", "--user", user]
        argv += ["--mount", "type=tmpfs,destination=/tmp"]
        argv += ["--env", f"TAHALUF_PORT={image_port}", container, "--", *command]
        say("running: " + " ".join(argv))
        checkout_env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("TAHALUF_") and key not in ("DATABASE_URL",)
        }
        checkout_env |= {"TAHALUF_DATABASE_PATH": str(database), "TAHALUF_BUILD_ON_START": "false"}
        checkout_argv = [str(scripts / "tahaluf"), "serve", "--port", str(checkout_port)]
        with image_log.open("wb") as out, checkout_log.open("wb") as out2:
            image = subprocess.Popen(
                argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
            checkout = subprocess.Popen(
                checkout_argv,
                stdout=out2,
                stderr=subprocess.STDOUT,
                env=checkout_env,
                cwd=ROOT,
                start_new_session=True,
            )
        seen: list[int] = []
        try:
            wait_healthy(f"http://127.0.0.1:{image_port}", image, image_log, 120)
            wait_healthy(f"http://127.0.0.1:{checkout_port}", checkout, checkout_log, 60)
            processes = service_processes(image.pid)
            seen = list(processes)
            if not processes:
                problems.append("no process of the service found under buildah run")
            for pid, cmdline in processes.items():
                uids, gids = ids(pid)
                say(f"pid {pid} uids {uids} gids {gids}: {cmdline}")
                if set(uids) != {SERVICE_UID}:
                    problems.append(f"pid {pid} ({cmdline}) runs as uids {uids}, not {SERVICE_UID}")
            problems += compare(
                f"http://127.0.0.1:{image_port}", f"http://127.0.0.1:{checkout_port}"
            )
        finally:
            stop(checkout)
            stop(image, main_process(seen), seen)
        say("image server log (last lines):\n" + "\n".join(image_log.read_text().splitlines()[-8:]))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keep", action="store_true", help="keep the built image")
    args = parser.parse_args()
    if missing := missing_tools():
        say(f"missing: {', '.join(missing)} (Debian: apt-get install buildah podman debootstrap)")
        return 2
    if os.geteuid() != 0:
        say("missing: root (debootstrap and buildah's chroot isolation need it)")
        return 2
    return check(args)


if __name__ == "__main__":
    sys.exit(main())

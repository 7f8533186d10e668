"""The shown examples of the README and the docs, run against the service.

An example is a `$ ` line in a fenced block followed by the output it shows, up to the
next `$ ` line or blank line. `curl` runs as the request it describes (its flags parsed
here) against the app over httpx; the shell tools the examples pipe into (`jq`, `grep`,
`head`, `od`, `unzip`, `cut`, `tr`, `wc`) are emulated, `jq` by its Python binding, so the
examples need no server, no shell and no binaries. A command this module does not know
is an error, not a skip: an example nobody can check would go stale unseen.

Used by `tests/test_examples.py` (compare) and `scripts/refresh_examples.py` (rewrite).
"""

from __future__ import annotations

import io
import json
import re
import shlex
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import jq

from app.config import PROJECT_ROOT

# Where the examples live: the README and every page of the docs site.
SOURCES = [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^(`{3,})[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)
ASSIGNMENT = re.compile(r"^(\w+)=\$\((.*)\)$")
# The tools this module runs; an example starting with anything else is not the service's.
SERVICE_COMMANDS = ("curl", "unzip")
# What the examples show that changes with every data or code change, by design: the
# data version (16 hex digits) and ETags (32 in quotes). The test compares everything
# else; `scripts/refresh_examples.py` rewrites these too.
VOLATILE = [
    (re.compile(r'"[0-9a-f]{32}"'), '"<etag>"'),
    (re.compile(r"\b[0-9a-f]{16}\b"), "<data-version>"),
]

Send = Callable[[httpx.Request], httpx.Response]


@dataclass
class Example:
    """One `$ ` line and the output shown under it (lines are 0-based indexes in `path`)."""

    path: Path
    line: int
    command: str
    shown: list[str]

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(PROJECT_ROOT)}:{self.line + 1}"

    @property
    def is_service(self) -> bool:
        match = ASSIGNMENT.match(self.command)
        command = match.group(2) if match else self.command
        return command.split(maxsplit=1)[0] in SERVICE_COMMANDS


def blocks(path: Path) -> Iterator[list[Example]]:
    """The `$ ` examples of each fenced block of a Markdown file, in order."""
    text = path.read_text(encoding="utf-8")
    for fence in FENCE.finditer(text):
        first = text.count("\n", 0, fence.start(2))
        lines = fence.group(2).split("\n")
        found: list[Example] = []
        open_output = False
        for offset, line in enumerate(lines):
            if line.startswith("$ "):
                found.append(Example(path, first + offset, line[2:], []))
                open_output = True
            elif not line.strip():
                open_output = False
            elif open_output:
                found[-1].shown.append(line)
        if found:
            yield found


def normalize(text: str) -> str:
    for pattern, placeholder in VOLATILE:
        text = pattern.sub(placeholder, text)
    return text


@dataclass
class Shell:
    """Runs example command lines: curl against `send`, files in `cwd`, shell variables."""

    send: Send
    cwd: Path
    variables: dict[str, str] = field(default_factory=dict)

    def run(self, command: str) -> str:
        """The command's standard output, as the terminal shows it (no CRs, no final EOL)."""
        assignment = ASSIGNMENT.match(command)
        if assignment:
            name, inner = assignment.groups()
            self.variables[name] = self._line(inner).decode().rstrip("\n")
            return ""
        return self._line(command).decode().replace("\r", "").rstrip("\n")

    def _line(self, command: str) -> bytes:
        lexer = shlex.shlex(command, posix=True, punctuation_chars="|&")
        lexer.whitespace_split = True
        lexer.commenters = "#"
        words = [self._expand(word) for word in lexer]
        output = b""
        for pipeline in _split(words, "&&"):
            output += self._pipeline(pipeline)
        return output

    def _expand(self, word: str) -> str:
        """`$name` as the shell expands it inside double quotes (no example uses it bare)."""
        return re.sub(r"\$(\w+)", lambda m: self.variables[m.group(1)], word)

    def _pipeline(self, words: list[str]) -> bytes:
        data = b""
        for stage in _split(words, "|"):
            tool = TOOLS.get(stage[0])
            if tool is None:
                raise ValueError(f"no emulation of {stage[0]!r} in tests/examples.py")
            data = tool(self, stage[1:], data)
        return data


def _split(words: list[str], separator: str) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        if word == separator:
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


@dataclass
class Curl:
    """A curl command line, for the flags the examples use."""

    method: str = "GET"
    url: str = ""
    headers: dict[str, str] = field(default_factory=lambda: {"accept": "*/*"})
    data: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    output: str | None = None
    dump: str | None = None
    write_out: str = ""

    @classmethod
    def parse(cls, args: list[str]) -> Curl:
        curl = cls()
        words = iter(args)
        for word in words:
            if word in ("-X", "--request"):
                curl.method = next(words)
            elif word in ("-H", "--header"):
                name, _, value = next(words).partition(":")
                curl.headers[name.strip()] = value.strip()
            elif word == "--data-urlencode":
                name, equals, content = next(words).rpartition("=")
                curl.data.append(f"{name}{equals}{quote(content, safe='')}")
            elif word in ("-o", "--output"):
                curl.output = next(words)
            elif word in ("-D", "--dump-header"):
                curl.dump = next(words)
            elif word in ("-w", "--write-out"):
                curl.write_out = next(words)
            elif word == "--compressed":
                curl.headers["accept-encoding"] = "deflate, gzip"
            elif word.startswith("-") and not word.startswith("--"):
                curl.flags |= set(word[1:]) - {"s", "S", "L"}
            elif word.startswith("-"):
                raise ValueError(f"no emulation of curl {word}")
            else:
                curl.url = word
        if curl.flags - {"i", "I", "G"}:
            raise ValueError(f"no emulation of curl -{''.join(sorted(curl.flags))}")
        if curl.data and "G" not in curl.flags:
            raise ValueError("curl without -G would POST its data: no example does")
        return curl

    def request(self) -> httpx.Request:
        target = "/" + self.url.split("/", 1)[1] if "/" in self.url else "/"
        if self.data:
            target += ("&" if "?" in target else "?") + "&".join(self.data)
        method = "HEAD" if "I" in self.flags else self.method
        return httpx.Request(method, "http://localhost:8000" + target, headers=self.headers)

    def printed(self, response: httpx.Response, cwd: Path) -> bytes:
        """What curl writes to standard output; `-o` writes the body to a file instead."""
        status = f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n".encode()
        lines = b"".join(name + b": " + value + b"\r\n" for name, value in response.headers.raw)
        header_block = status + lines + b"\r\n"
        body = b"" if "I" in self.flags else response.content
        printed = header_block if self.dump == "-" else b""
        if self.flags & {"i", "I"}:
            printed += header_block
        if self.output is None:
            printed += body
        elif self.output != "/dev/null":
            (cwd / self.output).write_bytes(body)
        written = self.write_out.replace("%{http_code}", str(response.status_code))
        return printed + written.replace("\\n", "\n").encode()


def _curl(shell: Shell, args: list[str], _: bytes) -> bytes:
    curl = Curl.parse(args)
    return curl.printed(shell.send(curl.request()), shell.cwd)


def _wc(shell: Shell, args: list[str], data: bytes) -> bytes:
    if args == ["-c"]:
        return b"%d\n" % len(data)
    if args == ["-l"]:
        return b"%d\n" % data.count(b"\n")
    raise ValueError(f"no emulation of wc {args}")


def _jq(shell: Shell, args: list[str], data: bytes) -> bytes:
    options = [a for a in args if a.startswith("-")]
    if set(options) - {"-c", "-r"}:
        raise ValueError(f"no emulation of jq {options}")
    (program,) = [a for a in args if not a.startswith("-")]
    results = jq.compile(program).input_text(data.decode()).all()
    compact = "-c" in options
    lines = []
    for value in results:
        if "-r" in options and isinstance(value, str):
            lines.append(value)
        else:
            separators = (",", ":") if compact else (", ", ": ")
            lines.append(json.dumps(value, ensure_ascii=False, separators=separators))
    return "".join(line + "\n" for line in lines).encode()


def _grep(shell: Shell, args: list[str], data: bytes) -> bytes:
    options = "".join(a[1:] for a in args if a.startswith("-"))
    if set(options) - {"i", "E"}:
        raise ValueError(f"no emulation of grep -{options}")
    (pattern,) = [a for a in args if not a.startswith("-")]
    regex = re.compile(pattern.encode(), re.IGNORECASE if "i" in options else 0)
    kept = [line for line in data.split(b"\n") if regex.search(line.rstrip(b"\r"))]
    return b"".join(line + b"\n" for line in kept)


def _head(shell: Shell, args: list[str], data: bytes) -> bytes:
    if args[:1] == ["-c"]:
        return data[: int(args[1])]
    count = int(args[1]) if args[:1] == ["-n"] else int(args[0].lstrip("-")) if args else 10
    return b"".join(line + b"\n" for line in data.split(b"\n")[:count])


def _od(shell: Shell, args: list[str], data: bytes) -> bytes:
    if sorted(args) != ["-An", "-tx1"]:
        raise ValueError(f"no emulation of od {args}")
    rows = [data[i : i + 16] for i in range(0, len(data), 16)]
    return b"".join(b"".join(b" %02x" % byte for byte in row) + b"\n" for row in rows)


def _unzip(shell: Shell, args: list[str], data: bytes) -> bytes:
    option, name, *members = args
    with zipfile.ZipFile(shell.cwd / name) as archive:
        if option == "-p":
            return b"".join(archive.read(member) for member in members)
        if option != "-l" or members:
            raise ValueError(f"no emulation of unzip {args}")
        return _listing(name, archive).encode()


def _listing(name: str, archive: zipfile.ZipFile) -> str:
    """Info-ZIP's `unzip -l` table, as Debian's unzip prints it."""
    out = io.StringIO()
    out.write(f"Archive:  {name}\n  Length      Date    Time    Name\n")
    out.write("---------  ---------- -----   ----\n")
    total = 0
    for info in archive.infolist():
        y, mo, d, h, mi, _ = info.date_time
        out.write(
            f"{info.file_size:9d}  {y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}   {info.filename}\n"
        )
        total += info.file_size
    count = len(archive.infolist())
    out.write("---------                     -------\n")
    out.write(f"{total:9d}                     {count} file{'s' if count != 1 else ''}\n")
    return out.getvalue()


def _cut(shell: Shell, args: list[str], data: bytes) -> bytes:
    delimiter, fields = " ", 1
    words = iter(args)
    for word in words:
        if word.startswith("-d"):
            delimiter = word[2:] or next(words)
        elif word.startswith("-f"):
            fields = int(word[2:] or next(words))
    lines = data.decode().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cut = [line.split(delimiter)[fields - 1] if delimiter in line else line for line in lines]
    return "".join(line + "\n" for line in cut).encode()


def _tr(shell: Shell, args: list[str], data: bytes) -> bytes:
    if len(args) != 2 or args[0] != "-d":
        raise ValueError(f"no emulation of tr {args}")
    characters = args[1].encode().decode("unicode_escape").encode()
    return bytes(byte for byte in data if byte not in characters)


TOOLS: dict[str, Callable[[Shell, list[str], bytes], bytes]] = {
    "curl": _curl,
    "jq": _jq,
    "grep": _grep,
    "head": _head,
    "od": _od,
    "unzip": _unzip,
    "cut": _cut,
    "tr": _tr,
    "wc": _wc,
}

"""Deterministic synthetic seeds for the growth benchmark: the real seed, grown `factor` times.

`make_seed(factor, out_dir)` writes a seed folder holding the real seed (copy 0) and
`factor - 1` copies of its members, events, people and working groups. Copy `k` gets new
ids and names, and every reference inside a copy points into the same copy, so the seed
passes `tahaluf check`:

- a member `SA` becomes `SA7`, named "… 7". An ISO code cannot be invented, so a copy of
  a country is an organization (its English name is the ISO short name, numbered); a copy
  of an organization stays one. Memberships, roles and their citations are kept.
- an event `gc-2014-announcement` becomes `gc-2014-announcement-x7`: same coalitions,
  dates, type and citations; its participants, people and `derived_from` events are those
  of copy 7. Its place keeps the real country, since the gazetteer knows only real ones.
- a person's role for a member names that member's copy; a role for a coalition or an
  `other` body is kept, and so are its date links, pointing to the copied events.
- a working group's chairs and `established_at` are those of its copy.
- both coalitions, the sources and the synonyms are kept as they are. A coalition whose
  member list is `complete` states the grown count, so the coverage check still holds.

Quotes are the real ones, so the seed even passes `tahaluf check --documents`. Nothing
is random: the same factor and seed give the same bytes. Keys this script does not know
are copied through untouched, so a seed field added later does not break it.

Usage: `uv run python bench/growth_seed.py 1000 /tmp/seed-1000x [--seed seed/]`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seed"
FACTORS = (1, 10, 100, 1000)

Record = dict[str, Any]


class Copy:
    """The id and name changes of copy number `k` (`k == 0` is the real seed)."""

    def __init__(self, k: int, member_ids: set[str]) -> None:
        self.k = k
        self.member_ids = member_ids

    def member(self, member_id: str) -> str:
        # An unknown id (a typo the checker will report) is left as it is.
        if self.k == 0 or member_id not in self.member_ids:
            return member_id
        return f"{member_id}{self.k}"

    def slug(self, slug: str) -> str:
        return slug if self.k == 0 else f"{slug}-x{self.k}"

    def text(self, text: str) -> str:
        return text if self.k == 0 else f"{text} {self.k}"

    def bilingual(self, value: dict[str, str]) -> dict[str, str]:
        # Only the texts: a name's other keys (`basis`) are copied as they are.
        return {
            key: self.text(text) if key in ("ar", "en") else text for key, text in value.items()
        }


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country is not None else code


def copy_member(record: Record, c: Copy) -> Record:
    out = {**record, "id": c.member(record["id"]), "name": c.bilingual(record["name"])}
    if record.get("type") == "country":
        out["type"] = "organization"
        out["name"] = {**out["name"], "en": c.text(_country_name(record["id"]))}
    out["aliases"] = [c.text(alias) for alias in record.get("aliases", [])]
    return out


def _derived(links: list[Record], c: Copy) -> list[Record]:
    return [{**link, "event": c.slug(link["event"])} for link in links]


def copy_event(record: Record, c: Copy) -> Record:
    return {
        **record,
        "id": c.slug(record["id"]),
        "title": c.bilingual(record["title"]),
        "participants": [c.member(m) for m in record.get("participants", [])],
        "people": [c.slug(p) for p in record.get("people", [])],
        "derived_from": _derived(record.get("derived_from", []), c),
    }


def _copy_role(role: Record, c: Copy) -> Record:
    body = role["body"]
    if body.get("kind") == "member":
        body = {**body, "id": c.member(body["id"])}
    return {**role, "body": body, "derived_from": _derived(role.get("derived_from", []), c)}


def copy_person(record: Record, c: Copy) -> Record:
    return {
        **record,
        "id": c.slug(record["id"]),
        "name": c.bilingual(record["name"]),
        "aliases": [c.text(alias) for alias in record.get("aliases", [])],
        "roles": [_copy_role(role, c) for role in record["roles"]],
    }


def copy_working_group(record: Record, c: Copy) -> Record:
    established_at = record.get("established_at")
    return {
        **record,
        "id": c.slug(record["id"]),
        "name": c.bilingual(record["name"]),
        "chairs": [c.member(m) for m in record.get("chairs", [])],
        "established_at": c.slug(established_at) if established_at else established_at,
    }


COPIED: dict[str, Callable[[Record, Copy], Record]] = {
    "members.json": copy_member,
    "timeline.json": copy_event,
    "people.json": copy_person,
    "working_groups.json": copy_working_group,
}


def _grown_coalitions(coalitions: list[Record], members: list[Record]) -> list[Record]:
    """A `complete` member list states as many members as the grown seed holds."""
    held: dict[str, int] = {}
    for member in members:
        for membership in member.get("memberships", []):
            held[membership["coalition"]] = held.get(membership["coalition"], 0) + 1
    return [
        {**c, "stated_member_count": held.get(c["id"], 0)}
        if c.get("member_coverage") == "complete"
        else c
        for c in coalitions
    ]


def grow(files: dict[str, list[Record]], factor: int) -> dict[str, list[Record]]:
    """The seed's files with `factor - 1` copies appended to each copied file."""
    if factor < 1:
        raise ValueError(f"factor must be at least 1, not {factor}")
    member_ids = {m["id"] for m in files.get("members.json", [])}
    copies = [Copy(k, member_ids) for k in range(1, factor)]
    grown = dict(files)
    for name, copy in COPIED.items():
        if name in files:
            grown[name] = files[name] + [copy(r, c) for c in copies for r in files[name]]
    if factor > 1 and "coalitions.json" in files:
        grown["coalitions.json"] = _grown_coalitions(
            files["coalitions.json"], grown.get("members.json", [])
        )
    return grown


def make_seed(factor: int, out_dir: Path, seed_dir: Path = SEED) -> Path:
    """Write the seed grown `factor` times into `out_dir` (created); return `out_dir`.

    Every top-level `*.json` of `seed_dir` is written; the copied files are listed in
    `COPIED`. Output is compact JSON, byte-identical for the same input and factor.
    """
    files = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(seed_dir.glob("*.json"))
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, records in grow(files, factor).items():
        text = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
        (out_dir / name).write_text(text + "\n", encoding="utf-8")
    return out_dir


def counts(seed_dir: Path) -> dict[str, int]:
    """How many records each copied file of a seed folder holds."""
    return {
        name.removesuffix(".json"): len(json.loads((seed_dir / name).read_text(encoding="utf-8")))
        for name in COPIED
        if (seed_dir / name).exists()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("factor", type=int, help=f"how many times the seed, e.g. {FACTORS}")
    parser.add_argument("out", type=Path, help="the folder to write the seed into")
    parser.add_argument("--seed", type=Path, default=SEED, help="the real seed folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        make_seed(args.factor, args.out, args.seed)
    except (OSError, ValueError) as exc:
        print(f"growth_seed: {exc}", file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    sizes = ", ".join(f"{n} {k}" for k, n in counts(args.out).items())
    print(f"wrote {args.out} ({args.factor}x: {sizes}) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

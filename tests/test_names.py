"""Arabic country names: CLDR, pycountry, and the reviewed corrections of members.json."""

from __future__ import annotations

import gettext
import json
from pathlib import Path

import pycountry

from app.build.checker import check_seed
from tests.conftest import SEED, Client


def _package_arabic(code: str, field: str) -> str:
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    country = pycountry.countries.get(alpha_2=code)
    assert country is not None
    name = getattr(country, "official_name", None) or country.name
    return arabic.gettext(name if field == "formal" else country.name)


def _overrides(seed: Path = SEED) -> list[tuple[str, dict[str, object]]]:
    members = json.loads((seed / "members.json").read_text(encoding="utf-8"))
    return [(m["id"], o) for m in members for o in m.get("arabic_names", [])]


def test_every_override_differs_from_the_package_and_says_why() -> None:
    found = _overrides()
    assert {(code, o["field"]) for code, o in found} >= {("FR", "formal"), ("BF", "formal")}
    for code, override in found:
        assert override["ar"] != _package_arabic(code, str(override["field"])), code
        assert override["reason"], code


def test_the_api_serves_the_corrected_names(client: Client) -> None:
    for code, override in _overrides():
        names = client.get(f"/members/{code}").json()["names"]
        if override["field"] == "formal":
            assert names["formal"]["ar"] == override["ar"], code
    assert client.get("/members/BF").json()["names"]["formal"]["ar"] == "بوركينا فاسو"
    assert client.get("/members/NZ").json()["names"]["formal"]["ar"] == "نيوزيلندا"
    assert "و أيرلندا" not in client.get("/members/GB").json()["names"]["formal"]["ar"]


def test_an_override_equal_to_the_package_is_refused(seed_copy: Path) -> None:
    members = json.loads((seed_copy / "members.json").read_text(encoding="utf-8"))
    france = next(m for m in members if m["id"] == "FR")
    france["arabic_names"][0]["ar"] = _package_arabic("FR", "formal")
    (seed_copy / "members.json").write_text(json.dumps(members, ensure_ascii=False), "utf-8")
    problems = [str(p) for p in check_seed(seed_copy)[1]]
    assert any("formal override equals pycountry's Arabic: remove it" in p for p in problems)


def test_guinea_bissaus_name_is_marked_as_a_join(client: Client) -> None:
    bissau = client.get("/members/GW").json()
    assert (bissau["name"]["ar"], bissau["name_basis"]) == ("غينيا بيساو", "inferred")
    assert "بيساو" in bissau["aliases"]  # what the document writes
    assert client.get("/members/GN").json()["name_basis"] == "stated"

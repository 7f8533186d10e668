"""The spreadsheet: opened by openpyxl, and converted by LibreOffice with no filter option."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import Client
from tests.tools import missing

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEETS = {"coalitions": 2, "members": 62, "working-groups": 5, "timeline": 45, "sources": 5}


def book(client: Client, url: str) -> openpyxl.Workbook:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == XLSX
    assert r.headers["content-disposition"].startswith("attachment;")
    return openpyxl.load_workbook(io.BytesIO(r.content))


def rows(sheet: openpyxl.worksheet.worksheet.Worksheet) -> list[dict[str, object]]:
    header, *body = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in body]  # type: ignore[arg-type]


def test_the_download_has_a_sheet_per_collection(client: Client) -> None:
    workbook = book(client, "/downloads/tahaluf.xlsx")
    assert workbook.sheetnames == [*SHEETS, "people"]
    for name, count in SHEETS.items():
        sheet = workbook[name]
        assert sheet.max_row == count + 1, name
        assert sheet.freeze_panes == "A2", name  # the header row stays
        assert sheet.auto_filter.ref is not None, name
        assert sheet.auto_filter.ref.startswith("A1:"), name
        assert sheet.sheet_view.rightToLeft, name  # Arabic columns come first


def test_arabic_is_intact_and_comes_first(client: Client) -> None:
    sheet = book(client, "/members?coalition=imctc&format=xlsx&limit=100").active
    assert sheet is not None
    found = rows(sheet)
    assert len(found) == 41
    saudi = next(r for r in found if r["id"] == "SA")
    assert saudi["name.ar"] == "المملكة العربية السعودية"
    header = [c.value for c in sheet[1]]
    assert header.index("name.ar") < header.index("name.en")


def test_day_dates_are_real_dates_beside_their_edtf(client: Client) -> None:
    sheet = book(client, "/timeline?format=xlsx&limit=500").active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[header.index("date") + 1] == "date.edtf"
    by_id = {r["id"]: r for r in rows(sheet)}
    announced = by_id["imctc-announced"]
    assert announced["date"] == dt.datetime(2015, 12, 14)
    assert announced["date.edtf"] == "2015-12-14"
    rome = by_id["gc-2016-ministerial-rome"]  # a year is no day: text only
    assert (rome["date"], rome["date.edtf"]) == (None, "2016")
    assert by_id["gc-2021-brussels-small-group-meeting"]["date"] is None  # two readings
    # Lists are joined text.
    assert by_id["imctc-announced"]["coalitions"] == "imctc"


def test_a_record_is_a_one_row_sheet(client: Client) -> None:
    sheet = book(client, "/members/SA?format=xlsx").active
    assert sheet is not None
    [saudi] = rows(sheet)
    assert saudi["id"] == "SA"
    aliases = client.get("/members/SA").json()["aliases"]
    assert saudi["aliases"] == "; ".join(aliases)  # joined text, not JSON


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        missing("soffice (Debian: apt-get install libreoffice-calc)")
    return str(found)


def test_libreoffice_reads_the_workbook(client: Client, soffice: str, tmp_path: Path) -> None:
    """Converted with no filter option: every sheet, every row, the Arabic as written."""
    (tmp_path / "tahaluf.xlsx").write_bytes(client.get("/downloads/tahaluf.xlsx").content)
    command = [
        soffice,
        f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
        "--headless",
        "--convert-to",
        "html",
        "--outdir",
        str(tmp_path),
        str(tmp_path / "tahaluf.xlsx"),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    html = (tmp_path / "tahaluf.html").read_text(encoding="utf-8")
    sheets = html.split("<h1>Sheet ")[1:]
    assert len(sheets) == 6
    for part, (name, count) in zip(sheets, SHEETS.items(), strict=False):
        assert f"<em>{name}</em>" in part
        assert part.count("<tr") == count + 1, name
    assert "المملكة العربية السعودية" in sheets[1]
    assert "التحالف الإسلامي العسكري لمحاربة الإرهاب" in sheets[0]

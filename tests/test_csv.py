"""CSV that spreadsheets open: fixed columns, a file name, and LibreOffice as the judge.

The spreadsheet test converts our CSV with LibreOffice headless from Debian
(`apt-get install libreoffice-calc-nogui`) to xlsx and ods, and reads them back. Where
LibreOffice is absent it is skipped, saying so, unless TAHALUF_REQUIRE_TOOLS=1 (CI) turns
that into a failure.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import Client
from tests.tools import missing


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    ("url", "filename"),
    [
        ("/members?coalition=imctc&format=csv", "members-imctc.csv"),
        ("/coalitions/imctc/members?format=csv", "members-imctc.csv"),
        ("/members?type=organization&format=csv&fields=id,name", "members-organization.csv"),
        ("/timeline?from=2016&to=2016-12&format=csv", "timeline-from-2016-to-2016-12.csv"),
        ("/members/sa?format=csv", "members-sa.csv"),
        ("/working-groups?format=csv", "working-groups.csv"),
    ],
)
def test_a_csv_is_a_download_named_for_what_was_asked(
    client: Client, url: str, filename: str
) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == f'attachment; filename="{filename}"'
    assert "Content-Disposition" in r.headers["access-control-expose-headers"]


def test_an_arabic_query_names_the_file_in_utf8_too(client: Client) -> None:
    r = client.get("/search", params={"q": "تركيا", "format": "csv"})
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == (
        "attachment; filename=\"search-q.csv\"; filename*=UTF-8''search-q-"
        "%D8%AA%D8%B1%D9%83%D9%8A%D8%A7.csv"
    )


def test_json_is_not_a_download(client: Client) -> None:
    assert "content-disposition" not in client.get("/members").headers


@pytest.mark.parametrize(
    "collection", ["/coalitions", "/members", "/working-groups", "/timeline", "/sources"]
)
def test_every_row_has_the_same_columns_whatever_is_null(client: Client, collection: str) -> None:
    """The header comes from the model: one page or another, one record or all, it is the same."""
    whole = client.get(collection, params={"format": "csv", "limit": 500})
    assert whole.status_code == 200, whole.text
    header = whole.text.split("\r\n", 1)[0]
    for offset in range(0, 60, 7):
        page = client.get(collection, params={"format": "csv", "limit": 1, "offset": offset})
        assert page.text.split("\r\n", 1)[0] == header
    first = rows_of(whole.text)[0]
    record = client.get(f"{collection}/{first['id']}", params={"format": "csv"})
    assert record.text.split("\r\n", 1)[0] == header
    reader = csv.reader(io.StringIO(whole.text))
    widths = {len(row) for row in reader}
    assert len(widths) == 1


def test_an_empty_page_still_has_its_header(client: Client) -> None:
    r = client.get("/timeline", params={"format": "csv", "from": "2030", "to": "2030"})
    assert r.status_code == 200, r.text
    assert r.text.startswith("id,url,coalitions,date.edtf,date.date,date.precision,")
    assert r.text.count("\r\n") == 1


def test_locations_are_columns(client: Client) -> None:
    r = client.get("/timeline/gc-2022-ministerial-marrakesh", params={"format": "csv"})
    row = rows_of(r.text)[0]
    assert row["location.city.en"] == "Marrakesh"
    assert row["location.city.ar"] == "مراكش"
    assert row["location.country"] == "MA"
    assert float(row["location.lat"]) == pytest.approx(31.63, abs=0.01)
    assert float(row["location.lon"]) == pytest.approx(-8.0, abs=0.01)
    # An event no document places has the same columns, empty.
    undated = rows_of(client.get("/timeline", params={"format": "csv", "limit": 500}).text)
    assert any(row["location.lat"] == "" for row in undated)


def test_several_values_are_a_json_array(client: Client) -> None:
    r = client.get("/members/AE", params={"format": "csv"})
    row = rows_of(r.text)[0]
    assert json.loads(row["aliases"]) == ["الإمارات", "الامارات", "UAE", "Emirates"]
    group = rows_of(client.get("/working-groups/gc-stabilization?format=csv").text)[0]
    assert json.loads(group["chairs"]) == ["AE", "DE"]  # related records as ids
    assert row["point.name"] == "Abu Dhabi"
    assert row["names.short.ar"] == "الإمارات العربية المتحدة"


def test_fields_trim_columns_not_rows(client: Client) -> None:
    r = client.get("/members", params={"format": "csv", "fields": "name,point", "limit": 500})
    header = r.text.split("\r\n", 1)[0]
    assert header == "id,name.en,name.ar,point.lat,point.lon,point.geonameid,point.name,point.basis"
    assert len(rows_of(r.text)) == 62


def test_no_bom_unless_asked(client: Client) -> None:
    plain = client.get("/members?coalition=imctc&format=csv")
    assert plain.content.startswith(b"id,")
    marked = client.get("/members?coalition=imctc&format=csv&bom=true")
    assert marked.status_code == 200, marked.text
    assert marked.content == b"\xef\xbb\xbf" + plain.content
    assert marked.headers["etag"] != plain.headers["etag"]
    assert client.get("/members?bom=maybe").status_code == 422


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        missing("LibreOffice (Debian: apt-get install libreoffice-calc-nogui)")
    assert found is not None
    return found


def _convert(soffice: str, source: Path, to: str, tmp_path: Path) -> Path:
    """LibreOffice's own CSV import, told the file is UTF-8 (76) with comma and quote."""
    out = tmp_path / "out"
    result = subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            to,
            "--infilter=CSV:44,34,76,1",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = out / f"{source.stem}.{to}"
    assert converted.exists(), result.stdout + result.stderr
    return converted


@pytest.mark.parametrize("bom", [False, True])
def test_libreoffice_opens_the_csv_with_its_arabic_and_every_row(
    client: Client, tmp_path: Path, bom: bool
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    soffice = _soffice()
    r = client.get("/members", params={"coalition": "imctc", "format": "csv", "bom": str(bom)})
    assert r.status_code == 200, r.text
    source = tmp_path / "members-imctc.csv"
    source.write_bytes(r.content)
    expected = rows_of(r.content.decode("utf-8-sig"))
    assert len(expected) == 41

    sheet = openpyxl.load_workbook(_convert(soffice, source, "xlsx", tmp_path)).active
    values = [[cell if cell is not None else "" for cell in row] for row in sheet.values]
    header, body = values[0], values[1:]
    assert header[:3] == ["id", "url", "type"]  # no BOM left in the first header
    assert len(body) == 41
    saudi = dict(zip(header, next(row for row in body if row[0] == "SA"), strict=True))
    assert saudi["name.ar"] == "المملكة العربية السعودية"
    assert saudi["names.formal.ar"] == "المملكة العربيّة السّعوديّة"
    assert json.loads(saudi["aliases"])[0] == "السعودية"

    ods = _convert(soffice, source, "ods", tmp_path)
    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    assert content.count("<table:table-row") >= 42
    assert "جمهورية أفغانستان" in content

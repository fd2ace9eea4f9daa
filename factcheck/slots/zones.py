"""A place name -> its IANA time zone, when the place has exactly one.

"Wednesday morning, local time" in Pyongyang is Pyongyang's clock: Asia/Pyongyang. The IANA
database (shipped by the `tzdata` package) already names a zone after the main city of each
region and lists the zones of each country, so the index is built from its own tables
(zone.tab, iso3166.tab): a city that names a zone, or a country with a single zone. Anything
else (the United States, Russia, a town the database does not name) stays unresolved -- the
issue asks for a bonus, not a guess. No library maps free-text place names to zones offline,
so this small index is ours.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

# Names news writes that iso3166.tab spells otherwise.
_ALIASES = {
    "uk": "GB",
    "united kingdom": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "north korea": "KP",
    "south korea": "KR",
    "dprk": "KP",
    "czech republic": "CZ",
    "vatican": "VA",
    "ivory coast": "CI",
}

# Regions news names that the tables give no zone of their own (Palestine has two): the zone
# the tables name after their main city. Not "the West Bank": New Orleans news calls its
# suburbs across the river so.
_REGION_ZONES = {
    "gaza strip": "Asia/Gaza",
}


def _read_tab(name: str) -> list[list[str]]:
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        try:
            with open(f"/usr/share/zoneinfo/{name}", encoding="utf-8") as fh:
                text = fh.read()
        except OSError:
            return []
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", name.lower().replace("_", " "))).strip()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country name (normalized) -> ISO code, with "Korea (North)" also as "north korea"."""
    names: dict[str, str] = {}
    for row in _read_tab("iso3166.tab"):
        if len(row) < 2:
            continue
        code, name = row[0], row[1]
        names[_key(name)] = code
        m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
        if m:
            names[_key(f"{m.group(2)} {m.group(1)}")] = code
            if m.group(2).isupper():  # "Britain (UK)": the part in brackets is a short name
                names[_key(m.group(2))] = code
            else:  # "Korea (North)": the bare "korea" would name both
                continue
            names[_key(m.group(1))] = code
    names.update(_ALIASES)
    names.update({"united states": "US", "us": "US", "usa": "US", "america": "US"})
    return names


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, list[str]]:
    zones_of: dict[str, list[str]] = {}
    for row in _read_tab("zone.tab"):
        if len(row) >= 3:
            zones_of.setdefault(row[0], []).append(row[2])
    return zones_of


@lru_cache(maxsize=1)
def _city_country() -> dict[str, str]:
    """City a zone is named after (normalized) -> ISO code of its country."""
    return {
        _key(zone.rsplit("/", 1)[-1]): code
        for code, zones in _zones_by_country().items()
        for zone in zones
    }


def city_known(city: str) -> bool:
    """Whether the IANA tables name the city (so its country is known)."""
    return _key(city).removeprefix("the ") in _city_country()


def city_in_country(city: str, country: str) -> bool:
    """'Kyiv' lies in 'Ukraine', 'Pyongyang' in 'North Korea' (cities the IANA tables name)."""
    code = _city_country().get(_key(city).removeprefix("the "))
    return code is not None and _country_names().get(_key(country).removeprefix("the ")) == code


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    zones_of = _zones_by_country()
    index: dict[str, str] = {}
    for zones in zones_of.values():
        for zone in zones:
            index.setdefault(_key(zone.rsplit("/", 1)[-1]), zone)
    names = _country_names()
    for name, code in names.items():
        zones = zones_of.get(code, [])
        if len(zones) == 1:
            index.setdefault(name, zones[0])
    index.update(_REGION_ZONES)
    return index


def zone_for_place(name: str) -> str | None:
    """The IANA zone of a place ("Pyongyang" -> "Asia/Pyongyang"), or None when the place has
    several zones or the database does not name it."""
    key = _key(name)
    key = key.removeprefix("the ")
    return _index().get(key)


def zone_offset_on(zone: str, when: datetime) -> timedelta | None:
    """The UTC offset of an IANA zone at a wall-clock moment (daylight saving included)."""
    try:
        off = when.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (KeyError, ValueError):
        return None
    return off


def offset_label(off: timedelta) -> str:
    sign = "+" if off >= timedelta(0) else "-"
    minutes = int(abs(off).total_seconds() // 60)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

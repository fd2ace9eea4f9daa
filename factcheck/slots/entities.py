"""People, places and organisations: a name normalized enough to compare across outlets.

No gazetteer download: names match when one's tokens are contained in the other's ("Kim" ~
"Kim Jong Un", "President Putin" ~ "Vladimir Putin"), and a small hand-kept table says which
cities lie in which country, for the capitals and cities that news clusters most often name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nicknames import NickNamer

from factcheck.slots.zones import city_in_country, city_known

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "prime", "minister", "pm",
    "chancellor", "king", "queen", "prince", "princess", "pope", "leader", "chairman", "general",
    "gen", "col", "lt", "sgt", "officer", "deputy", "sheriff", "detective", "det", "chief",
    "capt", "captain", "governor", "gov", "senator", "sen", "rep", "representative", "mayor",
    "judge", "justice", "secretary", "foreign", "defense", "defence", "supreme", "the",
    "corporal", "cpl", "trooper", "agent", "sergeant", "lieutenant", "commander", "vice",
}  # fmt: skip
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP"}

# city -> country (lower case); containment, not identity: "Pyongyang" is within "North Korea".
CONTAINED_IN: dict[str, str] = {
    "pyongyang": "north korea", "seoul": "south korea", "moscow": "russia",
    "st petersburg": "russia", "vladivostok": "russia", "beijing": "china", "shanghai": "china",
    "hong kong": "china", "tokyo": "japan", "osaka": "japan", "kyiv": "ukraine", "kiev": "ukraine",
    "kharkiv": "ukraine", "odesa": "ukraine", "london": "united kingdom", "paris": "france",
    "berlin": "germany", "rome": "italy", "madrid": "spain", "washington": "united states",
    "new york": "united states", "los angeles": "united states", "chicago": "united states",
    "hanoi": "vietnam", "tehran": "iran", "baghdad": "iraq", "damascus": "syria",
    "jerusalem": "israel", "tel aviv": "israel", "gaza": "palestinian territories",
    "cairo": "egypt", "ankara": "turkey", "istanbul": "turkey", "new delhi": "india",
    "delhi": "india", "mumbai": "india", "islamabad": "pakistan", "kabul": "afghanistan",
    "brussels": "belgium", "warsaw": "poland", "minsk": "belarus", "ottawa": "canada",
    "toronto": "canada", "mexico city": "mexico", "canberra": "australia", "sydney": "australia",
    "taipei": "taiwan", "manila": "philippines", "jakarta": "indonesia", "bangkok": "thailand",
}  # fmt: skip
ALIASES = {
    "us": "united states", "u.s.": "united states", "usa": "united states",
    "united states of america": "united states", "america": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "dprk": "north korea",
    "democratic people's republic of korea": "north korea", "rok": "south korea",
    "republic of korea": "south korea", "russian federation": "russia",
    "prc": "china", "people's republic of china": "china", "kiev": "kyiv",
    "nyc": "new york", "new york city": "new york", "la": "los angeles",
}  # fmt: skip
# US state abbreviations as datelines write them ("FORT LAUDERDALE, Fla.").
US_STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
}  # fmt: skip


# Abbreviations in place and building names ("St. Mary's Hospital" / "Saint Mary's Hospital",
# "Main St." / "Main Street"): "st" before another word is a saint, at the end a street.
_ABBREV_BEFORE = {"st": "saint", "mt": "mount", "ft": "fort"}
_ABBREV_LAST = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "blvd": "boulevard",
    "dr": "drive", "ln": "lane", "hwy": "highway", "pkwy": "parkway", "ct": "court",
}  # fmt: skip


def _expand_abbreviations(toks: list[str]) -> list[str]:
    last = len(toks) - 1
    return [
        _ABBREV_BEFORE.get(w, w) if i < last else _ABBREV_LAST.get(w, w) if i else w
        for i, w in enumerate(toks)
    ]


def normalize_name(text: str, label: str) -> str:
    """Case-folded, without titles, articles, possessives and punctuation; a place's or a
    building's abbreviations written out."""
    t = text.replace("\u2019", "'")
    t = re.sub(r"'s\b|'$", "", t)
    t = re.sub(r"[^\w\s.'-]", " ", t).casefold()
    toks = [w.strip(".") for w in t.split()]
    if label in PERSON_LABELS:
        toks = [w for w in toks if w not in TITLES]
    else:
        toks = _expand_abbreviations([w for w in toks if w and w != "the"])
    name = " ".join(w for w in toks if w)
    return ALIASES.get(name, name)


def entity_class(label: str | None) -> str | None:
    if label in PERSON_LABELS:
        return "person"
    if label in PLACE_LABELS:
        return "place"
    if label in ORG_LABELS:
        return "org"
    return None


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()  # the nicknames package's hand-curated table (Apache-2.0)


def _first_names_match(a: str, b: str) -> bool:
    if a == b:
        return True
    nn = _nicknamer()
    return bool(
        ({a} | nn.canonicals_of(a) | nn.nicknames_of(a))
        & ({b} | nn.canonicals_of(b) | nn.nicknames_of(b))
    )


def _same_but_first_name(ta: list[str], tb: list[str]) -> bool:
    """ "Greg Mullen" / "Gregory Mullen", "Joe Riley" / "Joseph P. Riley": the same surname, and
    first names that are one another's nickname once middle initials are left out."""
    ta, tb = [w for w in ta if len(w) > 1], [w for w in tb if len(w) > 1]
    if len(ta) < 2 or len(tb) < 2 or ta[-1] != tb[-1]:
        return False
    return _first_names_match(ta[0], tb[0]) and (
        ta[1:-1] == tb[1:-1] or not ta[1:-1] or not tb[1:-1]
    )


def _one_edit_apart(x: str, y: str) -> bool:
    """One letter added, dropped or changed ("phillip" / "philip"); written out because the
    standard library has no edit distance and this one needs only the distance-1 test."""
    if x == y or abs(len(x) - len(y)) > 1:
        return x == y
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _spelling_variant(ta: list[str], tb: list[str], cls: str) -> bool:
    """The same words but one spelt a letter apart ("Sir Phillip Drive" / "Sir Philip Dr.",
    "Jan Thompson" / "Jan Thomson"). A person's first name stays apart: "Mary Smith" and "Mark
    Smith" are two people of one family."""
    if len(ta) != len(tb):
        return False
    diff = [i for i, (x, y) in enumerate(zip(ta, tb, strict=True)) if x != y]
    if len(diff) != 1 or (cls == "person" and (len(ta) < 2 or diff[0] != len(ta) - 1)):
        return False
    x, y = ta[diff[0]], tb[diff[0]]
    return min(len(x), len(y)) >= 5 and _one_edit_apart(x, y)


def names_match(a: str, b: str, cls: str) -> str | None:
    """Why two normalized names denote the same thing (or one contains the other), else None."""
    if not a or not b:
        return None
    if a == b:
        return "same name"
    ta, tb = a.split(), b.split()
    if _spelling_variant(ta, tb, cls):
        return "same name, spelt a letter apart"
    if cls == "person":
        # "Kim" ~ "Kim Jong Un"; surnames alone are how news refers back to people.
        if set(ta) <= set(tb) or set(tb) <= set(ta):
            return "same person (shorter form)"
        if _same_but_first_name(ta, tb):
            return "same person (a nickname or a middle initial)"
        return None
    if cls == "place":
        if CONTAINED_IN.get(a) == b or CONTAINED_IN.get(b) == a:
            return "one place lies within the other"
        if city_in_country(a, b) or city_in_country(b, a):  # the IANA tables: ~400 more cities
            return "one place lies within the other"
        if a in US_STATES and b not in US_STATES or b in US_STATES and a not in US_STATES:
            return None
        if set(ta) <= set(tb) or set(tb) <= set(ta):
            return "same place (shorter form)"
        return None
    if set(ta) <= set(tb) or set(tb) <= set(ta):
        return "same organisation (shorter form)"
    na, nb = _national(a), _national(b)
    if _CHAMBER_OF.get(na) == nb or _CHAMBER_OF.get(nb) == na:
        return "one is a chamber of the other"
    # acronyms: "FBI" ~ "federal bureau of investigation" (~ "US Food and Drug Administration")
    for short, long_ in ((a, tb), (a, nb.split()), (b, ta), (b, na.split())):
        if (
            len(short) >= 2
            and " " not in short
            and short == "".join(w[0] for w in long_ if w not in ("of", "and", "for", "the"))
        ):
            return "acronym"
    return None


# A legislature's chambers: "fail to pass in Congress" / "stalled in the Senate" name one body
# at two levels. A table of the common English names, not a gazetteer of parliaments.
_CHAMBER_OF = {
    "senate": "congress",
    "house": "congress",
    "house of representatives": "congress",
    "house of commons": "parliament",
    "house of lords": "parliament",
    "commons": "parliament",
    "lords": "parliament",
}
_NATIONAL_PREFIX = re.compile(r"^(?:the\s+)?(?:us|u\.s\.?|united states|uk|u\.k\.?|british)\s+")


def _national(name: str) -> str:
    """The name without a leading country ("us senate" -> "senate")."""
    return _NATIONAL_PREFIX.sub("", name)


_COUNTRIES = frozenset(CONTAINED_IN.values()) | frozenset(ALIASES.values()) - frozenset(
    CONTAINED_IN
)


def place_levels_differ(a: str, b: str) -> bool:
    """A state or a country against a place that is neither ("Norfolk" / "Virginia"): the one may
    lie in the other, and without a gazetteer nothing says it does not, so they are not compared."""
    if (a in US_STATES) != (b in US_STATES):
        return True
    if (a in _COUNTRIES) != (b in _COUNTRIES):
        city = b if a in _COUNTRIES else a
        return not (city in CONTAINED_IN or city_known(city))  # "Hanoi" is known not to be in Korea
    return False


def places_could_differ(a: str, b: str) -> bool:
    """Conservative: two places conflict only when neither contains the other and we know both
    are at the same level (both cities in the table, both countries, or two unrelated names)."""
    return names_match(a, b, "place") is None

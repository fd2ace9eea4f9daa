"""Counts that total many incidents or a period, not one incident's count.

A sentence about a period ("67 officers have been killed this year") or about several shootings
("six people injured in two separate shootings") gives a total of many incidents. The eval's
choice of an article's count skips such sentences, and the comparison never sets such a total
against one incident's count. Hand-written patterns (no library knows news tolls); every rule was
chosen on the GVA dev readings (docs/slots.md).
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
AGGREGATE = re.compile(
    r"\b(?:this year|so far|since (?:january|the start|(?:19|20)\d\d)|in (?:19|20)\d\d|"
    r"(?:pair|string|series|spate|rash|wave) of (?:[\w-]+,? ){0,3}shootings|"
    r"(?:span|period|space|stretch) of (?:\w+ )?(?:hours|days)|"
    r"(?:violent|bloody|deadly) (?:24|twenty-four|48|\d+) hours|"
    r"year-to-date|nationwide|across the (?:country|nation|state|city)|last year|this month|"
    r"alone|annually|per year|every year|a year|"
    r"weekend(?:'s|’s)?\s+(?:of\s+)?(?:violence|toll|shootings|bloodshed|gunfire)|"
    r"(?:holiday|july 4th|fourth of july|memorial day|labor day)\s+weekend|during that \w+ weekend|"
    r"(?:two|three|four|five|six|seven|several|separate|multiple|\d+)\s+(?:separate\s+|different\s+)?"
    r"(?:(?:overnight|weekend|separate|different|unrelated|fatal|deadly|non-?fatal|other|"
    r"(?-i:[A-Z][a-z]+))\s+){0,2}(?:shootings|shooting (?:attacks|incidents)|incidents)|"
    r"shootings (?:across|around|throughout)|"
    r"separate \w+ shootings|in shootings|in the (?:u\.s\.?(?! virgin)|united states)|"
    r"since (?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?|"
    r"the (?:last|previous|past) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
    # background: another incident, months or years away ("eight months after a bystander was
    # killed", "two others died in a fire years ago", "in an unrelated shooting")
    r"(?:\w+ )?(?:months|years|decades) (?:ago|earlier|before|after|prior)|"
    r"a (?:month|decade) (?:ago|earlier|before|after)|unrelated (?:incident|shooting|case|attack)|"
    # a long conflict's or an epidemic's running toll ("Syria's civil war has killed more than
    # 200,000", "an insurgency that has killed thousands", "the virus has killed nearly 4,000")
    r"(?:war|insurgency|conflict|uprising|rebellion|epidemic|outbreak|virus|pandemic)"
    r"(?:,? (?:that|which)| in \w+)? (?:has|have) (?:now |so far |already )?(?:killed|claimed)|"
    # another story, told in passing ("In other recent news on South Africa, ... the mall
    # shooting which injured seven")
    r"in other (?:\w+ )?news|"
    # a span of hours or days ("shot in Chicago in about ten hours", "from Tuesday afternoon to
    # early Wednesday", "between Friday evening and Monday morning")
    r"in (?:about |roughly |less than |under |just |a little over )?(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|a few|several) hours|"
    rf"from (?:late |early )?{_WEEKDAY}(?: \w+)? (?:to|through|until|into) |"
    rf"between (?:late |early )?{_WEEKDAY}(?: \w+)? and )\b",
    re.IGNORECASE,
)
# "wounded in Chicago shootings", "in city shootings" (a place of two words, "in Gaston County
# shootings", is as often one shooting with several victims)
_CITY_SHOOTINGS = re.compile(r"\bin (?:[A-Z][a-z]+|city|citywide) shootings\b")


# "three people killed and 27 wounded over an eight-hour stretch", "two died within a 24-hour
# period": a toll over a span of hours, right after the harm; not "searched over a 12-hour
# period", nor one shooting ranked in a span ("the second shooting at the complex in a 24-hour
# period" counts its own victims)
_HARM_OVER_HOURS = re.compile(
    r"\b(?:killed|wounded|injured|shot|hurt|dead|died|slain)\b(?:\s+[\w-]+){0,2}?\s+"
    r"(?:over|in|during|within) an? (?:[\w-]+-(?:hour|day)|\d+ (?:hour|day)) (?:stretch|span|period)\b",
    re.IGNORECASE,
)
_RANKED = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?"
    r"(?:shooting|homicide|killing|slaying|attack|incident|death|victim|person|teen|man|woman)",
    re.IGNORECASE,
)


def is_aggregate(sentence: str) -> bool:
    """Whether a sentence's counts total several incidents or a period."""
    return bool(
        AGGREGATE.search(sentence)
        or _CITY_SHOOTINGS.search(sentence)
        or (_HARM_OVER_HOURS.search(sentence) and not _RANKED.search(sentence))
    )

"""The claim without its attribution, for the NLI judge.

"North Korea has supplied Russia with shells, U.S. and South Korean officials say" and "North
Korea has not supplied Russia with any weapons, the Kremlin said, calling the reports
groundless" are a claim and its denial; the attribution clauses only dilute what the NLI model
sees. The statement keeps its full text and its speaker for the report; only the judge gets the
bare claim. Written by hand because it is a small rule over the speaker segmentation already
found (no library strips attribution), and it never removes a verb of denial, which carries the
meaning ("X denied that ...").
"""

from __future__ import annotations

import re

_SAYING = (
    r"(?:said|says|say|told\s+\w+|reported|reports|confirmed|confirms|added|adds|stated|states|"
    r"announced|announces|estimated|estimates|believe|believes|noted|notes|wrote|writes|"
    r"explained|explains|warned|warns|argued|argues)"
)


def claim_text(text: str, speaker: str | None) -> str:
    """`text` with a leading or trailing attribution to `speaker` removed."""
    if not speaker:
        return text
    sp = re.escape(speaker)
    # Trailing: ", the Kremlin said, calling the reports groundless." / ", according to X."
    trailing = re.search(
        rf",\s*(?:according\s+to\s+(?:[^,]{{0,60}}?\s)?{sp}|(?:[^,]{{0,60}}?\s)?{sp}\s+{_SAYING}\b)[^.!?]*([.!?]?)[\"'”’]?\s*$",
        text,
        re.IGNORECASE,
    )
    if trailing and trailing.start() > 0:
        return text[: trailing.start()] + (trailing.group(1) or ".")
    # Leading: "Seoul estimates that ...", "According to police, ..."
    leading = re.match(
        rf"\s*(?:according\s+to\s+{sp}\s*,?|{sp}\s+{_SAYING}\b(?:\s+that)?\s*,?)\s*",
        text,
        re.IGNORECASE,
    )
    rest = text[leading.end() :] if leading else ""
    if len(re.findall(r"\w+", rest)) >= 3:  # a claim is left, not just "said."
        return rest[:1].upper() + rest[1:]
    return text

"""Boilerplate removal for article text that keeps character offsets valid.

`body_spans(text)` returns the character ranges of `text` that are article body. Nothing is
rewritten: the report quotes `article.text[start:end]` exactly, so we only choose ranges.

Why hand-written: boilerplate libraries (trafilatura, jusText, readability) work on an HTML
DOM and return re-flowed text, which loses the offsets into the text we keep. HTML pages go
through trafilatura first (in ingest); this module then removes what survives in plain text:
navigation and related-headline lists, bylines, comment prompts, share/subscribe lines,
"See also"/"Read more" lines, image URLs, photo credits and link-only lines.

The unit is the line. A line is kept when it is prose: it ends like a sentence (. ! ? or a
closing quote/bracket after one), or it is a hard-wrapped line whose sentence continues on the
next line. A line that does not end like a sentence and does not continue is a headline,
a menu item or a list entry, and is dropped. Lines matching a boilerplate pattern are dropped
even when they end like a sentence. Consecutive kept lines form one span.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[-*•·–—>+]|\d{1,2}[.)])\s+")
# Ends like a sentence: terminal punctuation, optionally followed by closing quotes/brackets.
_CLOSED = re.compile(r"[.!?…][\"'”’)\]»]*\s*$")
# Words after which a hard-wrapped sentence obviously goes on.
_CONNECTORS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "that",
        "which",
        "who",
        "whose",
        "than",
        "its",
        "his",
        "her",
        "their",
        "our",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "been",
        "will",
        "would",
        "said",
        "says",
    ]
)

_I = re.IGNORECASE
# Boilerplate wherever it appears (matched on the line without its list bullet).
_BOILERPLATE_ANY = [
    re.compile(r"^(see also|read more|read also|also read|more|related|watch|listen)\s*:", _I),
    re.compile(r"^(see also|read more|read also|also read)\b", _I),
    # photo / image credits, and captions carrying an agency photo credit
    re.compile(
        r"^(photo|photos|image|images|picture|pictures|photograph|file photo|credit|"
        r"caption|illustration|video)\s*(:|/|by\b|credit\b)",
        _I,
    ),
    # a photo gallery's caption: "Image 7 of 40 TV news stations line the street ..." (each
    # slide of the gallery, told again with its own counter)
    # ("Image 2 of 3 in the court filing shows ..." is prose: the caption starts a capital)
    re.compile(r"^(?i:image|photo|picture|slide)\s+\d+\s*(?:/|\bof\b)\s*\d+\s+[A-Z“\"(]"),
    # a video carousel's entry: "Caption Woman killed after ... A woman ran onto ..." (another
    # story's title and summary, left in the page text)
    re.compile(r"^Caption\s+(?:Video:\s*)?[A-Z0-9]"),
    re.compile(r"\((?:[A-Z][\w.&'-]*\s+){0,3}(?:pool |file )?photos?\s*[/:]", _I),
    re.compile(r"\b(getty images|shutterstock|afp via getty)\b", _I),
    # image URLs, bare URLs, markdown images and link-only lines
    re.compile(r"^!\[[^\]]*\]\([^)]*\)$"),
    re.compile(r"^\[[^\]]*\]\([^)]*\)[.,;]?$"),
    re.compile(r"^<?(https?://|www\.)\S+>?$", _I),
    re.compile(r"^\S+\.(jpe?g|png|gif|webp|svg|avif)(\?\S*)?$", _I),
    re.compile(r"all rights reserved|^©|\bcopyright\s*(©\s*)?\d{4}", _I),
]
# Boilerplate only as a short line (at most _SHORT words): as the start of a long line these
# words begin ordinary prose ("Share prices fell ...", "Latest figures show ...").
_SHORT = 12
# A share bar is made of these words only ("Share on Facebook | X | Email").
_SHARE_WORD = (
    r"(share( this( article| story| post)?)?|share on|tweet|email|e-mail|print|copy link|"
    r"facebook|twitter|x|whatsapp|linkedin|reddit|telegram|pinterest|messenger|bluesky|"
    r"threads|flipboard|comments?)"
)
_BOILERPLATE_SHORT = [
    # comment prompts
    re.compile(
        r"^(leave a (reply|comment)|post a comment|add a comment|add your comment|"
        r"join the (conversation|discussion)|show comments|view comments|"
        r"\d+\s+comments?|comments?(\s*\(\d+\))?|you must be logged in|log in to comment|"
        r"cancel reply|be the first to comment)\b",
        _I,
    ),
    # share / subscribe / follow
    re.compile(rf"^{_SHARE_WORD}(\W+{_SHARE_WORD})*\W*$", _I),
    re.compile(
        r"^(subscribe|sign up|get (our|the) .*newsletter|follow us|"
        r"download (our|the) app|click here|listen to (this|the) article)\b",
        _I,
    ),
    re.compile(
        r"^(recommended|most (read|popular|viewed)|trending( now)?|"
        r"you (may|might) also like|more from|more on this|what to read next|"
        r"top stories|latest (news|stories)|editor'?s picks)\b",
        _I,
    ),
    re.compile(r"^(advertisement|sponsored( content)?|skip to (main )?content|menu|home)\W*$", _I),
    re.compile(r"^(tags?|topics?|filed under)\s*:", _I),
    re.compile(r"^(published|posted|updated|last updated)\s*(:|on\b|at\b|\d)", _I),
    re.compile(
        r"^(written by|reporting by|reported by|additional reporting by|editing by|"
        r"edited by|authors?:)",
        _I,
    ),
]
# "By Jane Doe and Min-jun Lee | Eastern Wire": "By" then only names and byline words
# (so "By Wednesday morning, the convoy had ..." stays prose).
_BYLINE = re.compile(r"^by\s+[A-Z]", _I)
_BYLINE_WORDS = frozenset(
    [
        "and",
        "in",
        "at",
        "for",
        "the",
        "of",
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "writer",
        "editor",
        "desk",
        "news",
    ]
)
# Navigation bars: three or more short items joined by separators ("Home | World | Asia").
_NAV_SEPARATORS = re.compile(r"\s[|•›»/·]\s|\s>\s")
# A header that introduces a list of links/headlines: the list runs to the next blank line.
_LIST_HEADER = re.compile(
    r"^(related|related (stories|articles|coverage|content|news|links)|read more|more stories|"
    r"more from .{1,40}|more on this( story)?|most (read|popular|viewed)|trending( now)?|"
    r"you (may|might) also like|recommended( for you)?|top stories|latest( news| stories)?|"
    r"editor'?s picks|what to read next|see also|in other news|sections|navigation|menu)\s*:?\s*$",
    _I,
)


def _strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1).strip()


def is_boilerplate_line(line: str) -> bool:
    """Whether one line (without its newline) is boilerplate by pattern alone."""
    core = _strip_bullet(line)
    if not core:
        return False
    if any(p.search(core) for p in _BOILERPLATE_ANY):
        return True
    words = core.split()
    if len(words) <= _SHORT and any(p.search(core) for p in _BOILERPLATE_SHORT):
        return True
    if _BYLINE.match(core) and _is_byline(words[1:]):
        return True
    parts = _NAV_SEPARATORS.split(core)
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def _is_byline(words: list[str]) -> bool:
    for w in words:
        w = w.strip(",|&;·-–—()")
        if w and not (w[0].isupper() or w.lower() in _BYLINE_WORDS):
            return False
    return len(words) <= 16


def _continues(line: str, next_line: str | None) -> bool:
    """A line that does not end like a sentence is kept only when its sentence goes on."""
    if next_line is None or not next_line.strip() or _BULLET.match(next_line):
        return False
    nxt = next_line.strip()
    if nxt[0].islower():
        return True
    stripped = line.rstrip()
    if stripped.endswith((",", ";", "-", "–", "—", ":")):
        return True
    last = stripped.split()[-1].lower() if stripped.split() else ""
    return last in _CONNECTORS


def _line_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the newline."""
    ranges = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ranges.append((pos, pos + len(body)))
        pos += len(line)
    return ranges


def _keep_flags(text: str, lines: list[tuple[int, int]]) -> list[bool]:
    keep = [False] * len(lines)
    in_list = False  # inside a list introduced by a "Related"-style header
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            in_list = False
            continue
        if _LIST_HEADER.match(_strip_bullet(line)):
            in_list = True
            continue
        if in_list or is_boilerplate_line(line) or _BULLET.match(line) and not _CLOSED.search(line):
            continue
        if _CLOSED.search(line):
            keep[i] = True
            continue
        nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else None
        keep[i] = _continues(line, nxt)
    # A wrapped line is only prose if its sentence ends in a kept line: drop dangling runs.
    for i in range(len(lines) - 1, -1, -1):
        s, e = lines[i]
        dangling = i + 1 >= len(lines) or not keep[i + 1]
        if keep[i] and dangling and not _CLOSED.search(text[s:e]):
            keep[i] = False
    return keep


def body_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` that are article body, boilerplate removed.

    Consecutive kept lines are merged into one span; each span starts and ends on a
    non-space character, so `text[start:end]` is a clean paragraph (it may contain newlines).
    """
    lines = _line_ranges(text)
    keep = _keep_flags(text, lines)
    spans: list[tuple[int, int]] = []
    run_start: int | None = None
    run_end = 0
    for (s, e), k in zip(lines, keep, strict=True):
        if k:
            if run_start is None:
                run_start = s
            run_end = e
        elif run_start is not None:
            spans.append((run_start, run_end))
            run_start = None
    if run_start is not None:
        spans.append((run_start, run_end))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return tuple(out)

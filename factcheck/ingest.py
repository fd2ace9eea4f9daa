"""Read article clusters from directories, text/Markdown/HTML files and JSON Lines.

`load_inputs(paths)` never raises for a bad article: each problem becomes one `InputProblem`
line naming the file (and line) and what to do, the bad article is skipped and the rest are
loaded. Only a path that does not exist at all raises `InputError`. See docs/input.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from factcheck.clean import body_spans
from factcheck.errors import InputError
from factcheck.schema import Article, content_hash, normalize_for_id

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
# Documentation that may sit next to the articles of a cluster directory (e.g. EXPECTED.md).
_DOC_STEMS = ("readme", "expected", "license", "licence", "notes", "changelog")
HEADER_KEYS = ("title", "source", "published", "url")
_HEADER_LINE = re.compile(r"^(title|source|published|url|date)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_SNIFF_BYTES = 8192
FUTURE_SLACK = timedelta(days=1)
# Non-English detection (hand-written because it must be cheap and dependency-free: a language
# identifier would be another model). The bundled English articles score 23-42% (short news
# texts full of names); German, French and Spanish paragraphs score 0-7%.
_ENGLISH_STOPWORDS = frozenset(
    [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with",
        "he", "as", "at", "by", "his", "from", "be", "this", "have", "are", "or", "an", "they",
        "which", "not", "had", "but", "were", "has", "their", "been", "its", "who", "will",
        "would", "there", "we", "said", "after", "than", "when", "into", "more", "also", "about",
        "she", "her", "over", "two", "first", "new", "our", "out", "up", "all", "no", "one",
    ]
)  # fmt: skip
MIN_WORDS_FOR_LANGUAGE = 20
MIN_ENGLISH_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One problem with one input: the article was skipped ("error") or kept ("warning")."""

    path: str
    line: int | None
    message: str
    hint: str = ""  # what to do about it
    severity: Severity = "error"
    cluster_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}: {self.message}{tail}"


@dataclass(frozen=True, slots=True)
class LoadedInput:
    clusters: dict[str, list[Article]]
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        return [a for arts in self.clusters.values() for a in arts]

    @property
    def errors(self) -> list[InputProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[InputProblem]:
        return [p for p in self.problems if p.severity == "warning"]


class _Skip(Exception):
    """Raised inside a loader to skip one article with a problem."""

    def __init__(self, message: str, hint: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.line = line


@dataclass(frozen=True, slots=True)
class _Raw:
    """What one input record said, before it becomes an Article."""

    path: str
    line: int | None
    cluster_id: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- entry point


def load_inputs(paths: Sequence[str | Path], *, max_bytes: int = 20_000_000) -> LoadedInput:
    """Load every article under `paths` into clusters; problems are collected, not raised.

    A directory is one cluster named after it (its .txt/.md/.html/.htm/.jsonl files); a JSON
    Lines file is one cluster named after the file unless lines carry "cluster_id"; loose
    text/HTML files form a cluster named after their directory.
    """
    problems: list[InputProblem] = []
    clusters: dict[str, list[Article]] = {}
    now = datetime.now(UTC)
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise InputError(
                str(path),
                "no such file or directory; pass a directory of articles or a .jsonl file",
            )
        for raw in _records(path, max_bytes, problems):
            try:
                article = _to_article(raw, now, problems)
            except _Skip as skip:
                problems.append(
                    InputProblem(
                        raw.path,
                        skip.line or raw.line,
                        skip.message,
                        skip.hint,
                        "error",
                        raw.cluster_id,
                    )
                )
                continue
            clusters.setdefault(article.cluster_id, []).append(article)
    clusters = {cid: _dedupe(arts, problems) for cid, arts in clusters.items()}
    for cid, arts in clusters.items():
        if len(arts) == 1:
            problems.append(
                InputProblem(
                    arts[0].path,
                    None,
                    f"cluster {cid!r} has only one article: nothing to compare",
                    "add at least one more article about the same story",
                    "error",
                    cid,
                )
            )
    return LoadedInput(clusters=clusters, problems=problems)


# ---------------------------------------------------------------------------- files -> records


def _records(path: Path, max_bytes: int, problems: list[InputProblem]) -> Iterator[_Raw]:
    if path.is_dir():
        files = sorted(
            f
            for f in path.iterdir()
            if f.is_file()
            and f.suffix.lower() in ARTICLE_SUFFIXES
            and not f.name.startswith(".")
            and not f.stem.lower().startswith(_DOC_STEMS)
        )
        if not files:
            problems.append(
                InputProblem(
                    str(path),
                    None,
                    "no article files found",
                    "add .txt, .md, .html or .jsonl files",
                )
            )
        for f in files:
            yield from _file_records(f, path.name, max_bytes, problems, jsonl_cluster=path.name)
    else:
        yield from _file_records(path, path.resolve().parent.name, max_bytes, problems)


def _file_records(
    path: Path,
    dir_cluster: str,
    max_bytes: int,
    problems: list[InputProblem],
    jsonl_cluster: str | None = None,
) -> Iterator[_Raw]:
    """Records of one file; a JSONL file's default cluster is its directory's name when it was
    found in a directory, else its own name."""
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        problems.append(
            InputProblem(
                where,
                None,
                f"unsupported file type {suffix or '(none)'}",
                "use .txt, .md, .html, .htm or .jsonl",
            )
        )
        return
    try:
        text, warnings = _read_text(path, max_bytes)
    except _Skip as skip:
        problems.append(InputProblem(where, None, skip.message, skip.hint))
        return
    for w in warnings:
        problems.append(InputProblem(where, None, w, "save the file as UTF-8", "warning"))
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_records(where, text, jsonl_cluster or path.stem, problems)
    elif suffix in HTML_SUFFIXES:
        yield _Raw(where, None, dir_cluster, html=text, warnings=warnings)
    else:
        yield _text_record(where, text, dir_cluster, warnings)


def _read_text(path: Path, max_bytes: int) -> tuple[str, tuple[str, ...]]:
    """Size check before reading; binary sniff; UTF-8, else cp1252 with a warning."""
    try:
        size = path.stat().st_size
        data = b"" if size == 0 or size > max_bytes else path.read_bytes()
    except OSError as exc:
        raise _Skip(
            f"cannot read the file ({exc.strerror or exc})", "check its permissions"
        ) from None
    if size == 0:
        raise _Skip("empty file", "remove it or add the article text")
    if size > max_bytes:
        raise _Skip(
            f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; not read",
            "split it into smaller files or raise the limit",
        )
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise _Skip("binary file, not text", "pass the article as .txt, .md, .html or .jsonl")
    try:
        text = data.decode("utf-8-sig")
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise _Skip(
                f"not UTF-8 text (byte {exc.start}) and not Windows-1252 either",
                "convert the file to UTF-8",
            ) from None
        warnings = (f"not UTF-8 (byte {exc.start}); decoded as Windows-1252, check the characters",)
    if not text.strip():
        raise _Skip("empty file (only whitespace)", "remove it or add the article text")
    return text, warnings


def _jsonl_records(
    where: str, text: str, stem: str, problems: list[InputProblem]
) -> Iterator[_Raw]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(
                InputProblem(
                    where,
                    n,
                    f"not valid JSON ({exc.msg} at column {exc.colno})",
                    "fix the line: one JSON object per line",
                )
            )
            continue
        if not isinstance(obj, dict):
            problems.append(
                InputProblem(
                    where,
                    n,
                    f"expected a JSON object, got {type(obj).__name__}",
                    "one object per line",
                )
            )
            continue
        bad = [k for k, v in obj.items() if v is not None and not isinstance(v, str | int | float)]
        if bad:
            problems.append(
                InputProblem(
                    where,
                    n,
                    f"field(s) {', '.join(map(repr, bad))} must be strings",
                    'use {"id", "source", "title", "url", "published", "text" or "html"}',
                )
            )
            continue

        def get(key: str, obj: dict[str, Any] = obj) -> str | None:
            v = obj.get(key)
            return None if v is None or str(v).strip() == "" else str(v)

        yield _Raw(
            where,
            n,
            get("cluster_id") or stem,
            text=get("text"),
            html=get("html"),
            id=get("id"),
            source=get("source"),
            title=get("title"),
            url=get("url"),
            published=get("published"),
        )


def _text_record(where: str, text: str, cluster: str, warnings: tuple[str, ...]) -> _Raw:
    """Plain text, optionally after a header of `Key: value` lines ended by a blank line."""
    header, body = _split_header(text)
    return _Raw(
        where,
        None,
        cluster,
        text=body,
        title=header.get("title"),
        source=header.get("source"),
        url=header.get("url"),
        published=header.get("published") or header.get("date"),
        warnings=warnings,
    )


def _split_header(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[i + 1 :])
            return {}, text
        m = _HEADER_LINE.match(line)
        if not m:
            return {}, text
        header[m.group(1).lower()] = m.group(2)
    return {}, text  # header lines only, no body: treated as text (and found empty/short)


# ---------------------------------------------------------------------------- record -> Article


def _to_article(raw: _Raw, now: datetime, problems: list[InputProblem]) -> Article:
    warnings = list(raw.warnings)
    unparsed = False
    title, source, url, published_str = raw.title, raw.source, raw.url, raw.published
    published: datetime | None = None
    if raw.html is not None:
        text, meta = _extract_html(raw.html)
        title = title or meta.get("title")
        source = source or meta.get("sitename")
        url = url or meta.get("url")
        if published_str is None and meta.get("date"):
            published_str = meta["date"]
    elif raw.text is not None:
        text = raw.text
    else:
        raise _Skip('no "text" or "html" field', 'give each line a "text" or an "html" field')
    if not text.strip():
        raise _Skip("no article text", "remove the empty article or add its text")
    if published_str is not None:
        published = _parse_published(published_str)
        if published is None:
            unparsed = True
            warnings.append(
                f"published {published_str!r} is not an ISO 8601 date; publication time unknown "
                "(use e.g. 2024-06-19T08:30:00+09:00)"
            )
    if published is None and published_str is None and raw.text is not None:
        published = _date_in_text(text)
    _check_language(text)
    spans = body_spans(text)
    if not spans:
        raise _Skip(
            "no article body left after removing boilerplate",
            "check that the file holds an article",
        )
    if published is None and not unparsed:
        warnings.append(
            'no publication date found; relative dates ("on Tuesday") cannot be resolved'
        )
    elif published is not None and _aware(published) > now + FUTURE_SLACK:
        warnings.append(f"published {published.isoformat()} is in the future; check the date")
    source = source or _default_source(raw)
    title = title or _first_line_title(text, spans) or Path(raw.path).stem
    article_id = raw.id or content_hash(source, normalize_for_id(text))
    for w in warnings[len(raw.warnings) :]:
        problems.append(InputProblem(raw.path, raw.line, w, "", "warning", raw.cluster_id))
    return Article(
        id=article_id,
        source=source,
        title=title,
        text=text,
        published=published,
        url=url,
        path=f"{raw.path}:{raw.line}" if raw.line is not None else raw.path,
        cluster_id=raw.cluster_id,
        body_spans=spans,
        warnings=tuple(warnings),
    )


def _extract_html(html: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata with trafilatura; scripts, styles and comments never reach the text."""
    import htmldate
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    if doc is None or not (doc.text or "").strip():
        raise _Skip(
            "no article text found in the HTML", "check that the page holds the article body"
        )
    meta = {k: v for k in ("title", "sitename", "url") if (v := getattr(doc, k, None))}
    # htmldate with original_date=True prefers the publication over the modification date and
    # keeps the time and offset when the page gives them (article:published_time).
    found = htmldate.find_date(
        html,
        original_date=True,
        extensive_search=False,
        outputformat="%Y-%m-%dT%H:%M:%S%z",
        max_date=(datetime.now(UTC) + timedelta(days=3650)).strftime("%Y-%m-%d"),
    )
    if found:
        meta["date"] = found.removesuffix("T00:00:00")
    elif getattr(doc, "date", None):
        meta["date"] = doc.date
    return doc.text, meta


def _parse_published(value: str) -> datetime | None:
    text = value.strip()
    if re.fullmatch(r".*[+-]\d{4}", text) and "T" in text:
        text = text[:-2] + ":" + text[-2:]  # +0900 -> +09:00 (htmldate's %z)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


_DATELINE = re.compile(
    r"^\s*(?:(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?)?"
    r"((?:\w+day,?\s+)?(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?)\s*$",
    re.IGNORECASE,
)


def _date_in_text(text: str) -> datetime | None:
    """A dateline near the top ("Published 19 June 2024, 08:30 +09:00"): an explicit date, not a guess."""
    import dateparser

    for line in text.splitlines()[:12]:
        m = _DATELINE.match(line)
        if m:
            parsed = dateparser.parse(
                m.group(1),
                settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
            )
            if parsed is not None:
                return parsed
    return None


def _check_language(text: str) -> None:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return
    share = sum(w in _ENGLISH_STOPWORDS for w in words) / len(words)
    if share < MIN_ENGLISH_SHARE:
        raise _Skip(
            f"does not look like English ({share:.0%} common English words, expected at least "
            f"{MIN_ENGLISH_SHARE:.0%})",
            "factcheck reads English articles only; translate it or leave it out",
        )


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def _default_source(raw: _Raw) -> str:
    if raw.line is not None:
        return raw.id or f"{Path(raw.path).stem}:{raw.line}"
    return Path(raw.path).stem


def _first_line_title(text: str, spans: tuple[tuple[int, int], ...]) -> str | None:
    """The first non-empty line when it sits before the body and reads like a headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            start = text.find(line)
            in_body = any(s <= start < e for s, e in spans)
            return None if in_body or len(line.split()) > 25 else line.lstrip("# ")
    return None


def _dedupe(articles: list[Article], problems: list[InputProblem]) -> list[Article]:
    """Keep the first article of each id and of each text; report the others."""
    seen_ids: dict[str, Article] = {}
    seen_text: dict[str, Article] = {}
    kept = []
    for a in articles:
        key = content_hash(normalize_for_id(a.text))
        first = seen_ids.get(a.id) or seen_text.get(key)
        if first is not None:
            what = "id" if a.id in seen_ids else "text"
            problems.append(
                InputProblem(
                    a.path,
                    None,
                    f"duplicate of {first.path} (same {what}); skipped",
                    "remove the duplicate or give it its own id",
                    "error",
                    a.cluster_id,
                )
            )
            continue
        seen_ids[a.id] = a
        seen_text[key] = a
        kept.append(a)
    return kept

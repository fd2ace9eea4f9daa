"""Refresh the example report in README.md from a real run on examples/putin-pyongyang.

    .venv/bin/python scripts/readme_example.py

Replaces the text between the `<!-- example:start -->` and `<!-- example:end -->` markers with
the command's real stderr line and an excerpt of its Markdown report (the first two conflicts,
the last conflict and the agreement matrix). tests/test_check_clusters.py checks the excerpt
against a fresh run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- example:start -->", "<!-- example:end -->"


def _sections(report: str) -> tuple[list[str], list[str], str, str]:
    head, _, rest = report.partition("### 1.")
    conflicts_part, _, after = ("### 1." + rest).partition("## Agreement between outlets")
    blocks = re.split(r"(?m)^(?=### \d+\. )", conflicts_part)
    blocks = [b.rstrip() + "\n" for b in blocks if b.strip()]
    matrix = "## Agreement between outlets" + after.split("## Timeline")[0]
    return [head.rstrip() + "\n"], blocks, matrix.rstrip() + "\n", report


def main() -> int:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "factcheck"), "check", "examples/putin-pyongyang/"],
        cwd=ROOT, capture_output=True, text=True, env=env, check=True,
    )
    head, blocks, matrix, _ = _sections(proc.stdout)
    shown = blocks[:2] + (["…\n"] if len(blocks) > 3 else []) + blocks[-1:]
    text = "\n".join([
        START,
        "```console",
        "$ .venv/bin/factcheck check examples/putin-pyongyang/",
        proc.stderr.strip(),
        "```",
        "",
        f"Its report (Markdown on stdout; an excerpt showing {len(shown) - (len(blocks) > 3)} of the "
        f"{len(blocks)} conflicts, without the timeline and the agreements):",
        "",
        "````markdown",
        head[0] + "\n" + "\n".join(shown) + "\n" + matrix + "````",
        END,
    ])
    readme = (ROOT / "README.md").read_text()
    if START not in readme or END not in readme:
        print("README.md has no example markers", file=sys.stderr)
        return 1
    new = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: text, readme, flags=re.S)
    (ROOT / "README.md").write_text(new)
    print("README.md example refreshed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

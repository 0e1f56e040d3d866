"""Write a scan's findings (JSON Lines, JSON or Parquet) and its stories (JSON Lines)."""

from __future__ import annotations

import io
import json
from typing import Any

from figcheck.errors import InputError
from figcheck.scan.run import ScanResult

FORMATS = ("jsonl", "json", "parquet")


def findings_jsonl(result: ScanResult) -> str:
    """One finding a line, then one line holding the summary."""
    lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in result.rows]
    lines.append(json.dumps({"summary": result.summary}, sort_keys=True))
    return "\n".join(lines) + "\n"


def findings_json(result: ScanResult) -> str:
    data = {"summary": result.summary, "findings": result.rows, "unchecked": result.unchecked}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def stories_jsonl(result: ScanResult) -> str:
    return "".join(
        json.dumps({"story": story[0], "documents": story}, ensure_ascii=False) + "\n"
        for story in result.stories
    )


def findings_parquet(result: ScanResult) -> bytes:
    """A table of findings (evidence as a list of structs); the summary in its metadata."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            "--format parquet needs the scan extra: pip install 'figcheck[scan]'"
        ) from None
    evidence = pa.list_(pa.struct([("document", pa.string()), ("start", pa.int64()),
                                   ("end", pa.int64()), ("line", pa.int64()),
                                   ("column", pa.int64()), ("text", pa.string())]))  # fmt: skip
    schema = pa.schema(
        [("story", pa.string()), ("rule", pa.string()), ("severity", pa.string()),
         ("message", pa.string()), ("evidence", evidence)],
        metadata={"figcheck.summary": json.dumps(result.summary, sort_keys=True)},
    )  # fmt: skip
    table = pa.Table.from_pylist(result.rows, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def render(result: ScanResult, fmt: str) -> str | bytes:
    writers: dict[str, Any] = {
        "jsonl": findings_jsonl,
        "json": findings_json,
        "parquet": findings_parquet,
    }
    return writers[fmt](result)


def write(path: str, data: str | bytes) -> None:
    """Write to ``path`` whole or not at all (figcheck.output_file); ``-``: stdout."""
    import sys

    if path == "-":
        sys.stdout.write(data if isinstance(data, str) else data.decode("utf-8"))
        return
    from figcheck.output_file import write_atomically

    write_atomically(path, data)


def summary_text(result: ScanResult) -> str:
    """The summary for a person, on standard error."""
    s = result.summary
    rules = ", ".join(f"{rule} {n}" for rule, n in s["findings_by_rule"].items()) or "none"
    return (
        f"{s['documents']} documents, {s['stories']} stories "
        f"({s['documents_in_stories']} documents; {s['documents_in_no_story']} in no story); "
        f"{s['findings']} findings ({rules}); {s['unchecked']} unchecked"
    )

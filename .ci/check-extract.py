#!/usr/bin/env python3
"""Checks a built output folder: extract.json against the shipped JSON Schema, extract.csv as
RFC 4180 with the SPEC's header, and that every extracted item appears in index.html with its
data-source. Usage: check-extract.py OUTPUT_DIR SCHEMA"""
import csv
import io
import json
import sys

import jsonschema

HEADER = ["session", "kind", "line", "text", "owner", "due", "done", "themes", "actors"]


def main(output, schema_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(f"{output}/extract.json", encoding="utf-8") as f:
        data = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    for error in errors:
        print(f"extract.json: {'/'.join(map(str, error.path))}: {error.message}")
    with open(f"{output}/extract.csv", "rb") as f:
        raw = f.read().decode("utf-8")
    problems = []
    if raw and not raw.endswith("\r\n"):
        problems.append("extract.csv: records must end with CRLF (RFC 4180)")
    rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    if not rows or rows[0] != HEADER:
        problems.append(f"extract.csv: header is {rows[0] if rows else None}, expected {HEADER}")
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADER):
            problems.append(f"extract.csv: record {number} has {len(row)} fields")
    items = sum(len(s["recommendations"]) + len(s["actions"]) for s in data["sessions"])
    if len(rows) - 1 != items:
        problems.append(f"extract.csv: {len(rows) - 1} records for {items} items in extract.json")
    with open(f"{output}/index.html", encoding="utf-8") as f:
        html = f.read()
    for session in data["sessions"]:
        for kind, css in (("recommendations", "recommendation"), ("actions", "action-item")):
            for item in session[kind]:
                source = f'data-source="{session["file"]}:{item["line"]}"'
                if source not in html:
                    problems.append(f"index.html: no {css} with {source}")
    for problem in problems:
        print(problem)
    if errors or problems:
        return 1
    print(f"extract.json valid against {schema_path}; extract.csv RFC 4180 with {len(rows) - 1} records; "
          f"{items} items found in index.html with their data-source")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

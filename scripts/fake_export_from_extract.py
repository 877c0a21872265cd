#!/usr/bin/env python3
"""Turns `newsgraph extract --jsonl` output into `export --format jsonl` mention records.

    fake_export_from_extract.py EXTRACT.jsonl > EXPORT.jsonl

A stand-in for the corpus store while it does not exist, so that scripts/eval_merge.py can be
run end to end: each entity mention of each article becomes
{"kind": "mention", "article", "start", "end", "text", "actor"} with actor = TYPE + ":" + the
entity's `name` (the fullest form its article uses), i.e. cross-article merging by exact name
within a type. Entities of types other than PERSON/ORG/GPE/LOC/NORP are dropped. Lines that are
error objects (no "entities") are skipped with a note on stderr.
"""
import json
import sys

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: fake_export_from_extract.py EXTRACT.jsonl")
    with open(sys.argv[1], encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            rec = json.loads(line)
            if "entities" not in rec:
                print(f"{sys.argv[1]}:{lineno}: no entities (skipped)", file=sys.stderr)
                continue
            for ent in rec["entities"]:
                if ent.get("type") not in KEEP:
                    continue
                actor = f"{ent['type']}:{ent['name']}"
                for m in ent.get("mentions", []):
                    print(json.dumps({"kind": "mention", "article": str(rec["id"]),
                                      "start": m["start"], "end": m["end"], "text": m["text"],
                                      "actor": actor}, ensure_ascii=False))


if __name__ == "__main__":
    main()

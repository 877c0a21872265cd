#!/usr/bin/env python3
"""Scores newsgraph on other projects' quotation unit tests (../shared/data/quotes/peer-tests).

Usage: python3 scripts/eval_peer.py [-v] [--cases FILE] NEWSGRAPH_BINARY

Runs `NEWSGRAPH extract --jsonl` once over every case's text and scores the `speech` cases
(statements with a speaker, not the `negative` ones) as the suite's SOURCE.md says:
- found: one predicted quote covers at least half of the expected content's characters;
- exact: the best-covering quote's text equals the expected quote once whitespace, quotation
  marks and end punctuation are trimmed (with --parts, any one of the quote's parts may match);
- speaker: an accepted name appears, as whole words, in the speaker entity's name or in the
  speaker mention's text.
Prints one line: the number of cases and the three rates. -v also lists each miss.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CASES = os.path.join(HERE, "..", "..", "shared", "data", "quotes", "peer-tests", "cases.jsonl")
MARKS = "\"“”‘’'`‹›«» \n"


def trim(s):
    return s.strip().strip(MARKS).rstrip(".,!?;:").strip(MARKS)


def char_offset(text_bytes, byte_offset):
    return len(text_bytes[:byte_offset].decode("utf-8", "ignore"))


def extract(binary, cases):
    lines = "\n".join(json.dumps({"id": c["case_id"], "text": c["text"]}) for c in cases)
    try:
        run = subprocess.run([binary, "extract", "--jsonl"], input=lines.encode(), capture_output=True)
    except OSError as e:
        sys.exit(f"eval_peer: cannot run {binary}: {e.strerror}")
    if run.returncode != 0:
        sys.exit(f"eval_peer: {binary} extract failed: {run.stderr.decode(errors='replace').strip()}")
    return {o["id"]: o for o in map(json.loads, run.stdout.decode().splitlines())}


def best_quote(case, result):
    """The predicted quote covering most of the expected content (at least half), or None."""
    text_bytes = case["text"].encode()
    es, ee = case["expected_start"], case["expected_end"]
    best = None
    for q in result["quotes"]:
        qs, qe = char_offset(text_bytes, q["start"]), char_offset(text_bytes, q["end"])
        cover = max(0, min(qe, ee) - max(qs, es)) / max(1, ee - es)
        if cover >= 0.5 and (best is None or cover > best[0]):
            best = (cover, q)
    return best[1] if best else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary", help="the newsgraph binary (e.g. build/newsgraph)")
    ap.add_argument("--cases", default=DEFAULT_CASES, help="cases.jsonl of the peer tests")
    ap.add_argument("--parts", action="store_true", help="exact if any one part matches")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each miss")
    args = ap.parse_args()
    if not os.path.isfile(args.cases):
        sys.exit(f"eval_peer: no cases file at {args.cases} (needs ../shared)")
    cases = [json.loads(line) for line in open(args.cases, encoding="utf-8") if line.strip()]
    speech = [c for c in cases if not c["negative"] and c["semantics"] == "speech"]
    results = extract(args.binary, speech)
    found = exact = speaker = 0
    for c in speech:
        expected = c["text"][c["expected_start"]:c["expected_end"]]
        q = best_quote(c, results[c["case_id"]])
        if q is None:
            if args.verbose:
                print("MISS", c["case_id"], repr(expected[:80]))
            continue
        found += 1
        want = trim(c.get("expected_quote") or expected)
        texts = [q["text"]] + ([p["text"] for p in q.get("parts", [])] if args.parts else [])
        is_exact = any(trim(t) == want for t in texts)
        entities = {e["id"]: e["name"] for e in results[c["case_id"]]["entities"]}
        names = (entities.get(q["speaker"]) or "") + " | " + ((q.get("speaker_mention") or {}).get("text") or "")
        is_right = any(re.search(r"\b" + re.escape(a) + r"\b", names) for a in c["speaker_accept"])
        exact += is_exact
        speaker += is_right
        if args.verbose and not (is_exact and is_right):
            print("EXACT" if not is_exact else "", "SPEAKER" if not is_right else "", c["case_id"],
                  repr(q["text"][:80]), "| expected", repr(want[:80]), "|", names)
    n = len(speech)
    try:
        print(f"speech cases {n}: found {found / n:.3f} exact {exact / n:.3f} speaker {speaker / n:.3f}",
              flush=True)
    except OSError as e:
        sys.exit(f"eval_peer: cannot write the scores: {e.strerror}")


if __name__ == "__main__":
    main()

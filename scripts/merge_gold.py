#!/usr/bin/env python3
"""Builds and checks the cross-article merge dev set (tests/gold/merge/).

The set is written by hand in one annotation file (tests/gold/merge/annotations.txt) and turned
into one JSON file per article, with byte spans into the article's `text` in corpus.jsonl:

    merge_gold.py propose ID [--corpus C]     print the article and its candidate names
    merge_gold.py build   [--corpus C] [--out DIR] [--spec FILE]
    merge_gold.py check   [--corpus C] [--gold DIR]

Annotation file format (one section per article):

    == <corpus id>
    Hillary Clinton = Hillary_Clinton PERSON     every whole-word occurrence of the pattern
    President [Obama] = Barack_Obama PERSON      brackets: only that part is the mention span
    Clinton#3 = Bill_Clinton PERSON              the 3rd occurrence only (1-based)
    Brown = -                                    occurrences that are not mentions
    # comment

Patterns are matched case-sensitively at word boundaries, longest pattern first; a longer
pattern claims its text, so "Hillary Clinton" is not also matched by "Clinton", and the
occurrence numbers of a pattern count only the occurrences left unclaimed by longer ones.
A specific "#N" rule takes precedence over the pattern's default rule. Errors (a pattern
that never matches, an "#N" past the last occurrence) stop the build with a one-line message.

Only standard-library Python; no article text is written beyond the mention strings.
"""
import argparse
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.join(REPO, "..", "shared", "data", "news", "corpus.jsonl")
DEFAULT_GOLD = os.path.join(REPO, "tests", "gold", "merge")
TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def fail(msg):
    sys.exit("merge_gold: " + msg)


def load_corpus(path, wanted=None):
    """Returns {id: record} for the ids in `wanted` (all when None)."""
    out = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if wanted is not None and not any(w in line for w in wanted):
                    continue
                rec = json.loads(line)
                if wanted is None or rec["id"] in wanted:
                    out[rec["id"]] = rec
    except OSError as e:
        fail(f"{path}: cannot read corpus: {e.strerror}")
    return out


def file_name(article_id):
    """A file name for an article id: path separators and odd characters become '_'."""
    return re.sub(r"[^A-Za-z0-9.-]+", "_", article_id).strip("_") + ".json"


def parse_spec(path):
    """Returns [(article_id, [(lineno, pattern, nth, identity, type)])]."""
    sections = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if not line:
                continue
            if line.startswith("== "):
                sections.append((line[3:].strip(), []))
                continue
            if not sections:
                fail(f"{path}:{lineno}: rule before the first '== id' line")
            lhs, sep, rhs = line.partition(" = ")
            if not sep:
                fail(f"{path}:{lineno}: expected 'PATTERN = IDENTITY TYPE' or 'PATTERN = -'")
            nth = 0
            m = re.fullmatch(r"(.*)#(\d+)", lhs.strip())
            pattern = m.group(1) if m else lhs.strip()
            if m:
                nth = int(m.group(2))
            rhs = rhs.split()
            if rhs == ["-"]:
                identity, typ = None, None
            elif len(rhs) == 2 and rhs[1] in TYPES:
                identity, typ = rhs
            else:
                fail(f"{path}:{lineno}: bad right-hand side {' '.join(rhs)!r}")
            if pattern.count("[") > 1 or pattern.count("[") != pattern.count("]"):
                fail(f"{path}:{lineno}: at most one [bracketed] span per pattern")
            sections[-1][1].append((lineno, pattern, nth, identity, typ))
    return sections


def find_all(text, literal):
    """Whole-word occurrences (char offsets) of `literal` in `text`."""
    out = []
    for m in re.finditer(re.escape(literal), text):
        s, e = m.start(), m.end()
        if s > 0 and (text[s - 1].isalnum()) and literal[0].isalnum():
            continue
        if e < len(text) and text[e].isalnum() and literal[-1].isalnum():
            continue
        out.append((s, e))
    return out


def annotate(text, rules, where):
    """Applies one article's rules; returns mentions with char offsets."""
    by_pattern = {}
    for rule in rules:
        by_pattern.setdefault(rule[1], []).append(rule)
    claimed = [False] * len(text)
    mentions = []
    for pattern in sorted(by_pattern, key=lambda p: -len(p.replace("[", "").replace("]", ""))):
        literal = pattern.replace("[", "").replace("]", "")
        inner_start = pattern.find("[")
        inner_len = pattern.find("]") - inner_start - 1 if inner_start >= 0 else len(literal)
        inner_start = max(inner_start, 0)
        hits = [(s, e) for s, e in find_all(text, literal) if not any(claimed[s:e])]
        rules_here = by_pattern[pattern]
        default = [r for r in rules_here if r[2] == 0]
        specific = {r[2]: r for r in rules_here if r[2] > 0}
        if len(default) > 1:
            fail(f"{where}: line {default[1][0]}: pattern {pattern!r} has two default rules")
        if not hits:
            fail(f"{where}: line {rules_here[0][0]}: pattern {pattern!r} matches nothing")
        for n in specific:
            if n > len(hits):
                fail(f"{where}: line {specific[n][0]}: {pattern!r}#{n} but only {len(hits)} left")
        for i, (s, e) in enumerate(hits, 1):
            rule = specific.get(i) or (default[0] if default else None)
            if rule is None:
                continue  # occurrences not covered by a #N rule and no default: untouched
            for k in range(s, e):
                claimed[k] = True
            if rule[3] is None:
                continue
            ms = s + inner_start
            mentions.append((ms, ms + inner_len, rule[4], rule[3]))
    mentions.sort()
    return mentions


def byte_offsets(text):
    """char index -> byte offset table (len(text)+1 entries)."""
    table = [0]
    for ch in text:
        table.append(table[-1] + len(ch.encode("utf-8")))
    return table


def build(args):
    sections = parse_spec(args.spec)
    ids = [a for a, _ in sections]
    if len(set(ids)) != len(ids):
        fail(f"{args.spec}: an article appears twice")
    corpus = load_corpus(args.corpus, set(ids))
    os.makedirs(args.out, exist_ok=True)
    for article_id, rules in sections:
        if article_id not in corpus:
            fail(f"{args.spec}: article {article_id!r} is not in {args.corpus}")
        rec = corpus[article_id]
        text = rec["text"]
        table = byte_offsets(text)
        mentions = [
            {"start": table[s], "end": table[e], "text": text[s:e], "type": t, "identity": ident}
            for s, e, t, ident in annotate(text, rules, f"{args.spec} [{article_id}]")
        ]
        doc = {
            "id": article_id,
            "source": rec.get("source", ""),
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "mentions": mentions,
        }
        with open(os.path.join(args.out, file_name(article_id)), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=0)
            f.write("\n")
    print(f"wrote {len(sections)} articles to {args.out}")


def check_dir(gold_dir, corpus_path):
    """Returns a list of problems (empty when every span matches its article)."""
    docs = load_gold(gold_dir)
    corpus = load_corpus(corpus_path, {d["id"] for d in docs})
    problems = []
    for d in docs:
        rec = corpus.get(d["id"])
        if rec is None:
            problems.append(f"{d['_file']}: article {d['id']!r} not in corpus")
            continue
        data = rec["text"].encode("utf-8")
        if hashlib.sha256(data).hexdigest() != d["sha256"]:
            problems.append(f"{d['_file']}: sha256 differs from the corpus text")
        last_end = -1
        for m in d["mentions"]:
            s, e = m["start"], m["end"]
            if not (0 <= s < e <= len(data)) or data[s:e].decode("utf-8", "replace") != m["text"]:
                problems.append(f"{d['_file']}: span [{s},{e}) is not {m['text']!r}")
            if s < last_end:
                problems.append(f"{d['_file']}: span [{s},{e}) overlaps the previous one")
            last_end = e
            if m["type"] not in TYPES or not m["identity"]:
                problems.append(f"{d['_file']}: span [{s},{e}) lacks a type or identity")
    return problems


def load_gold(gold_dir):
    docs = []
    for name in sorted(os.listdir(gold_dir)):
        if name.endswith(".json"):
            with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
                d = json.load(f)
            d["_file"] = name
            docs.append(d)
    return docs


def check(args):
    problems = check_dir(args.gold, args.corpus)
    for p in problems:
        print(p)
    docs = load_gold(args.gold)
    n = sum(len(d["mentions"]) for d in docs)
    ids = {m["identity"] for d in docs for m in d["mentions"]}
    units = {(d["id"], m["identity"]) for d in docs for m in d["mentions"]}
    print(f"{len(docs)} articles, {n} mentions, {len(units)} units, {len(ids)} identities; "
          f"{len(problems)} problems")
    return 1 if problems else 0


def propose(args):
    rec = load_corpus(args.corpus, {args.id}).get(args.id)
    if rec is None:
        fail(f"{args.id!r} not in corpus")
    text = rec["text"]
    print(text)
    print("---- candidates")
    runs = {}
    conn = r"(?:\s(?:of|the|for|de|van|von|and)\s|\s|-|\.\s?)"
    for m in re.finditer(r"[A-Z][\w'’.&-]*(?:%s[A-Z][\w'’.&-]*)*" % conn, text):
        runs[m.group(0)] = runs.get(m.group(0), 0) + 1
    print("; ".join(f"{k} x{v}" if v > 1 else k for k, v in runs.items()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("build")
    p.add_argument("--spec", default=os.path.join(DEFAULT_GOLD, "annotations.txt"))
    p.add_argument("--out", default=DEFAULT_GOLD)
    p = sub.add_parser("check")
    p.add_argument("--gold", default=DEFAULT_GOLD)
    p = sub.add_parser("propose")
    p.add_argument("id")
    args = ap.parse_args()
    if args.cmd == "build":
        build(args)
    elif args.cmd == "check":
        sys.exit(check(args))
    else:
        propose(args)


if __name__ == "__main__":
    main()

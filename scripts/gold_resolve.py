#!/usr/bin/env python3
"""Checks a span-based gold file (tests/gold/*.gold.json) against the corpus and prints it resolved.

Verifies that the article text in corpus.jsonl still has the recorded sha256, and that every span
lies inside the text, starts and ends on UTF-8 character boundaries, is non-empty and has no
leading/trailing whitespace; that speaker/subject/object indices point at entities. Then prints
the gold in the string form of shared/gold/*.gold.json (name, aliases, roles; quote text, speaker
name, cue; relations as [subject name, type, object name]) so it can be proofread against the
article or compared with `newsgraph eval gold`.

Usage: gold_resolve.py [--corpus corpus.jsonl] [--context] [--quiet] gold.json [gold.json ...]
Exit status: 0 when every file checks out, 1 when any problem was found, 2 on usage errors.
Python 3 standard library only.
"""
import argparse
import hashlib
import json
import os
import sys

DEFAULT_CORPUS = "/work/shared/data/news/corpus.jsonl"


def load_corpus_texts(corpus_path, wanted_ids):
    """Returns {id: text} for the wanted ids, reading corpus.jsonl once."""
    texts = {}
    with open(corpus_path, encoding="utf-8") as corpus:
        for line in corpus:
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("id") in wanted_ids:
                texts[record["id"]] = record["text"]
            if len(texts) == len(wanted_ids):
                break
    return texts


def is_continuation_byte(byte):
    return (byte & 0xC0) == 0x80


class GoldChecker:
    """Resolves one gold file's spans against the article bytes, collecting problems."""

    def __init__(self, gold_path, gold, text_bytes):
        self.gold_path = gold_path
        self.gold = gold
        self.data = text_bytes
        self.problems = []

    def problem(self, where, message):
        self.problems.append(f"{self.gold_path}: {where}: {message}")

    def span_text(self, span, where, allow_null=False):
        """Returns the span's string, or None (recording a problem) when it is malformed."""
        if span is None:
            if not allow_null:
                self.problem(where, "span missing")
            return None
        if (not isinstance(span, list) or len(span) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
            self.problem(where, f"span is not [start, end] integers: {span!r}")
            return None
        start, end = span
        if not 0 <= start < end <= len(self.data):
            self.problem(where, f"span {span} outside text of {len(self.data)} bytes or empty")
            return None
        if is_continuation_byte(self.data[start]) or (
                end < len(self.data) and is_continuation_byte(self.data[end])):
            self.problem(where, f"span {span} splits a UTF-8 character")
            return None
        try:
            piece = self.data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            self.problem(where, f"span {span} is not valid UTF-8")
            return None
        if piece != piece.strip():
            self.problem(where, f"span {span} has leading/trailing whitespace: {piece!r}")
        return piece

    def context(self, span, width=50):
        start, end = span
        before = self.data[max(0, start - width):start].decode("utf-8", "replace")
        after = self.data[end:end + width].decode("utf-8", "replace")
        inside = self.data[start:end].decode("utf-8", "replace")
        return (before + "[[" + inside + "]]" + after).replace("\n", " | ")

    def entity_index_ok(self, index, where):
        entities = self.gold.get("entities", [])
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(entities):
            self.problem(where, f"entity index {index!r} out of range")
            return False
        return True

    def resolve(self, with_context=False):
        """Returns the resolved gold (string form); context lines are added when asked."""
        resolved = {"article": self.gold.get("article"), "entities": [], "quotes": [],
                    "relations": []}
        names = []
        for i, entity in enumerate(self.gold.get("entities", [])):
            where = f"entities[{i}]"
            name = self.span_text(entity.get("name_span"), where + ".name_span")
            names.append(name)
            item = {"type": entity.get("type"), "name": name,
                    "aliases": [self.span_text(s, f"{where}.alias_spans[{k}]")
                                for k, s in enumerate(entity.get("alias_spans", []))],
                    "roles": [self.span_text(s, f"{where}.role_spans[{k}]")
                              for k, s in enumerate(entity.get("role_spans", []))]}
            if entity.get("type") not in ("PERSON", "ORG", "GPE", "LOC", "NORP"):
                self.problem(where, f"unknown entity type {entity.get('type')!r}")
            resolved["entities"].append(item)
        for i, quote in enumerate(self.gold.get("quotes", [])):
            where = f"quotes[{i}]"
            if quote.get("type") not in ("direct", "indirect", "mixed"):
                self.problem(where, f"unknown quote type {quote.get('type')!r}")
            text = self.span_text(quote.get("span"), where + ".span")
            mention = self.span_text(quote.get("speaker_span"), where + ".speaker_span",
                                     allow_null=True)
            cue = self.span_text(quote.get("cue_span"), where + ".cue_span", allow_null=True)
            speaker = quote.get("speaker")
            if speaker is not None and self.entity_index_ok(speaker, where + ".speaker"):
                speaker_name = names[speaker]
            else:
                speaker_name = mention  # unnamed source: its description in the text
            item = {"type": quote.get("type"), "speaker": speaker_name, "cue": cue, "text": text}
            if with_context:
                item["speaker_mention"] = mention
                for field in ("span", "speaker_span", "cue_span"):
                    span = quote.get(field)
                    if span and text is not None:
                        item[field + "_context"] = self.context(span, 40)
            resolved["quotes"].append(item)
        for i, relation in enumerate(self.gold.get("relations", [])):
            where = f"relations[{i}]"
            subject, obj = relation.get("subject"), relation.get("object")
            ok = self.entity_index_ok(subject, where + ".subject")
            ok = self.entity_index_ok(obj, where + ".object") and ok
            if not isinstance(relation.get("type"), str) or not relation.get("type"):
                self.problem(where, "relation type missing")
            evidence = self.span_text(relation.get("evidence_span"), where + ".evidence_span")
            triple = [names[subject] if ok else None, relation.get("type"),
                      names[obj] if ok else None]
            if with_context:
                resolved["relations"].append({"triple": triple, "evidence": evidence})
            else:
                resolved["relations"].append(triple)
        return resolved


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="span-based gold file(s)")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus.jsonl path")
    parser.add_argument("--context", action="store_true",
                        help="also print quote/speaker/cue mentions in context and evidence")
    parser.add_argument("--quiet", action="store_true", help="only report problems")
    args = parser.parse_args(argv)

    golds = []
    for path in args.gold:
        with open(path, encoding="utf-8") as f:
            golds.append((path, json.load(f)))
    wanted = {gold.get("corpus_id") for _, gold in golds if gold.get("corpus_id")}
    if not os.path.exists(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    texts = load_corpus_texts(args.corpus, wanted)

    all_problems = []
    outputs = []
    for path, gold in golds:
        corpus_id = gold.get("corpus_id")
        if corpus_id not in texts:
            all_problems.append(f"{path}: corpus_id {corpus_id!r} not in {args.corpus}")
            continue
        data = texts[corpus_id].encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        checker = GoldChecker(path, gold, data)
        if digest != gold.get("text_sha256"):
            checker.problem("text_sha256", f"article text changed (now {digest})")
        outputs.append(checker.resolve(with_context=args.context))
        all_problems.extend(checker.problems)

    if not args.quiet:
        print(json.dumps(outputs[0] if len(outputs) == 1 else outputs, indent=1,
                         ensure_ascii=False))
    for line in all_problems:
        print("PROBLEM " + line, file=sys.stderr)
    if all_problems:
        return 1
    print(f"ok: {len(golds)} file(s), all spans valid", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

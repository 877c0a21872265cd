#!/usr/bin/env python3
"""Checks the merge dev set (tests/gold/merge/*.json) and the confirmation set
(tests/gold/merge-confirm/*.json) against ../shared/data/news/corpus.jsonl.

Every mention span must be the bytes of its `text` in the article, spans must not overlap, every
mention needs a type and an identity key, and annotations.txt must rebuild the same files.
Skips visibly (exit 77 under CTest) when ../shared is absent.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPTS = os.path.join(REPO, "scripts")
GOLD = os.path.join(REPO, "tests", "gold", "merge")
CONFIRM = os.path.join(REPO, "tests", "gold", "merge-confirm")
CORPUS = os.environ.get("NEWSGRAPH_CORPUS",
                        os.path.join(REPO, "..", "shared", "data", "news", "corpus.jsonl"))
sys.path.insert(0, SCRIPTS)
import merge_gold  # noqa: E402


def rebuild_problems(gold_dir):
    """Rebuilds gold_dir from its annotations.txt; returns (rebuilt, committed) file sets and
    the names whose contents differ."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, os.path.join(SCRIPTS, "merge_gold.py"), "--corpus",
                        CORPUS, "build", "--spec", os.path.join(gold_dir, "annotations.txt"),
                        "--out", out], check=True, capture_output=True)
        differ = []
        for name in os.listdir(out):
            with open(os.path.join(out, name)) as a, open(os.path.join(gold_dir, name)) as b:
                if json.load(a) != json.load(b):
                    differ.append(name)
        committed = {n for n in os.listdir(gold_dir) if n.endswith(".json")}
        return set(os.listdir(out)), committed, differ


@unittest.skipUnless(os.path.exists(CORPUS), f"no ../shared ({CORPUS} absent)")
class MergeGoldTest(unittest.TestCase):
    def test_spans_match_corpus(self):
        problems = merge_gold.check_dir(GOLD, CORPUS)
        self.assertEqual(problems, [])

    def test_size_and_collisions(self):
        docs = merge_gold.load_gold(GOLD)
        self.assertGreaterEqual(len(docs), 40)
        by_identity = {}
        for d in docs:
            for m in d["mentions"]:
                by_identity.setdefault(m["identity"], set()).add(d["id"])
        # The set exists to test namesakes: several people per family name recur.
        for family, least in (("Clinton", 3), ("Bush", 4), ("Trump", 4), ("Howard", 3)):
            people = [i for i in by_identity if i.split("_(")[0].endswith(family)
                      or i.split("_(")[0].endswith(family + "_Jr.")]
            self.assertGreaterEqual(len(people), least, family)

    def test_annotations_rebuild_the_files(self):
        rebuilt, committed, differ = rebuild_problems(GOLD)
        self.assertEqual(differ, [])
        self.assertEqual(rebuilt, committed)


@unittest.skipUnless(os.path.exists(CORPUS), f"no ../shared ({CORPUS} absent)")
class MergeConfirmTest(unittest.TestCase):
    """The confirmation set (tests/gold/merge-confirm/, annotated blind): same checks."""

    def test_spans_match_corpus(self):
        self.assertEqual(merge_gold.check_dir(CONFIRM, CORPUS), [])

    def test_disjoint_from_the_dev_set(self):
        dev = {d["id"] for d in merge_gold.load_gold(GOLD)}
        confirm = {d["id"] for d in merge_gold.load_gold(CONFIRM)}
        self.assertGreaterEqual(len(confirm), 16)
        self.assertEqual(dev & confirm, set())

    def test_annotations_rebuild_the_files(self):
        rebuilt, committed, differ = rebuild_problems(CONFIRM)
        self.assertEqual(differ, [])
        self.assertEqual(rebuilt, committed)


class SpecParserTest(unittest.TestCase):
    """The annotation rules, on a made-up sentence (no corpus needed)."""

    def test_longest_first_brackets_and_ordinals(self):
        text = "Mr Howard met Michael Howard. Howard and Mrs Howard left; Howard stayed."
        rules = [(1, "Michael Howard", 0, "MH", "PERSON"), (2, "Mr [Howard]", 0, "MH", "PERSON"),
                 (3, "Mrs [Howard]", 0, "SH", "PERSON"), (4, "Howard", 0, "MH", "PERSON"),
                 (5, "Howard", 2, "JH", "PERSON")]
        got = [(text[s:e], ident) for s, e, _, ident in merge_gold.annotate(text, rules, "t")]
        self.assertEqual(got, [("Howard", "MH"), ("Michael Howard", "MH"), ("Howard", "MH"),
                               ("Howard", "SH"), ("Howard", "JH")])

    def test_pattern_that_matches_nothing_is_an_error(self):
        with self.assertRaises(SystemExit):
            merge_gold.annotate("Blair spoke.", [(1, "Brown", 0, "GB", "PERSON")], "t")

    def test_whole_words_only(self):
        got = merge_gold.annotate("Bushes and Bush.", [(1, "Bush", 0, "B", "PERSON")], "t")
        self.assertEqual([(s, e) for s, e, _, _ in got], [(11, 15)])


if __name__ == "__main__":
    result = unittest.main(exit=False).result
    corpus_tests = sum(len(unittest.defaultTestLoader.getTestCaseNames(c))
                       for c in (MergeGoldTest, MergeConfirmTest))
    skipped = result.skipped and len(result.skipped) == corpus_tests
    sys.exit(1 if not result.wasSuccessful() else 77 if skipped else 0)

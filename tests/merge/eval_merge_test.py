#!/usr/bin/env python3
"""Tests of scripts/eval_merge.py on a tiny hand-made example; the figures are worked out by hand.

Gold (byte spans; the article texts themselves are not needed):
  A1: Hillary Clinton [0,15) and [20,27) -> H;  Bill Clinton [30,42) -> B
  A2: [0,7) and [30,37) -> H;                   [10,22) -> B
  A3: [0,15) -> H;                              [20,25) -> O (Barack Obama)
Export mentions (actor, text):
  A1: [0,15) a1 "Hillary Clinton", [20,27) a1 "Clinton", [30,42) a1 "Bill Clinton"
  A2: [0,7) a1 "Clinton", [10,22) a2 "Bill Clinton", [30,37) a3 "Clinton"
  A3: [0,15) a1 "HILLARY CLINTON"; nothing over [20,25)
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "scripts")
sys.path.insert(0, SCRIPTS)
import eval_merge  # noqa: E402

GOLD = {
    "A1": [(0, 15, "Hillary_Clinton", "PERSON"), (20, 27, "Hillary_Clinton", "PERSON"),
           (30, 42, "Bill_Clinton", "PERSON")],
    "A2": [(0, 7, "Hillary_Clinton", "PERSON"), (10, 22, "Bill_Clinton", "PERSON"),
           (30, 37, "Hillary_Clinton", "PERSON")],
    "A3": [(0, 15, "Hillary_Clinton", "PERSON"), (20, 25, "Barack_Obama", "PERSON")],
}
EXPORT = {
    "A1": [(0, 15, "a1", "Hillary Clinton"), (20, 27, "a1", "Clinton"),
           (30, 42, "a1", "Bill Clinton")],
    "A2": [(0, 7, "a1", "Clinton"), (10, 22, "a2", "Bill Clinton"), (30, 37, "a3", "Clinton")],
    "A3": [(0, 15, "a1", "HILLARY CLINTON")],
}


class LabelTest(unittest.TestCase):
    def test_labels(self):
        labels = eval_merge.label_units(GOLD, EXPORT)
        self.assertEqual(labels[("A1", "Hillary_Clinton")], "a1")
        self.assertEqual(labels[("A1", "Bill_Clinton")], "a1")
        # A tie (a1 and a3 one vote each) goes to the actor of the earliest gold mention.
        self.assertEqual(labels[("A2", "Hillary_Clinton")], "a1")
        self.assertEqual(labels[("A2", "Bill_Clinton")], "a2")
        # No overlapping export mention: a label of its own.
        self.assertNotIn(labels[("A3", "Barack_Obama")], {"a1", "a2", "a3"})

    def test_overlap_not_containment(self):
        # A predicted span that only partly overlaps a gold mention still votes.
        labels = eval_merge.label_units({"X": [(10, 20, "P", "PERSON")]},
                                        {"X": [(15, 30, "z", "Q")]})
        self.assertEqual(labels[("X", "P")], "z")


class PairwiseTest(unittest.TestCase):
    def test_pairwise_by_hand(self):
        # a1 holds (A1,H),(A1,B),(A2,H),(A3,H): C(4,2)=6 pairs less the A1-A1 pair = 5 predicted.
        # Gold pairs: H in 3 articles = 3, B in 2 = 1, O = 0 -> 4. Correct: the 3 H pairs in a1.
        pw = eval_merge.pairwise(eval_merge.label_units(GOLD, EXPORT))
        self.assertEqual((pw["pairs_predicted"], pw["pairs_gold"], pw["pairs_correct"]), (5, 4, 3))
        self.assertAlmostEqual(pw["precision"], 0.6)
        self.assertAlmostEqual(pw["recall"], 0.75)
        self.assertAlmostEqual(pw["f1"], 2 * 0.6 * 0.75 / 1.35)

    def test_bcubed_by_hand(self):
        # precision per unit: 3/4, 1/4, 3/4, 1, 3/4, 1 -> 4.5/6; recall: 1, 1/2, 1, 1/2, 1, 1 -> 5/6
        b3 = eval_merge.bcubed(eval_merge.label_units(GOLD, EXPORT))
        self.assertAlmostEqual(b3["precision"], 0.75)
        self.assertAlmostEqual(b3["recall"], 5 / 6)

    def test_same_article_pairs_do_not_count(self):
        gold = {"A": [(0, 1, "X", "PERSON"), (2, 3, "Y", "PERSON")]}
        pw = eval_merge.pairwise(eval_merge.label_units(gold, {"A": [(0, 3, "a", "x")]}))
        self.assertEqual(pw["pairs_predicted"], 0)
        self.assertEqual(pw["precision"], 1.0)

    def test_namesake_errors(self):
        errors = eval_merge.namesake_errors(eval_merge.label_units(GOLD, EXPORT), GOLD)
        self.assertEqual(len(errors), 1)
        self.assertEqual(errors[0]["identities"], ["Bill_Clinton", "Hillary_Clinton"])
        self.assertEqual(errors[0]["label"], "a1")

    def test_identity_surname(self):
        self.assertEqual(eval_merge.identity_surname("George_H._W._Bush"), "bush")
        self.assertEqual(eval_merge.identity_surname("Donald_Trump_Jr."), "trump")
        self.assertEqual(eval_merge.identity_surname("Jane_Kennedy_(politician)"), "kennedy")


class BaselineTest(unittest.TestCase):
    def score(self, mode):
        return eval_merge.pairwise(eval_merge.label_units(GOLD, EXPORT, baseline=mode))

    def test_exact(self):
        # Names: A1H "Hillary Clinton", A1B/A2B "Bill Clinton", A2H "Clinton", A3H "HILLARY
        # CLINTON": only the two Bill units share a label -> 1 predicted, 1 correct of 4 gold.
        pw = self.score("exact")
        self.assertEqual((pw["pairs_predicted"], pw["pairs_correct"]), (1, 1))
        self.assertAlmostEqual(pw["recall"], 0.25)

    def test_normalised(self):
        # Case folding joins A1H and A3H ("hillary clinton"): 2 predicted, 2 correct.
        pw = self.score("normalised")
        self.assertEqual((pw["pairs_predicted"], pw["pairs_correct"]), (2, 2))
        self.assertAlmostEqual(pw["recall"], 0.5)

    def test_surname(self):
        # Five "clinton" units: C(5,2)=10 less the A1 and A2 inner pairs = 8; correct 3 + 1 = 4.
        pw = self.score("surname")
        self.assertEqual((pw["pairs_predicted"], pw["pairs_correct"]), (8, 4))
        self.assertAlmostEqual(pw["precision"], 0.5)
        self.assertAlmostEqual(pw["recall"], 1.0)

    def test_normalise(self):
        self.assertEqual(eval_merge.normalise("Mr. Blair's"), "blair")
        self.assertEqual(eval_merge.normalise("Président Müller"), "muller")
        self.assertEqual(eval_merge.normalise("the Labour Party"), "labour party")
        self.assertEqual(eval_merge.surname("Donald Trump Jr."), "trump")


class CommandLineTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        gold_dir = os.path.join(self.dir.name, "gold")
        os.mkdir(gold_dir)
        for article, mentions in GOLD.items():
            doc = {"id": article, "mentions": [
                {"start": s, "end": e, "text": "", "type": t, "identity": i}
                for s, e, i, t in mentions]}
            with open(os.path.join(gold_dir, article + ".json"), "w") as f:
                json.dump(doc, f)
        self.gold_dir = gold_dir
        self.export = os.path.join(self.dir.name, "export.jsonl")
        with open(self.export, "w") as f:
            f.write(json.dumps({"kind": "actor", "id": "a1", "name": "Hillary Clinton"}) + "\n")
            for article, mentions in EXPORT.items():
                for s, e, actor, text in mentions:
                    f.write(json.dumps({"kind": "mention", "article": article, "start": s,
                                        "end": e, "text": text, "actor": actor}) + "\n")
            f.write(json.dumps({"kind": "mention", "article": "elsewhere", "start": 0, "end": 3,
                                "text": "x", "actor": "a1"}) + "\n")

    def tearDown(self):
        self.dir.cleanup()

    def run_script(self, *args):
        return subprocess.run([sys.executable, os.path.join(SCRIPTS, "eval_merge.py"), *args],
                              capture_output=True, text=True)

    def test_json_output(self):
        out = self.run_script("--json", self.gold_dir, self.export)
        self.assertEqual(out.returncode, 0, out.stderr)
        result = json.loads(out.stdout)
        self.assertAlmostEqual(result["pairwise"]["precision"], 0.6)
        self.assertEqual(result["gold_mentions"], 8)
        self.assertEqual(result["gold_mentions_covered"], 7)
        self.assertEqual(len(result["namesake_errors"]), 1)

    def test_text_output_names_the_error(self):
        # Only A1's Bill unit carries a1 (A2's carries a2): 1 article beside Hillary's 3.
        out = self.run_script(self.gold_dir, self.export)
        self.assertIn("P 0.6000  R 0.7500", out.stdout)
        self.assertIn("Bill_Clinton (1 articles) + Hillary_Clinton (3 articles) -> a1", out.stdout)

    def test_type_filter(self):
        # Only PERSON gold here, so --type PERSON changes nothing and --type ORG leaves no units.
        out = self.run_script("--json", "--type", "PERSON", self.gold_dir, self.export)
        self.assertEqual(json.loads(out.stdout)["units"], 6)
        out = self.run_script("--type", "ORG", self.gold_dir, self.export)
        self.assertEqual(out.returncode, 2)
        self.assertIn("no gold mentions", out.stderr)

    def test_bad_line_is_one_line_error(self):
        with open(self.export, "a") as f:
            f.write("{not json\n")
        out = self.run_script(self.gold_dir, self.export)
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr.strip(),
                         r"^eval_merge: .*export\.jsonl:\d+: not a JSON object$")

    def test_missing_gold_dir(self):
        out = self.run_script(os.path.join(self.dir.name, "nope"), self.export)
        self.assertEqual(out.returncode, 2)
        self.assertIn("not a directory", out.stderr)


if __name__ == "__main__":
    unittest.main()

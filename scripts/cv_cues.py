#!/usr/bin/env python3
"""End-to-end k-fold cross-validation of the quote stage's cue model on PolNeAR train.

For each fold, `newsgraph train cues` learns a cue model from the other folds (optionally with
the content-end ranker at a given margin) and `newsgraph eval quotes` scores the held-out fold;
the matches are summed over the folds and the F1 figures printed per configuration. This is
how the choices in docs/training.md (thresholds, the ranker's margin) are made on training
data, before dev is looked at.

Usage: scripts/cv_cues.py [--program build/newsgraph] [--train DIR] [--folds 5] [--seed 11]
                          CONFIG...
  CONFIG is "none" (no content-end ranker) or a margin for the ranker ("1", "3", ...).
Example: scripts/cv_cues.py none 1 3

Writes its fold folders (links to the PolNeAR files) and models under a temporary directory,
removed at the end.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold_dir(base, name, train, names, ann):
    d = os.path.join(base, name)
    os.makedirs(os.path.join(d, "text"))
    os.makedirs(os.path.join(d, "attributions"))
    for a in names:
        os.symlink(os.path.join(train, "text", a + ".txt"), os.path.join(d, "text", a + ".txt"))
        for f in ann.get(a, []):
            os.symlink(os.path.join(train, "attributions", f), os.path.join(d, "attributions", f))
    return d


def run(cmd):
    """Runs a newsgraph command; exits with its last error line when it fails."""
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["no message"])[-1]
        sys.exit(f"cv_cues: {' '.join(cmd[1:3])} failed (exit {r.returncode}): {last}")
    return r.stdout


def score(output):
    """(gold, predicted, lenient, strict, exact, speaker right, speaker total) of eval quotes."""
    gold = int(re.search(r"gold quotes: (\d+)", output)[1])
    pred = int(re.search(r"predicted quotes: (\d+)", output)[1])
    matched = [int(x) for x in re.findall(r"\(matched (\d+)\)", output)][:3]
    right, total = map(int, re.search(
        r"lenient matches with a gold source\): [\d.]+\s+\((\d+) / (\d+)\)", output).groups())
    return [gold, pred] + matched + [right, total]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("configs", nargs="+", help='"none" or a content-end ranker margin')
    ap.add_argument("--program", default=os.path.join(ROOT, "build", "newsgraph"))
    ap.add_argument("--train", default=os.path.join(ROOT, "..", "shared", "data", "quotes",
                                                    "polnear", "data", "train"))
    ap.add_argument("--models", default=os.path.join(ROOT, "models"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.train, "text")):
        sys.exit(f"cv_cues: no PolNeAR folder at {args.train} (text/, attributions/)")
    if args.folds < 2:
        sys.exit(f"cv_cues: --folds {args.folds}: needs at least 2 folds")
    if not (os.path.isfile(args.program) and os.access(args.program, os.X_OK)):
        sys.exit(f"cv_cues: {args.program}: no such program (build newsgraph first)")
    for c in args.configs:
        try:
            if c != "none":
                float(c)
        except ValueError:
            sys.exit(f"cv_cues: {c!r}: not 'none' nor a margin (a number)")
    articles = sorted(f[:-4] for f in os.listdir(os.path.join(args.train, "text")))
    ann = {}
    for f in os.listdir(os.path.join(args.train, "attributions")):
        ann.setdefault(f.rsplit("_", 1)[0], []).append(f)
    random.Random(args.seed).shuffle(articles)
    folds = [articles[i::args.folds] for i in range(args.folds)]
    totals = {c: [0] * 7 for c in args.configs}
    base = tempfile.mkdtemp(prefix="cv_cues_")
    try:
        for k in range(args.folds):
            rest = [a for j in range(args.folds) if j != k for a in folds[j]]
            train = fold_dir(base, f"train{k}", args.train, rest, ann)
            test = fold_dir(base, f"test{k}", args.train, folds[k], ann)
            for c in args.configs:
                models = os.path.join(base, f"models_{c}")
                if not os.path.isdir(models):
                    shutil.copytree(args.models, models)
                cmd = [args.program, "train", "cues", "--train", train, "--end-folds", "0",
                       "--clusters", os.path.join(models, "clusters.txt"),
                       "--out", os.path.join(models, "cues.bin")]
                if c != "none":
                    cmd += ["--ner-model", os.path.join(models, "ner.bin"), "--end-margin", c]
                run(cmd)
                out = run([args.program, "--models", models, "eval", "quotes", test])
                totals[c] = [a + b for a, b in zip(totals[c], score(out))]
            print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    lines = [f"{args.folds}-fold cross-validation on {args.train} (seed {args.seed}):"]
    for c, (gold, pred, lenient, strict, exact, right, total) in totals.items():
        f1 = lambda m: 200.0 * m / (gold + pred)
        lines.append(f"  {c:>5}: lenient {f1(lenient):.2f}  strict {f1(strict):.2f}  "
                     f"exact {f1(exact):.2f}  speaker {100.0 * right / total:.2f} ({right}/{total})")
    try:
        sys.stdout.write("\n".join(lines) + "\n")
        sys.stdout.flush()
    except OSError as e:
        sys.stderr.write(f"cv_cues: cannot write the results: {e.strerror}\n")
        os._exit(3)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores cross-article actor merging on the merge dev set (CONTRACT.md, "Cross-article actors").

    eval_merge.py [--baseline exact|normalised|surname] [--type T ...] [--json]
                  GOLD_DIR EXPORT.jsonl

GOLD_DIR holds one JSON file per article ({"id", "mentions": [{"start", "end", "text", "type",
"identity"}]}, byte spans; see tests/gold/merge/README.md). EXPORT.jsonl is the output of
`newsgraph export --format jsonl`; only its {"kind": "mention", "article", "start", "end",
"text", "actor"} records are read, and only those of articles in GOLD_DIR.

Units and labels. Every (article, gold identity) pair is one unit. A gold mention votes for each
distinct actor among the export mentions of its article whose byte span overlaps it; the unit's
label is the actor with the most votes (ties: the actor that covers the earliest gold mention,
then the smaller id). A unit with no overlapping export mention gets a label of its own.

Pairwise scores, over pairs of units in different articles:
    precision = of the pairs with one label, the share with one identity
    recall    = of the pairs with one identity, the share with one label
    F1        = their harmonic mean
(precision is 1 when no pair shares a label; recall is 1 when no pair shares an identity).
B-cubed precision/recall/F1 over all units are printed too. `--type PERSON` (repeatable) keeps
only the gold mentions of those types (the export is not filtered).

Baselines (--baseline) ignore the export's actor ids and label each unit from the texts of the
export mentions overlapping its gold mentions, taking the longest such text (ties: the one that
comes first in code-point order) as the unit's name:
    exact       the name exactly as written;
    normalised  the name case-folded, diacritics removed, "'s"/"'" possessive, periods and
                commas dropped, hyphens turned into spaces, then leading titles and honorifics
                (Mr, Mrs, President, Sen, Gov, Sir, Prince, ...; see TITLES) and a leading "the"
                removed, whitespace collapsed;
    surname     the last word of the normalised name (a trailing jr/sr/ii/iii is dropped first).

Namesake errors: pairs of different PERSON identities that end up with one label (in any
articles) and share a surname (the last word of the identity key, without a parenthesised
qualifier or a Jr./Sr. suffix), with the articles where each occurs.

Standard-library Python only. Exit status: 0, or 2 with a one-line message on bad input.
"""
import argparse
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
    "prince", "princess", "president", "vice", "senator", "sen", "sens", "governor", "gov",
    "rep", "representative", "congressman", "congresswoman", "secretary", "chancellor",
    "minister", "prime", "premier", "judge", "gen", "col", "capt", "rev", "chairman", "mayor",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


class InputError(Exception):
    pass


def load_gold(gold_dir):
    """Returns {article: [(start, end, identity, type)]} sorted by start."""
    if not os.path.isdir(gold_dir):
        raise InputError(f"{gold_dir}: not a directory")
    gold = {}
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(gold_dir, name)
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            mentions = [(int(m["start"]), int(m["end"]), str(m["identity"]), m.get("type", ""))
                        for m in doc["mentions"]]
            gold[str(doc["id"])] = sorted(mentions)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise InputError(f"{path}: not a merge gold file ({e})")
    if not gold:
        raise InputError(f"{gold_dir}: no *.json gold files")
    return gold


def load_export(path, articles):
    """Returns {article: [(start, end, actor, text)]} for mention records of `articles`."""
    out = defaultdict(list)
    try:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot open ({e.strerror})")
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                raise InputError(f"{path}:{lineno}: not a JSON object")
            if not isinstance(rec, dict) or rec.get("kind") != "mention":
                continue
            article = str(rec.get("article"))
            if article not in articles:
                continue
            try:
                out[article].append((int(rec["start"]), int(rec["end"]), str(rec["actor"]),
                                     str(rec.get("text", ""))))
            except (KeyError, TypeError, ValueError):
                raise InputError(f"{path}:{lineno}: mention record lacks start/end/actor")
    return out


def normalise(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("\u2019", "'")
    if s.endswith("'s"):
        s = s[:-2]
    s = s.rstrip("'")
    s = s.replace(".", " ").replace(",", " ").replace("-", " ")
    words = s.split()
    while words and (words[0] in TITLES or words[0] == "the"):
        words = words[1:]
    return " ".join(words) if words else " ".join(s.split())


def surname(name):
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def baseline_label(mode, texts):
    name = sorted(texts, key=lambda t: (-len(t), t))[0]
    if mode == "exact":
        return "exact:" + name
    if mode == "normalised":
        return "norm:" + normalise(name)
    return "surname:" + surname(name)


def label_units(gold, export, baseline=None):
    """Returns {(article, identity): label}."""
    labels = {}
    for article, mentions in gold.items():
        predicted = export.get(article, [])
        by_identity = defaultdict(list)
        for start, end, identity, _ in mentions:
            by_identity[identity].append((start, end))
        for identity, spans in by_identity.items():
            votes, first, texts = Counter(), {}, []
            for i, (s, e) in enumerate(spans):
                hits = [p for p in predicted if p[0] < e and s < p[1]]
                texts.extend(p[3] for p in hits if p[3])
                for actor in {p[2] for p in hits}:
                    votes[actor] += 1
                    first.setdefault(actor, i)
            if baseline:
                label = baseline_label(baseline, texts) if texts else None
            elif votes:
                label = min(votes, key=lambda a: (-votes[a], first[a], a))
            else:
                label = None
            labels[(article, identity)] = label if label is not None else ("unlinked", article,
                                                                            identity)
    return labels


def cross_article_pairs(units):
    """Pairs among `units` (a list of (article, identity)) that lie in different articles."""
    n = len(units)
    per_article = Counter(a for a, _ in units)
    return n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in per_article.values())


def pairwise(labels):
    by_label, by_identity, by_both = defaultdict(list), defaultdict(list), defaultdict(list)
    for unit, label in labels.items():
        by_label[label].append(unit)
        by_identity[unit[1]].append(unit)
        by_both[(label, unit[1])].append(unit)
    predicted = sum(cross_article_pairs(u) for u in by_label.values())
    true = sum(cross_article_pairs(u) for u in by_identity.values())
    both = sum(cross_article_pairs(u) for u in by_both.values())
    p = both / predicted if predicted else 1.0
    r = both / true if true else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "pairs_predicted": predicted,
            "pairs_gold": true, "pairs_correct": both}


def bcubed(labels):
    label_size, identity_size, both_size = Counter(), Counter(), Counter()
    for (article, identity), label in labels.items():
        label_size[label] += 1
        identity_size[identity] += 1
        both_size[(label, identity)] += 1
    n = len(labels)
    p = sum(both_size[(l, u[1])] / label_size[l] for u, l in labels.items()) / n
    r = sum(both_size[(l, u[1])] / identity_size[u[1]] for u, l in labels.items()) / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def identity_surname(identity):
    words = identity.split("_(")[0].replace("_", " ").replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in SUFFIXES:
        words = words[:-1]
    return words[-1].lower() if words else ""


def namesake_errors(labels, gold):
    person = {ident for ms in gold.values() for _, _, ident, t in ms if t == "PERSON"}
    members = defaultdict(lambda: defaultdict(set))
    for (article, identity), label in labels.items():
        if identity in person:
            members[label][identity].add(article)
    errors = []
    for label, identities in members.items():
        names = sorted(identities)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if identity_surname(a) == identity_surname(b):
                    errors.append({"label": label if isinstance(label, str) else None,
                                   "identities": [a, b],
                                   "articles": [sorted(identities[a]), sorted(identities[b])]})
    return errors


def main(argv=None):
    ap = argparse.ArgumentParser(description="Pairwise precision/recall of cross-article actors.")
    ap.add_argument("gold_dir")
    ap.add_argument("export", help="newsgraph export --format jsonl output, or - for stdin")
    ap.add_argument("--baseline", choices=["exact", "normalised", "surname"])
    ap.add_argument("--type", action="append", dest="types", metavar="T",
                    help="score only gold mentions of this type (PERSON, ORG, GPE, LOC, NORP)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    try:
        gold = load_gold(args.gold_dir)
        if args.types:
            gold = {a: [m for m in ms if m[3] in args.types] for a, ms in gold.items()}
            gold = {a: ms for a, ms in gold.items() if ms}
            if not gold:
                wanted = ", ".join(args.types)
                raise InputError(f"{args.gold_dir}: no gold mentions of type {wanted}")
        export = load_export(args.export, set(gold))
    except InputError as e:
        print(f"eval_merge: {e}", file=sys.stderr)
        return 2
    labels = label_units(gold, export, args.baseline)
    gold_mentions = sum(len(m) for m in gold.values())
    covered = sum(1 for a, ms in gold.items() for s, e, _, _ in ms
                  if any(p[0] < e and s < p[1] for p in export.get(a, [])))
    result = {
        "system": f"baseline-{args.baseline}" if args.baseline else "export actors",
        "types": args.types or "all",
        "articles": len(gold), "articles_in_export": sum(1 for a in gold if export.get(a)),
        "gold_mentions": gold_mentions, "gold_mentions_covered": covered,
        "units": len(labels), "identities": len({i for _, i in labels}),
        "pairwise": pairwise(labels), "bcubed": bcubed(labels),
        "namesake_errors": namesake_errors(labels, gold),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    pw, b3 = result["pairwise"], result["bcubed"]
    print(f"system: {result['system']}; gold types: {result['types']}")
    print(f"articles {result['articles']} ({result['articles_in_export']} in export), "
          f"gold mentions {gold_mentions} ({covered} overlapped by an export mention), "
          f"units {result['units']}, identities {result['identities']}")
    print(f"pairwise  P {pw['precision']:.4f}  R {pw['recall']:.4f}  F1 {pw['f1']:.4f}  "
          f"(pairs: {pw['pairs_correct']} correct, {pw['pairs_predicted']} predicted, "
          f"{pw['pairs_gold']} gold)")
    print(f"b-cubed   P {b3['precision']:.4f}  R {b3['recall']:.4f}  F1 {b3['f1']:.4f}")
    print(f"namesake errors: {len(result['namesake_errors'])}")
    for err in result["namesake_errors"]:
        a, b = err["identities"]
        print(f"  {a} ({len(err['articles'][0])} articles) + {b} ({len(err['articles'][1])} "
              f"articles) -> {err['label']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

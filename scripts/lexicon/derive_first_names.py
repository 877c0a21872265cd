#!/usr/bin/env python3
"""Derives data/lexicon/first-names.tsv from the MIT-licensed npm package
gender-detection-from-name (https://github.com/DavideViolante/gender-detection-from-name).

Usage:
  cd "$(mktemp -d)" && npm pack gender-detection-from-name && tar xzf gender-detection-from-name-*.tgz
  scripts/lexicon/derive_first_names.py package > data/lexicon/first-names.tsv

A name gets the gender the package's getGender(name) returns with no language given: the
English table first, then Italian, Spanish, French, German and Turkish. Only names of plain
ASCII letters are kept (the resolve stage matches lower-cased ASCII name tokens). Output: one
"name<TAB>m|f" line per name, sorted by name, after a header comment.
"""
import json
import re
import sys
from pathlib import Path

ORDER = ["en", "it", "es", "fr", "de", "tr"]
ENTRY = re.compile(r"\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    pkg = Path(sys.argv[1])
    version = json.loads((pkg / "package.json").read_text())["version"]
    gender = {}
    for lang in ORDER:
        for name, g in ENTRY.findall((pkg / "names" / f"{lang}.js").read_text(encoding="utf-8")):
            name = name.lower()
            if re.fullmatch(r"[a-z]+", name) and name not in gender:
                gender[name] = "m" if g == "male" else "f"
    print(f"# First names and their usual gender, derived by scripts/lexicon/derive_first_names.py")
    print(f"# from the npm package gender-detection-from-name {version} (MIT, (c) 2019 Davide Violante).")
    for name in sorted(gender):
        print(f"{name}\t{gender[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the word lists used by the lossy "â" repair (src/text/lossy.cc).

Outputs (committed, regenerate with `python3 scripts/build-lexicons.py`):
  data/lexicon/a-circumflex-words.txt  LEX: lower-cased words that really contain "â"
  src/text/lex_a_circumflex.inc        the same list as a C++ string literal
  src/text/lex_english.inc             EN: lower-case English words (for rules W2/W4)

Sources are Debian word lists (see NOTICE): wfrench, wportuguese, wbrazilian (full forms),
hunspell-vi, hunspell-ro, hunspell-tr (stems + affix rules) and wamerican (English).
Hunspell affixes are expanded generically (suffixes, then prefixes on cross-product entries,
one level, continuation flags ignored). From the expanded hunspell forms only those that the
rules can ever look up are kept: forms where an "â" starts or ends the word or is followed by
a final "s"; every stem is kept whole. Full-form lists are kept whole. Python 3 stdlib only.
"""
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT = "/usr/share/dict"
HUNSPELL = "/usr/share/hunspell"
A_CIRC = "\u00e2"


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n") for line in f]


def full_form_words(path):
    return {unicodedata.normalize("NFC", w.strip()) for w in read_lines(path) if w.strip()}


def parse_flags(flag_text, flag_mode):
    if flag_mode == "num":
        return [f for f in flag_text.split(",") if f]
    if flag_mode == "long":
        return [flag_text[i:i + 2] for i in range(0, len(flag_text), 2)]
    return list(flag_text)


def parse_aff(path):
    flag_mode = "char"
    rules = {}  # flag -> (kind, cross, [(strip, add, regex)])
    lines = read_lines(path)
    i = 0
    while i < len(lines):
        parts = lines[i].split()
        i += 1
        if not parts:
            continue
        if parts[0] == "FLAG" and len(parts) > 1:
            flag_mode = parts[1]
        if parts[0] in ("SFX", "PFX") and len(parts) >= 4 and parts[2] in ("Y", "N"):
            kind, flag, cross, count = parts[0], parts[1], parts[2] == "Y", int(parts[3])
            entries = []
            for _ in range(count):
                if i >= len(lines):
                    break
                p = lines[i].split()
                i += 1
                if len(p) < 4:
                    continue
                strip = "" if p[2] == "0" else p[2]
                add = p[3].split("/")[0]
                add = "" if add == "0" else add
                cond = p[4] if len(p) > 4 else "."
                try:
                    rx = re.compile(cond + "$" if kind == "SFX" else "^" + cond)
                except re.error:
                    continue
                entries.append((strip, add, rx))
            rules[flag] = (kind, cross, entries)
    return flag_mode, rules


def expand_hunspell(dic_path, aff_path):
    flag_mode, rules = parse_aff(aff_path)
    stems, forms = set(), set()
    lines = read_lines(dic_path)
    for line in lines[1:]:
        line = line.split("\t")[0].strip()
        if not line or A_CIRC not in line.lower():
            continue
        word, _, flag_text = line.partition("/")
        word = unicodedata.normalize("NFC", word)
        flags = parse_flags(flag_text.split()[0] if flag_text else "", flag_mode)
        stems.add(word)
        suffixed = [(word, True)]
        for flag in flags:
            kind, cross, entries = rules.get(flag, (None, False, []))
            if kind != "SFX":
                continue
            for strip, add, rx in entries:
                if rx.search(word) and word.endswith(strip):
                    suffixed.append((word[:len(word) - len(strip)] + add, cross))
        for form, cross in suffixed:
            forms.add(form)
            if not cross:
                continue
            for flag in flags:
                kind, pcross, entries = rules.get(flag, (None, False, []))
                if kind != "PFX" or not pcross:
                    continue
                for strip, add, rx in entries:
                    if rx.search(form) and form.startswith(strip):
                        forms.add(add + form[len(strip):])
    return stems, forms


def lookup_relevant(word):
    """True when a rule could look the word up: "â" at an edge, or before a final "s"."""
    return word.startswith(A_CIRC) or word.endswith(A_CIRC) or word.endswith(A_CIRC + "s")


def build_lex():
    words = set()
    for name in ("french", "portuguese", "brazilian"):
        words |= {w for w in full_form_words(os.path.join(DICT, name)) if A_CIRC in w.lower()}
    for lang in ("vi_VN", "ro_RO", "tr_TR"):
        stems, forms = expand_hunspell(os.path.join(HUNSPELL, lang + ".dic"),
                                       os.path.join(HUNSPELL, lang + ".aff"))
        words |= stems
        words |= {f for f in forms if lookup_relevant(f.lower())}
    out = set()
    for w in words:
        w = w.lower()
        if A_CIRC in w and " " not in w and "'" not in w:
            out.add(w)
    return sorted(out, key=lambda s: s.encode("utf-8"))


def build_english():
    out = set()
    for w in read_lines(os.path.join(DICT, "american-english")):
        if w and w.isascii() and w.isalpha() and w.islower() and len(w) <= 12:
            out.add(w)
    return sorted(out)


def c_literal_lines(words):
    """Adjacent string literals of about 90 bytes each ("w1\\nw2\\n...")."""
    lines, cur = [], ""
    for w in words:
        esc = w.replace("\\", "\\\\").replace('"', '\\"') + "\\n"
        if cur and len(cur) + len(esc) > 90:
            lines.append('    "%s"' % cur)
            cur = ""
        cur += esc
    if cur:
        lines.append('    "%s"' % cur)
    return "\n".join(lines)


def write_inc(path, symbol, words, what):
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/build-lexicons.py; do not edit. %s\n" % what)
        f.write("// %d words, lower-case, sorted by UTF-8 bytes, each followed by a newline.\n"
                % len(words))
        f.write("// Sources and licences: see NOTICE.\n")
        f.write("// clang-format off\n")
        f.write("constexpr char %s[] =\n%s;\n" % (symbol, c_literal_lines(words)))
        f.write("// clang-format on\n")


def main():
    lex = build_lex()
    en = build_english()
    os.makedirs(os.path.join(ROOT, "data", "lexicon"), exist_ok=True)
    with open(os.path.join(ROOT, "data", "lexicon", "a-circumflex-words.txt"), "w",
              encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in lex))
    write_inc(os.path.join(ROOT, "src", "text", "lex_a_circumflex.inc"), "kLexACircumflex", lex,
              "Words that legitimately contain U+00E2.")
    write_inc(os.path.join(ROOT, "src", "text", "lex_english.inc"), "kLexEnglish", en,
              "Lower-case English words (length <= 12).")
    print("LEX: %d words, EN: %d words" % (len(lex), len(en)), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks the project's size limits on its C++ sources (the files git tracks):

  - no source file over 700 lines (.cc .h .cpp .hpp .inc);
  - no function of 120 lines or more, counted from the line its signature starts on to the
    line of its closing brace. Lambdas count with the function around them; a lambda at
    namespace scope (a command's registration) counts as a function of its own.

Usage: scripts/check_sizes.py [--top N] [REPO]    (REPO defaults to this script's repository)
Prints the longest functions and files, then each violation, and exits 1 when there is one.
Functions are found by reading the code's braces, not by compiling it: comments, string and
character literals (raw strings included) are blanked first, and a "{" opens a function when the
text before it, back to the previous ";", "{" or "}", ends in a parameter list (with optional
qualifiers, a trailing return type or a constructor's initializer list) and does not start
with a control keyword.
"""
import argparse
import os
import re
import subprocess
import sys

MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 120  # a function must be shorter than this
SOURCE_EXTENSIONS = (".cc", ".h", ".cpp", ".hpp", ".inc")
CONTROL = re.compile(r"^\s*(?:if|for|while|switch|catch|do|else|return|case|default)\b")
NOT_FUNCTION = re.compile(r"^\s*(?:namespace|class|struct|union|enum|extern)\b|=\s*$")


def blank_literals(text):
    """Replaces comments and literals by spaces, keeping newlines (line numbers stay)."""
    out, i, n = [], 0, len(text)

    def blank(s):
        return re.sub(r"[^\n]", " ", s)

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(blank(text[i:j]))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(blank(text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum()):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i)
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append('""' + blank(text[i + 2:j]))
            i = j
        elif c in "\"'" and not (c == "'" and i > 0 and text[i - 1].isalnum()):
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + blank(text[i + 1:j - 1]) + c)
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def is_function_head(head):
    head = head.strip()
    if not head or CONTROL.match(head) or NOT_FUNCTION.search(head):
        return False
    if head.count("(") != head.count(")") or ")" not in head:
        return False
    # Text after the parameter list: qualifiers, a trailing return type or an initializer list.
    depth, close = 0, -1
    for k, ch in enumerate(head):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                close = k
                break
    rest = head[close + 1:].strip()
    return (rest == "" or rest.startswith("->") or rest.startswith(":") or
            re.match(r"^(?:const|noexcept|override|final|mutable|&|&&|\s|->.*|\(.*\))*$", rest)
            is not None or re.match(r"^(?:const\s*)?(?:noexcept\s*)?(?:->\s*.+)$", rest) is not None)


def functions(path, text):
    """Yields (name, first_line, last_line) for each function defined in `text`."""
    code = blank_literals(text)
    stack = []  # per open brace: None (not a function) or (name, start_line) for a function
    in_function = 0
    head_start = 0
    line = 1
    for i, ch in enumerate(code):
        if ch == "\n":
            line += 1
        elif ch == "{":
            head = code[head_start:i]
            entry = None
            if in_function == 0 and is_function_head(head):
                first = head_start + len(head) - len(head.lstrip())
                start_line = code.count("\n", 0, first) + 1
                name = re.sub(r"\s+", " ", head.strip().split("(")[0])[-60:]
                entry = (name, start_line)
                in_function += 1
            stack.append(entry)
            head_start = i + 1
        elif ch == "}":
            if stack:
                entry = stack.pop()
                if entry is not None:
                    in_function -= 1
                    yield entry[0], entry[1], line
            head_start = i + 1
        elif ch == ";":
            head_start = i + 1
        elif ch == "#" and (i == 0 or code[i - 1] == "\n"):
            head_start = code.find("\n", i) + 1 or len(code)  # a preprocessor line is no head


def tracked_sources(repo):
    names = subprocess.run(["git", "-C", repo, "ls-files"], capture_output=True, text=True,
                           check=True).stdout.split("\n")
    return [n for n in names if n.endswith(SOURCE_EXTENSIONS)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", nargs="?",
                        default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--top", type=int, default=10, help="how many of the longest to list")
    args = parser.parse_args()
    files, funcs = [], []
    for name in tracked_sources(args.repo):
        with open(os.path.join(args.repo, name), encoding="utf-8", errors="replace") as f:
            text = f.read()
        files.append((text.count("\n") + (0 if text.endswith("\n") else 1), name))
        for fn, first, last in functions(name, text):
            funcs.append((last - first + 1, name, first, fn))
    files.sort(reverse=True)
    funcs.sort(reverse=True)
    print("%d source files, %d functions" % (len(files), len(funcs)))
    print("longest functions (lines, file:line, name):")
    for n, name, first, fn in funcs[:args.top]:
        print("  %4d  %s:%d  %s" % (n, name, first, fn))
    print("longest files (lines):")
    for n, name in files[:args.top]:
        print("  %4d  %s" % (n, name))
    bad = ["file over %d lines: %s (%d)" % (MAX_FILE_LINES, name, n)
           for n, name in files if n > MAX_FILE_LINES]
    bad += ["function of %d lines or more: %s:%d %s (%d)" % (MAX_FUNCTION_LINES, name, first, fn, n)
            for n, name, first, fn in funcs if n >= MAX_FUNCTION_LINES]
    for line in bad:
        print("VIOLATION: " + line)
    print("ok: within the limits" if not bad else "%d violation(s)" % len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

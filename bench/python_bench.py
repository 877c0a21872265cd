#!/usr/bin/env python3
"""Python and Dask beside the CLI, on the same articles (figures, not assertions).

    PYTHONPATH=build/python /usr/bin/python3 bench/python_bench.py [N_ARTICLES]

Reports words/s and peak RSS of: `newsgraph extract --jsonl -j 1`, `newsgraph.extract` in a
loop (one thread), `newsgraph.extract_many(threads=2)`, then `newsgraph ingest -j 2` against
`python3 -m newsgraph.dask --workers 2` into fresh stores. Peak RSS of the child processes is
taken from /usr/bin/time; the Python loops run in child interpreters so each is measured alone.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "build", "newsgraph")
CORPUS = os.path.join(ROOT, "..", "shared", "data", "news", "corpus.jsonl")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def timed(cmd, env=None):
    """(seconds, peak RSS in MB) of a command, via GNU time."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=env)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr.decode(errors='replace')[-2000:]}")
    rss_kb = int(proc.stderr.decode().strip().splitlines()[-1])
    return seconds, rss_kb / 1024


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    if not os.path.exists(CORPUS):
        sys.exit(f"no {CORPUS}")
    tmp = tempfile.mkdtemp(prefix="newsgraph-pybench-")
    path = os.path.join(tmp, "articles.jsonl")
    words = 0
    with open(CORPUS, "rb") as src, open(path, "wb") as dst:
        for i, line in enumerate(src):
            if i == n:
                break
            dst.write(line)
            words += len(json.loads(line)["text"].split())
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "build", "python"))
    loop = ("import json,sys,newsgraph\n"
            "for l in open(sys.argv[1],'rb'):\n"
            "    r=json.loads(l); newsgraph.extract(r['text'], id=r['id'])\n")
    many = ("import json,sys,newsgraph\n"
            "recs=(json.loads(l) for l in open(sys.argv[1],'rb'))\n"
            "for _ in newsgraph.extract_many(recs, threads=int(sys.argv[2])): pass\n")
    rows = [
        ("extract --jsonl -j 1", [BINARY, "extract", "--jsonl", "-j", "1", path]),
        ("extract --jsonl -j 2", [BINARY, "extract", "--jsonl", "-j", "2", path]),
        ("newsgraph.extract loop", [PY, "-c", loop, path]),
        ("extract_many threads=1", [PY, "-c", many, path, "1"]),
        ("extract_many threads=2", [PY, "-c", many, path, "2"]),
        ("ingest -j 2", [BINARY, "ingest", "--db", os.path.join(tmp, "ingest.db"), "-j", "2",
                         path]),
        ("newsgraph.dask --workers 2", [PY, "-m", "newsgraph.dask", "--db",
                                        os.path.join(tmp, "dask.db"), "--workers", "2", path]),
    ]
    print(f"{n} articles, {words} words")
    print(f"{'run':30} {'seconds':>8} {'words/s':>10} {'peak MB':>8}")
    for name, cmd in rows:
        seconds, rss = timed(cmd, env)
        print(f"{name:30} {seconds:8.2f} {words / seconds:10.0f} {rss:8.0f}")


if __name__ == "__main__":
    main()

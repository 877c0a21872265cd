#!/usr/bin/env python3
"""How soon `extract --jsonl` answers in a pipe, and its throughput.

Usage: bench/stream_latency.py BINARY CORPUS.jsonl [EXTRA ARGS...]

Starts BINARY extract --jsonl [ARGS] reading a pipe, waits 3 s (so start-up is not counted),
writes the corpus's first line, and times the first output line from that moment (waiting at
most 5 s before closing the input). Then runs again on the whole corpus from the file and
times it: lines/s, words/s (words = whitespace-separated words of the "text" fields), MB/s.
A benchmark, not a test.
"""
import json
import subprocess
import sys
import threading
import time


def main():
    binary, corpus, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(corpus, "rb") as f:
        lines = f.readlines()
    words = sum(len(json.loads(l).get("text", "").split()) for l in lines if l.strip())
    p = subprocess.Popen([binary, "extract", "--jsonl", *extra], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(3)
    got_first = threading.Event()
    stamps = {}
    count = [0]

    def read():
        for _ in p.stdout:
            if count[0] == 0:
                stamps["first"] = time.perf_counter()
                got_first.set()
            count[0] += 1

    reader = threading.Thread(target=read)
    reader.start()
    t0 = time.perf_counter()
    p.stdin.write(lines[0])
    p.stdin.flush()
    waited = got_first.wait(timeout=5)  # an output held in a buffer never comes on its own
    p.stdin.close()
    reader.join()
    p.wait()
    t_first = stamps.get("first", float("nan")) - t0
    note = "" if waited else " (only when its input was closed)"
    # Throughput: the whole corpus from a file, output through a pipe.
    t1 = time.perf_counter()
    with open(corpus, "rb") as f:
        q = subprocess.Popen([binary, "extract", "--jsonl", *extra], stdin=f,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        n = sum(1 for _ in q.stdout)
        q.wait()
    total = time.perf_counter() - t1
    mb = sum(len(l) for l in lines) / 1e6
    print(f"{' '.join(extra) or '(default)'}: first line {t_first * 1000:.1f} ms after its input"
          f"{note}; whole corpus: {n} lines in {total:.2f} s, {n / total:.0f} lines/s, "
          f"{words / total:.0f} words/s, {mb / total:.2f} MB/s")


if __name__ == "__main__":
    main()

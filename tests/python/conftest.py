"""Shared fixtures: the built program, the shared data folder, real corpus articles."""
import itertools
import json
import os
import shutil

import pytest

BINARY = os.environ.get("NEWSGRAPH_BINARY", "build/newsgraph")
SHARED = os.environ.get("NEWSGRAPH_SHARED_DIR", "../shared")
CORPUS = os.path.join(SHARED, "data", "news", "corpus.jsonl")
SEED = os.path.join(SHARED, "seeds", "000_dce158b59031fd31.txt")


def corpus_lines(n, start=0):
    """The first `n` lines of corpus.jsonl from `start` (skips the test when it is absent)."""
    if not os.path.exists(CORPUS):
        pytest.skip(f"no {CORPUS} (../shared is not beside this checkout)")
    with open(CORPUS, "rb") as f:
        return list(itertools.islice(f, start, start + n))


@pytest.fixture
def binary():
    if not os.path.exists(BINARY):
        pytest.skip(f"no {BINARY}")
    return BINARY


@pytest.fixture
def seed_text():
    if not os.path.exists(SEED):
        pytest.skip(f"no {SEED}")
    with open(SEED, "rb") as f:
        return f.read()

"""newsgraph.Store: the corpus store from Python gives what the CLI gives."""
import json
import subprocess

import pytest

import newsgraph
from conftest import corpus_lines


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    d = tmp_path_factory.mktemp("store")
    src = d / "bbc.jsonl"
    # BBC politics stories name Blair, Brown and Howard again and again.
    lines = [l for l in corpus_lines(2400) if b"bbc/politics" in l][:60]
    src.write_bytes(b"".join(lines))
    path = str(d / "news.db")
    with newsgraph.Store(path) as store:
        report = store.ingest([str(src)], threads=2)
        assert report["added"] == len(lines) and report["skipped"] == 0
        again = store.ingest(str(src))
        assert again["added"] == 0 and again["unchanged"] == len(lines)
    return path


def test_queries_match_the_cli(store_path, binary):
    with newsgraph.Store(store_path, read_only=True) as store:
        found = store.actors("Blair", limit=5)
        assert found and "Blair" in found[0]["name"]
        cli = json.loads(subprocess.run(
            [binary, "query", "actors", "--db", store_path, "--json", "--top", "5", "Blair"],
            capture_output=True, check=True).stdout)
        cli_list = cli["actors"] if isinstance(cli, dict) else cli
        assert [a["id"] for a in found] == [a["id"] for a in cli_list]
        detail = store.actor(found[0]["id"])
        assert detail["articles"] and detail["aliases"]
        assert store.explain(found[0]["id"])
        by = store.quotes(speaker=found[0]["id"], limit=3)
        assert all(q["speaker"] == found[0]["id"] for q in by)


def test_unknown_actor_is_a_key_error(store_path):
    with newsgraph.Store(store_path, read_only=True) as store:
        with pytest.raises(KeyError):
            store.actor("a999999999")


def test_bad_store_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "not-a-store.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(RuntimeError, match="not-a-store.db"):
        newsgraph.Store(str(bad))


def test_export_graphml(store_path, tmp_path, binary, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_BINARY", binary)
    out = tmp_path / "g.graphml"
    with newsgraph.Store(store_path, read_only=True) as store:
        store.export("graphml", str(out))
        actors = len(store.actors(limit=100000))
    assert out.read_text().count("<node ") == actors

"""newsgraph.dask on a real local Dask cluster: the store equals `newsgraph ingest`'s, also
when a worker process is killed in the middle of the run."""
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import corpus_lines

dask_dist = pytest.importorskip("distributed", reason="python3-distributed is not installed")
import newsgraph.dask as ngdask  # noqa: E402


def canonical_export(binary, db):
    """The store's jsonl export with actor ids replaced by (type, name), sorted."""
    out = subprocess.run([binary, "export", "--db", db, "--format", "jsonl"],
                         capture_output=True, check=True).stdout
    records = [json.loads(l) for l in out.splitlines()]
    key = {r["id"]: (r["type"], r["name"]) for r in records if r["kind"] == "actor"}
    canon = []
    for r in records:
        r = dict(r)
        if r["kind"] == "actor":
            r.pop("id")
        for field in ("actor", "speaker", "subject", "object"):
            if r.get(field) in key:
                r[field] = key[r[field]]
        canon.append(json.dumps(r, sort_keys=True))
    return sorted(canon), len(key)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    path = tmp_path_factory.mktemp("input") / "articles.jsonl"
    path.write_bytes(b"".join(corpus_lines(500)))
    return str(path)


@pytest.fixture(scope="module")
def ingest_export(articles, tmp_path_factory):
    binary = os.environ.get("NEWSGRAPH_BINARY", "build/newsgraph")
    if not os.path.exists(binary):
        pytest.skip(f"no {binary}")
    db = str(tmp_path_factory.mktemp("ingest") / "ingest.db")
    subprocess.run([binary, "ingest", "--db", db, "-j", "2", articles], check=True,
                   capture_output=True)
    return canonical_export(binary, db)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(c)
    yield client
    client.close()
    c.close()


def test_dask_store_equals_ingest(articles, ingest_export, cluster, tmp_path, binary):
    db = str(tmp_path / "dask.db")
    totals = ngdask.run([articles], db, cluster, blocksize=200_000)
    assert totals["partitions"] > 2 and totals["articles"] == 500 and totals["errors"] == 0
    got, actors = canonical_export(binary, db)
    assert actors > 100
    assert got == ingest_export[0]


def test_dask_survives_a_killed_worker(articles, ingest_export, cluster, tmp_path, binary):
    db = str(tmp_path / "dask-killed.db")
    shards = tmp_path / "shards"
    shards.mkdir()
    killed = []

    def kill_one_worker_when_work_started():
        deadline = time.time() + 120
        while time.time() < deadline and not any(shards.glob("part-*")):
            time.sleep(0.02)
        pids = cluster.run(os.getpid)  # {worker address: pid}
        pid = sorted(pids.values())[0]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    killer = threading.Thread(target=kill_one_worker_when_work_started)
    killer.start()
    totals = ngdask.run([articles], db, cluster, shard_dir=str(shards), blocksize=50_000)
    killer.join()
    assert killed, "no worker was killed"
    assert totals["articles"] == 500
    # One shard per partition, each whole: nothing doubled by the retried tasks.
    assert len(list(shards.glob("part-*.jsonl"))) == totals["partitions"]
    got, _ = canonical_export(binary, db)
    assert got == ingest_export[0]


def test_command_line_runs_a_local_cluster(articles, ingest_export, tmp_path, binary):
    db = str(tmp_path / "cli.db")
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "newsgraph.dask", "--db", db, "--workers", "2",
                           articles], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "500 articles" in proc.stderr
    got, _ = canonical_export(binary, db)
    assert got == ingest_export[0]


def test_command_line_names_a_missing_input(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newsgraph.dask", "--db", str(tmp_path / "x.db"),
                           str(tmp_path / "missing.jsonl")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "missing.jsonl: no such file" in proc.stderr


def test_command_line_names_a_store_it_cannot_use(articles, tmp_path):
    # A folder given as the store: one line naming it, exit 1, no traceback.
    proc = subprocess.run([sys.executable, "-m", "newsgraph.dask", "--db", str(tmp_path),
                           "--workers", "1", articles], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "not a store file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_command_line_reports_inputs_with_nothing_to_read(articles, tmp_path):
    # As `newsgraph ingest` does: an empty JSONL file and a folder without files are each
    # reported and skipped (exit status 1); the other input's articles are stored.
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n")
    folder = tmp_path / "nothing"
    folder.mkdir()
    one = tmp_path / "one.jsonl"
    with open(articles) as f:
        one.write_text(f.readline())
    proc = subprocess.run([sys.executable, "-m", "newsgraph.dask", "--db", str(tmp_path / "e.db"),
                           "--workers", "1", str(empty), str(folder), str(one)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "empty.jsonl: empty file" in proc.stderr
    assert "nothing: no files in the directory" in proc.stderr
    assert "1 articles" in proc.stderr

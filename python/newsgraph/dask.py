"""Build a newsgraph store on a Dask cluster.

    python3 -m newsgraph.dask --db PATH [--workers N | --scheduler ADDR] INPUT ...

INPUT is what ``newsgraph ingest`` takes: a ``.jsonl`` or ``.jsonl.gz`` file (one article per
line), a directory (every regular file below it, sorted, one article each) or a text file (one
article). The work is split into partitions (a dask.bag over the files; big plain JSONL files
are cut into blocks of ``--blocksize`` bytes at line ends). Each partition runs the C++ engine
on a worker and writes one *shard*: ``SHARDS/part-NNNNNN.jsonl``, named by the partition's
index and written to a temporary name then renamed, so a task that runs twice (work stealing,
a restarted worker) overwrites its shard and doubles nothing. When every shard is written, this
process — the one writer — puts the shards into the store in partition order, which is the
order ``newsgraph ingest`` reads the same inputs in, and links the actors across them exactly
as ingest does. So the store equals ``newsgraph ingest --db PATH INPUT ...`` of the same input.

Without ``--scheduler`` a local cluster of ``--workers`` processes (default: all cores) runs on
this machine; with ``--scheduler tcp://HOST:8786`` the work goes to a running cluster (every
worker needs this package importable, e.g. the same PYTHONPATH, and the shard folder must be
on storage that the workers and this process share). See docs/python.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

_ENGINE = None  # one engine per worker process, loaded on first use and never pickled
_DEBIAN_DIST = "/usr/lib/python3/dist-packages"


def _ensure_dask():
    """Imports dask and distributed; under another CPython 3.x than Debian's own (a pyenv
    build, say), falls back to Debian's python3-dask / python3-distributed packages."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        if os.path.isdir(_DEBIAN_DIST) and _DEBIAN_DIST not in sys.path:
            sys.path.append(_DEBIAN_DIST)
            import dask  # noqa: F401
            import distributed  # noqa: F401
        else:
            raise


def _engine():
    global _ENGINE
    if _ENGINE is None:
        import newsgraph

        _ENGINE = newsgraph._get_engine()
    return _ENGINE


# ---- what a partition holds ----------------------------------------------------------------
# A partition is a list of pieces: ("lines", path, start, end, first_line) — the bytes
# [start, end) of a plain JSONL file, cut at line ends, whose first line is line `first_line`
# of the file — or ("file", path) — a whole file read as `newsgraph ingest` reads it (one
# article, or a .jsonl.gz / disguised JSONL file) — or ("error", message): an input with
# nothing to read (an empty JSONL file, a folder without files), reported as ingest does. The
# engine parses each JSONL line exactly as ingest does, with the same file name and line number,
# so ids, metadata and errors agree.


def _is_jsonl(path: str) -> bool:
    return path.endswith((".jsonl", ".ndjson"))


def _walk(directory: str) -> List[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        for name in files:
            full = os.path.join(root, name)
            if os.path.isfile(full):
                found.append(full)
    return sorted(found)


def _line_blocks(path: str, blocksize: int) -> List[Tuple]:
    """Pieces of about `blocksize` bytes of a plain JSONL file, cut after a newline; for a file
    without a record (empty, or blank lines only), one ("error", message) piece, the message
    `newsgraph ingest` gives."""
    pieces = []
    start, line, records = 0, 1, False
    with open(path, "rb") as f:
        while True:
            f.seek(start)
            chunk = f.read(blocksize)
            if not chunk:
                break
            more = f.readline()  # finish the line the block stopped in
            records = records or bool((chunk + more).strip(b" \t\r\n"))
            end = start + len(chunk) + len(more)
            pieces.append(("lines", path, start, end, line))
            f.seek(start)
            line += f.read(end - start).count(b"\n")
            start = end
    return pieces if records else [("error", f"{path}: empty file, skipped")]


def pieces(inputs: Sequence[str], blocksize: int = 8 << 20, files_per_partition: int = 64):
    """The partitions of `inputs`, in the order `newsgraph ingest` reads them."""
    parts: List[List[Tuple]] = []
    for inp in inputs:
        if os.path.isdir(inp):
            files = _walk(inp)
            if not files:
                parts.append([("error", f"{inp}: no files in the directory, skipped")])
            for i in range(0, len(files), files_per_partition):
                parts.append([("file", p) for p in files[i:i + files_per_partition]])
        elif _is_jsonl(inp) and os.path.isfile(inp):
            parts.extend([piece] for piece in _line_blocks(inp, blocksize))
        elif os.path.exists(inp):
            parts.append([("file", inp)])
        else:
            raise FileNotFoundError(f"newsgraph.dask: {inp}: no such file or directory")
    return parts


def bag_of(parts: List[List[Tuple]]):
    """The partitions as a dask.bag: bag partition i holds partition i's pieces, each tagged
    with i, so the worker knows which shard it writes."""
    import dask
    import dask.bag as db

    return db.from_delayed([dask.delayed(list)([(i, piece) for piece in part])
                            for i, part in enumerate(parts)])


# ---- on the workers --------------------------------------------------------------------------


def _shard_lines_of(piece: Tuple, errors: List[str]):
    if piece[0] == "error":  # found by the driver: an input with nothing to read
        errors.append(piece[1])
        return
    engine = _engine()
    if piece[0] == "file":
        shards, errs = engine.shards_from_file(piece[1])
        errors.extend(errs)
        yield from shards
        return
    _, path, start, end, line_no = piece
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    lines = data.split(b"\n")
    if data.endswith(b"\n"):
        lines.pop()  # nothing after the last newline
    for offset, raw in enumerate(lines):
        line = raw.rstrip(b"\r")
        if line.strip(b" \t"):
            shard, error = engine.shard_from_jsonl(line, path, line_no + offset)
            if error:
                errors.append(error)
            else:
                yield shard


def write_shard(items: List[Tuple], shard_dir: str) -> List[Dict]:
    """Runs the engine over one bag partition and writes its shard (named by the partition's
    index, written whole then renamed). Returns [{"index", "articles", "errors"}]."""
    if not items:
        return []
    index = items[0][0]
    errors: List[str] = []
    count = 0
    final = os.path.join(shard_dir, f"part-{index:06d}.jsonl")
    fd, tmp = tempfile.mkstemp(prefix=f".part-{index:06d}-", dir=shard_dir)
    try:
        with os.fdopen(fd, "wb") as out:
            for _, piece in items:
                for shard in _shard_lines_of(piece, errors):
                    out.write(shard)
                    out.write(b"\n")
                    count += 1
        os.replace(tmp, final)  # atomic: a shard is whole or absent
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return [{"index": index, "articles": count, "errors": errors}]


# ---- the driver ------------------------------------------------------------------------------


def run(inputs: Sequence[str], db: str, client, shard_dir: Optional[str] = None,
        blocksize: int = 8 << 20, log=sys.stderr) -> Dict:
    """Extracts `inputs` on the cluster behind `client` and puts the result into the store at
    `db`. Returns counts: partitions, articles, added, replaced, unchanged, errors."""
    from . import _newsgraph

    own_shards = shard_dir is None
    shard_dir = shard_dir or tempfile.mkdtemp(prefix="newsgraph-shards-",
                                              dir=os.path.dirname(os.path.abspath(db)) or ".")
    os.makedirs(shard_dir, exist_ok=True)
    store = _newsgraph.StoreWriter(db)  # a bad store fails now, before any work is done
    parts = pieces(inputs, blocksize=blocksize)
    bag = bag_of(parts).map_partitions(write_shard, shard_dir)
    results = client.compute(bag, retries=3).result() if parts else []
    errors = [e for r in results for e in r["errors"]]
    for e in errors:  # worded as `newsgraph ingest` words them ("…, skipped")
        print(f"newsgraph.dask: {e}", file=log)
    totals = {"partitions": len(parts), "articles": 0, "added": 0, "replaced": 0,
              "unchanged": 0, "errors": len(errors)}
    for r in sorted(results, key=lambda r: r["index"]):
        path = os.path.join(shard_dir, f"part-{r['index']:06d}.jsonl")
        with open(path, "rb") as f:
            counts = store.put_shard(f.read())
        for k in ("added", "replaced", "unchanged"):
            totals[k] += counts[k]
        totals["articles"] += r["articles"]
    store.close()
    if own_shards:
        for name in os.listdir(shard_dir):
            os.unlink(os.path.join(shard_dir, name))
        os.rmdir(shard_dir)
    return totals


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m newsgraph.dask",
        description="Ingest articles into a newsgraph store on a Dask cluster "
                    "(the same store `newsgraph ingest` builds).")
    parser.add_argument("--db", default="newsgraph.db", help="store file (default: newsgraph.db)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=None,
                       help="local cluster of N worker processes (default: all cores)")
    where.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://host:8786")
    parser.add_argument("--shards", help="folder for the partition shards (default: a temporary "
                                         "folder beside the store, removed at the end)")
    parser.add_argument("--blocksize", type=int, default=8 << 20,
                        help="bytes per partition of a plain JSONL file (default: 8 MiB)")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    args = parser.parse_args(argv)
    for inp in args.inputs:
        if not os.path.exists(inp):
            print(f"newsgraph.dask: {inp}: no such file or directory", file=sys.stderr)
            return 2
    _ensure_dask()
    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        workers = args.workers or os.cpu_count() or 1
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        totals = run(args.inputs, args.db, client, shard_dir=args.shards,
                     blocksize=args.blocksize)
    except (RuntimeError, OSError) as e:  # a store that cannot be used, a shard folder
        print(f"newsgraph.dask: {e}", file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"newsgraph.dask: {totals['articles']} articles in {totals['partitions']} partitions: "
          f"{totals['added']} added, {totals['replaced']} replaced, {totals['unchanged']} "
          f"unchanged, {totals['errors']} skipped", file=sys.stderr)
    return 1 if totals["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())

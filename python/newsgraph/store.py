"""newsgraph.Store: the corpus store (one SQLite file) from Python, mirroring the CLI's
``ingest``, ``query``, ``explain``, ``merge``, ``split``, ``rebuild`` and ``export``."""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any, Dict, List, Optional, Sequence, Union

from . import _newsgraph


class Store:
    """A newsgraph store at `path` (created when absent unless ``read_only``).

    Every answer is the same JSON that ``newsgraph query --json`` prints, as dicts and lists.
    Unknown actors or articles raise KeyError; store errors (a corrupt file, a newer schema, a
    full disk) raise RuntimeError with a one-line message naming the file. A Store is used by
    one thread at a time; open one per thread. Ingest and rebuild release the GIL.
    """

    def __init__(self, path: Union[str, os.PathLike] = "newsgraph.db", read_only: bool = False):
        import newsgraph

        newsgraph._get_engine()  # models loaded before the first ingest
        self.path = os.fspath(path)
        self._handle = _newsgraph.StoreHandle(self.path, read_only)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Closes the store file; the object cannot be used afterwards."""
        self._handle.close()

    def ingest(self, inputs: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]],
               threads: Optional[int] = None) -> Dict[str, Any]:
        """Ingests files, directories or .jsonl/.jsonl.gz files exactly as ``newsgraph ingest``
        does (idempotent; bad records reported and skipped). Returns the counts ``read``,
        ``added``, ``replaced``, ``unchanged``, ``skipped`` and the list ``errors``."""
        if isinstance(inputs, (str, os.PathLike)):
            inputs = [inputs]
        import newsgraph

        return self._handle.ingest([os.fspath(p) for p in inputs], threads or 0,
                                   newsgraph._get_engine())

    def actors(self, q: str = "", type: str = "", limit: int = 20) -> List[Dict[str, Any]]:
        """Actors whose name or alias matches `q` (best first); no `q`: most mentioned first."""
        return json.loads(self._handle.find_actors(q, type, limit))

    def actor(self, actor: str, limit: int = 100) -> Dict[str, Any]:
        """One actor by id ("a17") or name: aliases, dated roles, quotes by and about them,
        relations with evidence, articles."""
        return json.loads(self._handle.actor(actor, limit))

    def explain(self, actor: str) -> List[Dict[str, Any]]:
        """Why each article's entity was linked to the actor (rule, score, evidence)."""
        return json.loads(self._handle.explain(actor))

    def quotes(self, speaker: str = "", about: str = "", since: str = "", until: str = "",
               limit: int = 100) -> List[Dict[str, Any]]:
        """Quotes by `speaker` and/or naming `about` (ids or names), between ISO dates."""
        return json.loads(self._handle.quotes(speaker, about, since, until, limit))

    def relations(self, actor: str = "", type: str = "", limit: int = 100) -> List[Dict[str, Any]]:
        """Relations with either end `actor` and of `type` ("" for any), with evidence."""
        return json.loads(self._handle.relations(actor, type, limit))

    def network(self, actor: str, depth: int = 1, limit: int = 200) -> Dict[str, Any]:
        """The actors within `depth` edges of `actor`: ``{"nodes": [...], "edges": [...]}``."""
        return json.loads(self._handle.network(actor, depth, limit))

    def article(self, article_id: str) -> Dict[str, Any]:
        """One stored article with its repaired text and entity, quote and repair spans."""
        return json.loads(self._handle.article(article_id))

    def merge(self, a: str, b: str) -> None:
        """A person's judgement: `a` and `b` are one actor (kept as `a`); survives rebuilds."""
        self._handle.merge(a, b)

    def split(self, actor: str, article: str) -> None:
        """A person's judgement: the actor's entity in `article` is someone else."""
        self._handle.split(actor, article)

    def rebuild(self) -> None:
        """Recomputes every actor from the stored articles and judgements."""
        self._handle.rebuild()

    def export(self, format: str, out: Union[str, os.PathLike]) -> None:
        """Writes the store as ``newsgraph export --format FORMAT --out OUT`` does (jsonl,
        graphml, gexf, or csv into the folder `out`), with the CLI's own exporter."""
        binary = os.environ.get("NEWSGRAPH_BINARY") or _find_binary()
        subprocess.run([binary, "export", "--db", self.path, "--format", format, "--out",
                        os.fspath(out)], check=True)


def _find_binary() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    for candidate in (os.path.join(here, "..", "..", "newsgraph"), "newsgraph"):
        if os.path.isfile(candidate):
            return os.path.abspath(candidate)
    raise FileNotFoundError("newsgraph.Store.export: the newsgraph program was not found "
                            "(set NEWSGRAPH_BINARY)")

"""newsgraph: who is who, who said what, about whom — from news text, in process.

    >>> import newsgraph
    >>> doc = newsgraph.extract("Tajik President Emomali Rahmon said on Sunday that ...")
    >>> [e["name"] for e in doc["entities"]]

`extract` returns exactly the object that `newsgraph extract` prints for one article (see the
project's CONTRACT.md and docs/output.md): ``repairs``, ``entities``, ``quotes`` and
``relations``, every span in UTF-8 byte offsets into the text as given. `extract_many` streams
many articles through all cores, in input order. The C++ engine runs with the GIL released.

Models are loaded once per process from the package's own ``models`` folder (a copy made when
the module is built), or from the folder given to `configure` before the first call.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from typing import Any, Dict, Iterable, Iterator, Optional, Union

from . import _newsgraph

__all__ = ["extract", "extract_many", "configure", "Store", "__version__"]
__version__: str = _newsgraph.__version__

Text = Union[str, bytes]

_lock = threading.Lock()
_engine: Optional[_newsgraph.Engine] = None
_models_dir: str = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models")


def configure(models_dir: str) -> None:
    """Use the model files in `models_dir` (ner.bin, cues.bin, ...) instead of the package's
    own. Must be called before the first `extract`; raises RuntimeError afterwards."""
    global _models_dir
    with _lock:
        if _engine is not None:
            raise RuntimeError("newsgraph.configure: the engine is already loaded")
        if not os.path.isdir(models_dir):
            raise FileNotFoundError(f"newsgraph.configure: no such folder: {models_dir}")
        _models_dir = os.path.abspath(models_dir)


def _get_engine() -> _newsgraph.Engine:
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _newsgraph.Engine(_models_dir)
    return _engine


def _id_json(article_id: Any) -> str:
    return json.dumps(article_id, ensure_ascii=False)


def extract(text: Text, id: Any = None) -> Dict[str, Any]:
    """Extract entities, quotes and relations from one article.

    `text` is the article as ``str`` or ``bytes`` (bytes need not be valid UTF-8: broken text
    is repaired, and the repairs are reported). Returns the dict that ``newsgraph extract``
    prints for the article: ``id`` (the `id` given, default None), ``repairs``, ``entities``,
    ``quotes``, ``relations``. Spans are UTF-8 byte offsets into `text` as given (for a
    ``str``, into ``text.encode("utf-8", "surrogateescape")``).

    Raises TypeError when `text` is neither str nor bytes, RuntimeError when the models
    cannot be loaded. Thread-safe; the GIL is released while the engine works.
    """
    return json.loads(_get_engine().extract_json(text, _id_json(id)))


def _split_item(item: Any, index: int):
    """(id, text, extra fields) of one `extract_many` input item."""
    if isinstance(item, (str, bytes)):
        return index, item, None
    if isinstance(item, dict):
        if "text" not in item:
            raise ValueError(f"newsgraph.extract_many: item {index} has no 'text'")
        extra = {k: v for k, v in item.items() if k not in ("id", "text")}
        return item.get("id", index), item["text"], extra
    raise TypeError(f"newsgraph.extract_many: item {index} is {type(item).__name__}, "
                    "not str, bytes or a dict with 'text'")


def extract_many(items: Iterable[Union[Text, Dict[str, Any]]], threads: Optional[int] = None,
                 batch: int = 64) -> Iterator[Dict[str, Any]]:
    """Extract many articles on `threads` threads (default: all cores), yielding one result
    per item, in input order, as soon as its batch is done.

    Each item is a ``str``/``bytes`` article (its id is then its position) or a dict with
    ``text`` and optionally ``id`` and other fields, which are carried into the result as
    ``newsgraph extract --jsonl`` does. Memory stays bounded: at most ``batch * threads``
    articles are in flight. The GIL is released while a batch runs.
    """
    threads = threads or os.cpu_count() or 1
    if threads < 1 or batch < 1:
        raise ValueError("newsgraph.extract_many: threads and batch must be positive")
    engine = _get_engine()
    numbered = enumerate(items)
    while True:
        chunk = list(itertools.islice(numbered, batch * threads))
        if not chunk:
            return
        parts = [_split_item(item, i) for i, item in chunk]
        outs = engine.extract_json_batch([p[1] for p in parts],
                                         [_id_json(p[0]) for p in parts], threads)
        for (_, _, extra), out in zip(parts, outs):
            result = json.loads(out)
            if extra:
                result = _with_extra(result, extra)
            yield result


def _with_extra(result: Dict[str, Any], extra: Dict[str, Any]) -> Dict[str, Any]:
    """The result with the item's other fields placed after `id`, as the CLI does."""
    merged = {"id": result.pop("id")}
    merged.update(extra)
    merged.update(result)
    return merged


def __getattr__(name: str):
    # The store binding is imported lazily: it needs the compiled store support.
    if name == "Store":
        from .store import Store
        return Store
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")

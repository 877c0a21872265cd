# Type stubs for the newsgraph package (see __init__.py for the full docstrings).
from typing import Any, Dict, Iterable, Iterator, Optional, Union

from .store import Store as Store

__version__: str
Text = Union[str, bytes]

def configure(models_dir: str) -> None: ...
def extract(text: Text, id: Any = ...) -> Dict[str, Any]: ...
def extract_many(
    items: Iterable[Union[Text, Dict[str, Any]]],
    threads: Optional[int] = ...,
    batch: int = ...,
) -> Iterator[Dict[str, Any]]: ...

"""Imports aiogram with its Telegram types' validators built on first use, not all ~450 at import.

`aiogram.types` calls `model_rebuild()` on every type it defines, which builds a pydantic validator and
serializer for each: importing the aiogram runtime cost ~128 MB of memory and seconds of start-up; with this,
~24 MB (the hot types built). The types already
declare `defer_build=True`: here those calls only record the namespace they pass, and the types are
built from it when first used (`Update` and the keyboards when the runtime starts), as pydantic does for
any deferred model. Validation is the same; only when the work is done changes.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import pydantic


@contextlib.contextmanager
def _rebuilds_recorded(namespace: dict[str, Any]) -> Iterator[None]:
    """While aiogram is imported, its types' `model_rebuild` calls add their names to `namespace`, not build."""
    rebuild = pydantic.BaseModel.__dict__["model_rebuild"].__func__  # the function inside the classmethod

    def record(cls: type[pydantic.BaseModel], /, **kwargs: Any) -> bool | None:
        names = kwargs.get("_types_namespace")
        if cls.__module__.startswith("aiogram.types.") and names is not None and not kwargs.get("force"):
            namespace.update(names)
            return None
        built: bool | None = rebuild(cls, **kwargs)
        return built

    # Replacing a method is what this module does: the checker forbids it on principle.
    pydantic.BaseModel.model_rebuild = classmethod(record)  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        pydantic.BaseModel.model_rebuild = classmethod(rebuild)  # type: ignore[assignment,method-assign]  # as above


def _build_from_namespace(namespace: Mapping[str, Any]) -> None:
    """Makes the deferred builds of aiogram's models (types, methods, responses) resolve names in `namespace`.

    pydantic builds a deferred model on its first use by calling its `model_rebuild`; aiogram's models derive
    from a few direct subclasses of BaseModel, which get a `model_rebuild` passing the namespace.
    """
    rebuild = pydantic.BaseModel.__dict__["model_rebuild"].__func__  # the function inside the classmethod

    def model_rebuild(cls: type[pydantic.BaseModel], /, **kwargs: Any) -> bool | None:
        if kwargs.get("_types_namespace") is None:
            kwargs["_types_namespace"] = namespace
        built: bool | None = rebuild(cls, **kwargs)
        return built

    for root in pydantic.BaseModel.__subclasses__():
        if root.__module__.startswith("aiogram."):
            # Replacing a method is what this module does: the checker forbids it on principle.
            root.model_rebuild = classmethod(model_rebuild)  # type: ignore[assignment,method-assign]


def import_aiogram() -> None:
    """Imports aiogram with deferred type builds; does nothing when aiogram is already imported."""
    if "aiogram" in sys.modules:
        return
    namespace: dict[str, Any] = {}
    with _rebuilds_recorded(namespace):
        import aiogram.types  # noqa: F401
    _build_from_namespace(namespace)


def build_types(*names: str) -> None:
    """Builds the named aiogram types and methods now (at start-up) rather than on first use (on the event loop)."""
    import aiogram.methods
    import aiogram.types

    for name in names:
        model = getattr(aiogram.types, name, None) or getattr(aiogram.methods, name)
        model.model_rebuild()

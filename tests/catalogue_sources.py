"""The message catalogues as written: the city's locales, each locale's messages parsed, visitors over them.

Shared by the catalogue, right-to-left, date and glossary tests; it imports no more than it needs, so a test
that reads the catalogues starts without the application.
"""

from functools import cache

from fluent.syntax import ast, parse, visitor

from core.catalogue import load_catalogue
from core.i18n import LOCALES_DIR, parents
from core.settings import PACKAGED_CATALOGUE

CITY_LOCALES = tuple(load_catalogue(PACKAGED_CATALOGUE).city.locales)


class Texts(visitor.Visitor):
    """Every literal text of a message (its value, attributes and all their variants)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.texts.append(node.value)


class Variables(visitor.Visitor):
    """Every variable a message (or a pattern) refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


@cache
def sources(locale: str) -> dict[str, ast.Message]:
    """The messages a locale shows, as written in its files (an overlay's own over its parent's)."""
    messages: dict[str, ast.Message] = {}
    for code in reversed(parents(locale)):
        for path in sorted((LOCALES_DIR / code).glob("*.ftl")):
            for entry in parse(path.read_text(encoding="utf-8")).body:
                if isinstance(entry, ast.Message):
                    messages[entry.id.name] = entry
    return messages

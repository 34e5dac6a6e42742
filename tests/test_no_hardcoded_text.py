"""No sentence a citizen or staff member reads is written in the code: handlers/, bot/ and staff/ hold keys only."""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("handlers", "bot", "staff")
# Three or more words starting with a capital or not: "Your application was received", "chat not found".
SENTENCE = re.compile(r"^[^\W\d_]{2,}(?: +[^\W\d_]+[,.!?;:]?){2,}", re.UNICODE)
LETTERS = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
JS_SENTENCE = re.compile(r"""['"`][A-Za-z][a-z]+(?: [a-z]+){2,}[.!?]?['"`]""")
# Literals that are not for people: what platforms answer (matched, never shown), and the REST API's
# OpenAPI response descriptions, which document the machine interface for the city's IT systems.
NOT_FOR_PEOPLE = {
    "chat not found",
    "user is deactivated",
    "body too large",
    "No valid API token",
    "Unknown reference, or another desk's request",
    "Held by another agent",
    "Transition not allowed",
    "Nothing is waiting for you",
    "Not a supervisor",
}
DEVELOPER_ONLY_KEYWORDS = {"help", "description", "summary", "title", "reason"}
EXCEPTION_NAMES = re.compile(r"(Error|Exception)$|^(RetryLater|Unreachable|Undeliverable|CouldNotRecord|BadFrame)$")
PRODUCT_NAME = "Hemşehri"


def _exempt_nodes(tree: ast.AST) -> set[int]:
    """Docstrings, log and exception messages, asserts, and help texts: read by developers, not by people."""
    exempt: set[int] = set()

    def cover(node: ast.AST) -> None:
        exempt.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            exempt.add(id(first.value))
        if isinstance(node, ast.Raise | ast.Assert):
            cover(node)
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(getattr(func, "value", None), "id", "")
            if owner in ("log", "logger", "logging", "warnings") or EXCEPTION_NAMES.search(name):
                cover(node)
            for keyword in node.keywords:
                if keyword.arg in DEVELOPER_ONLY_KEYWORDS:
                    cover(keyword.value)
    return exempt


def python_sentences() -> list[str]:
    found = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            exempt = _exempt_nodes(tree)
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in exempt
                    and SENTENCE.search(node.value)
                    and node.value not in NOT_FOR_PEOPLE
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:80]!r}")
    return found


class _TextFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_code += tag in ("script", "style")
        for name, value in attrs:
            if name in ("title", "placeholder", "alt", "aria-label") and value and LETTERS.search(value):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_code -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        text = data.replace(PRODUCT_NAME, "")
        if not self._in_code and LETTERS.search(text):
            self.found.append(repr(data.strip()[:60]))


def template_texts() -> list[str]:
    found = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.html")):
            finder = _TextFinder()
            finder.feed(JINJA.sub("", path.read_text(encoding="utf-8")))
            found += [f"{path.relative_to(ROOT)}: {text}" for text in finder.found]
        for path in sorted((ROOT / top).rglob("*.js")):
            found += [f"{path.relative_to(ROOT)}: {m}" for m in JS_SENTENCE.findall(path.read_text(encoding="utf-8"))]
    return found


def test_no_sentence_in_python_code():
    assert python_sentences() == []


def test_no_text_in_templates_or_scripts():
    assert template_texts() == []


def test_the_scanner_finds_a_sentence_written_in_code(tmp_path):
    tree = ast.parse('reply = "Your application was received"\nlog.info("a log line is fine here")\n')
    exempt = _exempt_nodes(tree)
    hits = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and id(n) not in exempt and SENTENCE.search(n.value)
    ]
    assert hits == ["Your application was received"]
    finder = _TextFinder()
    finder.feed('<p>{{ t("x") }}</p><button title="Send now">{{ t("y") }}</button><p>Gönder</p>')
    assert finder.found == ["<button title='Send now'>", "'Gönder'"]

"""Machine translation as a provider, off by default: a client for the LibreTranslate HTTP API.

On only when HEMSEHRI_TRANSLATE_URL is set; no citizen text goes anywhere else. The city's terms are protected:
programme, desk and status names (from the catalogue) and the glossary's terms are taken out of the text before
it is sent, as numbered tokens, and put back in the target language's own words. Any failure (the server down,
a language it does not have, an answer without a translation) gives None, and the caller decides.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.catalogue import Catalogue
from core.glossary import load_glossary
from core.i18n import Translator, same_language, strip_isolates
from core.requests.statuses import Status

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("core.translation")

TIMEOUT = 8.0
CACHED = 2000  # translations kept in memory: the console asks again on every view of a thread
TOKEN = re.compile(r"\[\[(\d+)\]\]")


class MachineTranslation:
    """Translates short texts through a LibreTranslate server, the city's terms kept as the city says them."""

    def __init__(
        self,
        url: str,
        *,
        api_key: str | None,
        translator: Translator,
        catalogue: Catalogue,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url, self.api_key = url.rstrip("/"), api_key
        import httpx  # here: an unconfigured provider loads no client at start

        self.translator, self.catalogue = translator, catalogue
        self._http = httpx.AsyncClient(timeout=TIMEOUT, transport=transport)
        self._cache: OrderedDict[tuple[str, str, str], str] = OrderedDict()

    async def translate(self, text: str, *, source: str, target: str) -> str | None:
        """The text in `target`, or None when it cannot be had; the same text and pair is asked once."""
        import httpx

        if not text.strip() or same_language(source, target):
            return text
        key = (text, source, target)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        protected, kept = self._protect(text, source, target)
        body = {"q": protected, "source": _base(source), "target": _base(target), "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        try:
            answer = await self._http.post(f"{self.url}/translate", json=body)
            answer.raise_for_status()
            translated = answer.json().get("translatedText")
        except (httpx.HTTPError, ValueError, AttributeError) as exc:
            log.warning("machine translation %s→%s failed: %s", source, target, type(exc).__name__)  # never the text
            return None
        if not isinstance(translated, str) or not translated.strip():
            return None
        result = TOKEN.sub(lambda m: kept[int(m.group(1))] if int(m.group(1)) < len(kept) else m.group(0), translated)
        self._cache[key] = result
        if len(self._cache) > CACHED:
            self._cache.popitem(last=False)
        return result

    async def close(self) -> None:
        await self._http.aclose()

    def _protect(self, text: str, source: str, target: str) -> tuple[str, list[str]]:
        """The text with each of the city's terms replaced by a token, and the target's words for the tokens."""
        kept: list[str] = []
        for term, said in self._terms(source, target):
            pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
            while (found := pattern.search(text)) is not None:
                kept.append(said)
                text = f"{text[: found.start()]}[[{len(kept) - 1}]]{text[found.end() :]}"
        return text, kept

    def _terms(self, source: str, target: str) -> Sequence[tuple[str, str]]:
        """(term in the source language, the target's word), longest first so that a longer name wins."""
        pairs: dict[str, str] = {}
        keys = [f"programme-{p.code}" for p in self.catalogue.programmes]
        keys += [f"desk-{code}" for code in self.catalogue.desks]
        keys += [f"status-{status.value}" for status in Status]
        for key in keys:
            said = strip_isolates(self.translator.text(source, key))
            pairs[said] = strip_isolates(self.translator.text(target, key))
        if _base(source) == "tr":
            pairs.update(load_glossary(target).pairs())
        return sorted(pairs.items(), key=lambda pair: -len(pair[0]))


def _base(locale: str) -> str:
    """LibreTranslate's code for a locale: Dari is sent as Persian."""
    return locale.split("-")[0]

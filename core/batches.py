"""Calls that arrive together, served together: while one batch is out, the calls arriving wait for the next.

A call that finds no batch running starts one at the next turn of the event loop, so a lone caller waits for no
one. A batch that fails fails each of its calls with its error. A caller that went away before its batch left is
not in it; one that goes away while it is out just gets no answer.
"""

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batches(Generic[Item, Result]):
    """Serves the items asked for by `serve`, a batch at a time: it gets a batch and answers each item, in order."""

    def __init__(self, serve: Callable[[list[Item]], Awaitable[Sequence[Result]]]) -> None:
        self._serve_batch = serve
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._serving: asyncio.Task[None] | None = None

    async def ask(self, item: Item) -> Result:
        """The item's answer, once the batch it went in was served."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[Result] = loop.create_future()
        self._waiting.append((item, answer))
        if self._serving is None:
            self._serving = loop.create_task(self._serve())
        return await answer

    async def _serve(self) -> None:
        """Serves batches until nothing waits."""
        batch: list[tuple[Item, asyncio.Future[Result]]] = []
        try:
            while self._waiting:
                # a caller may have gone
                batch = [(item, answer) for item, answer in self._waiting if not answer.done()]
                self._waiting = []
                try:
                    got = await self._serve_batch([item for item, _ in batch]) if batch else []
                except Exception as error:
                    for _, answer in batch:
                        if not answer.done():
                            answer.set_exception(error)
                    continue
                for (_, answer), result in zip(batch, got, strict=True):
                    if not answer.done():
                        answer.set_result(result)
        finally:
            for _, answer in [*batch, *self._waiting]:  # left unanswered only when this task was cancelled
                if not answer.done():
                    answer.cancel()
            self._waiting, self._serving = [], None

// Hemşehri staff console: live queue updates over server-sent events. No inline script anywhere.
"use strict";

(function () {
  const list = document.getElementById("queue-list");
  if (!list || !window.EventSource || !window.fetch) {
    return;
  }
  const state = document.getElementById("live-state");
  let running = false;
  let again = false;

  function version() {
    const marked = list.querySelector("[data-version]");
    return marked ? marked.dataset.version : "";
  }

  function showLive(connected) {
    if (state) {
      state.textContent = connected ? state.dataset.connected : state.dataset.disconnected;
      state.classList.toggle("on", connected);
    }
  }

  // Fetches the server-rendered (escaped) list for the current filters and swaps it in.
  async function refresh() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const response = await fetch(list.dataset.rows + window.location.search, {
        headers: { "X-Hemsehri-Passive": "1" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.status === 401) {
        window.location.reload();
        return;
      }
      if (response.ok) {
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        list.replaceChildren(...doc.body.childNodes);
      }
    } finally {
      running = false;
      if (again) {
        again = false;
        refresh();
      }
    }
  }

  const source = new EventSource(list.dataset.events + "?since=" + encodeURIComponent(version()));
  source.addEventListener("open", () => showLive(true));
  source.addEventListener("error", () => showLive(false));
  source.addEventListener("queue", refresh);
  source.addEventListener("signed-out", () => {
    source.close();
    window.location.reload();
  });
  // Waiting times and SLA states move with the clock even when nothing else changes.
  window.setInterval(refresh, 60000);
})();

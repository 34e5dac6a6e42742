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

// Announcements: while one is being sent, re-fetch the server-rendered (escaped) list every few seconds.
(function () {
  const list = document.getElementById("announcement-list");
  if (!list || !window.fetch) {
    return;
  }
  function sending() {
    return list.querySelector("[data-live]") !== null;
  }
  async function refresh() {
    try {
      const response = await fetch(list.dataset.rows, {
        headers: { "X-Hemsehri-Passive": "1" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.status === 401) {
        window.location.reload();
        return;
      }
      if (response.ok) {
        // Texts someone opened to read stay open across refreshes.
        const open = new Set(Array.from(list.querySelectorAll("tr[data-announcement] details[open]"),
          (details) => details.closest("tr").dataset.announcement));
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        list.replaceChildren(...doc.body.childNodes);
        list.querySelectorAll("tr[data-announcement]").forEach((row) => {
          const details = row.querySelector("details");
          if (details && open.has(row.dataset.announcement)) {
            details.open = true;
          }
        });
      }
    } catch (error) {
      // the network blinked: try again at the next tick
    }
    if (sending()) {
      window.setTimeout(refresh, 3000);
    }
  }
  if (sending()) {
    window.setTimeout(refresh, 3000);
  }
})();

// Supervisors: what needs them now (flags raised by citizens' words that nobody has confirmed or cleared, requests
// past their due time or due within the hour), fetched every few seconds on any page (a server-rendered, escaped
// fragment of links; empty when none).
(function () {
  const alert = document.getElementById("supervisor-alerts");
  if (!alert || !window.fetch) {
    return;
  }
  async function refresh() {
    try {
      const response = await fetch(alert.dataset.alert, {
        headers: { "X-Hemsehri-Passive": "1" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.ok) {
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        alert.replaceChildren(...doc.body.childNodes);
        alert.hidden = alert.querySelector("a") === null;
      }
    } catch (error) {
      // the network blinked: try again at the next tick
    }
  }
  refresh();
  window.setInterval(refresh, 5000);
})();

// A request's page: tells the server every 20 seconds that it is still open, and shows which colleagues have it
// open too (a server-rendered, escaped fragment).
(function () {
  const viewers = document.getElementById("viewers");
  const csrf = document.querySelector("input[name=csrf]");
  if (!viewers || !csrf || !window.fetch) {
    return;
  }
  async function beat() {
    try {
      const response = await fetch(viewers.dataset.here, {
        method: "POST",
        headers: { "X-Hemsehri-Passive": "1", "X-CSRF-Token": csrf.value },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.ok) {
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        viewers.replaceChildren(...doc.body.childNodes);
      }
    } catch (error) {
      // the network blinked: try again at the next beat
    }
  }
  window.setInterval(beat, 20000);
})();

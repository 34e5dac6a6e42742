"""Whatever people send, in any order, the engine answers: no exception, no crash, every message renders."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.i18n import strip_isolates
from handlers.engine import COMMANDS
from handlers.types import Attachment, Inbound, InboundKind, Reply
from tests.factories import VALID_TC

_people = itertools.count(9_100_000_000_000)
_updates = itertools.count(1)

CONTROLS = "\x00\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"
USEFUL_TEXTS = [
    "",
    " ",
    "📝 Başvuru yap",
    "📋 Başvurularım",
    "💬 Soru sor",
    "🌐 Dil / Language",
    "❓ Yardım",
    "📋 طلباتي",
    "/start",
    "/cancel",
    "/apply",
    "482 913 657",
    "٤٨٢٩١٣٦٥٦",
    "۴۸۲۹۱۳۶۵۶",
    "12345678",
    VALID_TC,
    "98123456789",
    "99123456789",
    "0532 123 45 67",
    "Konak",
    "karsiyaka",
    "Bostanlı",
    "4",
    "٣١",
    "0",
    "😀",
    "x" * 5000,
    "أحتاج إلى مساعدة في دفع الإيجار لأن زوجي فقد عمله هذا الشهر",
    "سلام، من از افغانستان آمده‌ام و برای اجاره خانه کمک می‌خواهم. چه کار کنم؟",
    "Merhaba, kömür yardımı için ne zaman başvuru yapabilirim acaba?",
    "<b>x</b>'; DROP TABLE requests; --",
]
BUTTONS = [
    "prog:cash_aid",
    "prog:hot_meals",
    "prog:refugee_desk_question",
    "prog:nope",
    "page:1",
    "page:99",
    "page:-1",
    "page:x",
    "apply:start",
    "apply:back",
    "consent:yes",
    "consent:no",
    "dist:konak",
    "dist:",
    "dpage:2",
    "dpage:77777",
    "docs:done",
    "apply:confirm",
    "edit:phone",
    "edit:documents",
    "edit:national_id",
    "edit:zzz",
    "lang:ar",
    "lang:fa-AF",
    "lang:tr",
    "lang:zz",
    "menu:ask",
    "menu:info",
    "menu:apply",
    "menu:zzz",
    "ref:482913656",
    "ref:abc",
    "switch:yes",
    "switch:no",
    "cancel",
    "",
    "menu:",
    "lang:",
]

texts = st.one_of(
    st.sampled_from(USEFUL_TEXTS),
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from(CONTROLS)), max_size=80),
)
events = st.one_of(
    st.builds(lambda t: dict(kind=InboundKind.TEXT, text=t), texts),
    st.builds(
        lambda c, a: dict(kind=InboundKind.COMMAND, command=c, text=a),
        st.sampled_from([*COMMANDS, "foo", "START", ""]),
        st.none() | texts,
    ),
    st.builds(lambda b: dict(kind=InboundKind.BUTTON, button=b), st.sampled_from(BUTTONS) | st.text(max_size=64)),
    st.builds(lambda p: dict(kind=InboundKind.CONTACT, phone=p), st.sampled_from(["905321234567", "+1", ""]) | texts),
    st.builds(
        lambda kind, size, caption: dict(
            kind=InboundKind.ATTACHMENT, text=caption, attachment=Attachment(kind, f"f{next(_updates)}", size=size)
        ),
        st.sampled_from(["photo", "document", "voice", "video", "audio", "animation"]),
        st.none() | st.integers(min_value=0, max_value=30 * 1024 * 1024),
        st.none() | texts,
    ),
    st.builds(lambda: dict(kind=InboundKind.LOCATION, location=(38.4, 27.1))),
    st.sampled_from([dict(kind=InboundKind.STICKER), dict(kind=InboundKind.UNSUPPORTED)]),
)


def check_renders(reply: Reply, translator, locales) -> None:
    assert isinstance(reply, Reply)
    if reply.duplicate:
        return
    assert reply.locale in locales
    for message in reply.messages:
        assert message.text.key != "error-unexpected", message
        rendered = translator.text(reply.locale, message.text.key, **message.text.params)
        assert strip_isolates(rendered).strip() or message.text.key == "apply-summary-missing"
        for row in message.choices:
            for choice in row:
                assert choice.data.isascii() and 1 <= len(choice.data.encode()) <= 64, choice.data
                if not isinstance(choice.label, str):
                    assert translator.text(reply.locale, choice.label.key, **choice.label.params)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    platform_language=st.sampled_from(["tr", "ar", "fa", "en", "de", None, "fa-AF", "zz-ZZ"]),
    sequence=st.lists(events, min_size=1, max_size=12),
    replay=st.booleans(),
)
async def test_random_event_sequences_never_raise_and_always_render(
    conversations, translator, catalogue, platform_language, sequence, replay
):
    user = str(next(_people))
    locales = set(catalogue.city.locales)
    for fields in sequence:
        inbound = Inbound(
            channel="telegram",
            user_id=user,
            chat_id=user,
            platform_language=platform_language,
            update_id=str(next(_updates)),
            source="telegram:property",
            message_id=str(next(_updates)),
            **fields,
        )
        check_renders(await conversations.handle(inbound), translator, locales)
        if replay:
            assert (await conversations.handle(inbound)).duplicate

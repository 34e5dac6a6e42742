# Hemşehri: the citizen conversation (every channel). Kurdish, Sorani (Arabic script, right to left).
# Keys and placeable names are the same in every language; translate the text only.
# Fluent isolates placeables itself in right-to-left languages: do not add bidi marks by hand.
# Placeables: $city = the city's name; $reference = "482 913 657"; $count, $max, $min, $page,
# $pages, $given = numbers; $language = a language's name; other placeables are described above their message.

## Start and language

start-welcome = سڵاو، بەخێربێن بۆ Hemşehri 👋 لێرەوە دەتوانن بە نامە پەیوەندی بە خزمەتگوزارییە کۆمەڵایەتییەکانی شارەوانیی { $city } بکەن. دەتوانن داوای یارمەتی بکەن، بزانن داواکارییەکانتان گەیشتوونەتە کوێ، و پرسیار لە کارمەندەکانمان بکەن.
language-pick = دەتانەوێت بە کام زمان بۆتان بنووسین؟ هەر کاتێک بتانەوێت، دەتوانن بە نووسینی /language زمانەکە بگۆڕن.
# $language: the language's own name (e.g. "Türkçe")
language-set = باشە، لەمەودوا بەم زمانە بۆتان دەنووسین: { $language }.
language-kept = باشە، هەر بەم زمانە بەردەوام دەبین: { $language }.
# $question: the same question, already written in the other language; $language: that language's name in this language.
language-switch-ask =
    { $question }

    وا دیارە نامەکەتان بە زمانی { $language } نووسراوە. بەو زمانە بەردەوام بین؟
# Shown in the language the person wrote in; $language: its own name.
language-switch-question = دەتانەوێت بەم زمانە بەردەوام بین: { $language }؟
language-switch-yes = ✅ بەڵێ: { $language }
# $language: the current language's own name
language-switch-no = ❌ نەخێر، با { $language } بمێنێت

## Main menu (a keyboard that stays on screen; each label must be unique)

menu-apply = 📝 داوای یارمەتی
menu-status = 📋 داواکارییەکانم
menu-ask = 💬 پرسیارکردن
menu-language = 🌐 زمان / Language
menu-help = ❓ ڕێنمایی
menu-prompt = دەتانەوێت چی بکەن؟ لە لیستەی خوارەوە هەڵبژێرن.

## Common buttons

button-cancel = ✖️ هەڵوەشاندنەوە
button-next = دواتر ▶️
button-previous = ◀️ پێشوو
button-share-phone = 📱 ناردنی ژمارەی تەلەفۆنەکەم
phone-type-instead = یان ژمارەکەتان بنووسن، بۆ نموونە 0532 123 45 67.

## Help and cancel

help =
    ئەمانە ئەو کارانەن کە لێرە دەتوانن بیکەن:

    📝 داوای یارمەتی: داواکاری بۆ یەکێک لە بەرنامەکانی یارمەتیی شارەوانی پێشکەش بکەن (/apply)
    📋 داواکارییەکانم: دۆخی داواکارییەکانتان ببینن (/status)، یان تەنها ژمارەی داواکارییەکەتان بنووسن
    💬 پرسیارکردن: پرسیارەکەتان بنووسن و کارمەندێک وەڵامتان دەداتەوە (/ask)؛ دەتوانن ڕاستەوخۆش بینووسن
    🌐 زمان: زمانی ئەم گفتوگۆیە بگۆڕن (/language)
    ✖️ هەڵوەشاندنەوە: ئەو کارەی دەستتان پێکردووە ڕابگرن (/cancel)

    لە بارودۆخی لەناکاودا، پەیوەندی بە 112 بکەن.
help-in-flow = ئێستا لە ناوەڕاستی کارێکدان. بە وەڵامدانەوەی پرسیاری خوارەوە بەردەوام بن، یان بۆ ڕاگرتن /cancel بنووسن.
cancel-done = باشە، کارەکەمان ڕاگرت و ئەو زانیارییانەی نووسیبووتان سڕینەوە. دەتوانن لە لیستەکەوە دیسان دەست پێبکەنەوە.
cancel-nothing = هیچ شتێک نییە بۆ هەڵوەشاندنەوە. دەتوانن لە لیستەکەوە دەست پێبکەن.

## Hints when an answer does not fit the question

hint-use-buttons = تکایە یەکێک لە دوگمەکانی خوارەوە هەڵبژێرن.
hint-type-answer = تکایە وەڵامەکەتان وەک نامە بنووسن.
hint-not-now = ناتوانین ئەمە لێرە بەکار بهێنین. تکایە وەڵامی پرسیاری خوارەوە بدەنەوە، یان بۆ ڕاگرتن /cancel بنووسن.

## Other messages

common-sticker = 😊 سوپاس! چۆن دەتوانین یارمەتیتان بدەین؟ لە لیستەکە هەڵبژێرن یان پرسیارەکەتان بنووسن.
common-location = سوپاس، بەڵام پێویستمان بە شوێنەکەتان نییە. فەرموو، ئەمە لیستەکەیە.
common-contact-not-needed = سوپاس، بەڵام ئێستا پێویستمان بە ژمارەی تەلەفۆنەکەتان نییە، بۆیە هەڵمان نەگرت. فەرموو، ئەمە لیستەکەیە.
common-unsupported = ناتوانین ئەم جۆرە نامەیە بخوێنینەوە. تکایە بە نووسین بۆمان بنێرن، یان وێنەیەک یان بەڵگەنامەیەک بنێرن.
common-button-expired = ئەم دوگمەیە ئیتر کار ناکات. تکایە دیسان لە لیستەکە هەڵبژێرن.
common-empty = نامەکەتان بەتاڵ بوو. تکایە بنووسن پێویستتان بە چییە، یان لە لیستەکە هەڵبژێرن.
common-no-words = 🙂 چۆن دەتوانین یارمەتیتان بدەین؟ پرسیارەکەتان بە چەند وشەیەک بنووسن، یان لە لیستەکە هەڵبژێرن.
# $command: what the person typed, e.g. "/foo"
common-unknown-command = فەرمانی { $command } ناناسین. بۆ ئەوەی بزانن چی دەتوانن بکەن، /help بنووسن.
flood-slow-down = زۆر بە خێرایی نامە دەنێرن. تکایە چەند چرکەیەک چاوەڕێ بکەن، پاشان بەردەوام بن. نەمانتوانی وەڵامی دوایین نامەکانتان بدەینەوە، بەڵام ئەگەر داواکارییەکی کراوەتان هەبێت، ئەوەی نووسیوتانە خراوەتە سەری.
flow-expired = ئەو کارەی دەستتان پێکردبوو داخرا، چونکە ماوەیەکی زۆر وەڵام نەهات. ئەو زانیارییانەی نووسیبووتان سڕانەوە. هەر کاتێک بتانەوێت دەتوانن لە سەرەتاوە دەست پێبکەنەوە.
telegram-private-only = بۆ پاراستنی نهێنیی زانیارییەکانتان، تەنها لە گفتوگۆی تایبەتدا وەڵام دەدەینەوە. تکایە ڕاستەوخۆ نامەم بۆ بنێرن.

## Input errors in the application

error-file-too-large = ئەم فایلە زۆر گەورەیە. هەر فایلێک دەبێت لە { $max } مێگابایت زیاتر نەبێت.
error-file-kind = تکایە بەڵگەنامەکە وەک وێنە یان فایل (بۆ نموونە PDF) بنێرن.
error-too-many-files = ناتوانن لە { $max } فایل زیاتر بنێرن.
error-neighbourhood-empty = تکایە ناوی گەڕەکەکەتان بنووسن.
error-neighbourhood-too-long = ناوی گەڕەک دەبێت لە { $max } پیت زیاتر نەبێت. تکایە کورتی بکەنەوە.
error-household-not-number = تکایە تەنها ژمارەیەک بنووسن، بۆ نموونە 4.
error-household-range = تکایە ژمارەیەک لە نێوان { $min } و { $max } بنووسن.
error-description-empty = تکایە بە چەند وشەیەک باسی بارودۆخەکەتان بکەن.
error-description-too-long = دەقەکەتان { $given } پیتە؛ زۆرترین ڕێگەپێدراو { $max } پیتە. تکایە کورتی بکەنەوە.

## Applying for support

apply-pick-programme = دەتانەوێت داوای چ جۆرە یارمەتییەک بکەن؟ (لاپەڕەی { $page } لە { $pages })
# $programme: the programme's name; $description: what it is; $count: how many questions follow
apply-programme-about =
    { $programme }

    { $description }

    { $count ->
        [one] داواکاری تەنها یەک هەنگاوی کورتە.
       *[other] داواکاری لە { $count } هەنگاوی کورت پێکدێت.
    }
apply-start = ✅ دەستپێکردنی داواکاری
apply-back = ↩️ بەرنامەکانی تر
apply-read-programmes = ℹ️ دەربارەی بەرنامەکانمان
apply-programme-gone = ئەم بەرنامەیە ئیتر بەردەست نییە. تکایە دیسان لە لیستەکە هەڵبژێرن.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 چۆن مامەڵە لەگەڵ زانیارییە کەسییەکانتان دەکەین (یاسای ژمارە 6698ی تورکیا بۆ پاراستنی زانیارییە کەسییەکان، KVKK؛ وەشانی ئەم ئاگادارکردنەوەیە: { $version })

    شارەوانیی { $city } بەرپرسی زانیارییەکانتانە. بۆ داواکاری تەنها ئەو شتانە دەپرسین کە بەرنامە هەڵبژێردراوەکەتان پێویستی پێیەتی: ژمارەی تەلەفۆن، ژمارەی ناسنامە، قەزا و گەڕەکەکەتان، ژمارەی ئەندامانی خێزان، چەند وشەیەک دەربارەی بارودۆخەکەتان و، ئەگەر بتانەوێت، وێنەی بەڵگەنامەکان.

    ئەم زانیارییانە بۆ هەڵسەنگاندنی داواکارییەکەتان، گەیاندنی یارمەتی و پەیوەندیکردن پێتانەوە بەکاردەهێنین. ئەمە بەشێکە لە ئەرکەکانی شارەوانی لە یارمەتیی کۆمەڵایەتیدا. ژمارەی ناسنامەکەتان بە شێوەی نهێنیکراو (شفرەکراو) هەڵدەگیرێت و بە داپۆشراوی نیشانی کارمەندان دەدرێت. تەنها کارمەندانی ڕێگەپێدراوی شارەوانی زانیارییەکانتان دەبینن. تەنها کاتێک یاسا داوای بکات، لەگەڵ دامەزراوە گشتییەکانی تر هاوبەش دەکرێن. زانیارییەکانتان لە تورکیا هەڵدەگیرێن و کاتێک ماوەی هەڵگرتنیان تەواو بوو، دەسڕدرێنەوە.

    تکایە هیچ زانیارییەکی تەندروستی لەم گفتوگۆیەدا مەنووسن؛ ئەگەر پێویست بێت، بە ڕووبەڕوو وەردەگیرێت.

    دەتوانن مافەکانتان بەپێی مادەی 11ی ئەم یاسایە بەکار بهێنن (زانینی ئەوەی چ زانیارییەکمان لەسەرتان هەیە، ڕاستکردنەوەی، سڕینەوەی و مافی تر): لێرە بۆمان بنووسن یان سەردانی شارەوانی بکەن.
consent-ask = ئایا ئەم ئاگادارکردنەوەیەتان خوێندەوە؟ ڕازین کە ئەو زانیارییانەی دەیدەن بۆ داواکارییەکەتان بەکار بهێنرێن؟
consent-agree = ✅ خوێندمەوە و ڕازیم
consent-disagree = ❌ ڕازی نیم
consent-thanks = سوپاس. ئێستا چەند پرسیارێکی کورتتان لێ دەکەین. هەر کاتێک بتانەوێت دەتوانن بە /cancel ڕایبگرن.
consent-refused = تێدەگەین. هیچ زانیارییەکی کەسیمان لەسەرتان هەڵنەگرت. بەبێ ڕەزامەندیی ئێوە ناتوانین لەم گفتوگۆیەدا داواکاری وەربگرین، بەڵام ڕێگای تر هەیە: دەتوانن دەربارەی بەرنامەکانمان بخوێننەوە، پرسیار لە کارمەندێک بکەن، یان بە سەردانی سەنتەرێکی خزمەتگوزاریی کۆمەڵایەتی یان بە پەیوەندیکردن بە 153 داواکاری پێشکەش بکەن.

## The application's questions

apply-ask-phone = بە چ ژمارە تەلەفۆنێک دەتوانین دەربارەی ئەم داواکارییە پەیوەندیتان پێوە بکەین؟
apply-ask-identity = تکایە ژمارەی ناسنامەی تورکیای خۆتان بنووسن (T.C. Kimlik No، 11 ڕەقەم). ئەگەر هاووڵاتیی بیانین، ژمارەی ناسنامەی بیانییەکەتان بنووسن کە بە 99 دەست پێدەکات: ئەم ژمارەیە لەسەر بەڵگەنامەی پاراستنی کاتی، پاراستنی نێودەوڵەتی یان مۆڵەتی نیشتەجێبوونەکەتان (ئیقامە) نووسراوە.
# $masked: the number with all but four digits hidden, e.g. "10*******46"
apply-identity-noted = سوپاس، ژمارەی ناسنامەکەتانمان بەم شێوەیە تۆمار کرد: { $masked }.
apply-identity-warning = ژمارەی ناسنامەکەتانمان بەم شێوەیە تۆمار کرد: { $masked }. ڕەقەمەکانی پشکنینی یەک ناگرنەوە، لەوانەیە هەڵەیەکی نووسین هەبێت. کێشە نییە: کارمەندێک لەگەڵتان دەیپشکنێت. دەشتوانن لە پوختەکەدا ڕاستی بکەنەوە.
apply-identity-again = بۆ ئاسایشی خۆتان، تکایە جارێکی تر ژمارەی ناسنامەکەتان بنووسن.
apply-ask-district = لە کام قەزا (ilçe) دەژین؟ لە لیستەکە هەڵبژێرن یان ناوەکەی بنووسن. (لاپەڕەی { $page } لە { $pages })
apply-district-suggestions = مەبەستتان یەکێک لەمانەیە؟
apply-district-all = 📋 هەموو قەزاکان
apply-ask-neighbourhood = لە کام گەڕەک (mahalle) دەژین؟ تکایە ناوەکەی بنووسن.
apply-ask-household = لەگەڵ خۆتان، چەند کەس لە ماڵەکەتاندا دەژین؟ تکایە ژمارەیەک لە { $min } تا { $max } بنووسن.
apply-ask-description = بە چەند ڕستەیەک باسی بارودۆخەکەتان و ئەوەی پێویستتانە بکەن (زۆرترین { $max } پیت). تکایە هیچ زانیارییەکی تەندروستی مەنووسن؛ ئەگەر پێویست بێت، بە ڕووبەڕوو وەردەگیرێت.
apply-ask-documents = ئەگەر بتانەوێت، وێنە یان فایلی بەڵگەنامە پەیوەندیدارەکان بنێرن (زۆرترین { $max } فایل، هەر یەکەیان تا 10 مێگابایت). ئەگەر بەڵگەنامەتان نییە، دوگمەکە دابگرن.
apply-documents-skip = ⏭️ بەبێ بەڵگەنامە بەردەوام بە
apply-documents-done = ✅ تەواو، بەردەوام بە
apply-document-received = فایلەکە گەیشت ({ $count } لە { $max }). فایلێکی تر بنێرن، یان بەردەوام بن.
apply-documents-full = { $max } فایلمان وەرگرت، ئەمە زۆرترین ژمارەیە کە وەریدەگرین. با بەردەوام بین.

## Summary and submission

# $details: one line per answer, already written in this language
apply-summary =
    تکایە داواکارییەکەتان بپشکنن:

    { $details }

    ئەگەر هەموو شتێک دروست بێت، «پەسەندکردن و ناردن» دابگرن. بۆ گۆڕینی وەڵامێک، دوگمەکەی دابگرن.
apply-summary-programme = بەرنامە: { $programme }
# $value: what the person answered
apply-summary-phone = تەلەفۆن: { $value }
apply-summary-national_id = ژمارەی ناسنامە: { $masked }
apply-summary-district = قەزا: { $value }
apply-summary-neighbourhood = گەڕەک: { $value }
apply-summary-household_size = ژمارەی ئەندامانی خێزان: { $count }
apply-summary-description = ڕوونکردنەوەکەتان: { $value }
apply-summary-documents = بەڵگەنامەکان: { $count ->
        [0] نییە
        [one] یەک فایل
       *[other] { $count } فایل
    }
apply-summary-missing = (نەدراوە)
apply-edit-phone = ✏️ تەلەفۆن
apply-edit-national_id = ✏️ ژمارەی ناسنامە
apply-edit-district = ✏️ قەزا
apply-edit-neighbourhood = ✏️ گەڕەک
apply-edit-household_size = ✏️ خێزان
apply-edit-description = ✏️ ڕوونکردنەوە
apply-edit-documents = ✏️ بەڵگەنامەکان
apply-confirm = ✅ پەسەندکردن و ناردن
apply-submitted =
    داواکارییەکەتان گەیشت 🎉

    ژمارەی داواکاری: { $reference }
    بەرنامە: { $programme }

    تکایە ئەم ژمارەیە بپارێزن. بۆ پرسیارکردن دەربارەی داواکارییەکەتان، تەنها ئەم ژمارەیەمان بۆ بنێرن.
apply-next-days = { $count ->
        [one] داواکاریی وەک ئەمەی ئێوە بەزۆری لە ماوەی یەک ڕۆژدا هەڵدەسەنگێنرێت.
       *[other] داواکاریی وەک ئەمەی ئێوە بەزۆری لە ماوەی { $count } ڕۆژدا هەڵدەسەنگێنرێت.
    } هەر کاتێک دۆخەکەی گۆڕا، لێرە ئاگادارتان دەکەینەوە.
apply-next-hours = { $count ->
        [one] داواکاریی وەک ئەمەی ئێوە بەزۆری لە ماوەی یەک کاتژمێردا هەڵدەسەنگێنرێت.
       *[other] داواکاریی وەک ئەمەی ئێوە بەزۆری لە ماوەی { $count } کاتژمێردا هەڵدەسەنگێنرێت.
    } هەر کاتێک دۆخەکەی گۆڕا، لێرە ئاگادارتان دەکەینەوە.

## My applications

status-none = هێشتا هیچ داواکارییەکتان نییە. بۆ داوای یارمەتی، دوگمەی خوارەوە دابگرن.
status-list = { $count ->
        [one] دوایین داواکارییەکەتان:
       *[other] دوایین { $count } داواکارییەکانتان:
    }
# $status: the status's name; $date: when it last changed; $next: what happens next
status-item =
    📄 { $reference }: { $programme }
    دۆخ: { $status } (دوایین گۆڕان: { $date })
    هەنگاوی داهاتوو: { $next }
status-details = 🔎 وردەکاری
status-reference-hint = بۆ بینینی وردەکاریی داواکارییەک، ژمارەکەی بنووسن (بۆ نموونە 482 913 657).
status-detail =
    📄 داواکاری { $reference }
    بەرنامە: { $programme }
    دۆخ: { $status } (دوایین گۆڕان: { $date })

    دواتر چی دەبێت: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 تێبینیی کارمەندەکانمان: { $note }
status-not-found = لە نێو داواکارییەکانتاندا داواکارییەکمان بە ژمارەی { $reference } نەدۆزییەوە. تکایە ژمارەکە بپشکنن و دیسان بینووسنەوە.

## Questions to staff and answers to “we need more information”

ask-prompt = تکایە پرسیارەکەتان بە قسەی خۆتان بنووسن. دەتوانن وێنەی بەڵگەنامەیەکیش بنێرن. کارمەندێک دەیخوێنێتەوە و لێرە وەڵامتان دەداتەوە.
ask-attachment-needs-words = فایلەکەتان گەیشت. تکایە بە چەند وشەیەک بنووسن پێویستتان بە چییە. هەردووکیان پێکەوە بۆ کارمەندێک دەنێرین.
ask-attachment-kept = { $count ->
        [one] فایلەکەتان گەیشت.
       *[other] { $count } فایلەکەتان گەیشت.
    } ئێستا تکایە پرسیارەکەتان بە چەند وشەیەک بنووسن.
ask-privacy-note = 🔒 ئەوەی دەینووسن تەنها کارمەندانی شارەوانی دەیخوێننەوە، بۆ وەڵامدانەوەی ئێوە، و لە تورکیا هەڵدەگیرێت. تکایە زانیاریی تەندروستی مەنووسن.
# $desk: the name of the desk that will answer
ask-received-days = پرسیارەکەتان نێردرا بۆ ئەم بەشە: { $desk }. ژمارەی بەدواداچوون: { $reference }. { $count ->
        [one] بەزۆری لە ماوەی یەک ڕۆژدا وەڵام دەدەینەوە.
       *[other] بەزۆری لە ماوەی { $count } ڕۆژدا وەڵام دەدەینەوە.
    } وەڵامەکە لێرە دێت.
ask-received-hours = پرسیارەکەتان نێردرا بۆ ئەم بەشە: { $desk }. ژمارەی بەدواداچوون: { $reference }. { $count ->
        [one] بەزۆری لە ماوەی یەک کاتژمێردا وەڵام دەدەینەوە.
       *[other] بەزۆری لە ماوەی { $count } کاتژمێردا وەڵام دەدەینەوە.
    } وەڵامەکە لێرە دێت.
ask-added = نامەکەتانمان خستە سەر داواکارییەکەتان بە ژمارەی { $reference }. کارمەندێک دەیبینێت.
ask-info-received = سوپاس! ئەوەی ناردتان خستمانە سەر داواکارییەکەتان بە ژمارەی { $reference }. داواکارییەکە دیسان لای کارمەندەکانمانە بۆ پێداچوونەوە.

# Hemşehri: the citizen conversation (every channel). Pashto (پښتو).
# Keys and placeable names are the same in every language; only the text is translated.
# Fluent isolates placeables in right-to-left languages itself: add no bidi marks by hand.

## Start and language

start-welcome = سلام، Hemşehri ته ښه راغلاست 👋 دا د { $city } ښاروالۍ د ټولنیزو خدمتونو د پیغامونو کرښه ده. دلته کولای شئ د مرستې غوښتنلیک ورکړئ، د خپلو غوښتنلیکونو حال وګورئ او زموږ له کارکوونکو پوښتنه وکړئ.
language-pick = په کومه ژبه غواړئ خبرې وکړو؟ هر وخت یې د /language په لیکلو بدلولای شئ.
# $language: the language's own name (e.g. "Türkçe")
language-set = ښه، له اوس وروسته به تاسو ته په دې ژبه لیکو: { $language }.
language-kept = سمه ده، په همدې ژبه به لیکو: { $language }.
# $question: the same question in the other language; $language: that language's name in Pashto.
language-switch-ask =
    { $question }

    داسې ښکاري چې ستاسو پیغام په دې ژبه لیکل شوی: { $language }. په همدې ژبه دوام ورکړو؟
# $language: the language's own name
language-switch-question = غواړئ چې په دې ژبه دوام ورکړو: { $language }؟
language-switch-yes = ✅ هو: { $language }
# $language: the current language's own name
language-switch-no = ❌ نه، { $language } دې پاتې شي

## Main menu (a keyboard that stays on screen; each label must be unique)

menu-apply = 📝 د مرستې غوښتنه
menu-status = 📋 زما غوښتنلیکونه
menu-ask = 💬 پوښتنه وکړئ
menu-language = 🌐 ژبه / Language
menu-help = ❓ لارښوونه
menu-prompt = څه کول غواړئ؟ له لاندې مېنو څخه وټاکئ.

## Common buttons

button-cancel = ✖️ لغوه
button-next = بل ▶️
button-previous = ◀️ مخکینی
button-share-phone = 📱 زما د ټیلیفون شمېره لېږل
phone-type-instead = یا خپله شمېره ولیکئ، د بېلګې په توګه 0532 123 45 67.

## Help and cancel

help =
    دلته دا کارونه کولای شئ:

    📝 د مرستې غوښتنه: د ښاروالۍ د مرستې له پروګرامونو څخه د یوه لپاره غوښتنلیک ورکړئ (/apply)
    📋 زما غوښتنلیکونه: د خپلو غوښتنلیکونو حال وګورئ (/status)، یا یوازې د خپل غوښتنلیک شمېره ولیکئ
    💬 پوښتنه وکړئ: خپله پوښتنه ولیکئ، زموږ یو کارکوونکی به ځواب درکړي (/ask)؛ پوښتنه مستقیم هم لیکلای شئ
    🌐 ژبه: د دې خبرو ژبه بدله کړئ (/language)
    ✖️ لغوه: هغه کار ودروئ چې پیل کړی مو دی (/cancel)
    🗑️ زما د معلوماتو پاکول: ستاسو په اړه ټول معلومات پاکېږي (/forget)

    په بېړني حالت کې 112 ته زنګ ووهئ.
help-in-flow = تاسو اوس د یوه کار په منځ کې یاست. لاندې پوښتنې ته ځواب ورکړئ، یا د درولو لپاره /cancel ولیکئ.
cancel-done = سمه ده، کار مو ودراوه او هغه معلومات مو پاک کړل چې تاسو لیکلي وو. له مېنو څخه بیا پیل کولای شئ.
cancel-nothing = د لغوه کولو لپاره هېڅ شی نشته. له مېنو څخه پیل کولای شئ.

## Forget me (/forget)

forget-ask =
    🗑️ غواړئ چې ستاسو په اړه هغه ټول معلومات پاک کړو چې له دې چټ څخه یې لرو؟

    ستاسو نوم، د ټیلیفون او پېژندنې شمېره، پیغامونه او اسناد به پاک شي، او که کوم غوښتنلیک مو لا خلاص وي، لغوه به شي. وروسته یې بېرته نه شو راګرځولای. هغه مرستې چې مخکې پرې پرېکړه شوې، نه بدلېږي.
forget-yes = 🗑️ هو، هر څه پاک کړئ
forget-no = ↩️ نه، مه یې پاکوئ
forget-done = وشو: ستاسو معلومات مو پاک کړل. که بیا موږ ته ولیکئ، له سره به پیل کوو.
forget-kept = سمه ده، هېڅ شی پاک نه شو.

## Hints when an answer does not fit the question

hint-use-buttons = مهرباني وکړئ له لاندې تڼیو څخه یوه وټاکئ.
hint-type-answer = مهرباني وکړئ خپل ځواب د پیغام په توګه ولیکئ.
hint-not-now = دا شی دلته نه شو کارولای. مهرباني وکړئ لاندې پوښتنې ته ځواب ورکړئ، یا د درولو لپاره /cancel ولیکئ.

## Other messages

common-sticker = 😊 مننه! څنګه مو مرسته کولای شو؟ له مېنو څخه وټاکئ یا خپله پوښتنه ولیکئ.
common-location = مننه، خو موږ ستاسو ځای (لوکېشن) ته اړتیا نه لرو. دا دی مېنو.
common-contact-not-needed = مننه، خو اوس ستاسو د ټیلیفون شمېرې ته اړتیا نه لرو، نو نه مو ده ساتلې. دا دی مېنو.
common-unsupported = دا ډول پیغام نه شو لوستلای. مهرباني وکړئ موږ ته متن ولیکئ، یا عکس یا سند راولېږئ.
common-button-expired = دا تڼۍ نور کار نه کوي. مهرباني وکړئ له مېنو څخه بیا وټاکئ.
common-empty = ستاسو پیغام تش و. مهرباني وکړئ ولیکئ چې څه ته اړتیا لرئ، یا له مېنو څخه وټاکئ.
common-no-words = 🙂 څنګه مو مرسته کولای شو؟ خپله پوښتنه په څو کلمو کې ولیکئ، یا له مېنو څخه وټاکئ.
# $command: what the person typed, e.g. "/foo"
common-unknown-command = موږ د { $command } امر نه پېژنو. د دې لپاره چې وګورئ څه کولای شئ، /help ولیکئ.
flood-slow-down = تاسو ډېر ژر ژر پیغامونه لېږئ. مهرباني وکړئ څو ثانیې صبر وکړئ، بیا دوام ورکړئ. ستاسو وروستیو پیغامونو ته مو ځواب نه شو ورکولای، خو که کومه خلاصه غوښتنه لرئ، څه چې مو لیکلي وو هغې ته ور زیات شول.
flow-expired = څه چې مو پیل کړي وو، د اوږد ځنډ له امله وتړل شول، او هغه معلومات پاک شول چې تاسو لیکلي وو. هر وخت بیا پیل کولای شئ.
telegram-private-only = ستاسو د محرمیت د ساتنې لپاره یوازې په شخصي چټ کې ځواب ورکوو. مهرباني وکړئ ما ته مستقیم پیغام راولېږئ.

## Input errors in the application

error-file-too-large = دا فایل ډېر لوی دی. هر فایل تر { $max } میګابایټه پورې کېدای شي.
error-file-kind = مهرباني وکړئ سند د عکس یا فایل (لکه PDF) په بڼه راولېږئ.
error-too-many-files = تاسو تر ډېره { $max } فایلونه لېږلای شئ.
error-neighbourhood-empty = مهرباني وکړئ د خپلې محلې نوم ولیکئ.
error-neighbourhood-too-long = د محلې نوم تر ډېره { $max } توري کېدای شي. مهرباني وکړئ لنډ یې کړئ.
error-household-not-number = مهرباني وکړئ یوازې یو عدد ولیکئ، د بېلګې په توګه 4.
error-household-range = مهرباني وکړئ د { $min } او { $max } ترمنځ یو عدد ولیکئ.
error-description-empty = مهرباني وکړئ خپل حالت په څو کلمو کې ولیکئ.
error-description-too-long = ستاسو لیکنه { $given } توري لري؛ تر ډېره { $max } توري ځای کېږي. مهرباني وکړئ لنډه یې کړئ.

## Applying for support

apply-pick-programme = د کومې مرستې لپاره غوښتنلیک ورکول غواړئ؟ (پاڼه { $page } له { $pages } څخه)
# $programme: the programme's name; $description: what it is; $count: how many questions follow
apply-programme-about =
    { $programme }

    { $description }

    { $count ->
        [one] غوښتنلیک یوازې یو لنډ پړاو لري.
       *[other] غوښتنلیک { $count } لنډ پړاوونه لري.
    }
apply-start = ✅ خپل غوښتنلیک پیلوم
apply-back = ↩️ نور پروګرامونه
apply-read-programmes = ℹ️ زموږ د پروګرامونو په اړه
apply-programme-gone = دا پروګرام نور نشته. مهرباني وکړئ له لست څخه بیا وټاکئ.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 موږ ستاسو له شخصي معلوماتو سره څه کوو (د شخصي معلوماتو د ساتنې قانون، 6698 شمېره، KVKK؛ د دې خبرتیا نسخه { $version })

    ستاسو د معلوماتو مسؤل د { $city } ښاروالي ده. د غوښتنلیک لپاره یوازې هغه څه پوښتو چې ستاسو ټاکلی پروګرام ورته اړتیا لري: د ټیلیفون شمېره، ستاسو د پېژندنې شمېره، ولسوالي او محله، د کورنۍ د غړو شمېر، ستاسو د حالت په اړه څو کلمې او، که وغواړئ، د اسنادو عکسونه.

    دا معلومات د ښاروالۍ د ټولنیزو مرستو د دندې په چوکاټ کې کاروو: ستاسو د غوښتنلیک د څېړلو، تاسو ته د مرستې د رسولو او له تاسو سره د اړیکې لپاره. ستاسو د پېژندنې شمېره کوډ شوې ساتل کېږي، او کارکوونکو ته یې یوازې یوه برخه ښکاري. ستاسو معلومات یوازې د ښاروالۍ صلاحیت لرونکي کارکوونکي ګوري، او له نورو دولتي ادارو سره یوازې هغه وخت شریکېږي چې قانون یې غوښتنه وکړي. ستاسو معلومات په ترکیه کې ساتل کېږي او د ساتنې د مودې په پای کې پاکېږي.

    مهرباني وکړئ په دې چټ کې روغتیایي معلومات مه لیکئ؛ که اړتیا وي، په حضوري ډول اخیستل کېږي.

    تاسو کولای شئ د همدې قانون د 11مې مادې له مخې خپل حقونه وکاروئ (دا چې پوه شئ ستاسو کوم معلومات لرو، سم یې کړئ، د پاکولو غوښتنه یې وکړئ، او نور): دلته موږ ته ولیکئ، یا ښاروالۍ ته ورشئ.
consent-ask = ایا دا خبرتیا مو ولوستله، او ایا موافق یاست چې ستاسو معلومات ستاسو د غوښتنلیک لپاره وکارول شي؟
consent-agree = ✅ ومې لوستله او موافق یم
consent-disagree = ❌ موافق نه یم
consent-thanks = مننه. اوس به څو لنډې پوښتنې وکړو. هر وخت د /cancel په لیکلو درولای شئ.
consent-refused = پوهېږو. ستاسو هېڅ شخصي معلومات مو نه دي ساتلي. ستاسو له موافقې پرته په دې چټ کې غوښتنلیک نه شو اخیستلای، خو نورې لارې لرئ: زموږ د پروګرامونو په اړه ولولئ، زموږ له یوه کارکوونکي پوښتنه وکړئ، یا د ټولنیزو خدمتونو یوه مرکز ته په حضوري ډول ورشئ یا 153 ته زنګ ووهئ او هلته غوښتنلیک ورکړئ.

## The application's questions

apply-ask-phone = په کومه ټیلیفون شمېره د دې غوښتنلیک په اړه له تاسو سره اړیکه نیولای شو؟
apply-ask-identity = مهرباني وکړئ د ترکیې د پېژندنې شمېره (T.C. Kimlik No، 11 رقمه) ولیکئ. که بهرني تابعیت لرئ، د بهرنیانو د پېژندنې شمېره ولیکئ چې په 99 پیلېږي: دا شمېره ستاسو د لنډمهاله ساتنې، نړیوالې ساتنې یا د استوګنې اجازې (ikamet) په سند کې لیکل شوې ده.
# $masked: the number with all but four digits hidden, e.g. "10*******46"
apply-identity-noted = مننه، ستاسو د پېژندنې شمېره مو داسې ثبت کړه: { $masked }.
apply-identity-warning = ستاسو د پېژندنې شمېره مو داسې ثبت کړه: { $masked }. د کنټرول رقمونه یې سمون نه خوري، نو کېدای شي د لیکلو تېروتنه وي. کومه ستونزه نشته: زموږ یو کارکوونکی به یې له تاسو سره وګوري. په لنډیز کې یې هم سمولای شئ.
apply-identity-again = ستاسو د امنیت لپاره، مهرباني وکړئ خپله د پېژندنې شمېره یو ځل بیا ولیکئ.
apply-ask-district = په کومه ولسوالۍ (ilçe) کې اوسېږئ؟ له لست څخه یې وټاکئ یا یې نوم ولیکئ. (پاڼه { $page } له { $pages } څخه)
apply-district-suggestions = ایا ستاسو مطلب له دې څخه یوه ده؟
apply-district-all = 📋 ټولې ولسوالۍ
apply-ask-neighbourhood = په کومه محله (mahalle) کې اوسېږئ؟ مهرباني وکړئ نوم یې ولیکئ.
apply-ask-household = ستاسو په کور کې، له تاسو سره یوځای، څو کسان ژوند کوي؟ مهرباني وکړئ له { $min } څخه تر { $max } پورې یو عدد ولیکئ.
apply-ask-description = په څو جملو کې خپل حالت او اړتیا ولیکئ (تر ډېره { $max } توري). مهرباني وکړئ روغتیایي معلومات مه لیکئ؛ که اړتیا وي، په حضوري ډول اخیستل کېږي.
apply-ask-documents = که وغواړئ، د اړوندو اسنادو عکسونه یا فایلونه راولېږئ (تر ډېره { $max } فایلونه، هر یو تر 10 میګابایټه پورې). که د لېږلو لپاره سند نه لرئ، تڼۍ کېکاږئ.
apply-documents-skip = ⏭️ له اسنادو پرته دوام
apply-documents-done = ✅ بس دی، دوام
apply-document-received = فایل ترلاسه شو ({ $count } له { $max } څخه). بل فایل راولېږئ، یا دوام ورکړئ.
apply-documents-full = { $max } فایلونه مو ترلاسه کړل، چې تر ټولو زیات شمېر دی. راځئ چې دوام ورکړو.

## Summary and submission

# $details: one line per answer, already written in this language
apply-summary =
    مهرباني وکړئ خپل غوښتنلیک وګورئ:

    { $details }

    که هر څه سم وي، «تایید او لېږل» کېکاږئ. د یوه ځواب د بدلولو لپاره د هغه تڼۍ کېکاږئ.
apply-summary-programme = پروګرام: { $programme }
# $value: what the person answered
apply-summary-phone = ټیلیفون: { $value }
apply-summary-national_id = د پېژندنې شمېره: { $masked }
apply-summary-district = ولسوالي: { $value }
apply-summary-neighbourhood = محله: { $value }
apply-summary-household_size = د کورنۍ غړي: { $count }
apply-summary-description = ستاسو خبرې: { $value }
apply-summary-documents = اسناد: { $count ->
        [0] نشته
        [one] یو فایل
       *[other] { $count } فایلونه
    }
apply-summary-missing = (نه دی ورکړل شوی)
apply-edit-phone = ✏️ ټیلیفون
apply-edit-national_id = ✏️ د پېژندنې شمېره
apply-edit-district = ✏️ ولسوالي
apply-edit-neighbourhood = ✏️ محله
apply-edit-household_size = ✏️ کورنۍ
apply-edit-description = ✏️ ستاسو خبرې
apply-edit-documents = ✏️ اسناد
apply-confirm = ✅ تایید او لېږل
apply-submitted =
    ستاسو غوښتنلیک ترلاسه شو 🎉

    د غوښتنلیک شمېره: { $reference }
    پروګرام: { $programme }

    مهرباني وکړئ دا شمېره وساتئ. که د خپل غوښتنلیک په اړه پوښتنه لرئ، یوازې دا شمېره موږ ته راولېږئ.
apply-next-days = { $count ->
        [one] ستاسو په څېر غوښتنلیکونه معمولاً په یوه ورځ کې کتل کېږي.
       *[other] ستاسو په څېر غوښتنلیکونه معمولاً په { $count } ورځو کې کتل کېږي.
    } هر کله چې یې حالت بدل شي، همدلته به مو خبر کړو.
apply-next-hours = { $count ->
        [one] ستاسو په څېر غوښتنلیکونه معمولاً په یوه ساعت کې کتل کېږي.
       *[other] ستاسو په څېر غوښتنلیکونه معمولاً په { $count } ساعتونو کې کتل کېږي.
    } هر کله چې یې حالت بدل شي، همدلته به مو خبر کړو.

## My applications

status-none = تر اوسه هېڅ غوښتنلیک نه لرئ. د مرستې د غوښتنې لپاره لاندې تڼۍ کېکاږئ.
status-list = { $count ->
        [one] ستاسو وروستی غوښتنلیک:
       *[other] ستاسو وروستي { $count } غوښتنلیکونه:
    }
# $status: the status's name; $date: when it last changed; $next: what happens next
status-item =
    📄 { $reference }: { $programme }
    حالت: { $status } (له { $date } راهیسې)
    بل ګام: { $next }
status-details = 🔎 تفصیل
status-reference-hint = د یوه غوښتنلیک د تفصیل لیدلو لپاره یې شمېره ولیکئ (د بېلګې په توګه 482 913 657).
status-detail =
    📄 غوښتنلیک { $reference }
    پروګرام: { $programme }
    حالت: { $status } (له { $date } راهیسې)

    وروسته څه کېږي: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 زموږ د کارکوونکو یادښت: { $note }
status-not-found = ستاسو په غوښتنلیکونو کې د { $reference } شمېرې غوښتنلیک پیدا نه شو. مهرباني وکړئ شمېره وګورئ او بیا یې ولیکئ.

## Questions to staff and answers to “we need more information”

ask-prompt = مهرباني وکړئ خپله پوښتنه په خپلو خبرو ولیکئ. د یوه سند عکس هم ورسره لېږلای شئ. زموږ یو کارکوونکی به یې ولولي او همدلته به ځواب درکړي.
ask-attachment-needs-words = ستاسو فایل مو ترلاسه کړ. مهرباني وکړئ په څو کلمو کې ولیکئ چې څه ته اړتیا لرئ، بیا به دواړه زموږ یوه کارکوونکي ته ورکړو.
ask-attachment-kept = { $count ->
        [one] ستاسو فایل مو ترلاسه کړ.
       *[other] ستاسو { $count } فایلونه مو ترلاسه کړل.
    } اوس مهرباني وکړئ خپله پوښتنه په څو کلمو کې ولیکئ.
ask-privacy-note = 🔒 څه چې لیکئ، یوازې د ښاروالۍ کارکوونکي یې ستاسو د ځواب لپاره لولي، او په ترکیه کې ساتل کېږي. مهرباني وکړئ روغتیایي معلومات مه لیکئ.
# $desk: the name of the desk that will answer
ask-received-days = ستاسو پوښتنه دې څانګې ته ولېږل شوه: { $desk }. د تعقیب شمېره: { $reference }. { $count ->
        [one] معمولاً په یوه ورځ کې ځواب ورکوو.
       *[other] معمولاً په { $count } ورځو کې ځواب ورکوو.
    } ځواب به همدلته درشي.
ask-received-hours = ستاسو پوښتنه دې څانګې ته ولېږل شوه: { $desk }. د تعقیب شمېره: { $reference }. { $count ->
        [one] معمولاً په یوه ساعت کې ځواب ورکوو.
       *[other] معمولاً په { $count } ساعتونو کې ځواب ورکوو.
    } ځواب به همدلته درشي.
ask-added = ستاسو پیغام مو ستاسو د { $reference } شمېرې غوښتنې ته ور زیات کړ. زموږ یو کارکوونکی به یې وګوري.
ask-info-received = مننه! څه چې مو رالېږلي وو، ستاسو د { $reference } شمېرې غوښتنلیک ته مو ور زیات کړل، او غوښتنلیک بیا د کتنې لپاره زموږ کارکوونکو ته ورغی.

# Hemşehri: the citizen conversation (every channel). Pashto (پښتو).
# Keys and placeable names are the same in every language; only the text is translated.
# Fluent isolates placeables in right-to-left languages itself: add no bidi marks by hand.

## Start and language

start-welcome = سلام، Hemşehri ته ښه راغلاست 👋 دا د { $city } ښاروالۍ له ټولنیزو خدمتونو سره ستاسو چټ دی. دلته کولای شئ د مرستې غوښتنلیک ورکړئ، د خپلو غوښتنلیکونو حال وګورئ او زموږ له کارکوونکو پوښتنه وکړئ.
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

menu-apply = 📝 د مرستې غوښتنلیک
menu-status = 📋 زما غوښتنلیکونه
menu-ask = 💬 پوښتنه وکړئ
menu-language = 🌐 ژبه / Language
menu-help = ❓ لارښوونه
menu-prompt = څه کول غواړئ؟ له لاندې مېنو څخه وټاکئ.

## Common buttons

button-cancel = ✖️ لغوه
button-next = بل ◀️
button-previous = ▶️ مخکینی
button-share-phone = 📱 زما د ټیلیفون شمېره لېږل
phone-type-instead = یا خپله شمېره ولیکئ، د بېلګې په توګه 0532 123 45 67.

## Help and cancel

help =
    دلته دا کارونه کولای شئ:

    📝 د مرستې غوښتنلیک: د ښاروالۍ د مرستې له پروګرامونو څخه د یوه لپاره غوښتنلیک ورکړئ (/apply)
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
forget-no = ↪️ نه، مه یې پاکوئ
forget-done = وشو: ستاسو معلومات مو پاک کړل. که بیا موږ ته ولیکئ، له سره به پیل کوو.
forget-kept = سمه ده، هېڅ شی پاک نه شو.

## Withdrawing an application (My applications)

withdraw-button = ✖️ بېرته اخیستل
withdraw-ask = ایا غواړئ چې غوښتنلیک { $reference } ({ $programme }) بېرته واخلئ؟ زموږ کارکوونکي به نور پرې کار نه کوي. په دې سره هغه معلومات چې تاسو موږ ته راکړي دي نه پاکېږي.
withdraw-yes = ✅ هو، بېرته یې واخلئ
withdraw-no = ↪️ نه، پرېږدئ یې
withdraw-done = غوښتنلیک { $reference } بېرته واخیستل شو. هر وخت چې وغواړئ بیا غوښتنلیک ورکولی شئ.
withdraw-kept = سمه ده، ستاسو غوښتنلیک همداسې پاتې کېږي.
withdraw-not-possible = دا غوښتنلیک مخکې تړل شوی، نو بېرته نه شي اخیستل کېدای.
apply-from-question = زموږ کارکوونکي وړاندیز کوي چې د دې پروګرام لپاره غوښتنلیک ورکړئ. هغه څه چې مو په { $reference } پوښتنه کې لیکلي، په غوښتنلیک کې ورزیاتېږي، نو یوازې هغه څه پوښتو چې لا پاتې دي.

## Hints when an answer does not fit the question

hint-use-buttons = مهرباني وکړئ له لاندې تڼیو څخه یوه وټاکئ.
hint-type-answer = مهرباني وکړئ خپل ځواب د پیغام په توګه ولیکئ.
hint-not-now = دا شی دلته نه شو کارولای. مهرباني وکړئ لاندې پوښتنې ته ځواب ورکړئ، یا د درولو لپاره /cancel ولیکئ.
long-text-part = یو اوږد متن مو ترلاسه کړ (تر اوسه د تورو شمېر: { $count }). ستاسو اپلیکیشن اوږد پیغامونه په برخو کې لېږي: که نور هم لرئ، پاتې برخه یې ولېږئ، موږ به برخې سره یو ځای کړو. که همدا و، تڼۍ کېکاږئ.
long-text-done = ✅ همدا و

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
flood-slow-down = تاسو ډېر ژر ژر پیغامونه لېږئ. مهرباني وکړئ څو ثانیې صبر وکړئ، بیا دوام ورکړئ. ستاسو وروستیو پیغامونو ته مو ځواب نه شو ورکولای، خو که کوم خلاص غوښتنلیک لرئ، څه چې مو لیکلي وو هغه ته ور زیات شول.
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
apply-back = ↪️ نور پروګرامونه
apply-read-programmes = ℹ️ زموږ د پروګرامونو په اړه
apply-programme-gone = دا پروګرام نور نشته. مهرباني وکړئ له لست څخه بیا وټاکئ.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 موږ ستاسو له شخصي معلوماتو سره څه کوو (د شخصي معلوماتو د ساتنې قانون، 6698 شمېره، KVKK؛ د دې خبرتیا نسخه { $version })

    ستاسو د معلوماتو مسؤل د { $city } ښاروالي ده. د غوښتنلیک لپاره یوازې هغه څه پوښتو چې ستاسو ټاکلی پروګرام ورته اړتیا لري: د ټیلیفون شمېره، ستاسو د پېژندنې شمېره، ولسوالي او محله، د کورنۍ د غړو شمېر، ستاسو د حالت په اړه څو کلمې او، که وغواړئ، د اسنادو عکسونه.

    دا معلومات د ښاروالۍ د ټولنیزو مرستو د دندې په چوکاټ کې کاروو: ستاسو د غوښتنلیک د څېړلو، تاسو ته د مرستې د رسولو او له تاسو سره د اړیکې لپاره. ستاسو د پېژندنې شمېره کوډ شوې ساتل کېږي، او کارکوونکو ته یې یوازې یوه برخه ښکاري. ستاسو معلومات یوازې د ښاروالۍ صلاحیت لرونکي کارکوونکي ګوري، او له نورو دولتي ادارو سره یوازې هغه وخت شریکېږي چې قانون یې لازمي کړي. ستاسو معلومات په ترکیه کې ساتل کېږي او د ساتنې د مودې په پای کې پاکېږي.

    مهرباني وکړئ په دې چټ کې روغتیایي معلومات مه لیکئ؛ که اړتیا وي، په حضوري ډول اخیستل کېږي.

    تاسو کولای شئ د همدې قانون د 11مې مادې له مخې خپل حقونه وکاروئ (دا چې پوه شئ ستاسو کوم معلومات لرو، سم یې کړئ، ووایاست چې پاک یې کړو، او نور): دلته موږ ته ولیکئ، یا ښاروالۍ ته ورشئ.
consent-ask = ایا دا خبرتیا مو ولوستله، او ایا موافق یاست چې ستاسو معلومات ستاسو د غوښتنلیک لپاره وکارول شي؟
consent-agree = ✅ ومې لوستله او موافق یم
consent-disagree = ❌ موافق نه یم
consent-thanks = مننه. اوس به څو لنډې پوښتنې وکړو. هر وخت د /cancel په لیکلو درولای شئ.
consent-refused = پوهېږو. ستاسو هېڅ شخصي معلومات مو نه دي ساتلي. ستاسو له موافقې پرته په دې چټ کې غوښتنلیک نه شو اخیستلای، خو نورې لارې لرئ: زموږ د پروګرامونو په اړه ولولئ، زموږ له یوه کارکوونکي پوښتنه وکړئ، یا د ټولنیزو خدمتونو یوه مرکز ته په حضوري ډول ورشئ یا 153 ته زنګ ووهئ او هلته غوښتنلیک ورکړئ.

## The application's questions

apply-ask-phone = په کومه ټیلیفون شمېره د دې غوښتنلیک په اړه له تاسو سره اړیکه نیولای شو؟
apply-ask-identity = مهرباني وکړئ د ترکیې د پېژندنې شمېره (T.C. Kimlik No، 11 رقمه) ولیکئ. که بهرني تابعیت لرئ، د بهرنیانو د پېژندنې شمېره ولیکئ چې په 99 پیلېږي: دا شمېره ستاسو د لنډمهاله ساتنې (کیملیک)، نړیوالې ساتنې یا د استوګنې اجازې (ikamet) په سند کې لیکل شوې ده.
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
apply-documents-skip = ⏮️ له اسنادو پرته دوام
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

status-none = تر اوسه هېڅ غوښتنلیک نه لرئ. د مرستې د غوښتنلیک لپاره لاندې تڼۍ کېکاږئ.
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
status-reference-hint = د یوه غوښتنلیک د تفصیل لیدلو لپاره یې شمېره ولیکئ (د بېلګې په توګه 482 913 656).
status-detail =
    📄 غوښتنلیک { $reference }
    پروګرام: { $programme }
    حالت: { $status } (له { $date } راهیسې)

    وروسته څه کېږي: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 زموږ د کارکوونکو یادښت: { $note }
status-not-found = ستاسو په غوښتنلیکونو کې د { $reference } شمېرې غوښتنلیک پیدا نه شو. مهرباني وکړئ شمېره وګورئ او بیا یې ولیکئ.
# A status asked for from a channel the application was not made on: the second factor (handlers.status_check)
status-check-ask = د { $reference } شمېرې غوښتنلیک مو د دې حساب په غوښتنلیکونو کې پیدا نه کړ. که له بل ټیلیفون یا حساب څخه ورکړل شوی وي، په غوښتنلیک کې د ورکړل شوې ټیلیفون شمېرې وروستۍ څلور عددونه ولیکئ، موږ به یې حالت درته ووایو. که مو شمېره غلطه لیکلې وي، بیا یې ولیکئ.
status-check-detail =
    📄 غوښتنلیک { $reference }
    حالت: { $status }

    وروسته څه کېږي: { $next }
status-check-mismatch = کوم عددونه چې مو ولیکل د { $reference } شمېرې له غوښتنلیک سره سمون نه لري، یا په دې شمېره کوم غوښتنلیک نشته. د بیا هڅې لپاره د غوښتنلیک شمېره بیا ولیکئ.
status-check-locked = د دې غوښتنلیک لپاره یا له دې خبرو اترو څخه ډېر غلط ځوابونه راغلي، نو ستاسو د خوندیتوب لپاره یو څه وخت ځواب نه شو ورکولای. مهرباني وکړئ سبا بیا هڅه وکړئ، یا له هغه ټیلیفون یا حساب څخه ولیکئ چې غوښتنلیک مو ترې ورکړی.
# Where am I in the queue (handlers.queue_place): a place in line and an expected wait, never a promise
queue-place = ستاسو غوښتنلیک { $reference } د هغو غوښتنلیکونو په منځ کې چې ستاسو په ژبه د دې څانګې ({ $desk }) په تمه دي، په { $position } نمبر کې دی.
queue-estimate-hours = د تېرو څو ورځو د چټکتیا له مخې، ځواب په نږدې دومره وخت (په ساعتونو) کې تمه کولای شئ: { $low }–{ $high }. دا اټکل دی، ژمنه نه ده.
queue-estimate-days = د تېرو څو ورځو د چټکتیا له مخې، ځواب په نږدې دومره وخت (په ورځو) کې تمه کولای شئ: { $low }–{ $high }. دا اټکل دی، ژمنه نه ده.
queue-no-estimate = په تېرو څو ورځو کې د دې نوبت دومره غوښتنلیکونو ته ځواب نه دی ورکړل شوی چې د انتظار وخت اټکل کړو. کله چې یې حالت بدل شي، همدلته به درته ووایو.
queue-in-hand = زموږ یو کارکوونکی همدا اوس ستاسو په غوښتنلیک { $reference } کار کوي.
queue-none = اوس مهال ستاسو هېڅ غوښتنلیک په نوبت کې نه دی. د خپلو غوښتنلیکونو د حالت لیدلو لپاره «زما غوښتنلیکونه» وګورئ.

## Questions to staff and answers to “we need more information”

ask-prompt = مهرباني وکړئ خپله پوښتنه په خپلو خبرو ولیکئ. د یوه سند عکس هم ورسره لېږلای شئ. زموږ یو کارکوونکی به یې ولولي او همدلته به ځواب درکړي.
ask-attachment-needs-words = ستاسو فایل مو ترلاسه کړ. مهرباني وکړئ په څو کلمو کې ولیکئ چې څه ته اړتیا لرئ، بیا به دواړه زموږ یوه کارکوونکي ته ورکړو.
ask-attachment-kept = { $count ->
        [one] ستاسو فایل مو ترلاسه کړ.
       *[other] ستاسو { $count } فایلونه مو ترلاسه کړل.
    } اوس مهرباني وکړئ خپله پوښتنه په څو کلمو کې ولیکئ.
question-notice =
    🔒 موږ ستاسو له شخصي معلوماتو سره څه کوو (د شخصي معلوماتو د ساتنې قانون، 6698 شمېره، KVKK؛ د دې خبرتیا نسخه { $version })

    د { $city } ښاروالي ستاسو پوښتنه، هغه فایلونه چې یې لېږئ او د دې چټ پته ساتي، څو زموږ کارکوونکي تاسو ته همدلته ځواب درکړي. څه چې لیکئ، یوازې د ښاروالۍ کارکوونکي یې ستاسو د ځواب لپاره لولي، او په ترکیه کې ساتل کېږي. مهرباني وکړئ روغتیایي معلومات مه لیکئ.

    تاسو کولای شئ د همدې قانون د 11مې مادې له مخې خپل حقونه وکاروئ (دا چې پوه شئ ستاسو کوم معلومات لرو، سم یې کړئ، ووایاست چې پاک یې کړو، او نور): دلته موږ ته ولیکئ، یا ښاروالۍ ته ورشئ.
question-notice-ask = ایا ستاسو پوښتنه په همدې شرطونو زموږ کارکوونکو ته ولېږو؟
question-notice-agree = ✅ هو، ویې لېږئ
question-notice-decline = ❌ نه، مه یې لېږئ
question-notice-declined = سمه ده: ستاسو پوښتنه مو نه ده ساتلې. بیا هم کولی شئ زموږ د پروګرامونو په اړه ولولئ، د ټولنیزو خدمتونو یوه مرکز ته لاړ شئ، یا 153 ته زنګ ووهئ.
# $desk: the name of the desk that will answer
ask-received-days = ستاسو پوښتنه دې څانګې ته ولېږل شوه: { $desk }. د تعقیب شمېره: { $reference }. { $count ->
        [one] معمولاً په یوه ورځ کې ځواب ورکوو.
       *[other] معمولاً په { $count } ورځو کې ځواب ورکوو.
    } ځواب به همدلته درشي.
ask-received-hours = ستاسو پوښتنه دې څانګې ته ولېږل شوه: { $desk }. د تعقیب شمېره: { $reference }. { $count ->
        [one] معمولاً په یوه ساعت کې ځواب ورکوو.
       *[other] معمولاً په { $count } ساعتونو کې ځواب ورکوو.
    } ځواب به همدلته درشي.
ask-added = ستاسو پیغام مو ستاسو د { $reference } شمېرې غوښتنلیک ته ور زیات کړ. زموږ یو کارکوونکی به یې وګوري.
ask-info-received = مننه! څه چې مو رالېږلي وو، ستاسو د { $reference } شمېرې غوښتنلیک ته مو ور زیات کړل، او غوښتنلیک بیا د کتنې لپاره زموږ کارکوونکو ته ورغی.
ask-which = دا پیغام مو د کوم غوښتنلیک په اړه دی؟ مهرباني وکړئ لاندې یو وټاکئ.
ask-which-item = 📄 { $programme } · { $reference }
ask-which-new = ✏️ نوې پوښتنه

## Safeguarding (see en/bot.ftl for what each message is for)
safeguarding-in-language = { $help }
safeguarding-help-self_harm = مننه چې موږ ته مو وویل. تاسو یوازې نه یاست. که ښايي همدا اوس ځان ته زیان ورسوئ، مهرباني وکړئ 112 ته زنګ ووهئ؛ زنګ وړیا دی او شپه و ورځ ځواب ورکوي. که کولی شئ، د داسې چا سره پاتې شئ چې باور پرې لرئ.
safeguarding-help-medical_emergency = دا ښايي بېړنۍ پېښه وي: مهرباني وکړئ همدا اوس 112 ته زنګ ووهئ او امبولانس وغواړئ. زنګ له هر تلیفون څخه وړیا دی.
safeguarding-help-violence = مننه چې موږ ته مو وویل؛ څه چې درسره کېږي ستاسو ګناه نه ده. که همدا اوس په خطر کې یاست، 112 ته (یا پولیسو ته 155) زنګ ووهئ. تاسو کولی شئ 183 ته هم زنګ ووهئ، چې د ښځو، ماشومانو، زړو او معلولینو لپاره د ټولنیز ملاتړ وړیا کرښه ده. KADES د پولیسو اپلیکېشن دی د هغو ښځو لپاره چې په خطر کې دي.
safeguarding-help-child_at_risk = که یو ماشوم همدا اوس په خطر کې وي، 112 ته زنګ ووهئ. تاسو کولی شئ 183 ته هم زنګ ووهئ، چې د ماشومانو او کورنیو لپاره د ټولنیز ملاتړ وړیا کرښه ده.
safeguarding-help-trafficking = که همدا اوس په خطر کې یاست، 112 ته (یا پولیسو ته 155) زنګ ووهئ. YİMER په 157 شمېره بهرنیانو سره په څو ژبو مرسته کوي، د هغو کسانو سره هم چې په زور کار ته اړ شوي یا د خپلې خوښې پرته ساتل کېږي. د UNHCR د مشورې کرښه هم کولی شي لارښوونه درته وکړي.
safeguarding-help-no_shelter =
    { $programme ->
        [none] که نن شپه د خوب لپاره خوندي ځای نه لرئ، زموږ کارکوونکي به ژر تر ژره له تاسو سره ځای ولټوي. که په خطر کې یاست، 112 ته زنګ ووهئ.
       *[other] که نن شپه د خوب لپاره خوندي ځای نه لرئ، د ښاروالۍ «{ $programme }» پروګرام مرسته کولی شي، او زموږ کارکوونکي به ژر تر ژره له تاسو سره اړیکه ونیسي. که په خطر کې یاست، 112 ته زنګ ووهئ.
    }
safeguarding-help-detention = که تاسو یا ستاسو د کورنۍ یو غړی نیول شوی وي یا د اېستلو خطر وي: YİMER په 157 شمېره بهرنیانو ته په څو ژبو ځواب ورکوي، او د UNHCR د مشورې کرښه کولی شي ستاسو د حقونو په اړه لارښوونه وکړي.
safeguarding-help-foreigners = د بهرنیانو لپاره: YİMER په 157 شمېره په څو ژبو ځواب ورکوي، او د UNHCR د مشورې کرښه هم کولی شي لارښوونه درته وکړي.
safeguarding-passed-on = ستاسو پیغام مو زموږ کارکوونکو ته د بېړني په توګه ولېږه (د تعقیب شمېره { $reference }). تاسو کولی شئ دلته موږ ته لیکلو ته دوام ورکړئ.

## د آزادو پیغامونو پوهېدل، او د ژبې پوښتنه کله چې ډاډه نه یو

# هغه وخت پوښتل کېږي چې د پیغام ژبه نه پېژنو؛ په هغې ژبه ښودل کېږي چې ډېر احتمال یې وي.
language-choose-question = په کومه ژبه دوام ورکړو؟ مهرباني وکړئ لاندې یې وټاکئ.
# $question: د language-choose-question متن په هماغه ژبه
language-choose-ask =
    { $question }

    موږ ونه شو پوهېدای چې ستاسو پیغام په کومه ژبه لیکل شوی دی. مهرباني وکړئ لاندې یوه ژبه وټاکئ.
language-choose-other = 🌐 بله ژبه
intent-greeting = سلام 👋 څنګه مو مرسته کولای شو؟ له لاندې مینو څخه وټاکئ یا خپله پوښتنه ولیکئ.
intent-thanks = هرکله 🙂 که بل څه ته اړتیا لرئ، مینو لاندې ده.

## A programme's own questions (core/catalogue.toml) and the applicant's full name

apply-ask-full-name = ستاسو بشپړ نوم څه دی؟ مهرباني وکړئ په یوه کرښه کې یې ولیکئ، لکه څنګه چې ستاسو په اسنادو کې لیکل شوی.
apply-summary-full_name = بشپړ نوم: { $value }
apply-edit-full_name = ✏️ بشپړ نوم
apply-question-more = ثبت شو ({ $count }/{ $max }). بل یې لیکلای شئ، یا که همدومره و، تڼۍ کېکاږئ.
apply-question-done = ✅ همدومره و، مخ ته
apply-question-again = ✏️ بیا یې ولیکئ
apply-summary-answer = { $label }: { $value }
apply-edit-answer = ✏️ { $label }
apply-answer-yes = ✅ هو
apply-answer-no = ❌ نه
question-child_birth_dates = ستاسو د پنځو کلونو څخه د کم عمر ماشوم د زېږون نېټه څه ده؟ د ورځ.میاشت.کال په بڼه یې ولیکئ، د بېلګې په توګه 15.03.2023. که له یوه زیات ماشومان لرئ، نېټې یو په یو ولېږئ.
    .label = د ماشومانو د زېږون نېټې
question-child_birth_dates-over = ستاسو هغه ماشوم چې په { $date } زېږېدلی پنځه کلن یا تر هغه مشر دی؛ Süt Kuzusu له پنځو کلونو کم عمره ماشومانو لپاره دی. دا نېټه مو ثبت کړه، خو د دې پروګرام لپاره نه حسابېږي.
question-child_birth_dates-none = ستاسو د لیکل شویو نېټو له مخې، ستاسو هېڅ ماشوم له پنځو کلونو کم عمر نه لري، نو د Süt Kuzusu غوښتنلیک نشو منلای. بخښنه غواړو. که مو کومه نېټه په غلطۍ لیکلې وي، بیا یې لیکلای شئ. نور ملاتړ لکه د خوراکي توکو بسته یا د ناشتې بسته ښايي ستاسو کورنۍ ته مناسب وي: پروګرامونه کتلای شئ یا موږ ته پوښتنه کولای شئ.
question-income_band = ستاسو د کورنۍ ټول میاشتنی عاید څومره دی؟ معاش، تقاعد او هر هغه مرسته چې تاسو یې ترلاسه کوئ پکې حساب کړئ.
    .label = د کورنۍ میاشتنی عاید
question-income_band-none = هېڅ عاید نه لرو
question-income_band-below_half = د لږ تر لږه معاش له نیمایي کم
question-income_band-below_minimum = تر لږ تر لږه معاش پورې
question-income_band-above_minimum = له لږ تر لږه معاش زیات
question-rent_amount = ستاسو میاشتنی کرایه څو لیرې ده؟ مهرباني وکړئ یوازې عدد ولیکئ، د بېلګې په توګه 8500.
    .label = میاشتنی کرایه (لیرې)
question-landlord_name = د کور د مالک بشپړ نوم څه دی؟
    .label = د کور مالک
question-landlord_phone_known = ایا د کور د مالک د ټیلیفون شمېره پېژنئ؟
    .label = د کور د مالک ټیلیفون معلوم دی
question-landlord_phone = مهرباني وکړئ د کور د مالک د ټیلیفون شمېره ولیکئ.
    .label = د کور د مالک ټیلیفون
question-school = د زده کوونکي د ښوونځي نوم څه دی؟
    .label = ښوونځی
question-grade = زده کوونکی په کوم ټولګي کې دی؟ مهرباني وکړئ له 1 څخه تر 12 پورې یو عدد ولیکئ.
    .label = ټولګی

## The documents a programme needs (core/catalogue.toml documents_needed)

apply-documents-needed =
    د غوښتنلیک په جریان کې به د دې اسنادو عکسونه وغواړو؛ له اوس څخه یې چمتو کړئ:
    { $documents }
    هغه چې اوس یې نه لرئ، وروسته یې په دفتر کې هم سپارلای شئ.
apply-ask-document = سند { $count }/{ $max }: { $document }. مهرباني وکړئ د هغه عکس یا فایل ولېږئ (تر ټولو زیات 10 MB). که اوس یې نه لرئ، تڼۍ کېکاږئ.
apply-document-next = ⏮️ بل سند
apply-document-later = ⏮️ اوس یې نه لرم
apply-documents-finish = ✅ اسناد همدومره وو، مخ ته
apply-summary-document-sent = ✅ { $document } (لېږل شوي فایلونه: { $count })
apply-summary-document-missing = ❌ { $document }: نه دی لېږل شوی؛ په دفتر کې یې هم سپارلای شئ.
document-identity_card = د پېژندنې کارت
document-address_certificate = د پتې سند (له e-Devlet څخه)
document-income_proof = د کورنۍ د عاید سند (د معاش پاڼه یا د تقاعد سند)
document-child_birth_certificate = د ماشوم د نفوس ثبت سند
document-rent_contract = د کرایې تړون
document-pension_document = د تقاعد سند
document-water_bill = د اوبو وروستی بل
document-wheelchair_photo = د ویلچیر عکس

command-start = ښه راغلاست او د ژبې ټاکل
command-apply = د مرستې د یوه پروګرام لپاره غوښتنلیک ورکړئ
command-status = ستاسو د غوښتنلیکونو حال
command-ask = زموږ له کارکوونکو پوښتنه وکړئ
command-language = د دې خبرو ژبه بدله کړئ
command-help = لارښوونه
command-cancel = هغه کار ودروئ چې پیل کړی مو دی
command-forget = ستاسو په اړه ټول معلومات پاکېږي

## A phone of one's own, someone else's, or none

apply-phone-own = 📱 زما خپله شمېره
apply-phone-relative = 👪 زما د یوه خپلوان شمېره
apply-phone-neighbour = 🏠 زما د ګاونډي شمېره
apply-phone-none = 🚫 ټیلیفون نه لرم
apply-ask-phone-relative = مهرباني وکړئ د داسې یوه خپلوان د ټیلیفون شمېره ولیکئ چې زموږ پیغامونه تاسو ته ورسولای شي. زموږ کارکوونکي به وګوري چې دا شمېره ستاسو د خپلوان ده.
apply-ask-phone-neighbour = مهرباني وکړئ د داسې یوه ګاونډي د ټیلیفون شمېره ولیکئ چې زموږ پیغامونه تاسو ته ورسولای شي. زموږ کارکوونکي به وګوري چې دا شمېره ستاسو د ګاونډي ده.
apply-phone-none-noted = هېڅ ستونزه نشته. ستاسو د غوښتنلیک ټول خبرونه به همدلته، په دې خبرو اترو کې، ولیکو.
apply-phone-none-webchat = هېڅ ستونزه نشته. ستاسو د غوښتنلیک ټول خبرونه به په دې خبرو اترو کې ولیکو. د دې لپاره چې وروسته یا له بل وسیلې بېرته دې خبرو اترو ته راشئ، خپل د خبرو کوډ وساتئ: { $code }
apply-summary-phone-relative = ټیلیفون (د خپلوان): { $value }
apply-summary-phone-neighbour = ټیلیفون (د ګاونډي): { $value }
apply-summary-phone-none = ټیلیفون: نشته؛ خبرونه به په دې خبرو اترو کې ولیکل شي

## A number typed in the web chat, verified by a code sent by SMS
apply-code-sent = دې شمېرې ته مو 6 عددي کوډ ولېږه (چې په { $ending } پای ته رسېږي). کوډ دلته ولیکئ: داسې پوهېږو چې شمېره ستاسو ده، او له نورو لارو هم تاسو ته رسېدای شو.
apply-code-again = کوډ بیا ولېږه
apply-code-skip = بې کوډه دوام ورکړه
apply-code-expired = د دې کوډ وخت تېر شوی. نوی کوډ وغواړئ یا بې کوډه دوام ورکړئ.
apply-code-wrong = دا کوډ سم نه و. بیا هڅه وکړئ ({ $left } هڅې پاتې دي).
apply-code-too-many = کوډ څو ځله سم نه و. ستاسو شمېره مو لکه څنګه چې مو لیکلې وه وساتله؛ راځئ غوښتنلیک ته دوام ورکړو.
apply-code-ok = مننه، ستاسو شمېره تایید شوه.

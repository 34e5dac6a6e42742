# Hemşehri: names and messages owned by the request service (core/). Pashto (پښتو).
# Keys and placeable names are the same in every language; only the text is translated.

## This language

# The language's own name, as people would pick it in a list
language-name = پښتو

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = اړو کورنیو ته نغدي مرسته
    .description = هغو کورنیو ته پیسې ورکول کېږي چې عاید یې لږ دی یا هېڅ عاید نه لري، څو خپلې ورځنۍ اړتیاوې پوره کړي. اندازه یې ستاسو د کورنۍ په حالت پورې اړه لري.
programme-food_package = د خوراکي توکو بسته
    .description = د اساسي خوراکي توکو (لکه وریجې، مکروني، غوړي، دالونه) یوه بسته، د هغو کورنیو لپاره چې د کافي خوراک د اخیستلو توان نه لري.
programme-milk_for_children = له پنځو کلونو کم عمره ماشومانو ته شیدې (Süt Kuzusu)
    .description = له پنځو کلونو کم عمره وړو ماشومانو ته په منظم ډول شیدې رسول کېږي، څو روغ رمټ لوی شي.
programme-hot_meals = د ښاروالۍ له خیریه پخلنځیو ګرم خواړه
    .description = هره ورځ د ښاروالۍ له خیریه پخلنځیو یو ګرم خوراک. پخپله یې اخیستلای شئ، او که له کوره نه شئ وتلای، ستاسو کور ته راوړل کېږي.
programme-medical_supplies = طبي توکي
    .description = د هغو کسانو لپاره چې په کور کې ورته اړتیا لري، توکي لکه د لویانو پمپرز یا د ناروغ بستره. روغتیایي جزئیات په حضوري ډول خبرې کېږي، هېڅکله په دې چټ کې نه.
programme-wheelchair_repair = د ویلچیر (د معلولینو څوکۍ) ساتنه او ترمیم
    .description = د ویلچیرونو او د بیټرۍ لرونکو سکوټرونو وړیا ساتنه او ترمیم.
programme-accessible_transport = د معلولیت لرونکو کسانو لپاره ځانګړی ترانسپورت
    .description = په یوه ځانګړي برابر شوي موټر کې روغتون، ښوونځي یا رسمي ملاقات ته وړل.
programme-stationery_set = د ښوونځي د قرطاسیې سیټ
    .description = د اړو کورنیو زده کوونکو ته د کتابچو، قلمونو او نورو ښوونځي توکو یو سیټ.
programme-exam_prep_centre = د ازموینو د تیارۍ وړیا کورسونه
    .description = د ښاروالۍ په زده‌کړې مرکزونو کې وړیا کورسونه، د لیسې او پوهنتون د داخلې ازموینو ته د تیارۍ لپاره.
programme-rent_support = د کور د کرایې مرسته
    .description = د هغو کورنیو ملاتړ چې خپله کرایه نه شي ورکولای او د کور له لاسه ورکولو له خطر سره مخ دي.
programme-water_discount_retirees = تقاعد شویو ته د اوبو په بل کې تخفیف
    .description = د هغو تقاعد شویو کسانو لپاره چې لږ تقاعدي معاش اخلي، د اوبو په بل کې تخفیف.
programme-mother_solidarity_card = د میندو د همبستګۍ کارت: د سودا پیسې
    .description = د هغو میندو لپاره یو کارت چې وړوکي ماشومان لري. هره میاشت پکې پیسې اچول کېږي، څو خپلې اساسي اړتیاوې وپېري.
programme-winter_fuel = د ژمي لپاره د تودوخې سون توکي (ډبرو سکاره)
    .description = په ژمي کې د کور د تودولو لپاره د ډبرو سکرو بوجۍ، د هغو کورونو لپاره چې په بخارۍ ګرمېږي.
programme-breakfast_package = د ناشتې بسته
    .description = د ناشتې د توکو (لکه پنیر، زیتون، هګۍ، مربا) یوه بسته، د اړو کورنیو لپاره.
programme-funeral_support = د جنازې او خاورو سپارلو مرسته
    .description = د هغو کورنیو لپاره چې خپل یو عزیز یې له لاسه ورکړی، د جنازې په چارو او لګښتونو کې مرسته. دې غوښتنلیکونو ته په بېړه ځواب ورکوو.
programme-emergency_shelter = بېړنۍ سرپناه د هغو کسانو لپاره چې په کوڅه کې شپه تېروي
    .description = بستره، خوراک او تود ځای د هغو کسانو لپاره چې نن شپه د خوب ځای نه لري. دې غوښتنلیکونو ته په بېړه ځواب ورکوو.
programme-supported_employment = د کار په موندلو کې مرسته
    .description = د هغو کسانو لپاره چې کار لټوي: د مناسب کار موندل، روزنه او مشوره.
programme-refugee_desk_question = د کډوالو څانګې ته پوښتنه
    .description = د کډوالو او بهرنیو اوسېدونکو پوښتنې، چې په خپله ژبه یې ځواب ورکول کېږي: د ساتنې حالت (کیملیک)، استوګنه (ikamet)، اسناد او د ښاروالۍ خدمتونه.
programme-general_question = عمومي پوښتنه یا شکایت
    .description = د ښاروالۍ د ټولنیزو خدمتونو په اړه هره بله پوښتنه، وړاندیز یا شکایت.

## Desks: the teams that answer

desk-social_aid = د ټولنیزو مرستو څانګه
desk-refugee_desk = د کډوالو څانګه
desk-disability_services = د معلولیت لرونکو کسانو د خدمتونو څانګه
desk-education = د زده‌کړې د خدمتونو څانګه
desk-employment = د کار موندنې د خدمتونو څانګه
desk-contact_centre = د اړیکو مرکز

## Statuses of a request: the name, and `.next`, what happens next

status-received = ترلاسه شوی
    .next = ستاسو غوښتنلیک په نوبت کې دی؛ زموږ یو کارکوونکی به ژر یې وګوري.
status-in_review = د کتنې لاندې
    .next = زموږ یو کارکوونکی ستاسو غوښتنلیک ګوري. که څه ته اړتیا وه، له تاسو سره به اړیکه ونیسو.
status-needs_info = ستاسو د معلوماتو په تمه
    .next = له تاسو څخه نورو معلوماتو یا یوه سند ته اړتیا لرو. مهرباني وکړئ همدلته یې ولیکئ، یا یې عکس راولېږئ.
status-approved = منظور شوی
    .next = ستاسو غوښتنلیک منظور شو. درته به ووایو چې مرسته به کله او څنګه تاسو ته رسېږي.
status-ready = چمتو
    .next = ستاسو مرسته د اخیستلو یا رسولو لپاره چمتو ده. جزئیات به درته راولېږو.
status-delivered = سپارل شوی
    .next = مرسته تاسو ته ورسېده. که بل څه ته اړتیا لرئ، بیا غوښتنلیک ورکولای شئ.
status-rejected = نه دی منظور شوی
    .next = دا غوښتنلیک مو منظور نه کړای شو. د لامل د پوښتنې لپاره موږ ته لیکلای شئ.
status-cancelled = لغوه شوی
    .next = دا غوښتنلیک ستاسو په خوښه لغوه شو. هر وخت بیا غوښتنلیک ورکولای شئ.
status-closed = تړل شوی
    .next = ستاسو پوښتنې ته ځواب ورکړل شو او غوښتنلیک وتړل شو. که نوې پوښتنه لرئ، همدلته یې ولیکئ.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = ستاسو د { $reference } شمېرې غوښتنلیک ({ $programme }) په اړه نوی خبر: حالت یې اوس «{ $status }» دی.
notify-moved = ستاسو غوښتنلیک { $reference } اوس د { $desk } له خوا د «{ $programme }» په توګه څېړل کېږي. تاسو ته د کوم کار اړتیا نشته؛ همدلته به تاسو ته ولیکو.
notify-invited = ستاسو د { $reference } پوښتنې په اړه: زموږ کارکوونکي وړاندیز کوي چې د «{ $programme }» لپاره غوښتنلیک ورکړئ. همدلته موږ ته ولیکئ، یوازې هغه څه به پوښتو چې لا پاتې دي.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = زموږ کارکوونکو تاسو ته یو سند لېږلی دی: تاسو کولی شئ هغه زموږ سره په خپله خبرو اترو کې وګورئ، یا یې زموږ په دفتر کې وغواړئ.
notify-machine-translated = (دا پیغام زموږ د کارکوونکي له لیکنې څخه په ماشیني ډول ژباړل شوی دی.)
# $note: the note staff wrote for the person
notify-public-note = زموږ د کارکوونکو یادښت: { $note }
# $text: what staff wrote
notify-staff-reply =
    زموږ یوه کارکوونکي ستاسو د { $reference } شمېرې غوښتنلیک په اړه ځواب درکړ:

    { $text }

## Errors: the person's input

error-move-same = غوښتنلیک همدا اوس په دې پروګرام کې دی.
error-move-kind = پوښتنه یوازې د پوښتنو بل پروګرام ته، او غوښتنلیک یوازې د غوښتنلیکونو بل پروګرام ته لېږدول کېدای شي.
error-move-final = تړل شوی غوښتنلیک نه شي لېږدول کېدای.
error-translation-failed = د ژباړې خدمت ځواب ورنه کړ؛ ستاسو ځواب ونه لېږل شو. بیا هڅه وکړئ، یا د وګړي په ژبه چمتو ځواب وکاروئ.
error-unexpected = بښنه غواړو، زموږ له خوا یوه ستونزه پېښه شوه. مهرباني وکړئ یوه شېبه وروسته بیا هڅه وکړئ؛ که بیا هم داسې وشول، د بیا پیلولو لپاره /cancel ولیکئ.
error-not-found = هغه څه مو پیدا نه کړل چې تاسو یې لټول.
error-invalid-input = دا سم نه ښکاري. مهرباني وکړئ وې ګورئ او بیا هڅه وکړئ.
error-field-missing = ځینې معلومات نشته ({ $field }).
error-phone-invalid = دا ټیلیفون شمېره سمه نه ښکاري. مهرباني وکړئ د سیمې له کوډ سره یې ولیکئ، د بېلګې په توګه 0532 123 45 67 یا +90 532 123 45 67.
error-district-unknown = په دې نوم ولسوالي پیدا نه شوه.
error-identity-invalid = دا د پېژندنې شمېره سمه نه ده.
error-identity-not-digits = د پېژندنې شمېره یوازې له رقمونو جوړه ده. مهرباني وکړئ خپله 11 رقمي شمېره ولیکئ.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] د پېژندنې شمېره 11 رقمه لري؛ تاسو یو رقم ولیکه.
       *[other] د پېژندنې شمېره 11 رقمه لري؛ تاسو { $given } رقمه ولیکل.
    }
error-identity-protection-number = هغه شمېره چې په 98 پیلېږي، د لنډمهاله ساتنې په سند (کیملیک) کې شخصي شمېره ده، هغه شمېره نه ده چې موږ یې غواړو. مهرباني وکړئ په همدې سند کې د بهرنیانو د پېژندنې شمېره ولیکئ: هغه په 99 پیلېږي.
error-identity-leading-zero = د پېژندنې شمېره هېڅکله په 0 نه پیلېږي. مهرباني وکړئ وې ګورئ.
error-identity-checksum = دا د پېژندنې شمېره مو تایید نه کړای شوه؛ کېدای شي یو رقم غلط لیکل شوی وي. مهرباني وکړئ خپل د پېژندنې کارت ته وګورئ او بیا یې ولیکئ.
error-reference-invalid = دا د غوښتنلیک شمېره سمه نه ده.
error-reference-not-digits = د غوښتنلیک شمېره یوازې له رقمونو جوړه ده.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = د غوښتنلیک شمېره { $expected } رقمه لري؛ تاسو { $given } رقمه ولیکل. مهرباني وکړئ وې ګورئ.
error-reference-check-digit = داسې ښکاري چې د دې شمېرې یو رقم غلط لیکل شوی (وروستی رقم یې د کنټرول رقم دی او سمون نه خوري). مهرباني وکړئ شمېره وګورئ او بیا یې ولیکئ.
error-request-not-found = په دې شمېره ستاسو غوښتنلیک پیدا نه شو.
error-consent-missing = مخکې له دې چې غوښتنلیک واخلو، باید د محرمیت له خبرتیا سره موافقه وکړئ.
# $code: the programme code that was not found
error-programme-unknown = د «{ $code }» په نوم پروګرام نشته.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = غوښتنلیک له «{ $current }» څخه «{ $target }» ته نه شي تللای.
error-transition-not-yours = تاسو دا بدلون نه شئ کولای ({ $current } ← { $target }).
error-forbidden = تاسو د دې کار اجازه نه لرئ.
error-configuration = په تنظیماتو کې تېروتنه ده. مهرباني وکړئ مدیر ته خبر ورکړئ.
error-reply-empty = تش ځواب نه شي لېږل کېدای.
error-note-empty = تش یادښت نه شي زیاتېدای.
error-not-your-claim = دا غوښتنلیک تاسو ته نه دی سپارل شوی.
error-search-empty = لټون خالي دی: د غوښتنلیک شمېره، تلیفون، د پېژندنې شمېره یا نوم ولیکئ.
error-search-too-long = لټون تر { $max } تورو زیات نشي کېدای.
error-search-number = دا شمېره نه د غوښتنلیک شمېرې ته ورته ده، نه تلیفون ته او نه د پېژندنې شمېرې ته.
error-claim-not-waiting = دا غوښتنلیک په کتار کې نه دی منتظر، نو نه شي اخیستل کېدای.
error-claim-language = دا غوښتنلیک د داسې کارکوونکي په تمه دی چې د هغه ژبه ولولي؛ د انتظار وخت له تېرېدو وروسته د مېز هر څوک یې اخیستلای شي.
error-supervisor-only = دا کار یوازې څارونکي کولای شي.
error-reveal-limit = په یو ساعت کې تر { $limit } پورې شمېرې بشپړې لیدلی شئ؛ وروسته بیا هڅه وکړئ.
error-report-period = داسې موده وټاکئ چې وروستۍ ورځ یې له لومړۍ ورځې مخکې نه وي او له یو کال څخه زیاته نه وي.
error-staff-disabled = د کارکوونکي دا حساب غیر فعال دی.
error-erase-needs-reason = د پاکولو لپاره دلیل او تایید ته اړتیا ده.
error-erase-other-desks = دا کس په نورو څانګو کې هم غوښتنلیکونه لري؛ پاکول باید یو مدیر وکړي.
error-agent-not-on-desk = دا کارکوونکی په دې څانګه کې کار نه کوي.
error-capacity-invalid = ظرفیت باید له 1 څخه تر { $max } پورې بشپړ عدد وي.
error-token-invalid = دا API ټوکن سم نه دی یا یې موده پای ته رسېدلې.
# $role: the role that was asked for
error-role-unknown = نامعلومه دنده: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = پټنوم باید لږ تر لږه { $minimum } توري ولري.
error-password-weak = دا پټنوم په اسانۍ اټکل کېږي: د یوې ټوټې تکرار، پرله پسې توري یا د کارن نوم مه کاروئ.
# $username: the name asked for
error-username-taken = د «{ $username }» کارن‌نوم مخکې اخیستل شوی.
error-staff-unknown = د کارکوونکي داسې حساب نشته.
error-login-failed = کارن‌نوم یا پټنوم غلط دی.
error-login-locked = ډېرې ناکامې هڅې: دا حساب د یو څه وخت لپاره بند شو. مهرباني وکړئ وروسته بیا هڅه وکړئ.
error-login-slow = اوس مهال په دې حساب ډېرې هڅې کېږي؛ څو ثانیې انتظار وکړئ او بیا هڅه وکړئ.
error-busy = خدمت اوس بوخت دی؛ مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.
error-session-invalid = ستاسو ناسته (session) سمه نه ده. مهرباني وکړئ بیا ننوځئ.
error-session-expired = ستاسو د ناستې (session) موده پای ته ورسېده. مهرباني وکړئ بیا ننوځئ.
error-canned-unknown = داسې چمتو ځواب نشته.
error-canned-default-missing = چمتو ځواب باید په اصلي ژبه متن ولري.
error-tag-invalid = نښه باید له 1 تر { $max } توريو پورې وي.
error-saved-filters-full = تر { $limit } فلټرونو زيات نه شي خوندي کېدای.
error-announcement-empty = اعلان باید لږ تر لږه په یوه ژبه متن ولري.
error-announcement-fallback-missing = که غواړئ هغو خلکو ته چې په خپله ژبه متن نلري د اصلي ژبې متن ولېږئ، په اصلي ژبه یو متن ولیکئ.
error-safeguarding-reason-missing = د خپلې پرېکړې دلیل ولیکئ.
# $max: a number of characters
error-safeguarding-reason-too-long = دلیل تر { $max } تورو زیات نشي کېدای.
error-safeguarding-not-flagged = دا غوښتنلیک د ساتنې نښه نه لري.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = مهرباني وکړئ خپل ځواب په څو کلمو کې ولیکئ.
error-answer-too-long = تاسو { $given } توري ولیکل؛ تر ټولو زیات { $max } توري ځایېږي. مهرباني وکړئ لنډ یې کړئ.
error-answer-not-number = مهرباني وکړئ یوازې یو عدد ولیکئ (له { $min } څخه تر { $max } پورې).
error-answer-number-range = مهرباني وکړئ له { $min } څخه تر { $max } پورې یو عدد ولیکئ.
error-answer-date = دا نېټه مو ونه شوای لوستلای. مهرباني وکړئ د ورځ.میاشت.کال په بڼه یې ولیکئ، د بېلګې په توګه 15.03.2023.
error-answer-date-future = دا نېټه لا نه ده راغلې. مهرباني وکړئ وې ګورئ او بیا یې ولیکئ.

notify-verify-code = ستاسو د Hemşehri کوډ: { $code }. له هېچا سره یې مه شریکوئ.
error-webhook-url-invalid = د کارن نوم یا پټنوم پرته یو http:// یا https:// پته ولیکئ.
error-webhook-url-private = دا پته په همدې سرور یا په یوه شخصي شبکه کې ده: ویب‌هوکونه یوازې عامو پتو ته لېږل کېږي.
error-webhook-events-invalid = لږ تر لږه یوه پېښه وټاکئ.
error-webhook-unknown = داسې د ویب‌هوک موخه نشته.

# Hemşehri: names and messages owned by the request service (core/). Kurdish, Sorani (Arabic script, right to left).
# Keys and placeable names are the same in every language; translate the text only.

## This language

# The language's own name, as people would pick it in a list
language-name = کوردی (سۆرانی)

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = یارمەتیی پارە بۆ خێزانە پێویستدارەکان
    .description = پارەیەک کە بۆ پێداویستییە ڕۆژانەکان دەدرێت بە ئەو خێزانانەی داهاتیان نییە یان کەمە. بڕەکەی بەپێی بارودۆخی خێزانەکەتان دیاری دەکرێت.
programme-food_package = سەبەتەی خۆراک
    .description = سەبەتەیەک لە خۆراکی سەرەکی (وەک برنج، مەعکەرۆنی، ڕۆن، نیسک و نۆک) بۆ ئەو خێزانانەی ناتوانن خۆراکی پێویست بکڕن.
programme-milk_for_children = شیر بۆ منداڵانی خوار 5 ساڵ (Süt Kuzusu)
    .description = گەیاندنی شیر بە شێوەیەکی بەردەوام بۆ منداڵانی خوار پێنج ساڵ، بۆ ئەوەی بە تەندروستی گەورە ببن.
programme-hot_meals = خواردنی گەرم لە چێشتخانەکانی شارەوانی
    .description = ڕۆژانە ژەمێکی گەرم لە چێشتخانەکانی شارەوانی. دەتوانن خۆتان وەریبگرن؛ ئەگەر ناتوانن لە ماڵ بچنە دەرەوە، بۆ ماڵەکەتان دەهێنرێت.
programme-medical_supplies = کەرەستەی پزیشکی
    .description = کەرەستەی وەک پەمپەرزی گەورەساڵان یان جێگای نەخۆش، بۆ ئەو کەسانەی لە ماڵەوە پێویستیان پێیەتی. وردەکاریی تەندروستی بە ڕووبەڕوو باس دەکرێت، هەرگیز لەم گفتوگۆیەدا نا.
programme-wheelchair_repair = چاودێری و چاککردنەوەی کورسیی چەرخدار
    .description = چاودێری و چاککردنەوەی بێبەرامبەری کورسیی چەرخدار و کورسیی پاتریدار.
programme-accessible_transport = گواستنەوەی گونجاو بۆ کەسانی خاوەن پێداویستیی تایبەت
    .description = گواستنەوە بە ئۆتۆمبێلێکی گونجێنراو بۆ نەخۆشخانە، قوتابخانە یان چاوپێکەوتنێکی فەرمی.
programme-stationery_set = پاکێجی کەرەستەی قوتابخانە
    .description = دەفتەر، پێنووس و کەرەستەی تری قوتابخانە بۆ قوتابیانی خێزانە پێویستدارەکان.
programme-exam_prep_centre = خولی بێبەرامبەری خۆئامادەکردن بۆ تاقیکردنەوە
    .description = خولی بێبەرامبەر لە سەنتەرە پەروەردەییەکانی شارەوانی، بۆ خۆئامادەکردن بۆ تاقیکردنەوەکانی چوونە ئامادەیی و زانکۆ.
programme-rent_support = یارمەتیی کرێی خانوو
    .description = پاڵپشتی بۆ ئەو خێزانانەی ناتوانن کرێی خانووەکەیان بدەن و مەترسیی لەدەستدانی ماڵەکەیان هەیە.
programme-water_discount_retirees = داشکاندنی پسوولەی ئاو بۆ خانەنشینان
    .description = داشکاندن لە پسوولەی ئاو بۆ ئەو خانەنشینانەی مووچەیان کەمە.
programme-mother_solidarity_card = کارتی هاوپشتیی دایکان: پارەی کڕین بۆ دایکان
    .description = کارتێک کە هەموو مانگێک پارەی تێدەکرێت، بۆ دایکانی منداڵی بچووک، تا پێداویستییە سەرەکییەکانیان بکڕن.
programme-winter_fuel = سووتەمەنیی زستان (خەڵووز) بۆ گەرمکردنەوە
    .description = کیسەی خەڵووز بۆ گەرمکردنەوەی ماڵ لە زستاندا، بۆ ئەو ماڵانەی بە سۆبە گەرم دەکرێنەوە.
programme-breakfast_package = پاکێجی نانی بەیانی
    .description = پاکێجێک لە خۆراکی نانی بەیانی (وەک پەنیر، زەیتوون، هێلکە، مرەبا) بۆ خێزانە پێویستدارەکان.
programme-funeral_support = یارمەتی بۆ ناشتن و پرسە
    .description = یارمەتی لە کاروبار و تێچووی ناشتندا، بۆ ئەو خێزانانەی کەسێکی خۆیان لەدەست داوە. بە پەلە وەڵام دەدەینەوە.
programme-emergency_shelter = پەناگەی بەپەلە بۆ ئەوانەی لە شەقام دەمێننەوە
    .description = جێگای خەو، خواردن و شوێنێکی گەرم بۆ ئەو کەسانەی ئەمشەو شوێنیان نییە بۆ خەوتن. بە پەلە وەڵام دەدەینەوە.
programme-supported_employment = یارمەتی بۆ دۆزینەوەی کار
    .description = یارمەتی بۆ ئەوانەی بەدوای کاردا دەگەڕێن: ناساندن بە کار، ڕاهێنان و ڕاوێژ.
programme-refugee_desk_question = پرسیار بۆ بەشی پەنابەران
    .description = پرسیاری پەنابەران و بیانییەکانی دانیشتووی شار، بە زمانی خۆیان وەڵام دەدرێتەوە: دۆخی پاراستن، نیشتەجێبوون (ئیقامە)، بەڵگەنامە و خزمەتگوزارییەکانی شارەوانی.
programme-general_question = پرسیاری گشتی یان سکاڵا
    .description = هەر پرسیار، پێشنیار یان سکاڵایەکی تر دەربارەی خزمەتگوزارییە کۆمەڵایەتییەکانی شارەوانی.

## Desks: the teams that answer

desk-social_aid = بەشی یارمەتیی کۆمەڵایەتی
desk-refugee_desk = بەشی پەنابەران
desk-disability_services = خزمەتگوزاریی کەسانی خاوەن پێداویستیی تایبەت
desk-education = خزمەتگوزاریی پەروەردە
desk-employment = خزمەتگوزاریی کار و دامەزراندن
desk-contact_centre = سەنتەری پەیوەندی

## Statuses of a request: the name, and `.next`, what happens next

status-received = وەرگیرا
    .next = داواکارییەکەتان لە نۆرەدایە؛ بەم زووانە کارمەندێک سەیری دەکات.
status-in_review = لە پێداچوونەوەدایە
    .next = کارمەندێک سەیری داواکارییەکەتان دەکات. ئەگەر شتێکمان پێویست بوو، پەیوەندیتان پێوە دەکەین.
status-needs_info = چاوەڕێی زانیاریی ئێوەین
    .next = پێویستمان بە زانیاریی زیاتر یان بەڵگەنامەیەک لە ئێوە هەیە. تکایە لێرە بینووسن، یان وێنەکەی بنێرن.
status-approved = پەسەند کرا
    .next = داواکارییەکەتان پەسەند کرا. پێتان دەڵێین یارمەتییەکە کەی و چۆن دەگاتە دەستتان.
status-ready = ئامادەیە
    .next = یارمەتییەکەتان ئامادەیە بۆ وەرگرتن یان گەیاندن. وردەکارییەکانتان بۆ دەنێرین.
status-delivered = گەیەنرا
    .next = یارمەتییەکە گەیشتە دەستتان. ئەگەر پێویستیتان بە شتێکی تر بوو، دەتوانن دیسان داوا بکەنەوە.
status-rejected = پەسەند نەکرا
    .next = بەداخەوە نەمانتوانی ئەم داواکارییە پەسەند بکەین. دەتوانن بۆمان بنووسن و هۆکارەکەی بپرسن.
status-cancelled = هەڵوەشێنرایەوە
    .next = ئەم داواکارییە بە خواستی خۆتان هەڵوەشێنرایەوە. هەر کاتێک بتانەوێت دەتوانن دیسان داوا بکەنەوە.
status-closed = داخرا
    .next = وەڵامی پرسیارەکەتان درایەوە و داخرا. ئەگەر پرسیارێکی نوێتان هەیە، تەنها لێرە بینووسن.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = هەواڵی نوێ دەربارەی داواکارییەکەتان بە ژمارەی { $reference } ({ $programme }): دۆخی ئێستای: «{ $status }».
notify-moved = داواکارییەکەتان بە ژمارەی { $reference } ئێستا لەلایەن { $desk } وەک «{ $programme }» بەدواداچوونی بۆ دەکرێت. پێویست ناکات هیچ بکەن؛ لێرەوە بۆتان دەنووسین.
notify-invited = دەربارەی پرسیاری ژمارە { $reference }: کارمەندەکانمان پێشنیار دەکەن بۆ «{ $programme }» داواکاری پێشکەش بکەن. لێرە بۆمان بنووسن و تەنها ئەوەی هێشتا پێویستە دەپرسین.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = کارمەندانمان بەڵگەنامەیەکیان بۆ ناردوویت: دەتوانیت لە گفتوگۆکەت لەگەڵ ئێمە بیبینیت، یان لە نووسینگەکەمان داوای بکەیت.
notify-machine-translated = (ئەم نامەیە بە وەرگێڕانی ئامێری لە نووسینی کارمەندەکەمانەوە وەرگێڕدراوە.)
# $note: the note staff wrote for the person
notify-public-note = تێبینیی کارمەندەکانمان: { $note }
# $text: what staff wrote
notify-staff-reply =
    کارمەندێکمان دەربارەی داواکارییەکەتان بە ژمارەی { $reference } وەڵامی دایەوە:

    { $text }

## Errors: the person's input

error-move-same = داواکارییەکە پێشتر لەم بەرنامەیەدایە.
error-move-kind = پرسیار تەنها بۆ بەرنامەیەکی تری پرسیار و داواکاری تەنها بۆ بەرنامەیەکی تری داواکاری دەگوازرێتەوە.
error-move-final = داواکارییەکی داخراو ناگوازرێتەوە.
error-translation-failed = خزمەتگوزاریی وەرگێڕان وەڵامی نەدایەوە؛ وەڵامەکەت نەنێردرا. دووبارە هەوڵ بدەرەوە، یان وەڵامێکی ئامادە بە زمانی هاوڵاتی بەکاربهێنە.
error-unexpected = ببوورن، کێشەیەک لە لایەن ئێمەوە ڕوویدا. تکایە کەمێکی تر دیسان هەوڵ بدەنەوە. ئەگەر دووبارە بووەوە، بۆ دەستپێکردنەوە /cancel بنووسن.
error-not-found = ئەوەی بەدوایدا دەگەڕان نەماندۆزییەوە.
error-invalid-input = ئەمە دروست دیار نییە. تکایە بیپشکنن و دیسان هەوڵ بدەنەوە.
error-field-missing = هەندێک زانیاری کەمە ({ $field }).
error-phone-invalid = ئەم ژمارە تەلەفۆنە دروست دیار نییە. تکایە لەگەڵ کۆدی ناوچەکەی بینووسن، بۆ نموونە 0532 123 45 67 یان +90 532 123 45 67.
error-district-unknown = قەزایەکمان بەم ناوە نەدۆزییەوە.
error-identity-invalid = ئەم ژمارەی ناسنامەیە دروست نییە.
error-identity-not-digits = ژمارەی ناسنامە تەنها لە ڕەقەم پێکدێت. تکایە ژمارە 11 ڕەقەمییەکەتان بنووسن.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] ژمارەی ناسنامە 11 ڕەقەمە؛ ئێوە تەنها یەک ڕەقەمتان نووسی.
       *[other] ژمارەی ناسنامە 11 ڕەقەمە؛ ئێوە { $given } ڕەقەمتان نووسی.
    }
error-identity-protection-number = ئەو ژمارەیەی بە 98 دەست پێدەکات، ژمارەی کەسییە لەسەر بەڵگەنامەی پاراستنی کاتی. ئەمە ئەو ژمارەیە نییە کە پێویستمانە. تکایە ژمارەی ناسنامەی بیانی لەسەر هەمان بەڵگەنامە بنووسن: بە 99 دەست پێدەکات.
error-identity-leading-zero = ژمارەی ناسنامە هەرگیز بە 0 دەست پێناکات. تکایە بیپشکنن.
error-identity-checksum = نەمانتوانی ئەم ژمارەی ناسنامەیە پشتڕاست بکەینەوە؛ لەوانەیە ڕەقەمێک هەڵە نووسرابێت. تکایە سەیری کارتی ناسنامەکەتان بکەن و دیسان بینووسنەوە.
error-reference-invalid = ئەم ژمارەی داواکارییە دروست نییە.
error-reference-not-digits = ژمارەی داواکاری تەنها لە ڕەقەم پێکدێت.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = ژمارەی داواکاری { $expected } ڕەقەمە؛ ئێوە { $given } ڕەقەمتان نووسی. تکایە بیپشکنن.
error-reference-check-digit = وا دیارە ڕەقەمێکی ئەم ژمارەیە هەڵە نووسراوە (ڕەقەمی کۆتایی ڕەقەمی پشکنینە و یەک ناگرێتەوە). تکایە ژمارەکە بپشکنن و دیسان بینووسنەوە.
error-request-not-found = داواکارییەکی ئێوەمان بەم ژمارەیە نەدۆزییەوە.
error-consent-missing = پێش ئەوەی داواکاری وەربگرین، دەبێت ڕەزامەندی لەسەر ئاگادارکردنەوەی پاراستنی زانیارییەکان بدەن.
# $code: the programme code that was not found
error-programme-unknown = هیچ بەرنامەیەک بە ناوی «{ $code }» نییە.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = داواکارییەک ناتوانێت لە «{ $current }» بگوازرێتەوە بۆ «{ $target }».
error-transition-not-yours = ناتوانن ئەم گۆڕانکارییە بکەن ({ $current } ← { $target }).
error-forbidden = ڕێگەتان پێنەدراوە ئەمە بکەن.
error-configuration = هەڵەیەک لە ڕێکخستنەکاندا هەیە. تکایە بە بەڕێوەبەری سیستەم بڵێن.
error-reply-empty = وەڵامی بەتاڵ نانێردرێت.
error-note-empty = تێبینیی بەتاڵ زیاد ناکرێت.
error-not-your-claim = ئەم داواکارییە بە ئێوە نەسپێردراوە.
error-search-empty = گەڕان بەتاڵە: ژمارەی داواکاری، تەلەفۆن، ژمارەی ناسنامە یان ناوێک بنووسن.
error-search-too-long = گەڕان ناتوانێت لە { $max } پیت زیاتر بێت.
error-search-number = ئەم ژمارەیە نە لە ژمارەی داواکاری دەچێت، نە لە تەلەفۆن و نە لە ژمارەی ناسنامە.
error-claim-not-waiting = ئەم داواکارییە لە ڕیزدا چاوەڕێ ناکات، بۆیە ناتوانرێت وەربگیرێت.
error-claim-language = ئەم داواکارییە چاوەڕێی کارمەندێکە کە زمانەکەی بخوێنێتەوە؛ دوای تێپەڕبوونی کاتی چاوەڕوانی، هەر کەسێکی ئەم مێزە دەتوانێت وەریبگرێت.
error-supervisor-only = تەنها سەرپەرشتیاران دەتوانن ئەمە بکەن.
error-reveal-limit = لە کاتژمێرێکدا دەتوانن زۆرترین { $limit } ژمارە بە تەواوی ببینن؛ دواتر دیسان هەوڵ بدەنەوە.
error-report-period = ماوەیەک هەڵبژێرن کە ڕۆژی کۆتاییەکەی پێش ڕۆژی یەکەمی نەبێت و لە ساڵێک زیاتر نەبێت.
error-staff-disabled = ئەم هەژمارەی فەرمانبەرە ناچالاکە.
error-erase-needs-reason = سڕینەوە پێویستی بە هۆکار و پشتڕاستکردنەوە هەیە.
error-erase-other-desks = ئەم کەسە لە مێزەکانی تریش داواکاری هەیە؛ دەبێت بەڕێوەبەرێک سڕینەوەکە بکات.
error-agent-not-on-desk = ئەم کارمەندە لەم بەشەدا کار ناکات.
error-capacity-invalid = توانا دەبێت ژمارەیەکی تەواو بێت لە 1 تا { $max }.
error-token-invalid = ئەم تۆکنەی API دروست نییە یان ماوەی بەسەرچووە.
# $role: the role that was asked for
error-role-unknown = ڕۆڵی نەناسراو: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = وشەی نهێنی دەبێت لانیکەم { $minimum } پیت بێت.
error-password-weak = ئەم وشەی نهێنییە بە ئاسانی دەزانرێت: با دووبارەکردنەوەی یەک پارچە، پیتی یەک لە دوای یەک یان ناوی بەکارهێنەر نەبێت.
# $username: the name asked for
error-username-taken = ناوی بەکارهێنەری «{ $username }» پێشتر گیراوە.
error-staff-unknown = هەژماری کارمەندی لەو جۆرە نییە.
error-login-failed = ناوی بەکارهێنەر یان وشەی نهێنی هەڵەیە.
error-login-locked = هەوڵی هەڵەی زۆر درا: ئەم هەژمارە بۆ ماوەیەک داخرا. تکایە دواتر دیسان هەوڵ بدەنەوە.
error-login-slow = ئێستا هەوڵی زۆر لەسەر ئەم هەژمارە هەیە؛ چەند چرکەیەک چاوەڕێ بکەن و دیسان هەوڵ بدەنەوە.
error-busy = خزمەتگوزارییەکە ئێستا قەرەباڵغە؛ تکایە کەمێک دواتر دیسان هەوڵ بدەنەوە.
error-session-invalid = دانیشتنەکەتان دروست نییە. تکایە دیسان بچنە ژوورەوە.
error-session-expired = ماوەی دانیشتنەکەتان بەسەرچوو. تکایە دیسان بچنە ژوورەوە.
error-canned-unknown = وەڵامی ئامادەکراوی لەو جۆرە نییە.
error-canned-default-missing = وەڵامی ئامادەکراو دەبێت دەقێکی بە زمانی بنەڕەتی هەبێت.
error-tag-invalid = تاگ دەبێت لە 1 تا { $max } پیت بێت.
error-saved-filters-full = زۆرترین { $limit } فلتەر دەتوانرێت پاشەکەوت بکرێت.
error-announcement-empty = ڕاگەیاندن دەبێت لانیکەم بە یەک زمان دەقی هەبێت.
error-announcement-fallback-missing = بۆ ناردنی دەقی زمانی بنەڕەت بۆ ئەو کەسانەی دەق بە زمانی خۆیان نییە، دەقێک بە زمانی بنەڕەت بنووسن.
error-safeguarding-reason-missing = هۆکاری بڕیارەکەتان بنووسن.
# $max: a number of characters
error-safeguarding-reason-too-long = هۆکار دەتوانێت لانی زۆر { $max } پیت بێت.
error-safeguarding-not-flagged = ئەم داواکارییە نیشانەی پاراستنی نییە.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = تکایە وەڵامەکەتان بە چەند وشەیەک بنووسن.
error-answer-too-long = { $given } پیتتان نووسی؛ زۆرترین { $max } پیت جێی دەبێتەوە. تکایە کورتی بکەنەوە.
error-answer-not-number = تکایە تەنها ژمارەیەک بنووسن (لە { $min } تا { $max }).
error-answer-number-range = تکایە ژمارەیەک لە { $min } تا { $max } بنووسن.
error-answer-date = نەمانتوانی ئەم بەروارە بخوێنینەوە. تکایە بە شێوەی ڕۆژ.مانگ.ساڵ بینووسن، بۆ نموونە 15.03.2023.
error-answer-date-future = ئەم بەروارە هێشتا نەهاتووە. تکایە بیپشکنن و دووبارە بینووسنەوە.

notify-verify-code = کۆدی Hemşehri ـی ئێوە: { $code }. لەگەڵ کەس بەشی مەکەن.
error-webhook-url-invalid = ناونیشانێکی http:// یان https:// بێ ناوی بەکارهێنەر و وشەی نهێنی بنووسە.
error-webhook-url-private = ئەم ناونیشانە لەسەر ئەم ڕاژەکارەیە یان لە ناو تۆڕێکی تایبەتدایە: وێبهووکەکان تەنها بۆ ناونیشانە گشتییەکان دەنێردرێن.
error-webhook-events-invalid = لانیکەم یەک ڕووداو هەڵبژێرە.
error-webhook-unknown = ئامانجێکی وێبهووکی وا نییە.

# Hemşehri: Dari (fa-AF). Loaded after locales/fa/ and overriding it: only the messages
# whose wording differs in Afghan Dari are here; everything else comes from Persian.

## This language

language-name = دری

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.

programme-cash_aid = کمک نقدی برای فامیل‌های نیازمند
    .description = پولی که به فامیل‌های بی‌عاید یا کم‌عاید برای ضرورت‌های روزمره داده می‌شود. مقدار آن به وضعیت فامیل شما بستگی دارد.
programme-food_package = بسته مواد غذایی
    .description = بسته‌ای از مواد غذایی اساسی (مثل برنج، مکرونی، روغن و دال) برای فامیل‌هایی که توان خریدن غذای کافی را ندارند.
programme-milk_for_children = شیر برای اطفال زیر پنج سال (Süt Kuzusu)
    .description = رساندن منظم شیر به اطفال خوردسال زیر پنج سال، تا صحتمند بزرگ شوند.
programme-hot_meals = غذای گرم از آشپزخانه‌های خیریه شاروالی
    .description = هر روز یک وعده غذای گرم از آشپزخانه‌های خیریه شاروالی؛ می‌توانید خودتان بگیرید، یا اگر بیرون رفته نمی‌توانید، به خانه‌تان آورده می‌شود.
programme-medical_supplies = لوازم طبی
    .description = لوازمی مانند پمپرز کلان‌سالان یا بستر مریض برای کسانی که در خانه به آن ضرورت دارند. جزئیات صحی به طور حضوری گفته می‌شود، هرگز در این گفتگو.
programme-wheelchair_repair = مراقبت و ترمیم چوکی چرخدار (ویلچر)
    .description = مراقبت و ترمیم رایگان چوکی‌های چرخدار و سکوترهای برقی.
programme-accessible_transport = ترانسپورت ویژه برای اشخاص دارای معلولیت
    .description = رفت‌وآمد با موتر مناسب به شفاخانه، مکتب یا یک ملاقات رسمی.
programme-stationery_set = بسته قرطاسیه مکتب
    .description = مجموعه‌ای از کتابچه، قلم و دیگر لوازم مکتب برای شاگردان فامیل‌های نیازمند.
programme-exam_prep_centre = کورس‌های رایگان آمادگی امتحان
    .description = کورس‌های رایگان در مراکز آموزشی شاروالی برای آمادگی به امتحانات شمول لیسه و پوهنتون.
programme-rent_support = کمک برای کرایه خانه
    .description = حمایت از فامیل‌هایی که کرایه خانه را پرداخته نمی‌توانند و در خطر از دست دادن خانه خود هستند.
programme-water_discount_retirees = تخفیف بل آب برای متقاعدین
    .description = تخفیف در بل آب برای متقاعدینی که معاش تقاعد کم دارند.
programme-mother_solidarity_card = کارت همبستگی مادران: پول خریداری
    .description = کارتی که هر ماه برای مادرانِ دارای اطفال خوردسال چارج می‌شود تا ضرورت‌های اساسی خود را بخرند.
programme-winter_fuel = سوخت زمستانی برای گرم کردن خانه (ذغال سنگ)
    .description = بوجی‌های ذغال سنگ برای گرم کردن خانه در زمستان، برای خانه‌هایی که با بخاری گرم می‌شوند.
programme-breakfast_package = بسته ناشتا
    .description = بسته‌ای از مواد ناشتا (مثل پنیر، زیتون، تخم مرغ و مربا) برای فامیل‌های نیازمند.
programme-funeral_support = کمک برای جنازه و تدفین
    .description = کمک در کارها و مصارف جنازه و تدفین برای فامیل‌هایی که عزیزی را از دست داده‌اند. به این درخواست‌ها عاجل جواب می‌دهیم.
programme-emergency_shelter = سرپناه عاجل برای کسانی که جای خواب ندارند
    .description = بستر، غذا و جای گرم برای کسانی که امشب جای خواب ندارند. به این درخواست‌ها عاجل جواب می‌دهیم.
programme-supported_employment = کمک برای پیدا کردن کار
    .description = کمک به کسانی که دنبال کار هستند: معرفی به کار، آموزش و مشوره.
programme-refugee_desk_question = سؤال از دفتر مهاجرین
    .description = سؤال‌های مهاجرین و باشندگان خارجی که به زبان خودشان جواب داده می‌شود: وضعیت حمایت (کیملیک)، اقامت (ikamet)، اسناد و خدمات شاروالی.
programme-general_question = سؤال عمومی یا شکایت
    .description = هر سؤال، پیشنهاد یا شکایت دیگر درباره خدمات اجتماعی شاروالی.

## Desks: the teams that answer

desk-disability_services = بخش خدمات اشخاص دارای معلولیت
desk-refugee_desk = دفتر مهاجرین
desk-employment = بخش کاریابی

## Statuses of a request: the name, and `.next`, what happens next

status-received = دریافت شد
    .next = درخواست شما در نوبت است و یکی از کارمندان ما به زودی آن را می‌بیند.
status-in_review = در حال بررسی
    .next = یکی از کارمندان ما درخواست شما را بررسی می‌کند. اگر به چیزی ضرورت بود، با شما به تماس می‌شویم.
status-needs_info = منتظر معلومات شما
    .next = به معلومات بیشتر یا یک سند از شما ضرورت داریم. لطفاً آن را همین‌جا بنویسید یا عکسش را بفرستید.
status-approved = منظور شد
    .next = درخواست شما منظور شد. برایتان خبر می‌دهیم که کمک چه وقت و چطور به دست شما می‌رسد.
status-delivered = تحویل داده شد
    .next = کمک به دست شما رسید. اگر به چیز دیگری ضرورت داشتید، می‌توانید دوباره درخواست بدهید.
status-rejected = منظور نشد
    .next = این درخواست را منظور کرده نتوانستیم. برای دانستن دلیل آن می‌توانید به ما پیام بفرستید.
status-cancelled = لغو شد
    .next = این درخواست به خواست شما لغو شد. هر وقت بخواهید، می‌توانید دوباره درخواست بدهید.
status-closed = بسته شد
    .next = به سؤال شما جواب داده شد و بسته شد. اگر سؤال نو دارید، همین‌جا بنویسید.

## Notifications sent later (status changes and staff replies)

notify-status = معلومات تازه درباره درخواست نمبر { $reference } ({ $programme }): وضعیت آن حالا «{ $status }» است.
notify-moved = درخواست شما به نمبر { $reference } حالا در { $desk } و در بخش «{ $programme }» پیگیری می‌شود. لازم نیست کاری کنید؛ همین‌جا برای شما خبر می‌دهیم.
notify-invited = در مورد سؤال نمبر { $reference }: کارمندان ما پیشنهاد می‌کنند برای «{ $programme }» درخواست بدهید. همین‌جا برای ما بنویسید تا فقط چیزهایی را بپرسیم که هنوز ضرورت است.
notify-file-waiting = کارمندان ما برای شما یک سند فرستاده‌اند: می‌توانید آن را در گفتگوی تان با ما ببینید یا از دفتر ما بخواهید.
notify-machine-translated = (این پیام با ترجمهٔ ماشینی از متن کارمند ما ترجمه شده است.)
notify-public-note = یادداشت کارمندان ما: { $note }
notify-staff-reply =
    یکی از کارمندان ما درباره درخواست نمبر { $reference } جواب داد:

    { $text }

## Errors: the person's input

error-unexpected = معذرت می‌خواهیم، از طرف ما مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید؛ اگر باز هم تکرار شد، برای شروع دوباره /cancel بنویسید.
error-invalid-input = این معلومات درست به نظر نمی‌رسد. لطفاً آن را بررسی کنید و دوباره کوشش کنید.
error-field-missing = بعضی معلومات کم است ({ $field }).
error-phone-invalid = این نمبر تیلفون درست به نظر نمی‌رسد. لطفاً آن را با کود ساحه بنویسید، مثلاً 0532 123 45 67 یا +90 532 123 45 67.
error-district-unknown = ولسوالی‌ای با این نام پیدا نکردیم.
error-identity-invalid = این نمبر هویت درست نیست.
error-identity-not-digits = نمبر هویت فقط از رقم ساخته شده است. لطفاً نمبر یازده‌رقمی خود را بنویسید.
error-identity-length = { $given ->
        [one] نمبر هویت یازده رقم دارد؛ شما یک رقم نوشتید.
       *[other] نمبر هویت یازده رقم دارد؛ شما { $given } رقم نوشتید.
    }
error-identity-protection-number = نمبری که با 98 شروع می‌شود، نمبر شخصی روی سند حمایت موقت (کیملیک) است، نه نمبری که ما ضرورت داریم. لطفاً نمبر هویت خارجیان را که روی همان سند است بنویسید: با 99 شروع می‌شود.
error-identity-leading-zero = نمبر هویت هیچ وقت با صفر شروع نمی‌شود. لطفاً آن را بررسی کنید.
error-identity-checksum = این نمبر هویت را تأیید کرده نتوانستیم؛ شاید یکی از رقم‌ها اشتباه نوشته شده باشد. لطفاً به کارت هویت خود نگاه کنید و دوباره بنویسید.
error-search-empty = جست‌وجو خالی است: نمبر درخواست، تیلفون، نمبر هویت یا نامی بنویسید.
error-search-too-long = جست‌وجو حداکثر { $max } حرف بوده می‌تواند.
error-search-number = این عدد نه به نمبر درخواست شباهت دارد، نه به تیلفون و نه به نمبر هویت.
error-claim-language = این درخواست منتظر کارمندی است که زبانش را بخواند؛ پس از گذشت وقت انتظار، هر کسی در این دفتر می‌تواند آن را بگیرد.
error-reference-invalid = این نمبر درخواست درست نیست.
error-reference-not-digits = نمبر درخواست فقط از رقم ساخته شده است.
error-reference-length = نمبر درخواست { $expected } رقم دارد؛ شما { $given } رقم نوشتید. لطفاً آن را بررسی کنید.
error-reference-check-digit = به نظر می‌رسد یکی از رقم‌های این نمبر اشتباه نوشته شده است (رقم آخر، رقم کنترول است و مطابقت ندارد). لطفاً نمبر را بررسی کنید و دوباره بنویسید.
error-request-not-found = درخواستی از شما با این نمبر پیدا نکردیم.
error-consent-missing = پیش از آنکه درخواست شما را بگیریم، باید با اطلاعیه محرمیت موافقه کنید.

## Errors: staff and the console

error-configuration = در تنظیمات مشکلی هست. لطفاً به مسئول سیستم خبر بدهید.
error-reply-empty = جواب خالی فرستاده نمی‌شود.
error-note-empty = یادداشت خالی علاوه نمی‌شود.
error-password-too-short = رمز باید حداقل { $minimum } حرف داشته باشد.
error-password-weak = این رمز به آسانی حدس زده می‌شود: تکرار یک تکه، حرف‌های پشت سر هم یا نام استفاده‌کننده نباشد.
error-login-slow = حالا کوشش‌های زیادی روی این حساب انجام می‌شود؛ چند ثانیه صبر کنید و دوباره کوشش کنید.
error-busy = سرویس حالا مصروف است؛ لطفاً کمی بعد دوباره کوشش کنید.
error-username-taken = نام استفاده‌کننده «{ $username }» قبلاً گرفته شده است.
error-login-failed = نام استفاده‌کننده یا رمز غلط است.
error-login-locked = کوشش‌های ناکام زیاد شد؛ این حساب برای مدتی قفل شد. لطفاً بعداً دوباره کوشش کنید.
error-session-invalid = جلسه شما معتبر نیست. لطفاً دوباره داخل شوید.
error-session-expired = وقت جلسه شما تمام شد. لطفاً دوباره داخل شوید.
error-canned-unknown = چنین جواب آماده‌ای وجود ندارد.
error-canned-default-missing = جواب آماده باید متنی به زبان اصلی داشته باشد.
error-announcement-empty = اطلاعیه باید حداقل به یک زبان متن داشته باشد.
error-safeguarding-reason-too-long = دلیل حداکثر { $max } حرف بوده می‌تواند.
error-answer-empty = لطفاً جواب خود را در چند کلمه بنویسید.
error-answer-too-long = شما { $given } حرف نوشتید؛ حداکثر { $max } حرف جا می‌شود. لطفاً کوتاه‌ترش کنید.
error-translation-failed = سرویس ترجمه جواب نداد؛ جواب شما فرستاده نشد. دوباره کوشش کنید یا از یکی از جواب‌های آماده به زبان شهروند استفاده کنید.

notify-verify-code = کود Hemşehri شما: { $code }. آن را به کسی ندهید.
error-webhook-url-invalid = یک آدرس http:// یا https:// بدون نام استفاده‌کننده و رمز عبور بنویسید.
error-webhook-events-invalid = حداقل یک رویداد را انتخاب کنید.

## لوحة الموظفين (العربية). كل جملة يقرؤها الموظفون في اللوحة، ومنها نقطة Open311 في واجهة الموظفين البرمجية.
## أسماء الحالات والبرامج والأقسام تأتي من core.ftl (status-* وprogramme-* وdesk-*).

console-title = لوحة الموظفين
console-nav-label = الأقسام
console-nav-queue = قائمة الانتظار
console-nav-team = الفريق
console-nav-staff = الموظفون
console-nav-canned = الردود الجاهزة
console-nav-audit = سجل التدقيق
console-nav-announcements = الإعلانات
console-role-agent = موظف
console-role-supervisor = مشرف
console-role-admin = مدير النظام
console-locale-label = لغة اللوحة
console-locale-name-tr = Türkçe
console-locale-name-en = English
console-locale-name-ar = العربية
console-sign-out = تسجيل الخروج
console-availability-label = حالة توفري
console-available = متاح
console-away = غير متاح
console-availability-go-away = اجعلني غير متاح
console-availability-go-available = اجعلني متاحًا

## تسجيل الدخول

console-sign-in-title = تسجيل الدخول
console-sign-in-intro = لموظفي الخدمات الاجتماعية فقط. يُسجَّل كل دخول.
console-username = اسم المستخدم
console-password = كلمة المرور
console-sign-in = دخول

## الأخطاء والتنبيهات

console-error-title = حدث خطأ
console-back-to-queue = العودة إلى قائمة الانتظار
console-error-generic = لم ينجح ذلك. يرجى المحاولة مرة أخرى.
console-error-not-found = غير موجود.
console-error-csrf = انتهت صلاحية هذا النموذج أو لم يأتِ من اللوحة. أعد تحميل الصفحة وحاول مرة أخرى.
console-error-invalid-input = بعض ما أُرسل غير صالح. راجع النموذج وحاول مرة أخرى.
console-error-field-missing = حقل مطلوب فارغ.
console-error-login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
console-error-login-locked = محاولات فاشلة كثيرة: أُقفل هذا الحساب لبعض الوقت. حاول مرة أخرى بعد 15 دقيقة.
console-error-request-not-found = لا يوجد طلب بهذا الرقم في أقسامك.
console-error-transition-forbidden = لا يُسمح بتغيير الحالة هذا من حالة الطلب الحالية.
console-error-transition-not-yours = وحده المواطن يستطيع إجراء هذا التغيير في الحالة.
console-error-not-your-claim = هذا الطلب عند موظف آخر. اطلب من أحد المشرفين إعادة إسناده.
console-error-supervisor-only = لا يستطيع القيام بهذا إلا المشرفون ومديرو النظام.
console-error-agent-not-on-desk = هذا الشخص لا يعمل في قسم هذا الطلب.
console-error-reply-empty = الرد فارغ.
console-error-reply-file-type = لا يمكن إرفاق سوى صورة (JPEG أو PNG أو WebP) أو ملف PDF بالرد؛ لم يُرسل شيء.
console-error-reply-file-too-large = الملف المرفق أكبر من 10 ميغابايت؛ لم يُرسل شيء.
console-error-note-empty = الملاحظة فارغة.
console-error-canned-unknown = هذا الرد الجاهز غير موجود أو غير متاح لهذا القسم.
console-error-canned-default-missing = يحتاج الرد الجاهز إلى نصه التركي على الأقل.
console-error-status-unknown = اختر إحدى الحالات المعروضة.
console-error-staff-unknown = لا يوجد حساب موظف كهذا.
console-error-staff-disabled = هذا الحساب معطَّل.
console-error-role-not-allowed = لا يمكنك منح هذا الدور.
console-error-role-unknown = دور غير معروف.
console-error-desk-not-allowed = لا يمكنك أن تمنح إلا الأقسام التي تعمل فيها أنت.
console-error-language-unknown = لغة غير معروفة.
console-error-username-invalid = اسم المستخدم من 2 إلى 64 حرفاً أو رقماً أو نقطة أو شرطة أو شرطة سفلية.
console-error-username-taken = اسم المستخدم هذا مستخدم من قبل.
console-error-password-too-short = يجب ألا تقل كلمة المرور عن 12 حرفاً.
console-error-password-weak = كلمة المرور هذه سهلة التخمين: لا تكرّر مقطعاً واحداً، ولا تتابع أحرفاً متجاورة، ولا تستخدم اسم المستخدم.
console-error-login-slow = محاولات كثيرة على هذا الحساب الآن. انتظر بضع ثوانٍ ثم حاول مرة أخرى.
console-error-busy = يجري التحقق من عمليات دخول كثيرة الآن. حاول مرة أخرى بعد قليل.
console-error-own-role = لا يمكنك تغيير دورك أنت.
console-error-own-account = لا يمكنك تعطيل حسابك أنت.
console-error-capacity-invalid = يجب أن تكون السعة عددًا صحيحًا من 1 إلى 100.
console-error-decrypt-failed = تعذّر فك تشفير هذا الرقم بالمفتاح الحالي. أبلغ مدير النظام.
console-error-reveal-limit = بلغتَ الحد الأقصى للأرقام الكاملة التي يمكن رؤيتها في ساعة؛ حاول مرة أخرى لاحقًا.
console-error-attachment-unknown = لا يوجد مرفق كهذا.
console-error-attachment-gone = لم يعد هذا الملف موجودًا على منصة المراسلة (فهي تحتفظ بالملفات لمدة محدودة فقط). اطلب من الشخص إرساله مرة أخرى.
console-error-attachment-too-large = حجم هذا الملف أكبر من 20 ميغابايت ولا يمكن جلبه إلى هنا. اطلب من الشخص إرسال ملف أصغر أو إحضاره إلى المكتب.
console-error-attachment-unavailable = تعذّر الوصول إلى منصة المراسلة الآن. حاول فتح الملف مرة أخرى بعد بضع دقائق.
console-error-forbidden = ليس لديك صلاحية للقيام بهذا.
console-error-announcement-empty = اكتب الرسالة بلغة واحدة على الأقل.
console-error-announcement-fallback-missing = لإرسال النص التركي إلى من لا يوجد نص بلغتهم، اكتب النص التركي أيضاً.

console-notice-claimed = أصبح الطلب عندك الآن.
console-notice-queue-empty = لا شيء ينتظر أقسامك ولغاتك الآن.
console-notice-reply-queued = ردّك في طريقه إلى المواطن.
console-notice-canned-sent = الرد الجاهز في طريقه إلى المواطن، بلغته.
console-notice-status-changed = تغيّرت الحالة وسيُبلَّغ المواطن.
console-notice-moved = نُقل الطلب وهو الآن في قائمة انتظار مكتبه الجديد. سيُبلَّغ المواطن بذلك.
console-move-title = النقل إلى برنامج أو مكتب آخر
console-move-to = البرنامج الجديد (ومكتبه)
console-move-hint = يعود الطلب إلى قائمة انتظار المكتب الجديد دون تعيين لأحد، ويُبلَّغ المواطن بلغته.
console-move-submit = نقل
console-move-as-application = كطلب مساعدة: { $programme }
console-became-application = أصبح هذا السؤال الطلب رقم { $reference }.
console-invited-to-apply = دُعي المواطن إلى التقديم على «{ $programme }»؛ يبدأ الطلب عندما يكتب.
console-notice-note-added = أُضيفت الملاحظة الداخلية.
console-notice-released = عاد الطلب إلى قائمة الانتظار.
console-notice-reassigned = أُعيد إسناد الطلب.
console-notice-staff-created = أُنشئ الحساب.
console-notice-staff-updated = حُفظ الحساب.
console-notice-desk-saved = تم حفظ المكتب.
console-notice-tokens-revoked = أُلغيت مفاتيح واجهة البرمجة.
console-notice-canned-saved = حُفظ الرد الجاهز.
console-notice-locale-changed = تغيّرت لغة اللوحة.
console-notice-announcement-sent = الإعلان في طريقه. يظهر تقدّم الإرسال في الأسفل.
console-notice-announcement-cancelled = أُلغي الإعلان: لن يُرسَل منه شيء بعد الآن.

## قائمة الانتظار

console-queue-title = قائمة الانتظار
console-claim-next = استلام الطلب التالي
console-filters = عوامل التصفية
console-filter-desk = القسم
console-filter-all-my-desks = كل أقسامي
console-filter-language = اللغة
console-filter-my-languages = لغاتي
console-filter-all-languages = كل اللغات
console-filter-status = الحالة
console-filter-waiting = بانتظار الموظفين
console-filter-programme = البرنامج
console-filter-all = الكل
console-filter-district = المنطقة (ilçe)
console-filter-apply = تطبيق
console-filter-clear = مسح عوامل التصفية
console-live-on = مباشر: تتحدّث القائمة تلقائياً.
console-live-off = غير مباشر: أعد تحميل الصفحة لرؤية التغييرات.
console-mine-title = { $count ->
    [zero] المسندة إليّ: لا طلبات
    [one] المسندة إليّ: طلب واحد
    [two] المسندة إليّ: طلبان
    [few] المسندة إليّ: { $count } طلبات
    [many] المسندة إليّ: { $count } طلباً
   *[other] المسندة إليّ: { $count } طلب
}
console-waiting-title = { $count ->
    [0] بالانتظار: لا طلبات
    [one] بالانتظار: طلب واحد
    [two] بالانتظار: طلبان
    [few] بالانتظار: { $count } طلبات
    [many] بالانتظار: { $count } طلباً
   *[other] بالانتظار: { $count } طلب
}
console-queue-nothing = لا شيء ينتظر هنا.
console-col-reference = الرقم
console-col-programme = البرنامج
console-col-language = اللغة
console-col-channel = القناة
console-col-district = المنطقة
console-col-status = الحالة
console-col-waiting = مدة الانتظار
console-col-sla = مستوى الخدمة
console-col-assignee = عند
console-col-desk = القسم
console-col-waiting-count = بالانتظار
console-col-unassigned = غير مستلمة
console-col-oldest = أطول انتظار
console-col-breached = متأخرة
console-priority = الأولوية { $level }
console-rtl = من اليمين إلى اليسار
console-needs-interpreter = يحتاج إلى مترجم
console-nobody-on-shift = لا أحد في المناوبة يقرأ هذه اللغة
console-team-unread = طلبات تنتظر بلغة لا يقرؤها أحد في المناوبة: { $count }
console-foreign-reader = أنت تكتب إلى من يقرأ { $language }: ما تكتبه يُرسل دون ترجمة. استخدم الردود الجاهزة بلغة { $language } أولًا.
console-foreign-reader-translated = أنت تكتب إلى من يقرأ { $language }: ما تكتبه يُرسل مترجماً آلياً إلى { $language }، ويبقى ما كتبته في سجل المحادثة. الردود الجاهزة بلغة { $language } أدناه.
console-machine-translation = ترجمة آلية
console-original = النص الأصلي
console-sent-translated = كما أُرسل مترجماً آلياً
console-unassigned = لا أحد
console-sla-on_time = في الوقت
console-sla-due_soon = يقترب موعده
console-sla-breached = متأخر
console-sla-closed = مغلق
console-sla-due = الموعد { $due }
console-channel-telegram = Telegram
console-channel-webchat = المحادثة على الموقع
console-channel-whatsapp = WhatsApp
console-channel-open311 = نظام بلدي (Open311)

## طلب واحد

console-request-title = الطلب { $reference }
console-thread-title = المحادثة والسجل
console-status-moved = الحالة: { $old } ← { $new }
console-status-set = الحالة: { $new }
console-public-note = ملاحظة للمواطن
console-internal-note = ملاحظة داخلية
console-public-note-hint = تُرسَل إلى المواطن مع تغيير الحالة، بالكلمات التي تكتبها.
console-internal-note-hint = لا يراها إلا الموظفون.
console-internal-only = للموظفين فقط
console-actor-citizen = المواطن
console-actor-staff = الموظفون
console-actor-bot = بوت Hemşehri
console-actor-system = النظام
console-delivery-queued = بانتظار الإرسال
console-delivery-sent = أُرسلت
console-delivery-delivered = وصلت
console-delivery-read = قُرئت
console-delivery-failed = تعذّر إيصالها
console-delivery-received = وردت
console-delivery-internal = داخلية
console-attachment-photo = صورة
console-attachment-document = مستند
console-attachment-voice = رسالة صوتية
console-attachment-video = فيديو
console-attachment-audio = صوت
console-request-final = هذا الطلب مغلق؛ لم يعد ممكناً الرد عليه هنا.
console-answer-title = الرد
console-answer-goes-to = يقرأ المواطن بهذه اللغة: { $language }.
console-reply-label = الرد على المواطن
console-reply-file = إرفاق ملف (اختياري)
console-reply-file-hint = صورة (JPEG أو PNG أو WebP) أو ملف PDF، بحد أقصى 10 ميغابايت. يصل إلى المواطن عبر قناته.
console-reply-send = إرسال الرد
console-canned-title = الردود الجاهزة
console-canned-no-translation = لا توجد نسخة بهذه اللغة ({ $language }): سيُرسَل النص التركي.
console-canned-send = إرسال الرد المختار
console-status-title = تغيير الحالة
console-status-new = الحالة الجديدة
console-status-change = تغيير الحالة
console-status-none = لم يعد بوسع الموظفين تغيير الحالة.
console-held-by = الطلب عند { $name }. لا يستطيع الرد عليه غيره أو أحد المشرفين.
console-claim-to-answer = لم يستلم أحد هذا الطلب بعد: استلمه للرد عليه.
console-note-label = ملاحظة داخلية (للموظفين فقط)
console-note-add = إضافة الملاحظة
console-facts-title = التفاصيل
console-citizen = المواطن
console-no-name = لم يذكر اسماً
console-neighbourhood = الحي (mahalle)
console-household = عدد أفراد الأسرة
console-identity = رقم الهوية
console-reveal = إظهار
console-revealed-logged = ظهر الرقم كاملاً؛ وسُجّل ذلك في سجل التدقيق.
console-identity-checksum-warning = رقم هوية الأجنبي هذا لا يجتاز التحقق: افحص الوثيقة عند المكتب.
console-phone = الهاتف
console-created = تاريخ الاستلام
console-sla-due-label = الموعد
console-release = إعادته إلى قائمة الانتظار
console-reassign-to = إعادة الإسناد إلى
console-reassign = إعادة الإسناد
console-other-requests = طلبات المواطن الأخرى
console-no-other-requests = لا طلبات أخرى.
console-attachment-title = مرفق
console-attachment-not-yet = { $kind }: يبقى هذا الملف لدى منصة المراسلة ولا يمكن فتحه هنا بعد.
console-attachment-download = تنزيل
console-attachment-download-hint = يُفتح هذا الملف بعد تنزيله، لا داخل الصفحة.
console-back-to-request = العودة إلى الطلب { $reference }

## الإشراف

console-team-title = الفريق
console-export = تصدير الطلبات المفتوحة (CSV)
console-team-waiting = بالانتظار حسب القسم واللغة
console-team-holding = من يتولى ماذا
console-team-agents = الموظفون
console-team-col-availability = التوفر
console-team-col-holding = الطلبات المفتوحة
console-team-col-capacity = السعة
console-team-nobody-holds = لا أحد يتولى طلباً مفتوحاً.
console-team-breaches = { $count ->
    [0] تجاوزت مستوى الخدمة: لا طلبات
    [one] تجاوزت مستوى الخدمة: طلب واحد
    [two] تجاوزت مستوى الخدمة: طلبان
    [few] تجاوزت مستوى الخدمة: { $count } طلبات
    [many] تجاوزت مستوى الخدمة: { $count } طلباً
   *[other] تجاوزت مستوى الخدمة: { $count } طلب
}
console-team-no-breaches = كل الطلبات المفتوحة ضمن مستوى خدمتها.
console-team-due-soon = { $count ->
    [0] تستحق خلال ساعة: لا طلبات
    [one] تستحق خلال ساعة: طلب واحد
    [two] تستحق خلال ساعة: طلبان
    [few] تستحق خلال ساعة: { $count } طلبات
    [many] تستحق خلال ساعة: { $count } طلباً
   *[other] تستحق خلال ساعة: { $count } طلب
}
console-team-none-due-soon = لا طلبات مفتوحة أخرى تستحق خلال ساعة.
console-sla-alert-late = { $count ->
    [zero] لا طلبات في أقسامك تجاوزت مدة خدمتها.
    [one] طلب واحد في أقسامك تجاوز مدة خدمته.
    [two] طلبان في أقسامك تجاوزا مدة خدمتهما.
    [few] { $count } طلبات في أقسامك تجاوزت مدة خدمتها.
    [many] { $count } طلباً في أقسامك تجاوزت مدة خدمتها.
   *[other] { $count } طلب في أقسامك تجاوزت مدة خدمتها.
}
console-sla-alert-due-soon = { $count ->
    [zero] لا طلبات في أقسامك تستحق خلال ساعة.
    [one] طلب واحد في أقسامك يستحق خلال ساعة.
    [two] طلبان في أقسامك يستحقان خلال ساعة.
    [few] { $count } طلبات في أقسامك تستحق خلال ساعة.
    [many] { $count } طلباً في أقسامك تستحق خلال ساعة.
   *[other] { $count } طلب في أقسامك تستحق خلال ساعة.
}
console-staff-title = حسابات الموظفين
console-staff-username = اسم المستخدم
console-staff-display-name = الاسم
console-staff-role = الدور
console-staff-desks = الأقسام
console-staff-languages = اللغات
console-staff-state = الوضع
console-staff-active = فعّال
console-staff-disabled = معطَّل
console-staff-new = حساب جديد
console-staff-password = كلمة المرور (12 حرفاً على الأقل)
console-staff-create = إنشاء الحساب
console-staff-console-locale = لغة اللوحة
console-save = حفظ
console-staff-disable = تعطيل هذا الحساب
console-staff-disable-hint = يُخرج الشخص من كل مكان في الحال، وتتوقف مفاتيح API الخاصة به عن العمل.
console-staff-enable = تفعيل هذا الحساب
console-staff-revoke-tokens = إلغاء مفاتيح واجهة البرمجة
console-staff-revoke-tokens-hint = تتوقف كل مفاتيح واجهة البرمجة لهذا الحساب عن العمل فورًا؛ ويحصل النظام الذي يحتاج إلى مفتاح على مفتاح جديد.
console-desks-title = المكاتب
console-desks-intro = استلام التالي: يأخذ الموظفون الطلب التالي بأنفسهم. الإسناد التلقائي: يذهب كل طلب جديد فورًا إلى الموظف المتاح في المكتب الذي لديه أقل عدد من الطلبات المفتوحة، مع تقديم من يقرأ لغته، في حدود السعة؛ والطلب الذي عليه علامة حماية يُسند مهما كانت السعة. ما لا يستطيع أحد أخذه ينتظر في الطابور.
console-desk-mode = طريقة توزيع الطلبات
console-desk-mode-claim = استلام التالي
console-desk-mode-push = إسناد تلقائي إلى الموظفين المتاحين
console-desk-capacity = الطلبات المفتوحة لكل موظف
console-staff-capacity = أقصى عدد من الطلبات المفتوحة يُسند تلقائيًا إلى هذا الشخص
console-staff-capacity-hint = اتركه فارغًا لاستخدام سعة مكاتبه.
console-canned-admin-title = الردود الجاهزة
console-canned-name = العنوان
console-canned-languages = اللغات
console-canned-none = لا توجد ردود جاهزة بعد.
console-canned-new = رد جاهز جديد
console-canned-texts-hint = اكتب النص بالتركية وبأكبر عدد ممكن من اللغات الأخرى؛ من لا يوجد نص بلغته يصله النص التركي.
console-canned-offered = متاح للموظفين
console-audit-title = سجل التدقيق
console-audit-read-only = كل دخول واستلام ورد وتغيير حالة وإظهار لبيانات شخصية وتصدير. لا يستطيع أحد تغيير هذا السجل.
console-audit-when = متى
console-audit-who = من
console-audit-action = الإجراء
console-audit-target = بخصوص
console-audit-details = التفاصيل
console-audit-empty = لم يُسجَّل شيء.
console-newer = الأحدث
console-older = الأقدم
console-audit-action-sign_in = سجّل الدخول
console-audit-action-sign_in_failed = فشل تسجيل الدخول
console-audit-action-sign_out = سجّل الخروج
console-audit-action-claim = استلم طلباً
console-audit-action-reply = ردّ
console-audit-action-status_change = غيّر الحالة
console-audit-action-release = أعاد طلباً إلى القائمة
console-audit-action-reassign = أعاد الإسناد
console-audit-action-reveal = أظهر بيانات شخصية
console-audit-action-export = صدّر
console-audit-action-staff_create = أنشأ حساباً
console-audit-action-staff_update = غيّر حساباً
console-audit-action-staff_enable = فعّل حساباً
console-audit-action-staff_disable = عطّل حساباً
console-audit-action-tokens_revoke = ألغى مفاتيح واجهة البرمجة
console-audit-action-availability = غيّر حالة التوفر
console-audit-action-desk_update = غيّر طريقة توزيع الطلبات في مكتب
console-audit-action-canned_create = أنشأ رداً جاهزاً
console-audit-action-canned_update = غيّر رداً جاهزاً
console-audit-action-open311_create = طلب من نظام بلدي
console-audit-action-announcement_create = أرسل إعلاناً
console-audit-action-announcement_cancel = ألغى إعلاناً
console-audit-action-safeguarding_flag = رُفعت علامة حماية بسبب كلمات المواطن
console-audit-action-safeguarding_confirmed = أكّد علامة حماية
console-audit-action-safeguarding_cleared = أزال علامة حماية
console-audit-action-safeguarding_view = اطّلع على طلب عليه علامة حماية
console-audit-action-status_check_passed = استعلام عن الحالة من قناة أخرى: إجابة صحيحة
console-audit-action-status_check_failed = استعلام عن الحالة من قناة أخرى: إجابة خاطئة
console-audit-action-status_check_refused = استعلام عن الحالة من قناة أخرى: رُفض

## الإعلانات

console-announcements-title = الإعلانات
console-announcements-intro = يصل الإعلان إلى كل من له طلب يطابق الفئة المختارة: مرة واحدة لكل شخص، بلغته، على القناة التي استخدمها، وبالسرعة التي تسمح بها المنصات.
console-announcement-new = إعلان جديد
console-announcement-segment = من يستلمه
console-announcement-any-programme = كل البرامج
console-announcement-any-status = أي حالة
console-announcement-any-district = كل المناطق
console-announcement-any-language = كل اللغات
console-announcement-any-channel = كل القنوات
console-announcement-texts = الرسالة
console-announcement-texts-hint = اكتب الرسالة مرة واحدة بكل لغة تستطيعها. من لا يوجد نص بلغته لا يصله الإعلان، إلا إذا سمحت بإرسال النص التركي إليهم.
console-announcement-fallback = إرسال النص التركي إلى من لا يوجد نص بلغتهم
console-announcement-preview = معاينة
console-announcement-preview-title = قبل الإرسال
console-announcement-matches = { $count ->
    [0] لا أحد ممن يمكن مراسلتهم يطابق هذه الفئة.
    [one] شخص واحد يطابق هذه الفئة.
    [two] شخصان يطابقان هذه الفئة.
    [few] { $count } أشخاص يطابقون هذه الفئة.
    [many] { $count } شخصاً يطابقون هذه الفئة.
   *[other] { $count } شخص يطابقون هذه الفئة.
}
console-announcement-lacking-fallback = { $count ->
    [one] واحد منهم يقرأ لغة لم تكتب بها، وسيصله النص التركي.
    [two] اثنان منهم يقرآن لغة لم تكتب بها، وسيصلهما النص التركي.
   *[other] { $count } منهم يقرؤون لغة لم تكتب بها، وسيصلهم النص التركي.
}
console-announcement-lacking-skipped = { $count ->
    [one] واحد منهم يقرأ لغة لم تكتب بها، ولن يصله هذا الإعلان.
    [two] اثنان منهم يقرآن لغة لم تكتب بها، ولن يصلهما هذا الإعلان.
   *[other] { $count } منهم يقرؤون لغة لم تكتب بها، ولن يصلهم هذا الإعلان.
}
console-announcement-will-send = { $count ->
    [0] لن يصل إلى أحد.
    [one] سيُرسَل إلى شخص واحد.
    [two] سيُرسَل إلى شخصين.
    [few] سيُرسَل إلى { $count } أشخاص.
    [many] سيُرسَل إلى { $count } شخصاً.
   *[other] سيُرسَل إلى { $count } شخص.
}
console-announcement-send = إرسال الإعلان
console-announcement-changed = تغيّرت الأعداد منذ المعاينة (كتب أحدهم، أو تغيّرت النصوص). راجعها وأرسل من جديد.
console-announcement-people = الأشخاص
console-announcement-text-own = النص مكتوب
console-announcement-text-parent = يصله نص لغة قريبة
console-announcement-text-fallback = يصله النص التركي
console-announcement-text-none = لا نص: لا يُرسَل
console-announcement-everyone = كل من له طلب
console-announcement-state-sending = قيد الإرسال
console-announcement-state-cancelled = أُلغي
console-announcement-state-done = اكتمل
console-announcement-sent-count = أُرسل: { $count }
console-announcement-queued-count = بالانتظار: { $count }
console-announcement-failed-count = فشل: { $count }
console-announcement-cancelled-count = أُوقف: { $count }
console-announcement-skipped-count = بلا نص بلغتهم: { $count }
console-announcement-fallback-count = بالتركية: { $count }
console-announcement-cancel = إلغاء الإعلان
console-announcement-cancel-hint = ما أُرسل يبقى مُرسلاً؛ والباقي لا يُرسَل.
console-announcement-none = لا توجد إعلانات بعد.
console-announcement-texts-shown = النصوص
console-announcements-live = يتحدّث التقدّم تلقائياً أثناء إرسال الإعلان.
console-col-sent-at = أُرسل
console-col-by = بواسطة
console-col-segment = الفئة
console-col-progress = التقدّم
console-col-state = الوضع

## Open311 (يقرؤه مطوّرو الأنظمة البلدية الأخرى)

console-open311-error-api-key = مفتاح api_key ناقص أو غير صالح.
console-open311-error-format = لا توجد إلا صيغتا json وxml.
console-open311-error-service-code = لا توجد خدمة بهذا الرمز service_code.
console-open311-error-service-code-missing = الرمز service_code ناقص.
console-open311-error-desk = لا يجوز لمفتاح api_key هذا إنشاء طلبات لهذه الخدمة.
console-open311-error-field = الحقل { $field } غير صالح.
console-open311-error-invalid = رُفض الطلب ({ $reason }، الحقل { $field }).
console-open311-error-status = يجب أن تكون الحالة open أو closed.
console-open311-error-date = يجب أن تكون التواريخ بصيغة ISO 8601 مع المنطقة الزمنية، مثلاً 2026-11-22T10:00:00Z.
console-open311-error-not-found = لا يوجد طلب خدمة كهذا.
console-open311-notice-received = استُلم برقم { $reference }.
console-open311-attribute-national_id = رقم الهوية التركية (T.C.) لمقدّم الطلب أو رقم هوية الأجنبي (11 رقماً).
console-open311-attribute-district = المنطقة (ilçe) في إزمير التي يسكن فيها مقدّم الطلب.
console-open311-attribute-neighbourhood = الحي (mahalle) الذي يسكن فيه مقدّم الطلب.
console-open311-attribute-household_size = عدد من يعيشون في المنزل (من 1 إلى 30).
console-open311-attribute-language = اللغة التي يقرؤها مقدّم الطلب؛ تُرسَل الردود بها.
console-open311-attribute-consent = اطّلع مقدّم الطلب على إشعار الخصوصية وأعطى موافقة صريحة.
console-open311-consent-given = أُعطيت الموافقة

## الرسائل التي لم تصل

console-nav-deliveries = لم تصل
console-deliveries-title = رسائل تعذّر إيصالها
console-deliveries-intro = لم تصل هذه الإشعارات إلى أصحابها: السبب بجانب كل منها. أعد المحاولة بعد إصلاح السبب (وفي الرسالة الموسومة بأنها غير مؤكدة، تحقّق أولاً أن الشخص لم يستلمها).
console-deliveries-when = وُضعت في الانتظار
console-deliveries-what = الرسالة
console-deliveries-channel = القناة
console-deliveries-request = الطلب
console-deliveries-reason = السبب
console-deliveries-action = الإجراء
console-deliveries-retry = إعادة المحاولة
console-deliveries-empty = وصلت كل الرسائل.
console-deliveries-kind-status_changed = تغيير حالة
console-deliveries-kind-staff_reply = رد الموظفين
console-deliveries-kind-announcement = إعلان
console-notice-delivery-retried = عادت الرسالة إلى قائمة الإرسال.
console-audit-action-retry_delivery = أعاد محاولة إيصال

## المحو بطلب الشخص

console-erase-title = محو بيانات هذا الشخص
console-erase-explain = لمن يطلب، عند المكتب أو بالهاتف، أن يُنسى. تُحذف أسماؤه وهواتفه ورقم هويته ورسائله وملفاته والملاحظات، وتُلغى طلباته المفتوحة، على هذه القناة. لا يمكن التراجع عن ذلك.
console-erase-reason = كيف طلب ذلك ومتى؟
console-erase-confirm = تحقّقت ممن طلب، وأفهم أنه لا يمكن التراجع عن ذلك.
console-erase-button = محو كل شيء عن هذا الشخص
console-notice-person-erased = مُحيت بيانات الشخص. والمحو مسجّل في سجل التدقيق.
console-error-erase-needs-reason = اكتب كيف طلب الشخص ذلك، وضع علامة على التأكيد.
console-error-erase-other-desks = لهذا الشخص طلبات في مكاتب أخرى أيضًا؛ يجب أن يقوم مدير النظام بالمحو.
console-audit-action-erase_contact = محا بيانات شخص

## الحماية

console-nav-safeguarding = الحماية
console-safeguarding-title = الحماية
console-safeguarding-intro = طلبات كشفت كلماتها عن خطر (عنف، طفل في خطر، إيذاء النفس، حالة طبية طارئة، لا مكان للنوم، احتجاز، استغلال). تبقى في مقدمة قائمة الانتظار حتى تُرفع علامتها. أكّد كل علامة أو ارفعها مع ذكر السبب؛ وكل اطلاع على طلب معلَّم يُسجَّل.
console-safeguarding-flagged-at = وقت التعليم
console-safeguarding-categories = ما كُشف عنه
console-safeguarding-state = العلامة
console-safeguarding-decision = القرار
console-safeguarding-reason = السبب
console-safeguarding-confirm = تأكيد
console-safeguarding-clear = رفع العلامة
console-safeguarding-empty = لا طلبات معلَّمة لمكاتبك.
console-safeguarding-state-flagged = جديدة، لم يُطّلع عليها بعد
console-safeguarding-state-confirmed = مؤكَّدة
console-safeguarding-category-self_harm = إيذاء النفس أو الانتحار
console-safeguarding-category-medical_emergency = حالة طبية طارئة
console-safeguarding-category-violence = عنف أسري أو عنف قائم على النوع الاجتماعي
console-safeguarding-category-child_at_risk = طفل في خطر
console-safeguarding-category-trafficking = اتجار بالبشر أو استغلال
console-safeguarding-category-no_shelter = طرد من السكن أو مبيت في الشارع
console-safeguarding-category-detention = احتجاز أو ترحيل
console-safeguarding-alert = { $count ->
    [zero] لا علامات حماية بانتظار قرار.
    [one] قد يكون شخص في خطر: علامة حماية واحدة بانتظار قرار.
    [two] قد يكون أشخاص في خطر: علامتا حماية بانتظار قرار.
    [few] قد يكون أشخاص في خطر: { $count } علامات حماية بانتظار قرار.
    [many] قد يكون أشخاص في خطر: { $count } علامة حماية بانتظار قرار.
   *[other] قد يكون أشخاص في خطر: { $count } علامة حماية بانتظار قرار.
}
console-notice-safeguarding-confirmed = تم تأكيد العلامة؛ يبقى الطلب في مقدمة قائمة الانتظار.
console-notice-safeguarding-cleared = رُفعت العلامة؛ يعود الطلب إلى مكانه المعتاد في قائمة الانتظار.
console-error-safeguarding-reason-missing = اكتب سبب قرارك.
console-error-safeguarding-reason-too-long = السبب طويل جداً.
console-error-safeguarding-not-flagged = لا توجد على هذا الطلب علامة حماية.
console-full-name = الاسم الكامل
console-answer-under-age = دون سن { $years }
console-answer-over-age = بلغ سن { $years } أو أكثر
console-documents-checklist = قائمة الوثائق
console-phone-owner-relative = هذا الرقم لأحد أقاربه، وهو ينقل إليه الرسائل.
console-phone-owner-neighbour = هذا الرقم لأحد جيرانه، وهو ينقل إليه الرسائل.
console-phone-owner-none = لا هاتف لديه: يمكن التواصل معه فقط في المحادثة التي قدّم منها الطلب.

## قائمة معاودة الاتصال (أشخاص لم تصلهم أي قناة)
console-nav-callbacks = معاودة الاتصال
console-callbacks-title = أشخاص يجب الاتصال بهم
console-callbacks-intro = لم نتمكن من إبلاغ هؤلاء الأشخاص بشيء يخص طلبهم عبر أي من قنواتهم. اتصل بهم وأبلغهم بلغتهم، ثم سجّل المكالمة. كل اطلاع على هذه القائمة يُسجَّل لأنها تعرض أرقامهم.
console-callbacks-since = منذ
console-callbacks-who = الشخص
console-callbacks-speaks = يتحدث { $language }
console-callbacks-phone = الهاتف
console-callbacks-no-phone = لا يوجد رقم مسجّل
console-callbacks-request = الطلب
console-callbacks-told = ما حاولنا إبلاغه
console-callbacks-tried = القنوات التي جُرّبت
console-callbacks-action = تمت المكالمة
console-callbacks-done-reached = تم الوصول إليه
console-callbacks-done-unreachable = تعذّر الوصول إليه
console-callbacks-empty = لا أحد للاتصال به: وصل كل إشعار إلى صاحبه.
console-notice-callback-done = سُجّلت المكالمة.
console-channel-sms = رسالة نصية
console-deliveries-kind-moved = نُقل إلى برنامج آخر
console-deliveries-kind-invited = دعوة إلى التقديم
console-person-channels = يمكن الوصول إليه عبر
console-channel-verified = الرقم مُتحقَّق منه
console-channel-blocked = لا يمكن الوصول إليه
## التقارير

console-nav-reports = التقارير
console-report-title = التقارير
console-report-csv = تنزيل الجدول (CSV)
console-report-from = من
console-report-to = إلى
console-report-by = التجميع حسب
console-report-by-desk = المكتب
console-report-by-programme = البرنامج
console-report-by-language = اللغة
console-report-by-channel = القناة
console-report-by-district = المنطقة
console-report-by-week = الأسبوع
console-report-period = من { $first } إلى { $last }، أيام كاملة بتوقيت المدينة.
console-report-how = كيف تُحسب هذه الأرقام
console-report-how-counted = يُحسب كل رقم عند حدوثه: يُعدّ الطلب واردًا في الفترة التي وصل فيها، ومغلقًا في الفترة التي بلغ فيها حالته النهائية، ويُحسب أول رد عليه في الفترة التي قدّمه فيها الموظفون.
console-report-how-first-response = أول رد: المدة من وصول الطلب حتى أول رد كتبه الموظفون للمواطن، أو حتى أول تغيير للحالة من الموظفين غير أخذه للمراجعة، أيهما أسبق.
console-report-how-resolution = الإنجاز: المدة من وصول الطلب حتى حالة نهائية (تم التسليم، مرفوض، ملغى أو مغلق).
console-report-how-sla = الالتزام بمستوى الخدمة: نسبة الطلبات المغلقة في الفترة التي بلغت حالتها النهائية قبل الموعد المحدد لبرنامجها.
console-report-how-percentiles = الوسيط والمئين التسعون بطريقة أقرب رتبة: من المدد مرتبةً، المدة التي في الموضع الذي يساوي نصف عددها (أو 90% منه) مقرّبًا إلى الأعلى.
console-report-how-small = المجموعة التي لديها أقل من { $count } مدد تُظهر أعدادها دون مددها: فهي أقل من أن تُقارن، وأقل من أن يبقى أصحابها غير معروفين.
console-report-how-private = أعداد فقط: لا يحتوي أي تقرير على رقم مرجعي أو اسم أو هاتف أو رسالة.
console-report-table = الأرقام
console-report-col-received = الواردة
console-report-col-closed = المغلقة
console-report-col-first-median = أول رد، الوسيط
console-report-col-first-p90 = أول رد، المئين التسعون
console-report-col-resolution-median = الإنجاز، الوسيط
console-report-col-resolution-p90 = الإنجاز، المئين التسعون
console-report-col-sla = الالتزام بمستوى الخدمة
console-report-col-needs-info = طُلبت معلومات
console-report-col-undelivered = إشعارات لم تصل
console-report-total = الكل
console-report-week = أسبوع { $monday }
console-report-no-district = لم تُذكر المنطقة
console-report-too-few = قليلة جدًا
console-report-hours = { $hours } س
console-report-percent = { $value }%
console-report-points = { $points } نقطة
console-report-chart-volumes = الطلبات الواردة والمغلقة
console-report-chart-times = الوسيط لأول رد وللإنجاز
console-report-nothing = لم يحدث شيء في مكاتبك خلال هذه الفترة.
console-report-equity-title = الإنصاف: الخدمة نفسها بكل لغة
console-report-equity-csv = تنزيل عرض الإنصاف (CSV)
console-report-equity-explained = مدد كل لغة والتزامها بمستوى الخدمة بجانب طلبات الناطقين بالتركية على القنوات نفسها؛ المدة الأطول بأكثر من { $margin }% أو الالتزام الأدنى بأكثر من { $margin } نقطة يُكتب بخط عريض على أنه أسوأ.
console-report-all-channels = كل القنوات
console-report-baseline = أساس المقارنة
console-report-worse = { $gap }، أسوأ
console-error-report-period = اختر فترة لا يسبق يومها الأخير يومها الأول، ولا تتجاوز سنة واحدة.
console-search-label = البحث في الطلبات
console-search-placeholder = رقم الطلب، الهاتف، الهوية، الاسم
console-search-submit = بحث
console-search-title = البحث
console-search-hint = يجد طلبات مكاتبك برقم الطلب (بأي أرقام)، أو الهاتف (بأي صيغة)، أو رقم الهوية، أو كلمات الاسم كاملة. يُسجَّل البحث بالهاتف أو رقم الهوية أو الاسم في سجل التدقيق.
console-search-found = { $count ->
    [0] لم يُعثر على شيء في مكاتبك.
    [one] وُجد طلب واحد.
    [two] وُجد طلبان.
    [few] وُجدت { $count } طلبات.
    [many] وُجد { $count } طلباً.
   *[other] وُجد { $count } طلب.
}
console-search-first = تُعرض أحدث { $count }.
console-search-none = لا يطابق البحثَ أيُّ طلب في مكاتبك. تحقق من الرقم، أو ابحث بمعلومة أخرى.
console-col-received = تاريخ الوصول
console-claim-this = استلام هذا الطلب
console-audit-action-search = بحث ببيانات شخصية
console-audit-action-password_reset = أعاد مشغّل النظام تعيين كلمة المرور
console-error-search-empty = اكتب رقم طلب أو هاتفاً أو رقم هوية أو اسماً للبحث.
console-error-search-too-long = هذا أطول من أن يكون رقم طلب أو رقماً أو اسماً. اختصر البحث.
console-error-search-number = هذا الرقم لا يشبه رقم طلب ولا رقم هاتف ولا رقم هوية. تحقق منه وابحث مرة أخرى.
console-error-reference-check-digit = يبدو أن أحد أرقام رقم الطلب هذا مكتوب خطأً (رقم التحقق لا يتطابق). تحقق منه وابحث مرة أخرى.
console-error-claim-not-waiting = هذا الطلب لا ينتظر في قائمة الانتظار، فلا يمكن استلامه.
console-error-claim-language = هذا الطلب ينتظر موظفاً يقرأ لغته؛ بعد انتظار كافٍ يستطيع أي موظف في المكتب استلامه.
# Outgoing webhooks (administrators only)
console-nav-webhooks = خطافات الويب
console-webhooks-title = خطافات الويب الصادرة
console-webhooks-intro = يمكن إبلاغ أنظمة البلدية الأخرى عند تقديم طلب أو تغيّر حالته أو تجاوزه مدة الخدمة أو وضع علامة حماية عليه. تُوقَّع كل عملية إرسال بالمفتاح السري للجهة المستهدفة، وتُعاد المحاولة حتى تجيب.
console-webhooks-url = عنوان الجهة المستهدفة
console-webhooks-events = الأحداث
console-webhooks-event = الحدث
console-webhooks-event-request-created = قُدِّم طلب
console-webhooks-event-request-status-changed = تغيّرت حالة طلب
console-webhooks-event-request-sla-breached = تجاوز طلب مدة الخدمة
console-webhooks-event-request-safeguarding-flagged = وُضعت على طلب علامة حماية
console-webhooks-personal = البيانات الشخصية
console-webhooks-personal-yes = مسموح بها (الاسم والهاتف)
console-webhooks-personal-no = لا تُرسَل
console-webhooks-personal-allow = أرسل اسم الشخص وهاتفه إلى هذه الجهة
console-webhooks-personal-hint = فقط لنظام تابع للبلدية يحق له الاحتفاظ بهما. ما كتبه الناس لا يُرسَل أبداً إلى أي جهة.
console-webhooks-none = لا توجد جهة مستهدفة بعد.
console-webhooks-new = جهة مستهدفة جديدة
console-webhooks-add = أضف الجهة
console-webhooks-secret-once = هذا مفتاح التوقيع السري للجهة. لن يظهر إلا الآن: انسخه إلى النظام المستقبِل.
console-webhooks-disable = عطّل
console-webhooks-enable = فعّل
console-webhooks-rotate = مفتاح جديد
console-webhooks-delete = احذف
console-webhooks-log = آخر عمليات الإرسال
console-webhooks-log-empty = لم يُرسَل شيء إلى هذه الجهة بعد.
console-webhooks-state = الحالة
console-webhooks-code = الرد
console-webhooks-attempts = المحاولات
console-webhooks-delivered-at = التسليم
# $when: the date and time of the next attempt
console-webhooks-next-at = المحاولة التالية { $when }
console-webhooks-redeliver = أرسل مجدداً
console-webhooks-state-pending = في الانتظار
console-webhooks-state-sending = قيد الإرسال
console-webhooks-state-delivered = سُلِّم
console-webhooks-state-dead = فشل
console-notice-webhook-updated = حُفظت الجهة المستهدفة.
console-notice-webhook-deleted = حُذفت الجهة؛ لن يُرسَل إليها شيء بعد الآن.
console-notice-webhook-redelivered = أُعيدت عملية الإرسال إلى الدور وستخرج بعد قليل.
console-error-admin-only = لا يستطيع القيام بهذا إلا مديرو النظام.
console-error-webhook-url-invalid = اكتب عنوان http:// أو https:// بلا اسم مستخدم ولا كلمة مرور.
console-error-webhook-url-private = هذا العنوان على هذا الخادم أو داخل شبكة خاصة: لا تُرسَل خطافات الويب إلا إلى عناوين عامة.
console-error-webhook-events-invalid = اختر حدثاً واحداً على الأقل.
console-error-webhook-unknown = لا توجد جهة مستهدفة كهذه.
console-audit-action-webhook_create = أضاف جهة خطاف ويب
console-audit-action-webhook_update = فعّل جهة خطاف ويب أو عطّلها
console-audit-action-webhook_rotate = أعطى جهة خطاف ويب مفتاحاً جديداً
console-audit-action-webhook_delete = حذف جهة خطاف ويب
console-audit-action-webhook_redeliver = أعاد إرسال خطاف ويب

## أسماء الحالات كما يستخدمها الموظفون (يقرأ المواطن نصوص status-* في core.ftl)
console-status-received = جديد، لم يستلمه أحد بعد
console-status-in_review = قيد المراجعة
console-status-needs_info = بانتظار رد المواطن
console-status-approved = تمت الموافقة
console-status-ready = جاهز للاستلام أو التوصيل
console-status-delivered = تم التسليم
console-status-rejected = مرفوض
console-status-cancelled = ألغاه المواطن
console-status-closed = مغلق (تمت الإجابة)

## قائمة الانتظار بنظرة واحدة
console-unread = رسالة جديدة
console-viewing = { $count ->
    [zero] { $names } يطّلعون على هذا الطلب
    [one] { $names } يطّلع على هذا الطلب
    [two] { $names } يطّلعان على هذا الطلب
    [few] { $names } يطّلعون على هذا الطلب
    [many] { $names } يطّلعون على هذا الطلب
   *[other] { $names } يطّلعون على هذا الطلب
}
console-preview-held = علامة حماية: افتح الطلب لقراءته
console-preview-attachment = (ملف، بلا نص)
console-filter-tag = الوسم
console-filter-holder = عند من
console-filter-anyone = أي أحد
console-filter-holder-me = عندي
console-filter-holder-nobody = عند لا أحد
console-saved-filters = مرشحاتي
console-saved-filters-none = لا مرشحات محفوظة بعد.
console-saved-filter-name = اسم لهذه المرشحات
console-saved-filter-save = حفظ هذه المرشحات
console-saved-filter-delete = حذف هذا المرشح المحفوظ
console-notice-filter-saved = حُفظت مرشحاتك.
console-notice-filter-deleted = حُذف المرشح المحفوظ.
console-error-saved-filters-full = حفظت أقصى عدد ممكن من المرشحات؛ احذف واحدًا أولًا.
console-tags-title = الوسوم
console-tags-none = لا وسوم بعد.
console-tag-add-label = إضافة وسم (اسم جديد ينشئ وسمًا جديدًا للمكتب)
console-tag-add = إضافة الوسم
console-tag-remove = إزالة الوسم { $tag }
console-notice-tagged = أُضيف الوسم.
console-notice-untagged = أُزيل الوسم.
console-error-tag-invalid = الوسم من حرف واحد إلى 32 حرفًا.
console-audit-action-tag_add = أضاف وسمًا
console-audit-action-tag_remove = أزال وسمًا

## الردود الجاهزة التي تغيّر الحالة والوسوم أيضًا
console-macro-title = وعند الإرسال أيضًا (ماكرو)
console-macro-hint = اختياري: الحالة التي ينتقل إليها الطلب والوسوم التي تُضاف إليه، مع الرد.
console-macro-status = تغيير الحالة إلى
console-macro-status-none = إبقاء الحالة كما هي
console-macro-tags = إضافة الوسوم (مفصولة بفواصل)
console-macro-sets-status = يغيّر الحالة: { $status }.
console-macro-adds-tags = يضيف الوسوم: { $tags }.

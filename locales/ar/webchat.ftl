# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = الخدمات الاجتماعية في { $city }
webchat-messages-label = الرسائل
webchat-speaker-city = الخدمات الاجتماعية:
webchat-speaker-you = أنت:
webchat-input-label = رسالتك
webchat-input-placeholder = اكتب رسالتك…
webchat-send = إرسال
webchat-attach = إرفاق ملف
webchat-attach-hint = صورة أو ملف PDF أو تسجيل صوتي، بحد أقصى { $megabytes } ميغابايت.
webchat-menu-label = القائمة الرئيسية
webchat-phone-label = رقم هاتفك
webchat-phone-send = إرسال رقمي
webchat-connecting = جارٍ الاتصال…
webchat-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال…
webchat-code-title = رمز محادثتك
webchat-code-help = يمكنك متابعة محادثتك من جهاز آخر بهذا الرمز. احتفظ به ولا تشاركه مع أحد: كل من يعرف الرمز يستطيع قراءة هذه المحادثة.
webchat-code-copy = نسخ الرمز
webchat-code-copied = تم نسخ الرمز.
webchat-code-use-label = رمز محادثتك من جهاز آخر
webchat-code-use = المتابعة بهذا الرمز
webchat-code-invalid = هذا ليس رمز محادثة. يتكون الرمز من 32 خانة من الأرقام 0–9 والأحرف a–f، ولا تهم الشرطات والمسافات.
webchat-code-switched = تستمر محادثتك الآن بهذا الرمز.
webchat-too-long = رسالتك طويلة جدًا. يرجى اختصارها أو تقسيمها إلى عدة رسائل.
webchat-slow-down = أنت ترسل الرسائل بسرعة كبيرة. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
webchat-bad-message = تعذّر فهم هذه الرسالة.
webchat-unsupported = هذا النوع من الرسائل غير مدعوم.
webchat-error = حدث خطأ ما. يرجى المحاولة مرة أخرى بعد قليل.
webchat-sending = جارٍ الإرسال…
webchat-not-sent = لم تُرسَل.
webchat-upload-too-large = الملف كبير جدًا. يمكنك إرسال { $megabytes } ميغابايت كحد أقصى.
webchat-upload-type = هذا النوع من الملفات غير مقبول. يمكنك إرسال صورة أو ملف PDF أو تسجيل صوتي.
webchat-upload-failed = تعذّر إرسال الملف. يرجى المحاولة مرة أخرى.
webchat-noscript = تحتاج هذه المحادثة إلى تفعيل JavaScript في متصفحك.

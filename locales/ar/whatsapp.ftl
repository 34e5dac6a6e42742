# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = اختر
whatsapp-menu-button = القائمة
whatsapp-menu-prompt = اضغط الزر في الأسفل لفتح القائمة الرئيسية.
whatsapp-choose-prompt = يرجى الاختيار من الأسفل.
whatsapp-more = ⬅️ خيارات أخرى
whatsapp-own-phone = استخدم هذا الرقم
whatsapp-phone-hint = يمكنك كتابة رقمك، أو الضغط على الزر في الأسفل لاستخدام رقم واتساب هذا.
whatsapp-list-expired = هذه القائمة لم تعد متاحة. يرجى كتابة اختيارك.
whatsapp-error-unexpected = حدث خطأ ما. يرجى المحاولة مرة أخرى بعد قليل.

# WhatsApp, Dari (fa-AF): only the words that differ from Persian (locales/fa/).
# Limits: whatsapp-own-phone at most 20 characters.

whatsapp-own-phone = استفاده از این نمبر
whatsapp-more = ⬅️ انتخاب‌های بیشتر
whatsapp-phone-hint = می‌توانید نمبر خود را بنویسید، یا برای استفاده از همین نمبر واتس‌اپ دکمه پایین را بزنید.
whatsapp-list-expired = این لست دیگر موجود نیست. لطفاً انتخاب خود را بنویسید.
whatsapp-error-unexpected = مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید.

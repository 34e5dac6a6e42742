# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = انتخاب کنید
whatsapp-menu-button = منو
whatsapp-menu-prompt = برای منوی اصلی، دکمه پایین را بزنید.
whatsapp-choose-prompt = لطفاً از پایین انتخاب کنید.
whatsapp-more = ⬅️ گزینه‌های بیشتر
whatsapp-own-phone = استفاده از این شماره
whatsapp-phone-hint = می‌توانید شماره خود را بنویسید، یا برای استفاده از همین شماره واتس‌اپ دکمه پایین را بزنید.
whatsapp-list-expired = این فهرست دیگر در دسترس نیست. لطفاً انتخاب خود را بنویسید.
whatsapp-error-unexpected = مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.

# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = هەڵبژاردن
whatsapp-menu-button = لیستەی سەرەکی
whatsapp-menu-prompt = بۆ لیستەی سەرەکی، دوگمەی خوارەوە دابگرن.
whatsapp-choose-prompt = تکایە لە خوارەوە هەڵبژێرن.
whatsapp-more = ⬅️ هەڵبژاردنی زیاتر
whatsapp-own-phone = هەمان ئەم ژمارەیە
whatsapp-phone-hint = دەتوانن ژمارەکەتان بنووسن، یان دوگمەی خوارەوە دابگرن تا هەمان ژمارەی WhatsApp بەکار بهێنین.
whatsapp-list-expired = ئەم لیستە ئیتر بەردەست نییە. تکایە هەڵبژاردنەکەتان بنووسن.
whatsapp-error-unexpected = کێشەیەک ڕوویدا. تکایە کەمێکی تر دیسان هەوڵ بدەنەوە.

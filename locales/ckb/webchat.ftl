# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = خزمەتگوزارییە کۆمەڵایەتییەکانی { $city }
webchat-messages-label = نامەکان
webchat-speaker-city = خزمەتگوزاریی کۆمەڵایەتی:
webchat-speaker-you = ئێوە:
webchat-input-label = نامەکەتان
webchat-input-placeholder = نامەکەتان بنووسن…
webchat-send = ناردن
webchat-attach = هاوپێچکردنی فایل
webchat-attach-hint = وێنە، PDF یان تۆماری دەنگ؛ تا { $megabytes } مێگابایت.
webchat-menu-label = لیستەی سەرەکی
webchat-phone-label = ژمارەی تەلەفۆنەکەتان
webchat-phone-send = ناردنی ژمارەکەم
webchat-connecting = پەیوەندی دەبەسترێت…
webchat-reconnecting = پەیوەندی پچڕا. دیسان پەیوەندی دەبەسترێتەوە…
webchat-code-title = کۆدی گفتوگۆکەتان
webchat-code-help = بەم کۆدە دەتوانن لە ئامێرێکی ترەوە گفتوگۆکەتان بەردەوام بکەن. بیپارێزن و مەیدەن بە کەس: هەر کەسێک ئەم کۆدەی هەبێت دەتوانێت ئەم گفتوگۆیە بخوێنێتەوە.
webchat-code-copy = کۆپیکردنی کۆدەکە
webchat-code-copied = کۆدەکە کۆپی کرا.
webchat-code-use-label = کۆدی گفتوگۆکەتان لە ئامێرێکی ترەوە
webchat-code-use = بەم کۆدە بەردەوام بە
webchat-code-invalid = ئەمە کۆدی گفتوگۆ نییە. کۆد 32 پیتە، لە ڕەقەمەکانی 0–9 و پیتەکانی a–f. هێڵ و بۆشایی گرنگ نین.
webchat-code-switched = گفتوگۆکەتان ئێستا بەم کۆدە بەردەوام دەبێت.
webchat-too-long = نامەکەتان زۆر درێژە. تکایە کورتی بکەنەوە یان بیکەنە چەند نامەیەک.
webchat-slow-down = زۆر بە خێرایی نامە دەنێرن. تکایە کەمێک چاوەڕێ بکەن و دیسان هەوڵ بدەنەوە.
webchat-bad-message = نەتوانرا لەم نامەیە تێبگەین.
webchat-unsupported = ئەم جۆرە نامەیە پشتگیری ناکرێت.
webchat-error = کێشەیەک ڕوویدا. تکایە کەمێکی تر دیسان هەوڵ بدەنەوە.
webchat-sending = دەنێردرێت…
webchat-not-sent = نەنێردرا.
webchat-upload-too-large = فایلەکە زۆر گەورەیە. دەتوانن تا { $megabytes } مێگابایت بنێرن.
webchat-upload-type = ئەم جۆرە فایلە وەرناگیرێت. دەتوانن وێنە، PDF یان تۆماری دەنگ بنێرن.
webchat-upload-failed = فایلەکە نەنێردرا. تکایە دیسان هەوڵ بدەنەوە.
webchat-noscript = بۆ ئەم گفتوگۆیە دەبێت JavaScript لە وێبگەڕەکەتاندا چالاک بێت.

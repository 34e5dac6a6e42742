# Web chat page, Dari (fa-AF): only the words that differ from Persian (locales/fa/).

webchat-phone-label = نمبر تیلفون شما
webchat-phone-send = فرستادن نمبرم
webchat-too-long = پیام شما بسیار طولانی است. لطفاً آن را کوتاه کنید یا در چند پیام بفرستید.
webchat-slow-down = پیام‌ها را بسیار پشت سر هم می‌فرستید. لطفاً کمی صبر کنید و دوباره کوشش کنید.
webchat-error = مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید.
webchat-upload-too-large = فایل بسیار کلان است. حداکثر { $megabytes } میگابایت می‌توانید بفرستید.
webchat-upload-failed = فایل فرستاده نشد. لطفاً دوباره کوشش کنید.
webchat-noscript = برای این گفتگو باید JavaScript در براوزر شما فعال باشد.

# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = خدمات اجتماعی { $city }
webchat-messages-label = پیام‌ها
webchat-speaker-city = خدمات اجتماعی:
webchat-speaker-you = شما:
webchat-input-label = پیام شما
webchat-input-placeholder = پیام خود را بنویسید…
webchat-send = ارسال
webchat-attach = پیوست فایل
webchat-attach-hint = عکس، فایل PDF یا پیام صوتی؛ حداکثر { $megabytes } مگابایت.
webchat-menu-label = منوی اصلی
webchat-phone-label = شماره تلفن شما
webchat-phone-send = فرستادن شماره‌ام
webchat-connecting = در حال اتصال…
webchat-reconnecting = اتصال قطع شد. در حال اتصال دوباره…
webchat-code-title = کد گفتگوی شما
webchat-code-help = با این کد می‌توانید گفتگوی خود را در دستگاه دیگری ادامه دهید. آن را نگه دارید و به کسی ندهید: هر کس این کد را داشته باشد می‌تواند این گفتگو را بخواند.
webchat-code-copy = کپی کد
webchat-code-copied = کد کپی شد.
webchat-code-use-label = کد گفتگوی شما از دستگاه دیگر
webchat-code-use = ادامه با این کد
webchat-code-invalid = این کد گفتگو نیست. کد ۳۲ نویسه دارد، از ارقام 0 تا 9 و حروف a تا f؛ خط تیره و فاصله مهم نیست.
webchat-code-switched = گفتگوی شما اکنون با این کد ادامه می‌یابد.
webchat-too-long = پیام شما خیلی طولانی است. لطفاً آن را کوتاه کنید یا در چند پیام بفرستید.
webchat-slow-down = پیام‌ها را خیلی سریع می‌فرستید. لطفاً کمی صبر کنید و دوباره امتحان کنید.
webchat-bad-message = این پیام قابل فهم نبود.
webchat-unsupported = این نوع پیام پشتیبانی نمی‌شود.
webchat-error = مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.
webchat-sending = در حال ارسال…
webchat-not-sent = ارسال نشد.
webchat-upload-too-large = فایل خیلی بزرگ است. حداکثر { $megabytes } مگابایت می‌توانید بفرستید.
webchat-upload-type = این نوع فایل پذیرفته نمی‌شود. می‌توانید عکس، فایل PDF یا پیام صوتی بفرستید.
webchat-upload-failed = فایل فرستاده نشد. لطفاً دوباره امتحان کنید.
webchat-noscript = برای این گفتگو باید JavaScript در مرورگر شما روشن باشد.

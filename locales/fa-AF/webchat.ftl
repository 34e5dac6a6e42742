# Web chat page, Dari (fa-AF): only the words that differ from Persian (locales/fa/).

webchat-phone-label = نمبر تیلفون شما
webchat-phone-send = فرستادن نمبرم
webchat-code-title = کود گفتگوی شما
webchat-code-help = با این کود می‌توانید گفتگوی خود را در دستگاه دیگری ادامه بدهید. آن را نگه دارید و به کسی ندهید: هر کسی که این کود را داشته باشد، این گفتگو را خوانده می‌تواند.
webchat-code-copy = کاپی کود
webchat-code-copied = کود کاپی شد.
webchat-code-use-label = کود گفتگوی شما از دستگاه دیگر
webchat-code-use = ادامه با این کود
webchat-code-invalid = این کود گفتگو نیست. کود 32 حرف دارد، از رقم‌های 0 تا 9 و حروف a تا f؛ خط تیره و فاصله مهم نیست.
webchat-code-switched = گفتگوی شما حالا با این کود ادامه پیدا می‌کند.
webchat-send = فرستادن
webchat-attach-hint = عکس، فایل PDF یا پیام صوتی؛ حداکثر { $megabytes } میگابایت.
webchat-too-long = پیام شما بسیار طولانی است. لطفاً آن را کوتاه کنید یا در چند پیام بفرستید.
webchat-slow-down = پیام‌ها را بسیار پشت سر هم می‌فرستید. لطفاً کمی صبر کنید و دوباره کوشش کنید.
webchat-sent-in-parts = پیام شما برای یک پیام بسیار طولانی بود، پس آن را در چند بخش پشت سر هم فرستادیم. چیزی حذف نشد.
webchat-error = مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید.
webchat-unsupported = این نوع پیام قبول نمی‌شود.
webchat-sending = در حال فرستادن…
webchat-not-sent = فرستاده نشد.
webchat-upload-too-large = فایل بسیار کلان است. حداکثر { $megabytes } میگابایت می‌توانید بفرستید.
webchat-upload-failed = فایل فرستاده نشد. لطفاً دوباره کوشش کنید.
webchat-download-failed = فایل باز نشد. لطفاً دوباره کوشش کنید.
webchat-noscript = برای این گفتگو باید JavaScript در براوزر شما فعال باشد.
webchat-busy = حالا گفتگوهای نو بسیار زیادی شروع می‌شود. لطفاً چند دقیقه بعد دوباره کوشش کنید. اگر کود گفتگو دارید، می‌توانید با آن ادامه بدهید.
webchat-upload-busy = حالا فایل‌های بسیار زیادی فرستاده می‌شود. لطفاً چند دقیقه صبر کنید و دوباره کوشش کنید.

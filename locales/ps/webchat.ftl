# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = د { $city } ټولنیز خدمتونه
webchat-messages-label = پیغامونه
webchat-speaker-city = ټولنیز خدمتونه:
webchat-speaker-you = تاسو:
webchat-input-label = ستاسو پیغام
webchat-input-placeholder = خپل پیغام ولیکئ…
webchat-send = لېږل
webchat-attach = فایل ورسره کول
webchat-attach-hint = عکس، PDF یا غږیز پیغام؛ تر { $megabytes } میګابایټه پورې.
webchat-menu-label = اصلي مېنو
webchat-phone-label = ستاسو د ټیلیفون شمېره
webchat-phone-send = زما شمېره لېږل
webchat-connecting = وصلېږي…
webchat-reconnecting = اړیکه پرې شوه. بیا وصلېږي…
webchat-code-title = ستاسو د چټ کوډ
webchat-code-help = په دې کوډ کولای شئ خپل چټ په بله وسیله (موبایل یا کمپیوټر) کې دوام کړئ. کوډ وساتئ او چا ته یې مه ورکوئ: هر څوک چې دا کوډ ولري، دا چټ لوستلای شي.
webchat-code-copy = کوډ کاپي کول
webchat-code-copied = کوډ کاپي شو.
webchat-code-use-label = له بلې وسیلې ستاسو د چټ کوډ
webchat-code-use = په دې کوډ دوام
webchat-code-invalid = دا د چټ کوډ نه دی. کوډ 32 توري لري: له 0 تر 9 رقمونه او له a تر f توري؛ ډش (-) او تش ځایونه مهم نه دي.
webchat-code-switched = ستاسو چټ اوس په دې کوډ دوام کوي.
webchat-too-long = ستاسو پیغام ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ یا یې په څو پیغامونو ووېشئ.
webchat-slow-down = تاسو ډېر ژر ژر پیغامونه لېږئ. مهرباني وکړئ یوه شېبه صبر وکړئ او بیا هڅه وکړئ.
webchat-bad-message = په دې پیغام پوه نه شو.
webchat-unsupported = دا ډول پیغام نه منل کېږي.
webchat-error = یوه ستونزه پېښه شوه. مهرباني وکړئ یوه شېبه وروسته بیا هڅه وکړئ.
webchat-sending = لېږل کېږي…
webchat-not-sent = ونه لېږل شو.
webchat-upload-too-large = فایل ډېر لوی دی. تر { $megabytes } میګابایټه پورې لېږلای شئ.
webchat-upload-type = دا ډول فایل نه منل کېږي. عکس، PDF یا غږیز پیغام لېږلای شئ.
webchat-upload-failed = فایل ونه لېږل شو. مهرباني وکړئ بیا هڅه وکړئ.
webchat-noscript = د دې چټ لپاره باید ستاسو په براوزر کې JavaScript فعال وي.

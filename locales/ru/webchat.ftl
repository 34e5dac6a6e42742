# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = Социальные службы города { $city }
webchat-messages-label = Сообщения
webchat-speaker-city = Социальные службы:
webchat-speaker-you = Вы:
webchat-input-label = Ваше сообщение
webchat-input-placeholder = Напишите сообщение…
webchat-send = Отправить
webchat-attach = Прикрепить файл
webchat-attach-hint = Фото, PDF или голосовая запись; до { $megabytes } МБ.
webchat-menu-label = Главное меню
webchat-phone-label = Ваш номер телефона
webchat-phone-send = Отправить мой номер
webchat-connecting = Подключение…
webchat-reconnecting = Связь потеряна. Подключаемся снова…
webchat-code-title = Ваш код чата
webchat-code-help = С этим кодом Вы можете продолжить чат на другом устройстве. Сохраните его и никому не показывайте: любой, у кого есть код, может читать этот чат.
webchat-code-copy = Скопировать код
webchat-code-copied = Код скопирован.
webchat-code-use-label = Код чата с другого устройства
webchat-code-use = Продолжить с этим кодом
webchat-code-invalid = Это не код чата. Код состоит из 32 символов: цифр 0–9 и латинских букв a–f; дефисы и пробелы не важны.
webchat-code-switched = Теперь Ваш чат продолжается с этим кодом.
webchat-too-long = Сообщение слишком длинное. Сократите его или разделите на несколько сообщений.
webchat-slow-down = Вы отправляете сообщения слишком быстро. Подождите немного и попробуйте снова.
webchat-bad-message = Не удалось разобрать это сообщение.
webchat-unsupported = Такие сообщения не поддерживаются.
webchat-error = Что-то пошло не так. Попробуйте ещё раз чуть позже.
webchat-sending = Отправка…
webchat-not-sent = Не отправлено.
webchat-upload-too-large = Файл слишком большой. Можно отправить до { $megabytes } МБ.
webchat-upload-type = Такой тип файла не принимается. Можно отправить фото, PDF или голосовую запись.
webchat-upload-failed = Не удалось отправить файл. Попробуйте ещё раз.
webchat-noscript = Для работы чата в браузере должен быть включён JavaScript.

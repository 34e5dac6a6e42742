# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = Соціальні служби міста { $city }
webchat-messages-label = Повідомлення
webchat-speaker-city = Соціальні служби:
webchat-speaker-you = Ви:
webchat-input-label = Ваше повідомлення
webchat-input-placeholder = Напишіть повідомлення…
webchat-send = Надіслати
webchat-attach = Додати файл
webchat-attach-hint = Фото, PDF або голосовий запис; до { $megabytes } МБ.
webchat-menu-label = Головне меню
webchat-phone-label = Ваш номер телефону
webchat-phone-send = Надіслати мій номер
webchat-connecting = Підключення…
webchat-reconnecting = Зв'язок утрачено. Підключаємося знову…
webchat-code-title = Ваш код чату
webchat-code-help = За цим кодом Ви можете продовжити чат на іншому пристрої. Збережіть його й нікому не показуйте: кожен, хто має код, може читати цей чат.
webchat-code-copy = Скопіювати код
webchat-code-copied = Код скопійовано.
webchat-code-use-label = Код чату з іншого пристрою
webchat-code-use = Продовжити з цим кодом
webchat-code-invalid = Це не код чату. Код має 32 символи: цифри 0–9 і латинські літери a–f; дефіси та пробіли не мають значення.
webchat-code-switched = Тепер Ваш чат продовжується з цим кодом.
webchat-too-long = Повідомлення задовге. Скоротіть його або розділіть на кілька повідомлень.
webchat-slow-down = Ви надсилаєте повідомлення надто швидко. Зачекайте трохи й спробуйте ще раз.
webchat-bad-message = Не вдалося розпізнати це повідомлення.
webchat-unsupported = Такий тип повідомлень не підтримується.
webchat-error = Щось пішло не так. Спробуйте ще раз трохи згодом.
webchat-sending = Надсилання…
webchat-not-sent = Не надіслано.
webchat-upload-too-large = Файл завеликий. Можна надіслати до { $megabytes } МБ.
webchat-upload-type = Такий тип файлу не приймається. Можна надіслати фото, PDF або голосовий запис.
webchat-upload-failed = Не вдалося надіслати файл. Спробуйте ще раз.
webchat-noscript = Для роботи чату в браузері має бути увімкнено JavaScript.

# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Обрати
whatsapp-menu-button = Меню
whatsapp-menu-prompt = Натисніть кнопку нижче, щоб відкрити головне меню.
whatsapp-choose-prompt = Оберіть, будь ласка, нижче.
whatsapp-more = ➡️ Більше варіантів
whatsapp-own-phone = Вказати цей номер
whatsapp-phone-hint = Введіть свій номер або натисніть кнопку нижче, щоб вказати цей номер WhatsApp.
whatsapp-list-expired = Цей список уже недоступний. Напишіть, будь ласка, свій вибір повідомленням.
whatsapp-error-unexpected = Щось пішло не так. Спробуйте ще раз трохи згодом.

# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Выбрать
whatsapp-menu-button = Меню
whatsapp-menu-prompt = Нажмите кнопку ниже, чтобы открыть главное меню.
whatsapp-choose-prompt = Пожалуйста, выберите ниже.
whatsapp-more = ➡️ Ещё варианты
whatsapp-own-phone = Указать этот номер
whatsapp-phone-hint = Введите номер или нажмите кнопку ниже, чтобы указать этот номер WhatsApp.
whatsapp-list-expired = Этот список больше недоступен. Пожалуйста, напишите свой выбор сообщением.
whatsapp-error-unexpected = Что-то пошло не так. Попробуйте ещё раз чуть позже.

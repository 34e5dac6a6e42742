# Hemşehri: names and messages owned by the request service (core/). Russian.
# Keys and placeable names are the same in every language; translate the text only.

## This language

# The language's own name, as people would pick it in a list
language-name = Русский

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = Денежная помощь малообеспеченным семьям
    .description = Выплаты семьям с низким доходом или без дохода — на повседневные нужды. Сумма зависит от положения Вашей семьи.
programme-food_package = Продуктовый набор
    .description = Набор основных продуктов (рис, макароны, масло, бобовые и т. п.) для семей, которым не хватает денег на еду.
programme-milk_for_children = Молоко для детей до 5 лет (Süt Kuzusu)
    .description = Регулярная доставка молока для малышей до пяти лет, чтобы они росли здоровыми.
programme-hot_meals = Горячее питание в городских социальных столовых
    .description = Горячая еда каждый день в муниципальных социальных столовых. Её можно забрать самому, а тем, кто не может выйти из дома, её привезут.
programme-medical_supplies = Средства для ухода за больными на дому
    .description = Например, подгузники для взрослых или медицинская кровать — для тех, кому это нужно дома. Вопросы здоровья обсуждаем только лично, никогда в этом чате.
programme-wheelchair_repair = Ремонт и обслуживание инвалидных колясок
    .description = Бесплатное обслуживание и ремонт инвалидных колясок и электроскутеров.
programme-accessible_transport = Поездки для людей с инвалидностью
    .description = Поездка на специально оборудованной машине в больницу, школу или на приём в учреждение.
programme-stationery_set = Школьный набор канцтоваров
    .description = Тетради, ручки и другие школьные принадлежности для учеников из нуждающихся семей.
programme-exam_prep_centre = Бесплатные курсы подготовки к экзаменам
    .description = Бесплатные занятия в городских учебных центрах для подготовки к вступительным экзаменам в лицей и университет.
programme-rent_support = Помощь с оплатой аренды жилья
    .description = Поддержка семей, которые не могут платить за аренду и рискуют лишиться жилья.
programme-water_discount_retirees = Скидка на воду для пенсионеров
    .description = Скидка на оплату воды для пенсионеров с небольшой пенсией.
programme-mother_solidarity_card = Карта поддержки мам: деньги на покупки
    .description = Карта, на которую каждый месяц зачисляют деньги для мам с маленькими детьми, — чтобы покупать самое необходимое.
programme-winter_fuel = Уголь для отопления зимой
    .description = Мешки угля на зиму для домов с печным отоплением.
programme-breakfast_package = Набор продуктов для завтрака
    .description = Набор продуктов для завтрака (сыр, оливки, яйца, варенье и т. п.) для нуждающихся семей.
programme-funeral_support = Помощь с похоронами
    .description = Помощь с организацией и оплатой похорон для семей, потерявших близкого человека. Отвечаем срочно.
programme-emergency_shelter = Экстренный ночлег для тех, кто ночует на улице
    .description = Кровать, еда и тёплое место для тех, кому сегодня негде ночевать. Отвечаем срочно.
programme-supported_employment = Помощь в поиске работы
    .description = Помощь тем, кто ищет работу: подбор вакансий, обучение и консультации.
programme-refugee_desk_question = Вопрос в Службу помощи беженцам
    .description = Для беженцев и иностранцев, живущих в городе: вопросы о статусе защиты («кимлик», kimlik), проживании («икамет», ikamet), документах и услугах города. Отвечаем на Вашем языке.
programme-general_question = Общий вопрос или жалоба
    .description = Любой другой вопрос, предложение или жалоба по социальным услугам города.

## Desks: the teams that answer

desk-social_aid = Отдел социальной помощи
desk-refugee_desk = Служба помощи беженцам
desk-disability_services = Служба помощи людям с инвалидностью
desk-education = Отдел образования
desk-employment = Отдел содействия занятости
desk-contact_centre = Контакт-центр

## Statuses of a request: the name, and `.next`, what happens next

status-received = Принято
    .next = Ваше обращение в очереди; сотрудник скоро его рассмотрит.
status-in_review = На рассмотрении
    .next = Сотрудник рассматривает Ваше обращение. Если нам что-то понадобится, мы с Вами свяжемся.
status-needs_info = Ждём информацию от Вас
    .next = Нам нужны дополнительные сведения или документ. Напишите их здесь или пришлите фото документа.
status-approved = Одобрено
    .next = Ваше обращение одобрено. Мы сообщим, когда и как Вы получите помощь.
status-ready = Готово к выдаче
    .next = Ваша помощь готова: её можно забрать, или Вам её доставят. Подробности мы пришлём.
status-delivered = Выдано
    .next = Помощь уже у Вас. Если понадобится что-то ещё, Вы можете подать новую заявку.
status-rejected = Не одобрено
    .next = К сожалению, мы не смогли одобрить это обращение. Напишите нам, если хотите узнать причину.
status-cancelled = Отменено
    .next = Это обращение отменено по Вашей просьбе. Вы можете подать новую заявку в любое время.
status-closed = Закрыто
    .next = На Ваш вопрос дан ответ, и обращение закрыто. Если появится новый вопрос, просто напишите сюда.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = Изменился статус Вашей заявки { $reference } ({ $programme }): теперь «{ $status }».
notify-moved = Вашим обращением { $reference } теперь занимается { $desk } по программе «{ $programme }». Вам ничего не нужно делать; мы напишем Вам здесь.
notify-invited = По Вашему вопросу { $reference }: наши сотрудники предлагают подать заявление на «{ $programme }». Напишите нам здесь, и мы спросим только то, чего ещё не хватает.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Наши сотрудники отправили вам документ: вы можете увидеть его в переписке с нами или попросить его в нашем офисе.
notify-machine-translated = (Это сообщение переведено машинным переводом с текста нашего сотрудника.)
# $note: the note staff wrote for the person
notify-public-note = Комментарий нашего сотрудника: { $note }
# $text: what staff wrote
notify-staff-reply =
    Сотрудник ответил по Вашему обращению { $reference }:

    { $text }

## Errors: the person's input

error-move-same = Обращение уже относится к этой программе.
error-move-kind = Вопрос можно перенести только в другую программу вопросов, а заявление — только в другую программу заявлений.
error-move-final = Закрытое обращение нельзя перенести.
error-translation-failed = Служба перевода не ответила; Ваш ответ не отправлен. Попробуйте ещё раз или используйте готовый ответ на языке гражданина.
error-unexpected = Извините, у нас что-то пошло не так. Попробуйте ещё раз чуть позже; если ошибка повторится, введите /cancel, чтобы начать заново.
error-not-found = Не удалось найти то, что Вы искали.
error-invalid-input = Похоже, здесь ошибка. Проверьте, пожалуйста, и попробуйте ещё раз.
error-field-missing = Не хватает некоторых данных ({ $field }).
error-phone-invalid = Похоже, номер телефона указан неверно. Введите его с кодом, например 0532 123 45 67 или +90 532 123 45 67.
error-district-unknown = Не удалось найти район с таким названием.
error-identity-invalid = Этот идентификационный номер недействителен.
error-identity-not-digits = Идентификационный номер состоит только из цифр. Введите, пожалуйста, свой 11-значный номер.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] Идентификационный номер состоит из 11 цифр, а Вы ввели { $given } цифру.
        [few] Идентификационный номер состоит из 11 цифр, а Вы ввели { $given } цифры.
        [many] Идентификационный номер состоит из 11 цифр, а Вы ввели { $given } цифр.
       *[other] Идентификационный номер состоит из 11 цифр, а Вы ввели { $given } цифры.
    }
error-identity-protection-number = Номер, который начинается с 98, — это личный номер в удостоверении о временной защите («кимлик», kimlik), а нам нужен другой. Введите, пожалуйста, идентификационный номер иностранца из того же документа: он начинается с 99.
error-identity-leading-zero = Идентификационный номер никогда не начинается с 0. Проверьте его, пожалуйста.
error-identity-checksum = Не удалось проверить этот идентификационный номер; возможно, одна цифра введена с ошибкой. Сверьте номер со своим документом и введите его ещё раз.
error-reference-invalid = Этот номер заявки недействителен.
error-reference-not-digits = Номер заявки состоит только из цифр.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = Номер заявки состоит из { $expected } цифр, а Вы ввели { $given }. Проверьте его, пожалуйста.
error-reference-check-digit = Похоже, одна цифра номера введена с ошибкой (последняя, контрольная цифра не совпадает). Проверьте номер и введите его ещё раз.
error-request-not-found = Не удалось найти Вашу заявку с таким номером.
error-consent-missing = Чтобы мы могли принять заявку, сначала нужно согласиться с уведомлением об обработке персональных данных.
# $code: the programme code that was not found
error-programme-unknown = Программы «{ $code }» не существует.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = Обращение нельзя перевести из статуса «{ $current }» в статус «{ $target }».
error-transition-not-yours = Вы не можете внести это изменение ({ $current } → { $target }).
error-forbidden = У Вас нет прав на это действие.
error-configuration = В настройках ошибка. Сообщите, пожалуйста, администратору.
error-reply-empty = Нельзя отправить пустой ответ.
error-note-empty = Нельзя добавить пустую заметку.
error-not-your-claim = Это обращение не назначено Вам.
error-search-empty = Поиск пуст: введите номер обращения, телефон, идентификационный номер или имя.
error-search-too-long = Поиск может содержать не более { $max } символов.
error-search-number = Это число не похоже ни на номер обращения, ни на телефон, ни на идентификационный номер.
error-claim-not-waiting = Это обращение не ждёт в очереди, поэтому его нельзя взять.
error-claim-language = Это обращение ждёт сотрудника, который читает на его языке; когда оно прождёт достаточно долго, его сможет взять любой сотрудник отдела.
error-supervisor-only = Это могут делать только руководители.
error-reveal-limit = За час можно просмотреть полностью не более { $limit } номеров; попробуйте позже.
error-report-period = Выберите период, последний день которого не раньше первого, не длиннее года.
error-staff-disabled = Эта учётная запись сотрудника отключена.
error-erase-needs-reason = Для удаления нужны причина и подтверждение.
error-erase-other-desks = У этого человека есть обращения и в других отделах; удалить данные должен администратор.
error-agent-not-on-desk = Этот сотрудник не работает в этом отделе.
error-capacity-invalid = Вместимость должна быть целым числом от 1 до { $max }.
error-token-invalid = Этот API-токен недействителен или срок его действия истёк.
# $role: the role that was asked for
error-role-unknown = Неизвестная роль: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = Пароль должен содержать не менее { $minimum } символов.
error-password-weak = Этот пароль легко угадать: не повторяйте один фрагмент, не берите соседние символы подряд и не используйте имя пользователя.
# $username: the name asked for
error-username-taken = Имя пользователя «{ $username }» уже занято.
error-staff-unknown = Такой учётной записи сотрудника нет.
error-login-failed = Неверное имя пользователя или пароль.
error-login-locked = Слишком много неудачных попыток: учётная запись временно заблокирована. Попробуйте позже.
error-login-slow = Сейчас слишком много попыток для этой учётной записи; подождите несколько секунд и попробуйте снова.
error-busy = Сервис сейчас перегружен; пожалуйста, попробуйте чуть позже.
error-session-invalid = Ваш сеанс недействителен. Войдите снова.
error-session-expired = Срок Вашего сеанса истёк. Войдите снова.
error-canned-unknown = Такого шаблона ответа нет.
error-canned-default-missing = У шаблона ответа должен быть текст на языке по умолчанию.
error-tag-invalid = Метка должна содержать от 1 до { $max } символов.
error-saved-filters-full = Можно сохранить не более { $limit } фильтров.
error-announcement-empty = В объявлении должен быть текст хотя бы на одном языке.
error-announcement-fallback-missing = Чтобы отправить текст на языке по умолчанию тем, для чьего языка текста нет, напишите текст на языке по умолчанию.
error-safeguarding-reason-missing = Напишите причину своего решения.
# $max: a number of characters
error-safeguarding-reason-too-long = Причина может содержать не более { $max } символов.
error-safeguarding-not-flagged = У этого обращения нет отметки защиты.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Напишите, пожалуйста, ответ несколькими словами.
error-answer-too-long = Вы написали { $given } символов; помещается не больше { $max }. Сократите, пожалуйста.
error-answer-not-number = Напишите, пожалуйста, только число (от { $min } до { $max }).
error-answer-number-range = Напишите, пожалуйста, число от { $min } до { $max }.
error-answer-date = Мы не смогли прочитать эту дату. Напишите её как день.месяц.год, например 15.03.2023.
error-answer-date-future = Эта дата ещё не наступила. Проверьте её и напишите заново.

notify-verify-code = Ваш код Hemşehri: { $code }. Никому его не сообщайте.
error-webhook-url-invalid = Укажите адрес http:// или https:// без имени пользователя и пароля.
error-webhook-url-private = Этот адрес на этом сервере или во внутренней сети: вебхуки отправляются только на публичные адреса.
error-webhook-events-invalid = Выберите хотя бы одно событие.
error-webhook-unknown = Такого получателя вебхуков нет.

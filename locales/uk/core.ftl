# Hemşehri: names and messages owned by the request service (core/). Ukrainian.
# Keys and placeable names are the same in every language; translate the text only.

## This language

# The language's own name, as people would pick it in a list
language-name = Українська

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = Грошова допомога малозабезпеченим сім'ям
    .description = Виплати сім'ям із низьким доходом або без доходу — на щоденні потреби. Сума залежить від становища Вашої сім'ї.
programme-food_package = Продуктовий набір
    .description = Набір основних продуктів (рис, макарони, олія, бобові тощо) для сімей, яким не вистачає грошей на харчування.
programme-milk_for_children = Молоко для дітей до 5 років (Süt Kuzusu)
    .description = Регулярна доставка молока для малюків до п'яти років, щоб вони росли здоровими.
programme-hot_meals = Гаряче харчування в міських соціальних їдальнях
    .description = Гаряча їжа щодня в муніципальних соціальних їдальнях. Її можна забрати самостійно, а тим, хто не може вийти з дому, її привезуть.
programme-medical_supplies = Засоби для догляду за хворими вдома
    .description = Наприклад, підгузки для дорослих або медичне ліжко — для тих, кому вони потрібні вдома. Питання здоров'я обговорюємо лише особисто, ніколи в цьому чаті.
programme-wheelchair_repair = Ремонт і обслуговування колісних крісел
    .description = Безкоштовне обслуговування та ремонт колісних крісел (інвалідних візків) і електроскутерів.
programme-accessible_transport = Перевезення для людей з інвалідністю
    .description = Поїздка спеціально обладнаним автомобілем до лікарні, школи чи на прийом до установи.
programme-stationery_set = Шкільний набір канцтоварів
    .description = Зошити, ручки та інше шкільне приладдя для учнів із сімей, які потребують допомоги.
programme-exam_prep_centre = Безкоштовні курси підготовки до іспитів
    .description = Безкоштовні заняття в міських навчальних центрах для підготовки до вступних іспитів до ліцею та університету.
programme-rent_support = Допомога з орендою житла
    .description = Підтримка для сімей, які не можуть сплатити оренду й ризикують утратити житло.
programme-water_discount_retirees = Знижка на воду для пенсіонерів
    .description = Знижка на рахунок за воду для пенсіонерів із невеликою пенсією.
programme-mother_solidarity_card = Картка підтримки матерів: кошти на покупки
    .description = Картка, на яку щомісяця зараховують кошти для матерів маленьких дітей, — щоб купувати найнеобхідніше.
programme-winter_fuel = Вугілля для опалення взимку
    .description = Мішки вугілля на зиму для осель, які опалюють пічкою.
programme-breakfast_package = Набір продуктів для сніданку
    .description = Набір продуктів для сніданку (сир, оливки, яйця, джем тощо) для сімей, які потребують допомоги.
programme-funeral_support = Допомога з похороном
    .description = Допомога з організацією та оплатою похорону для родин, які втратили близьку людину. Відповідаємо терміново.
programme-emergency_shelter = Екстрений нічліг для тих, хто ночує на вулиці
    .description = Ліжко, їжа й тепле місце для тих, кому сьогодні ніде ночувати. Відповідаємо терміново.
programme-supported_employment = Допомога в пошуку роботи
    .description = Допомога тим, хто шукає роботу: підбір вакансій, навчання та консультації.
programme-refugee_desk_question = Запитання до Служби допомоги біженцям
    .description = Для біженців та іноземців, які живуть у місті: запитання про статус захисту («кімлік», kimlik), проживання («ікамет», ikamet), документи й послуги міста. Відповідаємо Вашою мовою.
programme-general_question = Загальне запитання або скарга
    .description = Будь-яке інше запитання, пропозиція чи скарга щодо соціальних послуг міста.

## Desks: the teams that answer

desk-social_aid = Відділ соціальної допомоги
desk-refugee_desk = Служба допомоги біженцям
desk-disability_services = Служба допомоги людям з інвалідністю
desk-education = Відділ освіти
desk-employment = Відділ сприяння зайнятості
desk-contact_centre = Контакт-центр

## Statuses of a request: the name, and `.next`, what happens next

status-received = Отримано
    .next = Ваше звернення в черзі; працівник незабаром його розгляне.
status-in_review = На розгляді
    .next = Працівник розглядає Ваше звернення. Якщо нам щось знадобиться, ми з Вами зв'яжемося.
status-needs_info = Чекаємо на інформацію від Вас
    .next = Нам потрібні додаткові відомості або документ. Напишіть їх тут або надішліть фото документа.
status-approved = Схвалено
    .next = Ваше звернення схвалено. Ми повідомимо, коли і як Ви отримаєте допомогу.
status-ready = Готово до видачі
    .next = Ваша допомога готова: її можна забрати, або її Вам доставлять. Подробиці ми надішлемо.
status-delivered = Видано
    .next = Допомога вже у Вас. Якщо знадобиться щось іще, Ви можете подати нову заяву.
status-rejected = Не схвалено
    .next = На жаль, ми не змогли схвалити це звернення. Напишіть нам, якщо хочете дізнатися причину.
status-cancelled = Скасовано
    .next = Це звернення скасовано на Ваше прохання. Ви можете подати нову заяву будь-коли.
status-closed = Закрито
    .next = На Ваше запитання відповіли, і звернення закрито. Якщо маєте нове запитання, просто напишіть сюди.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = Змінився статус Вашої заяви { $reference } ({ $programme }): тепер «{ $status }».
notify-moved = Вашим зверненням { $reference } тепер опікується { $desk } за програмою «{ $programme }». Вам нічого не потрібно робити; ми напишемо Вам тут.
notify-invited = Щодо Вашого запитання { $reference }: наші працівники пропонують подати заяву на «{ $programme }». Напишіть нам тут, і ми запитаємо лише те, чого ще бракує.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Наші працівники надіслали вам документ: ви можете побачити його в листуванні з нами або попросити його в нашому офісі.
notify-machine-translated = (Це повідомлення перекладено машинним перекладом з тексту нашого працівника.)
# $note: the note staff wrote for the person
notify-public-note = Коментар нашого працівника: { $note }
# $text: what staff wrote
notify-staff-reply =
    Працівник відповів щодо Вашого звернення { $reference }:

    { $text }

## Errors: the person's input

error-move-same = Звернення вже належить до цієї програми.
error-move-kind = Запитання можна перенести лише до іншої програми запитань, а заяву — лише до іншої програми заяв.
error-move-final = Закрите звернення не можна перенести.
error-translation-failed = Служба перекладу не відповіла; Вашу відповідь не надіслано. Спробуйте ще раз або скористайтеся готовою відповіддю мовою громадянина.
error-unexpected = Вибачте, у нас щось пішло не так. Спробуйте ще раз трохи згодом; якщо помилка повториться, введіть /cancel, щоб почати спочатку.
error-not-found = Не вдалося знайти те, що Ви шукали.
error-invalid-input = Схоже, тут помилка. Перевірте, будь ласка, і спробуйте ще раз.
error-field-missing = Бракує деяких даних ({ $field }).
error-phone-invalid = Схоже, номер телефону неправильний. Введіть його з кодом, наприклад 0532 123 45 67 або +90 532 123 45 67.
error-district-unknown = Не вдалося знайти район із такою назвою.
error-identity-invalid = Цей ідентифікаційний номер недійсний.
error-identity-not-digits = Ідентифікаційний номер складається лише з цифр. Введіть, будь ласка, свій 11-значний номер.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] Ідентифікаційний номер має 11 цифр, а Ви ввели { $given } цифру.
        [few] Ідентифікаційний номер має 11 цифр, а Ви ввели { $given } цифри.
        [many] Ідентифікаційний номер має 11 цифр, а Ви ввели { $given } цифр.
       *[other] Ідентифікаційний номер має 11 цифр, а Ви ввели { $given } цифри.
    }
error-identity-protection-number = Номер, що починається з 98, — це особистий номер у посвідченні про тимчасовий захист («кімлік», kimlik), а нам потрібен інший. Введіть, будь ласка, ідентифікаційний номер іноземця з того самого документа: він починається з 99.
error-identity-leading-zero = Ідентифікаційний номер ніколи не починається з 0. Перевірте його, будь ласка.
error-identity-checksum = Не вдалося перевірити цей ідентифікаційний номер; можливо, одну цифру введено з помилкою. Звірте номер зі своїм документом і введіть його ще раз.
error-reference-invalid = Цей номер заяви недійсний.
error-reference-not-digits = Номер заяви складається лише з цифр.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = Номер заяви складається з { $expected } цифр, а Ви ввели { $given }. Перевірте його, будь ласка.
error-reference-check-digit = Схоже, одну цифру номера введено з помилкою (остання, контрольна цифра не збігається). Перевірте номер і введіть його ще раз.
error-request-not-found = Не вдалося знайти Вашу заяву з таким номером.
error-consent-missing = Щоб ми могли прийняти заяву, спершу потрібно погодитися з повідомленням про обробку персональних даних.
# $code: the programme code that was not found
error-programme-unknown = Програми «{ $code }» не існує.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = Звернення не можна перевести зі статусу «{ $current }» у статус «{ $target }».
error-transition-not-yours = Ви не можете внести цю зміну ({ $current } → { $target }).
error-forbidden = У Вас немає прав на цю дію.
error-configuration = У налаштуваннях помилка. Повідомте, будь ласка, адміністратора.
error-reply-empty = Не можна надіслати порожню відповідь.
error-note-empty = Не можна додати порожню примітку.
error-not-your-claim = Це звернення не призначене Вам.
error-search-empty = Пошук порожній: введіть номер звернення, телефон, ідентифікаційний номер або ім'я.
error-search-too-long = Пошук може містити щонайбільше { $max } символів.
error-search-number = Це число не схоже ні на номер звернення, ні на телефон, ні на ідентифікаційний номер.
error-claim-not-waiting = Це звернення не чекає в черзі, тому його не можна взяти.
error-claim-language = Це звернення чекає на працівника, який читає його мовою; коли воно прочекає досить довго, його зможе взяти будь-хто з відділу.
error-supervisor-only = Це можуть робити лише керівники.
error-reveal-limit = За годину можна переглянути повністю не більше { $limit } номерів; спробуйте пізніше.
error-report-period = Оберіть період, останній день якого не раніше за перший, не довший за рік.
error-staff-disabled = Цей обліковий запис працівника вимкнено.
error-erase-needs-reason = Для видалення потрібні причина та підтвердження.
error-erase-other-desks = Ця особа має звернення й в інших відділах; видалити дані має адміністратор.
error-agent-not-on-desk = Цей працівник не працює в цьому відділі.
error-capacity-invalid = Місткість має бути цілим числом від 1 до { $max }.
error-token-invalid = Цей API-токен недійсний або строк його дії минув.
# $role: the role that was asked for
error-role-unknown = Невідома роль: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = Пароль повинен мати не менше { $minimum } символів.
error-password-weak = Цей пароль легко вгадати: не повторюйте один фрагмент, не беріть сусідні символи поспіль і не використовуйте ім’я користувача.
# $username: the name asked for
error-username-taken = Ім'я користувача «{ $username }» уже зайняте.
error-staff-unknown = Такого облікового запису працівника немає.
error-login-failed = Неправильне ім'я користувача або пароль.
error-login-locked = Забагато невдалих спроб: обліковий запис тимчасово заблоковано. Спробуйте пізніше.
error-login-slow = Зараз забагато спроб для цього облікового запису; зачекайте кілька секунд і спробуйте знову.
error-busy = Сервіс зараз перевантажений; будь ласка, спробуйте трохи пізніше.
error-session-invalid = Ваш сеанс недійсний. Увійдіть ще раз.
error-session-expired = Час Вашого сеансу минув. Увійдіть ще раз.
error-canned-unknown = Такої шаблонної відповіді немає.
error-canned-default-missing = Шаблонна відповідь повинна мати текст мовою за замовчуванням.
error-tag-invalid = Мітка має містити від 1 до { $max } символів.
error-saved-filters-full = Можна зберегти не більше { $limit } фільтрів.
error-announcement-empty = Оголошення має містити текст хоча б однією мовою.
error-announcement-fallback-missing = Щоб надіслати текст мовою за замовчуванням тим, для чиєї мови тексту немає, напишіть текст мовою за замовчуванням.
error-safeguarding-reason-missing = Напишіть причину свого рішення.
# $max: a number of characters
error-safeguarding-reason-too-long = Причина може мати щонайбільше { $max } символів.
error-safeguarding-not-flagged = Це звернення не має позначки захисту.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Напишіть, будь ласка, відповідь кількома словами.
error-answer-too-long = Ви написали { $given } символів; вміщується щонайбільше { $max }. Скоротіть, будь ласка.
error-answer-not-number = Напишіть, будь ласка, лише число (від { $min } до { $max }).
error-answer-number-range = Напишіть, будь ласка, число від { $min } до { $max }.
error-answer-date = Ми не змогли прочитати цю дату. Напишіть її як день.місяць.рік, наприклад 15.03.2023.
error-answer-date-future = Ця дата ще не настала. Перевірте її та напишіть знову.

notify-verify-code = Ваш код Hemşehri: { $code }. Нікому його не повідомляйте.
error-webhook-url-invalid = Вкажіть адресу http:// або https:// без імені користувача й пароля.
error-webhook-url-private = Ця адреса на цьому сервері або у внутрішній мережі: вебхуки надсилаються лише на публічні адреси.
error-webhook-events-invalid = Виберіть хоча б одну подію.
error-webhook-unknown = Такого отримувача вебхуків немає.

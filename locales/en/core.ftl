# Hemşehri: names and messages owned by the request service (core/). English.
# Keys and placeable names are the same in every language; translate the text only.

## This language

# The language's own name, as people would pick it in a list
language-name = English

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = Cash aid for households in need
    .description = Money paid to families with a low or no income, to help with everyday needs. The amount depends on your household's situation.
programme-food_package = Food package
    .description = A package of basic foods (such as rice, pasta, oil, pulses) for families who cannot afford enough food.
programme-milk_for_children = Milk for children under 5 (Süt Kuzusu)
    .description = Regular deliveries of milk for young children under five, so they grow up healthy.
programme-hot_meals = Hot meals from the city's soup kitchens
    .description = A hot meal every day from the municipal soup kitchens, to collect or, for those who cannot go out, brought home.
programme-medical_supplies = Medical supplies
    .description = Supplies such as incontinence pads or a patient bed for people who need them at home. Health details are discussed in person, never in this chat.
programme-wheelchair_repair = Wheelchair maintenance and repair
    .description = Free maintenance and repair of wheelchairs and battery-powered scooters.
programme-accessible_transport = Accessible transport for people with disabilities
    .description = Transport in an adapted vehicle to a hospital, school or official appointment.
programme-stationery_set = School stationery set
    .description = A set of notebooks, pens and other school supplies for students from families in need.
programme-exam_prep_centre = Free exam-preparation courses
    .description = Free courses at the municipality's study centres to prepare for the high-school and university entrance exams.
programme-rent_support = Help with rent
    .description = Support for families who cannot pay their rent and risk losing their home.
programme-water_discount_retirees = Water-bill discount for retirees
    .description = A discount on the water bill for retired people with a low pension.
programme-mother_solidarity_card = Mother solidarity card: shopping credit for mothers
    .description = A card loaded with credit each month for mothers of young children, to shop for their basic needs.
programme-winter_fuel = Winter fuel (coal) for heating
    .description = Sacks of coal for heating in winter, for homes heated with a stove.
programme-breakfast_package = Breakfast package
    .description = A package of breakfast foods (such as cheese, olives, eggs, jam) for families in need.
programme-funeral_support = Funeral support
    .description = Help with funeral arrangements and costs for families who have lost someone. We answer urgently.
programme-emergency_shelter = Emergency shelter for people sleeping rough
    .description = A bed, a meal and a warm place for people who have nowhere to sleep tonight. We answer urgently.
programme-supported_employment = Help finding a job
    .description = Help with finding work: job matching, training and advice for people looking for a job.
programme-refugee_desk_question = Question to the Refugee Desk
    .description = Questions from refugees and foreign residents, answered in their own language: protection status, residence, documents and the municipality's services.
programme-general_question = General question or complaint
    .description = Any other question, suggestion or complaint about the municipality's social services.

## Desks: the teams that answer

desk-social_aid = Social Aid Desk
desk-refugee_desk = Refugee Desk
desk-disability_services = Disability Services
desk-education = Education Services
desk-employment = Employment Services
desk-contact_centre = Contact Centre

## Statuses of a request: the name, and `.next`, what happens next

status-received = Received
    .next = Your request is in the queue; a member of staff will look at it soon.
status-in_review = Being reviewed
    .next = A member of staff is reviewing your request. We will contact you if we need anything.
status-needs_info = Waiting for your information
    .next = We need more information or a document from you. Please write it here, or send a photo of it.
status-approved = Approved
    .next = Your request has been approved. We will tell you when and how the support will reach you.
status-ready = Ready
    .next = Your support is ready for pick-up or delivery. We will send you the details.
status-delivered = Delivered
    .next = The support has reached you. If you need anything else, you can apply again.
status-rejected = Not approved
    .next = We could not approve this request. You can write to us to ask why.
status-cancelled = Cancelled
    .next = This request was cancelled at your wish. You can apply again at any time.
status-closed = Closed
    .next = Your question has been answered and closed. If you have a new question, just write here.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = Update on your application { $reference } ({ $programme }): its status is now “{ $status }”.
notify-moved = Your request { $reference } is now handled by the { $desk } as “{ $programme }”. You do not need to do anything; we will write to you here.
notify-invited = About your question { $reference }: our staff suggest that you apply for “{ $programme }”. Write to us here and we will ask only what is still missing.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Our staff sent you a document: you can see it in your chat with us, or ask for it at our office.
notify-machine-translated = (This message was machine-translated from what our staff wrote.)
# $note: the note staff wrote for the person
notify-public-note = Note from our staff: { $note }
# $text: what staff wrote
notify-staff-reply =
    A member of staff has answered about your request { $reference }:

    { $text }

## Errors: the person's input

error-move-same = The request is already under this programme.
error-move-kind = A question can move only to another question programme, and an application only to another application programme.
error-move-final = A closed request cannot be moved.
error-translation-failed = The translation service did not answer; your reply was not sent. Try again, or use a canned reply in the citizen's language.
error-unexpected = Sorry, something went wrong on our side. Please try again in a moment; if it happens again, type /cancel to start over.
error-not-found = We could not find what you were looking for.
error-invalid-input = This does not look right. Please check it and try again.
error-field-missing = Some information is missing ({ $field }).
error-phone-invalid = This phone number does not look valid. Please type it with its area code, for example 0532 123 45 67 or +90 532 123 45 67.
error-district-unknown = We could not find a district with that name.
error-identity-invalid = This identity number is not valid.
error-identity-not-digits = An identity number is made of digits only. Please type your 11-digit number.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] An identity number has 11 digits; you typed one.
       *[other] An identity number has 11 digits; you typed { $given }.
    }
error-identity-protection-number = A number starting with 98 is the personal number on a temporary protection document, not the number we need. Please type the foreigner identification number on the same document: it starts with 99.
error-identity-leading-zero = An identity number never starts with 0. Please check it.
error-identity-checksum = We could not verify this identity number; one digit may be mistyped. Please look at your identity card and type it again.
error-reference-invalid = This reference number is not valid.
error-reference-not-digits = A reference number is made of digits only.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = A reference number has { $expected } digits; you typed { $given }. Please check it.
error-reference-check-digit = One digit of this number seems to be mistyped (its last digit, a check digit, does not match). Please check the number and type it again.
error-request-not-found = We could not find an application of yours with this number.
error-consent-missing = Before we can take an application, you need to agree to the privacy notice.
# $code: the programme code that was not found
error-programme-unknown = There is no programme “{ $code }”.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = A request cannot go from “{ $current }” to “{ $target }”.
error-transition-not-yours = You cannot make this change ({ $current } → { $target }).
error-forbidden = You are not allowed to do this.
error-configuration = There is an error in the settings. Please tell the administrator.
error-reply-empty = An empty reply cannot be sent.
error-note-empty = An empty note cannot be added.
error-not-your-claim = This request is not assigned to you.
error-search-empty = The search is empty: type a reference, a phone, an identity number or a name.
error-search-too-long = A search can have at most { $max } characters.
error-search-number = This number looks like neither a reference, a phone nor an identity number.
error-claim-not-waiting = This request is not waiting in the queue, so it cannot be claimed.
error-claim-language = This request waits for an agent who reads its language; once it has waited long enough, anyone on the desk can take it.
error-supervisor-only = Only supervisors can do this.
error-reveal-limit = You can see at most { $limit } numbers in full in an hour; try again later.
error-report-period = Choose a period whose last day is not before its first, of at most one year.
error-staff-disabled = This staff account is disabled.
error-erase-needs-reason = Erasing needs a reason and a confirmation.
error-erase-other-desks = This person also has requests at other desks; an administrator must erase them.
error-agent-not-on-desk = This member of staff does not work on this desk.
error-capacity-invalid = Capacity must be a whole number from 1 to { $max }.
error-token-invalid = This API token is not valid or has expired.
# $role: the role that was asked for
error-role-unknown = Unknown role: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = A password must have at least { $minimum } characters.
error-password-weak = That password is easy to guess: not one piece repeated, a run of neighbouring characters, or the username.
# $username: the name asked for
error-username-taken = The username “{ $username }” is already taken.
error-staff-unknown = There is no such staff account.
error-login-failed = The username or password is wrong.
error-login-locked = Too many failed attempts: this account is locked for a while. Please try again later.
error-login-slow = Too many attempts on this account right now; wait a few seconds and try again.
error-busy = The service is busy right now; please try again in a moment.
error-session-invalid = Your session is not valid. Please sign in again.
error-session-expired = Your session has expired. Please sign in again.
error-canned-unknown = There is no such canned reply.
error-canned-default-missing = A canned reply needs a text in the default language.
error-tag-invalid = A tag is 1 to { $max } characters.
error-saved-filters-full = At most { $limit } filters can be saved.
error-announcement-empty = An announcement needs a text in at least one language.
error-announcement-fallback-missing = To send the default language's text to people whose language has no text, write a text in the default language.
error-safeguarding-reason-missing = Write the reason for your decision.
# $max: a number of characters
error-safeguarding-reason-too-long = The reason can be at most { $max } characters.
error-safeguarding-not-flagged = This request has no safeguarding flag.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Please write your answer in a few words.
error-answer-too-long = You wrote { $given } characters; at most { $max } fit. Please shorten it.
error-answer-not-number = Please write only a number (from { $min } to { $max }).
error-answer-number-range = Please write a number from { $min } to { $max }.
error-answer-date = We could not read this date. Please write it as day.month.year, for example 15.03.2023.
error-answer-date-future = This date has not come yet. Please check it and write it again.

notify-verify-code = Your Hemşehri code: { $code }. Do not share it with anyone.
error-webhook-url-invalid = Write an http:// or https:// address without a user name or password.
error-webhook-url-private = That address is on this server or inside a private network: webhooks go only to public addresses.
error-webhook-events-invalid = Choose at least one event.
error-webhook-unknown = There is no such webhook target.

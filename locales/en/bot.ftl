# Hemşehri: the citizen conversation (every channel). English.
# Keys and placeable names are the same in every language; translate the text only.
# Placeables: $city = the city's name; $reference = "482 913 656"; $count, $max, $min, $page,
# $pages, $given = numbers; $language = a language's name; other placeables are described above their message.

## Start and language

start-welcome = Hello, and welcome to Hemşehri 👋 This is the messaging line of { $city } Municipality's social services. Here you can apply for support, see where your applications stand, and ask our staff a question.
language-pick = Which language would you like to use? You can change it at any time with /language.
# $language: the language's own name (e.g. "العربية")
language-set = Done: from now on we will write to you in { $language }.
language-kept = All right, we will keep writing in { $language }.
# Asked when someone writes in another language than the current one.
# $question: the same question, already written in the other language; $language: that language's name in English.
language-switch-ask =
    { $question }

    Your message looks like it is written in { $language }. Shall we continue in that language?
# Shown in the language the person wrote in; $language: its own name.
language-switch-question = Would you like to continue in { $language }?
language-switch-yes = ✅ Yes: { $language }
# $language: the current language's own name
language-switch-no = ❌ No, keep { $language }

## Main menu (a keyboard that stays on screen; each label must be unique)

menu-apply = 📝 Apply for support
menu-status = 📋 My applications
menu-ask = 💬 Ask a question
menu-language = 🌐 Language / Dil
menu-help = ❓ Help
menu-prompt = What would you like to do? Choose from the menu below.

## Common buttons

button-cancel = ✖️ Cancel
button-next = Next ▶️
button-previous = ◀️ Previous
button-share-phone = 📱 Share my phone number
phone-type-instead = Or type your number, for example 0532 123 45 67.

## Help and cancel

help =
    Here is what you can do:

    📝 Apply for support: apply for one of the municipality's support programmes (/apply)
    📋 My applications: see the status of your applications (/status), or just type your reference number
    💬 Ask a question: write your question and a member of staff will answer (/ask); you can also simply type it
    🌐 Language: change the language of this conversation (/language)
    ✖️ Cancel: stop what you are doing (/cancel)
    🗑️ Delete my data: have everything about you deleted (/forget)

    In an emergency, call 112.
help-in-flow = You are in the middle of something. Carry on with the question below, or type /cancel to stop.
cancel-done = All right, we have stopped and deleted what you had entered. You can start again from the menu.
cancel-nothing = There is nothing to cancel. You can start from the menu.

## Forget me (/forget)

forget-ask =
    🗑️ Do you want us to delete everything we hold about you from this chat?

    Your name, phone and identity numbers, your messages and documents will be deleted, and any application still open will be cancelled. This cannot be undone. Support already decided is not affected.
forget-yes = 🗑️ Yes, delete everything
forget-no = ↩️ No, keep it
forget-done = Done: we have deleted your information. If you write to us again, we will start afresh.
forget-kept = All right, nothing was deleted.

## Withdrawing an application (My applications)

withdraw-button = ✖️ Withdraw
withdraw-ask = Do you want to withdraw application { $reference } ({ $programme })? Our staff will stop working on it. Nothing you gave us is deleted by this.
withdraw-yes = ✅ Yes, withdraw it
withdraw-no = ↩️ No, keep it
withdraw-done = Application { $reference } is withdrawn. You can apply again at any time.
withdraw-kept = All right, your application stays as it is.
withdraw-not-possible = This application is already closed, so it cannot be withdrawn.
apply-from-question = Our staff suggest that you apply for this programme. What you wrote in your question { $reference } goes into the application, so we will only ask what is still missing.

## Hints when an answer does not fit the question

hint-use-buttons = Please choose one of the buttons below.
hint-type-answer = Please type your answer as a message.
hint-not-now = We cannot use that here. Please answer the question below, or type /cancel to stop.
long-text-part = We received a long text (characters so far: { $count }). Your app sends long messages in parts: if there is more, send the rest and we will join the parts. If that was all, press the button.
long-text-done = ✅ That was all

## Other messages

common-sticker = 😊 Thank you! How can we help? Choose from the menu or type your question.
common-location = Thank you, but we do not need your location. Here is the menu.
common-contact-not-needed = Thank you, but we do not need your phone number right now, so we have not kept it. Here is the menu.
common-unsupported = We cannot read this kind of message. Please write to us in text, or send a photo or a document.
common-button-expired = This button is no longer active. Please choose again from the menu.
common-empty = Your message was empty. Please type what you need, or choose from the menu.
common-no-words = 🙂 How can we help? Type your question in a few words, or choose from the menu.
# $command: what the person typed, e.g. "/foo"
common-unknown-command = We do not know the command { $command }. Type /help to see what you can do.
flood-slow-down = You are sending messages very quickly. Please wait a few seconds, then continue. We could not answer your last messages, but if you have an open request, what you wrote was added to it.
flow-expired = What you had started was closed after a long pause, and what you had entered was deleted. You can start again at any time.
telegram-private-only = To protect your privacy we only answer in a private chat. Please write to me directly.

## Input errors in the application

error-file-too-large = This file is too large. Each file can be at most { $max } MB.
error-file-kind = Please send the document as a photo or a file (for example a PDF).
error-too-many-files = You can send at most { $max } files.
error-neighbourhood-empty = Please type the name of your neighbourhood.
error-neighbourhood-too-long = A neighbourhood name can be at most { $max } characters. Please shorten it.
error-household-not-number = Please type a number only, for example 4.
error-household-range = Please type a number between { $min } and { $max }.
error-description-empty = Please describe your situation in a few words.
error-description-too-long = Your text has { $given } characters; at most { $max } fit. Please shorten it.

## Applying for support

apply-pick-programme = Which kind of support would you like to apply for? (page { $page } of { $pages })
# $programme: the programme's name; $description: what it is; $count: how many questions follow
apply-programme-about =
    { $programme }

    { $description }

    { $count ->
        [one] Applying takes one short step.
       *[other] Applying takes { $count } short steps.
    }
apply-start = ✅ Start my application
apply-back = ↩️ Other programmes
apply-read-programmes = ℹ️ About our programmes
apply-programme-gone = This programme is no longer offered. Please choose again from the list.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 Your personal data (Law No. 6698 on the Protection of Personal Data, KVKK; notice version { $version })

    { $city } Municipality is responsible for your data. We only ask for what the programme you chose needs: a phone number, your identity number, your district and neighbourhood, how many people live in your home, a few words about your situation and, if you want, photos of documents.

    We use this to look at your application, to get the support to you and to contact you. This is part of the municipality's work in social support. Your identity number is kept locked (encrypted), and staff see only part of it. Only municipal staff who are allowed to can see your information. We give it to other public offices only when the law says we must.

    We keep your information in Türkiye while we deal with your application, and after that only for as long as the law requires. Then we delete it.

    Please do not write about your health in this chat. If we need to know, we ask you in person.

    You have rights under Article 11 of the law: to ask what we keep about you, to have it corrected or deleted, and more. To use them, write to us here or go to the municipality.
consent-ask = Have you read this notice, and do you agree that the information you give is used for your application?
consent-agree = ✅ I have read it and I agree
consent-disagree = ❌ I do not agree
consent-thanks = Thank you. We will now ask a few short questions. You can stop at any time with /cancel.
consent-refused = We understand. We have not kept any personal information about you. Without your agreement we cannot take an application in this chat, but you still have options: read about our programmes, ask a member of staff a question, or apply in person at a social services centre or by calling 153.

## The application's questions

apply-ask-phone = Which phone number can we reach you on about this application?
apply-ask-identity = Please type your Turkish identity number (T.C. Kimlik No, 11 digits). If you are a foreign national, type your foreigner identification number, which starts with 99: you will find it on your temporary protection, international protection or residence permit document.
# $masked: the number with all but four digits hidden, e.g. "10*******46"
apply-identity-noted = Thank you, we noted your identity number as { $masked }.
apply-identity-warning = We noted your identity number as { $masked }. Its check digits do not match, so there may be a typing mistake. That is all right: a member of staff will check it with you. You can also correct it on the summary.
apply-identity-again = For your security, please type your identity number once more.
apply-ask-district = Which district do you live in? Choose from the list or type its name. (page { $page } of { $pages })
apply-district-suggestions = Did you mean one of these?
apply-district-all = 📋 All districts
apply-ask-neighbourhood = Which neighbourhood (mahalle) do you live in? Please type its name.
apply-ask-household = How many people live in your household, including you? Please type a number from { $min } to { $max }.
apply-ask-description = In a few sentences, describe your situation and what you need (at most { $max } characters). Please do not write any health information; if it is needed, it is taken in person.
apply-ask-documents = If you like, send photos or files of related documents (at most { $max } files, each up to 10 MB). If you have none to send, press the button.
apply-documents-skip = ⏭️ Continue without documents
apply-documents-done = ✅ Done, continue
apply-document-received = File received ({ $count } of { $max }). Send another one, or continue.
apply-documents-full = We have received { $max } files, which is the most we can take. Let us continue.

## Summary and submission

# $details: one line per answer, already written in this language
apply-summary =
    Please check your application:

    { $details }

    If everything is right, press “Confirm and send”. To change an answer, press its button.
apply-summary-programme = Programme: { $programme }
# $value: what the person answered
apply-summary-phone = Phone: { $value }
apply-summary-national_id = Identity number: { $masked }
apply-summary-district = District: { $value }
apply-summary-neighbourhood = Neighbourhood: { $value }
apply-summary-household_size = People in the household: { $count }
apply-summary-description = Your words: { $value }
apply-summary-documents = Documents: { $count ->
        [0] none
        [one] one file
       *[other] { $count } files
    }
apply-summary-missing = (not given)
apply-edit-phone = ✏️ Phone
apply-edit-national_id = ✏️ Identity number
apply-edit-district = ✏️ District
apply-edit-neighbourhood = ✏️ Neighbourhood
apply-edit-household_size = ✏️ Household
apply-edit-description = ✏️ Your words
apply-edit-documents = ✏️ Documents
apply-confirm = ✅ Confirm and send
apply-submitted =
    Your application has been received 🎉

    Reference number: { $reference }
    Programme: { $programme }

    Please keep this number. To ask about your application, just send it to us.
apply-next-days = { $count ->
        [one] Applications like yours are usually reviewed within one day.
       *[other] Applications like yours are usually reviewed within { $count } days.
    } We will tell you here whenever its status changes.
apply-next-hours = { $count ->
        [one] Applications like yours are usually reviewed within one hour.
       *[other] Applications like yours are usually reviewed within { $count } hours.
    } We will tell you here whenever its status changes.

## My applications

status-none = You have no applications yet. To apply for support, press the button below.
status-list = { $count ->
        [one] Your latest application:
       *[other] Your latest { $count } applications:
    }
# $status: the status's name; $date: when it last changed; $next: what happens next
status-item =
    📄 { $reference }: { $programme }
    Status: { $status } (since { $date })
    Next: { $next }
status-details = 🔎 Details
status-reference-hint = To see one application in detail, type its reference number (for example 482 913 656).
status-detail =
    📄 Application { $reference }
    Programme: { $programme }
    Status: { $status } (since { $date })

    What happens next: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 Note from our staff: { $note }
status-not-found = We could not find an application with the number { $reference } among yours. Please check the number and type it again.
# A status asked for from a channel the application was not made on: the second factor (handlers.status_check)
status-check-ask = We could not find the application { $reference } among those made from this account. If it was made from another phone or account, type the last four digits of the phone number given in the application and we will tell you its status. If you mistyped the number, just type it again.
status-check-detail =
    📄 Application { $reference }
    Status: { $status }

    What happens next: { $next }
status-check-mismatch = Those digits do not match an application numbered { $reference }, or there is no application with that number. To try again, type the reference number again.
status-check-locked = There have been too many wrong answers for this application or from this chat, so for your safety we cannot answer for a while. Please try again tomorrow, or write from the phone or account you applied from.
# Where am I in the queue (handlers.queue_place): a place in line and an expected wait, never a promise
queue-place = Your request { $reference } is number { $position } in line among the requests in your language waiting for this team ({ $desk }).
queue-estimate-hours = At the pace of the last few days, you can expect an answer in about { $low } to { $high } hours. This is an estimate, not a promise.
queue-estimate-days = At the pace of the last few days, you can expect an answer in about { $low } to { $high } days. This is an estimate, not a promise.
queue-no-estimate = Too few requests in this line were answered in the last few days for us to estimate the wait. We will tell you here as soon as its status changes.
queue-in-hand = A member of staff is already working on your request { $reference }.
queue-none = None of your requests is waiting in line right now. To see their status, use “My applications”.

## Questions to staff and answers to “we need more information”

ask-prompt = Please write your question in your own words. You can also attach a photo of a document. A member of staff will read it and answer here.
ask-attachment-needs-words = We have received your file. Please tell us in a few words what you need, and we will pass both on to a member of staff.
ask-attachment-kept = { $count ->
        [one] We have received your file.
       *[other] We have received { $count } files.
    } Now please write your question in a few words.
question-notice =
    🔒 Your personal data (Law No. 6698 on the Protection of Personal Data, KVKK; notice version { $version })

    { $city } Municipality keeps your question, any files you send and the address of this chat, so that our staff can answer you here. What you write is read only by municipal staff, to answer you, and is kept in Türkiye. Please do not write health information.

    You have rights under Article 11 of the law: to ask what we keep about you, to have it corrected or deleted, and more. To use them, write to us here or go to the municipality.
question-notice-ask = Shall we pass your question to our staff on these terms?
question-notice-agree = ✅ Yes, send it
question-notice-decline = ❌ No, do not send it
question-notice-declined = All right: we have not kept your question. You can still read about our programmes, go to a social services centre, or call 153.
# $desk: the name of the desk that will answer
ask-received-days = Your question has gone to the { $desk }. Reference number: { $reference }. { $count ->
        [one] We usually answer within one day.
       *[other] We usually answer within { $count } days.
    } The answer will come here.
ask-received-hours = Your question has gone to the { $desk }. Reference number: { $reference }. { $count ->
        [one] We usually answer within one hour.
       *[other] We usually answer within { $count } hours.
    } The answer will come here.
ask-added = We have added your message to your request { $reference }. A member of staff will see it.
ask-info-received = Thank you! We have added what you sent to your application { $reference }, and it is back with our staff for review.
ask-which = Which of your requests is this message about? Please choose below.
ask-which-item = 📄 { $programme } · { $reference }
ask-which-new = ✏️ A new question

## Safeguarding: said first, at once, to a person who writes that they are in danger (calm, short, no blame).
## Help lines checked against the official list (shared/NOTES.md). $programme: the city's emergency-shelter programme, or "none".
# Wraps a help sentence written in the language of the person's words when that is not the conversation's; $help: it.
safeguarding-in-language = { $help }
safeguarding-help-self_harm = Thank you for telling us. You are not alone. If you might hurt yourself now, please call 112: the call is free, day and night. If you can, stay close to someone you trust.
safeguarding-help-medical_emergency = This may be an emergency: please call 112 now for an ambulance. The call is free from any phone.
safeguarding-help-violence = Thank you for telling us; what is happening to you is not your fault. If you are in danger now, call 112 (or 155, the police). You can also call 183, the free social support line for women, children, older and disabled people. KADES is the police's app for women at risk.
safeguarding-help-child_at_risk = If a child is in danger now, call 112. You can also call 183, the free social support line for children and families.
safeguarding-help-trafficking = If you are in danger now, call 112 (or 155, the police). YİMER 157 helps foreigners in several languages, also people forced to work or held against their will. UNHCR's counselling line can also advise you.
safeguarding-help-no_shelter =
    { $programme ->
        [none] If you have nowhere safe to sleep tonight, our staff will look for a place with you as soon as possible. If you are in danger, call 112.
       *[other] If you have nowhere safe to sleep tonight, the municipality's programme "{ $programme }" can help, and our staff will contact you as soon as possible. If you are in danger, call 112.
    }
safeguarding-help-detention = If you or someone in your family has been detained or may be deported: YİMER 157 answers foreigners in several languages, and UNHCR's counselling line can advise you on your rights.
safeguarding-help-foreigners = For foreigners: YİMER 157 answers in several languages, and UNHCR's counselling line can advise you.
# $reference: the number of the request that holds the person's words
safeguarding-passed-on = We have passed your message to our staff as urgent (reference { $reference }). You can keep writing to us here.

## Understanding free text, and the language question when unsure

# Asked when we cannot tell which language a message is in; shown in the likeliest of the languages it may be in.
language-choose-question = Which language shall we continue in? Please choose below.
# $question: language-choose-question, already written in that language
language-choose-ask =
    { $question }

    We could not tell which language your message is in. Please choose a language below.
language-choose-other = 🌐 Another language
intent-greeting = Hello 👋 How can we help? Choose from the menu below, or type your question.
intent-thanks = You are welcome 🙂 If you need anything else, the menu is below.

## A programme's own questions (core/catalogue.toml) and the applicant's full name

apply-ask-full-name = What is your full name? Please write it on one line, as it is on your documents.
apply-summary-full_name = Full name: { $value }
apply-edit-full_name = ✏️ Full name
apply-question-more = Noted ({ $count }/{ $max }). You can write the next one, or press the button if that is all.
apply-question-done = ✅ That is all, continue
apply-question-again = ✏️ Write it again
apply-summary-answer = { $label }: { $value }
apply-edit-answer = ✏️ { $label }
apply-answer-yes = ✅ Yes
apply-answer-no = ❌ No
question-child_birth_dates = What is the birth date of your child under five? Write it as day.month.year, for example 15.03.2023. If you have more than one child, send the dates one at a time.
    .label = Children's birth dates
question-child_birth_dates-over = Your child born on { $date } is five or older; Süt Kuzusu is for children under five. We noted this date, but it does not count for this programme.
question-child_birth_dates-none = From the dates you wrote, none of your children is under five, so we cannot take a Süt Kuzusu application. We are sorry. If you wrote a date by mistake, you can write it again. Other support, such as a food package or a breakfast package, may suit your family: you can look at the programmes or ask us a question.
question-income_band = What is your household's total monthly income? Include wages, pensions and any aid you receive.
    .label = Household monthly income
question-income_band-none = No income at all
question-income_band-below_half = Less than half the minimum wage
question-income_band-below_minimum = Up to the minimum wage
question-income_band-above_minimum = More than the minimum wage
question-rent_amount = How many lira is your monthly rent? Please write only the number, for example 8500.
    .label = Monthly rent (TL)
question-landlord_name = What is your landlord's full name?
    .label = Landlord
question-landlord_phone_known = Do you know your landlord's phone number?
    .label = Landlord's phone known
question-landlord_phone = Please write your landlord's phone number.
    .label = Landlord's phone
question-school = What is the name of the pupil's school?
    .label = School
question-grade = Which class is the pupil in? Please write a number from 1 to 12.
    .label = Class

## The documents a programme needs (core/catalogue.toml documents_needed)

apply-documents-needed =
    During the application we will ask for photos of these documents; have them ready:
    { $documents }
    Anything you do not have now you can also bring to the desk later.
apply-ask-document = Document { $count }/{ $max }: { $document }. Please send a photo or a file of it (at most 10 MB). If you do not have it now, press the button.
apply-document-next = ⏭️ Next document
apply-document-later = ⏭️ I do not have it now
apply-documents-finish = ✅ That is all the documents, continue
apply-summary-document-sent = ✅ { $document } (files sent: { $count })
apply-summary-document-missing = ❌ { $document }: not sent; you can also bring it to the desk.
document-identity_card = Identity card
document-address_certificate = Address registration certificate (from e-Devlet)
document-income_proof = Proof of household income (payslip or pension statement)
document-child_birth_certificate = The child's civil registry record
document-rent_contract = Rental contract
document-pension_document = Pension document
document-water_bill = Latest water bill
document-wheelchair_photo = Photo of the wheelchair

command-start = Welcome and choice of language
command-apply = Apply for a support programme
command-status = The status of your applications
command-ask = Ask our staff a question
command-language = Change the language of this conversation
command-help = How to use this chat
command-cancel = Stop what you are doing
command-forget = Have everything about you deleted

## A phone of one's own, someone else's, or none

apply-phone-own = 📱 My own number
apply-phone-relative = 👪 A relative's number
apply-phone-neighbour = 🏠 A neighbour's number
apply-phone-none = 🚫 I have no phone
apply-ask-phone-relative = Please write the phone number of a relative who can pass our messages on to you. Our staff will see that the number is a relative's.
apply-ask-phone-neighbour = Please write the phone number of a neighbour who can pass our messages on to you. Our staff will see that the number is a neighbour's.
apply-phone-none-noted = That is fine. We will write all news about your application here, in this chat.
apply-phone-none-webchat = That is fine. We will write all news about your application in this chat. Keep your chat code to come back to it later or from another device: { $code }
apply-summary-phone-relative = Phone (a relative's): { $value }
apply-summary-phone-neighbour = Phone (a neighbour's): { $value }
apply-summary-phone-none = Phone: none; news will be written in this chat

## A number typed in the web chat, verified by a code sent by SMS
apply-code-sent = We sent a 6-digit code to this number (ending { $ending }). Type the code here: that is how we know the number is yours, and we can then reach you on other channels too.
apply-code-again = Send the code again
apply-code-skip = Go on without a code
apply-code-expired = This code has expired. Ask for a new one, or go on without a code.
apply-code-wrong = That code did not match. Please try again ({ $left } tries left).
apply-code-too-many = The code did not match several times. We kept your number as you typed it; let us go on with your application.
apply-code-ok = Thank you, your number is verified.

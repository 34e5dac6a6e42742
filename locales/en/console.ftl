## Staff console (English). Every sentence staff read in the console, the staff API's Open311
## endpoint included. Status, programme and desk names come from core.ftl (status-*, programme-*, desk-*).

console-title = Staff console
console-nav-label = Sections
console-nav-queue = Queue
console-nav-team = Team
console-nav-staff = Staff
console-nav-canned = Canned replies
console-nav-audit = Audit log
console-nav-announcements = Announcements
console-role-agent = Agent
console-role-supervisor = Supervisor
console-role-admin = Administrator
console-locale-label = Console language
console-locale-name-tr = Türkçe
console-locale-name-en = English
console-locale-name-ar = العربية
console-sign-out = Sign out
console-availability-label = My availability
console-available = Available
console-away = Away
console-availability-go-away = Set me away
console-availability-go-available = Set me available

## Signing in

console-sign-in-title = Sign in
console-sign-in-intro = Staff of the social services only. Every sign-in is recorded.
console-username = Username
console-password = Password
console-sign-in = Sign in

## Errors and notices

console-error-title = Something went wrong
console-back-to-queue = Back to the queue
console-error-generic = That did not work. Please try again.
console-error-not-found = Not found.
console-error-csrf = This form has expired or did not come from the console. Reload the page and try again.
console-error-invalid-input = Some of what was sent is not valid. Check the form and try again.
console-error-field-missing = A required field is empty.
console-error-login-failed = The username or password is not right.
console-error-login-locked = Too many attempts from here: signing in to this account from this address is paused. Try again in 15 minutes.
console-error-password-weak = That password is easy to guess: not one piece repeated, a run of neighbouring characters, or the username.
console-error-login-slow = Too many attempts on this account right now. Wait a few seconds and try again.
console-error-busy = Too many sign-ins are being checked right now. Try again in a moment.
console-error-request-not-found = There is no request with this reference on your desks.
console-error-transition-forbidden = That status change is not allowed from the request's current status.
console-error-transition-not-yours = Only the citizen can make that status change.
console-error-not-your-claim = Another agent holds this request. Ask a supervisor to reassign it.
console-error-supervisor-only = Only supervisors and administrators can do that.
console-error-agent-not-on-desk = That person does not work on this request's desk.
console-error-reply-empty = The reply is empty.
console-error-reply-file-type = Only a photo (JPEG, PNG, WebP) or a PDF can be attached to a reply; nothing was sent.
console-error-reply-file-too-large = The attached file is larger than 10 MB; nothing was sent.
console-error-note-empty = The note is empty.
console-error-canned-unknown = That canned reply does not exist or is not offered for this desk.
console-error-canned-default-missing = A canned reply needs at least its Turkish text.
console-error-status-unknown = Choose one of the statuses offered.
console-error-staff-unknown = There is no such staff account.
console-error-staff-disabled = That account is disabled.
console-error-role-not-allowed = You cannot give that role.
console-error-role-unknown = Unknown role.
console-error-desk-not-allowed = You can only give desks you work on yourself.
console-error-language-unknown = Unknown language.
console-error-username-invalid = Usernames are 2 to 64 letters, digits, dots, dashes or underscores.
console-error-username-taken = That username is already taken.
console-error-password-too-short = The password must be at least 12 characters long.
console-error-own-role = You cannot change your own role.
console-error-own-account = You cannot disable your own account.
console-error-capacity-invalid = Capacity must be a whole number from 1 to 100.
console-error-decrypt-failed = This number cannot be decrypted with the current key. Report it to an administrator.
console-error-reveal-limit = You have seen as many full numbers as one may in an hour; try again later.
console-error-attachment-unknown = There is no such attachment.
console-error-attachment-gone = The messaging platform no longer has this file (it keeps files only for a while). Ask the person to send it again.
console-error-attachment-too-large = This file is larger than 20 MB and cannot be brought here. Ask the person to send a smaller one, or to bring it to the desk.
console-error-attachment-unavailable = The messaging platform cannot be reached right now. Try opening the file again in a few minutes.
console-error-forbidden = You are not allowed to do that.
console-error-announcement-empty = Write the message in at least one language.
console-error-announcement-fallback-missing = To send the Turkish text to people whose language has no text, write the Turkish text too.

console-notice-claimed = The request is yours now.
console-notice-queue-empty = Nothing is waiting for your desks and languages right now.
console-notice-reply-queued = Your reply is on its way to the citizen.
console-notice-canned-sent = The canned reply is on its way to the citizen, in their language.
console-notice-status-changed = The status was changed and the citizen will be told.
console-notice-moved = The request has moved and waits in its new desk's queue. The citizen will be told.
console-move-title = Move to another programme or desk
console-move-to = New programme (and its desk)
console-move-hint = The request goes back to the new desk's queue, unassigned; the citizen is told in their language.
console-move-submit = Move
console-move-as-application = as an application: { $programme }
console-became-application = This question became application { $reference }.
console-invited-to-apply = The citizen was invited to apply for “{ $programme }”; the application starts when they write.
console-notice-note-added = The internal note was added.
console-notice-released = The request is back in the queue.
console-notice-reassigned = The request was reassigned.
console-notice-staff-created = The account was created.
console-notice-staff-updated = The account was saved.
console-notice-desk-saved = The desk was saved.
console-notice-tokens-revoked = The API tokens were revoked.
console-notice-canned-saved = The canned reply was saved.
console-notice-locale-changed = The console language was changed.
console-notice-announcement-sent = The announcement is on its way. Its progress is shown below.
console-notice-announcement-cancelled = The announcement was cancelled: nothing more of it will be sent.

## The queue

console-queue-title = Queue
console-claim-next = Claim next
console-filters = Filters
console-filter-desk = Desk
console-filter-all-my-desks = All my desks
console-filter-language = Language
console-filter-my-languages = My languages
console-filter-all-languages = All languages
console-filter-status = Status
console-filter-waiting = Waiting for staff
console-filter-programme = Programme
console-filter-all = All
console-filter-district = District
console-filter-apply = Apply
console-filter-clear = Clear filters
console-live-on = Live: the list updates by itself.
console-live-off = Not live: reload the page to see changes.
console-mine-title = { $count ->
    [one] Assigned to me: one request
   *[other] Assigned to me: { $count } requests
}
console-waiting-title = { $count ->
    [0] Waiting: no requests
    [one] Waiting: one request
   *[other] Waiting: { $count } requests
}
console-queue-nothing = Nothing is waiting here.
console-col-reference = Reference
console-col-programme = Programme
console-col-language = Language
console-col-channel = Channel
console-col-district = District
console-col-status = Status
console-col-waiting = Waiting
console-col-sla = Service level
console-col-assignee = Held by
console-col-desk = Desk
console-col-waiting-count = Waiting
console-col-unassigned = Unclaimed
console-col-oldest = Oldest waits
console-col-breached = Past due
console-priority = Priority { $level }
console-rtl = right to left
console-needs-interpreter = needs an interpreter
console-nobody-on-shift = nobody on shift reads it
console-team-unread = { $count ->
    [one] One request waits in a language nobody on shift reads.
   *[other] { $count } requests wait in a language nobody on shift reads.
}
console-foreign-reader = You are writing to a reader of { $language }: what you type goes out untranslated. Use the canned replies in { $language } first.
console-foreign-reader-translated = You are writing to a reader of { $language }: what you type goes out machine-translated into { $language }, and what you wrote stays in the thread. Canned replies in { $language } are below.
console-machine-translation = machine translation
console-original = Original
console-sent-translated = As sent, machine-translated
console-unassigned = nobody
console-sla-on_time = On time
console-sla-due_soon = Due soon
console-sla-breached = Past due
console-sla-closed = Closed
console-sla-due = Due { $due }
console-channel-telegram = Telegram
console-channel-webchat = Web chat
console-channel-whatsapp = WhatsApp
console-channel-open311 = City system (Open311)

## One request

console-request-title = Request { $reference }
console-thread-title = Conversation and history
console-status-moved = Status: { $old } → { $new }
console-status-set = Status: { $new }
console-public-note = Note for the citizen
console-internal-note = Internal note
console-public-note-hint = Sent to the citizen with the status change, in the words you write.
console-internal-note-hint = Only staff ever see this.
console-internal-only = staff only
console-actor-citizen = Citizen
console-actor-staff = Staff
console-actor-bot = Hemşehri bot
console-actor-system = System
console-delivery-queued = waiting to be sent
console-delivery-sent = sent
console-delivery-delivered = delivered
console-delivery-read = read
console-delivery-failed = could not be delivered
console-delivery-received = received
console-delivery-internal = internal
console-attachment-photo = Photo
console-attachment-document = Document
console-attachment-voice = Voice message
console-attachment-video = Video
console-attachment-audio = Audio
console-request-final = This request is closed; it can no longer be answered here.
console-answer-title = Answer
console-answer-goes-to = The citizen reads { $language }.
console-reply-label = Reply to the citizen
console-reply-file = Attach a file (optional)
console-reply-file-hint = A photo (JPEG, PNG, WebP) or a PDF, at most 10 MB. It goes to the citizen on their own channel.
console-reply-send = Send reply
console-canned-title = Canned replies
console-canned-no-translation = No { $language } version: the Turkish text will be sent.
console-canned-send = Send the chosen reply
console-status-title = Change status
console-status-new = New status
console-status-change = Change status
console-status-none = No further status change is possible for staff.
console-held-by = { $name } holds this request. Only they, or a supervisor, can answer it.
console-claim-to-answer = Nobody holds this request yet: claim it to answer.
console-note-label = Internal note (staff only)
console-note-add = Add note
console-facts-title = Details
console-citizen = Citizen
console-no-name = no name given
console-neighbourhood = Neighbourhood
console-household = Household size
console-identity = Identity number
console-reveal = Reveal
console-revealed-logged = Shown in full; this was recorded in the audit log.
console-identity-checksum-warning = This foreign-resident number fails the checksum: check the document at the desk.
console-phone = Phone
console-created = Received
console-sla-due-label = Due
console-release = Give back to the queue
console-reassign-to = Reassign to
console-reassign = Reassign
console-other-requests = The citizen's other requests
console-no-other-requests = No other requests.
console-attachment-title = Attachment
console-attachment-not-yet = { $kind }: this file stays with the messaging platform and cannot be opened here yet.
console-attachment-download = Download
console-attachment-download-hint = This file opens once downloaded, not in the page.
console-back-to-request = Back to request { $reference }

## Supervision

console-team-title = Team
console-export = Export open requests (CSV)
console-team-waiting = Waiting by desk and language
console-team-holding = Who holds what
console-team-agents = Agents
console-team-col-availability = Availability
console-team-col-holding = Open requests
console-team-col-capacity = Capacity
console-team-nobody-holds = Nobody holds an open request.
console-team-breaches = { $count ->
    [0] Past their service level: none
    [one] Past their service level: one request
   *[other] Past their service level: { $count } requests
}
console-team-no-breaches = Every open request is within its service level.
console-team-due-soon = { $count ->
    [0] Due within the hour: none
    [one] Due within the hour: one request
   *[other] Due within the hour: { $count } requests
}
console-team-none-due-soon = No other open request is due within the hour.
console-sla-alert-late =
    { $count ->
        [one] One request of your desks is past its service time.
       *[other] { $count } requests of your desks are past their service time.
    }
console-sla-alert-due-soon =
    { $count ->
        [one] One request of your desks is due within the hour.
       *[other] { $count } requests of your desks are due within the hour.
    }
console-staff-title = Staff accounts
console-staff-username = Username
console-staff-display-name = Name
console-staff-role = Role
console-staff-desks = Desks
console-staff-languages = Languages
console-staff-state = State
console-staff-active = active
console-staff-disabled = disabled
console-staff-new = New account
console-staff-password = Password (at least 12 characters)
console-staff-create = Create account
console-staff-console-locale = Console language
console-save = Save
console-staff-disable = Disable this account
console-staff-disable-hint = Signs the person out everywhere at once; their API tokens stop working.
console-staff-enable = Enable this account
console-staff-revoke-tokens = Revoke API tokens
console-staff-revoke-tokens-hint = Every API token of this account stops working at once; a system that needs one gets a new token.
console-desks-title = Desks
console-desks-intro = Claim next: agents take the next request themselves. Push: each new request goes at once to the available agent of the desk with the fewest open requests, readers of its language first, up to the capacity; a request under a safeguarding flag goes whatever the capacity. What nobody can take waits in the queue.
console-desk-mode = Hands out requests by
console-desk-mode-claim = Claim next
console-desk-mode-push = Push to available agents
console-desk-capacity = Open requests per agent
console-staff-capacity = Open requests push desks give this person
console-staff-capacity-hint = Leave it empty to use the capacity of their desks.
console-canned-admin-title = Canned replies
console-canned-name = Title
console-canned-languages = Languages
console-canned-none = No canned replies yet.
console-canned-new = New canned reply
console-canned-texts-hint = Write the text in Turkish and in as many other languages as you can; a citizen whose language is missing gets the Turkish text.
console-canned-offered = Offered to agents
console-audit-title = Audit log
console-audit-read-only = Every sign-in, claim, reply, status change, reveal of personal data and export. Nobody can change this log.
console-audit-when = When
console-audit-who = Who
console-audit-action = Action
console-audit-target = Concerning
console-audit-details = Details
console-audit-empty = Nothing recorded.
console-newer = Newer
console-older = Older
console-audit-action-sign_in = Signed in
console-audit-action-sign_in_failed = Sign-in failed
console-audit-action-sign_out = Signed out
console-audit-action-claim = Claimed
console-audit-action-reply = Replied
console-audit-action-status_change = Changed status
console-audit-action-release = Released
console-audit-action-reassign = Reassigned
console-audit-action-reveal = Revealed personal data
console-audit-action-export = Exported
console-audit-action-staff_create = Created an account
console-audit-action-staff_update = Changed an account
console-audit-action-staff_enable = Enabled an account
console-audit-action-staff_disable = Disabled an account
console-audit-action-tokens_revoke = Revoked API tokens
console-audit-action-availability = Changed availability
console-audit-action-desk_update = Changed how a desk hands out requests
console-audit-action-canned_create = Created a canned reply
console-audit-action-canned_update = Changed a canned reply
console-audit-action-open311_create = Request from a city system
console-audit-action-announcement_create = Sent an announcement
console-audit-action-announcement_cancel = Cancelled an announcement
console-audit-action-safeguarding_flag = Safeguarding flag raised by the citizen's words
console-audit-action-safeguarding_confirmed = Confirmed a safeguarding flag
console-audit-action-safeguarding_cleared = Cleared a safeguarding flag
console-audit-action-safeguarding_view = Viewed a flagged request
console-audit-action-status_check_passed = Status asked from another channel: right answer
console-audit-action-status_check_failed = Status asked from another channel: wrong answer
console-audit-action-status_check_refused = Status asked from another channel: refused

## Announcements

console-announcements-title = Announcements
console-announcements-intro = An announcement goes to everyone who has a request matching the segment: once per person, in their language, on the channel they used, at the pace the platforms allow.
console-announcement-new = New announcement
console-announcement-segment = Who receives it
console-announcement-any-programme = All programmes
console-announcement-any-status = Any status
console-announcement-any-district = All districts
console-announcement-any-language = All languages
console-announcement-any-channel = All channels
console-announcement-texts = The message
console-announcement-texts-hint = Write the message once in each language you can. People whose language has no text do not get it, unless you allow the Turkish text for them.
console-announcement-fallback = Send the Turkish text to people whose language has no text
console-announcement-preview = Preview
console-announcement-preview-title = Before sending
console-announcement-matches = { $count ->
    [0] Nobody who can be written to matches this segment.
    [one] One person matches this segment.
   *[other] { $count } people match this segment.
}
console-announcement-lacking-fallback = { $count ->
    [one] One of them reads a language you did not write in and will get the Turkish text.
   *[other] { $count } of them read a language you did not write in and will get the Turkish text.
}
console-announcement-lacking-skipped = { $count ->
    [one] One of them reads a language you did not write in and will not get this announcement.
   *[other] { $count } of them read a language you did not write in and will not get this announcement.
}
console-announcement-will-send = { $count ->
    [0] Nobody would receive it.
    [one] It will be sent to one person.
   *[other] It will be sent to { $count } people.
}
console-announcement-send = Send the announcement
console-announcement-changed = The numbers changed since the preview (someone wrote in, or the texts changed). Check them and send again.
console-announcement-people = People
console-announcement-text-own = text written
console-announcement-text-parent = gets the text of a related language
console-announcement-text-fallback = gets the Turkish text
console-announcement-text-none = no text: not sent
console-announcement-everyone = Everyone who has a request
console-announcement-state-sending = Sending
console-announcement-state-cancelled = Cancelled
console-announcement-state-done = Done
console-announcement-sent-count = { $count } sent
console-announcement-queued-count = { $count } waiting
console-announcement-failed-count = { $count } failed
console-announcement-cancelled-count = { $count } stopped
console-announcement-skipped-count = { $count } without a text in their language
console-announcement-fallback-count = { $count } in Turkish
console-announcement-cancel = Cancel the announcement
console-announcement-cancel-hint = Messages already sent stay sent; the others are not sent.
console-announcement-none = No announcements yet.
console-announcement-texts-shown = Texts
console-announcements-live = Progress updates by itself while an announcement is being sent.
console-col-sent-at = Sent
console-col-by = By
console-col-segment = Segment
console-col-progress = Progress
console-col-state = State

## Open311 (read by the developers of other city systems)

console-open311-error-api-key = The api_key is missing or not valid.
console-open311-error-format = Only the json and xml formats exist.
console-open311-error-service-code = There is no service with this service_code.
console-open311-error-service-code-missing = The service_code is missing.
console-open311-error-desk = This api_key may not create requests for this service.
console-open311-error-field = The field { $field } is not valid.
console-open311-error-invalid = The request was refused ({ $reason }, field { $field }).
console-open311-error-status = The status must be open or closed.
console-open311-error-date = Dates must be ISO 8601 with a time zone, for example 2026-11-22T10:00:00Z.
console-open311-error-not-found = There is no such service request.
console-open311-notice-received = Received under reference { $reference }.
console-open311-attribute-national_id = The applicant's T.C. identity number or foreign-resident number (11 digits).
console-open311-attribute-district = The district of İzmir where the applicant lives.
console-open311-attribute-neighbourhood = The applicant's neighbourhood.
console-open311-attribute-household_size = How many people live in the household (1 to 30).
console-open311-attribute-language = The language the applicant reads; answers go out in it.
console-open311-attribute-consent = The applicant was shown the privacy notice and gave explicit consent.
console-open311-consent-given = Consent given

## Undelivered messages

console-nav-deliveries = Undelivered
console-deliveries-title = Messages that could not be delivered
console-deliveries-intro = These notifications did not reach the person: the reason is beside each. Retry once the cause is fixed (for a message marked uncertain, check first that the person did not get it).
console-deliveries-when = Queued
console-deliveries-what = Message
console-deliveries-channel = Channel
console-deliveries-request = Request
console-deliveries-reason = Reason
console-deliveries-action = Action
console-deliveries-retry = Retry
console-deliveries-empty = Every message was delivered.
console-deliveries-kind-status_changed = Status change
console-deliveries-kind-staff_reply = Staff reply
console-deliveries-kind-announcement = Announcement
console-notice-delivery-retried = The message is queued again.
console-audit-action-retry_delivery = Retried a delivery

## Erasure at a person's request

console-erase-title = Erase this person's data
console-erase-explain = For a person who asks, at a desk or by phone, to be forgotten. Their names, phones, identity numbers, messages, files and notes are deleted and their open requests cancelled, on this channel. This cannot be undone.
console-erase-reason = How and when did they ask?
console-erase-confirm = I have checked who asked, and I understand this cannot be undone.
console-erase-button = Erase everything about this person
console-notice-person-erased = The person's data was erased. The erasure is recorded in the audit log.
console-error-erase-needs-reason = Write how the person asked, and tick the confirmation.
console-error-erase-other-desks = This person also has requests at other desks; an administrator must erase them.
console-audit-action-erase_contact = Erased a person's data

## Safeguarding

console-nav-safeguarding = Safeguarding
console-safeguarding-title = Safeguarding
console-safeguarding-intro = Requests whose words disclosed danger (violence, a child at risk, self-harm, a medical emergency, nowhere to sleep, detention, exploitation). They come first in the queue until cleared. Confirm or clear each flag with your reason; every look at a flagged request is recorded.
console-safeguarding-flagged-at = Flagged
console-safeguarding-categories = What was disclosed
console-safeguarding-state = Flag
console-safeguarding-decision = Decision
console-safeguarding-reason = Reason
console-safeguarding-confirm = Confirm
console-safeguarding-clear = Clear
console-safeguarding-empty = No flagged requests for your desks.
console-safeguarding-state-flagged = New, not yet looked at
console-safeguarding-state-confirmed = Confirmed
console-safeguarding-category-self_harm = Self-harm or suicide
console-safeguarding-category-medical_emergency = Medical emergency
console-safeguarding-category-violence = Violence at home or gender-based violence
console-safeguarding-category-child_at_risk = A child at risk
console-safeguarding-category-trafficking = Trafficking or exploitation
console-safeguarding-category-no_shelter = Evicted or sleeping outside
console-safeguarding-category-detention = Detention or deportation
# $count: flags of my desks nobody has confirmed or cleared
console-safeguarding-alert =
    { $count ->
        [one] A person may be in danger: one safeguarding flag waits for a decision.
       *[other] People may be in danger: { $count } safeguarding flags wait for a decision.
    }
console-notice-safeguarding-confirmed = The flag is confirmed; the request stays first in the queue.
console-notice-safeguarding-cleared = The flag is cleared; the request takes its usual place in the queue.
console-error-safeguarding-reason-missing = Write the reason for your decision.
console-error-safeguarding-reason-too-long = The reason is too long.
console-error-safeguarding-not-flagged = This request has no safeguarding flag.
console-full-name = Full name
console-answer-under-age = under { $years }
console-answer-over-age = { $years } or older
console-documents-checklist = Document checklist
console-phone-owner-relative = This number is a relative's, who passes messages on.
console-phone-owner-neighbour = This number is a neighbour's, who passes messages on.
console-phone-owner-none = No phone: reachable only in the chat they applied from.

## The call-back list (people no channel reached)
console-nav-callbacks = Call-backs
console-callbacks-title = People to phone
console-callbacks-intro = We could not tell these people something about their request on any of their channels. Phone them, tell them in their language, then mark the call. Every look at this list is recorded, as it shows their numbers.
console-callbacks-since = Since
console-callbacks-who = Who
console-callbacks-speaks = Speaks { $language }
console-callbacks-phone = Phone
console-callbacks-no-phone = No number on file
console-callbacks-request = Request
console-callbacks-told = What we tried to tell them
console-callbacks-tried = Channels tried
console-callbacks-action = Call made
console-callbacks-done-reached = Reached
console-callbacks-done-unreachable = Not reachable
console-callbacks-empty = Nobody to phone: every notification reached its person.
console-notice-callback-done = The call is recorded.
console-channel-sms = SMS
console-deliveries-kind-moved = Moved to another programme
console-deliveries-kind-invited = Invited to apply
console-person-channels = Reachable on
console-channel-verified = number verified
console-channel-blocked = not reachable
## Reports

console-nav-reports = Reports
console-report-title = Reports
console-report-csv = Download the table (CSV)
console-report-from = From
console-report-to = To
console-report-by = Group by
console-report-by-desk = Desk
console-report-by-programme = Programme
console-report-by-language = Language
console-report-by-channel = Channel
console-report-by-district = District
console-report-by-week = Week
console-report-period = From { $first } to { $last }, whole days in the city's time.
console-report-how = How these figures are counted
console-report-how-counted = Each figure is counted when it happens: a request as received in the period it came in, as closed in the period it reached a final status, and its first response in the period staff gave it.
console-report-how-first-response = First response: the time from a request's arrival to the first reply staff wrote to the citizen, or to the first status change by staff other than taking it into review, whichever came first.
console-report-how-resolution = Resolution: the time from a request's arrival to a final status (delivered, rejected, cancelled or closed).
console-report-how-sla = Service level met: the share of the requests closed in the period that reached a final status by their programme's due time.
console-report-how-percentiles = Median and 90th percentile by the nearest-rank method: of the times sorted, the one at the position that is half (or 90%) of their number, rounded up.
console-report-how-small = A group with fewer than { $count } times shows its counts but not its times: too few to compare, and too few to keep the people behind them unrecognisable.
console-report-how-private = Counts only: no reference, name, phone or message is in any report.
console-report-table = Figures
console-report-col-received = Received
console-report-col-closed = Closed
console-report-col-first-median = First response, median
console-report-col-first-p90 = First response, 90th percentile
console-report-col-resolution-median = Resolution, median
console-report-col-resolution-p90 = Resolution, 90th percentile
console-report-col-sla = Service level met
console-report-col-needs-info = Asked for information
console-report-col-undelivered = Undelivered notifications
console-report-total = All
console-report-week = Week of { $monday }
console-report-no-district = No district given
console-report-too-few = too few
console-report-hours = { $hours } h
console-report-percent = { $value }%
console-report-points = { $points } points
console-report-chart-volumes = Requests received and closed
console-report-chart-times = Median first response and resolution
console-report-nothing = Nothing happened on your desks in this period.
console-report-equity-title = Equity: the same service in every language
console-report-equity-csv = Download the equity view (CSV)
console-report-equity-explained = Each language's times and service level beside those of Turkish-speaking requests on the same channels; a time more than { $margin }% longer, or a service level more than { $margin } points lower, is marked in bold as worse.
console-report-all-channels = All channels
console-report-baseline = compared with
console-report-worse = { $gap }, worse
console-error-report-period = Choose a period whose last day is not before its first, of at most one year.
console-search-label = Search requests
console-search-placeholder = Reference, phone, ID number, name
console-search-submit = Search
console-search-title = Search
console-search-hint = Finds requests of your desks by reference (any digits), phone (any format), identity number or whole words of the name. A search by phone, identity number or name is recorded in the audit log.
console-search-found = { $count ->
    [0] Nothing found on your desks.
    [one] One request found.
   *[other] { $count } requests found.
}
console-search-first = The newest { $count } are shown.
console-search-none = No request of your desks matches. Check the number, or search by another detail.
console-col-received = Received
console-claim-this = Claim this request
console-audit-action-search = Searched personal data
console-audit-action-password_reset = Password reset by an operator
console-error-search-empty = Type a reference, a phone, an identity number or a name to search.
console-error-search-too-long = That is too long for a reference, a number or a name. Shorten the search.
console-error-search-number = This number looks like neither a reference, a phone nor an identity number. Check it and search again.
console-error-reference-check-digit = One digit of this reference seems to be mistyped (its check digit does not match). Check it and search again.
console-error-claim-not-waiting = This request is not waiting in the queue, so it cannot be claimed.
console-error-claim-language = This request waits for an agent who reads its language; once it has waited long enough, anyone on the desk can claim it.
# Outgoing webhooks (administrators only)
console-nav-webhooks = Webhooks
console-webhooks-title = Outgoing webhooks
console-webhooks-intro = The municipality's other systems can be told when a request is made, changes status, passes its service time or is flagged for safeguarding. Each delivery is signed with the target's secret and tried again until the target answers.
console-webhooks-url = Target URL
console-webhooks-events = Events
console-webhooks-event = Event
console-webhooks-event-request-created = A request was made
console-webhooks-event-request-status-changed = A request's status changed
console-webhooks-event-request-sla-breached = A request passed its service time
console-webhooks-event-request-safeguarding-flagged = A request was flagged for safeguarding
console-webhooks-personal = Personal data
console-webhooks-personal-yes = Allowed (name and phone)
console-webhooks-personal-no = Not sent
console-webhooks-personal-allow = Send the person's name and phone to this target
console-webhooks-personal-hint = Only for a municipal system that may hold them. What people wrote is never sent, to any target.
console-webhooks-none = No target yet.
console-webhooks-new = New target
console-webhooks-add = Add target
console-webhooks-secret-once = This is the target's signing secret. It is shown only now: copy it into the receiving system.
console-webhooks-disable = Disable
console-webhooks-enable = Enable
console-webhooks-rotate = New secret
console-webhooks-delete = Delete
console-webhooks-log = Latest deliveries
console-webhooks-log-empty = Nothing was sent to this target yet.
console-webhooks-state = State
console-webhooks-code = Answer
console-webhooks-attempts = Attempts
console-webhooks-delivered-at = Delivered
# $when: the date and time of the next attempt
console-webhooks-next-at = next attempt { $when }
console-webhooks-redeliver = Deliver again
console-webhooks-state-pending = Waiting
console-webhooks-state-sending = Sending
console-webhooks-state-delivered = Delivered
console-webhooks-state-dead = Failed
console-notice-webhook-updated = The target is saved.
console-notice-webhook-deleted = The target is deleted; nothing more is sent to it.
console-notice-webhook-redelivered = The delivery is back in line and goes out in a moment.
console-error-admin-only = Only administrators can do that.
console-error-webhook-url-invalid = Write an http:// or https:// address without a user name or password.
console-error-webhook-url-private = That address is on this server or inside a private network: webhooks go only to public addresses.
console-error-webhook-events-invalid = Choose at least one event.
console-error-webhook-unknown = There is no such webhook target.
console-audit-action-webhook_create = Added a webhook target
console-audit-action-webhook_update = Enabled or disabled a webhook target
console-audit-action-webhook_rotate = Gave a webhook target a new secret
console-audit-action-webhook_delete = Deleted a webhook target
console-audit-action-webhook_redeliver = Delivered a webhook again

## Statuses as staff call them (the citizen reads status-* in core.ftl)
console-status-received = New, not yet picked up
console-status-in_review = In review
console-status-needs_info = Waiting for the citizen
console-status-approved = Approved
console-status-ready = Ready for pick-up or delivery
console-status-delivered = Delivered
console-status-rejected = Rejected
console-status-cancelled = Cancelled by the citizen
console-status-closed = Closed (answered)

## The queue at a glance
console-unread = New message
console-viewing = { $count ->
    [one] { $names } is viewing this
   *[other] { $names } are viewing this
}
console-preview-held = Safeguarding flag: open the request to read it
console-preview-attachment = (a file, no text)
console-filter-tag = Tag
console-filter-holder = Held by
console-filter-anyone = Anyone
console-filter-holder-me = Me
console-filter-holder-nobody = Nobody
console-saved-filters = My filters
console-saved-filters-none = None saved yet.
console-saved-filter-name = Name for these filters
console-saved-filter-save = Save these filters
console-saved-filter-delete = Delete this saved filter
console-notice-filter-saved = Your filters were saved.
console-notice-filter-deleted = The saved filter was deleted.
console-error-saved-filters-full = You have saved as many filters as you can; delete one first.
console-tags-title = Tags
console-tags-none = No tags yet.
console-tag-add-label = Add a tag (a new name makes a new tag for the desk)
console-tag-add = Add tag
console-tag-remove = Remove the tag { $tag }
console-notice-tagged = The tag was added.
console-notice-untagged = The tag was removed.
console-error-tag-invalid = A tag is 1 to 32 characters.
console-audit-action-tag_add = Added a tag
console-audit-action-tag_remove = Removed a tag

## Macros: a canned reply that also sets a status and tags
console-macro-title = Also, when sent (a macro)
console-macro-hint = Optional: the status the request moves to and the tags it gets, together with the reply.
console-macro-status = Set the status to
console-macro-status-none = Leave the status as it is
console-macro-tags = Add the tags (separated by commas)
console-macro-sets-status = Sets the status: { $status }.
console-macro-adds-tags = Adds the tags: { $tags }.

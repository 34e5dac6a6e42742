# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = { $city } Social Services
webchat-messages-label = Messages
webchat-speaker-city = Social Services:
webchat-speaker-you = You:
webchat-input-label = Your message
webchat-input-placeholder = Write your message…
webchat-send = Send
webchat-attach = Attach a file
webchat-attach-hint = A photo, a PDF or a voice recording; up to { $megabytes } MB.
webchat-menu-label = Main menu
webchat-phone-label = Your phone number
webchat-phone-send = Send my number
webchat-connecting = Connecting…
webchat-reconnecting = Connection lost. Reconnecting…
webchat-code-title = Your chat code
webchat-code-help = With this code you can continue your chat on another device. Keep it and do not share it: anyone who has the code can read this chat.
webchat-code-copy = Copy the code
webchat-code-copied = Code copied.
webchat-code-use-label = Your chat code from another device
webchat-code-use = Continue with this code
webchat-code-invalid = This is not a chat code. A code has 32 characters, digits 0–9 and letters a–f; dashes and spaces do not matter.
webchat-code-switched = Your chat now continues with this code.
webchat-too-long = Your message is too long. Please shorten it or split it into several messages.
webchat-slow-down = You are sending messages very fast. Please wait a moment and try again.
webchat-bad-message = This message could not be understood.
webchat-unsupported = This kind of message is not supported.
webchat-error = Something went wrong. Please try again in a moment.
webchat-sending = Sending…
webchat-not-sent = Not sent.
webchat-upload-too-large = The file is too large. You can send up to { $megabytes } MB.
webchat-upload-type = This type of file is not accepted. You can send a photo, a PDF or a voice recording.
webchat-upload-failed = The file could not be sent. Please try again.
webchat-noscript = This chat needs JavaScript to be turned on in your browser.

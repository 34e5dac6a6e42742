# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Choose
whatsapp-menu-button = Menu
whatsapp-menu-prompt = Tap the button below for the main menu.
whatsapp-choose-prompt = Please choose below.
whatsapp-more = ➡️ More options
whatsapp-own-phone = Use this number
whatsapp-phone-hint = You can type your number, or tap the button below to use this WhatsApp number.
whatsapp-list-expired = This list is no longer available. Please type your choice instead.
whatsapp-error-unexpected = Something went wrong. Please try again in a little while.

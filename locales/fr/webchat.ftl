# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues). French.
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = Services sociaux – { $city }
webchat-messages-label = Messages
webchat-speaker-city = Services sociaux :
webchat-speaker-you = Vous :
webchat-input-label = Votre message
webchat-input-placeholder = Écrivez votre message…
webchat-send = Envoyer
webchat-attach = Joindre un fichier
webchat-attach-hint = Une photo, un PDF ou un message vocal ; { $megabytes } Mo au maximum.
webchat-menu-label = Menu principal
webchat-phone-label = Votre numéro de téléphone
webchat-phone-send = Envoyer mon numéro
webchat-connecting = Connexion…
webchat-reconnecting = Connexion perdue. Reconnexion…
webchat-code-title = Votre code de conversation
webchat-code-help = Avec ce code, vous pouvez continuer la conversation sur un autre appareil. Gardez-le et ne le partagez pas : toute personne qui a ce code peut lire cette conversation.
webchat-code-copy = Copier le code
webchat-code-copied = Code copié.
webchat-code-use-label = Votre code de conversation, venant d’un autre appareil
webchat-code-use = Continuer avec ce code
webchat-code-invalid = Ce n’est pas un code de conversation. Un code a 32 caractères : des chiffres de 0 à 9 et des lettres de a à f. Les tirets et les espaces ne comptent pas.
webchat-code-switched = Votre conversation continue maintenant avec ce code.
webchat-too-long = Votre message est trop long. Raccourcissez-le ou coupez-le en plusieurs messages.
webchat-slow-down = Vous envoyez des messages très vite. Attendez un moment et réessayez.
webchat-bad-message = Ce message n’a pas pu être compris.
webchat-unsupported = Ce type de message n’est pas pris en charge.
webchat-error = Un problème est survenu. Réessayez dans un moment.
webchat-sending = Envoi…
webchat-not-sent = Non envoyé.
webchat-upload-too-large = Le fichier est trop lourd. Vous pouvez envoyer jusqu’à { $megabytes } Mo.
webchat-upload-type = Ce type de fichier n’est pas accepté. Vous pouvez envoyer une photo, un PDF ou un message vocal.
webchat-upload-failed = Le fichier n’a pas pu être envoyé. Merci de réessayer.
webchat-noscript = Pour utiliser cette conversation, activez JavaScript dans votre navigateur.

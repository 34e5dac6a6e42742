# Hemşehri: the citizen conversation (every channel). French.
# Keys and placeable names are the same in every language; translate the text only.

## Start and language

start-welcome = Bonjour et bienvenue sur Hemşehri 👋 C’est la messagerie des services sociaux de la municipalité, à { $city }. Ici, vous pouvez demander une aide, voir où en sont vos demandes et poser une question à notre équipe.
language-pick = Dans quelle langue voulez-vous échanger ? Vous pouvez la changer à tout moment avec /language.
# $language: the language's own name (e.g. "العربية")
language-set = C’est fait. Désormais, nous vous écrirons dans cette langue : { $language }.
language-kept = Très bien, nous continuons dans cette langue : { $language }.
# $question: the same question, already written in the other language; $language: that language's name in French.
language-switch-ask =
    { $question }

    Votre message semble écrit en { $language }. Voulez-vous que nous continuions dans cette langue ?
# $language: its own name.
language-switch-question = Voulez-vous continuer dans cette langue : { $language } ?
language-switch-yes = ✅ Oui : { $language }
# $language: the current language's own name
language-switch-no = ❌ Non, garder { $language }

## Main menu (a keyboard that stays on screen; each label must be unique)

menu-apply = 📝 Demander une aide
menu-status = 📋 Mes demandes
menu-ask = 💬 Poser une question
menu-language = 🌐 Langue / Language
menu-help = ❓ Aide
menu-prompt = Que voulez-vous faire ? Choisissez dans le menu ci-dessous.

## Common buttons

button-cancel = ✖️ Annuler
button-next = Suivant ▶️
button-previous = ◀️ Précédent
button-share-phone = 📱 Partager mon numéro
phone-type-instead = Vous pouvez aussi taper votre numéro, par exemple 0532 123 45 67.

## Help and cancel

help =
    Voici ce que vous pouvez faire :

    📝 Demander une aide : faire une demande pour l’un des programmes d’aide de la ville (/apply)
    📋 Mes demandes : voir où en sont vos demandes (/status), ou simplement taper votre numéro de dossier
    💬 Poser une question : écrivez votre question, un membre de notre équipe vous répondra (/ask) ; vous pouvez aussi l’écrire directement
    🌐 Langue : changer la langue de la conversation (/language)
    ✖️ Annuler : arrêter ce que vous êtes en train de faire (/cancel)
    🗑️ Effacer mes données : faire effacer tout ce que nous avons sur vous (/forget)

    En cas d’urgence, appelez le 112.
help-in-flow = Vous êtes en train de faire une démarche. Répondez à la question ci-dessous pour continuer, ou tapez /cancel pour arrêter.
cancel-done = Très bien, nous avons arrêté et effacé ce que vous aviez saisi. Vous pouvez recommencer depuis le menu.
cancel-nothing = Il n’y a rien à annuler. Vous pouvez commencer depuis le menu.

## Forget me (/forget)

forget-ask =
    🗑️ Voulez-vous que nous effacions tout ce que nous avons sur vous dans cette conversation ?

    Votre nom, vos numéros de téléphone et d’identité, vos messages et vos documents seront effacés, et vos demandes encore en cours seront annulées. Cette action est définitive. Cela ne change rien aux aides déjà décidées.
forget-yes = 🗑️ Oui, tout effacer
forget-no = ↩️ Non, ne rien effacer
forget-done = C’est fait : nous avons effacé vos informations. Si vous nous écrivez à nouveau, nous repartirons de zéro.
forget-kept = Très bien, rien n’a été effacé.

## Hints when an answer does not fit the question

hint-use-buttons = Merci de choisir l’un des boutons ci-dessous.
hint-type-answer = Merci d’écrire votre réponse dans un message.
hint-not-now = Nous ne pouvons pas utiliser cela ici. Répondez à la question ci-dessous, ou tapez /cancel pour arrêter.

## Other messages

common-sticker = 😊 Merci ! Comment pouvons-nous vous aider ? Choisissez dans le menu ou écrivez votre question.
common-location = Merci, mais nous n’avons pas besoin de votre position. Voici le menu.
common-contact-not-needed = Merci, mais nous n’avons pas besoin de votre numéro de téléphone pour le moment. Nous ne l’avons donc pas gardé. Voici le menu.
common-unsupported = Nous ne pouvons pas lire ce type de message. Écrivez-nous un texte, ou envoyez une photo ou un document.
common-button-expired = Ce bouton ne fonctionne plus. Merci de choisir à nouveau dans le menu.
common-empty = Votre message était vide. Écrivez ce dont vous avez besoin, ou choisissez dans le menu.
common-no-words = 🙂 Comment pouvons-nous vous aider ? Écrivez votre question en quelques mots, ou choisissez dans le menu.
# $command: what the person typed, e.g. "/foo"
common-unknown-command = Nous ne connaissons pas la commande { $command }. Tapez /help pour voir ce que vous pouvez faire.
flood-slow-down = Vous envoyez des messages très vite. Attendez quelques secondes, puis continuez. Nous n’avons pas pu répondre à vos derniers messages. Mais si vous avez une demande en cours, ce que vous avez écrit y a été ajouté.
flow-expired = Ce que vous aviez commencé a été fermé après une longue pause, et ce que vous aviez saisi a été effacé. Vous pouvez recommencer à tout moment.
telegram-private-only = Pour protéger votre vie privée, nous répondons seulement dans une conversation privée. Écrivez-moi directement, s’il vous plaît.

## Input errors in the application

error-file-too-large = Ce fichier est trop lourd. Chaque fichier peut faire { $max } Mo au maximum.
error-file-kind = Merci d’envoyer le document sous forme de photo ou de fichier (par exemple un PDF).
error-too-many-files = Vous pouvez envoyer { $max } fichiers au maximum.
error-neighbourhood-empty = Merci d’écrire le nom de votre quartier.
error-neighbourhood-too-long = Le nom du quartier peut avoir { $max } caractères au maximum. Merci de le raccourcir.
error-household-not-number = Tapez seulement un nombre, par exemple 4.
error-household-range = Tapez un nombre entre { $min } et { $max }.
error-description-empty = Merci de décrire votre situation en quelques mots.
error-description-too-long = Votre texte fait { $given } caractères ; le maximum est de { $max }. Merci de le raccourcir.

## Applying for support

apply-pick-programme = Pour quelle aide voulez-vous faire une demande ? (page { $page } sur { $pages })
# $programme: the programme's name; $description: what it is; $count: how many questions follow
apply-programme-about =
    { $programme }

    { $description }

    { $count ->
        [one] La demande ne prend qu’une courte étape.
        [many] La demande se fait en { $count } courtes étapes.
       *[other] La demande se fait en { $count } courtes étapes.
    }
apply-start = ✅ Commencer ma demande
apply-back = ↩️ Autres programmes
apply-read-programmes = ℹ️ Nos programmes d’aide
apply-programme-gone = Ce programme n’est plus proposé. Merci de choisir à nouveau dans la liste.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 Comment nous traitons vos données personnelles (loi n° 6698 relative à la protection des données personnelles, KVKK ; version de la notice : { $version })

    Responsable du traitement : la municipalité ({ $city }). Pour une demande, nous demandons seulement ce dont le programme choisi a besoin : un numéro de téléphone, votre numéro d’identité, votre district et votre quartier, le nombre de personnes dans votre foyer, quelques mots sur votre situation et, si vous le souhaitez, des photos de documents.

    Nous utilisons ces informations pour étudier votre demande, vous apporter l’aide et vous contacter, dans le cadre des missions d’aide sociale de la municipalité. Votre numéro d’identité est conservé sous forme chiffrée, et le personnel ne le voit que masqué. Seul le personnel municipal autorisé voit vos informations. Elles ne sont transmises à d’autres organismes publics que si la loi l’exige. Elles sont conservées en Türkiye et effacées à la fin de leur durée de conservation.

    N’écrivez pas d’informations sur votre santé dans cette conversation. Si elles sont nécessaires, elles seront recueillies en personne.

    Vous pouvez exercer vos droits prévus à l’article 11 de la loi (savoir quelles données nous avons sur vous, les faire corriger, les faire effacer, etc.) en nous écrivant ici ou en vous adressant à la municipalité.
consent-ask = Avez-vous lu cette notice, et acceptez-vous que les informations que vous donnez soient utilisées pour votre demande ?
consent-agree = ✅ J’ai lu et j’accepte
consent-disagree = ❌ Je n’accepte pas
consent-thanks = Merci. Nous allons maintenant vous poser quelques questions courtes. Vous pouvez arrêter à tout moment avec /cancel.
consent-refused = Nous comprenons. Nous n’avons gardé aucune information personnelle sur vous. Sans votre accord, nous ne pouvons pas prendre de demande dans cette conversation. Mais vous avez d’autres possibilités : lire la présentation de nos programmes, poser une question à un membre de notre équipe, ou faire votre demande en personne dans un centre de services sociaux ou en appelant le 153.

## The application's questions

apply-ask-phone = À quel numéro de téléphone pouvons-nous vous joindre pour cette demande ?
apply-ask-identity = Tapez votre numéro d’identité turc (T.C. Kimlik No, 11 chiffres). Si vous êtes de nationalité étrangère, tapez votre numéro d’identification d’étranger (Yabancı Kimlik No), qui commence par 99. Il figure sur votre document de protection temporaire, de protection internationale ou de permis de séjour.
# $masked: the number with all but four digits hidden, e.g. "10*******46"
apply-identity-noted = Merci, nous avons noté votre numéro d’identité : { $masked }.
apply-identity-warning = Nous avons noté votre numéro d’identité : { $masked }. Ses chiffres de contrôle ne correspondent pas, il y a donc peut-être une faute de frappe. Ce n’est pas grave, un membre de notre équipe le vérifiera avec vous. Vous pouvez aussi le corriger sur le récapitulatif.
apply-identity-again = Pour votre sécurité, merci de taper encore une fois votre numéro d’identité.
apply-ask-district = Dans quel district habitez-vous ? Choisissez dans la liste ou tapez son nom. (page { $page } sur { $pages })
apply-district-suggestions = Vouliez-vous dire l’un de ceux-ci ?
apply-district-all = 📋 Tous les districts
apply-ask-neighbourhood = Dans quel quartier (mahalle) habitez-vous ? Merci d’écrire son nom.
apply-ask-household = Combien de personnes vivent dans votre foyer, vous compris ? Tapez un nombre de { $min } à { $max }.
apply-ask-description = En quelques phrases, décrivez votre situation et ce dont vous avez besoin ({ $max } caractères au maximum). N’écrivez aucune information sur votre santé. Si elle est nécessaire, elle sera recueillie en personne.
apply-ask-documents = Si vous le souhaitez, envoyez des photos ou des fichiers de vos documents utiles ({ $max } fichiers au maximum, 10 Mo maximum chacun). Si vous n’avez rien à envoyer, appuyez sur le bouton.
apply-documents-skip = ⏭️ Continuer sans document
apply-documents-done = ✅ C’est tout, continuer
apply-document-received = Fichier reçu ({ $count } sur { $max }). Envoyez-en un autre, ou continuez.
apply-documents-full = Nous avons reçu { $max } fichiers : c’est le maximum. Continuons.

## Summary and submission

# $details: one line per answer, already written in this language
apply-summary =
    Merci de vérifier votre demande :

    { $details }

    Si tout est correct, appuyez sur « Confirmer et envoyer ». Pour modifier une réponse, appuyez sur son bouton.
apply-summary-programme = Programme : { $programme }
# $value: what the person answered
apply-summary-phone = Téléphone : { $value }
apply-summary-national_id = Numéro d’identité : { $masked }
apply-summary-district = District : { $value }
apply-summary-neighbourhood = Quartier : { $value }
apply-summary-household_size = Personnes dans le foyer : { $count }
apply-summary-description = Votre description : { $value }
apply-summary-documents = Documents : { $count ->
        [0] aucun
        [one] un fichier
        [many] { $count } fichiers
       *[other] { $count } fichiers
    }
apply-summary-missing = (non renseigné)
apply-edit-phone = ✏️ Téléphone
apply-edit-national_id = ✏️ Numéro d’identité
apply-edit-district = ✏️ District
apply-edit-neighbourhood = ✏️ Quartier
apply-edit-household_size = ✏️ Foyer
apply-edit-description = ✏️ Description
apply-edit-documents = ✏️ Documents
apply-confirm = ✅ Confirmer et envoyer
apply-submitted =
    Votre demande a bien été reçue 🎉

    Numéro de dossier : { $reference }
    Programme : { $programme }

    Gardez bien ce numéro. Pour avoir des nouvelles de votre demande, il suffit de nous l’envoyer.
apply-next-days = { $count ->
        [one] Les demandes comme la vôtre sont généralement étudiées dans un délai d’un jour.
        [many] Les demandes comme la vôtre sont généralement étudiées dans un délai de { $count } jours.
       *[other] Les demandes comme la vôtre sont généralement étudiées dans un délai de { $count } jours.
    } Nous vous préviendrons ici à chaque changement de statut.
apply-next-hours = { $count ->
        [one] Les demandes comme la vôtre sont généralement étudiées dans un délai d’une heure.
        [many] Les demandes comme la vôtre sont généralement étudiées dans un délai de { $count } heures.
       *[other] Les demandes comme la vôtre sont généralement étudiées dans un délai de { $count } heures.
    } Nous vous préviendrons ici à chaque changement de statut.

## My applications

status-none = Vous n’avez encore aucune demande. Pour demander une aide, appuyez sur le bouton ci-dessous.
status-list = { $count ->
        [one] Votre dernière demande :
        [many] Vos { $count } dernières demandes :
       *[other] Vos { $count } dernières demandes :
    }
# $status: the status's name; $date: when it last changed; $next: what happens next
status-item =
    📄 { $reference } : { $programme }
    Statut : { $status } (depuis le { $date })
    Prochaine étape : { $next }
status-details = 🔎 Détails
status-reference-hint = Pour voir le détail d’une demande, tapez son numéro de dossier (par exemple 482 913 657).
status-detail =
    📄 Demande { $reference }
    Programme : { $programme }
    Statut : { $status } (depuis le { $date })

    Prochaine étape : { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 Note de notre équipe : { $note }
status-not-found = Nous n’avons trouvé aucune demande avec le numéro { $reference } parmi les vôtres. Vérifiez le numéro et tapez-le à nouveau.

## Questions to staff and answers to “we need more information”

ask-prompt = Écrivez votre question avec vos propres mots. Vous pouvez aussi joindre la photo d’un document. Un membre de notre équipe la lira et vous répondra ici.
ask-attachment-needs-words = Nous avons bien reçu votre fichier. Dites-nous en quelques mots ce dont vous avez besoin, et nous transmettrons les deux à un membre de notre équipe.
ask-attachment-kept = { $count ->
        [one] Nous avons bien reçu votre fichier.
        [many] Nous avons bien reçu vos { $count } fichiers.
       *[other] Nous avons bien reçu vos { $count } fichiers.
    } Maintenant, écrivez votre question en quelques mots.
ask-privacy-note = 🔒 Ce que vous écrivez est lu uniquement par le personnel municipal, pour vous répondre, et reste conservé en Türkiye. N’écrivez pas d’informations sur votre santé.
# $desk: the name of the desk that will answer
ask-received-days = Votre question a été transmise au { $desk }. Numéro de dossier : { $reference }. { $count ->
        [one] Nous répondons généralement dans un délai d’un jour.
        [many] Nous répondons généralement dans un délai de { $count } jours.
       *[other] Nous répondons généralement dans un délai de { $count } jours.
    } La réponse arrivera ici.
ask-received-hours = Votre question a été transmise au { $desk }. Numéro de dossier : { $reference }. { $count ->
        [one] Nous répondons généralement dans un délai d’une heure.
        [many] Nous répondons généralement dans un délai de { $count } heures.
       *[other] Nous répondons généralement dans un délai de { $count } heures.
    } La réponse arrivera ici.
ask-added = Nous avons ajouté votre message à votre demande { $reference }. Un membre de notre équipe le verra.
ask-info-received = Merci ! Nous avons ajouté ce que vous avez envoyé à votre demande { $reference }. Notre équipe va maintenant l’étudier à nouveau.

# Hemşehri: the citizen conversation (every channel). French.
# Keys and placeable names are the same in every language; translate the text only.

## Start and language

# « d’{ $city } » : the city’s name starts with a vowel (İzmir); write « de { $city } » for a city whose name does not.
start-welcome = Bonjour et bienvenue sur Hemşehri 👋 C’est la messagerie des services sociaux de la municipalité d’{ $city }. Ici, vous pouvez demander une aide, voir où en sont vos demandes et poser une question à notre équipe.
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
menu-help = ❓ Mode d’emploi
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

    📝 Demander une aide : faire une demande pour l’un des programmes d’aide de la municipalité (/apply)
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

## Withdrawing an application (My applications)

withdraw-button = ✖️ Retirer
withdraw-ask = Voulez-vous retirer la demande { $reference } ({ $programme }) ? Notre personnel cessera de la traiter. Cela ne supprime aucune des informations que vous nous avez données.
withdraw-yes = ✅ Oui, la retirer
withdraw-no = ↩️ Non, la garder
withdraw-done = La demande { $reference } est retirée. Vous pouvez refaire une demande à tout moment.
withdraw-kept = D’accord, votre demande reste telle quelle.
withdraw-not-possible = Cette demande est déjà close : elle ne peut plus être retirée.
apply-from-question = Notre équipe vous propose de faire une demande pour ce programme. Ce que vous avez écrit dans votre question { $reference } y sera repris : nous ne demanderons que ce qui manque encore.

## Hints when an answer does not fit the question

hint-use-buttons = Merci de choisir l’un des boutons ci-dessous.
hint-type-answer = Merci d’écrire votre réponse dans un message.
hint-not-now = Nous ne pouvons pas utiliser cela ici. Répondez à la question ci-dessous, ou tapez /cancel pour arrêter.
long-text-part = Nous avons reçu un long texte (nombre de caractères jusqu'ici : { $count }). Votre application envoie les longs messages en plusieurs parties : s'il y a une suite, envoyez-la et nous réunirons les parties. Si c'était tout, appuyez sur le bouton.
long-text-done = ✅ C'était tout

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
# « d’{ $city } » as in start-welcome.
privacy-notice =
    🔒 Comment nous traitons vos données personnelles (loi n° 6698 relative à la protection des données personnelles, KVKK ; version de la notice : { $version })

    Responsable du traitement : la municipalité d’{ $city }. Pour une demande, nous demandons seulement ce dont le programme choisi a besoin : un numéro de téléphone, votre numéro d’identité, votre district et votre quartier, le nombre de personnes dans votre foyer, quelques mots sur votre situation et, si vous le souhaitez, des photos de documents.

    Nous utilisons ces informations pour étudier votre demande, vous apporter l’aide et vous contacter, dans le cadre des missions d’aide sociale de la municipalité. Votre numéro d’identité est conservé sous forme chiffrée, et le personnel ne le voit que masqué. Seul le personnel municipal autorisé voit vos informations. Elles ne sont transmises à d’autres organismes publics que si la loi l’exige. Elles sont conservées en Turquie et effacées à la fin de leur durée de conservation.

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
status-reference-hint = Pour voir le détail d’une demande, tapez son numéro de dossier (par exemple 482 913 656).
status-detail =
    📄 Demande { $reference }
    Programme : { $programme }
    Statut : { $status } (depuis le { $date })

    Prochaine étape : { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 Note de notre équipe : { $note }
status-not-found = Nous n’avons trouvé aucune demande avec le numéro { $reference } parmi les vôtres. Vérifiez le numéro et tapez-le à nouveau.
# A status asked for from a channel the application was not made on: the second factor (handlers.status_check)
status-check-ask = Nous n’avons pas trouvé la demande { $reference } parmi celles faites depuis ce compte. Si elle a été faite depuis un autre téléphone ou compte, tapez les quatre derniers chiffres du numéro de téléphone indiqué dans la demande : nous vous dirons où elle en est. Si vous vous êtes trompé de numéro, tapez-le à nouveau.
status-check-detail =
    📄 Demande { $reference }
    Statut : { $status }

    Prochaine étape : { $next }
status-check-mismatch = Ces chiffres ne correspondent pas à une demande numéro { $reference }, ou aucune demande ne porte ce numéro. Pour réessayer, tapez à nouveau le numéro de dossier.
status-check-locked = Trop de mauvaises réponses ont été données pour cette demande ou depuis cette conversation : pour votre sécurité, nous ne pouvons pas répondre pendant un moment. Réessayez demain, ou écrivez depuis le téléphone ou le compte avec lequel vous avez fait la demande.
# Where am I in the queue (handlers.queue_place): a place in line and an expected wait, never a promise
queue-place = Votre demande { $reference } est en position { $position } dans la file des demandes dans votre langue qui attendent ce service ({ $desk }).
queue-estimate-hours = Au rythme des derniers jours, vous pouvez attendre une réponse dans un délai approximatif (en heures) de { $low } à { $high }. C’est une estimation, pas une promesse.
queue-estimate-days = Au rythme des derniers jours, vous pouvez attendre une réponse dans un délai approximatif (en jours) de { $low } à { $high }. C’est une estimation, pas une promesse.
queue-no-estimate = Trop peu de demandes de cette file ont reçu une réponse ces derniers jours pour estimer l’attente. Nous vous préviendrons ici dès que son statut changera.
queue-in-hand = Un membre de notre équipe s’occupe déjà de votre demande { $reference }.
queue-none = Aucune de vos demandes n’attend dans la file en ce moment. Pour voir leur statut, utilisez « Mes demandes ».

## Questions to staff and answers to “we need more information”

ask-prompt = Écrivez votre question avec vos propres mots. Vous pouvez aussi joindre la photo d’un document. Un membre de notre équipe la lira et vous répondra ici.
ask-attachment-needs-words = Nous avons bien reçu votre fichier. Dites-nous en quelques mots ce dont vous avez besoin, et nous transmettrons les deux à un membre de notre équipe.
ask-attachment-kept = { $count ->
        [one] Nous avons bien reçu votre fichier.
        [many] Nous avons bien reçu vos { $count } fichiers.
       *[other] Nous avons bien reçu vos { $count } fichiers.
    } Maintenant, écrivez votre question en quelques mots.
question-notice =
    🔒 Comment nous traitons vos données personnelles (loi n° 6698 relative à la protection des données personnelles, KVKK ; version de la notice : { $version })

    La municipalité de { $city } conserve votre question, les fichiers que vous envoyez et l’adresse de cette conversation, afin que notre équipe puisse vous répondre ici. Ce que vous écrivez est lu uniquement par le personnel municipal, pour vous répondre, et reste conservé en Turquie. N’écrivez pas d’informations sur votre santé.

    Vous pouvez exercer vos droits prévus à l’article 11 de la loi (savoir quelles données nous avons sur vous, les faire corriger, les faire effacer, etc.) en nous écrivant ici ou en vous adressant à la municipalité.
question-notice-ask = Transmettons-nous votre question à notre équipe dans ces conditions ?
question-notice-agree = ✅ Oui, envoyez-la
question-notice-decline = ❌ Non, merci
question-notice-declined = D’accord : nous n’avons pas gardé votre question. Vous pouvez toujours lire la présentation de nos programmes, vous rendre dans un centre de services sociaux ou appeler le 153.
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
ask-which = Ce message concerne laquelle de vos demandes ? Choisissez ci-dessous.
ask-which-item = 📄 { $programme } · { $reference }
ask-which-new = ✏️ Autre question

## Safeguarding (see en/bot.ftl for what each message is for)
safeguarding-in-language = { $help }
safeguarding-help-self_harm = Merci de nous l’avoir dit, vous avez bien fait. Si vous risquez de vous faire du mal maintenant, appelez le 112 : l’appel est gratuit, jour et nuit. Si vous le pouvez, restez près d’une personne de confiance.
safeguarding-help-medical_emergency = C’est peut-être une urgence : appelez tout de suite le 112 pour une ambulance. L’appel est gratuit depuis n’importe quel téléphone.
safeguarding-help-violence = Merci de nous l’avoir dit ; ce qui vous arrive n’est pas de votre faute. Si vous êtes en danger maintenant, appelez le 112 (ou le 155, la police). Vous pouvez aussi appeler le 183, la ligne gratuite de soutien social pour les femmes, les enfants, les personnes âgées et handicapées. KADES est l’application de la police pour les femmes en danger.
safeguarding-help-child_at_risk = Si un enfant est en danger maintenant, appelez le 112. Vous pouvez aussi appeler le 183, la ligne gratuite de soutien social pour les enfants et les familles.
safeguarding-help-trafficking = Si vous êtes en danger maintenant, appelez le 112 (ou le 155, la police). YİMER, au 157, aide les étrangers en plusieurs langues, y compris les personnes forcées à travailler ou retenues contre leur gré. La ligne de conseil du HCR (UNHCR) peut aussi vous orienter.
safeguarding-help-no_shelter =
    { $programme ->
        [none] Si vous n’avez pas d’endroit sûr où dormir ce soir, notre personnel cherchera une solution avec vous au plus vite. Si vous êtes en danger, appelez le 112.
       *[other] Si vous n’avez pas d’endroit sûr où dormir ce soir, le programme de la municipalité « { $programme } » peut vous aider, et notre personnel vous contactera au plus vite. Si vous êtes en danger, appelez le 112.
    }
safeguarding-help-detention = Si vous ou un membre de votre famille avez été arrêté ou risquez l’expulsion : YİMER, au 157, répond aux étrangers en plusieurs langues, et la ligne de conseil du HCR (UNHCR) peut vous renseigner sur vos droits.
safeguarding-help-foreigners = Pour les étrangers : YİMER, au 157, répond en plusieurs langues, et la ligne de conseil du HCR (UNHCR) peut aussi vous orienter.
safeguarding-passed-on = Nous avons transmis votre message à notre personnel comme urgent (référence { $reference }). Vous pouvez continuer à nous écrire ici.

## Comprendre les messages libres, et la question de la langue quand nous ne sommes pas sûrs

# Posée quand nous ne savons pas dans quelle langue est un message ; affichée dans la plus probable des langues possibles.
language-choose-question = Dans quelle langue voulez-vous continuer ? Choisissez ci-dessous.
# $question : language-choose-question, déjà écrit dans cette langue
language-choose-ask =
    { $question }

    Nous n’avons pas pu savoir dans quelle langue votre message est écrit. Veuillez choisir une langue ci-dessous.
language-choose-other = 🌐 Une autre langue
intent-greeting = Bonjour 👋 Comment pouvons-nous vous aider ? Choisissez dans le menu ci-dessous ou écrivez votre question.
intent-thanks = Je vous en prie 🙂 Si vous avez besoin d’autre chose, le menu est ci-dessous.

## A programme's own questions (core/catalogue.toml) and the applicant's full name

apply-ask-full-name = Quel est votre nom complet ? Écrivez-le sur une ligne, tel qu'il figure sur vos documents.
apply-summary-full_name = Nom complet : { $value }
apply-edit-full_name = ✏️ Nom complet
apply-question-more = C'est noté ({ $count }/{ $max }). Vous pouvez écrire la suivante, ou appuyer sur le bouton si c'est tout.
apply-question-done = ✅ C'est tout, continuer
apply-question-again = ✏️ Réécrire
apply-summary-answer = { $label } : { $value }
apply-edit-answer = ✏️ { $label }
apply-answer-yes = ✅ Oui
apply-answer-no = ❌ Non
question-child_birth_dates = Quelle est la date de naissance de votre enfant de moins de cinq ans ? Écrivez-la sous la forme jour.mois.année, par exemple 15.03.2023. Si vous avez plusieurs enfants, envoyez les dates une par une.
    .label = Dates de naissance des enfants
question-child_birth_dates-over = Votre enfant né le { $date } a cinq ans ou plus ; Süt Kuzusu est pour les enfants de moins de cinq ans. Nous avons noté cette date, mais elle ne compte pas pour ce programme.
question-child_birth_dates-none = D'après les dates que vous avez écrites, aucun de vos enfants n'a moins de cinq ans : nous ne pouvons donc pas prendre de demande Süt Kuzusu. Nous en sommes désolés. Si vous vous êtes trompé de date, vous pouvez la réécrire. Une autre aide, comme un colis alimentaire ou un colis petit-déjeuner, peut convenir à votre famille : vous pouvez consulter les programmes ou nous poser une question.
question-income_band = Quel est le revenu mensuel total de votre foyer ? Comptez les salaires, les pensions et les aides que vous recevez.
    .label = Revenu mensuel du foyer
question-income_band-none = Aucun revenu
question-income_band-below_half = Moins de la moitié du salaire minimum
question-income_band-below_minimum = Jusqu'au salaire minimum
question-income_band-above_minimum = Plus que le salaire minimum
question-rent_amount = Combien de livres payez-vous de loyer par mois ? Écrivez seulement le nombre, par exemple 8500.
    .label = Loyer mensuel (TL)
question-landlord_name = Quel est le nom complet de votre propriétaire ?
    .label = Propriétaire
question-landlord_phone_known = Connaissez-vous le numéro de téléphone de votre propriétaire ?
    .label = Téléphone du propriétaire connu
question-landlord_phone = Écrivez le numéro de téléphone de votre propriétaire.
    .label = Téléphone du propriétaire
question-school = Comment s'appelle l'école de l'élève ?
    .label = École
question-grade = En quelle classe est l'élève ? Écrivez un nombre de 1 à 12.
    .label = Classe

## The documents a programme needs (core/catalogue.toml documents_needed)

apply-documents-needed =
    Pendant la demande, nous vous demanderons une photo de ces documents ; préparez-les dès maintenant :
    { $documents }
    Ce que vous n'avez pas maintenant, vous pourrez aussi l'apporter au guichet plus tard.
apply-ask-document = Document { $count }/{ $max } : { $document }. Envoyez-en une photo ou un fichier (10 Mo au plus). Si vous ne l'avez pas maintenant, appuyez sur le bouton.
apply-document-next = ⏭️ Document suivant
apply-document-later = ⏭️ Je ne l'ai pas maintenant
apply-documents-finish = ✅ C'est tout pour les documents, continuer
apply-summary-document-sent = ✅ { $document } (fichiers envoyés : { $count })
apply-summary-document-missing = ❌ { $document } : non envoyé ; vous pouvez aussi l'apporter au guichet.
document-identity_card = Carte d'identité
document-address_certificate = Certificat d'adresse (depuis e-Devlet)
document-income_proof = Justificatif de revenus du foyer (fiche de paie ou attestation de pension)
document-child_birth_certificate = Extrait d'état civil de l'enfant
document-rent_contract = Contrat de location
document-pension_document = Document de retraite
document-water_bill = Dernière facture d'eau
document-wheelchair_photo = Photo du fauteuil roulant

command-start = Accueil et choix de la langue
command-apply = Demander une aide de la municipalité
command-status = Où en sont vos demandes
command-ask = Poser une question à notre équipe
command-language = Changer la langue de la conversation
command-help = Mode d’emploi
command-cancel = Arrêter ce que vous êtes en train de faire
command-forget = Faire effacer tout ce que nous avons sur vous

## A phone of one's own, someone else's, or none

apply-phone-own = 📱 Mon propre numéro
apply-phone-relative = 👪 Le numéro d'un proche
apply-phone-neighbour = 🏠 Le numéro d'un voisin
apply-phone-none = 🚫 Je n'ai pas de téléphone
apply-ask-phone-relative = Écrivez le numéro de téléphone d'un proche qui peut vous transmettre nos messages. Nos agents verront que ce numéro est celui d'un proche.
apply-ask-phone-neighbour = Écrivez le numéro de téléphone d'un voisin qui peut vous transmettre nos messages. Nos agents verront que ce numéro est celui d'un voisin.
apply-phone-none-noted = Pas de souci. Nous écrirons toutes les nouvelles de votre demande ici, dans cette conversation.
apply-phone-none-webchat = Pas de souci. Nous écrirons toutes les nouvelles de votre demande dans cette conversation. Gardez votre code de conversation pour y revenir plus tard ou depuis un autre appareil : { $code }
apply-summary-phone-relative = Téléphone (d'un proche) : { $value }
apply-summary-phone-neighbour = Téléphone (d'un voisin) : { $value }
apply-summary-phone-none = Téléphone : aucun ; les nouvelles seront écrites dans cette conversation

## A number typed in the web chat, verified by a code sent by SMS
apply-code-sent = Nous avons envoyé un code à 6 chiffres à ce numéro (qui se termine par { $ending }). Tapez le code ici : ainsi nous savons que le numéro est le vôtre, et nous pourrons aussi vous joindre par d'autres canaux.
apply-code-again = Renvoyer le code
apply-code-skip = Continuer sans code
apply-code-expired = Ce code a expiré. Demandez-en un nouveau, ou continuez sans code.
apply-code-wrong = Ce code ne correspond pas. Réessayez ({ $left } essais restants).
apply-code-too-many = Le code ne correspondait pas plusieurs fois. Nous avons gardé votre numéro tel que vous l'avez tapé ; continuons votre demande.
apply-code-ok = Merci, votre numéro est vérifié.

# Hemşehri: names and messages owned by the request service (core/). French.
# Keys and placeable names are the same in every language; translate the text only.

## This language

language-name = Français

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = Aide financière pour les foyers dans le besoin
    .description = De l’argent versé aux familles qui ont peu ou pas de revenus, pour les aider dans les dépenses de tous les jours. Le montant dépend de la situation de votre foyer.
programme-food_package = Colis alimentaire
    .description = Un colis d’aliments de base (riz, pâtes, huile, légumes secs…) pour les familles qui n’ont pas les moyens de se nourrir suffisamment.
programme-milk_for_children = Lait pour les enfants de moins de 5 ans (Süt Kuzusu)
    .description = Des livraisons régulières de lait pour les enfants de moins de cinq ans, pour qu’ils grandissent en bonne santé.
programme-hot_meals = Repas chauds des cuisines solidaires de la ville
    .description = Un repas chaud chaque jour, préparé par les cuisines solidaires de la municipalité. Vous venez le chercher, ou il est apporté à domicile si vous ne pouvez pas sortir.
programme-medical_supplies = Matériel médical
    .description = Du matériel comme des protections contre l’incontinence ou un lit médicalisé, pour les personnes qui en ont besoin à la maison. Les questions de santé se discutent en personne, jamais dans cette conversation.
programme-wheelchair_repair = Entretien et réparation des fauteuils roulants
    .description = Entretien et réparation gratuits des fauteuils roulants et des scooters électriques pour personnes à mobilité réduite.
programme-accessible_transport = Transport adapté pour les personnes handicapées
    .description = Un trajet dans un véhicule adapté vers un hôpital, une école ou un rendez-vous administratif.
programme-stationery_set = Kit de fournitures scolaires
    .description = Des cahiers, des stylos et d’autres fournitures scolaires pour les élèves de familles dans le besoin.
programme-exam_prep_centre = Cours gratuits de préparation aux examens
    .description = Des cours gratuits dans les centres d’études de la municipalité, pour préparer les examens d’entrée au lycée et à l’université.
programme-rent_support = Aide au loyer
    .description = Une aide pour les familles qui ne peuvent pas payer leur loyer et risquent de perdre leur logement.
programme-water_discount_retirees = Réduction sur la facture d’eau pour les retraités
    .description = Une réduction sur la facture d’eau pour les retraités qui touchent une petite pension.
programme-mother_solidarity_card = Carte Solidarité Mères : crédit pour les achats
    .description = Une carte rechargée chaque mois pour les mères de jeunes enfants, pour acheter le nécessaire.
programme-winter_fuel = Charbon pour le chauffage en hiver
    .description = Des sacs de charbon pour se chauffer en hiver, pour les logements chauffés avec un poêle.
programme-breakfast_package = Colis petit-déjeuner
    .description = Un colis de produits pour le petit-déjeuner (fromage, olives, œufs, confiture…) pour les familles dans le besoin.
programme-funeral_support = Aide pour les obsèques
    .description = Une aide pour organiser les obsèques et en payer les frais, pour les familles qui ont perdu un proche. Nous répondons en urgence.
programme-emergency_shelter = Hébergement d’urgence pour les personnes à la rue
    .description = Un lit, un repas et un endroit chaud pour les personnes qui n’ont nulle part où dormir ce soir. Nous répondons en urgence.
programme-supported_employment = Aide pour trouver un emploi
    .description = Une aide pour trouver du travail : mise en relation avec des employeurs, formations et conseils pour les personnes qui cherchent un emploi.
programme-refugee_desk_question = Question au Bureau des réfugiés
    .description = Les questions des réfugiés et des résidents étrangers, avec une réponse dans leur langue : statut de protection, séjour, documents et services de la municipalité.
programme-general_question = Question générale ou réclamation
    .description = Toute autre question, suggestion ou réclamation sur les services sociaux de la municipalité.

## Desks: the teams that answer

desk-social_aid = Service de l’aide sociale
desk-refugee_desk = Bureau des réfugiés
desk-disability_services = Service des personnes handicapées
desk-education = Service de l’éducation
desk-employment = Service de l’emploi
desk-contact_centre = Centre de contact

## Statuses of a request: the name, and `.next`, what happens next

status-received = Reçue
    .next = Votre demande est dans la file d’attente. Un membre de notre équipe va bientôt l’examiner.
status-in_review = En cours d’examen
    .next = Un membre de notre équipe examine votre demande. Nous vous contacterons si nous avons besoin de quelque chose.
status-needs_info = En attente de vos informations
    .next = Il nous faut plus d’informations ou un document de votre part. Écrivez-le ici, ou envoyez-en une photo.
status-approved = Acceptée
    .next = Votre demande a été acceptée. Nous vous dirons quand et comment vous recevrez l’aide.
status-ready = Prête
    .next = Votre aide est prête, à retirer ou à livrer. Nous vous enverrons les détails.
status-delivered = Remise
    .next = Vous avez reçu l’aide. Si vous avez besoin d’autre chose, vous pouvez faire une nouvelle demande.
status-rejected = Non acceptée
    .next = Nous n’avons pas pu accepter cette demande. Vous pouvez nous écrire pour savoir pourquoi.
status-cancelled = Annulée
    .next = Cette demande a été annulée, comme vous l’avez souhaité. Vous pouvez faire une nouvelle demande à tout moment.
status-closed = Clôturée
    .next = Nous avons répondu à votre question et l’avons clôturée. Si vous avez une nouvelle question, écrivez-la simplement ici.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = Du nouveau sur votre demande { $reference } ({ $programme }) : son statut est maintenant « { $status } ».
notify-moved = Votre demande { $reference } est désormais traitée par { $desk }, au titre de « { $programme } ». Vous n’avez rien à faire : nous vous écrirons ici.
notify-invited = À propos de votre question { $reference } : notre équipe vous propose de faire une demande pour « { $programme } ». Écrivez-nous ici : nous ne demanderons que ce qui manque encore.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Notre équipe vous a envoyé un document : vous pouvez le voir dans votre conversation avec nous, ou le demander à notre bureau.
notify-machine-translated = (Ce message a été traduit automatiquement à partir du texte de notre équipe.)
# $note: the note staff wrote for the person
notify-public-note = Note de notre équipe : { $note }
# $text: what staff wrote
notify-staff-reply =
    Un membre de notre équipe a répondu au sujet de votre demande { $reference } :

    { $text }

## Errors: the person's input

error-move-same = La demande relève déjà de ce programme.
error-move-kind = Une question ne peut aller que vers un autre programme de questions, et une demande d’aide que vers un autre programme d’aide.
error-move-final = Une demande close ne peut pas être déplacée.
error-translation-failed = Le service de traduction n’a pas répondu ; votre réponse n’a pas été envoyée. Réessayez, ou utilisez une réponse toute prête dans la langue de la personne.
error-unexpected = Nous sommes désolés, un problème est survenu de notre côté. Réessayez dans un moment. Si cela se reproduit, tapez /cancel pour tout recommencer.
error-not-found = Nous n’avons pas trouvé ce que vous cherchiez.
error-invalid-input = Cela ne semble pas correct. Merci de vérifier et de réessayer.
error-field-missing = Une information manque ({ $field }).
error-phone-invalid = Ce numéro de téléphone ne semble pas valide. Tapez-le avec l’indicatif, par exemple 0532 123 45 67 ou +90 532 123 45 67.
error-district-unknown = Nous n’avons trouvé aucun district avec ce nom.
error-identity-invalid = Ce numéro d’identité n’est pas valide.
error-identity-not-digits = Un numéro d’identité contient seulement des chiffres. Tapez votre numéro à 11 chiffres.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] Un numéro d’identité a 11 chiffres ; vous en avez tapé { $given }.
        [many] Un numéro d’identité a 11 chiffres ; vous en avez tapé { $given }.
       *[other] Un numéro d’identité a 11 chiffres ; vous en avez tapé { $given }.
    }
error-identity-protection-number = Un numéro qui commence par 98 est le numéro personnel du document de protection temporaire. Ce n’est pas celui dont nous avons besoin. Tapez le numéro d’identification d’étranger qui figure sur le même document : il commence par 99.
error-identity-leading-zero = Un numéro d’identité ne commence jamais par 0. Merci de vérifier.
error-identity-checksum = Nous n’avons pas pu vérifier ce numéro d’identité ; un chiffre est peut-être mal tapé. Regardez votre carte d’identité et tapez-le à nouveau.
error-reference-invalid = Ce numéro de dossier n’est pas valide.
error-reference-not-digits = Un numéro de dossier contient seulement des chiffres.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = Un numéro de dossier a { $expected } chiffres ; vous en avez tapé { $given }. Merci de vérifier.
error-reference-check-digit = Un chiffre de ce numéro semble mal tapé (le dernier chiffre, qui sert de contrôle, ne correspond pas). Vérifiez le numéro et tapez-le à nouveau.
error-request-not-found = Nous n’avons trouvé aucune demande à votre nom avec ce numéro.
error-consent-missing = Pour que nous puissions prendre une demande, vous devez d’abord accepter la notice sur la protection des données.
# $code: the programme code that was not found
error-programme-unknown = Il n’existe pas de programme « { $code } ».

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = Une demande ne peut pas passer de « { $current } » à « { $target } ».
error-transition-not-yours = Vous ne pouvez pas faire ce changement ({ $current } → { $target }).
error-forbidden = Vous n’avez pas l’autorisation de faire cela.
error-configuration = Il y a une erreur dans les paramètres. Merci de prévenir l’administrateur.
error-reply-empty = Impossible d’envoyer une réponse vide.
error-note-empty = Impossible d’ajouter une note vide.
error-not-your-claim = Cette demande ne vous est pas attribuée.
error-search-empty = La recherche est vide : tapez une référence, un téléphone, un numéro d’identité ou un nom.
error-search-too-long = Une recherche compte au plus { $max } caractères.
error-search-number = Ce nombre ne ressemble ni à une référence, ni à un téléphone, ni à un numéro d’identité.
error-claim-not-waiting = Cette demande n'attend pas dans la file ; elle ne peut pas être prise.
error-claim-language = Cette demande attend un agent qui lit sa langue ; une fois le délai d'attente passé, tout agent du guichet pourra la prendre.
error-supervisor-only = Seuls les superviseurs peuvent faire cela.
error-reveal-limit = Vous pouvez voir au plus { $limit } numéros en entier par heure ; réessayez plus tard.
error-report-period = Choisissez une période dont le dernier jour n'est pas avant le premier, d'un an au plus.
error-staff-disabled = Ce compte du personnel est désactivé.
error-erase-needs-reason = L’effacement demande un motif et une confirmation.
error-erase-other-desks = Cette personne a aussi des demandes auprès d’autres guichets ; un administrateur doit effectuer l’effacement.
error-agent-not-on-desk = Ce membre du personnel ne travaille pas dans ce service.
error-capacity-invalid = La capacité doit être un nombre entier de 1 à { $max }.
error-token-invalid = Ce jeton d’API n’est pas valide ou a expiré.
# $role: the role that was asked for
error-role-unknown = Rôle inconnu : { $role }.
# $minimum: the shortest length allowed
error-password-too-short = Un mot de passe doit contenir au moins { $minimum } caractères.
error-password-weak = Ce mot de passe se devine facilement : ni un même morceau répété, ni une suite de caractères voisins, ni le nom d’utilisateur.
# $username: the name asked for
error-username-taken = Le nom d’utilisateur « { $username } » est déjà pris.
error-staff-unknown = Ce compte du personnel n’existe pas.
error-login-failed = Nom d’utilisateur ou mot de passe incorrect.
error-login-locked = Trop de tentatives échouées : ce compte est bloqué pendant un moment. Réessayez plus tard.
error-login-slow = Trop de tentatives sur ce compte en ce moment ; attendez quelques secondes et réessayez.
error-busy = Le service est très sollicité en ce moment ; réessayez dans un instant.
error-session-invalid = Votre session n’est pas valide. Merci de vous reconnecter.
error-session-expired = Votre session a expiré. Merci de vous reconnecter.
error-canned-unknown = Cette réponse type n’existe pas.
error-canned-default-missing = Une réponse type doit avoir un texte dans la langue par défaut.
error-tag-invalid = Une étiquette compte de 1 à { $max } caractères.
error-saved-filters-full = Vous pouvez enregistrer au plus { $limit } filtres.
error-announcement-empty = Une annonce doit avoir un texte dans au moins une langue.
error-announcement-fallback-missing = Pour envoyer le texte de la langue par défaut aux personnes dont la langue n’a pas de texte, écrivez un texte dans la langue par défaut.
error-safeguarding-reason-missing = Indiquez la raison de votre décision.
# $max: a number of characters
error-safeguarding-reason-too-long = La raison peut compter au plus { $max } caractères.
error-safeguarding-not-flagged = Cette demande n’a pas de signalement de protection.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Écrivez votre réponse en quelques mots.
error-answer-too-long = Vous avez écrit { $given } caractères ; { $max } au plus tiennent. Raccourcissez, s'il vous plaît.
error-answer-not-number = Écrivez seulement un nombre (de { $min } à { $max }).
error-answer-number-range = Écrivez un nombre de { $min } à { $max }.
error-answer-date = Nous n'avons pas pu lire cette date. Écrivez-la sous la forme jour.mois.année, par exemple 15.03.2023.
error-answer-date-future = Cette date n'est pas encore arrivée. Vérifiez-la et réécrivez-la.

notify-verify-code = Votre code Hemşehri : { $code }. Ne le communiquez à personne.
error-webhook-url-invalid = Indiquez une adresse http:// ou https:// sans nom d’utilisateur ni mot de passe.
error-webhook-url-private = Cette adresse est sur ce serveur ou dans un réseau privé : les webhooks ne vont qu’à des adresses publiques.
error-webhook-events-invalid = Choisissez au moins un événement.
error-webhook-unknown = Cette cible de webhook n’existe pas.

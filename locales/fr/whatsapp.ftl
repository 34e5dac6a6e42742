# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button. French.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Choisir
whatsapp-menu-button = Menu
whatsapp-menu-prompt = Appuyez sur le bouton ci-dessous pour ouvrir le menu principal.
whatsapp-choose-prompt = Faites votre choix ci-dessous.
whatsapp-more = ➡️ Plus de choix
whatsapp-own-phone = Utiliser ce numéro
whatsapp-phone-hint = Vous pouvez taper votre numéro, ou appuyer sur le bouton ci-dessous pour utiliser ce numéro WhatsApp.
whatsapp-list-expired = Cette liste n’est plus disponible. Merci d’écrire votre choix.
whatsapp-error-unexpected = Un problème est survenu. Réessayez dans un petit moment.

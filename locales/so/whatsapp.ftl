# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button. Somali.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Dooro
whatsapp-menu-button = Liiska
whatsapp-menu-prompt = Riix badhanka hoose si aad u furto liiska ugu weyn.
whatsapp-choose-prompt = Fadlan hoos ka dooro.
whatsapp-more = ➡️ Doorashooyin kale
whatsapp-own-phone = Isticmaal lambarkan
whatsapp-phone-hint = Waxaad qori kartaa lambarkaaga, ama riix badhanka hoose si aad u isticmaasho lambarkan WhatsApp-ka.
whatsapp-list-expired = Liiskan hadda lama heli karo. Fadlan qor doorashadaada.
whatsapp-error-unexpected = Wax baa khaldamay. Fadlan mar kale isku day wax yar kadib.

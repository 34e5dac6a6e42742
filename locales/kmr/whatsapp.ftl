# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Hilbijêrin
whatsapp-menu-button = Menû
whatsapp-menu-prompt = Ji bo menûya sereke, bişkoka jêrîn bitikînin.
whatsapp-choose-prompt = Ji kerema xwe ji jêr hilbijêrin.
whatsapp-more = ➡️ Vebijarkên din
whatsapp-own-phone = Vê hejmarê hilbijêre
whatsapp-phone-hint = Hûn dikarin hejmara xwe binivîsin, an jî bişkoka jêrîn bitikînin da ku vê hejmara WhatsAppê bi kar bînin.
whatsapp-list-expired = Ev lîste êdî ne derbasdar e. Ji kerema xwe bijartina xwe binivîsin.
whatsapp-error-unexpected = Pirsgirêkek derket. Ji kerema xwe piştî demekê dîsa biceribînin.

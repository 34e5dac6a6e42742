# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = وټاکئ
whatsapp-menu-button = مېنو
whatsapp-menu-prompt = د اصلي مېنو لپاره لاندې تڼۍ کېکاږئ.
whatsapp-choose-prompt = مهرباني وکړئ له لاندې څخه وټاکئ.
whatsapp-more = ⬅️ نور انتخابونه
whatsapp-own-phone = همدا شمېره وکاروئ
whatsapp-phone-hint = خپله شمېره لیکلای شئ، یا د همدې WhatsApp شمېرې د کارولو لپاره لاندې تڼۍ کېکاږئ.
whatsapp-list-expired = دا لست نور نشته. مهرباني وکړئ خپل انتخاب ولیکئ.
whatsapp-error-unexpected = یوه ستونزه پېښه شوه. مهرباني وکړئ لږ وروسته بیا هڅه وکړئ.

# WhatsApp only: it has no persistent keyboard and shows long option lists behind a button.
# Limits: the *-button and whatsapp-own-phone labels at most 20 characters, whatsapp-more at most 24.

whatsapp-list-button = Seçiniz
whatsapp-menu-button = Menü
whatsapp-menu-prompt = Ana menü için aşağıdaki düğmeye dokunun.
whatsapp-choose-prompt = Lütfen aşağıdan seçin.
whatsapp-more = ➡️ Daha fazla seçenek
whatsapp-own-phone = Bu numarayı kullan
whatsapp-phone-hint = Numaranızı yazabilir ya da bu WhatsApp numarasını kullanmak için aşağıdaki düğmeye dokunabilirsiniz.
whatsapp-list-expired = Bu liste artık geçerli değil. Lütfen seçiminizi yazarak gönderin.
whatsapp-error-unexpected = Bir sorun oluştu. Lütfen biraz sonra yeniden deneyin.

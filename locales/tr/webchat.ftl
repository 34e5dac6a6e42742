# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = { $city } Sosyal Hizmetler
webchat-messages-label = Mesajlar
webchat-speaker-city = Sosyal Hizmetler:
webchat-speaker-you = Siz:
webchat-input-label = Mesajınız
webchat-input-placeholder = Mesajınızı yazın…
webchat-send = Gönder
webchat-attach = Dosya ekle
webchat-attach-hint = Fotoğraf, PDF ya da ses kaydı; en fazla { $megabytes } MB.
webchat-menu-label = Ana menü
webchat-phone-label = Telefon numaranız
webchat-phone-send = Numaramı gönder
webchat-connecting = Bağlanıyor…
webchat-reconnecting = Bağlantı koptu. Yeniden bağlanıyor…
webchat-code-title = Sohbet kodunuz
webchat-code-help = Bu kodla sohbetinize başka bir cihazdan devam edebilirsiniz. Kodu saklayın ve kimseyle paylaşmayın: kodu bilen herkes bu sohbeti okuyabilir.
webchat-code-copy = Kodu kopyala
webchat-code-copied = Kod kopyalandı.
webchat-code-use-label = Başka bir cihazdaki sohbet kodunuz
webchat-code-use = Bu kodla devam et
webchat-code-invalid = Bu bir sohbet kodu değil. Kod, 0–9 rakamları ve a–f harflerinden oluşan 32 karakterdir; tire ve boşluklar önemli değildir.
webchat-code-switched = Sohbetiniz artık bu kodla devam ediyor.
webchat-too-long = Mesajınız çok uzun. Lütfen kısaltın ya da birkaç mesaja bölün.
webchat-slow-down = Çok hızlı mesaj gönderiyorsunuz. Lütfen biraz bekleyip yeniden deneyin.
webchat-bad-message = Bu mesaj anlaşılamadı.
webchat-unsupported = Bu tür mesajlar desteklenmiyor.
webchat-error = Bir sorun oluştu. Lütfen biraz sonra yeniden deneyin.
webchat-sending = Gönderiliyor…
webchat-not-sent = Gönderilemedi.
webchat-upload-too-large = Dosya çok büyük. En fazla { $megabytes } MB gönderebilirsiniz.
webchat-upload-type = Bu dosya türü kabul edilmiyor. Fotoğraf, PDF ya da ses kaydı gönderebilirsiniz.
webchat-upload-failed = Dosya gönderilemedi. Lütfen yeniden deneyin.
webchat-noscript = Bu sohbet için tarayıcınızda JavaScript açık olmalıdır.

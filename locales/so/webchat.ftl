# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues). Somali.
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = Adeegyada Bulshada ee { $city }
webchat-messages-label = Fariimaha
webchat-speaker-city = Adeegyada Bulshada:
webchat-speaker-you = Adiga:
webchat-input-label = Fariintaada
webchat-input-placeholder = Qor fariintaada…
webchat-send = Dir
webchat-attach = Ku lifaaq fayl
webchat-attach-hint = Sawir, PDF ama cod la duubay; ilaa { $megabytes } MB.
webchat-menu-label = Liiska ugu weyn
webchat-phone-label = Lambarka taleefankaaga
webchat-phone-send = Dir lambarkayga
webchat-connecting = Waa la isku xirayaa…
webchat-reconnecting = Xiriirkii waa go'ay. Mar kale ayaa la isku xirayaa…
webchat-code-title = Koodhka wada-sheekaysigaaga
webchat-code-help = Koodhkan waxaad ku sii wadan kartaa wada-sheekaysigaaga qalab kale. Kaydi, qofna ha la wadaagin: qof kasta oo haysta koodhka wuu akhrin karaa wada-sheekaysigan.
webchat-code-copy = Koobiyee koodhka
webchat-code-copied = Koodhka waa la koobiyeeyay.
webchat-code-use-label = Koodhka wada-sheekaysigaaga ee qalabka kale
webchat-code-use = Ku sii wad koodhkan
webchat-code-invalid = Tani ma aha koodh wada-sheekaysi. Koodhku waa 32 xaraf: tirooyinka 0–9 iyo xarfaha a–f. Xariiqyada iyo meelaha bannaan muhiim ma aha.
webchat-code-switched = Wada-sheekaysigaagu hadda wuxuu ku socdaa koodhkan.
webchat-too-long = Fariintaadu aad bay u dheer tahay. Fadlan soo gaabi ama u kala qaybi dhowr fariimood.
webchat-slow-down = Fariimo aad u dhaqso badan ayaad soo diraysaa. Fadlan wax yar sug oo mar kale isku day.
webchat-bad-message = Fariintan lama fahmi karin.
webchat-unsupported = Nooca fariintan lama taageero.
webchat-error = Wax baa khaldamay. Fadlan mar kale isku day wax yar kadib.
webchat-sending = Waa la dirayaa…
webchat-not-sent = Lama dirin.
webchat-upload-too-large = Faylku aad buu u weyn yahay. Waxaad soo diri kartaa ilaa { $megabytes } MB.
webchat-upload-type = Nooca faylkan lama aqbalo. Waxaad soo diri kartaa sawir, PDF ama cod la duubay.
webchat-upload-failed = Faylka lama diri karin. Fadlan mar kale isku day.
webchat-noscript = Wada-sheekaysigan wuxuu u baahan yahay in JavaScript laga shido biraawsarkaaga.

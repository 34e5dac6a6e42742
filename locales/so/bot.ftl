# Hemşehri: the citizen conversation (every channel). Somali.
# Keys and placeable names are the same in every language; translate the text only.

## Start and language

start-welcome = Salaan, kuna soo dhawoow Hemşehri 👋 Tani waa wada-sheekaysiga adeegyada bulshada ee Dowladda Hoose ee { $city }. Halkan waxaad ka codsan kartaa gargaar, waxaad ka eegi kartaa halka ay marayaan codsiyadaadu, waxaadna su'aal weydiin kartaa shaqaalahayaga.
language-pick = Luqaddee ayaad jeclaan lahayd inaan ku wada hadalno? Waqti kasta waad beddeli kartaa adigoo qoraya /language.
# $language: the language's own name (e.g. "العربية")
language-set = Waa la sameeyay. Hadda kadib waxaan kuugu qori doonnaa luqadda { $language }.
language-kept = Hagaag, waxaan kuugu sii qori doonnaa luqadda { $language }.
# $question: the same question, already written in the other language; $language: that language's name in Somali.
language-switch-ask =
    { $question }

    Fariintaadu waxay u muuqataa inay ku qoran tahay luqadda { $language }. Ma ku sii wadnaa luqaddaas?
# $language: its own name.
language-switch-question = Ma jeclaan lahayd inaan ku sii wadno luqadda { $language }?
language-switch-yes = ✅ Haa: { $language }
# $language: the current language's own name
language-switch-no = ❌ Maya, sii hay { $language }

## Main menu (a keyboard that stays on screen; each label must be unique)

menu-apply = 📝 Codso gargaar
menu-status = 📋 Codsiyadayda
menu-ask = 💬 Su'aal weydii
menu-language = 🌐 Luqadda / Language
menu-help = ❓ Hagitaan
menu-prompt = Maxaad jeclaan lahayd inaad samayso? Ka dooro liiska hoose.

## Common buttons

button-cancel = ✖️ Jooji
button-next = Kan xiga ▶️
button-previous = ◀️ Kii hore
button-share-phone = 📱 La wadaag lambarkayga
phone-type-instead = Ama qor lambarkaaga, tusaale ahaan 0532 123 45 67.

## Help and cancel

help =
    Waa kuwan waxyaabaha aad halkan ku samayn karto:

    📝 Codso gargaar: u codso mid ka mid ah barnaamijyada gargaarka ee Dowladda Hoose (/apply)
    📋 Codsiyadayda: eeg halka ay marayaan codsiyadaadu (/status), ama kaliya qor lambarka codsigaaga
    💬 Su'aal weydii: qor su'aashaada, mid ka mid ah shaqaalahayaga ayaa kaaga jawaabi doona (/ask); sidoo kale si toos ah ayaad u qori kartaa
    🌐 Luqadda: beddel luqadda wada-sheekaysigan (/language)
    ✖️ Jooji: jooji waxa aad hadda samaynayso (/cancel)
    🗑️ Tirtir macluumaadkayga: tirtir wax kasta oo kugu saabsan (/forget)

    Xaalad degdeg ah, wac 112.
help-in-flow = Hadda waxaad ku dhex jirtaa hawl aadan dhammaystirin. Ka jawaab su'aasha hoose si aad u sii wadato, ama qor /cancel si aad u joojiso.
cancel-done = Hagaag, waan joojinay, waxaanan tirtirnay wixii aad qortay. Liiska ayaad mar kale ka bilaabi kartaa.
cancel-nothing = Ma jiro wax la joojiyo. Liiska ayaad ka bilaabi kartaa.

## Forget me (/forget)

forget-ask =
    🗑️ Ma rabtaa inaan tirtirno wax kasta oo aan kaa hayno oo ka yimid wada-sheekaysigan?

    Waxaa la tirtirayaa magacaaga, lambarka taleefankaaga iyo lambarka aqoonsigaaga, fariimahaaga iyo dukumeentiyadaada, codsi kasta oo weli furanna waa la joojinayaa. Tan dib looma soo celin karo. Gargaarka horay go'aan looga gaaray wax isbeddel ah kuma imaanayo.
forget-yes = 🗑️ Haa, tirtir dhammaan
forget-no = ↩️ Maya, ha tirtirin
forget-done = Waa la dhammeeyay: macluumaadkaaga waan tirtirnay. Haddii aad mar kale noo soo qorto, waxaan ku bilaabaynaa si cusub.
forget-kept = Hagaag, waxba lama tirtirin.

## Withdrawing an application (My applications)

withdraw-button = ✖️ Dib u celi
withdraw-ask = Ma rabtaa inaad dib u celiso codsiga { $reference } ({ $programme })? Shaqaalaheennu way joojin doonaan ka shaqaynta. Tani ma tirtirayso macluumaadka aad na siisay.
withdraw-yes = ✅ Haa, dib u celi
withdraw-no = ↩️ Maya, ha jiro
withdraw-done = Codsiga { $reference } waa la celiyay. Mar kasta waad dib u codsan kartaa.
withdraw-kept = Hagaag, codsigaagu sidiisa ayuu ahaanayaa.
withdraw-not-possible = Codsigan horay ayaa loo xiray, sidaa darteed dib looma celin karo.
apply-from-question = Shaqaalaheennu waxay kugula talinayaan inaad barnaamijkan u codsato. Waxa aad ku qortay su'aashaada { $reference } waxaa lagu darayaa codsiga, sidaa darteed waxaan ku weydiin doonnaa oo keliya waxa weli maqan.

## Hints when an answer does not fit the question

hint-use-buttons = Fadlan dooro mid ka mid ah badhamada hoose.
hint-type-answer = Fadlan jawaabtaada u qor sidii fariin.
hint-not-now = Halkan ma isticmaali karno waxaas. Fadlan ka jawaab su'aasha hoose, ama qor /cancel si aad u joojiso.
long-text-part = Waxaan helnay qoraal dheer (tirada xarfaha ilaa hadda: { $count }). Barnaamijkaagu fariimaha dhaadheer wuxuu u diraa qaybo: haddii wax kale jiraan, soo dir inta hartay, qaybahana waan isku geyn doonnaa. Haddii intaas ay ahayd, taabo badhanka.
long-text-done = ✅ Intaas ayay ahayd

## Other messages

common-sticker = 😊 Mahadsanid! Sidee kuu caawin karnaa? Ka dooro liiska ama qor su'aashaada.
common-location = Mahadsanid, laakiin uma baahnin goobta aad joogto. Waa kan liiska.
common-contact-not-needed = Mahadsanid, laakiin hadda uma baahnin lambarka taleefankaaga, sidaas darteed ma aanan kaydin. Waa kan liiska.
common-unsupported = Nooca fariintan ma akhrin karno. Fadlan qoraal noogu soo dir, ama soo dir sawir ama dukumeenti.
common-button-expired = Badhankan hadda ma shaqaynayo. Fadlan mar kale ka dooro liiska.
common-empty = Fariintaadu waa madhnayd. Fadlan qor waxaad u baahan tahay, ama ka dooro liiska.
common-no-words = 🙂 Sidee kuu caawin karnaa? Su'aashaada ku qor dhowr eray, ama ka dooro liiska.
# $command: what the person typed, e.g. "/foo"
common-unknown-command = Ma aqoonno amarka { $command }. Qor /help si aad u aragto waxa aad samayn karto.
flood-slow-down = Fariimo aad u dhaqso badan ayaad soo diraysaa. Fadlan sug dhowr ilbiriqsi, kadibna sii wad. Kama aanan jawaabi karin fariimahaagii ugu dambeeyay. Laakiin haddii aad leedahay codsi furan, wixii aad qortay waa lagu daray.
flow-expired = Wixii aad bilowday waa la xiray, maxaa yeelay muddo dheer ayaad joogsatay. Wixii aad qortayna waa la tirtiray. Waqti kasta waad dib u bilaabi kartaa.
telegram-private-only = Si aan u ilaalino asturnaantaada, waxaan ka jawaabnaa oo keliya wada-sheekaysi gaar ah. Fadlan si toos ah iigu soo qor.

## Input errors in the application

error-file-too-large = Faylkani aad buu u weyn yahay. Fayl kastaa waa inuu ahaadaa ugu badnaan { $max } MB.
error-file-kind = Fadlan dukumeentiga u soo dir sawir ahaan ama fayl ahaan (tusaale ahaan PDF).
error-too-many-files = Waxaad soo diri kartaa ugu badnaan { $max } fayl.
error-neighbourhood-empty = Fadlan qor magaca xaafaddaada.
error-neighbourhood-too-long = Magaca xaafaddu waa inuu ahaadaa ugu badnaan { $max } xaraf. Fadlan soo gaabi.
error-household-not-number = Fadlan qor tiro keliya, tusaale ahaan 4.
error-household-range = Fadlan qor tiro u dhexaysa { $min } iyo { $max }.
error-description-empty = Fadlan xaaladdaada ku sharax dhowr eray.
error-description-too-long = Qoraalkaagu waa { $given } xaraf; ugu badnaan { $max } ayaa la oggol yahay. Fadlan soo gaabi.

## Applying for support

apply-pick-programme = Gargaar noocee ah ayaad rabtaa inaad codsato? (bogga { $page }/{ $pages })
# $programme: the programme's name; $description: what it is; $count: how many questions follow
apply-programme-about =
    { $programme }

    { $description }

    { $count ->
        [one] Codsigu waa hal tallaabo oo gaaban.
       *[other] Codsigu wuxuu ka kooban yahay { $count } tallaabo oo gaagaaban.
    }
apply-start = ✅ Bilow codsigayga
apply-back = ↩️ Barnaamijyo kale
apply-read-programmes = ℹ️ Barnaamijyadayada
apply-programme-gone = Barnaamijkan hadda lama bixiyo. Fadlan mar kale ka dooro liiska.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 Sida aan u maareyno xogtaada shakhsiga ah (Sharciga Lambarka 6698 ee Ilaalinta Xogta Shakhsiga ah, KVKK; nuqulka ogeysiiska: { $version })

    Mas'uulka xogta waa Dowladda Hoose ee { $city }. Codsiga, waxaan ku weydiinnaa oo keliya waxa uu u baahan yahay barnaamijka aad dooratay: lambar taleefan, lambarka aqoonsigaaga, degmadaada iyo xaafaddaada, tirada dadka gurigaaga ku nool, dhowr eray oo ku saabsan xaaladdaada, iyo haddii aad rabto, sawirro dukumeentiyo.

    Macluumaadkan waxaan u isticmaalnaa inaan ku qiimayno codsigaaga, inaan gargaarka kuu gaarsiinno, iyo inaan kula soo xiriirno. Tani waa qayb ka mid ah waajibaadka gargaarka bulshada ee dowladda hoose. Lambarka aqoonsigaaga si qarsoodi ah (sir-qarin) ayaa loo kaydiyaa, shaqaalahana waxaa loo tusaa iyadoo qayb ka mid ah la qariyay. Macluumaadkaaga waxaa arka oo keliya shaqaalaha dowladda hoose ee loo oggol yahay. Hay'adaha kale ee dowladda waxaa lala wadaagaa oo keliya marka sharcigu dalbado. Waxaa lagu kaydiyaa Turkiga, waxaana la tirtiraa marka muddada kaydintu dhammaato.

    Fadlan macluumaad caafimaad ha ku qorin wada-sheekaysigan. Haddii loo baahdo, fool ka fool ayaa lagaa qaadayaa.

    Xuquuqdaada ku qoran Qodobka 11 ee sharciga (inaad ogaato waxa aan kaa hayno, inaad saxdo, inaad tirtirto, iyo kuwo kale) waxaad ku dalban kartaa adigoo halkan noogu soo qoraya ama adigoo codsi u gudbinaya dowladda hoose.
consent-ask = Ma akhriday ogeysiiskan? Ma oggol tahay in macluumaadka aad bixiso loo isticmaalo codsigaaga?
consent-agree = ✅ Waan akhriyay, waan oggolahay
consent-disagree = ❌ Ma oggoli
consent-thanks = Mahadsanid. Hadda waxaan ku weydiin doonnaa dhowr su'aalood oo gaagaaban. Waqti kasta waad joojin kartaa adigoo qoraya /cancel.
consent-refused = Waan fahamsannahay. Wax macluumaad shakhsi ah oo kugu saabsan ma aanan kaydin. Oggolaanshahaaga la'aantiis, codsi kagama qaadan karno wada-sheekaysigan. Laakiin waxaad haysataa waddooyin kale: akhri wax ku saabsan barnaamijyadayada, su'aal weydii mid ka mid ah shaqaalahayaga, ama si toos ah u codso adigoo tagaya xarun adeegyada bulshada ama adigoo wacaya 153.

## The application's questions

apply-ask-phone = Codsigan arrintiisa, lambarkee taleefan ayaan kugu heli karnaa?
apply-ask-identity = Fadlan qor lambarka aqoonsiga Turkiga (T.C. Kimlik No, 11 lambar). Haddii aad tahay qof ajnabi ah, qor lambarka aqoonsiga ajnabiga (Yabancı Kimlik No), kaas oo ka bilaabma 99. Waxaad ka helaysaa dukumeentiga ilaalinta ku-meel-gaarka ah, ilaalinta caalamiga ah ama ruqsadda deganaanshaha.
# $masked: the number with all but four digits hidden, e.g. "10*******46"
apply-identity-noted = Mahadsanid, lambarka aqoonsigaaga waxaan u qornay sidan: { $masked }.
apply-identity-warning = Lambarka aqoonsigaaga waxaan u qornay sidan: { $masked }. Lambarrada hubintu isma waafaqsana, markaa waxaa laga yaabaa inuu jiro qalad qoraal. Dhib ma leh: mid ka mid ah shaqaalahayaga ayaa kula hubin doona. Sidoo kale waad ka saxi kartaa soo-koobidda.
apply-identity-again = Amnigaaga darteed, fadlan mar kale qor lambarka aqoonsigaaga.
apply-ask-district = Degmadee ayaad ku nooshahay? Ka dooro liiska ama qor magaceeda. (bogga { $page }/{ $pages })
apply-district-suggestions = Ma mid kuwan ka mid ah ayaad ula jeeddaa?
apply-district-all = 📋 Dhammaan degmooyinka
apply-ask-neighbourhood = Xaafaddee (mahalle) ayaad ku nooshahay? Fadlan qor magaceeda.
apply-ask-household = Imisa qof ayaa ku nool gurigaaga, adiga oo lagu daray? Fadlan qor tiro u dhexaysa { $min } iyo { $max }.
apply-ask-description = Dhowr weedhood ku sharax xaaladdaada iyo waxaad u baahan tahay (ugu badnaan { $max } xaraf). Fadlan ha qorin wax macluumaad caafimaad ah. Haddii loo baahdo, fool ka fool ayaa lagaa qaadayaa.
apply-ask-documents = Haddii aad rabto, soo dir sawirro ama faylal dukumeentiyada la xiriira (ugu badnaan { $max } fayl, mid kastaa ilaa 10 MB). Haddii aadan haysan wax aad soo dirto, riix badhanka.
apply-documents-skip = ⏭️ Sii wad dukumeenti la'aan
apply-documents-done = ✅ Waa dhammaaday, sii wad
apply-document-received = Faylka waa la helay ({ $count }/{ $max }). Soo dir mid kale, ama sii wad.
apply-documents-full = Waxaan helnay { $max } fayl, taasoo ah inta ugu badan ee aan qaadan karno. Aan sii wadno.

## Summary and submission

# $details: one line per answer, already written in this language
apply-summary =
    Fadlan hubi codsigaaga:

    { $details }

    Haddii wax walba sax yihiin, riix “Xaqiiji oo dir”. Si aad jawaab u beddesho, riix badhankeeda.
apply-summary-programme = Barnaamijka: { $programme }
# $value: what the person answered
apply-summary-phone = Taleefanka: { $value }
apply-summary-national_id = Lambarka aqoonsiga: { $masked }
apply-summary-district = Degmada: { $value }
apply-summary-neighbourhood = Xaafadda: { $value }
apply-summary-household_size = Dadka guriga ku nool: { $count }
apply-summary-description = Sharaxaaddaada: { $value }
apply-summary-documents = Dukumeentiyada: { $count ->
        [0] ma jiraan
        [one] hal fayl
       *[other] { $count } fayl
    }
apply-summary-missing = (lama bixin)
apply-edit-phone = ✏️ Taleefanka
apply-edit-national_id = ✏️ Lambarka aqoonsiga
apply-edit-district = ✏️ Degmada
apply-edit-neighbourhood = ✏️ Xaafadda
apply-edit-household_size = ✏️ Dadka guriga
apply-edit-description = ✏️ Sharaxaadda
apply-edit-documents = ✏️ Dukumeentiyada
apply-confirm = ✅ Xaqiiji oo dir
apply-submitted =
    Codsigaaga waa la helay 🎉

    Lambarka codsiga: { $reference }
    Barnaamijka: { $programme }

    Fadlan kaydi lambarkan. Si aad u weydiiso codsigaaga, kaliya noo soo dir lambarkan.
apply-next-days = { $count ->
        [one] Codsiyada sida kaaga oo kale ah waxaa caadi ahaan la eegaa hal maalin gudaheed.
       *[other] Codsiyada sida kaaga oo kale ah waxaa caadi ahaan la eegaa { $count } maalmood gudahood.
    } Mar kasta oo xaaladdiisu isbeddesho, halkan ayaan kugu ogeysiin doonnaa.
apply-next-hours = { $count ->
        [one] Codsiyada sida kaaga oo kale ah waxaa caadi ahaan la eegaa hal saacad gudaheed.
       *[other] Codsiyada sida kaaga oo kale ah waxaa caadi ahaan la eegaa { $count } saacadood gudahood.
    } Mar kasta oo xaaladdiisu isbeddesho, halkan ayaan kugu ogeysiin doonnaa.

## My applications

status-none = Weli codsi ma aadan samayn. Si aad gargaar u codsato, riix badhanka hoose.
status-list = { $count ->
        [one] Codsigaagii ugu dambeeyay:
       *[other] Codsiyadaadii ugu dambeeyay ({ $count }):
    }
# $status: the status's name; $date: when it last changed; $next: what happens next
status-item =
    📄 { $reference }: { $programme }
    Xaaladda: { $status } (laga bilaabo { $date })
    Tallaabada xigta: { $next }
status-details = 🔎 Faahfaahin
status-reference-hint = Si aad u aragto faahfaahinta hal codsi, qor lambarkiisa (tusaale ahaan 482 913 656).
status-detail =
    📄 Codsiga { $reference }
    Barnaamijka: { $programme }
    Xaaladda: { $status } (laga bilaabo { $date })

    Tallaabada xigta: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 Qoraal ka yimid shaqaalahayaga: { $note }
status-not-found = Codsiyadaada dhexdooda kuma aanan helin codsi leh lambarka { $reference }. Fadlan hubi lambarka oo mar kale qor.
# A status asked for from a channel the application was not made on: the second factor (handlers.status_check)
status-check-ask = Codsiga { $reference } kuma aanan helin codsiyada laga sameeyay koontadan. Haddii laga sameeyay taleefan ama koonto kale, qor afarta lambar ee ugu dambeeya lambarka taleefanka lagu bixiyay codsiga, waxaan kuu sheegi doonnaa xaaladdiisa. Haddii aad lambarka si khaldan u qortay, mar kale qor.
status-check-detail =
    📄 Codsiga { $reference }
    Xaaladda: { $status }

    Tallaabada xigta: { $next }
status-check-mismatch = Lambarada aad qortay kuma habboona codsiga lambarkiisu yahay { $reference }, ama ma jiro codsi lambarkan leh. Si aad mar kale isku daydo, mar kale qor lambarka codsiga.
status-check-locked = Jawaabo khaldan oo badan ayaa loo soo diray codsigan ama sheekadan, sidaa darteed amnigaaga awgeed muddo ma jawaabi karno. Fadlan berri isku day, ama ka soo qor taleefanka ama koontada aad codsiga ka samaysay.
# Where am I in the queue (handlers.queue_place): a place in line and an expected wait, never a promise
queue-place = Codsigaaga { $reference } wuxuu ku jiraa kaalinta { $position } ee safka codsiyada luqaddaada ku qoran ee sugaya xafiiskan ({ $desk }).
queue-estimate-hours = Marka loo eego xawaaraha maalmihii u dambeeyay, jawaab waxaad filan kartaa muddo qiyaastii ah (saacado): { $low }–{ $high }. Tani waa qiyaas, ma aha ballan.
queue-estimate-days = Marka loo eego xawaaraha maalmihii u dambeeyay, jawaab waxaad filan kartaa muddo qiyaastii ah (maalmo): { $low }–{ $high }. Tani waa qiyaas, ma aha ballan.
queue-no-estimate = Maalmihii u dambeeyay codsiyo ku filan oo safkan ah looma jawaabin si aan u qiyaasno waqtiga sugitaanka. Isla marka xaaladdiisu is beddesho halkan ayaan kuugu sheegi doonnaa.
queue-in-hand = Mid ka mid ah shaqaalahayaga ayaa hadda ka shaqaynaya codsigaaga { $reference }.
queue-none = Hadda ma jiro codsi kaaga oo safka ku sugaya. Si aad u aragto xaaladda codsiyadaada, fiiri “Codsiyadayda”.

## Questions to staff and answers to “we need more information”

ask-prompt = Fadlan su'aashaada ku qor erayadaada. Sidoo kale waad ku lifaaqi kartaa sawirka dukumeenti. Mid ka mid ah shaqaalahayaga ayaa akhrin doona oo halkan kaaga jawaabi doona.
ask-attachment-needs-words = Faylkaaga waan helnay. Fadlan dhowr eray noogu sheeg waxaad u baahan tahay. Labadaba waxaan u gudbin doonnaa mid ka mid ah shaqaalahayaga.
ask-attachment-kept = { $count ->
        [one] Faylkaaga waan helnay.
       *[other] Waxaan helnay { $count } fayl oo aad soo dirtay.
    } Hadda fadlan su'aashaada ku qor dhowr eray.
question-notice =
    🔒 Sida aan u maareyno xogtaada shakhsiga ah (Sharciga Lambarka 6698 ee Ilaalinta Xogta Shakhsiga ah, KVKK; nuqulka ogeysiiska: { $version })

    Dowladda hoose ee { $city } waxay kaydisaa su'aashaada, faylasha aad soo dirto iyo cinwaanka wada-sheekaysigan, si shaqaalahayagu halkan kaaga jawaabaan. Waxa aad qorto waxaa akhriya oo keliya shaqaalaha dowladda hoose, si ay kaaga jawaabaan. Waxaana lagu kaydiyaa Turkiga. Fadlan ha qorin macluumaad caafimaad.

    Xuquuqdaada ku qoran Qodobka 11 ee sharciga (inaad ogaato waxa aan kaa hayno, inaad saxdo, inaad tirtirto, iyo kuwo kale) waxaad ku dalban kartaa adigoo halkan noogu soo qoraya ama adigoo codsi u gudbinaya dowladda hoose.
question-notice-ask = Ma su'aashaada u gudbinnaa shaqaalahayaga iyadoo shuruudahan la raacayo?
question-notice-agree = ✅ Haa, u dir
question-notice-decline = ❌ Maya, ha dirin
question-notice-declined = Hagaag: su'aashaada ma aanan kaydin. Weli waad akhrin kartaa barnaamijyadayada, waxaad tagi kartaa xarun adeegyada bulshada, ama waxaad wici kartaa 153.
# $desk: the name of the desk that will answer
ask-received-days = Su'aashaada waxaa loo gudbiyay { $desk }. Lambarka codsiga: { $reference }. { $count ->
        [one] Caadi ahaan waxaan ku jawaabnaa hal maalin gudaheed.
       *[other] Caadi ahaan waxaan ku jawaabnaa { $count } maalmood gudahood.
    } Jawaabta halkan ayay kuugu iman doontaa.
ask-received-hours = Su'aashaada waxaa loo gudbiyay { $desk }. Lambarka codsiga: { $reference }. { $count ->
        [one] Caadi ahaan waxaan ku jawaabnaa hal saacad gudaheed.
       *[other] Caadi ahaan waxaan ku jawaabnaa { $count } saacadood gudahood.
    } Jawaabta halkan ayay kuugu iman doontaa.
ask-added = Fariintaada waxaan ku darnay codsigaaga { $reference }. Mid ka mid ah shaqaalahayaga ayaa arki doona.
ask-info-received = Mahadsanid! Wixii aad soo dirtay waxaan ku darnay codsigaaga { $reference }. Shaqaalahayaga ayaa hadda mar kale eegi doona.
ask-which = Fariintan waxay ku saabsan tahay codsigee? Fadlan hoos ka dooro.
ask-which-item = 📄 { $programme } · { $reference }
ask-which-new = ✏️ Su'aal cusub

## Safeguarding (see en/bot.ftl for what each message is for)
safeguarding-in-language = { $help }
safeguarding-help-self_harm = Waad ku mahadsan tahay inaad noo sheegtay. Keligaa ma tihid. Haddii aad hadda is-dhaawici karto, fadlan wac 112: wicitaanku waa bilaash, habeen iyo maalinba. Haddii aad awoodo, la joog qof aad aaminto.
safeguarding-help-medical_emergency = Tani waxay noqon kartaa xaalad degdeg ah: fadlan hadda wac 112 oo codso gaadhi gargaar. Wicitaanku waa bilaash telefoon kasta.
safeguarding-help-violence = Waad ku mahadsan tahay inaad noo sheegtay; waxa kugu dhacaya eedkaaga ma aha. Haddii aad hadda khatar ku jirto, wac 112 (ama 155, booliska). Waxaad sidoo kale wici kartaa 183, khadka bilaashka ah ee taageerada bulshada ee haweenka, carruurta, dadka waayeelka ah iyo dadka naafada ah. KADES waa barnaamijka booliska ee haweenka khatarta ku jira.
safeguarding-help-child_at_risk = Haddii ilmo hadda khatar ku jiro, wac 112. Waxaad sidoo kale wici kartaa 183, khadka bilaashka ah ee taageerada bulshada ee carruurta iyo qoysaska.
safeguarding-help-trafficking = Haddii aad hadda khatar ku jirto, wac 112 (ama 155, booliska). YİMER, lambarka 157, wuxuu dadka ajaanibta ah ku caawiyaa luqado dhowr ah, oo ay ku jiraan dadka lagu qasbo shaqo ama lagu hayo iyagoon rabin. Khadka la-talinta ee UNHCR sidoo kale wuu ku hagi karaa.
safeguarding-help-no_shelter =
    { $programme ->
        [none] Haddii aadan haysan meel ammaan ah oo aad caawa seexato, shaqaalahayagu sida ugu dhakhsaha badan ayay meel kula raadin doonaan. Haddii aad khatar ku jirto, wac 112.
       *[other] Haddii aadan haysan meel ammaan ah oo aad caawa seexato, barnaamijka Dowladda Hoose "{ $programme }" ayaa ku caawin kara, shaqaalahayaguna sida ugu dhakhsaha badan ayay kula soo xiriiri doonaan. Haddii aad khatar ku jirto, wac 112.
    }
safeguarding-help-detention = Haddii adiga ama qof qoyskaaga ka mid ah la xiray ama ay khatar tahay in dalka lagaa saaro: YİMER, lambarka 157, wuxuu dadka ajaanibta ah ugu jawaabaa luqado dhowr ah, khadka la-talinta ee UNHCR-na wuxuu kaa caawin karaa xuquuqdaada.
safeguarding-help-foreigners = Dadka ajaanibta ah: YİMER, lambarka 157, wuxuu ku jawaabaa luqado dhowr ah, khadka la-talinta ee UNHCR-na sidoo kale wuu ku hagi karaa.
safeguarding-passed-on = Fariintaada waxaan u gudbinay shaqaalahayaga si degdeg ah (tixraac { $reference }). Halkan waad nagu sii qori kartaa.

## Fahamka fariimaha xorta ah, iyo su'aasha luuqadda marka aanan hubin

# Waxaa la weydiiyaa marka aanan garanayn luuqadda fariinta; waxaa lagu muujiyaa luuqadda ugu macquulsan.
language-choose-question = Luuqaddee ayaan ku sii wadnaa? Fadlan hoos ka dooro.
# $question: qoraalka language-choose-question ee luuqaddaas ku qoran
language-choose-ask =
    { $question }

    Ma aanan garan karin luuqadda fariintaada lagu qoray. Fadlan hoos ka dooro luuqad.
language-choose-other = 🌐 Luuqad kale
intent-greeting = Soo dhowoow 👋 Sidee baan kuu caawin karnaa? Ka dooro liiska hoose ama qor su'aashaada.
intent-thanks = Adaa mudan 🙂 Haddii aad wax kale u baahato, liisku waa hoos.

## A programme's own questions (core/catalogue.toml) and the applicant's full name

apply-ask-full-name = Magacaaga oo buuxa waa maxay? Fadlan ku qor hal sadar, sida ay ugu qoran tahay dukumentiyadaada.
apply-summary-full_name = Magaca oo buuxa: { $value }
apply-edit-full_name = ✏️ Magaca oo buuxa
apply-question-more = Waa la qoray ({ $count }/{ $max }). Waxaad qori kartaa midda xigta, ama riix badhanka haddii intaas ay tahay.
apply-question-done = ✅ Intaas weeye, sii wad
apply-question-again = ✏️ Mar kale qor
apply-summary-answer = { $label }: { $value }
apply-edit-answer = ✏️ { $label }
apply-answer-yes = ✅ Haa
apply-answer-no = ❌ Maya
question-child_birth_dates = Waa maxay taariikhda dhalashada ilmahaaga ka yar shan sano? U qor sida maalin.bil.sannad, tusaale 15.03.2023. Haddii aad leedahay in ka badan hal ilmo, taariikhaha mid mid u dir.
    .label = Taariikhaha dhalashada carruurta
question-child_birth_dates-over = Ilmahaaga dhashay { $date } wuxuu gaaray shan sano ama ka weyn; Süt Kuzusu waxaa loogu talagalay carruurta ka yar shan sano. Taariikhdan waan qornay, laakiin barnaamijkan looguma xisaabtamo.
question-child_birth_dates-none = Sida ay muujinayaan taariikhaha aad qortay, carruurtaada midna kama yara shan sano, sidaas darteed ma aqbali karno codsiga Süt Kuzusu. Waan ka xunnahay. Haddii aad taariikh si khalad ah u qortay, mar kale ayaad qori kartaa. Taageero kale sida xirmo cunto ama xirmo quraac ayaa laga yaabaa inay qoyskaaga ku habboonaato: waxaad eegi kartaa barnaamijyada ama su'aal na weydiin kartaa.
question-income_band = Waa imisa wadarta dakhliga bishii ee qoyskaaga? Ku dar mushaharka, hawlgabka iyo caawimaad kasta oo aad hesho.
    .label = Dakhliga bishii ee qoyska
question-income_band-none = Dakhli la'aan gebi ahaan
question-income_band-below_half = Ka yar kala badh mushaharka ugu yar
question-income_band-below_minimum = Ilaa mushaharka ugu yar
question-income_band-above_minimum = Ka badan mushaharka ugu yar
question-rent_amount = Imisa lira ayaa kirada gurigaagu tahay bishii? Fadlan qor tirada oo keliya, tusaale 8500.
    .label = Kirada bishii (TL)
question-landlord_name = Waa maxay magaca buuxa ee milkiilaha guriga?
    .label = Milkiilaha guriga
question-landlord_phone_known = Ma taqaannaa lambarka taleefanka milkiilaha guriga?
    .label = Taleefanka milkiilaha waa la yaqaan
question-landlord_phone = Fadlan qor lambarka taleefanka milkiilaha guriga.
    .label = Taleefanka milkiilaha guriga
question-school = Waa maxay magaca dugsiga ardayga?
    .label = Dugsiga
question-grade = Ardaygu fasalkee ayuu dhigtaa? Fadlan qor tiro u dhexaysa 1 iyo 12.
    .label = Fasalka

## The documents a programme needs (core/catalogue.toml documents_needed)

apply-documents-needed =
    Inta codsigu socdo waxaan ku weydiin doonnaa sawirrada dukumentiyadan; hadda diyaari:
    { $documents }
    Waxa aanad hadda haysan waxaad sidoo kale keeni kartaa xafiiska mar dambe.
apply-ask-document = Dukumenti { $count }/{ $max }: { $document }. Fadlan soo dir sawirkiisa ama faylkiisa (ugu badnaan 10 MB). Haddii aadan hadda haysan, riix badhanka.
apply-document-next = ⏭️ Dukumentiga xiga
apply-document-later = ⏭️ Hadda ma haysto
apply-documents-finish = ✅ Dukumentiyadu intaas weeye, sii wad
apply-summary-document-sent = ✅ { $document } (faylasha la diray: { $count })
apply-summary-document-missing = ❌ { $document }: lama dirin; waxaad sidoo kale keeni kartaa xafiiska.
document-identity_card = Kaarka aqoonsiga
document-address_certificate = Warqadda cinwaanka (laga soo qaatay e-Devlet)
document-income_proof = Caddaynta dakhliga qoyska (warqadda mushaharka ama hawlgabka)
document-child_birth_certificate = Diiwaanka dhalashada ilmaha
document-rent_contract = Heshiiska kirada
document-pension_document = Dukumentiga hawlgabka
document-water_bill = Biilka biyaha ee ugu dambeeyay
document-wheelchair_photo = Sawirka kursiga curyaamiinta

command-start = Soo dhaweyn iyo doorashada luqadda
command-apply = U codso barnaamij gargaar
command-status = Halka ay marayaan codsiyadaadu
command-ask = Su'aal weydii shaqaalahayaga
command-language = Beddel luqadda wada-sheekaysiga
command-help = Hagitaan
command-cancel = Jooji waxa aad hadda samaynayso
command-forget = Tirtir wax kasta oo kugu saabsan

## A phone of one's own, someone else's, or none

apply-phone-own = 📱 Lambarkayga
apply-phone-relative = 👪 Lambarka qof qaraabadayda ah
apply-phone-neighbour = 🏠 Lambarka deriskayga
apply-phone-none = 🚫 Taleefan ma haysto
apply-ask-phone-relative = Fadlan qor lambarka taleefanka qof qaraabadaada ah oo fariimahayaga kuu gudbin kara. Shaqaalahayagu waxay arki doonaan in lambarkani yahay qof qaraabadaada ah.
apply-ask-phone-neighbour = Fadlan qor lambarka taleefanka deriskaaga oo fariimahayaga kuu gudbin kara. Shaqaalahayagu waxay arki doonaan in lambarkani yahay deriskaaga.
apply-phone-none-noted = Dhib ma leh. Dhammaan wararka codsigaaga halkan ayaan kuugu qori doonnaa, wadahadalkan.
apply-phone-none-webchat = Dhib ma leh. Dhammaan wararka codsigaaga wadahadalkan ayaan ku qori doonnaa. Kaydso koodka wadahadalka si aad ugu soo laabato mar dambe ama qalab kale: { $code }
apply-summary-phone-relative = Taleefan (qaraabo): { $value }
apply-summary-phone-neighbour = Taleefan (deris): { $value }
apply-summary-phone-none = Taleefan: ma jiro; wararka wadahadalkan ayaa lagu qori doonaa

## A number typed in the web chat, verified by a code sent by SMS
apply-code-sent = Waxaan lambarkan u dirnay kood 6 lambar ah (wuxuu ku dhammaadaa { $ending }). Halkan ku qor koodka: sidaas ayaan ku ogaanaynaa in lambarku adiga kuu gaar yahay, waxaanna kaa heli karnaa kanaalo kale sidoo kale.
apply-code-again = Koodka mar kale soo dir
apply-code-skip = Sii wad koodla'aan
apply-code-expired = Koodkan waqtigiisii waa dhacay. Codso kood cusub, ama sii wad koodla'aan.
apply-code-wrong = Koodkani ma saxna. Mar kale isku day ({ $left } isku day ayaa hadhay).
apply-code-too-many = Koodku dhowr jeer ma saxnayn. Lambarkaaga sidaad u qortay ayaan u kaydinnay; aan sii wadno codsigaaga.
apply-code-ok = Mahadsanid, lambarkaaga waa la xaqiijiyay.

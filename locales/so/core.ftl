# Hemşehri: names and messages owned by the request service (core/). Somali.
# Keys and placeable names are the same in every language; translate the text only.

## This language

language-name = Soomaali

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = Gargaar lacageed oo loogu talagalay qoysaska baahan
    .description = Lacag la siiyo qoysaska aan dakhli lahayn ama dakhligoodu yar yahay, si ay ugu daboolaan baahiyaha maalinlaha ah. Lacagta inteedu waxay ku xiran tahay xaaladda qoyskaaga.
programme-food_package = Xirmo cunto
    .description = Xirmo cuntooyin aasaasi ah (sida bariis, baasto, saliid, digir) oo loogu talagalay qoysaska aan awoodin inay helaan cunto ku filan.
programme-milk_for_children = Caano loogu talagalay carruurta ka yar 5 sano (Süt Kuzusu)
    .description = Caano si joogto ah loogu keeno carruurta yaryar ee ka yar shan sano, si ay u koraan iyagoo caafimaad qaba.
programme-hot_meals = Cunto kulul oo ka timaadda jikooyinka bulshada ee magaalada
    .description = Cunto kulul maalin kasta oo laga keeno jikooyinka bulshada ee dowladda hoose. Waad soo qaadan kartaa, ama haddii aadan guriga ka bixi karin, waa laguu keenayaa.
programme-medical_supplies = Qalab caafimaad
    .description = Qalab sida xafaayadaha dadka waaweyn ama sariirta bukaanka, oo loogu talagalay dadka guriga ugu baahan. Arrimaha caafimaadka fool ka fool ayaa looga hadlaa, marnaba wada-sheekaysigan laguma qoro.
programme-wheelchair_repair = Dayactirka iyo hagaajinta kuraasta naafada
    .description = Dayactir iyo hagaajin bilaash ah oo loogu talagalay kuraasta naafada (kuraasta taayirada leh) iyo gaariyada yaryar ee korontada ku shaqeeya.
programme-accessible_transport = Gaadiid loogu talagalay dadka naafada ah
    .description = Gaari loo habeeyay oo lagu geeyo isbitaal, dugsi ama ballan rasmi ah.
programme-stationery_set = Qalabka dugsiga
    .description = Buugaag, qalimaan iyo qalab kale oo dugsiga ah oo loogu talagalay ardayda ka timaadda qoysaska baahan.
programme-exam_prep_centre = Koorsooyin bilaash ah oo imtixaan u diyaargarow ah
    .description = Koorsooyin bilaash ah oo lagu qabto xarumaha waxbarashada ee Dowladda Hoose, si loogu diyaargaroobo imtixaannada gelitaanka dugsiga sare iyo jaamacadda.
programme-rent_support = Caawimaad kirada guriga
    .description = Taageero loogu talagalay qoysaska aan bixin karin kirada guriga, oo khatar ugu jira inay guriga waayaan.
programme-water_discount_retirees = Qiimo-dhimis biilka biyaha ee dadka hawlgabka ah
    .description = Qiimo-dhimis biilka biyaha ah oo loogu talagalay dadka hawlgabka ah ee qaata mushahar hawlgab oo yar.
programme-mother_solidarity_card = Kaarka Wadajirka Hooyooyinka: lacag wax lagu iibsado
    .description = Kaar bil kasta lacag lagu shubo, oo loogu talagalay hooyooyinka carruur yaryar leh, si ay u iibsadaan baahiyahooda aasaasiga ah.
programme-winter_fuel = Dhuxul (kool) lagu kululeeyo guriga xilliga qabowga
    .description = Jawaanno dhuxul ah oo guriga lagu kululeeyo xilliga qabowga, loogu talagalay guryaha lagu kululeeyo foornada (sobada).
programme-breakfast_package = Xirmo quraac
    .description = Xirmo cuntooyinka quraacda ah (sida farmaajo, saytuun, ukun, malmalaato) oo loogu talagalay qoysaska baahan.
programme-funeral_support = Taageerada aaska
    .description = Caawimaad lagu diyaarinayo aaska iyo kharashkiisa, loogu talagalay qoysaska uu qof ka geeriyooday. Si degdeg ah ayaan uga jawaabnaa.
programme-emergency_shelter = Hoy degdeg ah oo loogu talagalay dadka banaanka seexda
    .description = Sariir, cunto iyo meel diiran oo loogu talagalay dadka aan haysan meel ay caawa seexdaan. Si degdeg ah ayaan uga jawaabnaa.
programme-supported_employment = Caawimaad helitaanka shaqo
    .description = Caawimaad lagu helo shaqo: isku xirka shaqo-bixiyeyaasha, tababar iyo talo-bixin, loogu talagalay dadka shaqo raadinaya.
programme-refugee_desk_question = Su'aal loo dirayo Xafiiska Qaxootiga
    .description = Su'aalaha qaxootiga iyo dadka ajnabiga ah ee magaalada ku nool, oo lagaga jawaabo luqaddooda: xaaladda ilaalinta, deganaanshaha, dukumeentiyada iyo adeegyada Dowladda Hoose.
programme-general_question = Su'aal guud ama cabasho
    .description = Su'aal kasta oo kale, talo ama cabasho ku saabsan adeegyada bulshada ee Dowladda Hoose.

## Desks: the teams that answer

desk-social_aid = Xafiiska Gargaarka Bulshada
desk-refugee_desk = Xafiiska Qaxootiga
desk-disability_services = Adeegyada Naafada
desk-education = Adeegyada Waxbarashada
desk-employment = Adeegyada Shaqo-helidda
desk-contact_centre = Xarunta Xiriirka

## Statuses of a request: the name, and `.next`, what happens next

status-received = La helay
    .next = Codsigaagu wuxuu ku jiraa safka. Mid ka mid ah shaqaalahayaga ayaa dhawaan eegi doona.
status-in_review = La eegayo
    .next = Mid ka mid ah shaqaalahayaga ayaa eegaya codsigaaga. Haddii aan wax u baahanno, waan kula soo xiriiri doonnaa.
status-needs_info = La sugayo macluumaadkaaga
    .next = Waxaan kaaga baahannahay macluumaad dheeraad ah ama dukumeenti. Fadlan halkan ku qor, ama soo dir sawirkiisa.
status-approved = La ansixiyay
    .next = Codsigaaga waa la ansixiyay. Waxaan kuu sheegi doonnaa goorta iyo sida uu gargaarku kuu soo gaari doono.
status-ready = Diyaar
    .next = Gargaarkaagu waa diyaar: waad soo qaadan kartaa ama waa laguu keenayaa. Faahfaahinta waan kuu soo diri doonnaa.
status-delivered = La gaarsiiyay
    .next = Gargaarku wuu ku soo gaaray. Haddii aad u baahato wax kale, mar kale ayaad codsan kartaa.
status-rejected = Lama ansixin
    .next = Ma aanan ansixin karin codsigan. Waad noo soo qori kartaa si aad u weydiiso sababta.
status-cancelled = La joojiyay
    .next = Codsigan waa la joojiyay sidii aad rabtay. Waqti kasta mar kale ayaad codsan kartaa.
status-closed = La xiray
    .next = Su'aashaada waa laga jawaabay waana la xiray. Haddii aad qabto su'aal cusub, kaliya halkan ku qor.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = War cusub oo ku saabsan codsigaaga { $reference } ({ $programme }): xaaladdiisu hadda waa “{ $status }”.
notify-moved = Codsigaaga { $reference } hadda waxaa qaabilsan { $desk }, oo ah «{ $programme }». Waxba uma baahnid inaad samayso; halkan ayaan kuugu soo qori doonnaa.
notify-invited = Ku saabsan su'aashaada { $reference }: shaqaalaheennu waxay kugula talinayaan inaad u codsato «{ $programme }». Halkan noogu soo qor, waxaan ku weydiin doonnaa oo keliya waxa weli maqan.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Shaqaalahayagu waxay kuu soo direen dukumenti: waxaad ku arki kartaa wadahadalkaaga aan la yeelanay, ama ka codsan kartaa xafiiskayaga.
notify-machine-translated = (Fariintan waxaa si mashiin ah looga turjumay qoraalka shaqaalahayaga.)
# $note: the note staff wrote for the person
notify-public-note = Qoraal ka yimid shaqaalahayaga: { $note }
# $text: what staff wrote
notify-staff-reply =
    Mid ka mid ah shaqaalahayaga ayaa kaaga jawaabay codsigaaga { $reference }:

    { $text }

## Errors: the person's input

error-move-same = Codsigu hore ayuu ugu jiray barnaamijkan.
error-move-kind = Su'aal waxa loo wareejin karaa oo keliya barnaamij kale oo su'aalo ah, codsina barnaamij kale oo codsiyo ah oo keliya.
error-move-final = Codsi la xiray lama wareejin karo.
error-translation-failed = Adeegga turjumaadda ma jawaabin; jawaabtaada lama dirin. Isku day mar kale, ama isticmaal jawaab diyaarsan oo ku qoran luqadda muwaadinka.
error-unexpected = Waan ka xunnahay, cillad ayaa dhinacayaga ka dhacday. Fadlan mar kale isku day wax yar kadib. Haddii ay mar kale dhacdo, qor /cancel si aad dib ugu bilowdo.
error-not-found = Ma aanan helin wixii aad raadinaysay.
error-invalid-input = Tani uma muuqato mid sax ah. Fadlan hubi oo mar kale isku day.
error-field-missing = Macluumaad ayaa maqan ({ $field }).
error-phone-invalid = Lambarkan taleefanku uma muuqdo mid sax ah. Fadlan ku qor koodhka aagga, tusaale ahaan 0532 123 45 67 ama +90 532 123 45 67.
error-district-unknown = Ma aanan helin degmo magacaas leh.
error-identity-invalid = Lambarkan aqoonsigu sax ma aha.
error-identity-not-digits = Lambarka aqoonsigu wuxuu ka kooban yahay tirooyin keliya. Fadlan qor lambarkaaga 11-ka lambar ah.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] Lambarka aqoonsigu waa 11 lambar; adigu waxaad qortay hal lambar.
       *[other] Lambarka aqoonsigu waa 11 lambar; adigu waxaad qortay { $given } lambar.
    }
error-identity-protection-number = Lambarka ka bilaabma 98 waa lambarka shakhsiga ah ee ku qoran dukumeentiga ilaalinta ku-meel-gaarka ah. Lambarkaas uma baahnin. Fadlan qor lambarka aqoonsiga ajnabiga ee ku qoran isla dukumeentigaas: wuxuu ka bilaabmaa 99.
error-identity-leading-zero = Lambarka aqoonsigu marnaba kama bilaabmo 0. Fadlan hubi.
error-identity-checksum = Ma aanan xaqiijin karin lambarkan aqoonsiga; waxaa laga yaabaa in hal lambar si khaldan loo qoray. Fadlan eeg kaarkaaga aqoonsiga oo mar kale qor.
error-reference-invalid = Lambarkan codsigu sax ma aha.
error-reference-not-digits = Lambarka codsigu wuxuu ka kooban yahay tirooyin keliya.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = Lambarka codsigu waa { $expected } lambar; adigu waxaad qortay { $given }. Fadlan hubi.
error-reference-check-digit = Waxaa u muuqata in hal lambar oo ka mid ah lambarkan si khaldan loo qoray (lambarka ugu dambeeya, oo ah lambar hubin, ma waafaqsana). Fadlan hubi lambarka oo mar kale qor.
error-request-not-found = Ma aanan helin codsi adiga kuu gaar ah oo leh lambarkan.
error-consent-missing = Si aan codsi u qaadan karno, waa inaad marka hore oggolaataa ogeysiiska asturnaanta.
# $code: the programme code that was not found
error-programme-unknown = Ma jiro barnaamij la yiraahdo “{ $code }”.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = Codsi looma beddeli karo “{ $target }” marka uu yahay “{ $current }”.
error-transition-not-yours = Isbeddelkan ma samayn kartid ({ $current } → { $target }).
error-forbidden = Looma oggola inaad tan samayso.
error-configuration = Cillad ayaa ku jirta dejinta. Fadlan u sheeg maamulaha nidaamka.
error-reply-empty = Jawaab madhan lama diri karo.
error-note-empty = Qoraal madhan lama dari karo.
error-not-your-claim = Codsigan laguuma xilsaarin adiga.
error-search-empty = Raadintu waa madhan tahay: qor lambar tixraac, telefoon, lambarka aqoonsiga ama magac.
error-search-too-long = Raadintu waxay yeelan kartaa ugu badnaan { $max } xaraf.
error-search-number = Lambarkani uma eka lambar tixraac, telefoon iyo lambarka aqoonsiga midna.
error-claim-not-waiting = Codsigani safka kuma sugayo, sidaa darteed lama qaadan karo.
error-claim-language = Codsigani wuxuu sugayaa shaqaale akhriya luqaddiisa; marka uu muddada sugitaanka dhaafo, qof kasta oo miiska ka tirsan ayaa qaadan kara.
error-supervisor-only = Kaliya kormeerayaasha ayaa samayn kara tan.
error-reveal-limit = Saacaddii waxaad arki kartaa ugu badnaan { $limit } lambar oo dhammaystiran; mar dambe isku day.
error-report-period = Dooro muddo aan maalinteeda ugu dambaysaa ka horrayn tan ugu horraysa, oo aan ka badnayn hal sano.
error-staff-disabled = Koontadan shaqaalaha waa la joojiyay.
error-erase-needs-reason = Tirtiristu waxay u baahan tahay sabab iyo xaqiijin.
error-erase-other-desks = Qofkan wuxuu codsiyo ku leeyahay miisas kale sidoo kale; maamule ayaa tirtiri kara.
error-agent-not-on-desk = Shaqaalahan kama shaqeeyo xafiiskan.
error-capacity-invalid = Awoodda waa inay noqotaa tiro dhan oo u dhaxaysa 1 ilaa { $max }.
error-token-invalid = Calaamadda API-ga (token) sax ma aha ama waqtigeedii waa dhacay.
# $role: the role that was asked for
error-role-unknown = Door aan la aqoon: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = Furaha sirta ah waa inuu lahaadaa ugu yaraan { $minimum } xaraf.
error-password-weak = Furahan sirta ah si fudud ayaa loo qiyaasi karaa: ha ahaato qayb soo noqnoqota, xarfo isku xiga ama magaca isticmaalaha.
# $username: the name asked for
error-username-taken = Magaca isticmaalaha “{ $username }” horay ayaa loo qaatay.
error-staff-unknown = Ma jiro akoon shaqaale oo sidaas ah.
error-login-failed = Magaca isticmaalaha ama furaha sirta ah waa khalad.
error-login-locked = Isku-day badan oo guuldarraystay: akoonkan muddo ayaa la xiray. Fadlan mar dambe isku day.
error-login-slow = Hadda isku-dayo badan ayaa lagu sameeyay akoonkan; dhowr ilbiriqsi sug oo mar kale isku day.
error-busy = Adeeggu hadda waa mashquul; fadlan wax yar kadib mar kale isku day.
error-session-invalid = Fadhigaagu sax ma aha. Fadlan mar kale gal.
error-session-expired = Waqtiga fadhigaagu waa dhacay. Fadlan mar kale gal.
error-canned-unknown = Ma jiro jawaab diyaarsan oo sidaas ah.
error-canned-default-missing = Jawaab diyaarsan waa inay qoraal ku leedahay luqadda caadiga ah.
error-tag-invalid = Calaamaddu waa inay noqotaa 1 ilaa { $max } xaraf.
error-saved-filters-full = Ugu badnaan { $limit } shaandhe ayaa la kaydin karaa.
error-announcement-empty = Ogeysiisku waa inuu qoraal ku leeyahay ugu yaraan hal luqad.
error-announcement-fallback-missing = Si qoraalka luqadda caadiga ah loogu diro dadka luqaddoodu aanay qoraal lahayn, qoraal ku qor luqadda caadiga ah.
error-safeguarding-reason-missing = Qor sababta go'aankaaga.
# $max: a number of characters
error-safeguarding-reason-too-long = Sababtu waxay noqon kartaa ugu badnaan { $max } xaraf.
error-safeguarding-not-flagged = Codsigan ma laha calaamad ilaalin.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Fadlan jawaabtaada ku qor dhowr eray.
error-answer-too-long = Waxaad qortay { $given } xaraf; ugu badnaan { $max } xaraf ayaa ku filan. Fadlan soo gaabi.
error-answer-not-number = Fadlan qor tiro oo keliya (inta u dhexaysa { $min } iyo { $max }).
error-answer-number-range = Fadlan qor tiro u dhexaysa { $min } iyo { $max }.
error-answer-date = Ma akhrin karin taariikhdan. Fadlan u qor sida maalin.bil.sannad, tusaale 15.03.2023.
error-answer-date-future = Taariikhdani weli ma iman. Fadlan hubi oo mar kale qor.

notify-verify-code = Koodkaaga Hemşehri: { $code }. Cidna ha la wadaagin.
error-webhook-url-invalid = Qor cinwaan http:// ama https:// ah oo aan lahayn magac isticmaale ama furaha sirta ah.
error-webhook-url-private = Cinwaankani wuxuu ku yaal server-kan ama shabakad gaar ah gudaheeda: webhook-yada waxaa loo diraa cinwaannada guud oo keliya.
error-webhook-events-invalid = Dooro ugu yaraan hal dhacdo.
error-webhook-unknown = Ma jiro bartilmaameed webhook oo sidaas ah.

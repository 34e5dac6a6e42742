# Hemşehri: the citizen conversation (every channel). Kurdish, Kurmanji (Latin script).
# Keys and placeable names are the same in every language; translate the text only.
# Placeables: $city = the city's name; $reference = "482 913 656"; $count, $max, $min, $page,
# $pages, $given = numbers; $language = a language's name; other placeables are described above their message.

## Start and language

start-welcome = Silav, hûn bi xêr hatin Hemşehriyê 👋 Li vir hûn bi peyaman digihîjin xizmetên civakî yên Şaredariya { $city }. Hûn dikarin ji bo piştgiriyê serlêdan bikin, rewşa serlêdanên xwe bibînin û ji karmendên me pirsan bikin.
language-pick = Hûn dixwazin em bi kîjan zimanî ji we re binivîsin? Hûn dikarin her dem bi /language zimên biguherînin.
# $language: the language's own name (e.g. "العربية")
language-set = Baş e: ji niha pê ve em ê bi { $language } ji we re binivîsin.
language-kept = Baş e, em ê bi { $language } berdewam bikin.
# $question: the same question, already written in the other language; $language: that language's name in this language.
language-switch-ask =
    { $question }

    Wisa xuya dike ku peyama we bi { $language } hatiye nivîsîn. Em bi wî zimanî berdewam bikin?
# Shown in the language the person wrote in; $language: its own name.
language-switch-question = Hûn dixwazin em bi { $language } berdewam bikin?
language-switch-yes = ✅ Erê: { $language }
# $language: the current language's own name
language-switch-no = ❌ Na, bila { $language } bimîne

## Main menu (a keyboard that stays on screen; each label must be unique)

menu-apply = 📝 Serlêdana piştgiriyê
menu-status = 📋 Serlêdanên min
menu-ask = 💬 Pirsek bipirsin
menu-language = 🌐 Ziman / Language
menu-help = ❓ Rêber
menu-prompt = Hûn dixwazin çi bikin? Ji menûya jêrîn hilbijêrin.

## Common buttons

button-cancel = ✖️ Betal bike
button-next = Pêş ▶️
button-previous = ◀️ Paş
button-share-phone = 📱 Hejmara telefona min bişîne
phone-type-instead = An jî hejmara xwe binivîsin, wek mînak 0532 123 45 67.

## Help and cancel

help =
    Li vir hûn dikarin van tiştan bikin:

    📝 Serlêdana piştgiriyê: ji bo yek ji bernameyên piştgiriyê yên şaredariyê serlêdan bikin (/apply)
    📋 Serlêdanên min: rewşa serlêdanên xwe bibînin (/status), an jî tenê hejmara serlêdanê binivîsin
    💬 Pirsek bipirsin: pirsa xwe binivîsin, karmendek dê bersiv bide (/ask); hûn dikarin rasterast jî binivîsin
    🌐 Ziman: zimanê vê axaftinê biguherînin (/language)
    ✖️ Betal bike: karê ku we dest pê kiriye rawestînin (/cancel)
    🗑️ Agahiyên min jê bibe: her tiştê li ser we bidin jêbirin (/forget)

    Di rewşeke acîl de, telefonî 112 bikin.
help-in-flow = Hûn niha di nîvê karekî de ne. Bi pirsa jêrîn berdewam bikin, an ji bo rawestandinê /cancel binivîsin.
cancel-done = Baş e, me kar rawestand û agahiyên ku we nivîsîbûn jê birin. Hûn dikarin ji menûyê dîsa dest pê bikin.
cancel-nothing = Tiştekî ku were betalkirin tune. Hûn dikarin ji menûyê dest pê bikin.

## Forget me (/forget)

forget-ask =
    🗑️ Hûn dixwazin em her tiştê ku ji vê axaftinê li ser we li cem me ye jê bibin?

    Navê we, hejmara telefon û nasnameya we, peyam û belgeyên we dê bên jêbirin, û serlêdanên we yên ku hîn vekirî ne dê bên betalkirin. Ev paşê nayê vegerandin. Piştgiriyên ku berê biryara wan hatiye dayîn nayên guhertin.
forget-yes = 🗑️ Erê, hemûyî jê bibe
forget-no = ↩️ Na, jê nebe
forget-done = Temam: me agahiyên we jê birin. Heke hûn dîsa ji me re binivîsin, em ê ji nû ve dest pê bikin.
forget-kept = Baş e, tiştek nehat jêbirin.

## Withdrawing an application (My applications)

withdraw-button = ✖️ Paşde bikişîne
withdraw-ask = Tu dixwazî serlêdana { $reference } ({ $programme }) paşde bikişînî? Karmendên me êdî li ser wê naxebitin. Bi vê yekê tu agahiyên ku te dane me nayên jêbirin.
withdraw-yes = ✅ Erê, bikişîne
withdraw-no = ↩️ Na, bila bimîne
withdraw-done = Serlêdana { $reference } hate paşdekişandin. Tu dikarî her dem dîsa serlêdan bikî.
withdraw-kept = Baş e, serlêdana te wek xwe dimîne.
withdraw-not-possible = Ev serlêdan jixwe girtî ye, ji ber vê yekê nayê paşdekişandin.
apply-from-question = Karmendên me pêşniyar dikin ku hûn ji bo vê bernameyê serlêdan bikin. Tiştên ku we di pirsa { $reference } de nivîsîn dê bikevin serlêdanê, ji ber vê yekê em ê tenê tiştên ku hê kêm in bipirsin.

## Hints when an answer does not fit the question

hint-use-buttons = Ji kerema xwe yek ji bişkokên jêrîn hilbijêrin.
hint-type-answer = Ji kerema xwe bersiva xwe wek peyam binivîsin.
hint-not-now = Em li vir nikarin vê bi kar bînin. Ji kerema xwe bersiva pirsa jêrîn bidin, an ji bo rawestandinê /cancel binivîsin.
long-text-part = Me nivîseke dirêj wergirt (heta niha hejmara tîpan: { $count }). Sepana we peyamên dirêj bi beşan dişîne: heke dûmahîk heye, wê bişînin û em ê beşan bikin yek. Heke hemû ev bû, pêl bişkokê bikin.
long-text-done = ✅ Hemû ev bû

## Other messages

common-sticker = 😊 Spas! Em çawa dikarin alîkariya we bikin? Ji menûyê hilbijêrin an pirsa xwe binivîsin.
common-location = Spas, lê cihê we ji me re ne pêwîst e. Va ye menû.
common-contact-not-needed = Spas, lê niha hejmara telefona we ji me re ne pêwîst e, ji ber vê yekê me ew tomar nekir. Va ye menû.
common-unsupported = Em nikarin vî cureyê peyamê bixwînin. Ji kerema xwe bi nivîsê ji me re binivîsin, an wêneyek an belgeyek bişînin.
common-button-expired = Ev bişkok êdî naxebite. Ji kerema xwe dîsa ji menûyê hilbijêrin.
common-empty = Peyama we vala bû. Ji kerema xwe binivîsin ka hûn çi hewce dikin, an ji menûyê hilbijêrin.
common-no-words = 🙂 Em çawa dikarin alîkariya we bikin? Pirsa xwe bi çend peyvan binivîsin, an ji menûyê hilbijêrin.
# $command: what the person typed, e.g. "/foo"
common-unknown-command = Em fermana { $command } nas nakin. Ji bo ku hûn bibînin ka hûn dikarin çi bikin, /help binivîsin.
flood-slow-down = Hûn pir bi lez peyaman dişînin. Ji kerema xwe çend çirkeyan bisekinin, paşê berdewam bikin. Bersiva peyamên we yên dawî nehat dayîn, lê heke daxwazeke we ya vekirî hebe, tiştên ku we nivîsîn li wê hatin zêdekirin.
flow-expired = Karê ku we dest pê kiribû hat girtin, ji ber ku demeke dirêj bersiv nehat. Agahiyên ku we dabûn jî hatin jêbirin. Hûn dikarin her dem ji nû ve dest pê bikin.
telegram-private-only = Ji bo parastina nepeniya we, em tenê di axaftina taybet de bersiv didin. Ji kerema xwe rasterast ji min re binivîsin.

## Input errors in the application

error-file-too-large = Ev pel pir mezin e. Her pel herî zêde dikare { $max } MB be.
error-file-kind = Ji kerema xwe belgeyê wek wêne an pel (wek mînak PDF) bişînin.
error-too-many-files = Hûn herî zêde dikarin { $max } pelan bişînin.
error-neighbourhood-empty = Ji kerema xwe navê taxa xwe binivîsin.
error-neighbourhood-too-long = Navê taxê herî zêde dikare { $max } tîp be. Ji kerema xwe kurttir binivîsin.
error-household-not-number = Ji kerema xwe tenê hejmarekê binivîsin, wek mînak 4.
error-household-range = Ji kerema xwe hejmarekê di navbera { $min } û { $max } de binivîsin.
error-description-empty = Ji kerema xwe rewşa xwe bi çend peyvan binivîsin.
error-description-too-long = Nivîsa we { $given } tîp e; herî zêde { $max } tîp cih digirin. Ji kerema xwe kurttir bikin.

## Applying for support

apply-pick-programme = Hûn dixwazin ji bo kîjan piştgiriyê serlêdan bikin? (rûpel { $page } ji { $pages })
# $programme: the programme's name; $description: what it is; $count: how many questions follow
apply-programme-about =
    { $programme }

    { $description }

    { $count ->
        [one] Serlêdan tenê gaveke kurt e.
       *[other] Serlêdan ji { $count } gavên kurt pêk tê.
    }
apply-start = ✅ Serlêdanê dest pê bike
apply-back = ↩️ Bernameyên din
apply-read-programmes = ℹ️ Derbarê bernameyên me de
apply-programme-gone = Ev bername êdî nayê pêşkêşkirin. Ji kerema xwe dîsa ji lîsteyê hilbijêrin.

## Privacy notice and consent (shown before anything personal is asked)

# $version: the notice's version, e.g. "2026-11"
privacy-notice =
    🔒 Em agahiyên we yên kesane çawa bi kar tînin (Qanûna Parastina Daneyên Kesane ya bi hejmara 6698, KVKK; guhertoya vê agahdariyê { $version })

    Şaredariya { $city } ji daneyên we berpirsiyar e. Ji bo serlêdanê em tenê tiştên ku ji bo bernameya ku we hilbijartiye pêwîst in dipirsin: hejmara telefonê, hejmara nasnameyê, navçe û taxa we, çend kes li mala we dijîn, çend gotin li ser rewşa we û, heke hûn bixwazin, wêneyên belgeyan.

    Em van agahiyan ji bo nirxandina serlêdana we, gihandina piştgiriyê û têkiliya bi we re bi kar tînin. Ev yek beşek ji erkên alîkariya civakî yên şaredariyê ye. Hejmara nasnameya we bi şîfre tê parastin û ji karmendan re bi awayekî veşartî tê nîşandan. Agahiyên we tenê karmendên şaredariyê yên bi destûr dibînin. Ew bi saziyên din ên giştî re tenê dema ku qanûn ferz dike tên parvekirin. Agahiyên we li Tirkiyê tên hilanîn û gava ku dema hilanînê biqede, tên jêbirin.

    Ji kerema xwe agahiyên tenduristiyê di vê axaftinê de nenivîsin; heke hewce be, ew rû bi rû tên girtin.

    Hûn dikarin mafên xwe yên di xala 11an a qanûnê de bi kar bînin (pirsîna ka em çi agahî li ser we digirin, rastkirin, jêbirin û yên din): li vir ji me re binivîsin an serî li şaredariyê bidin.
consent-ask = We ev agahdarî xwend? Hûn qebûl dikin ku agahiyên ku hûn didin ji bo serlêdana we bên bikaranîn?
consent-agree = ✅ Min xwend û ez qebûl dikim
consent-disagree = ❌ Ez qebûl nakim
consent-thanks = Spas. Niha em ê çend pirsên kurt bipirsin. Hûn dikarin her dem bi /cancel rawestin.
consent-refused = Em fêm dikin. Me tu agahiyeke we ya kesane tomar nekir. Bêyî razîbûna we em nikarin di vê axaftinê de serlêdanê bigirin, lê rêyên din hene: hûn dikarin derbarê bernameyên me de bixwînin, pirsekê ji karmendekî bipirsin, an jî serî li navendeke xizmetên civakî bidin an telefonî 153 bikin û serlêdan bikin.

## The application's questions

apply-ask-phone = Derbarê vê serlêdanê de em dikarin bi kîjan hejmara telefonê xwe bigihînin we?
apply-ask-identity = Ji kerema xwe hejmara nasnameya xwe ya Tirkiyê binivîsin (T.C. Kimlik No, 11 reqem). Heke hûn biyanî ne, hejmara nasnameya biyaniyan a ku bi 99 dest pê dike binivîsin: ew li ser belgeya we ya parastina demkî, parastina navneteweyî an destûra rûniştinê (ikamet) heye.
# $masked: the number with all but four digits hidden, e.g. "10*******46"
apply-identity-noted = Spas, me hejmara nasnameya we wek { $masked } tomar kir.
apply-identity-warning = Me hejmara nasnameya we wek { $masked } tomar kir. Reqemên kontrolê yên wê li hev nayên, dibe ku şaşiyeke nivîsînê hebe. Ne xem e: karmendek dê bi we re kontrol bike. Hûn dikarin wê di kurteyê de jî rast bikin.
apply-identity-again = Ji bo ewlehiya we, ji kerema xwe hejmara nasnameya xwe careke din binivîsin.
apply-ask-district = Hûn li kîjan navçeyê (ilçe) dijîn? Ji lîsteyê hilbijêrin an navê wê binivîsin. (rûpel { $page } ji { $pages })
apply-district-suggestions = Mebesta we yek ji van e?
apply-district-all = 📋 Hemû navçe
apply-ask-neighbourhood = Hûn li kîjan taxê (mahalle) dijîn? Ji kerema xwe navê wê binivîsin.
apply-ask-household = Bi we re, li mala we çend kes dijîn? Ji kerema xwe hejmarekê ji { $min } heta { $max } binivîsin.
apply-ask-description = Bi çend hevokan rewşa xwe û tiştê ku hûn hewce dikin binivîsin (herî zêde { $max } tîp). Ji kerema xwe agahiyên tenduristiyê nenivîsin; heke hewce be, ew rû bi rû tên girtin.
apply-ask-documents = Heke hûn bixwazin, wêne an pelên belgeyên têkildar bişînin (herî zêde { $max } pel, her yek heta 10 MB). Heke belgeyeke we tune be, bişkokê bitikînin.
apply-documents-skip = ⏭️ Bêyî belge berdewam bike
apply-documents-done = ✅ Qediya, berdewam bike
apply-document-received = Pel gihîşt ({ $count } ji { $max }). Pelekî din bişînin, an berdewam bikin.
apply-documents-full = Me { $max } pel wergirtin; ji vê zêdetir em nikarin bigirin. Em berdewam dikin.

## Summary and submission

# $details: one line per answer, already written in this language
apply-summary =
    Ji kerema xwe serlêdana xwe kontrol bikin:

    { $details }

    Heke her tişt rast be, “Bipejirîne û bişîne” bitikînin. Ji bo guhertina bersivekê, bişkoka wê bitikînin.
apply-summary-programme = Bername: { $programme }
# $value: what the person answered
apply-summary-phone = Telefon: { $value }
apply-summary-national_id = Hejmara nasnameyê: { $masked }
apply-summary-district = Navçe: { $value }
apply-summary-neighbourhood = Tax: { $value }
apply-summary-household_size = Kesên li malê: { $count }
apply-summary-description = Gotinên we: { $value }
apply-summary-documents = Belge: { $count ->
        [0] tune
        [one] pelek
       *[other] { $count } pel
    }
apply-summary-missing = (nehatiye dayîn)
apply-edit-phone = ✏️ Telefon
apply-edit-national_id = ✏️ Hejmara nasnameyê
apply-edit-district = ✏️ Navçe
apply-edit-neighbourhood = ✏️ Tax
apply-edit-household_size = ✏️ Kesên li malê
apply-edit-description = ✏️ Gotinên we
apply-edit-documents = ✏️ Belge
apply-confirm = ✅ Bipejirîne û bişîne
apply-submitted =
    Serlêdana we gihîşt me 🎉

    Hejmara serlêdanê: { $reference }
    Bername: { $programme }

    Ji kerema xwe vê hejmarê biparêzin. Ji bo ku hûn li ser serlêdana xwe bipirsin, tenê vê hejmarê ji me re bişînin.
apply-next-days = { $count ->
        [one] Serlêdanên wek ya we bi gelemperî di nav rojekê de tên nirxandin.
       *[other] Serlêdanên wek ya we bi gelemperî di nav { $count } rojan de tên nirxandin.
    } Her gava ku rewşa wê biguhere, em ê li vir ji we re binivîsin.
apply-next-hours = { $count ->
        [one] Serlêdanên wek ya we bi gelemperî di nav saetekê de tên nirxandin.
       *[other] Serlêdanên wek ya we bi gelemperî di nav { $count } saetan de tên nirxandin.
    } Her gava ku rewşa wê biguhere, em ê li vir ji we re binivîsin.

## My applications

status-none = Hîn serlêdaneke we tune. Ji bo serlêdana piştgiriyê, bişkoka jêrîn bitikînin.
status-list = { $count ->
        [one] Serlêdana we ya dawî:
       *[other] { $count } serlêdanên we yên dawî:
    }
# $status: the status's name; $date: when it last changed; $next: what happens next
status-item =
    📄 { $reference }: { $programme }
    Rewş: { $status } (ji { $date } ve)
    Gava piştre: { $next }
status-details = 🔎 Hûrgilî
status-reference-hint = Ji bo ku hûn hûrgiliyên serlêdanekê bibînin, hejmara wê binivîsin (wek mînak 482 913 656).
status-detail =
    📄 Serlêdan { $reference }
    Bername: { $programme }
    Rewş: { $status } (ji { $date } ve)

    Piştre çi dibe: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 Nota karmendên me: { $note }
status-not-found = Di nav serlêdanên we de me serlêdaneke bi hejmara { $reference } nedît. Ji kerema xwe hejmarê kontrol bikin û dîsa binivîsin.
# A status asked for from a channel the application was not made on: the second factor (handlers.status_check)
status-check-ask = Me serlêdana { $reference } di nav serlêdanên ji vî hesabî hatine kirin de nedît. Eger ji telefon an hesabekî din hatibe kirin, çar reqemên dawî yên hejmara telefonê ya di serlêdanê de hatiye dayîn binivîsin, em ê rewşa wê ji we re bibêjin. Eger we hejmar şaş nivîsîbe, dîsa binivîsin.
status-check-detail =
    📄 Serlêdan { $reference }
    Rewş: { $status }

    Piştre çi dibe: { $next }
status-check-mismatch = Reqemên ku we nivîsîn bi serlêdana bi hejmara { $reference } re li hev nayên, an serlêdaneke bi vê hejmarê tune ye. Ji bo careke din biceribînin, hejmara serlêdanê dîsa binivîsin.
status-check-locked = Ji bo vê serlêdanê an ji vê sohbetê gelek bersivên şaş hatin; ji bo ewlehiya we em demekê nikarin bersiv bidin. Ji kerema xwe sibê dîsa biceribînin, an ji telefon an hesabê ku we serlêdan pê kiriye binivîsin.
# Where am I in the queue (handlers.queue_place): a place in line and an expected wait, never a promise
queue-place = Serlêdana we ya { $reference } di nav serlêdanên bi zimanê we yên ku li benda vê beşê ({ $desk }) ne de di rêza { $position }. de ye.
queue-estimate-hours = Li gorî leza çend rojên dawî, hûn dikarin bersivê di nêzîkî vê demê (bi saetan) de hêvî bikin: { $low }–{ $high }. Ev texmînek e, ne soz e.
queue-estimate-days = Li gorî leza çend rojên dawî, hûn dikarin bersivê di nêzîkî vê demê (bi rojan) de hêvî bikin: { $low }–{ $high }. Ev texmînek e, ne soz e.
queue-no-estimate = Di çend rojên dawî de têra xwe serlêdanên vê rêzê nehatin bersivandin ku em dema li benda mayînê texmîn bikin. Gava rewşa wê biguhere, em ê li vir ji we re bibêjin.
queue-in-hand = Karmendekî me jixwe li ser serlêdana we ya { $reference } dixebite.
queue-none = Niha tu serlêdana we li rêzê li bendê nîne. Ji bo rewşa serlêdanên xwe bibînin, li “Serlêdanên min” binêrin.

## Questions to staff and answers to “we need more information”

ask-prompt = Ji kerema xwe pirsa xwe bi gotinên xwe binivîsin. Hûn dikarin wêneyê belgeyekê jî bişînin. Karmendek dê wê bixwîne û li vir bersiv bide.
ask-attachment-needs-words = Pelê we gihîşt me. Ji kerema xwe bi çend peyvan binivîsin ka hûn çi hewce dikin. Em ê herduyan bi hev re bişînin karmendekî.
ask-attachment-kept = { $count ->
        [one] Pelê we gihîşt me.
       *[other] { $count } pelên we gihîştin me.
    } Niha ji kerema xwe pirsa xwe bi çend peyvan binivîsin.
question-notice =
    🔒 Em agahiyên we yên kesane çawa bi kar tînin (Qanûna Parastina Daneyên Kesane ya bi hejmara 6698, KVKK; guhertoya vê agahdariyê { $version })

    Şaredariya { $city } pirsa we, pelên ku hûn dişînin û navnîşana vê axaftinê hildide, da ku karmendên me li vir bersiva we bidin. Tiştên ku hûn dinivîsin tenê karmendên şaredariyê dixwînin, ji bo ku bersiva we bidin. Ew li Tirkiyê tên hilanîn. Ji kerema xwe agahiyên tenduristiyê nenivîsin.

    Hûn dikarin mafên xwe yên di xala 11an a qanûnê de bi kar bînin (pirsîna ka em çi agahî li ser we digirin, rastkirin, jêbirin û yên din): li vir ji me re binivîsin an serî li şaredariyê bidin.
question-notice-ask = Em pirsa we bi van şertan ji karmendên xwe re bişînin?
question-notice-agree = ✅ Erê, bişînin
question-notice-decline = ❌ Na, neşînin
question-notice-declined = Baş e: me pirsa we hilneda. Hûn hê jî dikarin derbarê bernameyên me de bixwînin, serî li navendeke xizmetên civakî bidin an jî telefonî 153 bikin.
# $desk: the name of the desk that will answer
ask-received-days = Pirsa we gihîşt vê beşê: { $desk }. Hejmara şopandinê: { $reference }. { $count ->
        [one] Em bi gelemperî di nav rojekê de bersiv didin.
       *[other] Em bi gelemperî di nav { $count } rojan de bersiv didin.
    } Bersiv dê li vir were.
ask-received-hours = Pirsa we gihîşt vê beşê: { $desk }. Hejmara şopandinê: { $reference }. { $count ->
        [one] Em bi gelemperî di nav saetekê de bersiv didin.
       *[other] Em bi gelemperî di nav { $count } saetan de bersiv didin.
    } Bersiv dê li vir were.
ask-added = Me peyama we li daxwaza we ya bi hejmara { $reference } zêde kir. Karmendek dê wê bibîne.
ask-info-received = Spas! Me tiştên ku we şandin li serlêdana we ya bi hejmara { $reference } zêde kirin. Ew niha dîsa li ba karmendên me ye, ji bo nirxandinê.
ask-which = Ev peyama te li ser kîjan daxwaza te ye? Ji kerema xwe li jêr hilbijêre.
ask-which-item = 📄 { $programme } · { $reference }
ask-which-new = ✏️ Pirsek nû

## Safeguarding (see en/bot.ftl for what each message is for)
safeguarding-in-language = { $help }
safeguarding-help-self_harm = Spas ku we ji me re got. Hûn ne bi tenê ne. Heke dibe ku hûn niha zirarê bidin xwe, ji kerema xwe li 112 bigerin; lêgerîn belaş e û şev û roj bersiv tê dayîn. Heke hûn dikarin, li cem kesekî ku hûn pê bawer dikin bimînin.
safeguarding-help-medical_emergency = Dibe ku ev rewşeke acîl be: ji kerema xwe niha li 112 bigerin û ambulansê bixwazin. Lêgerîn ji her telefonê belaş e.
safeguarding-help-violence = Spas ku we ji me re got; tiştê ku tê serê we ne sûcê we ye. Heke hûn niha di xetereyê de ne, li 112 (an 155, polîs) bigerin. Hûn dikarin li 183 jî bigerin, xeta belaş a piştgiriya civakî ji bo jin, zarok, kal û pîr û kesên astengdar. KADES sepana polîsan e ji bo jinên di xetereyê de.
safeguarding-help-child_at_risk = Heke zarokek niha di xetereyê de be, li 112 bigerin. Hûn dikarin li 183 jî bigerin, xeta belaş a piştgiriya civakî ji bo zarok û malbatan.
safeguarding-help-trafficking = Heke hûn niha di xetereyê de ne, li 112 (an 155, polîs) bigerin. YİMER bi hejmara 157 bi çend zimanan alîkariya biyaniyan dike, herwiha ya kesên ku bi zorê têne xebitandin an li dijî daxwaza xwe têne girtin. Xeta şêwirmendiyê ya UNHCR jî dikare rê nîşanî we bide.
safeguarding-help-no_shelter =
    { $programme ->
        [none] Heke îşev cihekî we yê ewle yê razanê tune be, karmendên me dê di zûtirîn demê de bi we re li cihekî bigerin. Heke hûn di xetereyê de ne, li 112 bigerin.
       *[other] Heke îşev cihekî we yê ewle yê razanê tune be, bernameya şaredariyê "{ $programme }" dikare alîkariyê bike, û karmendên me dê di zûtirîn demê de bi we re têkilî daynin. Heke hûn di xetereyê de ne, li 112 bigerin.
    }
safeguarding-help-detention = Heke hûn an yekî ji malbata we hatibe binçavkirin an xetera dersînorkirinê hebe: YİMER bi hejmara 157 bi çend zimanan bersiva biyaniyan dide, û xeta şêwirmendiyê ya UNHCR dikare derbarê mafên we de rê nîşanî we bide.
safeguarding-help-foreigners = Ji bo biyaniyan: YİMER bi hejmara 157 bi çend zimanan bersiv dide, û xeta şêwirmendiyê ya UNHCR jî dikare rê nîşanî we bide.
safeguarding-passed-on = Me peyama we wek acîl ji karmendên xwe re şand (hejmara şopandinê { $reference }). Hûn dikarin li vir nivîsandina ji me re bidomînin.

## Fêmkirina peyamên azad, û pirsa zimên dema ku em ne piştrast in

# Dema ku em nizanin peyam bi kîjan zimanî ye tê pirsîn; bi zimanê herî muhtemel tê nîşandan.
language-choose-question = Em bi kîjan zimanî bidomînin? Ji kerema xwe ji jêr hilbijêrin.
# $question: nivîsa language-choose-question bi wî zimanî
language-choose-ask =
    { $question }

    Me nekarî fêm bikin ka peyama we bi kîjan zimanî hatiye nivîsandin. Ji kerema xwe ji jêr zimanekî hilbijêrin.
language-choose-other = 🌐 Zimanekî din
intent-greeting = Silav 👋 Em çawa dikarin alîkariya we bikin? Ji menuya jêr hilbijêrin an pirsa xwe binivîsin.
intent-thanks = Ser çavan 🙂 Heke hûn hewcedarî tiştekî din bin, menu li jêr e.

## A programme's own questions (core/catalogue.toml) and the applicant's full name

apply-ask-full-name = Nav û paşnavê we çi ye? Ji kerema xwe wê di rêzekê de binivîsin, wek ku di belgeyên we de hatiye nivîsîn.
apply-summary-full_name = Nav û paşnav: { $value }
apply-edit-full_name = ✏️ Nav û paşnav
apply-question-more = Hat tomarkirin ({ $count }/{ $max }). Hûn dikarin ya din binivîsin, an heke ev hemû be, bişkokê bitikînin.
apply-question-done = ✅ Ev hemû ye, berdewam bike
apply-question-again = ✏️ Dîsa binivîse
apply-summary-answer = { $label }: { $value }
apply-edit-answer = ✏️ { $label }
apply-answer-yes = ✅ Erê
apply-answer-no = ❌ Na
question-child_birth_dates = Dîroka zayîna zaroka we ya di bin pênc saliyê de çi ye? Wek roj.meh.sal binivîsin, mînak 15.03.2023. Heke çend zarokên we hebin, dîrokan yek bi yek bişînin.
    .label = Dîrokên zayîna zarokan
question-child_birth_dates-over = Zaroka we ya ku di { $date } de hatiye dinyayê pênc salî an mezintir e; Süt Kuzusu ji bo zarokên di bin pênc saliyê de ye. Me ev dîrok tomar kir, lê ji bo vê bernameyê nayê hesibandin.
question-child_birth_dates-none = Li gorî dîrokên ku we nivîsîn, tu zarokên we di bin pênc saliyê de nînin, ji ber vê yekê em nikarin serlêdana Süt Kuzusu bistînin. Em xemgîn in. Heke we dîrokek şaş nivîsî be, hûn dikarin dîsa binivîsin. Piştgiriyên din, wek pakêta xwarinê an pakêta taştê, dibe ku ji malbata we re guncan bin: hûn dikarin li bernameyan binêrin an pirsekê ji me bipirsin.
question-income_band = Dahata mehane ya giştî ya malbata we çiqas e? Meaş, teqawîtî û alîkariyên ku hûn distînin jî tê de bihesibînin.
    .label = Dahata mehane ya malbatê
question-income_band-none = Qet dahat tune
question-income_band-below_half = Ji nîvê mûçeya herî kêm kêmtir
question-income_band-below_minimum = Heta mûçeya herî kêm
question-income_band-above_minimum = Ji mûçeya herî kêm zêdetir
question-rent_amount = Kirêya we ya mehane çend lîre ye? Ji kerema xwe tenê hejmarê binivîsin, mînak 8500.
    .label = Kirêya mehane (TL)
question-landlord_name = Nav û paşnavê xwediyê xaniyê we çi ye?
    .label = Xwediyê xanî
question-landlord_phone_known = Hûn hejmara telefona xwediyê xanî dizanin?
    .label = Telefona xwediyê xanî tê zanîn
question-landlord_phone = Ji kerema xwe hejmara telefona xwediyê xanî binivîsin.
    .label = Telefona xwediyê xanî
question-school = Navê dibistana xwendekar çi ye?
    .label = Dibistan
question-grade = Xwendekar di pola çendan de ye? Ji kerema xwe hejmarekê ji 1 heta 12 binivîsin.
    .label = Pol

## The documents a programme needs (core/catalogue.toml documents_needed)

apply-documents-needed =
    Di dema serlêdanê de em ê wêneyên van belgeyan bixwazin; ji niha ve amade bikin:
    { $documents }
    Ya ku niha ne li ba we be, hûn dikarin paşê li nivîsgehê jî bidin.
apply-ask-document = Belge { $count }/{ $max }: { $document }. Ji kerema xwe wêne an pelê wê bişînin (herî zêde 10 MB). Heke niha ne li ba we be, bişkokê bitikînin.
apply-document-next = ⏭️ Belgeya din
apply-document-later = ⏭️ Niha ne li ba min e
apply-documents-finish = ✅ Belge ev qas in, berdewam bike
apply-summary-document-sent = ✅ { $document } (pelên şandî: { $count })
apply-summary-document-missing = ❌ { $document }: nehat şandin; hûn dikarin li nivîsgehê jî bidin.
document-identity_card = Karta nasnameyê
document-address_certificate = Belgeya navnîşanê (ji e-Devlet)
document-income_proof = Belgeya dahata malbatê (bordroya meaş an belgeya teqawîtiyê)
document-child_birth_certificate = Qeyda nifûsê ya zarokê
document-rent_contract = Peymana kirêyê
document-pension_document = Belgeya teqawîtiyê
document-water_bill = Fatûreya avê ya dawî
document-wheelchair_photo = Wêneyê kursiya bi teker

command-start = Bi xêr hatin û hilbijartina ziman
command-apply = Ji bo bernameyeke piştgiriyê serlêdan bikin
command-status = Rewşa serlêdanên we
command-ask = Pirsekê ji karmendên me bipirsin
command-language = Zimanê axaftinê biguherînin
command-help = Rêber
command-cancel = Karê ku we dest pê kiriye rawestînin
command-forget = Her tiştê li ser we bidin jêbirin

## A phone of one's own, someone else's, or none

apply-phone-own = 📱 Hejmara min bi xwe
apply-phone-relative = 👪 Hejmara xizmekî min
apply-phone-neighbour = 🏠 Hejmara cîranê min
apply-phone-none = 🚫 Telefona min tune
apply-ask-phone-relative = Ji kerema xwe hejmara telefona xizmekî xwe binivîsin ku dikare peyamên me bigihîne we. Karmendên me dê bibînin ku ev hejmar a xizmekî we ye.
apply-ask-phone-neighbour = Ji kerema xwe hejmara telefona cîranê xwe binivîsin ku dikare peyamên me bigihîne we. Karmendên me dê bibînin ku ev hejmar a cîranê we ye.
apply-phone-none-noted = Ne pirsgirêk e. Em ê hemû nûçeyên serlêdana we li vir, di vê sohbetê de, binivîsin.
apply-phone-none-webchat = Ne pirsgirêk e. Em ê hemû nûçeyên serlêdana we di vê sohbetê de binivîsin. Ji bo ku paşê an ji cîhazeke din vegerin vê sohbetê, koda sohbeta xwe biparêzin: { $code }
apply-summary-phone-relative = Telefon (a xizmekî): { $value }
apply-summary-phone-neighbour = Telefon (a cîranî): { $value }
apply-summary-phone-none = Telefon: tune; nûçe dê di vê sohbetê de werin nivîsîn

## A number typed in the web chat, verified by a code sent by SMS
apply-code-sent = Me kodeke 6 hejmarî ji vê hejmarê re şand (bi { $ending } diqede). Kodê li vir binivîsin: bi vî awayî em dizanin ku hejmar a we ye, û em dikarin bi rêyên din jî xwe bigihînin we.
apply-code-again = Kodê dîsa bişîne
apply-code-skip = Bê kod berdewam bike
apply-code-expired = Dema vê kodê derbas bû. Kodeke nû bixwazin an bê kod berdewam bikin.
apply-code-wrong = Ev kod rast nebû. Dîsa biceribînin ({ $left } ceribandin man).
apply-code-too-many = Kod çend caran rast nebû. Me hejmara we wekî ku we nivîsî tomar kir; em bi serlêdana we berdewam bikin.
apply-code-ok = Spas, hejmara we hate piştrastkirin.

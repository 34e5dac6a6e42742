# Hemşehri: the citizen conversation (every channel). Kurdish, Kurmanji (Latin script).
# Keys and placeable names are the same in every language; translate the text only.
# Placeables: $city = the city's name; $reference = "482 913 657"; $count, $max, $min, $page,
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
menu-help = ❓ Alîkarî
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

## Hints when an answer does not fit the question

hint-use-buttons = Ji kerema xwe yek ji bişkokên jêrîn hilbijêrin.
hint-type-answer = Ji kerema xwe bersiva xwe wek peyam binivîsin.
hint-not-now = Em li vir nikarin vê bi kar bînin. Ji kerema xwe bersiva pirsa jêrîn bidin, an ji bo rawestandinê /cancel binivîsin.

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
status-reference-hint = Ji bo ku hûn hûrgiliyên serlêdanekê bibînin, hejmara wê binivîsin (wek mînak 482 913 657).
status-detail =
    📄 Serlêdan { $reference }
    Bername: { $programme }
    Rewş: { $status } (ji { $date } ve)

    Piştre çi dibe: { $next }
# $note: a message staff wrote for the person
status-public-note = 💬 Nota karmendên me: { $note }
status-not-found = Di nav serlêdanên we de me serlêdaneke bi hejmara { $reference } nedît. Ji kerema xwe hejmarê kontrol bikin û dîsa binivîsin.

## Questions to staff and answers to “we need more information”

ask-prompt = Ji kerema xwe pirsa xwe bi gotinên xwe binivîsin. Hûn dikarin wêneyê belgeyekê jî bişînin. Karmendek dê wê bixwîne û li vir bersiv bide.
ask-attachment-needs-words = Pelê we gihîşt me. Ji kerema xwe bi çend peyvan binivîsin ka hûn çi hewce dikin. Em ê herduyan bi hev re bişînin karmendekî.
ask-attachment-kept = { $count ->
        [one] Pelê we gihîşt me.
       *[other] { $count } pelên we gihîştin me.
    } Niha ji kerema xwe pirsa xwe bi çend peyvan binivîsin.
ask-privacy-note = 🔒 Tiştên ku hûn dinivîsin tenê karmendên şaredariyê dixwînin, ji bo ku bersiva we bidin. Ew li Tirkiyê tên hilanîn. Ji kerema xwe agahiyên tenduristiyê nenivîsin.
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

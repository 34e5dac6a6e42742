# Hemşehri: names and messages owned by the request service (core/). Kurdish, Kurmanji (Latin script).
# Keys and placeable names are the same in every language; translate the text only.

## This language

# The language's own name, as people would pick it in a list
language-name = Kurdî (Kurmancî)

## Programmes: `programme-<code>` is the name people read, `.description` one or two sentences about it.
## Names are explained, not transliterated; the Turkish name follows in brackets where people know it.

programme-cash_aid = Alîkariya bi pere ji bo malbatên hewcedar
    .description = Pereyê ku ji bo pêdiviyên rojane tê dayîn, ji malbatên ku dahata wan tune an kêm e re. Mîqdar li gorî rewşa mala we tê diyarkirin.
programme-food_package = Pakêta xwarinê
    .description = Pakêteke xwarinên bingehîn (wek birinc, makarne, rûn, nîsk û nok) ji bo malbatên ku nikarin têra xwe xwarinê bikirin.
programme-milk_for_children = Şîr ji bo zarokên di bin 5 saliyê de (Süt Kuzusu)
    .description = Ji bo zarokên biçûk ên di bin pênc saliyê de şîr bi rêkûpêk tê şandin, da ku ew bi tenduristî mezin bibin.
programme-hot_meals = Xwarina germ ji aşxaneyên şaredariyê (aşevi)
    .description = Her roj xwarineke germ ji aşxaneyên şaredariyê. Hûn dikarin wê bistînin; heke hûn nikarin ji malê derkevin, ew tê mala we.
programme-medical_supplies = Alavên tibî (medikal)
    .description = Alavên wek pêçekên mezinan an nivîna nexweşan, ji bo kesên ku li malê hewce dikin. Agahiyên tenduristiyê rû bi rû tên axaftin, qet di vê axaftinê de na.
programme-wheelchair_repair = Lênêrîn û tamîra kursiyên bi teker
    .description = Lênêrîn û tamîra belaş a kursiyên bi teker û yên bi baterî.
programme-accessible_transport = Veguhestina guncav ji bo kesên astengdar
    .description = Bi wesayîteke ku ji bo astengdaran hatiye amadekirin, çûyîna nexweşxaneyê, dibistanê an randevûyeke fermî.
programme-stationery_set = Pakêta alavên dibistanê (kirtasiye)
    .description = Defter, pênûs û alavên din ên dibistanê ji bo xwendekarên ji malbatên hewcedar.
programme-exam_prep_centre = Kursên belaş ên amadekariya îmtîhanan
    .description = Li navendên perwerdeyê yên şaredariyê, kursên belaş ji bo amadekariya îmtîhanên ketina lîseyê û zanîngehê.
programme-rent_support = Alîkariya kirêya xaniyan
    .description = Piştgirî ji bo malbatên ku nikarin kirêya xwe bidin û di xetereya windakirina mala xwe de ne.
programme-water_discount_retirees = Daxistina fatûreya avê ji bo teqawîtan
    .description = Ji bo teqawîtên ku maaşê wan kêm e, daxistin li ser fatûreya avê.
programme-mother_solidarity_card = Karta Hevgirtina Dayikan: pereyê kirînê ji bo dayikan
    .description = Karteke ku her meh pere lê tê barkirin, ji bo dayikên zarokên biçûk, da ku pêdiviyên xwe yên bingehîn bikirin.
programme-winter_fuel = Sotemeniya zivistanê (komir) ji bo germkirinê
    .description = Çewalên komirê ji bo germkirina malê di zivistanê de, ji bo malên ku bi sobeyê germ dibin.
programme-breakfast_package = Pakêta taştê
    .description = Pakêteke xwarinên taştê (wek penîr, zeytûn, hêk, reçel) ji bo malbatên hewcedar.
programme-funeral_support = Piştgiriya ji bo cenazeyan
    .description = Alîkarî di karên cenazeyê û lêçûnên wê de, ji bo malbatên ku kesekî xwe winda kirine. Em bi lez bersiv didin.
programme-emergency_shelter = Stargeha acîl ji bo kesên ku li derve dimînin
    .description = Ji bo kesên ku îşev cihê wan ê razanê tune: nivînek, xwarinek û cihekî germ. Em bi lez bersiv didin.
programme-supported_employment = Alîkariya dîtina kar
    .description = Ji bo kesên ku li kar digerin, alîkarî di dîtina kar de: lihevanîna bi karan re, perwerde û şêwirmendî.
programme-refugee_desk_question = Pirs ji Beşa Penaberan re
    .description = Pirsên penaber û biyaniyên ku li vir dijîn, bi zimanê wan tên bersivandin: statûya parastinê, rûniştin (ikamet), belge û xizmetên şaredariyê.
programme-general_question = Pirsa giştî an gilî
    .description = Her pirs, pêşniyar an gilîyeke din derbarê xizmetên civakî yên şaredariyê de.

## Desks: the teams that answer

desk-social_aid = Beşa Alîkariya Civakî
desk-refugee_desk = Beşa Penaberan
desk-disability_services = Xizmetên Astengdaran
desk-education = Xizmetên Perwerdeyê
desk-employment = Xizmetên Kar
desk-contact_centre = Navenda Têkiliyan

## Statuses of a request: the name, and `.next`, what happens next

status-received = Hat wergirtin
    .next = Daxwaza we di rêzê de ye; karmendek dê di demeke nêz de lê binêre.
status-in_review = Tê nirxandin
    .next = Karmendek li daxwaza we dinêre. Heke tiştek hewce be, em ê bi we re têkilî daynin.
status-needs_info = Em li benda agahiyên we ne
    .next = Em ji we agahiyên zêdetir an belgeyekê hewce dikin. Ji kerema xwe li vir binivîsin, an wêneyê wê bişînin.
status-approved = Hat pejirandin
    .next = Daxwaza we hat pejirandin. Em ê ji we re bibêjin ka piştgirî kengî û çawa digihîje we.
status-ready = Amade ye
    .next = Piştgiriya we ji bo wergirtin an şandinê amade ye. Em ê hûrgiliyan ji we re bişînin.
status-delivered = Hat radestkirin
    .next = Piştgirî gihîşt we. Heke hûn tiştekî din hewce bikin, hûn dikarin dîsa serlêdan bikin.
status-rejected = Nehat pejirandin
    .next = Mixabin, ev daxwaz nehat pejirandin. Hûn dikarin ji me re binivîsin û sedema wê bipirsin.
status-cancelled = Hat betalkirin
    .next = Ev daxwaz li ser xwesteka we hat betalkirin. Hûn dikarin her dem dîsa serlêdan bikin.
status-closed = Hat girtin
    .next = Bersiva pirsa we hat dayîn û pirs hat girtin. Heke pirseke we ya nû hebe, tenê li vir binivîsin.

## Notifications sent later (status changes and staff replies)

# $programme: the programme's name; $status: the new status's name
notify-status = Nûçe li ser serlêdana we ya bi hejmara { $reference } ({ $programme }): rewşa wê niha ev e: “{ $status }”.
notify-moved = Daxwaza we ya bi hejmara { $reference } êdî ji aliyê { $desk } ve wekî «{ $programme }» tê şopandin. Ne hewce ye hûn tiştekî bikin; em ê li vir ji we re binivîsin.
notify-invited = Derbarê pirsa we ya { $reference }: karmendên me pêşniyar dikin ku hûn ji bo «{ $programme }» serlêdan bikin. Li vir ji me re binivîsin, em ê tenê tiştên ku hê kêm in bipirsin.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Karmendên me belgeyek ji te re şandin: tu dikarî wê di sohbeta xwe ya bi me re bibînî, an jî li ofîsa me bixwazî.
notify-machine-translated = (Ev peyam bi wergera makîneyê ji nivîsa karmendê me hatiye wergerandin.)
# $note: the note staff wrote for the person
notify-public-note = Nota karmendên me: { $note }
# $text: what staff wrote
notify-staff-reply =
    Karmendekî me li ser daxwaza we ya bi hejmara { $reference } bersiv da:

    { $text }

## Errors: the person's input

error-move-same = Daxwaz jixwe di vê bernameyê de ye.
error-move-kind = Pirsek tenê dikare biçe bernameyeke din a pirsan, serlêdanek jî tenê bernameyeke din a serlêdanan.
error-move-final = Daxwazeke girtî nayê guhestin.
error-translation-failed = Xizmeta wergerê bersiv neda; bersiva te nehat şandin. Dîsa biceribîne, an bersiveke amade bi zimanê welatî bi kar bîne.
error-unexpected = Bibexşînin, ji aliyê me ve pirsgirêkek derket. Ji kerema xwe piştî demekê dîsa biceribînin. Heke dîsa çêbibe, ji bo ku ji nû ve dest pê bikin /cancel binivîsin.
error-not-found = Tiştê ku hûn lê digeriyan me nedît.
error-invalid-input = Ev rast xuya nake. Ji kerema xwe kontrol bikin û dîsa biceribînin.
error-field-missing = Hin agahî kêm in ({ $field }).
error-phone-invalid = Ev hejmara telefonê rast xuya nake. Ji kerema xwe bi koda herêmê re binivîsin, wek mînak 0532 123 45 67 an +90 532 123 45 67.
error-district-unknown = Me navçeyeke bi vî navî nedît.
error-identity-invalid = Ev hejmara nasnameyê ne derbasdar e.
error-identity-not-digits = Hejmara nasnameyê tenê ji reqeman pêk tê. Ji kerema xwe hejmara xwe ya 11 reqemî binivîsin.
# $given: how many digits were typed
error-identity-length = { $given ->
        [one] Hejmara nasnameyê ji 11 reqeman pêk tê; we tenê reqemek nivîsî.
       *[other] Hejmara nasnameyê ji 11 reqeman pêk tê; we { $given } reqem nivîsîn.
    }
error-identity-protection-number = Hejmara ku bi 98 dest pê dike, hejmara kesane ya li ser belgeya parastina demkî ye. Ev ne ew hejmar e ku em hewce dikin. Ji kerema xwe hejmara nasnameya biyaniyan a li ser heman belgeyê binivîsin: ew bi 99 dest pê dike.
error-identity-leading-zero = Hejmara nasnameyê qet bi 0 dest pê nake. Ji kerema xwe kontrol bikin.
error-identity-checksum = Ev hejmara nasnameyê nehat piştrastkirin; dibe ku reqemek şaş hatibe nivîsîn. Ji kerema xwe li karta nasnameya xwe binêrin û dîsa binivîsin.
error-reference-invalid = Ev hejmara serlêdanê ne derbasdar e.
error-reference-not-digits = Hejmara serlêdanê tenê ji reqeman pêk tê.
# $expected: how many digits a reference has; $given: how many were typed
error-reference-length = Hejmara serlêdanê ji { $expected } reqeman pêk tê; we { $given } reqem nivîsîn. Ji kerema xwe kontrol bikin.
error-reference-check-digit = Wisa xuya dike ku reqemek ji vê hejmarê şaş hatiye nivîsîn (reqema dawî reqemeke kontrolê ye û li hev nayê). Ji kerema xwe hejmarê kontrol bikin û dîsa binivîsin.
error-request-not-found = Me serlêdaneke we ya bi vê hejmarê nedît.
error-consent-missing = Berî ku em serlêdanê bigirin, divê hûn agahdariya nepeniyê qebûl bikin.
# $code: the programme code that was not found
error-programme-unknown = Bernameyeke bi navê “{ $code }” tune.

## Errors: staff and the console

# $current, $target: status codes
error-transition-forbidden = Daxwazek nikare ji “{ $current }” derbasî “{ $target }” bibe.
error-transition-not-yours = Hûn nikarin vê guhertinê bikin ({ $current } → { $target }).
error-forbidden = Destûra we ji bo vê tune.
error-configuration = Di mîhengan de çewtiyek heye. Ji kerema xwe ji rêvebirê pergalê re bibêjin.
error-reply-empty = Bersiveke vala nayê şandin.
error-note-empty = Noteke vala nayê zêdekirin.
error-not-your-claim = Ev daxwaz ji we re nehatiye spartin.
error-search-empty = Lêgerîn vala ye: hejmara daxwazê, telefonek, hejmara nasnameyê an navek binivîsin.
error-search-too-long = Lêgerîn herî zêde dikare { $max } tîp be.
error-search-number = Ev hejmar ne dişibe hejmara daxwazê, ne telefonê û ne jî hejmara nasnameyê.
error-claim-not-waiting = Ev daxwaz di rêzê de li bendê nîne, ji ber vê nayê girtin.
error-claim-language = Ev daxwaz li benda karmendekî ye ku zimanê wê dixwîne; piştî ku têra xwe li bendê ma, her kesê li ser maseyê dikare wê bigire.
error-supervisor-only = Tenê serperişt dikarin vê bikin.
error-reveal-limit = Hûn di saetekê de herî zêde { $limit } hejmaran bi temamî dikarin bibînin; paşê dîsa biceribînin.
error-report-period = Demekê hilbijêrin ku roja wê ya dawî ne berî roja wê ya yekem be û ji salekê ne dirêjtir be.
error-staff-disabled = Ev hesabê karmendê neçalak e.
error-erase-needs-reason = Jêbirin sedemek û pejirandinekê dixwaze.
error-erase-other-desks = Ev kes li maseyên din jî daxwaz hene; divê rêvebirek jêbirinê bike.
error-agent-not-on-desk = Ev karmend li vê beşê naxebite.
error-capacity-invalid = Kapasîte divê hejmareke tam ji 1 heta { $max } be.
error-token-invalid = Ev tokena API ne derbasdar e an dema wê qediyaye.
# $role: the role that was asked for
error-role-unknown = Rola nenas: { $role }.
# $minimum: the shortest length allowed
error-password-too-short = Divê şîfre herî kêm { $minimum } tîp be.
error-password-weak = Ev şîfre bi hêsanî tê texmînkirin: bila ne dubarekirina perçeyekê, ne tîpên li pey hev û ne navê bikarhêner be.
# $username: the name asked for
error-username-taken = Navê bikarhêner “{ $username }” jixwe tê bikaranîn.
error-staff-unknown = Hesabekî karmendan ê wisa tune.
error-login-failed = Navê bikarhêner an şîfre şaş e.
error-login-locked = Gelek hewldanên şaş hatin kirin: ev hesab ji bo demekê hat girtin. Ji kerema xwe paşê dîsa biceribînin.
error-login-slow = Niha li ser vî hesabî gelek hewldan hene; çend çirkeyan bisekinin û dîsa biceribînin.
error-busy = Xizmet niha pir mijûl e; ji kerema xwe piştî demekê dîsa biceribînin.
error-session-invalid = Danişîna we ne derbasdar e. Ji kerema xwe dîsa têkevin.
error-session-expired = Dema danişîna we qediya. Ji kerema xwe dîsa têkevin.
error-canned-unknown = Bersiveke amade ya wisa tune.
error-canned-default-missing = Ji bo bersiveke amade, nivîseke bi zimanê sereke pêwîst e.
error-tag-invalid = Etîketek ji 1 heta { $max } tîpan e.
error-saved-filters-full = Herî zêde { $limit } parzûn dikarin werin tomarkirin.
error-announcement-empty = Divê ji bo daxuyaniyê bi kêmanî bi zimanekî nivîsek hebe.
error-announcement-fallback-missing = Ji bo ku nivîsa zimanê bingehîn ji wan kesan re were şandin ku bi zimanê wan nivîs tune, bi zimanê bingehîn nivîsekê binivîsin.
error-safeguarding-reason-missing = Sedema biryara xwe binivîsin.
# $max: a number of characters
error-safeguarding-reason-too-long = Sedem herî zêde dikare { $max } tîp be.
error-safeguarding-not-flagged = Li ser vê daxwazê nîşana parastinê tune.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Ji kerema xwe bersiva xwe bi çend peyvan binivîsin.
error-answer-too-long = We { $given } tîp nivîsîn; herî zêde { $max } tîp cih digirin. Ji kerema xwe kurt bikin.
error-answer-not-number = Ji kerema xwe tenê hejmarekê binivîsin (ji { $min } heta { $max }).
error-answer-number-range = Ji kerema xwe hejmarekê ji { $min } heta { $max } binivîsin.
error-answer-date = Me nikarî vê dîrokê bixwîne. Ji kerema xwe wek roj.meh.sal binivîsin, mînak 15.03.2023.
error-answer-date-future = Ev dîrok hîn nehatiye. Ji kerema xwe kontrol bikin û dîsa binivîsin.

notify-verify-code = Koda we ya Hemşehri: { $code }. Bi kesî re parve nekin.
error-webhook-url-invalid = Navnîşaneke http:// an https:// bêyî navê bikarhêner û şîfreyê binivîse.
error-webhook-url-private = Ev navnîşan li ser vê serverê an di nav torek taybet de ye: webhook tenê ji navnîşanên giştî re têne şandin.
error-webhook-events-invalid = Herî kêm bûyerekê hilbijêre.
error-webhook-unknown = Armanceke webhookê ya wiha tune ye.

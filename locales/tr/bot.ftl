# Hemşehri: vatandaşla konuşma (bütün kanallar). Türkçe (varsayılan dil).
# Anahtarlar ve yer tutucu adları her dilde aynıdır; yalnızca metni çevirin.
# Yer tutucular: $city = şehrin adı; $reference = "482 913 656"; $count, $max, $min, $page, $pages,
# $given = sayılar; $language = bir dilin adı; diğerleri mesajın üstünde açıklanmıştır.

## Başlangıç ve dil

start-welcome = Merhaba, Hemşehri'ye hoş geldiniz 👋 Burası { $city } Belediyesi sosyal hizmetlerinin mesaj hattı. Buradan yardım başvurusu yapabilir, başvurularınızın durumunu öğrenebilir ve görevlilerimize soru sorabilirsiniz.
language-pick = Hangi dilde yazışmak istersiniz? Dili dilediğiniz zaman /language yazarak değiştirebilirsiniz.
# $language: dilin kendi dilindeki adı (ör. "العربية")
language-set = Tamam, bundan sonra size şu dilde yazacağız: { $language }.
language-kept = Tamam, şu dilde devam ediyoruz: { $language }.
# Kişi başka bir dilde yazdığında sorulur.
# $question: aynı soru, o dilde yazılmış hâliyle; $language: o dilin Türkçe adı.
language-switch-ask =
    { $question }

    Mesajınız { $language } yazılmış gibi görünüyor. Bu dilde devam edelim mi?
# Kişinin yazdığı dilde gösterilir; $language: dilin kendi adı.
language-switch-question = { $language } dilinde devam etmek ister misiniz?
language-switch-yes = ✅ Evet: { $language }
# $language: şu anki dilin kendi adı
language-switch-no = ❌ Hayır, { $language } kalsın

## Ana menü (ekranda duran klavye; her etiket farklı olmalı)

menu-apply = 📝 Başvuru yap
menu-status = 📋 Başvurularım
menu-ask = 💬 Soru sor
menu-language = 🌐 Dil / Language
menu-help = ❓ Yardım
menu-prompt = Ne yapmak istersiniz? Aşağıdaki menüden seçebilirsiniz.

## Ortak düğmeler

button-cancel = ✖️ Vazgeç
button-next = Sonraki ▶️
button-previous = ◀️ Önceki
button-share-phone = 📱 Numaramı paylaş
phone-type-instead = Ya da numaranızı yazın, örneğin 0532 123 45 67.

## Yardım ve vazgeçme

help =
    Burada şunları yapabilirsiniz:

    📝 Başvuru yap: belediyenin yardım programlarından birine başvurun (/apply)
    📋 Başvurularım: başvurularınızın durumunu görün (/status); başvuru numaranızı yazmanız da yeterli
    💬 Soru sor: sorunuzu yazın, bir görevlimiz yanıtlasın (/ask); sorunuzu doğrudan da yazabilirsiniz
    🌐 Dil: yazışma dilini değiştirin (/language)
    ✖️ Vazgeç: yarım kalan işlemi bırakın (/cancel)
    🗑️ Bilgilerimi sil: hakkınızdaki her şeyi sildirin (/forget)

    Acil bir durumda 112'yi arayın.
help-in-flow = Şu anda bir işlemin ortasındasınız. Aşağıdaki soruyla devam edebilir ya da /cancel yazarak vazgeçebilirsiniz.
cancel-done = Tamam, işlemi durdurduk ve girdiğiniz bilgileri sildik. Menüden yeniden başlayabilirsiniz.
cancel-nothing = Vazgeçilecek bir işlem yok. Menüden başlayabilirsiniz.

## Beni unutun (/forget)

forget-ask =
    🗑️ Bu sohbetten hakkınızda tuttuğumuz her şeyi silmemizi istiyor musunuz?

    Adınız, telefon ve kimlik numaranız, mesajlarınız ve belgeleriniz silinir; açık başvurularınız iptal edilir. Bu işlem geri alınamaz. Daha önce karara bağlanmış yardımlar etkilenmez.
forget-yes = 🗑️ Evet, hepsini sil
forget-no = ↩️ Hayır, silmeyin
forget-done = Tamam: bilgilerinizi sildik. Bize yeniden yazarsanız her şeye baştan başlarız.
forget-kept = Peki, hiçbir şey silinmedi.

## Withdrawing an application (My applications)

withdraw-button = ✖️ Geri çek
withdraw-ask = { $reference } numaralı başvurunuzu ({ $programme }) geri çekmek istiyor musunuz? Görevlilerimiz bu başvuru üzerinde çalışmayı bırakır. Bize verdiğiniz bilgiler bununla silinmez.
withdraw-yes = ✅ Evet, geri çek
withdraw-no = ↩️ Hayır, kalsın
withdraw-done = { $reference } numaralı başvurunuz geri çekildi. İstediğiniz zaman yeniden başvurabilirsiniz.
withdraw-kept = Tamam, başvurunuz olduğu gibi duruyor.
withdraw-not-possible = Bu başvuru zaten kapandığı için geri çekilemez.
apply-from-question = Görevlilerimiz bu program için başvurmanızı öneriyor. { $reference } numaralı sorunuzda yazdıklarınız başvurunuza eklenecek; yalnızca eksik olanları soracağız.

## Yanıt soruya uymadığında ipuçları

hint-use-buttons = Lütfen aşağıdaki düğmelerden birini seçin.
hint-type-answer = Lütfen yanıtınızı yazarak gönderin.
hint-not-now = Bunu burada kullanamıyoruz. Lütfen aşağıdaki soruyu yanıtlayın ya da vazgeçmek için /cancel yazın.
long-text-part = Uzun bir metin aldık (şimdiye kadar { $count } karakter). Uygulamanız uzun mesajları parçalara bölerek gönderir: devamı varsa gönderin, parçaları birleştiririz. Hepsi bu kadarsa düğmeye basın.
long-text-done = ✅ Hepsi bu kadar

## Diğer mesajlar

common-sticker = 😊 Teşekkür ederiz! Size nasıl yardımcı olabiliriz? Menüden seçin ya da sorunuzu yazın.
common-location = Teşekkür ederiz, ancak konumunuza ihtiyacımız yok. Menü aşağıda.
common-contact-not-needed = Teşekkür ederiz, ancak şu anda telefon numaranıza ihtiyacımız yok; bu yüzden kaydetmedik. Menü aşağıda.
common-unsupported = Bu tür mesajları okuyamıyoruz. Lütfen bize yazıyla ulaşın ya da bir fotoğraf veya belge gönderin.
common-button-expired = Bu düğme artık geçerli değil. Lütfen menüden yeniden seçin.
common-empty = Mesajınız boş geldi. Lütfen neye ihtiyacınız olduğunu yazın ya da menüden seçin.
common-no-words = 🙂 Size nasıl yardımcı olabiliriz? Sorunuzu birkaç kelimeyle yazın ya da menüden seçin.
# $command: kişinin yazdığı komut, ör. "/foo"
common-unknown-command = { $command } komutunu tanımıyoruz. Neler yapabileceğinizi görmek için /help yazın.
flood-slow-down = Mesajlarınız çok hızlı geliyor. Lütfen birkaç saniye bekleyip öyle devam edin. Son mesajlarınıza yanıt veremedik; açık bir talebiniz varsa yazdıklarınız yine de ona eklendi.
flow-expired = Başladığınız işlem uzun süre beklediği için kapatıldı ve girdiğiniz bilgiler silindi. Dilediğiniz zaman yeniden başlayabilirsiniz.
telegram-private-only = Gizliliğinizi korumak için yalnızca özel sohbette yanıt veriyoruz. Lütfen bana doğrudan yazın.

## Başvurudaki giriş hataları

error-file-too-large = Bu dosya çok büyük. Her dosya en fazla { $max } MB olabilir.
error-file-kind = Lütfen belgeyi fotoğraf ya da dosya (örneğin PDF) olarak gönderin.
error-too-many-files = En fazla { $max } dosya gönderebilirsiniz.
error-neighbourhood-empty = Lütfen mahallenizin adını yazın.
error-neighbourhood-too-long = Mahalle adı en fazla { $max } karakter olabilir. Lütfen kısaltın.
error-household-not-number = Lütfen yalnızca bir sayı yazın, örneğin 4.
error-household-range = Lütfen { $min } ile { $max } arasında bir sayı yazın.
error-description-empty = Lütfen durumunuzu birkaç kelimeyle yazın.
error-description-too-long = Yazdığınız metin { $given } karakter; en fazla { $max } karakter sığıyor. Lütfen kısaltın.

## Yardım başvurusu

apply-pick-programme = Hangi destek için başvurmak istiyorsunuz? (sayfa { $page }/{ $pages })
# $programme: programın adı; $description: ne olduğu; $count: kaç adım soru sorulacağı
apply-programme-about =
    { $programme }

    { $description }

    Başvuru { $count } kısa adımdan oluşur.
apply-start = ✅ Başvuruya başla
apply-back = ↩️ Diğer programlar
apply-read-programmes = ℹ️ Programlar hakkında bilgi
apply-programme-gone = Bu program artık sunulmuyor. Lütfen listeden yeniden seçin.

## Aydınlatma metni ve açık rıza (kişisel bir şey sorulmadan önce gösterilir)

# $version: metnin sürümü, ör. "2026-11"
privacy-notice =
    🔒 Kişisel verilerinizin işlenmesi hakkında aydınlatma metni (6698 sayılı Kişisel Verilerin Korunması Kanunu, KVKK; metin sürümü { $version })

    Veri sorumlusu { $city } Belediyesidir. Başvurunuz için yalnızca seçtiğiniz programın gerektirdiği bilgileri soruyoruz: telefon numaranız, kimlik numaranız, ilçeniz ve mahalleniz, hanenizdeki kişi sayısı, durumunuzu anlatan birkaç cümle ve isterseniz belge fotoğrafları.

    Bu bilgileri belediyenin sosyal yardım görevi kapsamında, başvurunuzu değerlendirmek, yardımı size ulaştırmak ve sizinle iletişim kurmak için kullanırız. Kimlik numaranız şifrelenerek saklanır ve görevlilere maskelenmiş olarak gösterilir. Bilgilerinizi yalnızca yetkili belediye personeli görür; başka kamu kurumlarıyla yalnızca kanunun gerektirdiği durumlarda paylaşılır. Bilgileriniz Türkiye'de saklanır ve saklama süresi dolunca silinir.

    Lütfen sağlık bilgilerinizi bu sohbete yazmayın; gerekirse bu bilgiler yüz yüze alınır.

    Kanunun 11. maddesindeki haklarınızı (hakkınızda hangi bilgilerin tutulduğunu öğrenme, düzeltme, silinmesini isteme ve diğerleri) buraya yazarak ya da belediyeye başvurarak kullanabilirsiniz.
consent-ask = Bu metni okudunuz mu ve verdiğiniz bilgilerin başvurunuz için kullanılmasını kabul ediyor musunuz?
consent-agree = ✅ Okudum, kabul ediyorum
consent-disagree = ❌ Kabul etmiyorum
consent-thanks = Teşekkür ederiz. Şimdi birkaç kısa soru soracağız. İstediğiniz an /cancel yazarak vazgeçebilirsiniz.
consent-refused = Anlıyoruz. Hakkınızda hiçbir kişisel bilgi kaydetmedik. Onayınız olmadan bu sohbetten başvuru alamıyoruz, ancak başka yollar var: programlarımız hakkında bilgi alabilir, bir görevlimize soru sorabilir ya da bir sosyal hizmet merkezine giderek veya 153'ü arayarak başvurabilirsiniz.

## Başvuru soruları

apply-ask-phone = Bu başvuruyla ilgili size hangi telefon numarasından ulaşabiliriz?
apply-ask-identity = Lütfen T.C. kimlik numaranızı yazın (11 hane). Yabancı uyruklu iseniz 99 ile başlayan yabancı kimlik numaranızı yazın: bu numara geçici koruma, uluslararası koruma ya da ikamet izni belgenizde yazar.
# $masked: dört hanesi dışında gizlenmiş numara, ör. "10*******46"
apply-identity-noted = Teşekkürler, kimlik numaranızı { $masked } olarak aldık.
apply-identity-warning = Kimlik numaranızı { $masked } olarak aldık. Numaranın kontrol haneleri tutmuyor; bir yazım hatası olabilir. Sorun değil, bir görevlimiz sizinle birlikte kontrol edecek. İsterseniz özet ekranında düzeltebilirsiniz.
apply-identity-again = Güvenliğiniz için lütfen kimlik numaranızı bir kez daha yazın.
apply-ask-district = Hangi ilçede oturuyorsunuz? Listeden seçin ya da ilçenin adını yazın. (sayfa { $page }/{ $pages })
apply-district-suggestions = Bunlardan birini mi demek istediniz?
apply-district-all = 📋 Bütün ilçeler
apply-ask-neighbourhood = Hangi mahallede oturuyorsunuz? Lütfen mahallenizin adını yazın.
apply-ask-household = Evinizde sizinle birlikte kaç kişi yaşıyor? Lütfen { $min } ile { $max } arasında bir sayı yazın.
apply-ask-description = Durumunuzu ve neye ihtiyacınız olduğunu birkaç cümleyle anlatın (en fazla { $max } karakter). Lütfen sağlık bilgilerinizi yazmayın; gerekirse bu bilgiler yüz yüze alınır.
apply-ask-documents = İsterseniz ilgili belgelerin fotoğraflarını ya da dosyalarını gönderebilirsiniz (en fazla { $max } dosya, her biri en fazla 10 MB). Gönderecek belgeniz yoksa düğmeye basın.
apply-documents-skip = ⏭️ Belge göndermeden devam et
apply-documents-done = ✅ Tamam, devam et
apply-document-received = Dosya alındı ({ $count }/{ $max }). Başka bir dosya gönderebilir ya da devam edebilirsiniz.
apply-documents-full = { $max } dosya aldık; daha fazlasını alamıyoruz. Devam ediyoruz.

## Özet ve gönderme

# $details: her yanıt için bir satır, bu dilde yazılmış
apply-summary =
    Lütfen başvurunuzu kontrol edin:

    { $details }

    Her şey doğruysa “Onayla ve gönder” düğmesine basın. Bir yanıtı değiştirmek için ilgili düğmeye basın.
apply-summary-programme = Program: { $programme }
# $value: kişinin verdiği yanıt
apply-summary-phone = Telefon: { $value }
apply-summary-national_id = Kimlik numarası: { $masked }
apply-summary-district = İlçe: { $value }
apply-summary-neighbourhood = Mahalle: { $value }
apply-summary-household_size = Hanedeki kişi sayısı: { $count }
apply-summary-description = Açıklamanız: { $value }
apply-summary-documents = Belgeler: { $count ->
        [0] yok
       *[other] { $count } dosya
    }
apply-summary-missing = (verilmedi)
apply-edit-phone = ✏️ Telefon
apply-edit-national_id = ✏️ Kimlik numarası
apply-edit-district = ✏️ İlçe
apply-edit-neighbourhood = ✏️ Mahalle
apply-edit-household_size = ✏️ Kişi sayısı
apply-edit-description = ✏️ Açıklama
apply-edit-documents = ✏️ Belgeler
apply-confirm = ✅ Onayla ve gönder
apply-submitted =
    Başvurunuz alındı 🎉

    Başvuru numaranız: { $reference }
    Program: { $programme }

    Lütfen bu numarayı saklayın. Başvurunuzun durumunu sormak için numarayı bize yazmanız yeterli.
apply-next-days = Bu tür başvurular genellikle { $count } gün içinde incelenir. Durumu her değiştiğinde size buradan haber vereceğiz.
apply-next-hours = Bu tür başvurular genellikle { $count } saat içinde incelenir. Durumu her değiştiğinde size buradan haber vereceğiz.

## Başvurularım

status-none = Henüz bir başvurunuz yok. Bir yardım programına başvurmak için aşağıdaki düğmeye basın.
status-list = { $count ->
        [one] Son başvurunuz:
       *[other] Son { $count } başvurunuz:
    }
# $status: durumun adı; $date: durumun son değiştiği zaman; $next: bundan sonra ne olacağı
status-item =
    📄 { $reference }: { $programme }
    Durum: { $status } ({ $date } itibarıyla)
    Sonraki adım: { $next }
status-details = 🔎 Ayrıntılar
status-reference-hint = Bir başvurunun ayrıntılarını görmek için numarasını yazabilirsiniz (örneğin 482 913 656).
status-detail =
    📄 Başvuru { $reference }
    Program: { $programme }
    Durum: { $status } ({ $date } itibarıyla)

    Sonraki adım: { $next }
# $note: görevlinin kişiye yazdığı not
status-public-note = 💬 Görevlimizin notu: { $note }
status-not-found = { $reference } numaralı bir başvuruyu sizin başvurularınız arasında bulamadık. Lütfen numarayı kontrol edip yeniden yazın.
# A status asked for from a channel the application was not made on: the second factor (handlers.status_check)
status-check-ask = { $reference } numaralı başvuruyu bu hesaptan yapılan başvurular arasında bulamadık. Başvuru başka bir telefondan ya da hesaptan yapıldıysa, başvuruda verilen telefon numarasının son dört hanesini yazın; durumunu size söyleyelim. Numarayı yanlış yazdıysanız yeniden yazmanız yeterli.
status-check-detail =
    📄 Başvuru { $reference }
    Durum: { $status }

    Sonraki adım: { $next }
status-check-mismatch = Yazdığınız haneler { $reference } numaralı bir başvuruyla eşleşmedi ya da bu numarada bir başvuru yok. Yeniden denemek için başvuru numarasını tekrar yazın.
status-check-locked = Bu başvuru için ya da bu sohbetten çok sayıda yanlış yanıt geldi; güvenliğiniz için bir süre yanıt veremiyoruz. Lütfen yarın yeniden deneyin ya da başvuruyu yaptığınız telefondan veya hesaptan yazın.
# Where am I in the queue (handlers.queue_place): a place in line and an expected wait, never a promise
queue-place = { $reference } numaralı talebiniz, bu birimde ({ $desk }) sizin dilinizde bekleyen talepler arasında { $position }. sırada.
queue-estimate-hours = Son günlerin hızıyla yaklaşık { $low }–{ $high } saat içinde yanıt bekleyebilirsiniz. Bu bir tahmindir, söz değildir.
queue-estimate-days = Son günlerin hızıyla yaklaşık { $low }–{ $high } gün içinde yanıt bekleyebilirsiniz. Bu bir tahmindir, söz değildir.
queue-no-estimate = Son günlerde bu sıradan yeterince talep yanıtlanmadığı için bekleme süresini tahmin edemiyoruz. Durumu değiştiğinde size buradan haber vereceğiz.
queue-in-hand = { $reference } numaralı talebinizle bir görevlimiz zaten ilgileniyor.
queue-none = Şu anda sırada bekleyen bir talebiniz yok. Taleplerinizin durumunu görmek için “Başvurularım”a bakabilirsiniz.

## Görevlilere sorular ve “bilgi bekleniyor” yanıtları

ask-prompt = Lütfen sorunuzu kendi sözlerinizle yazın. İsterseniz bir belgenin fotoğrafını da ekleyebilirsiniz. Bir görevlimiz okuyup buradan yanıtlayacak.
ask-attachment-needs-words = Dosyanızı aldık. Lütfen neye ihtiyacınız olduğunu birkaç kelimeyle yazın; ikisini birlikte bir görevlimize ileteceğiz.
ask-attachment-kept = { $count ->
        [one] Dosyanızı aldık.
       *[other] { $count } dosyanızı aldık.
    } Şimdi lütfen sorunuzu birkaç kelimeyle yazın.
question-notice =
    🔒 Kişisel verilerinizin işlenmesi hakkında aydınlatma metni (6698 sayılı Kişisel Verilerin Korunması Kanunu, KVKK; metin sürümü { $version })

    { $city } Belediyesi, görevlilerimiz size buradan yanıt verebilsin diye sorunuzu, gönderdiğiniz dosyaları ve bu sohbetin adresini saklar. Yazdıklarınızı yalnızca size yanıt vermek için belediye görevlileri okur; bilgileriniz Türkiye'de saklanır. Lütfen sağlık bilgilerinizi yazmayın.

    Kanunun 11. maddesindeki haklarınızı (hakkınızda hangi bilgilerin tutulduğunu öğrenme, düzeltme, silinmesini isteme ve diğerleri) buraya yazarak ya da belediyeye başvurarak kullanabilirsiniz.
question-notice-ask = Sorunuzu bu koşullarla görevlilerimize iletelim mi?
question-notice-agree = ✅ Evet, iletin
question-notice-decline = ❌ Hayır, iletmeyin
question-notice-declined = Tamam: sorunuzu saklamadık. Programlarımız hakkında bilgi alabilir, bir sosyal hizmet merkezine gidebilir ya da 153'ü arayabilirsiniz.
# $desk: yanıt verecek birimin adı
ask-received-days = Sorunuzu şu birime ilettik: { $desk }. Takip numaranız: { $reference }. Genellikle { $count } gün içinde yanıt veriyoruz; yanıtımız buraya gelecek.
ask-received-hours = Sorunuzu şu birime ilettik: { $desk }. Takip numaranız: { $reference }. Genellikle { $count } saat içinde yanıt veriyoruz; yanıtımız buraya gelecek.
ask-added = Mesajınızı { $reference } numaralı talebinize ekledik. Görevlimiz görecek.
ask-info-received = Teşekkür ederiz! Gönderdiklerinizi { $reference } numaralı başvurunuza ekledik; başvurunuz yeniden incelemeye alındı.
ask-which = Bu mesajınız hangi talebinizle ilgili? Lütfen aşağıdan seçin.
ask-which-item = 📄 { $programme } · { $reference }
ask-which-new = ✏️ Yeni bir soru

## Safeguarding (see en/bot.ftl for what each message is for)
safeguarding-in-language = { $help }
safeguarding-help-self_harm = Bize yazdığınız için teşekkür ederiz. Yalnız değilsiniz. Şu an kendinize zarar verebilecekseniz lütfen 112'yi arayın; arama ücretsizdir, gece gündüz yanıt verilir. Yapabiliyorsanız güvendiğiniz birinin yanında kalın.
safeguarding-help-medical_emergency = Bu acil bir durum olabilir: lütfen hemen 112'yi arayıp ambulans isteyin. Arama her telefondan ücretsizdir.
safeguarding-help-violence = Bize anlattığınız için teşekkür ederiz; yaşadıklarınız sizin suçunuz değil. Şu an tehlikedeyseniz 112'yi (ya da polis için 155'i) arayın. Kadınlar, çocuklar, yaşlılar ve engelliler için ücretsiz Alo 183 Sosyal Destek Hattı'nı da arayabilirsiniz. KADES, polisin risk altındaki kadınlar için uygulamasıdır.
safeguarding-help-child_at_risk = Bir çocuk şu an tehlikedeyse 112'yi arayın. Çocuklar ve aileler için ücretsiz Alo 183 Sosyal Destek Hattı'nı da arayabilirsiniz.
safeguarding-help-trafficking = Şu an tehlikedeyseniz 112'yi (ya da polis için 155'i) arayın. YİMER 157, yabancılara birçok dilde yardım eder; zorla çalıştırılan ya da isteği dışında tutulan kişilere de. BMMYK'nın (UNHCR) danışma hattı da size yol gösterebilir.
safeguarding-help-no_shelter =
    { $programme ->
        [none] Bu gece kalacak güvenli bir yeriniz yoksa görevlimiz en kısa sürede sizinle birlikte yer arayacak. Tehlikedeyseniz 112'yi arayın.
       *[other] Bu gece kalacak güvenli bir yeriniz yoksa belediyenin "{ $programme }" programı yardımcı olabilir; görevlimiz en kısa sürede size ulaşacak. Tehlikedeyseniz 112'yi arayın.
    }
safeguarding-help-detention = Siz ya da ailenizden biri gözaltına alındıysa ya da sınır dışı edilme riski varsa: YİMER 157 yabancılara birçok dilde yanıt verir; BMMYK'nın (UNHCR) danışma hattı da haklarınız konusunda size yol gösterebilir.
safeguarding-help-foreigners = Yabancılar için: YİMER 157 birçok dilde yanıt verir; BMMYK'nın (UNHCR) danışma hattı da size yol gösterebilir.
# $reference: kişinin yazdıklarını taşıyan talebin numarası
safeguarding-passed-on = Mesajınızı acil olarak görevlimize ilettik (takip numarası { $reference }). Bize buradan yazmaya devam edebilirsiniz.

## Serbest yazılan mesajların anlaşılması ve dil belirsiz olduğunda sorulan soru

# Dili bilemediğimiz bir mesaj geldiğinde sorulur; mesajın yazılmış olabileceği dillerin en olasısında gösterilir.
language-choose-question = Hangi dilde devam edelim? Lütfen aşağıdan seçin.
# $question: language-choose-question, o dilde yazılmış hâliyle
language-choose-ask =
    { $question }

    Mesajınızın hangi dilde yazıldığından emin olamadık. Lütfen aşağıdan bir dil seçin.
language-choose-other = 🌐 Başka bir dil
intent-greeting = Merhaba 👋 Size nasıl yardımcı olabiliriz? Aşağıdaki menüden seçin ya da sorunuzu yazın.
intent-thanks = Rica ederiz 🙂 Başka bir şeye ihtiyacınız olursa menü aşağıda.

## A programme's own questions (core/catalogue.toml) and the applicant's full name

apply-ask-full-name = Adınız ve soyadınız nedir? Lütfen belgelerinizde yazdığı gibi, tek satırda yazın.
apply-summary-full_name = Ad soyad: { $value }
apply-edit-full_name = ✏️ Ad soyad
apply-question-more = Aldık ({ $count }/{ $max }). Bir sonrakini yazabilir ya da hepsi buysa düğmeye basabilirsiniz.
apply-question-done = ✅ Hepsi bu, devam et
apply-question-again = ✏️ Yeniden yaz
apply-summary-answer = { $label }: { $value }
apply-edit-answer = ✏️ { $label }
apply-answer-yes = ✅ Evet
apply-answer-no = ❌ Hayır
question-child_birth_dates = Beş yaşından küçük çocuğunuzun doğum tarihi nedir? Gün.Ay.Yıl olarak yazın, örneğin 15.03.2023. Birden çok çocuğunuz varsa tarihleri birer birer gönderin.
    .label = Çocukların doğum tarihleri
question-child_birth_dates-over = { $date } tarihinde doğan çocuğunuz beş yaşını doldurmuş; Süt Kuzusu beş yaşından küçük çocuklar için. Bu tarihi not ettik, ancak bu program için sayılmıyor.
question-child_birth_dates-none = Yazdığınız tarihlere göre çocuklarınızın hiçbiri beş yaşından küçük değil, bu yüzden Süt Kuzusu başvurusunu alamıyoruz. Üzgünüz. Bir tarihi yanlış yazdıysanız yeniden yazabilirsiniz. Gıda kolisi ya da kahvaltı paketi gibi başka destekler ailenize uygun olabilir: programlara bakabilir ya da bize soru sorabilirsiniz.
question-income_band = Hanenizin aylık toplam geliri ne kadar? Maaş, emekli aylığı ve aldığınız yardımlar dahil.
    .label = Hanenin aylık geliri
question-income_band-none = Hiç gelir yok
question-income_band-below_half = Asgari ücretin yarısından az
question-income_band-below_minimum = Asgari ücrete kadar
question-income_band-above_minimum = Asgari ücretten fazla
question-rent_amount = Aylık kiranız kaç lira? Lütfen yalnızca rakamla yazın, örneğin 8500.
    .label = Aylık kira (TL)
question-landlord_name = Ev sahibinizin adı ve soyadı nedir?
    .label = Ev sahibi
question-landlord_phone_known = Ev sahibinizin telefon numarasını biliyor musunuz?
    .label = Ev sahibinin telefonu biliniyor mu
question-landlord_phone = Lütfen ev sahibinizin telefon numarasını yazın.
    .label = Ev sahibinin telefonu
question-school = Öğrencinin okulunun adı nedir?
    .label = Okul
question-grade = Öğrenci kaçıncı sınıfta? Lütfen 1 ile 12 arasında bir sayı yazın.
    .label = Sınıf

## The documents a programme needs (core/catalogue.toml documents_needed)

apply-documents-needed =
    Başvuru sırasında şu belgelerin fotoğrafını isteyeceğiz; şimdiden hazırlayın:
    { $documents }
    Elinizde olmayanı sonra masada da verebilirsiniz.
apply-ask-document = Belge { $count }/{ $max }: { $document }. Lütfen fotoğrafını ya da dosyasını gönderin (en fazla 10 MB). Şu an elinizde yoksa düğmeye basın.
apply-document-next = ⏭️ Sonraki belge
apply-document-later = ⏭️ Şu an elimde yok
apply-documents-finish = ✅ Belgeler bu kadar, devam et
apply-summary-document-sent = ✅ { $document } (gönderilen dosya: { $count })
apply-summary-document-missing = ❌ { $document }: gönderilmedi; masada da verebilirsiniz.
document-identity_card = Kimlik kartı
document-address_certificate = Yerleşim yeri belgesi (e-Devlet'ten)
document-income_proof = Hanenin gelir belgesi (maaş bordrosu ya da emekli aylığı belgesi)
document-child_birth_certificate = Çocuğun nüfus kayıt örneği
document-rent_contract = Kira sözleşmesi
document-pension_document = Emeklilik belgesi
document-water_bill = Son su faturası
document-wheelchair_photo = Tekerlekli sandalyenin fotoğrafı

# Telegram's command menu (setMyCommands): one short line per command, at most 256 characters.
command-start = Karşılama ve dil seçimi
command-apply = Yardım programına başvurun
command-status = Başvurularınızın durumu
command-ask = Görevlilerimize soru sorun
command-language = Yazışma dilini değiştirin
command-help = Nasıl kullanılır
command-cancel = Yarım kalan işlemi bırakın
command-forget = Hakkınızdaki her şeyi sildirin

## A phone of one's own, someone else's, or none

apply-phone-own = 📱 Kendi numaram
apply-phone-relative = 👪 Bir yakınımın numarası
apply-phone-neighbour = 🏠 Komşumun numarası
apply-phone-none = 🚫 Telefonum yok
apply-ask-phone-relative = Mesajlarımızı size iletebilecek yakınınızın telefon numarasını yazın. Görevlilerimiz bu numaranın bir yakınınıza ait olduğunu görecek.
apply-ask-phone-neighbour = Mesajlarımızı size iletebilecek komşunuzun telefon numarasını yazın. Görevlilerimiz bu numaranın komşunuza ait olduğunu görecek.
apply-phone-none-noted = Sorun değil. Başvurunuzla ilgili bütün haberleri buraya, bu sohbete yazacağız.
apply-phone-none-webchat = Sorun değil. Başvurunuzla ilgili bütün haberleri bu sohbete yazacağız. Daha sonra ya da başka bir cihazdan bu sohbete dönmek için sohbet kodunuzu saklayın: { $code }
apply-summary-phone-relative = Telefon (yakınınızın): { $value }
apply-summary-phone-neighbour = Telefon (komşunuzun): { $value }
apply-summary-phone-none = Telefon: yok; haberler bu sohbete yazılacak

## A number typed in the web chat, verified by a code sent by SMS
apply-code-sent = Bu numaraya 6 haneli bir kod gönderdik (sonu { $ending }). Kodu buraya yazın: numaranızın sizin olduğunu böyle biliriz ve size başka kanallardan da ulaşabiliriz.
apply-code-again = Kodu yeniden gönder
apply-code-skip = Kodsuz devam et
apply-code-expired = Bu kodun süresi doldu. Yeni bir kod isteyin ya da kodsuz devam edin.
apply-code-wrong = Bu kod tutmadı. Bir daha deneyin ({ $left } hakkınız kaldı).
apply-code-too-many = Kod birkaç kez tutmadı. Numaranızı yazdığınız gibi kaydettik; başvurunuza devam edelim.
apply-code-ok = Teşekkürler, numaranız doğrulandı.

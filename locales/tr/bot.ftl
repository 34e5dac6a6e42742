# Hemşehri: vatandaşla konuşma (bütün kanallar). Türkçe (varsayılan dil).
# Anahtarlar ve yer tutucu adları her dilde aynıdır; yalnızca metni çevirin.
# Yer tutucular: $city = şehrin adı; $reference = "482 913 657"; $count, $max, $min, $page, $pages,
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

## Yanıt soruya uymadığında ipuçları

hint-use-buttons = Lütfen aşağıdaki düğmelerden birini seçin.
hint-type-answer = Lütfen yanıtınızı yazarak gönderin.
hint-not-now = Bunu burada kullanamıyoruz. Lütfen aşağıdaki soruyu yanıtlayın ya da vazgeçmek için /cancel yazın.

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
status-reference-hint = Bir başvurunun ayrıntılarını görmek için numarasını yazabilirsiniz (örneğin 482 913 657).
status-detail =
    📄 Başvuru { $reference }
    Program: { $programme }
    Durum: { $status } ({ $date } itibarıyla)

    Sonraki adım: { $next }
# $note: görevlinin kişiye yazdığı not
status-public-note = 💬 Görevlimizin notu: { $note }
status-not-found = { $reference } numaralı bir başvuruyu sizin başvurularınız arasında bulamadık. Lütfen numarayı kontrol edip yeniden yazın.

## Görevlilere sorular ve “bilgi bekleniyor” yanıtları

ask-prompt = Lütfen sorunuzu kendi sözlerinizle yazın. İsterseniz bir belgenin fotoğrafını da ekleyebilirsiniz. Bir görevlimiz okuyup buradan yanıtlayacak.
ask-attachment-needs-words = Dosyanızı aldık. Lütfen neye ihtiyacınız olduğunu birkaç kelimeyle yazın; ikisini birlikte bir görevlimize ileteceğiz.
ask-attachment-kept = { $count ->
        [one] Dosyanızı aldık.
       *[other] { $count } dosyanızı aldık.
    } Şimdi lütfen sorunuzu birkaç kelimeyle yazın.
ask-privacy-note = 🔒 Yazdıklarınızı yalnızca size yanıt vermek için belediye görevlileri okur; bilgileriniz Türkiye'de saklanır. Lütfen sağlık bilgilerinizi yazmayın.
# $desk: yanıt verecek birimin adı
ask-received-days = Sorunuzu şu birime ilettik: { $desk }. Takip numaranız: { $reference }. Genellikle { $count } gün içinde yanıt veriyoruz; yanıtımız buraya gelecek.
ask-received-hours = Sorunuzu şu birime ilettik: { $desk }. Takip numaranız: { $reference }. Genellikle { $count } saat içinde yanıt veriyoruz; yanıtımız buraya gelecek.
ask-added = Mesajınızı { $reference } numaralı talebinize ekledik. Görevlimiz görecek.
ask-info-received = Teşekkür ederiz! Gönderdiklerinizi { $reference } numaralı başvurunuza ekledik; başvurunuz yeniden incelemeye alındı.

# Hemşehri: talep hizmetinin (core/) adları ve mesajları. Türkçe (varsayılan dil).
# Anahtarlar ve yer tutucu adları her dilde aynıdır; yalnızca metni çevirin.

## Bu dil

# Dilin kendi adı, insanların bir listede seçeceği biçimde
language-name = Türkçe

## Programlar: `programme-<kod>` insanların okuduğu ad, `.description` bir iki cümlelik açıklama.

programme-cash_aid = Nakdi yardım
    .description = Geliri olmayan ya da düşük olan ailelere günlük ihtiyaçları için yapılan para yardımı. Tutar, hanenizin durumuna göre belirlenir.
programme-food_package = Gıda kolisi
    .description = Yeterli gıdaya ulaşamayan ailelere temel gıdalardan (pirinç, makarna, yağ, bakliyat gibi) oluşan bir koli.
programme-milk_for_children = Süt Kuzusu (5 yaş altı çocuklara süt)
    .description = Beş yaşından küçük çocukların sağlıklı büyümesi için düzenli süt desteği.
programme-hot_meals = Sıcak yemek (aşevi)
    .description = Belediye aşevlerinden her gün sıcak yemek; alınabilir ya da dışarı çıkamayanlara eve götürülür.
programme-medical_supplies = Medikal malzeme desteği
    .description = Evde ihtiyaç duyanlara hasta bezi, hasta yatağı gibi malzemeler. Sağlık ayrıntıları bu sohbette değil, yüz yüze konuşulur.
programme-wheelchair_repair = Tekerlekli sandalye bakım ve onarımı
    .description = Tekerlekli sandalye ve akülü araçların ücretsiz bakımı ve onarımı.
programme-accessible_transport = Engelsiz ulaşım
    .description = Hastane, okul ya da resmi randevulara engelli bireyler için uygun araçla ulaşım.
programme-stationery_set = Kırtasiye seti
    .description = İhtiyaç sahibi ailelerin öğrenci çocuklarına defter, kalem ve diğer okul malzemelerinden oluşan bir set.
programme-exam_prep_centre = Ücretsiz sınavlara hazırlık kursu
    .description = Belediyenin eğitim merkezlerinde liseye ve üniversiteye giriş sınavlarına ücretsiz hazırlık kursları.
programme-rent_support = Kira yardımı
    .description = Kirasını ödeyemeyen ve evini kaybetme tehlikesi olan ailelere destek.
programme-water_discount_retirees = Emeklilere su faturası indirimi
    .description = Düşük emekli aylığı alanlar için su faturasında indirim.
programme-mother_solidarity_card = Anne Dayanışma Kartı (alışveriş desteği)
    .description = Küçük çocuğu olan annelere, temel ihtiyaçlarını almaları için her ay bakiye yüklenen bir kart.
programme-winter_fuel = Kışlık yakacak (kömür) yardımı
    .description = Sobayla ısınan evler için kışın ısınmaya yetecek kömür.
programme-breakfast_package = Kahvaltılık paketi
    .description = İhtiyaç sahibi ailelere kahvaltılık ürünlerden (peynir, zeytin, yumurta, reçel gibi) oluşan bir paket.
programme-funeral_support = Cenaze hizmetleri desteği
    .description = Yakınını kaybeden ailelere cenaze işlemleri ve masraflarında destek. Acil olarak yanıt veririz.
programme-emergency_shelter = Acil barınma (sokakta kalanlar için)
    .description = Bu gece kalacak yeri olmayanlar için yatak, yemek ve sıcak bir yer. Acil olarak yanıt veririz.
programme-supported_employment = İş bulma desteği
    .description = İş arayanlara iş eşleştirme, eğitim ve danışmanlıkla iş bulmada destek.
programme-refugee_desk_question = Mülteci Masası'na soru
    .description = Mülteci ve yabancı uyruklu hemşehrilerimizin soruları, kendi dillerinde yanıtlanır: koruma statüsü, ikamet, belgeler ve belediye hizmetleri.
programme-general_question = Genel soru, öneri ya da şikâyet
    .description = Belediyenin sosyal hizmetleriyle ilgili diğer her türlü soru, öneri ya da şikâyet.

## Birimler: yanıt veren ekipler

desk-social_aid = Sosyal Yardım Birimi
desk-refugee_desk = Mülteci Masası
desk-disability_services = Engelli Hizmetleri
desk-education = Eğitim Hizmetleri
desk-employment = İstihdam Hizmetleri
desk-contact_centre = İletişim Merkezi

## Talep durumları: durumun adı ve `.next`, bundan sonra ne olacağı

status-received = Alındı
    .next = Talebiniz sıraya alındı; bir görevlimiz en kısa sürede inceleyecek.
status-in_review = İnceleniyor
    .next = Bir görevlimiz talebinizi inceliyor. Bir şeye ihtiyacımız olursa size yazacağız.
status-needs_info = Sizden bilgi bekleniyor
    .next = Sizden ek bilgi ya da bir belge bekliyoruz. Lütfen buraya yazın ya da fotoğrafını gönderin.
status-approved = Onaylandı
    .next = Talebiniz onaylandı. Yardımın size ne zaman ve nasıl ulaşacağını bildireceğiz.
status-ready = Hazır
    .next = Yardımınız teslim almaya ya da teslimata hazır. Ayrıntıları size ileteceğiz.
status-delivered = Teslim edildi
    .next = Yardım size ulaştı. Başka bir ihtiyacınız olursa yeniden başvurabilirsiniz.
status-rejected = Olumsuz sonuçlandı
    .next = Bu talebi onaylayamadık. Nedenini sormak için bize yazabilirsiniz.
status-cancelled = İptal edildi
    .next = Bu talep sizin isteğinizle iptal edildi. Dilediğiniz zaman yeniden başvurabilirsiniz.
status-closed = Kapatıldı
    .next = Sorunuz yanıtlandı ve kapatıldı. Yeni bir sorunuz varsa buraya yazmanız yeterli.

## Sonradan gönderilen bildirimler (durum değişiklikleri ve görevli yanıtları)

# $programme: programın adı; $status: yeni durumun adı
notify-status = { $reference } numaralı başvurunuzda ({ $programme }) gelişme var: durumu artık “{ $status }”.
notify-moved = { $reference } numaralı talebiniz artık { $desk } tarafından “{ $programme }” olarak ele alınıyor. Sizin bir şey yapmanız gerekmiyor; size buradan yazacağız.
notify-invited = { $reference } numaralı sorunuz hakkında: görevlilerimiz “{ $programme }” için başvurmanızı öneriyor. Bize buradan yazdığınızda yalnızca eksik olanları soracağız.
# Said instead of a file staff attached, on a channel that cannot carry one (SMS)
notify-file-waiting = Görevlimiz size bir belge gönderdi: bizimle yazıştığınız sohbette görebilir ya da ofisimizden isteyebilirsiniz.
notify-machine-translated = (Bu mesaj, görevlimizin yazdığından makine çevirisiyle çevrildi.)
# $note: görevlinin kişiye yazdığı not
notify-public-note = Görevlimizin notu: { $note }
# $text: görevlinin yazdığı
notify-staff-reply =
    { $reference } numaralı talebinizle ilgili bir görevlimiz yanıt verdi:

    { $text }

## Hatalar: kişinin girdikleri

error-move-same = Talep zaten bu programda.
error-move-kind = Bir soru yalnızca başka bir soru programına, bir başvuru yalnızca başka bir başvuru programına taşınabilir.
error-move-final = Kapanmış bir talep taşınamaz.
error-translation-failed = Çeviri hizmeti yanıt vermedi; yanıtınız gönderilmedi. Yeniden deneyin ya da vatandaşın dilindeki hazır yanıtlardan birini kullanın.
error-unexpected = Üzgünüz, bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra yeniden deneyin; yine olursa /cancel yazarak baştan başlayabilirsiniz.
error-not-found = Aradığınızı bulamadık.
error-invalid-input = Bu bilgi doğru görünmüyor. Lütfen kontrol edip yeniden deneyin.
error-field-missing = Bir bilgi eksik ({ $field }).
error-phone-invalid = Bu telefon numarası geçerli görünmüyor. Lütfen alan koduyla birlikte yazın, örneğin 0532 123 45 67 ya da +90 532 123 45 67.
error-district-unknown = Bu adla bir ilçe bulamadık.
error-identity-invalid = Bu kimlik numarası geçerli değil.
error-identity-not-digits = Kimlik numarası yalnızca rakamlardan oluşur. Lütfen 11 haneli numaranızı yazın.
# $given: kaç hane yazıldığı
error-identity-length = Kimlik numarası 11 hanelidir; siz { $given } hane yazdınız.
error-identity-protection-number = 98 ile başlayan numara, geçici koruma kimlik belgesindeki kişisel numaradır; bizim istediğimiz numara bu değil. Lütfen aynı belgedeki yabancı kimlik numaranızı yazın: 99 ile başlar.
error-identity-leading-zero = Kimlik numarası 0 ile başlamaz. Lütfen kontrol edin.
error-identity-checksum = Bu kimlik numarasını doğrulayamadık; bir rakam yanlış yazılmış olabilir. Lütfen kimlik kartınıza bakarak yeniden yazın.
error-reference-invalid = Bu başvuru numarası geçerli değil.
error-reference-not-digits = Başvuru numarası yalnızca rakamlardan oluşur.
# $expected: bir başvuru numarasındaki hane sayısı; $given: yazılan hane sayısı
error-reference-length = Başvuru numaraları { $expected } hanelidir; siz { $given } hane yazdınız. Lütfen kontrol edin.
error-reference-check-digit = Bu numaranın bir rakamı yanlış yazılmış görünüyor (son hane bir kontrol hanesidir ve tutmuyor). Lütfen numarayı kontrol edip yeniden yazın.
error-request-not-found = Bu numarayla size ait bir başvuru bulamadık.
error-consent-missing = Başvuru alabilmemiz için önce aydınlatma metnini onaylamanız gerekiyor.
# $code: bulunamayan program kodu
error-programme-unknown = “{ $code }” adında bir program yok.

## Hatalar: görevliler ve yönetim ekranı

# $current, $target: durum kodları
error-transition-forbidden = Bir talep “{ $current }” durumundan “{ $target }” durumuna geçemez.
error-transition-not-yours = Bu değişikliği ({ $current } → { $target }) siz yapamazsınız.
error-forbidden = Bu işlem için yetkiniz yok.
error-configuration = Ayarlarda bir hata var. Lütfen sistem yöneticisine bildirin.
error-reply-empty = Boş bir yanıt gönderilemez.
error-note-empty = Boş bir not eklenemez.
error-not-your-claim = Bu talep size atanmamış.
error-search-empty = Arama kutusu boş: bir başvuru numarası, telefon, kimlik numarası ya da ad yazın.
error-search-too-long = Arama en fazla { $max } karakter olabilir.
error-search-number = Bu sayı bir başvuru numarasına, telefona ya da kimlik numarasına benzemiyor.
error-claim-not-waiting = Bu talep kuyrukta beklemiyor; alınamaz.
error-claim-language = Bu talep, dilini okuyan bir temsilciyi bekliyor; bekleme süresi dolunca masadaki herkes alabilir.
error-supervisor-only = Bu işlemi yalnızca sorumlular yapabilir.
error-reveal-limit = Bir saatte en fazla { $limit } numarayı tam olarak görebilirsiniz; daha sonra yeniden deneyin.
error-report-period = Son günü ilk gününden önce olmayan, en çok bir yıllık bir dönem seçin.
error-staff-disabled = Bu personel hesabı devre dışı.
error-erase-needs-reason = Silme için bir gerekçe ve onay gerekir.
error-erase-other-desks = Bu kişinin başka birimlerde de talepleri var; silme işlemini bir yönetici yapmalı.
error-agent-not-on-desk = Bu görevli bu birimde çalışmıyor.
error-capacity-invalid = Kapasite 1 ile { $max } arasında bir tam sayı olmalı.
error-token-invalid = Bu API anahtarı geçersiz ya da süresi dolmuş.
# $role: istenen rol
error-role-unknown = Bilinmeyen rol: { $role }.
# $minimum: izin verilen en kısa uzunluk
error-password-too-short = Parola en az { $minimum } karakter olmalıdır.
error-password-weak = Parola kolay tahmin edilir: tek bir parçanın tekrarı, ardışık karakterler ya da kullanıcı adı olmasın.
# $username: istenen kullanıcı adı
error-username-taken = “{ $username }” kullanıcı adı zaten kullanılıyor.
error-staff-unknown = Böyle bir personel hesabı yok.
error-login-failed = Kullanıcı adı ya da parola hatalı.
error-login-locked = Çok sayıda hatalı deneme yapıldı; hesap bir süreliğine kilitlendi. Lütfen daha sonra yeniden deneyin.
error-login-slow = Bu hesap için çok fazla deneme var; birkaç saniye bekleyip yeniden deneyin.
error-busy = Şu anda çok yoğunuz; lütfen biraz sonra yeniden deneyin.
error-session-invalid = Oturumunuz geçersiz. Lütfen yeniden giriş yapın.
error-session-expired = Oturumunuzun süresi doldu. Lütfen yeniden giriş yapın.
error-canned-unknown = Böyle bir hazır yanıt yok.
error-canned-default-missing = Hazır yanıtın varsayılan dilde bir metni olmalıdır.
error-tag-invalid = Bir etiket 1 ile { $max } karakter arasındadır.
error-saved-filters-full = En çok { $limit } filtre kaydedilebilir.
error-announcement-empty = Duyurunun en az bir dilde metni olmalıdır.
error-announcement-fallback-missing = Metni olmayan dillere varsayılan dildeki metni göndermek için varsayılan dilde bir metin yazın.
error-safeguarding-reason-missing = Kararınızın gerekçesini yazın.
# $max: a number of characters
error-safeguarding-reason-too-long = Gerekçe en fazla { $max } karakter olabilir.
error-safeguarding-not-flagged = Bu talepte güvenlik işareti yok.

## Answers to a programme's own questions (core/questions.py)

error-answer-empty = Lütfen cevabınızı birkaç kelimeyle yazın.
error-answer-too-long = Yazdığınız { $given } karakter; en fazla { $max } karakter sığıyor. Lütfen kısaltın.
error-answer-not-number = Lütfen yalnızca bir sayı yazın ({ $min } ile { $max } arasında).
error-answer-number-range = Lütfen { $min } ile { $max } arasında bir sayı yazın.
error-answer-date = Bu tarihi anlayamadık. Lütfen Gün.Ay.Yıl olarak yazın, örneğin 15.03.2023.
error-answer-date-future = Bu tarih henüz gelmedi. Lütfen tarihi kontrol edip yeniden yazın.

notify-verify-code = Hemşehri doğrulama kodunuz: { $code }. Bu kodu kimseyle paylaşmayın.
error-webhook-url-invalid = Kullanıcı adı ya da parola içermeyen bir http:// veya https:// adresi yazın.
error-webhook-url-private = Bu adres bu sunucuda ya da özel bir ağın içinde: webhook'lar yalnızca genel adreslere gönderilir.
error-webhook-events-invalid = En az bir olay seçin.
error-webhook-unknown = Böyle bir webhook hedefi yok.

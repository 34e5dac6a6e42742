## Personel konsolu (Türkçe). Konsolda personelin okuduğu her cümle, Open311 uç noktası dahil.
## Durum, program ve masa adları core.ftl'den gelir (status-*, programme-*, desk-*).

console-title = Personel konsolu
console-nav-label = Bölümler
console-nav-queue = Kuyruk
console-nav-team = Ekip
console-nav-staff = Personel
console-nav-canned = Hazır yanıtlar
console-nav-audit = Denetim kaydı
console-nav-announcements = Duyurular
console-role-agent = Temsilci
console-role-supervisor = Süpervizör
console-role-admin = Yönetici
console-locale-label = Konsol dili
console-locale-name-tr = Türkçe
console-locale-name-en = English
console-locale-name-ar = العربية
console-sign-out = Çıkış yap
console-availability-label = Müsaitlik durumum
console-available = Müsait
console-away = Uzakta
console-availability-go-away = Beni uzakta olarak işaretle
console-availability-go-available = Beni müsait olarak işaretle

## Giriş

console-sign-in-title = Giriş yap
console-sign-in-intro = Yalnızca sosyal hizmetler personeli içindir. Her giriş kayda geçer.
console-username = Kullanıcı adı
console-password = Parola
console-sign-in = Giriş yap

## Hatalar ve bildirimler

console-error-title = Bir sorun oluştu
console-back-to-queue = Kuyruğa dön
console-error-generic = İşlem yapılamadı. Lütfen yeniden deneyin.
console-error-not-found = Bulunamadı.
console-error-csrf = Bu formun süresi dolmuş ya da form konsoldan gelmemiş. Sayfayı yenileyip yeniden deneyin.
console-error-invalid-input = Gönderilen bilgilerin bir kısmı geçersiz. Formu kontrol edip yeniden deneyin.
console-error-field-missing = Zorunlu bir alan boş.
console-error-login-failed = Kullanıcı adı ya da parola yanlış.
console-error-login-locked = Bu adresten çok fazla deneme yapıldı: bu hesaba buradan giriş durduruldu. 15 dakika sonra yeniden deneyin.
console-error-password-weak = Parola kolay tahmin edilir: tek bir parçanın tekrarı, ardışık karakterler ya da kullanıcı adı olmasın.
console-error-login-slow = Bu hesap için şu anda çok fazla deneme var. Birkaç saniye bekleyip yeniden deneyin.
console-error-busy = Şu anda çok sayıda giriş denetleniyor. Biraz sonra yeniden deneyin.
console-error-request-not-found = Masalarınızda bu referans numarasıyla bir talep yok.
console-error-transition-forbidden = Talebin şu anki durumundan bu duruma geçilemez.
console-error-transition-not-yours = Bu durum değişikliğini yalnızca vatandaş yapabilir.
console-error-not-your-claim = Bu talep başka bir temsilcide. Bir süpervizörden yeniden atamasını isteyin.
console-error-supervisor-only = Bunu yalnızca süpervizörler ve yöneticiler yapabilir.
console-error-agent-not-on-desk = Bu kişi talebin masasında çalışmıyor.
console-error-reply-empty = Yanıt boş.
console-error-reply-file-type = Yanıta yalnızca bir fotoğraf (JPEG, PNG, WebP) ya da PDF eklenebilir; hiçbir şey gönderilmedi.
console-error-reply-file-too-large = Ekli dosya 10 MB'tan büyük; hiçbir şey gönderilmedi.
console-error-note-empty = Not boş.
console-error-canned-unknown = Bu hazır yanıt yok ya da bu masa için sunulmuyor.
console-error-canned-default-missing = Hazır yanıtın en azından Türkçe metni olmalı.
console-error-status-unknown = Sunulan durumlardan birini seçin.
console-error-staff-unknown = Böyle bir personel hesabı yok.
console-error-staff-disabled = Bu hesap devre dışı.
console-error-role-not-allowed = Bu rolü veremezsiniz.
console-error-role-unknown = Bilinmeyen rol.
console-error-desk-not-allowed = Yalnızca kendi çalıştığınız masaları verebilirsiniz.
console-error-language-unknown = Bilinmeyen dil.
console-error-username-invalid = Kullanıcı adı 2 ila 64 harf, rakam, nokta, tire ya da alt çizgiden oluşur.
console-error-username-taken = Bu kullanıcı adı zaten kullanılıyor.
console-error-password-too-short = Parola en az 12 karakter olmalı.
console-error-own-role = Kendi rolünüzü değiştiremezsiniz.
console-error-own-account = Kendi hesabınızı devre dışı bırakamazsınız.
console-error-capacity-invalid = Kapasite 1 ile 100 arasında bir tam sayı olmalı.
console-error-decrypt-failed = Bu numara geçerli anahtarla çözülemiyor. Bir yöneticiye bildirin.
console-error-reveal-limit = Bir saat içinde görebileceğiniz tam numara sayısına ulaştınız; daha sonra yeniden deneyin.
console-error-attachment-unknown = Böyle bir ek yok.
console-error-attachment-gone = Mesajlaşma platformunda bu dosya artık yok (dosyaları yalnızca bir süre saklıyor). Kişiden dosyayı yeniden göndermesini isteyin.
console-error-attachment-too-large = Bu dosya 20 MB'tan büyük ve buraya alınamıyor. Kişiden daha küçük bir dosya göndermesini ya da belgeyi masaya getirmesini isteyin.
console-error-attachment-unavailable = Mesajlaşma platformuna şu anda ulaşılamıyor. Birkaç dakika sonra dosyayı yeniden açmayı deneyin.
console-error-forbidden = Buna yetkiniz yok.
console-error-announcement-empty = Mesajı en az bir dilde yazın.
console-error-announcement-fallback-missing = Dili yazılmamış kişilere Türkçe metni göndermek için Türkçe metni de yazın.

console-notice-claimed = Talep artık sizde.
console-notice-queue-empty = Şu anda masalarınızda ve dillerinizde bekleyen talep yok.
console-notice-reply-queued = Yanıtınız vatandaşa gönderilmek üzere sıraya alındı.
console-notice-canned-sent = Hazır yanıt vatandaşa kendi dilinde gönderilmek üzere sıraya alındı.
console-notice-status-changed = Durum değiştirildi; vatandaşa bildirilecek.
console-notice-moved = Talep taşındı; yeni biriminin kuyruğunda. Vatandaşa bildirilecek.
console-move-title = Başka bir programa ya da birime taşı
console-move-to = Yeni program (ve birimi)
console-move-hint = Talep yeni birimin kuyruğuna, kimseye atanmamış olarak döner; vatandaşa kendi dilinde bildirilir.
console-move-submit = Taşı
console-move-as-application = başvuru olarak: { $programme }
console-became-application = Bu soru { $reference } numaralı başvuruya dönüştü.
console-invited-to-apply = Vatandaş “{ $programme }” için başvurmaya davet edildi; yazdığında başvuru başlayacak.
console-notice-note-added = İç not eklendi.
console-notice-released = Talep kuyruğa geri verildi.
console-notice-reassigned = Talep yeniden atandı.
console-notice-staff-created = Hesap oluşturuldu.
console-notice-staff-updated = Hesap kaydedildi.
console-notice-desk-saved = Masa kaydedildi.
console-notice-tokens-revoked = API anahtarları iptal edildi.
console-notice-canned-saved = Hazır yanıt kaydedildi.
console-notice-locale-changed = Konsol dili değiştirildi.
console-notice-announcement-sent = Duyuru gönderiliyor. İlerlemesi aşağıda görünüyor.
console-notice-announcement-cancelled = Duyuru iptal edildi: bundan sonra hiçbir mesajı gönderilmeyecek.

## Kuyruk

console-queue-title = Kuyruk
console-claim-next = Sıradakini al
console-filters = Süzgeçler
console-filter-desk = Masa
console-filter-all-my-desks = Tüm masalarım
console-filter-language = Dil
console-filter-my-languages = Dillerim
console-filter-all-languages = Tüm diller
console-filter-status = Durum
console-filter-waiting = Personel bekleyenler
console-filter-programme = Program
console-filter-all = Tümü
console-filter-district = İlçe
console-filter-apply = Uygula
console-filter-clear = Süzgeçleri temizle
console-live-on = Canlı: liste kendiliğinden güncellenir.
console-live-off = Canlı değil: değişiklikleri görmek için sayfayı yenileyin.
console-mine-title = Bana atanan: { $count } talep
console-waiting-title = { $count ->
    [0] Bekleyen talep yok
   *[other] Bekleyen: { $count } talep
}
console-queue-nothing = Burada bekleyen bir şey yok.
console-col-reference = Referans
console-col-programme = Program
console-col-language = Dil
console-col-channel = Kanal
console-col-district = İlçe
console-col-status = Durum
console-col-waiting = Bekleme
console-col-sla = Hizmet süresi
console-col-assignee = Üstlenen
console-col-desk = Masa
console-col-waiting-count = Bekleyen
console-col-unassigned = Alınmamış
console-col-oldest = En uzun bekleme
console-col-breached = Süresi geçen
console-priority = Öncelik { $level }
console-rtl = sağdan sola
console-needs-interpreter = tercüman gerekli
console-nobody-on-shift = vardiyada okuyan yok
console-team-unread = Vardiyada kimsenin okumadığı bir dilde bekleyen talep: { $count }
console-foreign-reader = { $language } okuyan birine yazıyorsunuz: yazdığınız metin çevrilmeden gider. Önce { $language } hazır yanıtları kullanın.
console-foreign-reader-translated = { $language } okuyan birine yazıyorsunuz: yazdığınız metin { $language } diline makine çevirisiyle gider; sizin yazdığınız yazışmada kalır. { $language } hazır yanıtlar aşağıda.
console-machine-translation = makine çevirisi
console-original = Özgün metin
console-sent-translated = Makine çevirisiyle gönderilen metin
console-unassigned = kimse
console-sla-on_time = Zamanında
console-sla-due_soon = Süresi yaklaşıyor
console-sla-breached = Süresi geçti
console-sla-closed = Kapandı
console-sla-due = Son tarih: { $due }
console-channel-telegram = Telegram
console-channel-webchat = Web sohbet
console-channel-whatsapp = WhatsApp
console-channel-open311 = Kent sistemi (Open311)

## Tek talep

console-request-title = Talep { $reference }
console-thread-title = Yazışma ve geçmiş
console-status-moved = Durum: { $old } → { $new }
console-status-set = Durum: { $new }
console-public-note = Vatandaşa not
console-internal-note = İç not
console-public-note-hint = Durum değişikliğiyle birlikte, yazdığınız haliyle vatandaşa gönderilir.
console-internal-note-hint = Bunu yalnızca personel görür.
console-internal-only = yalnızca personel
console-actor-citizen = Vatandaş
console-actor-staff = Personel
console-actor-bot = Hemşehri botu
console-actor-system = Sistem
console-delivery-queued = gönderilmeyi bekliyor
console-delivery-sent = gönderildi
console-delivery-delivered = teslim edildi
console-delivery-read = okundu
console-delivery-failed = teslim edilemedi
console-delivery-received = alındı
console-delivery-internal = iç
console-attachment-photo = Fotoğraf
console-attachment-document = Belge
console-attachment-voice = Sesli mesaj
console-attachment-video = Video
console-attachment-audio = Ses
console-request-final = Bu talep kapandı; buradan artık yanıtlanamaz.
console-answer-title = Yanıtla
console-answer-goes-to = Vatandaşın okuduğu dil: { $language }.
console-reply-label = Vatandaşa yanıt
console-reply-file = Dosya ekle (isteğe bağlı)
console-reply-file-hint = Bir fotoğraf (JPEG, PNG, WebP) ya da PDF, en çok 10 MB. Vatandaşa kendi kanalından gider.
console-reply-send = Yanıtı gönder
console-canned-title = Hazır yanıtlar
console-canned-no-translation = { $language } metni yok: Türkçe metin gönderilecek.
console-canned-send = Seçilen yanıtı gönder
console-status-title = Durumu değiştir
console-status-new = Yeni durum
console-status-change = Durumu değiştir
console-status-none = Personelin yapabileceği başka bir durum değişikliği yok.
console-held-by = Bu talep { $name } üzerinde. Yalnızca o ya da bir süpervizör yanıtlayabilir.
console-claim-to-answer = Bu talebi henüz kimse almadı: yanıtlamak için alın.
console-note-label = İç not (yalnızca personel)
console-note-add = Not ekle
console-facts-title = Ayrıntılar
console-citizen = Vatandaş
console-no-name = ad verilmemiş
console-neighbourhood = Mahalle
console-household = Hane büyüklüğü
console-identity = Kimlik numarası
console-reveal = Göster
console-revealed-logged = Tamamı gösterildi; bu işlem denetim kaydına yazıldı.
console-identity-checksum-warning = Bu yabancı kimlik numarası doğrulamadan geçmiyor: belgeyi masada kontrol edin.
console-phone = Telefon
console-created = Geliş
console-sla-due-label = Son tarih
console-release = Kuyruğa geri ver
console-reassign-to = Yeniden ata:
console-reassign = Yeniden ata
console-other-requests = Vatandaşın diğer talepleri
console-no-other-requests = Başka talep yok.
console-attachment-title = Ek
console-attachment-not-yet = { $kind }: bu dosya mesajlaşma platformunda duruyor ve henüz buradan açılamıyor.
console-attachment-download = İndir
console-attachment-download-hint = Bu dosya tarayıcıda değil, indirilerek açılır.
console-back-to-request = { $reference } numaralı talebe dön

## Yönetim

console-team-title = Ekip
console-export = Açık talepleri dışa aktar (CSV)
console-team-waiting = Masa ve dile göre bekleyenler
console-team-holding = Kimde ne var
console-team-agents = Personel
console-team-col-availability = Müsaitlik
console-team-col-holding = Açık başvurular
console-team-col-capacity = Kapasite
console-team-nobody-holds = Kimsenin üzerinde açık talep yok.
console-team-breaches = { $count ->
    [0] Hizmet süresi geçen talep yok
   *[other] Hizmet süresi geçen: { $count } talep
}
console-team-no-breaches = Tüm açık talepler hizmet süresi içinde.
console-team-due-soon = { $count ->
    [0] Bir saat içinde süresi dolan talep yok
   *[other] Bir saat içinde süresi dolacak: { $count } talep
}
console-team-none-due-soon = Bir saat içinde süresi dolacak başka açık talep yok.
console-sla-alert-late =
    { $count ->
        [one] Masalarınızdan bir talebin hizmet süresi geçti.
       *[other] Masalarınızdan { $count } talebin hizmet süresi geçti.
    }
console-sla-alert-due-soon =
    { $count ->
        [one] Masalarınızdan bir talebin süresi bir saat içinde doluyor.
       *[other] Masalarınızdan { $count } talebin süresi bir saat içinde doluyor.
    }
console-staff-title = Personel hesapları
console-staff-username = Kullanıcı adı
console-staff-display-name = Ad
console-staff-role = Rol
console-staff-desks = Masalar
console-staff-languages = Diller
console-staff-state = Durum
console-staff-active = etkin
console-staff-disabled = devre dışı
console-staff-new = Yeni hesap
console-staff-password = Parola (en az 12 karakter)
console-staff-create = Hesabı oluştur
console-staff-console-locale = Konsol dili
console-save = Kaydet
console-staff-disable = Bu hesabı devre dışı bırak
console-staff-disable-hint = Kişinin tüm oturumları hemen kapanır; API anahtarları çalışmaz olur.
console-staff-enable = Bu hesabı etkinleştir
console-staff-revoke-tokens = API anahtarlarını iptal et
console-staff-revoke-tokens-hint = Bu hesabın tüm API anahtarları hemen çalışmaz olur; gereken sistem yeni bir anahtar alır.
console-desks-title = Masalar
console-desks-intro = Sıradakini al: personel sıradaki başvuruyu kendisi alır. Otomatik ata: her yeni başvuru hemen masanın en az açık başvurusu olan müsait personeline gider; önce başvurunun dilini okuyanlara, kapasiteye kadar. Koruma işaretli bir başvuru kapasiteye bakılmaksızın atanır. Kimsenin alamadığı başvuru sırada bekler.
console-desk-mode = Başvuruları dağıtma biçimi
console-desk-mode-claim = Sıradakini al
console-desk-mode-push = Müsait personele otomatik ata
console-desk-capacity = Personel başına açık başvuru
console-staff-capacity = Otomatik atamada bu kişiye verilecek en fazla açık başvuru
console-staff-capacity-hint = Masalarının kapasitesini kullanmak için boş bırakın.
console-canned-admin-title = Hazır yanıtlar
console-canned-name = Başlık
console-canned-languages = Diller
console-canned-none = Henüz hazır yanıt yok.
console-canned-new = Yeni hazır yanıt
console-canned-texts-hint = Metni Türkçe ve olabildiğince çok dilde yazın; dili eksik olan vatandaşa Türkçe metin gider.
console-canned-offered = Temsilcilere sunulsun
console-audit-title = Denetim kaydı
console-audit-read-only = Her giriş, talep alma, yanıt, durum değişikliği, kişisel verinin gösterilmesi ve dışa aktarma. Bu kaydı kimse değiştiremez.
console-audit-when = Zaman
console-audit-who = Kim
console-audit-action = İşlem
console-audit-target = İlgili
console-audit-details = Ayrıntı
console-audit-empty = Kayıt yok.
console-newer = Daha yeni
console-older = Daha eski
console-audit-action-sign_in = Giriş yaptı
console-audit-action-sign_in_failed = Giriş başarısız
console-audit-action-sign_out = Çıkış yaptı
console-audit-action-claim = Talep aldı
console-audit-action-reply = Yanıtladı
console-audit-action-status_change = Durum değiştirdi
console-audit-action-release = Kuyruğa geri verdi
console-audit-action-reassign = Yeniden atadı
console-audit-action-reveal = Kişisel veriyi gösterdi
console-audit-action-export = Dışa aktardı
console-audit-action-staff_create = Hesap oluşturdu
console-audit-action-staff_update = Hesabı değiştirdi
console-audit-action-staff_enable = Hesabı etkinleştirdi
console-audit-action-staff_disable = Hesabı devre dışı bıraktı
console-audit-action-tokens_revoke = API anahtarlarını iptal etti
console-audit-action-availability = Müsaitlik durumunu değiştirdi
console-audit-action-desk_update = Bir masanın başvuru dağıtımını değiştirdi
console-audit-action-canned_create = Hazır yanıt oluşturdu
console-audit-action-canned_update = Hazır yanıtı değiştirdi
console-audit-action-open311_create = Kent sisteminden talep
console-audit-action-announcement_create = Duyuru gönderdi
console-audit-action-announcement_cancel = Duyuruyu iptal etti
console-audit-action-safeguarding_flag = Vatandaşın sözleriyle güvenlik işareti konuldu
console-audit-action-safeguarding_confirmed = Güvenlik işaretini doğruladı
console-audit-action-safeguarding_cleared = Güvenlik işaretini kaldırdı
console-audit-action-safeguarding_view = İşaretli bir talebi görüntüledi
console-audit-action-status_check_passed = Başka bir kanaldan durum sorgusu: doğru yanıt
console-audit-action-status_check_failed = Başka bir kanaldan durum sorgusu: yanlış yanıt
console-audit-action-status_check_refused = Başka bir kanaldan durum sorgusu: reddedildi

## Duyurular

console-announcements-title = Duyurular
console-announcements-intro = Duyuru, kesime uyan bir talebi olan herkese gider: kişi başına bir kez, kendi dilinde, kullandığı kanaldan, platformların izin verdiği hızda.
console-announcement-new = Yeni duyuru
console-announcement-segment = Kimlere gidecek
console-announcement-any-programme = Tüm programlar
console-announcement-any-status = Her durum
console-announcement-any-district = Tüm ilçeler
console-announcement-any-language = Tüm diller
console-announcement-any-channel = Tüm kanallar
console-announcement-texts = Mesaj
console-announcement-texts-hint = Mesajı yazabildiğiniz her dilde bir kez yazın. Dilinde metin olmayan kişilere, Türkçe metne izin vermezseniz, duyuru gitmez.
console-announcement-fallback = Dilinde metin olmayan kişilere Türkçe metni gönder
console-announcement-preview = Önizle
console-announcement-preview-title = Göndermeden önce
console-announcement-matches = { $count ->
    [0] Bu kesime uyan ve kendisine yazılabilecek kimse yok.
    [one] Bu kesime bir kişi uyuyor.
   *[other] Bu kesime { $count } kişi uyuyor.
}
console-announcement-lacking-fallback = { $count ->
    [one] Bunlardan biri sizin yazmadığınız bir dili okuyor; Türkçe metni alacak.
   *[other] Bunlardan { $count } kişi sizin yazmadığınız bir dili okuyor; Türkçe metni alacaklar.
}
console-announcement-lacking-skipped = { $count ->
    [one] Bunlardan biri sizin yazmadığınız bir dili okuyor; bu duyuruyu almayacak.
   *[other] Bunlardan { $count } kişi sizin yazmadığınız bir dili okuyor; bu duyuruyu almayacaklar.
}
console-announcement-will-send = { $count ->
    [0] Duyuru kimseye gitmeyecek.
    [one] Duyuru bir kişiye gönderilecek.
   *[other] Duyuru { $count } kişiye gönderilecek.
}
console-announcement-send = Duyuruyu gönder
console-announcement-changed = Önizlemeden bu yana sayılar değişti (biri yazdı ya da metinler değişti). Kontrol edip yeniden gönderin.
console-announcement-people = Kişi
console-announcement-text-own = metin yazıldı
console-announcement-text-parent = yakın bir dilin metnini alacak
console-announcement-text-fallback = Türkçe metni alacak
console-announcement-text-none = metin yok: gönderilmeyecek
console-announcement-everyone = Talebi olan herkes
console-announcement-state-sending = Gönderiliyor
console-announcement-state-cancelled = İptal edildi
console-announcement-state-done = Tamamlandı
console-announcement-sent-count = { $count } gönderildi
console-announcement-queued-count = { $count } bekliyor
console-announcement-failed-count = { $count } gönderilemedi
console-announcement-cancelled-count = { $count } durduruldu
console-announcement-skipped-count = { $count } kişinin dilinde metin yok
console-announcement-fallback-count = { $count } kişiye Türkçe
console-announcement-cancel = Duyuruyu iptal et
console-announcement-cancel-hint = Gönderilmiş mesajlar gönderilmiş kalır; kalanlar gönderilmez.
console-announcement-none = Henüz duyuru yok.
console-announcement-texts-shown = Metinler
console-announcements-live = Duyuru gönderilirken ilerleme kendiliğinden güncellenir.
console-col-sent-at = Gönderim
console-col-by = Gönderen
console-col-segment = Kesim
console-col-progress = İlerleme
console-col-state = Durum

## Open311 (diğer kent sistemlerinin geliştiricileri okur)

console-open311-error-api-key = api_key eksik ya da geçersiz.
console-open311-error-format = Yalnızca json ve xml biçimleri var.
console-open311-error-service-code = Bu service_code ile bir hizmet yok.
console-open311-error-service-code-missing = service_code eksik.
console-open311-error-desk = Bu api_key bu hizmet için talep oluşturamaz.
console-open311-error-field = { $field } alanı geçersiz.
console-open311-error-invalid = Talep kabul edilmedi ({ $reason }, alan: { $field }).
console-open311-error-status = status open ya da closed olmalı.
console-open311-error-date = Tarihler saat dilimiyle ISO 8601 biçiminde olmalı, örneğin 2026-11-22T10:00:00Z.
console-open311-error-not-found = Böyle bir hizmet talebi yok.
console-open311-notice-received = { $reference } referans numarasıyla alındı.
console-open311-attribute-national_id = Başvuranın T.C. kimlik numarası ya da yabancı kimlik numarası (11 hane).
console-open311-attribute-district = Başvuranın oturduğu İzmir ilçesi.
console-open311-attribute-neighbourhood = Başvuranın mahallesi.
console-open311-attribute-household_size = Hanede yaşayan kişi sayısı (1 ile 30 arası).
console-open311-attribute-language = Başvuranın okuduğu dil; yanıtlar bu dilde gider.
console-open311-attribute-consent = Başvurana aydınlatma metni gösterildi ve açık rızası alındı.
console-open311-consent-given = Rıza verildi

## Undelivered messages

console-nav-deliveries = İletilemeyenler
console-deliveries-title = İletilemeyen mesajlar
console-deliveries-intro = Bu bildirimler kişiye ulaşmadı; nedeni her birinin yanında yazıyor. Sorun giderildikten sonra yeniden deneyin (belirsiz olarak işaretlenen bir mesajda önce kişiye ulaşmadığından emin olun).
console-deliveries-when = Kuyruğa girdiği zaman
console-deliveries-what = Mesaj
console-deliveries-channel = Kanal
console-deliveries-request = Talep
console-deliveries-reason = Neden
console-deliveries-action = İşlem
console-deliveries-retry = Yeniden dene
console-deliveries-empty = Bütün mesajlar iletildi.
console-deliveries-kind-status_changed = Durum değişikliği
console-deliveries-kind-staff_reply = Görevli yanıtı
console-deliveries-kind-announcement = Duyuru
console-notice-delivery-retried = Mesaj yeniden kuyruğa alındı.
console-audit-action-retry_delivery = Gönderimi yeniden denedi

## Erasure at a person's request

console-erase-title = Bu kişinin verilerini sil
console-erase-explain = Masada ya da telefonda unutulmak isteyen kişiler için. Bu kanaldaki adı, telefonları, kimlik numaraları, mesajları, dosyaları ve notlar silinir; açık talepleri iptal edilir. Bu işlem geri alınamaz.
console-erase-reason = Kişi nasıl ve ne zaman istedi?
console-erase-confirm = Kimin istediğini kontrol ettim ve bu işlemin geri alınamayacağını biliyorum.
console-erase-button = Bu kişiyle ilgili her şeyi sil
console-notice-person-erased = Kişinin verileri silindi. Silme işlemi denetim kaydına yazıldı.
console-error-erase-needs-reason = Kişinin nasıl istediğini yazın ve onay kutusunu işaretleyin.
console-error-erase-other-desks = Bu kişinin başka birimlerde de talepleri var; silme işlemini bir yönetici yapmalı.
console-audit-action-erase_contact = Kişinin verilerini sildi

## Güvenlik (koruma)

console-nav-safeguarding = Koruma
console-safeguarding-title = Koruma
console-safeguarding-intro = Yazdıklarında bir tehlike anlatılan talepler (şiddet, risk altındaki çocuk, kendine zarar, tıbbi acil durum, kalacak yerin olmaması, gözaltı, istismar). İşaret kaldırılana kadar kuyrukta en öndedirler. Her işareti gerekçenizle doğrulayın ya da kaldırın; işaretli bir talebin her görüntülenmesi kaydedilir.
console-safeguarding-flagged-at = İşaretlenme
console-safeguarding-categories = Anlatılan
console-safeguarding-state = İşaret
console-safeguarding-decision = Karar
console-safeguarding-reason = Gerekçe
console-safeguarding-confirm = Doğrula
console-safeguarding-clear = Kaldır
console-safeguarding-empty = Birimlerinizde işaretli talep yok.
console-safeguarding-state-flagged = Yeni, henüz bakılmadı
console-safeguarding-state-confirmed = Doğrulandı
console-safeguarding-category-self_harm = Kendine zarar verme ya da intihar
console-safeguarding-category-medical_emergency = Tıbbi acil durum
console-safeguarding-category-violence = Ev içi ya da toplumsal cinsiyete dayalı şiddet
console-safeguarding-category-child_at_risk = Risk altındaki çocuk
console-safeguarding-category-trafficking = İnsan ticareti ya da istismar
console-safeguarding-category-no_shelter = Evden çıkarılma ya da sokakta kalma
console-safeguarding-category-detention = Gözaltı ya da sınır dışı edilme
# $count: birimlerimde kimsenin doğrulamadığı ya da kaldırmadığı işaretler
console-safeguarding-alert =
    { $count ->
        [one] Bir kişi tehlikede olabilir: bir koruma işareti karar bekliyor.
       *[other] Kişiler tehlikede olabilir: { $count } koruma işareti karar bekliyor.
    }
console-notice-safeguarding-confirmed = İşaret doğrulandı; talep kuyrukta en önde kalıyor.
console-notice-safeguarding-cleared = İşaret kaldırıldı; talep kuyrukta olağan yerini alıyor.
console-error-safeguarding-reason-missing = Kararınızın gerekçesini yazın.
console-error-safeguarding-reason-too-long = Gerekçe çok uzun.
console-error-safeguarding-not-flagged = Bu talepte koruma işareti yok.
console-full-name = Ad soyad
console-answer-under-age = { $years } yaşından küçük
console-answer-over-age = { $years } yaşını doldurmuş
console-documents-checklist = Belge listesi
console-phone-owner-relative = Bu numara bir yakınına ait; mesajları ona iletiyor.
console-phone-owner-neighbour = Bu numara bir komşusuna ait; mesajları ona iletiyor.
console-phone-owner-none = Telefonu yok: yalnızca başvurduğu sohbetten ulaşılabilir.

## Geri arama listesi (hiçbir kanaldan ulaşılamayan kişiler)
console-nav-callbacks = Geri aramalar
console-callbacks-title = Aranacak kişiler
console-callbacks-intro = Bu kişilere başvurularıyla ilgili bir bilgiyi hiçbir kanallarından iletemedik. Onları arayın, kendi dillerinde anlatın, sonra aramayı işaretleyin. Numaraları gösterdiği için bu listeye her bakış kayda geçer.
console-callbacks-since = Tarih
console-callbacks-who = Kişi
console-callbacks-speaks = Dili: { $language }
console-callbacks-phone = Telefon
console-callbacks-no-phone = Kayıtlı numara yok
console-callbacks-request = Başvuru
console-callbacks-told = İletmeye çalıştığımız
console-callbacks-tried = Denenen kanallar
console-callbacks-action = Arama yapıldı
console-callbacks-done-reached = Ulaşıldı
console-callbacks-done-unreachable = Ulaşılamadı
console-callbacks-empty = Aranacak kimse yok: her bildirim kişisine ulaştı.
console-notice-callback-done = Arama kaydedildi.
console-channel-sms = SMS
console-deliveries-kind-moved = Başka programa taşındı
console-deliveries-kind-invited = Başvuruya davet
console-person-channels = Ulaşılabilen kanallar
console-channel-verified = numara doğrulandı
console-channel-blocked = ulaşılamıyor
## Raporlar

console-nav-reports = Raporlar
console-report-title = Raporlar
console-report-csv = Tabloyu indir (CSV)
console-report-from = Başlangıç
console-report-to = Bitiş
console-report-by = Gruplama
console-report-by-desk = Masa
console-report-by-programme = Program
console-report-by-language = Dil
console-report-by-channel = Kanal
console-report-by-district = İlçe
console-report-by-week = Hafta
console-report-period = { $first } ile { $last } arası, şehir saatiyle tam günler.
console-report-how = Bu rakamlar nasıl sayılıyor
console-report-how-counted = Her rakam gerçekleştiği anda sayılır: bir talep geldiği dönemde alınmış, son durumuna ulaştığı dönemde kapanmış, ilk yanıtı da personelin verdiği dönemde sayılır.
console-report-how-first-response = İlk yanıt: talebin gelişinden, personelin vatandaşa yazdığı ilk yanıta ya da personelin incelemeye almak dışındaki ilk durum değişikliğine kadar geçen süre (hangisi önceyse).
console-report-how-resolution = Sonuçlanma: talebin gelişinden son duruma (teslim edildi, reddedildi, iptal edildi ya da kapandı) kadar geçen süre.
console-report-how-sla = Hizmet süresine uyum: dönemde kapanan taleplerden, programın hedef zamanına kadar son durumuna ulaşanların oranı.
console-report-how-percentiles = Ortanca ve 90. yüzdelik en yakın sıra yöntemiyle: sıralanmış süreler içinde, sayılarının yarısı (ya da %90'ı) yukarı yuvarlanarak bulunan sıradaki süre.
console-report-how-small = { $count } süreden az olan bir grubun sayıları gösterilir, süreleri gösterilmez: karşılaştırmak için çok az, arkasındaki kişilerin tanınmaması için de gizli tutulur.
console-report-how-private = Yalnızca sayılar: hiçbir raporda başvuru numarası, ad, telefon ya da mesaj yoktur.
console-report-table = Rakamlar
console-report-col-received = Gelen
console-report-col-closed = Kapanan
console-report-col-first-median = İlk yanıt, ortanca
console-report-col-first-p90 = İlk yanıt, 90. yüzdelik
console-report-col-resolution-median = Sonuçlanma, ortanca
console-report-col-resolution-p90 = Sonuçlanma, 90. yüzdelik
console-report-col-sla = Hizmet süresine uyum
console-report-col-needs-info = Bilgi istenen
console-report-col-undelivered = İletilemeyen bildirimler
console-report-total = Tümü
console-report-week = { $monday } haftası
console-report-no-district = İlçe belirtilmemiş
console-report-too-few = çok az
console-report-hours = { $hours } sa
console-report-percent = %{ $value }
console-report-points = { $points } puan
console-report-chart-volumes = Gelen ve kapanan talepler
console-report-chart-times = İlk yanıt ve sonuçlanma, ortanca
console-report-nothing = Bu dönemde masalarınızda bir şey olmadı.
console-report-equity-title = Eşitlik: her dilde aynı hizmet
console-report-equity-csv = Eşitlik görünümünü indir (CSV)
console-report-equity-explained = Her dilin süreleri ve hizmet süresine uyumu, aynı kanallardaki Türkçe konuşanların talepleriyle yan yana; %{ $margin } daha uzun bir süre ya da { $margin } puandan fazla düşük bir uyum, daha kötü olarak kalın yazılır.
console-report-all-channels = Tüm kanallar
console-report-baseline = karşılaştırma ölçütü
console-report-worse = { $gap }, daha kötü
console-error-report-period = Son günü ilk gününden önce olmayan, en çok bir yıllık bir dönem seçin.
console-search-label = Taleplerde ara
console-search-placeholder = Başvuru, telefon, kimlik no, ad
console-search-submit = Ara
console-search-title = Arama
console-search-hint = Masalarınızın taleplerini başvuru numarasıyla (her rakamla), telefonla (her biçimde), kimlik numarasıyla ya da adın tam kelimeleriyle bulur. Telefon, kimlik numarası ya da adla yapılan arama denetim kaydına yazılır.
console-search-found = { $count ->
    [0] Masalarınızda bir şey bulunamadı.
   *[other] { $count } talep bulundu.
}
console-search-first = En yeni { $count } tanesi gösteriliyor.
console-search-none = Masalarınızda buna uyan talep yok. Numarayı kontrol edin ya da başka bir bilgiyle arayın.
console-col-received = Geliş
console-claim-this = Bu talebi al
console-audit-action-search = Kişisel veriyle arama
console-audit-action-password_reset = Parola bir operatör tarafından sıfırlandı
console-error-search-empty = Aramak için bir başvuru numarası, telefon, kimlik numarası ya da ad yazın.
console-error-search-too-long = Bu, bir başvuru numarası, telefon ya da ad için fazla uzun. Aramayı kısaltın.
console-error-search-number = Bu sayı bir başvuru numarasına, telefona ya da kimlik numarasına benzemiyor. Kontrol edip yeniden arayın.
console-error-reference-check-digit = Bu başvuru numarasının bir rakamı yanlış yazılmış görünüyor (kontrol hanesi tutmuyor). Kontrol edip yeniden arayın.
console-error-claim-not-waiting = Bu talep kuyrukta beklemiyor; alınamaz.
console-error-claim-language = Bu talep, dilini okuyan bir temsilciyi bekliyor; yeterince bekleyince masadaki herkes alabilir.
# Giden webhook'lar (yalnızca yöneticiler)
console-nav-webhooks = Webhook'lar
console-webhooks-title = Giden webhook'lar
console-webhooks-intro = Belediyenin diğer sistemlerine bir talep yapıldığında, durumu değiştiğinde, hizmet süresini aştığında ya da koruma işareti aldığında haber verilebilir. Her gönderim hedefin gizli anahtarıyla imzalanır ve hedef yanıt verene kadar yeniden denenir.
console-webhooks-url = Hedef adres
console-webhooks-events = Olaylar
console-webhooks-event = Olay
console-webhooks-event-request-created = Bir talep yapıldı
console-webhooks-event-request-status-changed = Bir talebin durumu değişti
console-webhooks-event-request-sla-breached = Bir talep hizmet süresini aştı
console-webhooks-event-request-safeguarding-flagged = Bir talep koruma için işaretlendi
console-webhooks-personal = Kişisel veri
console-webhooks-personal-yes = İzinli (ad ve telefon)
console-webhooks-personal-no = Gönderilmez
console-webhooks-personal-allow = Kişinin adını ve telefonunu bu hedefe gönder
console-webhooks-personal-hint = Yalnızca bunları tutabilecek bir belediye sistemi için. Kişilerin yazdıkları hiçbir hedefe gönderilmez.
console-webhooks-none = Henüz hedef yok.
console-webhooks-new = Yeni hedef
console-webhooks-add = Hedef ekle
console-webhooks-secret-once = Bu, hedefin imza anahtarıdır. Yalnızca şimdi gösterilir: alıcı sisteme kopyalayın.
console-webhooks-disable = Devre dışı bırak
console-webhooks-enable = Etkinleştir
console-webhooks-rotate = Yeni anahtar
console-webhooks-delete = Sil
console-webhooks-log = Son gönderimler
console-webhooks-log-empty = Bu hedefe henüz bir şey gönderilmedi.
console-webhooks-state = Durum
console-webhooks-code = Yanıt
console-webhooks-attempts = Deneme
console-webhooks-delivered-at = Teslim
# $when: the date and time of the next attempt
console-webhooks-next-at = sonraki deneme { $when }
console-webhooks-redeliver = Yeniden gönder
console-webhooks-state-pending = Bekliyor
console-webhooks-state-sending = Gönderiliyor
console-webhooks-state-delivered = Teslim edildi
console-webhooks-state-dead = Başarısız
console-notice-webhook-updated = Hedef kaydedildi.
console-notice-webhook-deleted = Hedef silindi; ona artık bir şey gönderilmeyecek.
console-notice-webhook-redelivered = Gönderim yeniden sıraya alındı, birazdan çıkacak.
console-error-admin-only = Bunu yalnızca yöneticiler yapabilir.
console-error-webhook-url-invalid = Kullanıcı adı ya da parola içermeyen bir http:// veya https:// adresi yazın.
console-error-webhook-url-private = Bu adres bu sunucuda ya da özel bir ağın içinde: webhook'lar yalnızca genel adreslere gönderilir.
console-error-webhook-events-invalid = En az bir olay seçin.
console-error-webhook-unknown = Böyle bir webhook hedefi yok.
console-audit-action-webhook_create = Webhook hedefi ekledi
console-audit-action-webhook_update = Webhook hedefini etkinleştirdi ya da devre dışı bıraktı
console-audit-action-webhook_rotate = Webhook hedefine yeni anahtar verdi
console-audit-action-webhook_delete = Webhook hedefini sildi
console-audit-action-webhook_redeliver = Webhook'u yeniden gönderdi

## Personelin kullandığı durum adları (vatandaş core.ftl içindeki status-* metinlerini okur)
console-status-received = Yeni, henüz alınmadı
console-status-in_review = İnceleniyor
console-status-needs_info = Vatandaştan yanıt bekleniyor
console-status-approved = Onaylandı
console-status-ready = Teslim almaya veya gönderime hazır
console-status-delivered = Teslim edildi
console-status-rejected = Reddedildi
console-status-cancelled = Vatandaş iptal etti
console-status-closed = Kapatıldı (yanıtlandı)

## Kuyruk bir bakışta
console-unread = Yeni mesaj
console-viewing = { $count ->
    [one] { $names } bu talebe bakıyor
   *[other] { $names } bu talebe bakıyor
}
console-preview-held = Koruma işareti: okumak için talebi açın
console-preview-attachment = (bir dosya, metin yok)
console-filter-tag = Etiket
console-filter-holder = Kimde
console-filter-anyone = Herkes
console-filter-holder-me = Bende
console-filter-holder-nobody = Kimsede değil
console-saved-filters = Filtrelerim
console-saved-filters-none = Henüz kaydedilmiş filtre yok.
console-saved-filter-name = Bu filtrelerin adı
console-saved-filter-save = Bu filtreleri kaydet
console-saved-filter-delete = Bu kayıtlı filtreyi sil
console-notice-filter-saved = Filtreleriniz kaydedildi.
console-notice-filter-deleted = Kayıtlı filtre silindi.
console-error-saved-filters-full = Kaydedebileceğiniz kadar filtre kaydettiniz; önce birini silin.
console-tags-title = Etiketler
console-tags-none = Henüz etiket yok.
console-tag-add-label = Etiket ekle (yeni bir ad, masa için yeni bir etiket oluşturur)
console-tag-add = Etiketi ekle
console-tag-remove = { $tag } etiketini kaldır
console-notice-tagged = Etiket eklendi.
console-notice-untagged = Etiket kaldırıldı.
console-error-tag-invalid = Bir etiket 1 ile 32 karakter arasındadır.
console-audit-action-tag_add = Etiket ekledi
console-audit-action-tag_remove = Etiket kaldırdı

## Makrolar: durumu ve etiketleri de değiştiren hazır yanıt
console-macro-title = Gönderilince ayrıca (makro)
console-macro-hint = İsteğe bağlı: yanıtla birlikte talebin geçeceği durum ve eklenecek etiketler.
console-macro-status = Durumu şuna çevir
console-macro-status-none = Durumu değiştirme
console-macro-tags = Etiketleri ekle (virgülle ayırın)
console-macro-sets-status = Durumu değiştirir: { $status }.
console-macro-adds-tags = Etiket ekler: { $tags }.

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Türkçe TikTok, "siz" diliyle: kameraya konuşan samimi bir satıcı / içerik üreticisi. Türkiye için yazıldı,
## İngilizceden çevrilmedi. Id'ler, değişkenler ve seçiciler: locales/README.md.
##
## Dilbilgisi: Türkçede cinsiyet ve tanımlık yok, ama ekler ünlü uyumuna göre değişir ve özel isme gelen ek
## kesme işaretiyle ayrılır (Lumi'yi, Lumi'ye). Ek seçen bir fonksiyon yok, o yüzden hiçbir { $name } ve
## { $category } ek almaz: ya özne olur ("Bu kupa şu an 299,99 TL."), ya iki noktadan sonra gelir ("Haftanın
## keşfi: { $name }."), ya ek istemeyen bir edatın önünde durur ("{ $category } hakkında", "için", "ile",
## "gibi", "yerine"), ya da belirtisiz nesne olur ("{ $category } arayanlar"). { $category }'yi ürünün adı gibi
## kullanan satırlar `.requires = typed` taşır: tür kelimesi yoksa $category bir grup kelimesidir ("ev",
## "güzellik") ve "Bu ev" yanlış olur.
## { $price } hep " TL" ile biter ([price_points] display = "{n} TL"), "TL" de "te-le" okunur: yazıda
## "{ $price }'den" her zaman doğrudur. Seslendirme fiyatı "299 lira 99" diye söyler, o yüzden ekli fiyat yalnız
## ekranda (.screen) ve etiketlerde durur, seslendirmede hiç yoktur. { $discount } ("%20") ve sayılar ek almaz.
## Sayıdan sonra isim tekil kalır: "3 renk", "2 adet". $color_count CLDR'de [one] / *[other].
## ctk bir satırın ilk harfini dilden bağımsız büyütür ("i" -> "I"): hiçbir satır küçük "i" ile başlayabilecek
## bir yer tutucuyla açılmaz (renk ve beden kelimeleri "i" ile başlamaz; "ipek" facts.toml'da "İpek").
##
## İddialar: fayda sahnelerini ctk facts.toml'daki bilgilerden kurar. Buradaki satırlar bir bilginin
## desteklemesi gereken hiçbir şey iddia etmez: popülerlik yok ("herkes bunu alıyor", "viral", "çok satan"),
## "en iyi", "mükemmel", "bir numara" yok, hafiflik, taşınabilirlik, rahatlık, sıcaklık, dayanıklılık, hız,
## atmosfer yok, sağlık ve çevre vaadi yok, sahte aciliyet yok ("sadece bugün", "stoklarla sınırlı"). Bir şey
## iddia eden satır, onu destekleyen bilgiyi `.requires` ile ister.

# Hook'lar: ilk 3 saniye. Ürünün adını söylemezler (hemen ardından intro söyler) ve caption hook'un ekran
# metniyle başlar: o yüzden iki noktayla bitmezler. Yer tutucusuz her ses satırı en fazla 37 karakter
# (14 karakter/sn ile 2,7 sn), söylendiği gibi ölçülür ("%20" = "yüzde yirmi"). $hook_fact facts.toml'dan
# bir ekran satırıdır ("30 saate kadar kullanım", "Dokunmatik kontrol", "Şarj edilebilir"): isim ya da sıfat
# olabilir, o yüzden ek almaz ve soru da olmaz: soru eki ("mı/mi/mu/mü") olmadan "Şarj edilebilir?" yanlıştır.
# Videoyu tek başına bir sıfatla açmaz ("Vegan! Bu detaya dikkat." kulağa yapay gelir): önce kısa bir cümle, sonra
# ünlemle bilgi ("Bilmekte fayda var. Vegan!"). Bilgi iki noktadan sonra gelmez, çünkü ekran satırı büyük harfle
# başlar ("Kısa not: Katlanabilir" yanlış). Çerçeve bilgiyi söyler, sonrasını vaat etmez ("Kısa bir not",
# "Öne çıkan özellik şu" yok): fayda sahneleri hook'taki bilgiyi tekrar söylemez.
# Bir özelliğe hayranlık yok ("Bayıldım", "Daha ne olsun?", "Tam aradığım"): "bilmekte fayda var",
# "şuna bakın", "kısa bir not" gibi her bilgiye uyan bir tepki ("pratik" her bilgiye uymaz: "Fitilli örgü! Bu çok
# pratik" olmaz; "Evet, doğru duydunuz" bir sayıya uyar, "Hafif doku"ya değil). Caption hook'un ekran metniyle
# açılır: ekran metni tek başına da okunur bir cümle ya da başlıktır ("Patili dostu olanlar" değil).
# Pakette birden fazla ürün varsa ($pack > 0) "Bu { $category }" tek bir ürünü söyler: o satırlar paketi sayar ("5 adet bebek body şu an ...").
# "Yakından bakın", "size göstereyim" yok: görseller yer tutucu olabilir. Popülerlik yok ("çok istediniz").
hook-1 = Bir saniye, hemen geçmeyin!
    .screen = Bir saniye, geçmeyin!
hook-2 = Bunu bir kenara not edin.
    .screen = Bunu not edin!
hook-3 = Bunu size mutlaka göstermem lazım.
    .screen = Bunu göstermem lazım
hook-4 = Kaydırmadan önce şuna bir bakın.
    .screen = Kaydırmadan önce bakın
hook-5 = Sadece birkaç saniyenizi alacağım.
    .screen = Birkaç saniyenizi alacağım
hook-6 = Bunu daha önce gördünüz mü?
    .screen = Bunu gördünüz mü?
hook-7 = Bunu paylaşmadan edemezdim.
    .screen = Paylaşmadan edemezdim
hook-8 = Bu direkt istek listeme girdi.
    .screen = Direkt istek listeme girdi
hook-9 = Durun! Bunu bilmeniz lazım.
    .screen = Durun! Bunu bilmeniz lazım
hook-10 = Size küçük bir önerim var.
    .screen = Küçük bir önerim var
hook-11 = Galiba âşık oldum.
    .screen = Galiba âşık oldum
hook-12 = Şu an { $discount } indirimde!
    .screen = Şu an { $discount } indirimde!
    .requires = discount
hook-13 = { $discount } indirim var, kaçırmayın!
    .screen = { $discount } indirim!
    .requires = discount
# Ön yıkama ve nemlendirme videoyu açacak kadar güçlü bir bilgi değil (bir güneş kreminde "Nemlendirir!"):
# o ürünlerde bu çerçeveler seçilmez, genel hook'lar açar.
# Bilgi çerçevesi ürünün tür kelimesini söyler (yalın, "arayanlara" / "alacaksanız" önünde): bilgi tek başına kalmaz.
hook-14 = { $category } arayanlara not. { $hook_fact }!
    .screen = { $category } arayanlara not. { $hook_fact }!
    .requires = pitch typed !feature:pre_washed !feature:moisturizing
hook-15 = { $hook_fact }: ilk dikkatimi çeken bu oldu.
    .screen = { $hook_fact }: ilk dikkatimi çeken
    .requires = pitch !feature:pre_washed !feature:moisturizing
hook-17 = { $category } alacaksanız şunu bilin. { $hook_fact }!
    .screen = { $category } alacaksanız bilin. { $hook_fact }!
    .requires = pitch typed !feature:pre_washed !feature:moisturizing
hook-22 = Bugün size güzel bir şey göstereceğim.
    .screen = Size bir şey göstereceğim
hook-23 = Bu videoyu kaydedin, lazım olacak.
    .screen = Kaydedin, lazım olacak
hook-24 = Kısa ve net anlatıyorum, hazır mısınız?
    .screen = Kısa ve net anlatıyorum
hook-25 = Şuna bir bakın, sonra karar verin.
    .screen = Şuna bir bakın
# Evcil hayvan ve bebek ürünlerinin kendi grupları var: hook hayvan sahibine ya da anne babaya seslenir.
hook-20 = Patili dostu olanlar, buraya bakın!
    .screen = Patili dostu olanlar, bakın!
    .requires = group:pets
hook-21 = Anne babalar, bu video size!
    .screen = Anne babalar, bu video size!
    .requires = group:baby

# Intro'lar ürünü hook'tan hemen sonra tanıtır. Satıcının ürünle bir geçmişi uydurulmaz ("Uzun zamandır
# beklediğim", "Evime yeni gelen", "Gardırobuma katılan" yok): izleyiciye söylenir ("Eviniz için"). { $name } iki noktadan sonra ya da "Karşınızda"nın
# ardından yalın hâlde durur; ekranda { $name } yazar. group: satırları yalnız kendi grubuna uyar.
intro-1 = Karşınızda { $brand } imzalı { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = { $brand } markasından yeni keşfim: { $name }.
    .screen = { $name }
    .requires = brand
intro-3 = Bugün sırada { $name } var.
    .screen = { $name }
intro-4 = Bugünün konusu: { $name }.
    .screen = { $name }
intro-5 = Sizin için seçtim: { $name }.
    .screen = { $name }
intro-6 = Haftanın keşfi: { $name }.
    .screen = { $name }
intro-7 = Gardırobunuza yeni bir parça: { $name }.
    .screen = { $name }
    .requires = group:apparel !attr:age_range
intro-8 = Bakım rutininiz için yeni bir aday: { $name }.
    .screen = { $name }
    .requires = group:beauty !type:perfume !type:hair_extensions !type:electric_toothbrush
intro-9 = Eviniz için yeni bir parça: { $name }.
    .screen = { $name }
    .requires = group:home
intro-10 = Bugün masada: { $name }.
    .screen = { $name }
    .requires = group:food !type:supplement
intro-11 = Bugün tanıştıracağım ürün: { $name }.
    .screen = { $name }
intro-12 = Videonun yıldızı: { $name }.
    .screen = { $name }
intro-13 = Bakın ne buldum: { $name }.
    .screen = { $name }
intro-17 = Yakından bakalım: { $name }.
    .screen = { $name }
intro-18 = Bugünkü önerim: { $name }.
    .screen = { $name }
intro-14 = Size bugün bunu göstermek istiyorum: { $name }.
    .screen = { $name }
intro-19 = Sıradaki ürünümüz: { $name }.
    .screen = { $name }
intro-20 = Şuna bir bakın: { $name }.
    .screen = { $name }
intro-15 = { $pack ->
        [0] { $named ->
            [type] Sizi bu { $name } ile tanıştırayım.
           *[title] Sizi bu { $category } ile tanıştırayım.
        }
       *[other] Bu pakette { $pack } { $counter } { $category } var.
    }
    .screen = { $name }
    .requires = typed !type:supplement !feature:unstitched
intro-16 = { $category } arayanlar, bu video tam size göre.
    .screen = { $name }
    .requires = typed

# Malzeme: "Yapımında dut ipeği kullanılmış", bir veri sayfası gibi "Malzeme: X." değil. $material "altın
# kaplama" da olabilir (bir malzeme değil, bir kaplama): satırlar ikisine de uyar ("Yapımında altın kaplama
# kullanılmış" doğru). Fluent anahtarları ASCII olmalı, o yüzden "altın kaplama" için ayrı bir seçici yok.
# $material "%100 dut ipeği" gibi bir oranla başlayabilir: satır onunla açılmaz.
benefit-material-1 = Yapımında { $material } kullanılmış.
    .screen = Malzeme: { $material }
benefit-material-2 = Malzemesine gelince: { $material }.
    .screen = Malzeme: { $material }

# Renkler: bir seçim { $colors_or } ("siyah veya beyaz"), bir sayım { $colors } ("siyah, beyaz ve kırmızı").
# Renk kelimeleri küçük harfle yazılır ve hiçbiri "i" ile başlamaz, satır onlarla açılabilir. Soru "veya" ile
# sorulmaz ("bej veya yeşil?" değil, "bej mi yeşil mi?"; o da liste için kurulamaz): { $colors_or } yalnız
# düz cümlede, soru "hangisi" ile.
benefit-colors-1 = Seçim sizin: { $colors_or }.
    .screen = Renkler: { $colors }
benefit-colors-2 = { $color_count ->
        [one] Rengi: { $colors }.
       *[other] Renk seçenekleri { $colors }. Sizin favoriniz hangisi?
    }
    .screen = Renkler: { $colors }
benefit-colors-3 = { $color_count ->
        [one] Tek renk seçeneği var: { $colors }.
       *[other] { $color_count } renk seçeneği var: { $colors }.
    }
    .screen = { $color_count ->
        [one] Renk: { $colors }
       *[other] { $color_count } renk: { $colors }
    }
benefit-colors-4 = { $color_count ->
        [one] Rengi: { $colors }.
       *[other] { $colors } renk seçenekleri mevcut.
    }
    .screen = Renkler: { $colors }
benefit-colors-5 = { $color_count ->
        [one] Rengi: { $colors }.
       *[other] { $colors } arasından siz hangisini seçerdiniz? Yorumlara yazın.
    }
    .screen = { $color_count ->
        [one] Renk: { $colors }
       *[other] { $colors }: hangisi sizin?
    }
# Beşten fazla renk: okunmaz, sayılır (.requires = many_colors), ekranda da.
benefit-colors-6 = Tam { $color_count } renk seçeneği var, size uygun bir tane mutlaka çıkar.
    .screen = { $color_count } renk seçeneği
    .requires = many_colors
benefit-colors-7 = Tam { $color_count } renk var. Siz hangisini seçerdiniz?
    .screen = { $color_count } renk: hangisi sizin?
    .requires = many_colors

# $sizes bir giysinin bedeni de olabilir ("S, M ve L"), bir mataranın hacmi ya da bir kırlentin ölçüsü de
# ("350 ml veya 550 ml"): "beden" ve "giymek" yalnız giyimde (.requires = group:apparel), gerisi "seçenek".
# Ayakkabı, bot ve terlik "numara" ile ölçülür, giysi "beden" ile: facts.toml [types] ayakkabı türlerine
# classifier = "numara" verir ve satırlar onu seçer ("35–41 seçenekleri var" değil, "Numara seçenekleri: 35–41").
benefit-sizes-1 = { $classifier ->
        [numara] Numara seçenekleri: { $sizes }.
       *[other] Seçenekler şöyle: { $sizes }.
    }
    .screen = { $classifier ->
        [numara] Numaralar: { $sizes }
       *[other] Seçenekler: { $sizes }
    }
    .requires = !group:apparel
benefit-sizes-2 = Size uygun olanı seçin: { $sizes }.
    .screen = { $classifier ->
        [numara] Numaralar: { $sizes }
       *[other] Seçenekler: { $sizes }
    }
    .requires = !group:apparel
# Giyimde ekran da "Bedenler" der ("Seçenekler: S–L" bir kimonoda veri sayfası gibi durur).
benefit-sizes-5 = { $classifier ->
        [numara] Numaranızı seçin: { $sizes }.
       *[other] Bedeninizi seçin: { $sizes }.
    }
    .screen = { $classifier ->
        [numara] Numaralar: { $sizes }
       *[other] Bedenler: { $sizes }
    }
    .requires = group:apparel !attr:age_range
benefit-sizes-6 = { $classifier ->
        [numara] Numara aralığı: { $sizes }.
       *[other] Beden aralığı: { $sizes }.
    }
    .screen = { $classifier ->
        [numara] Numaralar: { $sizes }
       *[other] Bedenler: { $sizes }
    }
    .requires = group:apparel
benefit-sizes-3 = { $classifier ->
        [numara] Numara seçenekleri şöyle: { $sizes }.
       *[other] Beden seçenekleri şöyle: { $sizes }.
    }
    .screen = { $classifier ->
        [numara] Numaralar: { $sizes }
       *[other] Bedenler: { $sizes }
    }
    .requires = group:apparel
benefit-sizes-4 = { $classifier ->
        [numara] Siz kaç numara giyiyorsunuz? Seçenekler: { $sizes }.
       *[other] Siz hangi bedeni giyiyorsunuz? Seçenekler: { $sizes }.
    }
    .screen = { $classifier ->
        [numara] Kaç numarasınız? { $sizes }
       *[other] Bedeniniz hangisi? { $sizes }
    }
    .requires = group:apparel !attr:age_range

# Bir ürünün kullanılacak bir bilgisi yoksa: bilgi gerektiren bir şey söylemez ve ikinci bir çağrı da değildir
# ("Detaylar mağazada" ardından "Link sepette" olmaz): izleyiciye bir soru.
benefit-generic-1 = Kendinize mi alırdınız, hediye olarak mı? Yorumlara yazın.
    .screen = Kendinize mi, hediye mi?
benefit-generic-2 = Siz dener miydiniz? Yorumlarda buluşalım.
    .screen = Siz dener miydiniz?
benefit-generic-3 = Siz ne düşünüyorsunuz? Fikrinizi yorumlara bırakın.
    .screen = Siz ne düşünüyorsunuz?
benefit-generic-4 = { $pack ->
        [0] Bu { $category } hakkında ne düşünüyorsunuz? Yorumlara yazın.
       *[other] { $pack } { $counter } { $category } hakkında ne düşünüyorsunuz? Yorumlara yazın.
    }
    .screen = Siz ne dersiniz?
    .requires = typed

# Grup faydaları (benefit-<grup>-…): bilgisi olmayan satırlar genel kalır; bir şey iddia eden .requires taşır.
# Giysi giyilir, takı takılır, çanta kullanılır: her satır grubundaki her ürüne uyar.
benefit-apparel-1 = Siz bunu neyle kombinlerdiniz? Yorumlara yazın.
    .screen = Neyle kombinlerdiniz?
benefit-apparel-2 = İster şık ister günlük, kombin tamamen size kalmış.
    .screen = Şık mı, günlük mü? İkisi de.
benefit-apparel-3 = Günlük mü giyerdiniz, özel günlerde mi? Yorumlarda söyleyin.
    .screen = Günlük mü, özel gün mü?
    .requires = !attr:age_range
benefit-beauty-1 = Günlük bakım rutininize kolayca eklenir.
    .screen = Rutininize ekleyin
    .requires = !type:hair_extensions !type:electric_toothbrush
benefit-beauty-2 = Dokusu hafif, ciltte ağır bir his bırakmıyor.
    .screen = Hafif doku
    .requires = feature:lightweight_texture
benefit-beauty-3 = Bakım rutininiz için yeni bir aday.
    .screen = Bakım rutininiz için
    .requires = !type:hair_extensions !type:electric_toothbrush
benefit-home-1 = Evinizde nereye koyardınız? Yorumlara yazın.
    .screen = Nereye koyardınız?
benefit-home-2 = Akşam ışığı kısın, ortam bir anda değişsin.
    .screen = Akşam ışığı kısın
    .requires = feature:dimmable
benefit-home-3 = Sizin evinize yakışır mı? Yorumlara yazın.
    .screen = Evinize yakışır mı?
benefit-home-4 = Sizce nasıl? Yorumlarda buluşalım.
    .screen = Sizce nasıl?
benefit-home-5 = Sizin tarzınız mı? Yorumlarda söyleyin.
    .screen = Sizin tarzınız mı?
# Evcil hayvan ve bebek ürünleri (kedi oyuncağı, tırmalama tahtası, mama kabı; bebek arabası, biberon, body):
# "güvenli", "dayanıklı", "rahat" yok; grubun her ürününe uyar ("oyun vakti" mama kabına uymaz).
benefit-pets-1 = Patili dostunuz için göz atmaya değer bir seçenek.
    .screen = Patili dostunuz için
benefit-pets-2 = Sizin patili dostunuz buna ne derdi? Yorumlara yazın.
    .screen = Patiniz ne derdi?
benefit-baby-1 = Kendi bebeğinize mi, hediye olarak mı? Yorumlara yazın.
    .screen = Bebeğinize mi, hediye mi?
benefit-baby-2 = Anne babalar, siz ne dersiniz? Yorumlarda buluşalım.
    .screen = Anne babalar, ne dersiniz?
benefit-electronics-1 = Kutudan çıkarın, takın ve kullanmaya başlayın.
    .screen = Tak ve kullan
    .requires = feature:plug_and_play
benefit-electronics-2 = Siz bunu ne için kullanırdınız? Yorumlara yazın.
    .screen = Ne için kullanırdınız?
benefit-electronics-3 = Teknoloji meraklıları, sizce nasıl?
    .screen = Sizce nasıl?
benefit-gifts-1 = Bir sonraki hediyeniz için güzel bir fikir olabilir.
    .screen = Sıradaki hediyeniz için
benefit-gifts-2 = Doğum günü, teşekkür ya da yılbaşı: hediye derdine bir çözüm.
    .screen = Hediye derdine çözüm
benefit-gifts-3 = Hâlâ hediye arıyorsanız güzel bir fikir.
    .screen = Güzel bir hediye fikri
benefit-gifts-4 = Hediye listenize not edin derim.
    .screen = Hediye listenize not edin
benefit-accessories-1 = Kendinize mi alırdınız, hediye olarak mı? Yorumlara yazın.
    .screen = Kendinize mi, hediye mi?
benefit-accessories-2 = Hangi kombininizi bununla tamamlardınız? Yorumlara yazın.
    .screen = Hangi kombinle?
benefit-jewelry-1 = Tek başına ya da diğer takılarınızla, karar sizin.
    .screen = Tek mi, kombin mi?
benefit-jewelry-2 = Kendinize mi alırdınız, hediye olarak mı? Yorumlara yazın.
    .screen = Kendinize mi, hediye mi?
benefit-toys-1 = Bunu kime alırdınız? Yorumlara yazın.
    .screen = Kime alırdınız?
benefit-toys-2 = Peki siz ne dersiniz?
    .screen = Siz ne dersiniz?
benefit-food-1 = Siz tadar mıydınız? Yorumlara yazın.
    .screen = Tadar mıydınız?
    .requires = !type:supplement
benefit-food-2 = Önce tadın, sonra nasıl bulduğunuzu bana yazın.
    .screen = Tadın ve yazın
    .requires = !type:supplement
benefit-sports-1 = Antrenmanınıza girer mi? Yorumlarda söyleyin.
    .screen = Antrenmanınıza girer mi?
benefit-sports-2 = Ne dersiniz, ikna oldunuz mu?
    .screen = İkna oldunuz mu?

# Fiyat: "sadece" yalnız rakamın konuştuğu yerde; "kaçırılmayacak fiyat", "en uygun fiyat" yok.
# Ses satırlarında fiyattan sonra ek yok (seslendirme "299 lira 99" der).
offer-1 = Fiyatı mı? { $price }.
    .screen = Fiyat: { $price }
offer-2 = Şu an { $price } fiyatla sepette.
    .screen = { $price }
offer-3 = Sizin olması için { $price } yeterli.
    .screen = { $price } yeterli
    .requires = cheap
offer-4 = { $pack ->
        [0] Bu { $category } şu an { $price }.
       *[other] { $pack } { $counter } { $category } şu an { $price }.
    }
    .screen = { $price }
    .requires = typed !feature:unstitched
offer-5 = Peki fiyatı? { $price }.
    .screen = Fiyat: { $price }
offer-6 = Fiyatı sadece { $price }.
    .screen = Sadece { $price }
    .requires = cheap
offer-7 = Şu anki fiyatı { $price }.
    .screen = Şu an { $price }
offer-8 = Gelelim fiyatına: { $price }.
    .screen = Fiyatı: { $price }
offer-9 = Sepetteki fiyatı { $price }.
    .screen = Sepette { $price }
offer-10 = Fiyat konusunda da içiniz rahat olsun: { $price }.
    .screen = Fiyat: { $price }
    .requires = cheap

offer-discount-1 = Şu an { $old_price } yerine { $price }.
    .screen = { $old_price } yerine { $price }
offer-discount-2 = İndirimde, şu an sadece { $price } ödüyorsunuz.
    .screen = İndirimde: { $price }
offer-discount-3 = { $discount } indirimle şimdi { $price }.
    .screen = { $discount } indirim: { $price }
offer-discount-4 = { $pack ->
        [0] Bu { $category } şu an { $old_price } yerine { $price }.
       *[other] { $pack } { $counter } { $category } şu an { $old_price } yerine { $price }.
    }
    .screen = { $old_price } yerine { $price }
    .requires = typed !feature:unstitched
offer-discount-5 = { $old_price } yerine şu an sadece { $price } ödüyorsunuz.
    .screen = { $old_price } yerine { $price }

# Çağrılar: link videodaki sepet simgesinde. Sahte aciliyet yok ("hemen bitiyor", "son 3 ürün").
# Her çağrı ürüne giden yolu söyler (sepet); yalnız "kaydedin" en fazla bir kez.
cta-1 = Aşağıdaki sepet simgesine dokunun, gerisi kolay.
    .screen = Sepet simgesine dokunun
cta-2 = Linki aşağıda, sepette bulabilirsiniz.
    .screen = Link sepette
cta-3 = Mağazaya bir göz atın, link sepette.
    .screen = Mağazaya göz atın
cta-4 = Tüm detaylar mağazada, sepete dokunmanız yeterli.
    .screen = Tüm detaylar mağazada
cta-5 = Beğendiyseniz hemen sepete ekleyin.
    .screen = Hemen sepete ekleyin
cta-6 = Videoyu kaydedin, link sepette.
    .screen = Kaydedin · Link sepette
cta-7 = { $pack ->
        [0] Bu { $category } aşağıda, sepette sizi bekliyor.
       *[other] { $pack } { $counter } { $category } aşağıda, sepette sizi bekliyor.
    }
    .screen = Aşağıda, sepette
    .requires = typed !feature:unstitched
cta-8 = Siparişinizi aşağıdaki sepetten verebilirsiniz.
    .screen = Sepetten sipariş verin
cta-9 = Kaçırmayın, link aşağıda sepette.
    .screen = Link aşağıda, sepette
cta-10 = Merak ettiyseniz link sepette, detaylar orada.
    .screen = Detaylar sepette
cta-11 = Sipariş için sepet simgesi aşağıda.
    .screen = Sipariş: sepet simgesi

# Caption'lar: { $hook_line } seçilen hook'un ekran metnidir ("." ya da "?" ile biter). Emojiler süstür:
# reklam metni onları atar, o yüzden her parça kendi noktalamasıyla biter. { $name } yalın kalır: iki
# noktadan sonra ya da cümlenin öznesi olarak; { $category } kullanan caption `.requires = typed` taşır.
caption-1 = { $hook_line } 👉 { $brand } imzalı { $name } şimdi { $price }. Link sepette. 🛒
    .requires = brand
caption-2 = { $hook_line } ✨ { $name } şimdi { $price }. Sepete dokunmanız yeterli. 🛒
caption-3 = { $hook_line } 🛒 Bugünkü keşfim: { $name }. Fiyatı { $price }, hemen sepete ekleyin!
caption-4 = { $hook_line } 👉 Bugünün ürünü: { $name }, fiyatı { $price }. 💬 Siz ne düşünüyorsunuz? Link sepette.
caption-5 = { $hook_line } 🛒 Şimdi mağazada: { $name }, { $price }. Link sepette!
caption-9 = { $pack ->
        [0] { $hook_line } 👉 Bu { $category } şu an { $price }. Hemen sepete ekleyin! 🛒
       *[other] { $hook_line } 👉 { $pack } { $counter } { $category } şu an { $price }. Hemen sepete ekleyin! 🛒
    }
    .requires = typed !feature:unstitched
# Farklı fiyatlı seçenekler (.requires = from): fiyat bir başlangıç fiyatıdır. O zaman yalnız bu caption'lar
# seçilir, o yüzden her ürüne uyarlar (.requires = brand yok).
caption-6 = { $hook_line } 👉 { $name }: seçeneğe göre başlangıç fiyatı { $price }. Link sepette. 🛒
    .requires = from
caption-7 = { $hook_line } 🛒 Seçeneğe göre fiyatlar { $price }'den başlıyor. Siz hangisini seçerdiniz? Link sepette.
    .requires = from
# İsimsiz: ctk'nın yalnız grup kelimesiyle bildiği bir ürün için ("güzellik" bir isim değildir).
caption-8 = { $hook_line } 🛒 Fiyatı { $price }, link sepette. 💬 Siz ne dersiniz?

hashtags = #keşfet #fyp #alışveriş #indirim
label-sale = İNDİRİM
label-new = YENİ
label-price_from = { $price }'den başlayan
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Bu fiyat bazı seçeneklerde geçerli.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Seçeneğe göre değişiyor, başlangıç fiyatı { $price }.
    .screen = { $price }'den başlayan fiyatlarla
offer-from-2 = Başlangıç fiyatı { $price }, seçeneğe göre değişiyor.
    .screen = Başlangıç: { $price }
offer-from-3 = Fiyat bedene göre değişiyor, başlangıç fiyatı { $price }.
    .screen = { $price }'den başlayan
    .requires = sizes group:apparel

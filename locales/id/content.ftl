# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Voice: casual TikTok Indonesian, viewer is "kamu" (audience "kalian"). No ter-/paling superlatives,
## no "gratis", no "laris"/"viral"/"semua orang suka" (popularity needs a fact).
## Grammar: Indonesian nouns have no gender, number or article, so { $name } stands anywhere and "ini"
## points at any product; no selector is needed. The name opens no line after { $hook_line } (a name
## built from facts is lower case). Quantities that count the product use the type's counter
## (facts.toml [types]: "pasang", "lembar", else "pcs"). Colours say the number as it is ("3 warna"):
## Indonesian has one plural form, so $color_count needs no selector.
## Hook voices are said within 2.7 s (<= 37 characters at 14 cps, after filling) and never say {name}:
## the intro says it next. They assert nothing a fact must support (no "ringan", "awet", "paling",
## health or eco claims). {hook_fact} is the screen line of the product's first selling point, a noun
## phrase ("Baterai sampai 60 jam", "Port USB-C") or a predicate ("Bisa dicas ulang", "Vegan"): it always
## answers a short question that names it ("Poin plusnya? Bisa dicas ulang."): the fact opens a
## sentence there, so its capital is right; it never stands alone as the hook.
## Lines that assert a claim class carry the fact that supports it in `.requires`.

# Hooks: a direct address, a relatable moment or curiosity. Group hooks (.requires = group:…) speak to
# the situation the category answers; none names or describes the product.
hook-1 = Tunggu, jangan di-skip dulu!
    .screen = Jangan di-skip dulu!
# The screen does not repeat the type word: the caption opens with it and names the product next.
hook-2 = Siapa yang lagi cari { $category }?
    .screen = Lagi cari yang kayak gini?
    .requires = typed
hook-26 = Kamu lagi butuh { $category }?
    .screen = Lagi butuh ini?
    .requires = typed
hook-28 = Lagi galau pilih { $category }?
    .screen = Galau pilih yang mana?
    .requires = typed
hook-29 = Ada yang lagi nyari { $category }?
    .screen = Yang lagi nyari, merapat!
    .requires = typed
hook-30 = Aku nemu sesuatu, lihat deh!
    .screen = Aku nemu sesuatu!
hook-31 = Racun baru buat kamu, nih!
    .screen = Racun baru, nih!
hook-3 = Siap-siap, aku spill yang satu ini.
    .screen = Siap-siap kena racun!
hook-4 = Stop scroll dulu, lihat ini bentar.
    .screen = Stop scroll dulu!
hook-5 = Yang satu ini wajib kamu lihat.
    .screen = Wajib lihat yang satu ini!
hook-6 = Akhirnya ketemu juga yang aku cari!
    .screen = Akhirnya ketemu juga!
hook-7 = Lagi diskon { $discount }, cek dulu yuk!
    .screen = Lagi diskon { $discount }!
    .requires = discount
# A question that promises a plus reads weak when a bare rating answers it ("Daya 120 W", "Baterai
# 2.000 mAh"): those products open on the statement frame.
hook-8 = Yang bikin aku naksir: { $hook_fact }.
    .screen = Bikin naksir: { $hook_fact }
    .requires = pitch !attr:power !attr:battery_capacity
hook-9 = Yang bikin beda? { $hook_fact }.
    .screen = Yang bikin beda? { $hook_fact }
    .requires = pitch !attr:power !attr:battery_capacity
hook-10 = Kelebihannya apa? { $hook_fact }.
    .screen = Kelebihannya? { $hook_fact }
    .requires = pitch !attr:power !attr:battery_capacity
hook-40 = Langsung ke intinya: { $hook_fact }.
    .screen = Intinya: { $hook_fact }
    .requires = pitch
hook-11 = Ada barang baru buat di rumah, nih!
    .screen = Barang baru buat di rumah!
    .requires = group:home
# an outfit question is for what the viewer wears: kids' clothes (an age range) get the parents' hook
hook-12 = Bingung mau pakai apa hari ini?
    .screen = Bingung mau pakai apa?
    .requires = group:apparel !attr:age_range
hook-41 = Lagi cari baju lucu buat si kecil?
    .screen = Baju lucu buat si kecil?
    .requires = group:apparel attr:age_range
hook-13 = Bingung mau kasih kado apa?
    .screen = Bingung cari kado?
    .requires = group:gifts
hook-14 = Lagi cari kado buat si dia?
    .screen = Kado buat si dia?
    .requires = group:jewelry
hook-15 = Outfit kamu kurang sesuatu?
    .screen = Outfit kurang sesuatu?
    .requires = group:accessories
hook-16 = Rutinitas kamu kurang satu langkah?
    .screen = Rutinitasmu kurang satu langkah?
    .requires = group:beauty !type:perfume !type:hair_extensions
hook-17 = Anak gadget, merapat!
    .screen = Anak gadget merapat!
    .requires = group:electronics
hook-18 = Stok di rumah udah mau habis?
    .screen = Stok di rumah mau habis?
    .requires = group:food
hook-19 = Ayah Bunda, cek ini dulu yuk!
    .screen = Buat Ayah Bunda nih!
    .requires = group:toys
hook-20 = Yang lagi rajin olahraga, merapat!
    .screen = Yang rajin olahraga merapat!
    .requires = group:sports
hook-21 = Belanja buat rumah? Cek ini dulu.
    .screen = Lagi belanja buat rumah?
    .requires = group:home
hook-22 = Lagi cari barang buat rumah?
    .screen = Cari barang buat rumah?
    .requires = group:home
# Pets and baby gear have groups of their own: the hook speaks to the pet owner or the parent.
hook-23 = Babu kucing, merapat!
    .screen = Babu kucing merapat!
    .requires = type:cat_toy
hook-27 = Babu kucing, merapat!
    .screen = Babu kucing merapat!
    .requires = type:cat_scratcher
hook-24 = Yang punya anabul, merapat!
    .screen = Buat yang punya anabul!
    .requires = group:pets
hook-25 = Lagi nyiapin perlengkapan si kecil?
    .screen = Perlengkapan si kecil
    .requires = group:baby

intro-1 = Kenalin, ini { $name } dari { $brand }.
    .screen = { $name }
    .requires = brand
intro-2 = Ini dia { $name }, simak sampai habis ya.
    .screen = { $name }
intro-3 = Jadi, ini { $name } yang mau aku spill.
    .screen = { $name }
intro-4 = Yang lagi kamu lihat ini { $name }.
    .screen = { $name }
intro-5 = Oke, aku tunjukin { $name } ini ya.
    .screen = { $name }
intro-6 = Sekarang kita lihat { $name } bareng-bareng.
    .screen = { $name }
intro-7 = Aku mau kenalin { $name } ke kalian.
    .screen = { $name }
intro-8 = Langsung aja, ini { $name }.
    .screen = { $name }
intro-9 = Produk hari ini: { $name }.
    .screen = { $name }
intro-10 = Kali ini aku bahas { $name }.
    .screen = { $name }
intro-11 = Kenalan dulu sama { $name } ini, ya.
    .screen = { $name }

benefit-material-1 = Soal bahan, yang ini pakai { $material }.
    .screen = Bahan: { $material }
benefit-material-2 = Dibuat dari { $material }, coba lihat dari dekat.
    .screen = Dibuat dari { $material }
benefit-material-3 = Yang ini pakai bahan { $material }.
    .screen = Bahannya { $material }

# A colour scene names the colours (the product has two or more): {colors_or} for a choice; the count
# is said as it is ("3 warna": no plural form in Indonesian).
benefit-colors-1 = Tinggal pilih warnanya: { $colors_or }.
    .screen = Warna: { $colors }
benefit-colors-2 = Mau yang { $colors_or }? Tinggal pilih.
    .screen = Ada warna { $colors }
benefit-colors-3 = Warnanya ada { $colors }, kamu tim yang mana?
    .screen = Pilihan warna: { $colors }
benefit-colors-4 = Ada { $color_count } pilihan warna: { $colors }.
    .screen = { $color_count } pilihan warna
# More than five colours: the count is said, the colours are not read out.
benefit-colors-5 = Ada { $color_count } pilihan warna, cek semuanya di keranjang kuning.
    .screen = Ada { $color_count } pilihan warna
    .requires = many_colors
benefit-colors-6 = Warnanya ada { $color_count }, tinggal pilih yang kamu suka.
    .screen = { $color_count } warna, tinggal pilih
    .requires = many_colors

benefit-sizes-1 = Ukuran yang tersedia: { $sizes }.
    .screen = Ukuran: { $sizes }
benefit-sizes-2 = Cek dulu ukurannya ya: { $sizes }.
    .screen = Pilih ukuran: { $sizes }
# A size chart is for what one wears: clothing only; the lines above fit any product (a scratcher in S or L).
benefit-sizes-3 = Ukurannya { $sizes }, jangan lupa cek size chart ya.
    .screen = Tersedia ukuran { $sizes }
    .requires = group:apparel

# Fallback when a product has no fact to state: true of anything (food, toys, gadgets), no claim. The creator
# holds the product and speaks for themself; no line sends the viewer elsewhere ("detail di halaman produk").
benefit-generic-1 = Sini aku tunjukin dari dekat, biar kelihatan jelas.
    .screen = Lihat dari dekat
benefit-generic-2 = Jujur, aku suka banget sama yang ini.
    .screen = Jujur, aku suka!
benefit-generic-3 = Dari pertama lihat, aku udah kepincut sama yang ini.
    .screen = Langsung kepincut

# Lines that assert a claim class carry the fact that supports it in `requires`.
benefit-apparel-1 = Aku tunjukin dari semua sisi, biar kamu kebayang.
    .screen = Lihat dari semua sisi
benefit-apparel-2 = Tinggal pilih mau kamu paduin sama outfit yang mana.
    .screen = Tinggal mix and match
benefit-apparel-3 = Tampilannya kece, tapi tetap nyaman dipakai seharian.
    .screen = Kece tapi tetap nyaman
    .requires = feature:breathable
benefit-apparel-4 = Tampilannya kece, dan tetap nyaman buat banyak gerak.
    .screen = Leluasa buat gerak
    .requires = feature:stretch
benefit-beauty-1 = Tinggal masukin ke rutinitas harian kamu.
    .screen = Buat rutinitas harianmu
    .requires = !type:hair_extensions
benefit-beauty-2 = Buat me time kamu, yang satu ini layak dicoba.
    .screen = Layak dicoba
benefit-beauty-3 = Teksturnya ringan dan segar di kulit.
    .screen = Ringan dan segar di kulit
    .requires = feature:lightweight_texture
benefit-home-1 = Barang rumah kayak gini tuh selera aku banget.
    .screen = Selera aku banget
benefit-home-2 = Cocok buat melengkapi isi rumah kamu.
    .screen = Buat melengkapi rumahmu
benefit-home-3 = Cuma barang kecil, tapi vibes ruangannya langsung beda.
    .screen = Barang kecil, vibes-nya beda
    .requires = feature:dimmable
benefit-home-4 = Wanginya bikin suasana ruangan langsung beda.
    .screen = Wanginya bikin suasana beda
    .requires = attr:scent
benefit-electronics-1 = Sini aku tunjukin desainnya dari dekat.
    .screen = Desainnya dari dekat
benefit-electronics-2 = Pas buat nemenin kegiatan harian kamu.
    .screen = Buat kebutuhan harianmu
benefit-electronics-3 = Cara pakainya gampang, nggak perlu baca manual.
    .screen = Tinggal colok, langsung pakai
    .requires = feature:plug_and_play
benefit-electronics-4 = Ukurannya ringkas, gampang dibawa ke mana-mana.
    .screen = Gampang dibawa
    .requires = feature:portable
# Gift lines also follow a self-reward greeting ("Akhir tahun, saatnya self-reward!"): each says both uses.
benefit-gifts-1 = Buat dipakai sendiri atau dijadiin kado, dua-duanya pas.
    .screen = Buat sendiri atau buat kado
benefit-gifts-2 = Cocok buat self-reward, cocok juga buat kado.
    .screen = Self-reward atau kado
benefit-accessories-1 = Ini sentuhan akhir yang bikin outfit kamu makin lengkap.
    .screen = Sentuhan akhir outfit kamu
benefit-accessories-2 = Kecil, tapi langsung bikin penampilan kamu beda.
    .screen = Kecil, tapi bikin beda
benefit-jewelry-1 = Detail kecil yang bikin outfit kamu kelihatan lebih lengkap.
    .screen = Detail kecil buat outfit
benefit-jewelry-2 = Bisa buat dipakai sendiri atau dijadikan kado.
    .screen = Buat dipakai atau dikado
benefit-toys-1 = Pas buat waktu main bareng keluarga.
    .screen = Waktunya main bareng
benefit-toys-2 = Jangan lupa cek dulu rekomendasi usianya ya.
    .screen = Cek dulu usianya ya
benefit-food-1 = Pas buat stok camilan atau minuman di rumah.
    .screen = Buat stok di rumah
    .requires = !type:supplement
benefit-food-2 = Lihat kemasannya dari dekat, nih.
    .screen = Kemasannya dari dekat
benefit-sports-1 = Pas buat nemenin rutinitas olahraga kamu.
    .screen = Buat rutinitas olahragamu
benefit-sports-2 = Sini aku tunjukin detailnya dari dekat dulu.
    .screen = Detailnya dari dekat
# Pets and baby gear: no claim ("aman", "awet", "disukai kucing"), only who it is for.
benefit-pets-1 = Dibuat dengan mikirin anabul kesayangan kamu.
    .screen = Buat anabul kesayangan
benefit-pets-2 = Satu lagi barang buat anabul di rumah, lihat dari dekat yuk.
    .screen = Barang baru buat anabul
benefit-baby-1 = Sini aku tunjukin dari dekat, biar Ayah Bunda kebayang.
    .screen = Lihat dari dekat, Bun
benefit-baby-2 = Bisa buat si kecil sendiri, atau jadi kado lahiran.
    .screen = Buat si kecil atau kado lahiran

offer-1 = Dan harganya { $price }.
    .screen = Harganya { $price }
offer-2 = Harganya sekarang { $price }.
    .screen = Harga: { $price }
offer-3 = Bisa kamu bawa pulang dengan { $price }.
    .screen = { $price }
offer-4 = Harganya? { $price }.
    .screen = Harganya? { $price }
offer-5 = Buat bawa pulang, harganya { $price }.
    .screen = Harga { $price }
offer-6 = Dengan { $price }, ini udah bisa jadi punya kamu.
    .screen = Harga { $price }
offer-7 = Soal harga, { $price }.
    .screen = Soal harga: { $price }
offer-8 = Buat yang ini, harganya { $price }.
    .screen = Harga { $price }

offer-discount-1 = Harganya turun dari { $old_price } jadi { $price }.
    .screen = Dari { $old_price } jadi { $price }
offer-discount-2 = Lagi diskon { $discount }, harganya jadi { $price }.
    .screen = Diskon { $discount }: { $price }
offer-discount-3 = Kamu hemat { $discount }, jadi cuma bayar { $price }.
    .screen = Hemat { $discount }, jadi { $price }

cta-1 = Langsung klik keranjang kuning, terus checkout ya.
    .screen = Klik keranjang kuning
cta-2 = Tertarik? Cek keranjang kuning di bawah ya.
    .screen = Cek keranjang kuning
cta-3 = Yuk, masukin ke keranjang kuning dulu.
    .screen = Masukin keranjang kuning
cta-4 = Detail lengkapnya ada di keranjang kuning, ya.
    .screen = Detail di keranjang kuning
cta-5 = Kalau cocok, checkout di keranjang kuning.
    .screen = Checkout di keranjang kuning
cta-6 = Belum sempat checkout? Klik keranjang kuning, masukin keranjang dulu.
    .screen = Masukin keranjang dulu
cta-7 = Mau punya juga? Ada di keranjang kuning.
    .screen = Ada di keranjang kuning
cta-8 = Jangan sampai kelewatan, cek keranjang kuning ya.
    .screen = Jangan sampai kelewatan
cta-9 = Kepo? Langsung cek keranjang kuning.
    .screen = Kepo? Cek keranjang kuning
cta-10 = Share ke temen kamu, atau langsung checkout di keranjang kuning.
    .screen = Share atau checkout
cta-11 = Pilih dan checkout langsung dari keranjang kuning.
    .screen = Checkout dari keranjang kuning
cta-12 = Cus, langsung checkout di keranjang kuning!
    .screen = Cus ke keranjang kuning!
cta-13 = Menurut kamu gimana? Komen di bawah, ya, terus cek keranjang kuning.
    .screen = Menurut kamu gimana?
cta-14 = Tag temen kamu yang lagi cari, detailnya di keranjang kuning.
    .screen = Tag temen kamu!
cta-15 = Mau? Amankan dulu di keranjang kuning.
    .screen = Amankan di keranjang kuning
cta-16 = Varian dan harganya bisa dicek di keranjang kuning.
    .screen = Cek detail di keranjang kuning

# Offers and captions are neutral (no "cuma" / "aja" / "semua itu"): the same line serves a Rp23.000 plant
# and a Rp3.329.000 dress; "only" belongs to the discount lines.
# Caption lines: {hook_line} is the chosen hook's on-screen text.
# {name} never follows {hook_line} directly (it would start a sentence in lower case) and
# {category} is not used next to {name} (a name built from facts starts with the category word).
# The name and the price share one phrase (an em dash, no comma, between them): the ad text is cut
# from the caption at commas, stops and emoji, and keeps the phrase with the price whole.
caption-1 = { $hook_line } Kenalin { $name } dari { $brand } — harganya { $price } ✨ Cek keranjang kuning ya 🛒
    .requires = brand
caption-2 = { $hook_line } Ini dia { $name } — harga { $price } 🛒 Langsung checkout di keranjang kuning ya!
caption-3 = { $hook_line } Kali ini aku spill { $name } — harganya { $price } 🛒 Ada di keranjang kuning!
caption-4 = { $hook_line } Harga { $name } turun dari { $old_price } jadi { $price } 🛒 Cek keranjang kuning ya!
    .requires = discount
caption-5 = { $hook_line } Spill { $name } — harganya { $price } 🛒 Tim checkout sekarang atau simpan dulu? Ada di keranjang kuning!
caption-9 = { $hook_line } Yang ada di video ini: { $name } — harganya { $price } 🛒 Checkout di keranjang kuning, ya!
caption-11 = { $hook_line } Nemu { $name } — harganya { $price } 🛒 Cek detailnya di keranjang kuning!
caption-10 = { $hook_line } Namanya { $name }, harganya { $price } 🛒 Langsung checkout di keranjang kuning, ya!
# Without the name: for a product ctk can only call by its group word ("produk kecantikan").
caption-6 = { $hook_line } Harganya { $price } 🛒 Detail lengkapnya ada di keranjang kuning!
# Variants at different prices (.requires = from): the price is a starting price.
caption-7 = { $hook_line } Ini dia { $name } — mulai dari { $price } 🛒 Pilih variannya di keranjang kuning!
    .requires = from
caption-8 = { $hook_line } Harganya mulai dari { $price } sesuai varian 🛒 Cek keranjang kuning ya!
    .requires = from

hashtags = #TikTokShop #racuntiktok #fyp
label-sale = PROMO
label-new = BARU
label-price_from = mulai { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Berlaku untuk varian tertentu.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Harganya mulai { $price }, tergantung varian.
    .screen = Mulai { $price }
offer-from-2 = Mulai dari { $price }, tinggal pilih variannya.
    .screen = Mulai dari { $price }

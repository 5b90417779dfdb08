# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Voice: casual Malaysian Bahasa Melayu, viewers are "korang". Malaysian words only
## (saiz, diskaun, jimat, beza, tak, je, jap), no Indonesian; no terbaik/paling, no slang "best", no
## "percuma" claims, no "laris"/"viral"/"semua orang suka" (popularity needs a fact).
## Grammar: Malay nouns have no gender, number or article, so { $name } stands anywhere and "ni"
## points at any product; no selector is needed. The name opens no line after { $hook_line } (a name
## built from facts is lower case). Quantities that count the product use the type's counter
## (facts.toml [types]: "pasang", "helai", else "pcs"). Colours say the number as it is ("3 warna"):
## Malay has one plural form, so $color_count needs no selector.
## Hook voices are said within 2.7 s (<= 37 characters at 14 cps, after filling) and never say {name}:
## the intro says it next. They assert nothing a fact must support (no "ringan", "tahan lama", "paling",
## health or eco claims). {hook_fact} is the screen line of the product's first selling point, a noun
## phrase ("Bateri sehingga 60 jam", "Port USB-C") or a predicate ("Boleh dicas semula", "Ringan"): it
## answers a short question that names it ("Yang saya suka? Boleh dicas semula."): the fact opens a
## sentence there, so its capital is right; it never stands alone as the hook.
## Prices are written as shown ({ $price }: "RM118.90") in voice lines too; the speech layer says them
## with facts.toml [spoken] ("118 ringgit 90 sen"), never "118.90 ringgit".
## Lines that assert a claim class carry the fact that supports it in `.requires`.

# Hooks: a direct address, a relatable moment or curiosity. Group hooks (.requires = group:…) speak to
# the situation the category answers; none names or describes the product.
hook-1 = Jap, jangan scroll lagi!
    .screen = Jap! Jangan scroll dulu!
# The screen does not repeat the type word: the caption opens with it and names the product next.
hook-2 = Siapa tengah cari { $category }?
    .screen = Tengah cari yang macam ni?
    .requires = typed
hook-27 = Korang tengah cari { $category } baru?
    .screen = Tengah cari yang baru?
    .requires = typed
hook-29 = Sebelum beli { $category }, tengok ni dulu.
    .screen = Sebelum checkout, tengok ni
    .requires = typed
hook-30 = Ada yang nak { $category }? Jom tengok.
    .screen = Ada yang nak? Jom tengok!
    .requires = typed
hook-31 = Saya ada { $category } nak tunjuk ni.
    .screen = Jap, nak tunjuk ni!
    .requires = typed
hook-32 = Geng yang perlukan { $category }, sini jap!
    .screen = Sini jap, geng!
    .requires = typed
hook-35 = Cadangan hari ni: { $category }.
    .screen = Cadangan saya hari ni!
    .requires = typed
hook-36 = Pernah cuba { $category } macam ni?
    .screen = Pernah cuba yang macam ni?
    .requires = typed
hook-37 = Jom unbox { $category } ni sama-sama!
    .screen = Jom unbox sama-sama!
    .requires = typed
hook-3 = Korang kena tengok yang ni!
    .screen = Korang kena tengok ni!
hook-4 = Korang, tengok apa saya jumpa ni!
    .screen = Tengok apa saya jumpa!
hook-5 = Okay, yang ni saya nak share.
    .screen = Saya nak share yang ni
hook-6 = Akhirnya jumpa juga yang saya cari!
    .screen = Akhirnya jumpa juga!
hook-25 = Okay, yang ni memang kena share.
    .screen = Yang ni kena share!
hook-7 = Tengah diskaun { $discount }, tengok ni!
    .screen = Tengah diskaun { $discount }!
    .requires = discount
hook-33 = Harga turun { $discount }, jangan lepas!
    .screen = Harga turun { $discount }!
    .requires = discount
hook-34 = { $category } tengah diskaun { $discount }!
    .screen = Jimat { $discount } sekarang!
    .requires = discount typed
# a statement frame: a spec ("Kuasa 120 W") is no "what I like" answer
hook-8 = Terus ke point: { $hook_fact }.
    .screen = Terus ke point: { $hook_fact }
    .requires = pitch
hook-9 = Ringkasnya: { $hook_fact }.
    .screen = Ringkasnya: { $hook_fact }
    .requires = pitch
# a question that promises a plus reads weak when a bare rating answers it ("Kuasa 120 W", "Bateri 2,000 mAh")
# a formula fact you cannot see (vegan) does not answer "what's interesting?"
hook-10 = Apa yang menarik? { $hook_fact }.
    .screen = Apa yang menarik? { $hook_fact }
    .requires = pitch !attr:power !attr:battery_capacity !feature:vegan
hook-11 = Shopping untuk rumah? Tengok ni jap.
    .screen = Shopping untuk rumah?
    .requires = group:home
# an outfit question is for what the viewer wears: kids' clothes (an age range) get the parents' hook
hook-12 = Tak tahu nak pakai apa hari ni?
    .screen = Nak pakai apa hari ni?
    .requires = group:apparel !attr:age_range
hook-41 = Tengah cari baju comel untuk si kecil?
    .screen = Baju comel untuk si kecil?
    .requires = group:apparel attr:age_range
hook-13 = Pening nak bagi hadiah apa?
    .screen = Pening cari hadiah?
    .requires = group:gifts
hook-14 = Tengah cari hadiah untuk si dia?
    .screen = Hadiah untuk si dia?
    .requires = group:jewelry
hook-15 = Outfit korang macam kurang sesuatu?
    .screen = Outfit kurang sesuatu?
    .requires = group:accessories
hook-16 = Rutin korang kurang satu langkah?
    .screen = Rutin kurang satu langkah?
    .requires = group:beauty !type:perfume !type:hair_extensions
# a home appliance in the electronics group is not for gadget fans
hook-17 = Geng gajet, sini jap!
    .screen = Untuk geng gajet!
    .requires = group:electronics !type:vacuum_cleaner
hook-18 = Stok kat rumah dah nak habis?
    .screen = Stok kat rumah nak habis?
    .requires = group:food
hook-19 = Mak ayah, jom tengok ni jap!
    .screen = Mak ayah kena tengok ni!
    .requires = group:toys
hook-20 = Geng workout, jom tengok ni!
    .screen = Untuk geng workout!
    .requires = group:sports
hook-21 = Barang baru untuk rumah, jom tengok!
    .screen = Barang baru untuk rumah!
    .requires = group:home
hook-22 = Tengah cari barang rumah baru?
    .screen = Cari barang rumah baru?
    .requires = group:home
# Pets and baby gear have groups of their own: the hook speaks to the pet owner or the parent.
hook-23 = Geng bela kucing, sini jap!
    .screen = Untuk geng bela kucing!
    .requires = type:cat_toy
hook-28 = Geng bela kucing, sini jap!
    .screen = Untuk geng bela kucing!
    .requires = type:cat_scratcher
hook-24 = Geng bela haiwan, tengok ni!
    .screen = Untuk geng bela haiwan!
    .requires = group:pets
hook-26 = Tengah siapkan barang baby?
    .screen = Barang baby dah siap?
    .requires = group:baby

intro-1 = Kenalkan, ni { $name } daripada { $brand }.
    .screen = { $name }
    .requires = brand
intro-2 = Ni dia { $name }, tengok sampai habis tau.
    .screen = { $name }
intro-3 = Jom tengok { $name } ni sama-sama.
    .screen = { $name }
intro-4 = Yang korang tengok ni { $name }.
    .screen = { $name }
intro-5 = Okay, saya nak tunjuk { $name } ni.
    .screen = { $name }
intro-6 = Hari ni saya bawakan korang { $name }.
    .screen = { $name }
intro-7 = Saya nak kenalkan { $name } kat korang.
    .screen = { $name }
intro-8 = Tanpa buang masa, ni dia { $name }.
    .screen = { $name }
intro-9 = Produk hari ni: { $name }.
    .screen = { $name }
intro-10 = Korang kena kenal { $name } ni.
    .screen = { $name }
intro-11 = Yang saya nak share kali ni, { $name }.
    .screen = { $name }

benefit-material-1 = Diperbuat daripada { $material }, cuba tengok dekat-dekat.
    .screen = Diperbuat daripada { $material }
benefit-material-2 = Bahannya { $material }, meh saya tunjuk dekat sikit.
    .screen = Bahan: { $material }
benefit-material-3 = Yang ni guna bahan { $material }.
    .screen = Bahannya { $material }

# A colour scene names the colours (the product has two or more): {colors_or} for a choice; the count
# is said as it is ("3 warna": no plural form in Malay).
benefit-colors-1 = Pilih warna korang: { $colors_or }.
    .screen = Warna: { $colors }
benefit-colors-2 = Nak yang { $colors_or }? Pilih je.
    .screen = Ada warna { $colors }
benefit-colors-3 = Warna ada { $colors }, korang pilih yang mana?
    .screen = Pilihan warna: { $colors }
benefit-colors-4 = Ada { $color_count } pilihan warna: { $colors }.
    .screen = { $color_count } pilihan warna
# More than five colours: the count is said, the colours are not read out.
benefit-colors-5 = Ada { $color_count } pilihan warna, semua boleh tengok dalam beg kuning.
    .screen = Ada { $color_count } pilihan warna
    .requires = many_colors
benefit-colors-6 = Warna ada { $color_count } pilihan, pilih je yang korang suka.
    .screen = { $color_count } warna, pilih je
    .requires = many_colors

benefit-sizes-1 = Saiz yang ada: { $sizes }.
    .screen = Saiz: { $sizes }
benefit-sizes-2 = Pilih saiz yang korang nak: { $sizes }.
    .screen = Pilih saiz: { $sizes }
    .requires = !attr:age_range
# A size chart is for what one wears: clothing only; the lines above fit any product (a scratcher in S or L).
benefit-sizes-3 = Saiz ada { $sizes }, jangan lupa semak carta saiz tau.
    .screen = Saiz ada: { $sizes }
    .requires = group:apparel

# Fallback when a product has no fact to state: true of anything (food, toys, gadgets), no claim. The creator
# holds the product and speaks for themself; no line sends the viewer elsewhere ("detail kat halaman produk").
benefit-generic-1 = Meh saya tunjuk dekat-dekat, bagi korang nampak jelas.
    .screen = Tengok dekat-dekat
benefit-generic-2 = Jujur cakap, saya memang suka yang ni.
    .screen = Jujur, saya suka!
benefit-generic-3 = Sekali tengok je, saya dah terpikat dengan yang ni.
    .screen = Sekali tengok, terus terpikat

# Lines that assert a claim class carry the fact that supports it in `requires`.
benefit-apparel-1 = Meh saya tunjuk dari semua sudut, senang korang bayangkan.
    .screen = Tengok dari semua sudut
benefit-apparel-2 = Pilih je nak padankan dengan outfit yang mana.
    .screen = Senang nak padankan
benefit-apparel-3 = Nampak kemas, tapi tetap selesa dipakai seharian.
    .screen = Nampak kemas, rasa selesa
    .requires = feature:breathable
benefit-apparel-4 = Nampak kemas, dan tetap selesa walaupun banyak bergerak.
    .screen = Bebas bergerak
    .requires = feature:stretch
benefit-beauty-1 = Masukkan je dalam rutin harian korang.
    .screen = Untuk rutin harian korang
    .requires = !type:hair_extensions
benefit-beauty-2 = Untuk me time korang, yang ni memang patut cuba.
    .screen = Patut cuba
benefit-beauty-3 = Teksturnya ringan dan segar di kulit.
    .screen = Ringan dan segar di kulit
    .requires = feature:lightweight_texture
benefit-home-1 = Barang rumah macam ni memang kena dengan citarasa saya.
    .screen = Kena dengan citarasa saya
benefit-home-2 = Sesuai sangat untuk lengkapkan ruang rumah korang.
    .screen = Lengkapkan rumah korang
benefit-home-3 = Benda kecil je, tapi vibe bilik terus lain macam.
    .screen = Benda kecil, vibe lain macam
    .requires = feature:dimmable
benefit-home-4 = Harumannya terus ubah suasana bilik.
    .screen = Haruman ubah suasana
    .requires = attr:scent
benefit-electronics-1 = Meh saya tunjuk design dia dekat-dekat.
    .screen = Design dari dekat
benefit-electronics-2 = Sesuai untuk teman aktiviti harian korang.
    .screen = Untuk kegunaan harian
benefit-electronics-3 = Cara guna senang, tak payah baca manual pun.
    .screen = Cucuk je terus guna
    .requires = feature:plug_and_play
benefit-electronics-4 = Saiznya ringkas, senang bawa ke mana-mana.
    .screen = Senang dibawa
    .requires = feature:portable
# Gift lines also follow a self-reward greeting ("Hujung tahun, hadiahkan diri sendiri!"): each says both uses.
benefit-gifts-1 = Boleh guna sendiri, boleh juga bagi sebagai hadiah.
    .screen = Guna sendiri atau hadiah
benefit-gifts-2 = Nak manjakan diri sendiri atau bagi hadiah, dua-dua sesuai.
    .screen = Untuk diri sendiri atau hadiah
benefit-accessories-1 = Inilah sentuhan akhir yang melengkapkan gaya korang.
    .screen = Sentuhan akhir gaya korang
benefit-accessories-2 = Kecil je, tapi terus buat penampilan korang menyerlah.
    .screen = Kecil, tapi terus menyerlah
benefit-jewelry-1 = Detail kecil yang melengkapkan gaya korang.
    .screen = Detail kecil untuk gaya
benefit-jewelry-2 = Boleh pakai sendiri, atau bagi sebagai hadiah.
    .screen = Pakai sendiri atau bagi hadiah
benefit-toys-1 = Sesuai untuk masa bermain dengan keluarga.
    .screen = Masa untuk main sama-sama
benefit-toys-2 = Jangan lupa semak cadangan umur dulu tau.
    .screen = Semak umur dulu tau
benefit-food-1 = Sesuai untuk stok snek atau minuman kat rumah.
    .screen = Untuk stok kat rumah
    .requires = !type:supplement
benefit-food-2 = Meh tengok bungkusan dia dekat-dekat.
    .screen = Bungkusan dari dekat
benefit-sports-1 = Sesuai untuk teman rutin senaman korang.
    .screen = Untuk rutin senaman korang
benefit-sports-2 = Meh saya tunjuk detail dia dekat-dekat dulu.
    .screen = Detail dari dekat
# Pets and baby gear: no claim ("selamat", "tahan lama", "kucing suka"), only who it is for.
benefit-pets-1 = Dibuat dengan fikirkan si comel berbulu kat rumah korang.
    .screen = Untuk si comel berbulu
benefit-pets-2 = Satu lagi barang untuk haiwan kesayangan korang, jom tengok.
    .screen = Untuk haiwan kesayangan
benefit-baby-1 = Meh saya tunjuk dekat-dekat, senang mak ayah bayangkan.
    .screen = Tengok dekat-dekat
benefit-baby-2 = Boleh untuk si kecil sendiri, atau jadi hadiah baby baru lahir.
    .screen = Untuk si kecil atau hadiah

offer-1 = Dan harga dia { $price }.
    .screen = Harga { $price }
offer-2 = Harga dia sekarang { $price }.
    .screen = Harga: { $price }
offer-3 = Boleh dapat dengan { $price }.
    .screen = { $price }
offer-4 = Harga dia? { $price }.
    .screen = Harga? { $price }
offer-5 = Nak bawa balik? Harganya { $price }.
    .screen = Harganya { $price }
offer-6 = Yang ni harganya { $price } tau.
    .screen = { $price } tau
offer-7 = Untuk yang ni, harganya { $price }.
    .screen = Harga { $price }
offer-8 = Harganya { $price }, info penuh dalam beg kuning.
    .screen = Harganya { $price }
offer-9 = Dengan { $price }, dah boleh jadi milik korang.
    .screen = { $price }!
offer-10 = Harga semasa { $price }.
    .screen = Harga semasa: { $price }
offer-11 = Untuk harga pula, { $price }.
    .screen = Harga: { $price }
offer-12 = Kalau tanya harga, { $price }.
    .screen = Harga { $price }
offer-13 = Harga untuk yang ni { $price }.
    .screen = Harga: { $price }

offer-discount-1 = Sekarang { $price } je, harga asal { $old_price }.
    .screen = Kini { $price } (asal { $old_price })
offer-discount-2 = Tengah promosi, harga sekarang { $price } je.
    .screen = Harga promosi: { $price }
offer-discount-3 = Korang jimat { $discount }, jadi bayar { $price } je.
    .screen = Jimat { $discount }, kini { $price }

cta-1 = Terus tekan beg kuning dan checkout ya.
    .screen = Tekan beg kuning
cta-2 = Berminat? Tekan beg kuning kat bawah ni.
    .screen = Tekan beg kuning kat bawah
cta-3 = Jom grab, tekan je beg kuning.
    .screen = Jom grab dalam beg kuning
cta-4 = Info penuh ada dalam beg kuning kat bawah.
    .screen = Info penuh dalam beg kuning
cta-5 = Kalau berkenan, terus checkout dalam beg kuning.
    .screen = Checkout dalam beg kuning
cta-6 = Belum sempat checkout? Simpan video ni dulu.
    .screen = Simpan video ni dulu
cta-7 = Nak tengok lagi? Semua ada dalam beg kuning.
    .screen = Semua ada dalam beg kuning
cta-8 = Jangan sampai terlepas, tekan beg kuning sekarang.
    .screen = Jangan terlepas!
cta-9 = Nak? Tekan beg kuning sekarang.
    .screen = Nak? Tekan beg kuning
cta-10 = Share dengan kawan korang, atau terus checkout dalam beg kuning.
    .screen = Share atau checkout
cta-11 = Pilih dan checkout terus dari beg kuning.
    .screen = Checkout dari beg kuning
cta-12 = Apa pendapat korang? Komen kat bawah, dan checkout dalam beg kuning.
    .screen = Apa pendapat korang?
cta-14 = Tag kawan yang tengah cari, info penuh dalam beg kuning.
    .screen = Tag kawan korang!
cta-15 = Nak cuba? Checkout terus dalam beg kuning.
    .screen = Checkout terus!
cta-16 = Pilihan dan harga boleh tengok dalam beg kuning.
    .screen = Tengok pilihan dalam beg kuning
cta-13 = Kalau suka, terus tekan beg kuning ya.
    .screen = Suka? Tekan beg kuning
cta-17 = Follow saya untuk cadangan lain, link dalam beg kuning.
    .screen = Follow untuk cadangan lain

# Offers and captions are neutral (no "je" / "sahaja" / "semua ni"): the same line serves a RM5.90 plant and
# a RM927.90 dress; "only" belongs to the discount lines.
# Caption lines: {hook_line} is the chosen hook's on-screen text.
# {name} never follows {hook_line} directly (it would start a sentence in lower case) and
# {category} is not used next to {name} (a name built from facts starts with the category word).
# The name and the price share one phrase (an em dash, no comma, between them): the ad text is cut
# from the caption at commas, stops and emoji, and keeps the phrase with the price whole.
caption-1 = { $hook_line } Kenalkan { $name } daripada { $brand } — harga { $price } ✨ Tekan beg kuning 🛍️
    .requires = brand
caption-2 = { $hook_line } Jom tengok { $name } — harga { $price } 🛍️ Ada dalam beg kuning!
caption-3 = { $hook_line } Kali ni saya share { $name } — harga { $price } 🛍️ Checkout dalam beg kuning!
caption-4 = { $hook_line } Harga { $name } turun dari { $old_price } ke { $price } je 🛍️ Tekan beg kuning!
    .requires = discount
caption-5 = { $hook_line } Ni dia { $name } — harga { $price } 🛍️ Korang team checkout terus atau simpan dulu? Semua ada dalam beg kuning!
caption-9 = { $hook_line } Yang dalam video ni: { $name } — harga { $price } 🛍️ Checkout dalam beg kuning ya!
caption-11 = { $hook_line } Hari ni saya share { $name } — harga { $price } 🛍️ Semua info dalam beg kuning!
caption-10 = { $hook_line } Cadangan hari ni: { $name } — harga { $price } 🛍️ Nak tahu lebih? Semak beg kuning!
caption-12 = { $hook_line } Produk hari ni: { $name } — harga { $price } 🛍️ Tekan beg kuning untuk checkout!
caption-13 = { $hook_line } Untuk korang: { $name } — harga { $price } 🛍️ Tekan beg kuning kat bawah!
# Without the name: for a product ctk can only call by its group word ("produk kecantikan").
caption-6 = { $hook_line } Harga { $price } 🛍️ Info penuh ada dalam beg kuning!
# Variants at different prices (.requires = from): the price is a starting price.
caption-7 = { $hook_line } Jom tengok { $name } — serendah { $price } 🛍️ Pilih varian dalam beg kuning!
    .requires = from
caption-8 = { $hook_line } Harga dari { $price } ikut varian 🛍️ Semak dalam beg kuning!
    .requires = from

hashtags = #TikTokShop #fypmalaysia #tiktokmalaysia
label-sale = PROMOSI
label-new = BAHARU
label-price_from = serendah { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Untuk varian terpilih sahaja.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Harga serendah { $price }, ikut pilihan.
    .screen = Serendah { $price }
offer-from-2 = Harga bermula { $price }, ikut varian.
    .screen = Dari { $price }

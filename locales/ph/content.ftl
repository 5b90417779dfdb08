# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator: Philippine TikTok Shop, written for Filipino viewers, not
## adapted from the us file. Philippine English with Taglish where a Filipino seller would switch, never in
## every line: a Taglish line follows Tagalog grammar (the enclitics na/pa/lang/din/muna right after the
## first word or phrase, "i-" before an English verb: "i-tap", "i-add to cart", "i-pair"), and contracts the
## way it is written online ('to, 'yan, 'wag, n'yo, sa'yo). American spelling (color, favorite, jewelry).
## The in-video shop link is the "yellow basket". "mga mars" speaks to women; it is kept to one hook.
## Benefit scenes are built from facts (locales/ph/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed, "best", health or eco claims). A line that does is kept only with `.requires` naming the fact
## that supports it. No urgency or scarcity ("ubos na", "limited stocks", "bilisan", "sold out").
## {name} is a fact-built noun phrase ("foldable desk lamp", "cotton socks"), the type word, or the
## seller's own title ("Slim Leather Wallet"). $number is "sg" or "pl" for the first two (facts.toml
## [types] number) and "other" for a seller's title, which may be singular or plural. Tagalog has no
## number agreement on "ang": "ito na ang { $name }" is right for any name; English lines select on
## $number ("this is the lamp", "these are the earbuds"), and a Taglish line that refers back to the
## product says "siya" ([pl]: "sila"), as Filipinos do of things.
## Outside a selector {name} follows "the", "your new", "ang", "bago mong", "sa", "mga" or a colon, never "a/an" and never
## "this/these" (only a [sg]/[pl] variant may say those).

# Hooks: the first 3 s. They never say {name} (the intro says it right after) and the caption opens with
# the hook's screen line, so a screen line never ends with a colon, and a comma never joins two halves
# that cannot stand alone (the ad text may cut there). Every voice is said in 2.7 s at
# 15 characters a second (<= 37 characters once filled; $hook_fact is a facts.toml screen line such as
# "Touch controls" or "Up to 40 hrs of battery", and a hook that runs long with it is not chosen).
# $hook_fact is a noun phrase ("Removable cover"), an adjective ("Rechargeable") or a verb phrase ("Folds
# flat"), capitalized: it opens the line, echoed as a question or stated ("Rechargeable? Good to know 'yan!",
# "Foldable. Ayos, 'di ba?"), frames that read right with all three. The reaction stands alone ("good to
# know", "plus points"), never a promise to show or explain ("tingnan n'yo 'to", "hear me out": the fact is
# not said again later), and a creator does not gush over a spec ("Yes, please!", "Gusto ko 'yan!", "Panalo!").
# No claim a fact must support: no "best", "pinaka-", "viral", "lightweight", no health or eco words.
# "Budol" (an impulse buy someone talked you into) and "sulit" (worth the money) are what Filipino
# shoppers say of a find; neither claims sales or a price rank.
hook-1 = Mga mars, kailangan n'yo 'tong makita!
    .screen = Mga mars, tingnan n'yo 'to!
hook-2 = Wait lang, 'wag munang mag-scroll!
    .screen = Wait! 'Wag munang mag-scroll
hook-3 = Teka, { $discount } off 'to?
    .screen = Teka… { $discount } off?
    .requires = discount
hook-4 = Budol alert, guys!
    .screen = Budol alert!
hook-5 = Okay, hear me out muna.
    .screen = Hear me out muna
hook-6 = May bago akong { $category } find!
    .screen = Bagong { $category } find
hook-7 = { $hook_fact }? Ay, gusto ko 'yan!
    .screen = { $hook_fact }? Gusto ko 'yan
    .requires = pitch
hook-8 = { $hook_fact }? Plus points 'yan!
    .screen = { $hook_fact }? Plus points
    .requires = pitch
hook-9 = { $hook_fact }. Ayos, 'di ba?
    .screen = { $hook_fact }. Ayos, 'di ba?
    .requires = pitch
hook-29 = { $hook_fact }? Good to know 'yan!
    .screen = { $hook_fact }? Good to know
    .requires = pitch
hook-30 = { $hook_fact }. Noted 'yan, guys.
    .screen = { $hook_fact }. Noted!
    .requires = pitch
hook-10 = Bakit ngayon ko lang 'to nalaman?
    .screen = Bakit ngayon ko lang 'to nalaman?
hook-11 = Hindi ko 'to ige-gatekeep, promise.
    .screen = Hindi ko 'to ige-gatekeep
hook-12 = { $discount } off? Game ako diyan!
    .screen = { $discount } off? Game!
    .requires = discount
hook-13 = Quick lang 'to, promise.
    .screen = Quick lang 'to, promise
hook-14 = Sulit find alert, guys!
    .screen = Sulit find alert
# Group hooks speak to the situation the category answers; none names or describes the product.
hook-15 = Para sa mga nag-aayos ng bahay!
    .screen = Para sa mga nag-aayos ng bahay
    .requires = group:home
hook-16 = Walang maisuot? Sagot kita.
    .screen = Walang maisuot?
    .requires = group:apparel !type:socks !type:slippers !attr:age_range
hook-17 = Hirap pumili ng regalo?
    .screen = Hirap pumili ng regalo?
    .requires = group:gifts
hook-18 = Para sa'yo o pang-regalo?
    .screen = Para sa'yo o pang-regalo?
    .requires = group:jewelry
# Accessories are bags and watches but also umbrellas, sleep masks and diaper bags: nothing about an outfit.
hook-19 = Everyday essentials check!
    .screen = Everyday essentials check
    .requires = group:accessories
hook-20 = Beauty girlies, lapit muna kayo!
    .screen = Beauty girlies, lapit muna!
    .requires = group:beauty !feature:unisex !type:electric_toothbrush !type:water_flosser
hook-21 = Mga gadget lover, dito muna kayo!
    .screen = Para sa mga gadget lover
    .requires = group:electronics
hook-22 = Pantry restock time, tara!
    .screen = Pantry restock time
    .requires = group:food !type:supplement
hook-23 = Mga parents, tingnan n'yo 'to!
    .screen = Para sa mga parents
    .requires = group:toys
hook-24 = Mga sporty at outdoorsy, dito muna kayo!
    .screen = Para sa mga sporty at outdoorsy
    .requires = group:sports
# Pets: the hooks speak to the pet owner ("fur parent"); any pet supply (group pets) for the fur parents.
hook-25 = Calling all cat moms and cat dads!
    .screen = Calling all cat parents
    .requires = type:cat_toy
hook-26 = Mga fur parent, tingnan n'yo 'to!
    .screen = Para sa mga fur parents
    .requires = group:pets
# more beauty openers, for anyone (a unisex perfume is no "beauty girlies" pick)
hook-27 = Beauty haul time, mga besh!
    .screen = Beauty haul time!
    .requires = group:beauty !type:electric_toothbrush !type:water_flosser
hook-28 = Self-care check muna tayo!
    .screen = Self-care check!
    .requires = group:beauty

# Intros name the product right after the hook. "ang" takes any name; [sg]/[pl] variants agree with the
# type word in English ("this is the desk lamp", "these are the earbuds"); *[other] is for any name.
intro-1 = Ito ang { $name } ng { $brand }.
    .screen = { $name }
    .requires = brand
intro-2 = { $named ->
        [type] Bagong find ko: itong { $name }.
        [work] Ito ang bagong find ko: { $name }.
       *[title] Ito ang bagong find ko: ang { $name }.
    }
    .screen = { $name }
intro-3 = { $named ->
        [type] Say hi sa bago mong { $name }.
        [work] Tara, silipin natin: { $name }.
       *[title] Tara, silipin natin ang { $name }.
    }
    .screen = { $name }
intro-4 = { $named ->
        [type] May bago akong find: itong { $name }!
       *[title] Ito na ang { $name }!
    }
    .screen = { $name }
# a bare type word is no title: "ang table" reads as if "Table" were its name; "itong" points at the product
intro-5 = { $named ->
        [type] Ang bida natin today: itong { $name }.
        [work] Ang bida natin today: { $name }.
       *[title] Ang bida natin today: ang { $name }.
    }
    .screen = { $name }
intro-6 = { $named ->
        [work] Check out n'yo 'to: { $name }.
       *[title] { $number ->
            [pl] Check out these { $name }.
            [sg] Check out this { $name }.
           *[other] Check out the { $name }.
        }
    }
    .screen = { $name }
intro-8 = { $named ->
        [type] Guys, tingnan n'yo itong { $name }!
        [work] Guys, ito na: { $name }!
       *[title] Guys, meet the { $name }!
    }
    .screen = { $name }
intro-7 = { $named ->
        [type] Share ko lang 'tong { $name }!
        [work] Share ko lang: { $name }!
       *[title] Share ko lang ang { $name }!
    }
    .screen = { $name }
intro-9 = { $named ->
        [type] Ang featured natin ngayon: itong { $name }.
        [work] Ang featured natin ngayon: { $name }.
       *[title] Ang featured natin ngayon: ang { $name }.
    }
    .screen = { $name }
intro-10 = { $named ->
        [type] Ipapakilala ko sa inyo itong { $name }.
        [work] Pakilala ko sa inyo: { $name }.
       *[title] Pakilala ko sa inyo ang { $name }.
    }
    .screen = { $name }
# more intros: "Ang bida natin today" opened two videos of one run
intro-11 = { $named ->
        [type] Spotted ko 'tong { $name }, tingnan natin.
        [work] Spotted ko 'to: { $name }.
       *[title] Spotted ko ang { $name }, tingnan natin.
    }
    .screen = { $name }
intro-12 = { $named ->
        [type] Eto na, itong { $name } na ipapakita ko sa'yo.
        [work] Eto na: { $name }.
       *[title] Eto na ang { $name } na ipapakita ko sa'yo.
    }
    .screen = { $name }
intro-13 = { $named ->
        [type] Let me show you itong { $name }.
        [work] Let me show you: { $name }.
       *[title] Let me show you ang { $name }.
    }
    .screen = { $name }

# {material} is a noun ("organic cotton") or an adjective ("gold-plated"): "{material} siya" ("it's cotton",
# "it's gold-plated") and "it's/they're {material}" read right with both; never "made of". No spec-sheet
# label ("Material: copper").
benefit-material-1 = { $number ->
        [pl] Quick note lang: they're { $material }.
       *[other] Quick note lang: it's { $material }.
    }
    .screen = { $material }
benefit-material-2 = { $number ->
        [pl] Ang maganda pa, { $material } sila.
       *[other] Ang maganda pa, { $material } siya.
    }
    .screen = { $material }
benefit-material-3 = { $number ->
        [pl] And yes, they're { $material }.
       *[other] And yes, it's { $material }.
    }
    .screen = { $material }

# {colors} is an "and" list (all of them), {colors_or} an "or" list (a choice); neither follows "comes in"
# alone ("comes in black and navy" reads as two-tone). {color_count} is the number of colors (2 or more).
# en_PH lists of three or more take the serial comma (Babel). More than five colors (.requires =
# many_colors): the count only, no list, on screen or in the voice.
benefit-colors-1 = Pili ka lang: { $colors_or }.
    .screen = Colors: { $colors }
benefit-colors-2 = Anong color ang sa'yo: { $colors_or }?
    .screen = { $colors_or }?
benefit-colors-6 = Ikaw na bahala sa color: { $colors_or }.
    .screen = { $colors_or }
benefit-colors-3 = { $color_count ->
        [one] Available siya in { $colors_or }.
        [2] Dalawang colors ang pagpipilian: { $colors_or }.
       *[other] { $color_count } colors ang pagpipilian: { $colors_or }.
    }
    .screen = { $color_count ->
        [one] { $colors }
       *[other] { $color_count } colors to choose from
    }
benefit-colors-4 = { $color_count } colors ang pagpipilian. Oo, { $color_count }!
    .screen = { $color_count } colors to choose from
    .requires = many_colors
benefit-colors-5 = { $number ->
        [pl] Available sila in { $color_count } colors, kaya pili ka lang.
       *[other] Available siya in { $color_count } colors, kaya pili ka lang.
    }
    .screen = { $color_count } colors, pili ka lang
    .requires = many_colors

# {sizes} is two sizes or a range ("S–XL", "US 6–10"): the voice says it too, as the screen shows it (a
# voice line that only points at the screen is filler). "Find your size" is for clothes and shoes only.
benefit-sizes-1 = Options: { $sizes }, depende sa kailangan mo.
    .screen = Sizes: { $sizes }
benefit-sizes-2 = May sizes { $sizes }, check n'yo kung alin ang swak.
    .screen = Available in { $sizes }
    .requires = group:apparel
benefit-sizes-3 = Sizes { $sizes }, i-check mo muna kung alin ang swak sa'yo.
    .screen = Find your size: { $sizes }
    .requires = group:apparel !attr:age_range

# Used when the product has no fact to show: it must fit anything (a snack, a lamp, a T-shirt). The
# images may be placeholders: no line promises a close-up or points at what the clip shows.
benefit-generic-1 = Honestly, love at first sight ako dito.
    .screen = Love at first sight
benefit-generic-2 = Worth it i-add sa wishlist mo.
    .screen = Worth it sa wishlist
benefit-generic-3 = Pasok agad 'to sa wishlist ko.
    .screen = Pasok sa wishlist

# Category benefits (benefit-<group>): no claim without its `.requires`.
benefit-apparel-1 = { $number ->
        [pl] Maayos silang tingnan, pero comfy pa rin buong araw.
       *[other] Maayos siyang tingnan, pero comfy pa rin buong araw.
    }
    .screen = Looks neat, feels comfy
    .requires = attr:material
# Apparel is shirts and dresses but also socks, slippers, bras and pajamas: no "dress it up".
benefit-apparel-2 = { $number ->
        [pl] Madali silang i-pair sa mga damit mo.
       *[other] Madali siyang i-pair sa mga damit mo.
    }
    .screen = Easy i-pair
    .requires = !attr:age_range
benefit-apparel-4 = Para sa mga chikiting, pang-everyday o pang-okasyon.
    .screen = Para sa mga chikiting
    .requires = attr:age_range
benefit-apparel-3 = { $number ->
        [pl] I-style mo sila kahit paano mo gusto.
       *[other] I-style mo siya kahit paano mo gusto.
    }
    .screen = Style it your way
# beauty is also a toothbrush, a soap and hair extensions: no skincare "routine"
benefit-beauty-1 = { $number ->
        [pl] Subukan mo sila, tapos kwento ka sa'kin.
       *[other] Subukan mo siya, tapos kwento ka sa'kin.
    }
    .screen = Try mo, tapos kwento ka
# the seller said "lightweight": a light texture only, never "non-greasy" or "hindi malagkit" (another claim)
benefit-beauty-2 = Light lang ang texture, swak sa daily routine mo.
    .screen = Light na texture
    .requires = feature:lightweight_texture
benefit-home-1 = { $number ->
        [pl] Alam ko na agad kung saan ko sila ilalagay.
       *[other] Alam ko na agad kung saan ko siya ilalagay.
    }
    .screen = Alam ko na kung saan 'to
benefit-home-2 = { $number ->
        [pl] Hinaan mo lang sila pag gabi para chill ang vibe.
       *[other] Hinaan mo lang siya pag gabi para chill ang vibe.
    }
    .screen = Dim mo pag gabi
    .requires = feature:dimmable
benefit-home-3 = { $number ->
        [pl] Saan mo sila ilalagay? Comment mo sa baba!
       *[other] Saan mo siya ilalagay? Comment mo sa baba!
    }
    .screen = Saan mo 'to ilalagay?
benefit-pets-1 = Para sa fur baby mo, syempre.
    .screen = Para sa fur baby mo
benefit-pets-2 = Sino ang fur baby n'yo sa bahay? Comment mo sa baba!
    .screen = Pakilala ang fur baby mo!
benefit-baby-1 = Para sa everyday routine ni baby.
    .screen = Para kay baby
benefit-baby-2 = Para sa baby mo ba 'to o pang-regalo? Comment mo!
    .screen = Para kay baby o pang-regalo?
benefit-electronics-1 = { $number ->
        [pl] Isaksak mo lang, ready na sila, walang manual-manual.
       *[other] Isaksak mo lang, ready na siya, walang manual-manual.
    }
    .screen = Plug and play
    .requires = feature:plug_and_play
benefit-electronics-2 = Magaan, kaya dala-dala mo kahit saan.
    .screen = Magaan, dalhin kahit saan
    .requires = feature:lightweight
benefit-electronics-3 = Pang-everyday talaga, from work hanggang chill time.
    .screen = Pang-everyday
benefit-gifts-1 = Check na ang isang regalo sa list mo.
    .screen = One gift, checked
benefit-gifts-2 = { $number ->
        [pl] Naka-gift box na sila, ready nang ibigay.
       *[other] Naka-gift box na siya, ready nang ibigay.
    }
    .screen = Gift-ready na
    .requires = feature:gift_box
benefit-gifts-3 = Birthday, anniversary, o Pasko: pasok 'to.
    .screen = Pang-regalo, pasok
benefit-accessories-1 = { $number ->
        [pl] Pasok sila sa everyday essentials ko.
       *[other] Pasok siya sa everyday essentials ko.
    }
    .screen = Everyday essential
benefit-jewelry-1 = Maliit na detail, pero iba ang dating.
    .screen = Maliit na detail, iba ang dating
benefit-jewelry-2 = Pwedeng pang-sarili, pwede ring pang-regalo.
    .screen = Pang-sarili o pang-regalo
benefit-toys-1 = Para sa bonding time ng buong pamilya.
    .screen = Family bonding time
benefit-toys-2 = Check muna ang recommended age, ha?
    .screen = Check muna ang age
benefit-food-1 = Pang-stock sa pantry o pang-merienda.
    .screen = Pang-pantry, pang-merienda
    .requires = !type:supplement
benefit-food-2 = Pwedeng i-share sa barkada o sa pamilya.
    .screen = Share with the barkada
    .requires = !type:supplement
benefit-sports-1 = Para sa fitness routine mo, kahit sa bahay lang.
    .screen = Para sa fitness routine mo
benefit-sports-2 = Set mo na ang workout schedule mo!
    .screen = Workout mode: on

# Offers: the same line serves a ₱99 clip and a ₱4,999 dress, so "lang" (only) belongs to the reductions.
offer-1 = Magkano? { $price }.
    .screen = { $price }
offer-2 = At ang presyo? { $price }.
    .screen = Presyo: { $price }
offer-3 = Price check muna: { $price }.
    .screen = Price check: { $price }
offer-4 = { $number ->
        [pl] { $price } lang sila.
       *[other] { $price } lang siya.
    }
    .screen = { $price } lang
    .requires = cheap
offer-5 = { $number ->
        [pl] Makukuha mo sila for { $price }.
       *[other] Makukuha mo siya for { $price }.
    }
    .screen = Yours for { $price }
offer-6 = Ang damage? { $price }.
    .screen = Damage: { $price }
offer-7 = { $number ->
        [pl] { $price } ang presyo nila.
       *[other] { $price } ang presyo niya.
    }
    .screen = { $price } sa yellow basket
offer-8 = Eto ang presyo: { $price }.
    .screen = Price: { $price }
offer-9 = Sulit for { $price }, di ba?
    .screen = Sulit sa { $price }
offer-10 = { $number ->
        [pl] Nasa { $price } sila.
       *[other] Nasa { $price } siya.
    }
    .screen = Nasa { $price }
offer-11 = For { $price }, sa'yo na 'to.
    .screen = For { $price }

# Not "ngayon lang" and not "{discount} off": the discount hook already says it. No urgency ("habang may
# stock pa", "bilisan").
offer-discount-1 = { $number ->
        [pl] Mula { $old_price }, { $price } na lang sila.
       *[other] Mula { $old_price }, { $price } na lang siya.
    }
    .screen = { $price } (was { $old_price })
offer-discount-2 = { $number ->
        [pl] Makukuha mo na sila for { $price } imbes na { $old_price }.
       *[other] Makukuha mo na siya for { $price } imbes na { $old_price }.
    }
    .screen = Now { $price } (was { $old_price })
offer-discount-3 = Dati { $old_price }, ngayon { $price } na lang.
    .screen = Was { $old_price }, now { $price }

cta-1 = I-tap ang yellow basket para makuha mo na.
    .screen = Tap the yellow basket
cta-2 = { $number ->
        [pl] Nasa yellow basket na sila, check out na!
       *[other] Nasa yellow basket na siya, check out na!
    }
    .screen = Nasa yellow basket!
cta-3 = Add to cart na sa yellow basket!
    .screen = Add to cart na!
cta-4 = Nasa yellow basket ang link, check mo na.
    .screen = Link sa yellow basket
cta-5 = I-check out na sa yellow basket bago mo makalimutan.
    .screen = Check out na!
cta-6 = Nasa shop ang lahat ng details, i-tap lang ang basket.
    .screen = Details sa shop
# At most one CTA without the basket up front; this one still names where to buy.
cta-7 = I-save mo muna 'to. Nasa yellow basket ang link.
    .screen = Save mo 'to · link sa basket
cta-8 = { $number ->
        [pl] Makikita mo sila sa yellow basket.
       *[other] Makikita mo siya sa yellow basket.
    }
    .screen = Nasa yellow basket
cta-9 = I-tap ang yellow basket at silipin mo.
    .screen = Silipin sa yellow basket
cta-10 = Tara, check out na sa yellow basket!
    .screen = Tara, check out na!

# Caption lines: {hook_line} is the chosen hook's on-screen text (it never contains {name}; a full stop is
# added when it has no end punctuation). {name} follows "the" or "ang" (a title keeps its capitals, a
# fact-built name stays lower case mid-sentence); "na lang" only when there is a reduction (no "was" price:
# the ad text is cut at 100 characters, at a comma, colon or full stop, and keeps the clause with the price:
# so {name} and {price} share one clause). An emoji only at the very end: the ad text drops it.
caption-1 = { $hook_line } Kunin na ang { $name } ng { $brand } for { $price } na lang. I-tap ang yellow basket! 🛒
    .requires = brand discount
caption-2 = { $hook_line } Makukuha mo ang { $name } ng { $brand } for { $price } sa yellow basket. 🛒
    .requires = brand
caption-3 = { $hook_line } Grab { $named ->
        [work] { $name }
       *[title] the { $name }
    } for { $price }. I-tap lang ang yellow basket! 💛
caption-4 = { $hook_line } { $price } na lang ang { $name }! Nasa yellow basket na. 🛒
    .requires = discount
caption-5 = { $hook_line } I-add to cart na ang { $name } for { $price }. ✨
caption-12 = { $hook_line } Nasa yellow basket na ang { $name } for { $price }. Check mo na! 🛒
caption-13 = { $hook_line } Sulit find: ang { $name } for { $price }. Tap na sa yellow basket! 💛
caption-8 = { $hook_line } I-tap ang yellow basket para makuha ang { $name } for { $price }. 🛒
caption-9 = { $hook_line } Shop { $named ->
        [work] { $name }
       *[title] the { $name }
    } for { $price } sa yellow basket. 💛
# The variants cost different amounts (.requires = from): {price} is the lowest, said as a starting price.
caption-6 = { $hook_line } Nagsisimula sa { $price } ang { $name }. Pili na sa yellow basket! 🛒
    .requires = from
caption-7 = { $hook_line } Grab { $named ->
        [work] { $name }
       *[title] the { $name }
    } from { $price } sa yellow basket. ✨
    .requires = from
# Without the name: for a product ctk can only call by its group word ("fashion", "home"), never "ang fashion".
caption-10 = { $hook_line } Nasa yellow basket na for { $price }. Check out na! 🛒
caption-11 = { $hook_line } Nagsisimula sa { $price } ang presyo. Pili na sa yellow basket! 🛒
    .requires = from

hashtags = #TikTokShopPH #budolfinds #tiktokfindsph #fyp
label-sale = SALE
label-new = NEW
label-price_from = from { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Para sa piling variants lang.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Nagsisimula sa { $price } ang presyo.
    .screen = From { $price }
offer-from-2 = Mula { $price }, depende sa variant.
    .screen = Starting at { $price }

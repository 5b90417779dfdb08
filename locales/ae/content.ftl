# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## United Arab Emirates: MSA with a light Emirati / Gulf tone (الحين، شو، وايد، يستاهل، تحصّلون، خلّوني،
## جبت لكم), audience addressed in the plural (polite, gender-inclusive: شوفوا، اطلبوا، لكم). No Saudi-only
## words (وش): the UAE's Arabic speakers come from the whole Arab world, so the Gulf flavour stays light.
## Prices: "149 د.إ" on screen (market.toml [price_points] display), "149 درهم" in the voice (facts.toml [spoken]).
##
## Grammar. Intro, offer and caption lines select on $gender, the agreement of the product's type word
## (facts.toml [types]): [m] هذا … شوفوه / سعره, [f] هذي … شوفوها / سعرها. A non-human plural
## ("جوارب"، "سماعات أذن") agrees in the feminine singular, so [f] is right for it too ($number is not
## needed). The *[other] default is for a name with no known gender (a seller's own title): there the
## name stands after a colon or a preposition, or opens the line, and no pronoun or adjective refers
## back to the product. Outside a $gender selector the same rule holds everywhere.
## Colours: $color_count selects its CLDR plural category: [two] is the dual ("لونين"), [few] 3–10
## takes the plural ("3 ألوان"), [many] 11–99 the singular ("12 لون"); *[other] names the colours.
## Hooks: the hook scene lasts 3 s, so a voice is said in 2.7 s: at 12 chars/s at most 32 characters
## once filled (units and ranges count as they are said). A hook never says {name} (the intro says it
## next), never refers to the product with a pronoun, and asserts nothing a fact must support: no
## الأفضل، الكل يسأل، ترند، خفيف الوزن, health or eco claims. Lines that assert a claim class carry the
## fact that supports it in `.requires`.

# Hooks: curiosity, a relatable moment or a direct question. Group hooks (.requires = group:…) speak to
# the situation the category solves; none of them names or describes the product.
# {hook_fact} is a facts.toml screen line: a noun phrase ("وزن خفيف"، "منفذ USB-C") or a clause
# ("ساعات التشغيل توصل إلى 40"); a frame puts it after a colon or answers a question with it, so
# either reads right. No dash (—): Arabic copy does not use it. "تدوّرون على { $category }" needs the
# product's own word (typed), never the generic "منتج" or a group word. A spec gets a "good to know / handy /
# look" frame, never an opinion ("أحلى ميزة"، "حبيتها") nor a judgement that fits some facts only ("ميزة عملية:
# نسيج مضلّع"); no empty teaser ("شي يستاهل تشوفونه") that says nothing. A caption opens with the hook's screen
# text, so a screen reads on its own as a sentence or a heading ("تجهّزون أغراض البيبي؟", not "تجهيزات البيبي").
# A frame states the fact and stands alone: no promise of more to come ("أول معلومة"، "أول شي بتلاحظونه"، "وهذي
# تفاصيله"), since the benefit scenes do not say the hook's fact again.
hook-1 = لحظة! لا تسحبون، شوفوا أول.
    .screen = لحظة! لا تسحبون
# The caption opens with the hook's screen and names the product right after it: a screen with { $category } would
# say the type word twice ("ناوين تشترون مكمل غذائي؟ 👀 مكمل غذائي بسعر…"), so these screens leave it to the voice.
hook-2 = تدوّرون على { $category }؟ شوفوا.
    .screen = لقيت لكم اللي تدوّرون عليه
    .requires = typed !type:gummies
hook-31 = ناوين تشترون { $category }؟ اسمعوني أول.
    .screen = قبل لا تشترون، اسمعوني
    .requires = typed !type:gummies
hook-3 = خلّوني أوريكم شي حلو لقيته.
    .screen = شوفوا شو لقيت لكم
hook-4 = يا جماعة، شوفوا شو وصلني!
    .screen = شوفوا شو وصلني!
hook-5 = تعالوا شوفوا شو عندي لكم اليوم.
    .screen = شو عندي لكم اليوم؟
hook-6 = خصم { $discount } على السعر! شوفوا.
    .screen = خصم { $discount } على السعر!
    .requires = discount
hook-26 = فيه خصم { $discount }، شوفوا!
    .screen = فيه خصم { $discount }، شوفوا!
    .requires = discount
hook-7 = أول شي شدّني: { $hook_fact }.
    .screen = أول شي شدّني: { $hook_fact }
    .requires = pitch !feature:pre_washed !feature:moisturizing !feature:vegan !feature:fragrance_oil
# "لازم تعرفون" and "من الآخر" frame a spec worth knowing (a battery, a rating), not a garment's pocket or hood:
# a product whose first point may be such a detail takes the other frames ("لاحظوا هالتفصيلة").
hook-25 = من الآخر وبدون مقدمات: { $hook_fact }.
    .screen = من الآخر: { $hook_fact }
    .requires = pitch !feature:pre_washed !feature:moisturizing !feature:vegan !feature:fragrance_oil !feature:kangaroo_pocket !feature:drawstring_hood !feature:pockets
# "خذوا العلم" reads as an official notice and "باختصار" as a summary of a datasheet: a creator talks to the viewer.
hook-8 = شي لازم تعرفونه: { $hook_fact }.
    .screen = لازم تعرفون: { $hook_fact }
    .requires = pitch !feature:pre_washed !feature:moisturizing !feature:vegan !feature:fragrance_oil !feature:kangaroo_pocket !feature:drawstring_hood !feature:pockets
hook-9 = لاحظوا هالتفصيلة: { $hook_fact }.
    .screen = لاحظوا: { $hook_fact }
    .requires = pitch !feature:pre_washed !feature:moisturizing !feature:vegan !feature:fragrance_oil
hook-10 = سؤال سريع: شو ناقص بيتكم؟
    .screen = شو ناقص بيتكم؟
    .requires = group:home
hook-11 = محتارين شو تلبسون اليوم؟
    .screen = شو تلبسون اليوم؟
    .requires = group:apparel !type:socks !type:slippers !attr:age_range
hook-12 = محتارين في الهدية؟ عندي فكرة.
    .screen = محتارين في الهدية؟
    .requires = group:gifts
hook-13 = تدوّرون هدية لحد غالي عليكم؟
    .screen = هدية لحد غالي؟
    .requires = group:jewelry
hook-14 = إطلالتكم ناقصها لمسة؟
    .screen = إطلالتكم ناقصها لمسة؟
    .requires = group:accessories
hook-15 = روتينكم ناقصه خطوة؟
    .screen = روتينكم ناقصه خطوة؟
    .requires = group:beauty !type:hair_extensions
hook-16 = لمحبّي التقنية، تعالوا شوفوا.
    .screen = لمحبّي التقنية
    .requires = group:electronics !type:vacuum_cleaner !type:air_fryer !type:kettle !type:hair_dryer
hook-17 = شو نقدّم للضيوف اليوم؟
    .screen = شو نقدّم للضيوف؟
    .requires = group:food !type:supplement
hook-18 = عيالكم ملّوا؟ عندي لكم فكرة.
    .screen = عيالكم ملّوا؟
    .requires = group:toys
hook-19 = جاهزين لتمرين اليوم؟
    .screen = جاهزين لتمرين اليوم؟
    .requires = group:sports
hook-20 = تفكرون تجدّدون أغراض بيتكم؟
    .screen = تفكرون تجدّدون بيتكم؟
    .requires = group:home
hook-36 = بيتكم يبي لمسة جديدة؟
    .screen = بيتكم يبي لمسة جديدة؟
    .requires = group:home
hook-21 = وصلتني طلبية جديدة للبيت!
    .screen = طلبية جديدة للبيت
    .requires = group:home
# Pets and baby gear have their own groups: the hook speaks to the pet owner or the parents.
hook-22 = عندكم قطط في البيت؟ شوفوا.
    .screen = لأصحاب القطط
    .requires = type:cat_toy
hook-23 = عندكم حيوان أليف في البيت؟
    .screen = لأصحاب الحيوانات الأليفة
    .requires = group:pets
hook-27 = تجهّزون أغراض البيبي؟ شوفوا.
    .screen = تجهّزون أغراض البيبي؟
    .requires = group:baby
hook-28 = ركّزوا معي دقيقة، هذا يستاهل تشوفونه.
    .screen = ركّزوا معي دقيقة
# One "don't scroll" frame only (hook-1): the other openers are a moment or a question; none promises an unboxing
# the video does not show.
hook-32 = عندي شي جديد، شوفوه معي.
    .screen = شي جديد عندي لكم
hook-33 = أبي رأيكم بصراحة، شوفوا معي.
    .screen = أبي رأيكم بصراحة
hook-34 = جديد في السلة اليوم، شوفوا.
    .screen = جديد في السلة اليوم
hook-35 = آخر شي طلبته، تعالوا شوفوا.
    .screen = آخر شي طلبته
hook-37 = خلّوني أشارككم اختياري اليوم.
    .screen = اختياري اليوم
hook-38 = عطوني دقيقة من وقتكم، شوفوا.
    .screen = عطوني دقيقة من وقتكم
hook-39 = يستاهل ولا لا؟ قولوا لي.
    .screen = يستاهل ولا لا؟
hook-40 = يا جماعة، لقيت شي عجبني.
    .screen = لقيت شي عجبني

# Intros name the product; [m]/[f] point at it (هذا/هذي) and refer back to it (إياه/إياها، نشوفه/نشوفها).
intro-1 = { $gender ->
        [m] هذا { $name }، وهو من ماركة { $brand }.
        [f] هذي { $name }، وهي من ماركة { $brand }.
       *[other] خلّوني أعرّفكم على { $name }، من ماركة { $brand }.
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $gender ->
        [m] معكم اليوم { $name }، تعالوا نتعرّف عليه.
        [f] معكم اليوم { $name }، تعالوا نتعرّف عليها.
       *[other] معكم اليوم: { $name }، شوفوا معي.
    }
    .screen = { $name }
    .requires = !brand
intro-3 = { $gender ->
        [m] جبت لكم { $name }، والماركة { $brand }، شوفوه معي.
        [f] جبت لكم { $name }، والماركة { $brand }، شوفوها معي.
       *[other] جبت لكم اليوم من { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-8 = { $gender ->
        [m] من { $brand } جبت لكم اليوم { $name }، تعالوا نشوفه.
        [f] من { $brand } جبت لكم اليوم { $name }، تعالوا نشوفها.
       *[other] من { $brand } جبت لكم اليوم: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-4 = { $gender ->
        [m] اللي قدامكم اليوم هو { $name }.
        [f] اللي قدامكم اليوم هي { $name }.
       *[other] اللي قدامكم اليوم: { $name }.
    }
    .screen = { $name }
    .requires = !brand
intro-5 = { $gender ->
        [m] وصلني { $name }، وخلّوني أوريكم إياه.
        [f] وصلتني { $name }، وخلّوني أوريكم إياها.
       *[other] وصلني اليوم: { $name }.
    }
    .screen = { $name }
    .requires = !brand
intro-6 = { $gender ->
        [m] خلّونا نشوف { $name } مع بعض.
        [f] خلّونا نشوف { $name } مع بعض.
       *[other] خلّونا نشوف مع بعض: { $name }.
    }
    .screen = { $name }
    .requires = !brand
intro-7 = { $gender ->
        [m] هذا { $name }، قرّبوا الشاشة وشوفوه زين.
        [f] هذي { $name }، قرّبوا الشاشة وشوفوها زين.
       *[other] شوفوا معي من قريب: { $name }.
    }
    .screen = { $name }
    .requires = !brand
intro-9 = { $gender ->
        [m] اللي قدامكم اليوم هو { $name }، من ماركة { $brand }.
        [f] اللي قدامكم اليوم هي { $name }، من ماركة { $brand }.
       *[other] اللي قدامكم اليوم من { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-10 = { $gender ->
        [m] من ماركة { $brand } اخترت لكم { $name }، قرّبوا وشوفوه.
        [f] من ماركة { $brand } اخترت لكم { $name }، قرّبوا وشوفوها.
       *[other] شوفوا معي من قريب، من { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-11 = { $gender ->
        [m] خلّوني أعرّفكم على { $name }.
        [f] خلّوني أعرّفكم على { $name }.
       *[other] خلّوني أعرّفكم على: { $name }.
    }
    .screen = { $name }
    .requires = !brand
intro-12 = { $gender ->
        [m] الماركة { $brand }، وهذا { $name }.
        [f] الماركة { $brand }، وهذي { $name }.
       *[other] الماركة { $brand }، والاسم: { $name }.
    }
    .screen = { $name }
    .requires = brand

benefit-material-1 = بالنسبة للخامة: { $material }.
    .screen = الخامة: { $material }
benefit-material-2 = الخامة المستخدمة { $material }، شوفوها معي عن قرب.
    .screen = الخامة المستخدمة: { $material }
benefit-material-3 = { $gender ->
        [m] مصنوع من { $material }.
        [f] مصنوعة من { $material }.
       *[other] الخامة { $material }.
    }
    .screen = الخامة: { $material }
    .requires = typed

# Colours: the count is said with its Arabic plural form (dual, 3–10 plural, 11+ singular).
benefit-colors-1 = { $color_count ->
        [one] اللون المتوفر: { $colors }.
        [two] فيه لونين: { $colors }، وأنتوا على ذوقكم.
        [few] فيه { $color_count } ألوان: { $colors }، قولوا لي أي واحد عجبكم.
        [many] فيه { $color_count } لون، وكلها تحصّلونها في السلة.
       *[other] اختاروا اللون اللي يناسبكم: { $colors_or }.
    }
    .screen = { $color_count ->
        [two] لونين: { $colors }
        [few] { $color_count } ألوان تختارون منها
        [many] { $color_count } لون تختارون منها
       *[other] الألوان: { $colors }
    }
benefit-colors-2 = { $color_count ->
        [two] لونين تختارون منهم: { $colors_or }.
        [few] { $color_count } ألوان تختارون منها: { $colors_or }.
        [many] { $color_count } لون تختارون منها، شوفوها في السلة.
       *[other] الألوان المتوفرة: { $colors }، اختاروا اللي يعجبكم.
    }
    .screen = اختاروا لونكم
benefit-colors-3 = { $color_count ->
        [two] عندنا لونين: { $colors }.
       *[other] فيه أكثر من لون: { $colors }.
    }
    .screen = { $color_count ->
        [two] لونين تختارون منهم
       *[other] فيه أكثر من لون
    }
# More than five colours: the count is said, the colours are not read out (they are in the cart).
# [few] 3–10 takes the plural ("8 ألوان"), [many] 11–99 and 100+ the singular ("12 لون"); [two] is
# never chosen here (more than five) but keeps the dual right if the threshold moves.
benefit-colors-4 = { $color_count ->
        [two] فيه لونين، وتحصّلون الاثنين في السلة.
        [few] فيه { $color_count } ألوان، وكلها تحصّلونها في السلة.
       *[other] فيه { $color_count } لون، وكلها تحصّلونها في السلة.
    }
    .screen = { $color_count ->
        [two] لونين تختارون منهم
        [few] { $color_count } ألوان تختارون منها
       *[other] { $color_count } لون تختارون منها
    }
    .requires = many_colors
benefit-colors-5 = { $color_count ->
        [two] اختاروا لونكم من لونين، وشوفوهم في السلة.
        [few] اختاروا لونكم من { $color_count } ألوان، وشوفوها في السلة.
       *[other] اختاروا لونكم من { $color_count } لون، وشوفوها في السلة.
    }
    .screen = { $color_count ->
        [two] لونين في السلة
        [few] { $color_count } ألوان في السلة
       *[other] { $color_count } لون في السلة
    }
    .requires = many_colors

benefit-sizes-1 = المقاسات المتوفرة: { $sizes }.
    .screen = المقاسات: { $sizes }
benefit-sizes-2 = قبل ما تطلبون، شيّكوا على المقاس: { $sizes }.
    .screen = شيّكوا على المقاس
benefit-sizes-3 = اختاروا المقاس اللي يناسبكم: { $sizes }.
    .screen = المقاسات: { $sizes }
# "مقاسكم" (your size) is a size one wears: clothes only. The lines above fit a scratcher in S or L too.
benefit-sizes-4 = شو مقاسكم؟ المتوفر: { $sizes }.
    .screen = شو مقاسكم؟ { $sizes }
    .requires = group:apparel !attr:age_range

# Fallback when a product has no fact to state: true of anything (food, toys, gadgets), no claim. The creator
# holds the product and speaks for themself; no pronoun refers back to it ("اختيار" / "التفاصيل" carry it),
# and no line sends the viewer elsewhere ("المواصفات في صفحة المنتج" is a cop-out, not a benefit).
benefit-generic-1 = خلّوني أقرّب لكم الكاميرا، وشوفوا التفاصيل.
    .screen = شوفوا التفاصيل
benefit-generic-2 = بصراحة، اختيار دخل قلبي من أول نظرة.
    .screen = من أول نظرة
benefit-generic-3 = أنا شخصيًا حبّيت هالاختيار وايد.
    .screen = اختياري الشخصي

# Lines that assert a claim class carry the fact that supports it in `requires`.
benefit-apparel-1 = خلّوني أوريكم القطعة من كل الجهات.
    .screen = من كل الجهات
benefit-apparel-2 = قطعة تنسّقونها مع اللي في خزانتكم على ذوقكم.
    .screen = نسّقوا الإطلالة على ذوقكم
    .requires = !attr:age_range
benefit-apparel-3 = إطلالة أنيقة ومريحة طول اليوم.
    .screen = أناقة وراحة
    .requires = feature:breathable
benefit-apparel-4 = إطلالة أنيقة ومريحة حتى مع كثرة الحركة.
    .screen = حرية في الحركة
    .requires = feature:stretch
benefit-beauty-1 = خطوة بسيطة تضيفونها لروتينكم اليومي.
    .screen = خطوة جديدة لروتينكم
    .requires = !type:electric_toothbrush !type:hair_extensions
benefit-beauty-2 = خلّوني أوريكم الشكل والتفاصيل عن قرب.
    .screen = الشكل عن قرب
benefit-beauty-3 = القوام خفيف على البشرة.
    .screen = قوام خفيف على البشرة
    .requires = feature:lightweight_texture
benefit-home-1 = قطعة تلقون لها مكان في ركن تحبونه في البيت.
    .screen = لركن تحبونه في البيت
benefit-home-2 = إضافة حلوة لبيتكم، وين بتحطونها؟
    .screen = إضافة حلوة لبيتكم
benefit-home-3 = تفصيلة صغيرة، بس تغيّر جو المكان كله.
    .screen = تفصيلة صغيرة تغيّر الجو
    .requires = feature:dimmable
benefit-home-4 = الرائحة تغيّر جو المكان من أول ما تنتشر.
    .screen = رائحة تغيّر الجو
    .requires = attr:scent
# Pets and baby gear (a cat toy, a scratcher, a bowl; a stroller, a bottle, a bodysuit): no claim of safety,
# comfort or durability, nothing that fits one item of the group only (no "playtime" for a bowl).
benefit-pets-1 = حيواناتكم الأليفة تستاهل الدلع، شوفوا التفاصيل معي.
    .screen = حيواناتكم تستاهل الدلع
benefit-pets-2 = لمحبّي الحيوانات الأليفة، خلّوني أوريكم التفاصيل عن قرب.
    .screen = لمحبّي الحيوانات الأليفة
benefit-baby-1 = لكل أم وأب، خلّوني أوريكم التفاصيل عن قرب.
    .screen = لكل أم وأب
benefit-baby-2 = فكرة حلوة لأغراض البيبي، أو هدية لمولود جديد.
    .screen = للبيبي أو هدية مولود
    .requires = giftable
benefit-electronics-1 = شوفوا التصميم والتفاصيل معي عن قرب.
    .screen = التصميم عن قرب
benefit-electronics-2 = اختيار عملي لاستخدامكم اليومي.
    .screen = لاستخدامكم اليومي
benefit-electronics-3 = التشغيل سهل ومن غير أي تعقيد.
    .screen = وصّل وشغّل
    .requires = feature:plug_and_play
benefit-electronics-4 = سهولة في الحمل والاستخدام، وين ما كنتم.
    .screen = معكم وين ما رحتوا
    .requires = feature:portable
benefit-gifts-1 = أخيرًا، هدية لها فائدة فعلًا.
    .screen = هدية لها فائدة فعلًا
benefit-gifts-2 = فكرة هدية حلوة للعيد والمناسبات والزيارات.
    .screen = فكرة هدية للمناسبات
benefit-accessories-1 = هذي اللمسة اللي تكمّل إطلالتكم.
    .screen = اللمسة الأخيرة لإطلالتكم
benefit-accessories-2 = أحيانًا التفاصيل الصغيرة هي اللي تصنع الفرق.
    .screen = التفاصيل تصنع الفرق
benefit-jewelry-1 = تفصيلة صغيرة تكمّل إطلالتكم في المناسبات.
    .screen = تفصيلة تكمّل إطلالتكم
benefit-jewelry-2 = اختيار لكم، أو هدية لحد غالي عليكم.
    .screen = لكم أو هدية
benefit-toys-1 = فكرة حلوة لوقت اللعب مع العائلة.
    .screen = وقت لعب مع العائلة
benefit-toys-2 = لا تنسون تشوفون العمر المناسب قبل الطلب.
    .screen = شوفوا العمر المناسب
benefit-food-1 = فكرة حلوة لجلسات الأهل والضيوف.
    .screen = لجلسات الأهل والضيوف
    .requires = !type:supplement
benefit-food-2 = خلّوني أوريكم العبوة من قريب.
    .screen = العبوة من قريب
benefit-sports-1 = اختيار يرافق روتين تمارينكم.
    .screen = لروتين تمارينكم
benefit-sports-2 = جهّزوا جدول تمارينكم وابدأوا.
    .screen = جاهزين للتمرين؟

# "سعره / سعرها" refers back to the type word the intro said: only for a typed product (.requires = typed); an
# untyped one, named by its group ("مستلزمات منزلية") or not introduced at all, would get a pronoun with nothing to
# point at. Offers are neutral (no بس / فقط): the same line serves a 5-dirham plant and a 788-dirham dress; "only"
# belongs to the discount lines. A price does not end a sentence ("‏149 د.إ." would read as the abbreviation's
# dot): "حاليًا", "في السلة" or a clause follows it.
offer-1 = والسعر { $price } حاليًا.
    .screen = السعر: { $price }
offer-2 = السعر الحين { $price }، خلّوه في بالكم.
    .screen = السعر الحين { $price }
offer-3 = بالنسبة للسعر، { $price } حاليًا.
    .screen = بسعر { $price }
offer-4 = { $gender ->
        [m] وسعره الحين { $price } في السلة.
        [f] وسعرها الحين { $price } في السلة.
       *[other] والسعر الحين { $price } في السلة.
    }
    .screen = بسعر { $price }
    .requires = typed
offer-5 = وكم السعر؟ { $price } الحين.
    .screen = السعر { $price }
offer-6 = تسألون بكم؟ السعر { $price } في السلة.
    .screen = السعر الحين { $price }
offer-7 = وعن السعر، { $price } في السلة الحين.
    .screen = السعر: { $price }
offer-8 = السعر { $price }، وشوفوا إذا يناسبكم.
    .screen = بسعر { $price }
offer-9 = طيب، بكم السعر؟ { $price } في السلة الحين.
    .screen = بكم السعر؟ { $price }
offer-10 = والسعر؟ { $price } حاليًا، وأنتوا احكموا.
    .screen = السعر: { $price }

offer-discount-1 = السعر نزل من { $old_price } إلى { $price } بس.
    .screen = { $price } بدل { $old_price }
offer-discount-2 = بدل { $old_price }، صار السعر الحين { $price } بس.
    .screen = الحين بسعر { $price }
offer-discount-3 = مع خصم { $discount }، نزل السعر من { $old_price } وصار { $price } بس.
    .screen = خصم { $discount }: { $price }
offer-discount-4 = { $gender ->
        [m] كان سعره { $old_price }، والحين { $price } بس.
        [f] كان سعرها { $old_price }، والحين { $price } بس.
       *[other] كان السعر { $old_price }، والحين { $price } بس.
    }
    .screen = الحين { $price } بدل { $old_price }
    .requires = typed
offer-discount-5 = والحين السعر { $price } بدل { $old_price }، والعرض يستاهل.
    .screen = { $price } بدل { $old_price }

cta-1 = اضغطوا على السلة واطلبوا من هناك.
    .screen = اطلبوا من السلة
cta-2 = الرابط موجود في السلة تحت.
    .screen = الرابط في السلة
cta-3 = الطلب من السلة اللي تحت الفيديو.
    .screen = الطلب من السلة تحت
cta-4 = كل التفاصيل تحصّلونها في السلة تحت.
    .screen = التفاصيل كاملة في السلة
cta-5 = حابين تطلبون؟ اضغطوا على السلة.
    .screen = اضغطوا على السلة
cta-6 = شيّكوا على السلة، والطلب من هناك.
    .screen = شيّكوا على السلة
cta-7 = احفظوا الفيديو عشان ترجعون له، والرابط في السلة.
    .screen = احفظوا الفيديو
cta-8 = لا يفوتكم، اطلبوا من السلة تحت.
    .screen = لا يفوتكم!
cta-9 = شاركوا الفيديو مع اللي يهمه الموضوع.
    .screen = شاركوا الفيديو
cta-10 = عجبكم؟ الطلب من السلة اللي تحت.
    .screen = عجبكم؟ السلة تحت
cta-11 = شو رأيكم؟ اكتبوا لي في التعليقات.
    .screen = شو رأيكم؟
cta-12 = تابعوني عشان يوصلكم كل جديد.
    .screen = تابعوني للمزيد
cta-13 = السلة تحت الفيديو، اطلبوا منها على طول.
    .screen = السلة تحت الفيديو
cta-14 = ولا تنسون تشيّكون على السلة تحت.
    .screen = لا تنسون السلة

# Caption lines: {hook_line} is the chosen hook's on-screen text. The emoji split the caption into phrases
# (hook, price, name, call to action), and the 50-character ad text cut from it keeps the phrase with the
# price and drops the others, so the price phrase names the product itself: "{category} بسعر {price}" (the
# type word, short enough to fit; "بسعر" takes no agreement), never a pronoun ("سعرها") whose noun was cut.
# The full name is said once, in its own phrase with the brand, and only where it can differ from the type
# word (`typed`; caption-1 says a name that starts with the type word in the price phrase instead).
# The type word is said only where it is the product's own (`typed`): never the generic "منتج" or a group
# word ("مستحضرات تجميل") as if it were the product. A product without one gets a caption with its name
# (a seller's title or brand), or, when it has no name either, one that needs neither.
# A name that starts with the type word ($named = type: "حوض زرع"، "مخدش قطط خشب") is not said after the type
# word again ("حوض زرع بسعر … ✨ حوض زرع من …"): the name carries the price phrase and the brand stands alone.
caption-1 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } ✨ من ماركة { $brand }، والتفاصيل كاملة في السلة 🛒
       *[title] { $hook_line } 👀 { $category } بسعر { $price } ✨ { $name }، ماركة { $brand } 🛒 الرابط في السلة
    }
    .requires = brand typed !discount !feature:unstitched
caption-13 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } ✨ ماركة { $brand } 🛒 التفاصيل والطلب من السلة
       *[title] { $hook_line } 👀 { $category } من { $brand } بسعر { $price } 🛒 التفاصيل والطلب من السلة
    }
    .requires = brand typed !discount !feature:unstitched
# A name that starts with the type word can already stand in the hook ("تدوّرون على زيت جوز الهند؟"): not again.
caption-2 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } 🛒 اطلبوا من السلة
       *[title] { $hook_line } 👀 جبت لكم { $name } بسعر { $price } 🛒 اطلبوا من السلة
    }
    .requires = !discount
caption-3 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } 👇 شو رأيكم؟ كل التفاصيل في السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } 👇 شو رأيكم؟ كل التفاصيل في السلة
    }
    .requires = typed !discount !feature:unstitched
caption-5 = { $hook_line } 👀 { $name } بسعر { $price } 🛒 اطلبوا من السلة
    .requires = !discount
caption-10 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } 🤍 التفاصيل والطلب من السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } 🤍 التفاصيل والطلب من السلة
    }
    .requires = typed !discount !feature:unstitched
caption-11 = { $hook_line } 👀 { $name } بسعر { $price } 👇 لا يفوتكم، الطلب من السلة
    .requires = !discount
caption-12 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } ✨ اختيار يستاهل 🛒 الطلب من السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } ✨ اختيار يستاهل 🛒 الطلب من السلة
    }
    .requires = typed !discount !feature:unstitched
caption-6 = { $hook_line } 👀 السعر { $price } 👇 وكل التفاصيل في السلة
    .requires = !discount
# With a reduction the caption says it, as the voice does: the name (or the type word) with both prices in the
# price phrase, the percentage or the brand after it.
caption-4 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } بدل { $old_price } 🛒 الرابط في السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } بدل { $old_price } ✨ { $name } 🛒 الرابط في السلة
    }
    .requires = discount typed !feature:unstitched
caption-14 = { $hook_line } 👀 { $name } بسعر { $price } بدل { $old_price } 🔥 لا يفوتكم العرض، الطلب من السلة 🛒
    .requires = discount
caption-15 = { $hook_line } 👀 { $name } بسعر { $price } بدل { $old_price } ✨ ماركة { $brand } 🛒 التفاصيل والطلب من السلة
    .requires = discount brand
caption-7 = { $hook_line } 👀 السعر صار { $price } بدل { $old_price } 🛒 الرابط في السلة
    .requires = discount
# Variants at different prices (.requires = from): the price is a starting price.
caption-8 = { $hook_line } 👀 { $category } ابتداءً من { $price } 👇 اختاروا اللي يناسبكم من السلة
    .requires = from typed !feature:unstitched
caption-9 = { $hook_line } 👀 الأسعار ابتداءً من { $price } حسب الخيار 🛒 التفاصيل كاملة في السلة
    .requires = from

# The UAE audience is bilingual: Arabic and English tags side by side. The first ones are used most (festival,
# type and brand tags come first and the list stops at five).
hashtags = #الإمارات #DubaiShopping #دبي #UAE #Dubai
label-sale = تخفيضات
label-new = جديد
label-price_from = ابتداءً من { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = العرض على خيارات مختارة فقط.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = السعر يبدأ من { $price } حسب الخيار.
    .screen = ابتداءً من { $price }
offer-from-2 = الأسعار تبدأ من { $price }، واختاروا اللي يناسبكم.
    .screen = من { $price }

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Saudi Arabia: MSA with a light Gulf tone (الحين، وش، خلّوني، جبت لكم), audience addressed in the
## plural (polite, gender-inclusive: شوفوا، اطلبوا، لكم).
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
## الأفضل، الكل يسأل، ترند، خفيف الوزن، health or eco claims. Lines that assert a claim class carry the
## fact that supports it in `.requires`.

# Hooks: curiosity, a relatable moment or a direct question. Group hooks (.requires = group:…) speak to
# the situation the category solves; none of them names or describes the product.
# {hook_fact} is a facts.toml screen line: a noun phrase ("وزن خفيف"، "منفذ USB-C") or a clause
# ("ساعات التشغيل توصل إلى 40"); a frame puts it after a colon or answers a question with it, so
# either reads right. No dash (—): Arabic copy does not use it. "تدوّرون على { $category }" needs the
# product's own word (typed), never the generic "منتج" or a group word.
# Most hooks carry the product: its type word (typed) or its strongest fact (pitch), or its discount. The
# bare evergreen openers are few: two for any product, the rest only for a product ctk cannot type (!typed).
# A discounted product opens with its discount or a fact (!discount on the plain openers). No line says the
# creator bought the product ("طلبيتي"، "مشترياتي"): "وصلني" is neutral.
hook-1 = لحظة! لا تسحبون، شوفوا أول.
    .screen = لحظة! لا تسحبون
# more openers for any product, so a catalog does not open every other video with hook-1
hook-50 = استنوا شوي، لا تقلبون الفيديو.
    .screen = استنوا! لا تقلبون
    .requires = !discount
hook-51 = عطوني ثواني، ما راح تندمون.
    .screen = عطوني ثواني بس
    .requires = !discount
hook-56 = خلّوكم معي للآخر.
    .screen = خلّوكم معي للآخر
    .requires = !discount
hook-57 = وقفوا هنا، عندي لكم ترشيح.
    .screen = عندي لكم ترشيح
    .requires = !discount
hook-58 = تعالوا أوريكم اختياري اليوم.
    .screen = اختياري اليوم
    .requires = !discount
hook-52 = { $gender ->
        [f] وصلتني { $category }، شوفوا معي التفاصيل.
       *[other] وصلني { $category }، شوفوا معي التفاصيل.
    }
    .screen = شوفوا التفاصيل معي
    .requires = typed !discount
# The caption repeats the type word after the hook's screen line ("… 👀 زيت جوز الهند بسعر …"): the
# screen of a hook that says the type word says something else.
hook-2 = تدوّرون على { $category }؟ لقيت لكم اللي تبونه.
    .screen = لقيت لكم اللي تدوّرونه
    .requires = typed !discount
hook-3 = خلّوني أوريكم شي لقيته.
    .screen = شوفوا وش لقيت لكم
    .requires = !typed !discount
hook-4 = عندي شي جديد اليوم، نفتحه مع بعض؟
    .screen = نفتحه مع بعض؟
    .requires = !typed !discount
hook-35 = قبل تطلبون { $category }، شوفوا الفيديو.
    .screen = قبل تطلبون، شوفوا الفيديو
    .requires = typed !discount
hook-36 = عندي لكم { $category } وبعطيكم رأيي بصراحة.
    .screen = رأيي بصراحة
    .requires = typed !discount
# the unboxing hook does not use the intro's verb (وصلني / جبت لكم)
hook-37 = اليوم نفتح { $category } مع بعض، جاهزين؟
    .screen = نفتح الطلبية مع بعض؟
    .requires = typed !discount
hook-38 = شوفوا وش عندي لكم اليوم.
    .screen = وش عندي اليوم؟
    .requires = !typed !discount
hook-39 = { $gender ->
        [f] عندي لكم { $category }، وتستاهل نظرة.
       *[other] عندي لكم { $category }، ويستاهل نظرة.
    }
    .screen = تعالوا نشوف من قريب
    .requires = typed !discount
hook-40 = تبون { $category }؟ خذوا فكرة أول.
    .screen = خذوا فكرة قبل الطلب
    .requires = typed !discount
hook-41 = { $category }؟ عندي لكم ترشيح حلو.
    .screen = ترشيحي لكم اليوم
    .requires = typed !discount
hook-42 = هذا اللي كنت أبيه من زمان!
    .screen = كنت أبيه من زمان!
    .requires = !discount
# The type word may be definite ("زيت جوز الهند") or not ("سيروم"): no relative clause hangs on it
# (an indefinite one takes none, a definite one needs "اللي"); the verb comes first or a clause is joined by "و".
hook-44 = { $gender ->
        [f] لفتت انتباهي { $category }، لازم أوريكم.
       *[other] لفت انتباهي { $category }، لازم أوريكم.
    }
    .screen = لازم أوريكم!
    .requires = typed !discount
hook-45 = انتبهوا، لا يفوتكم هالفيديو.
    .screen = لا يفوتكم هالفيديو!
    .requires = !typed !discount
hook-46 = جبت لكم { $category }، شوفوا التفاصيل.
    .screen = جبت لكم شي جديد
    .requires = typed !discount
hook-43 = ناوين تشترون { $category }؟ شوفوا أول.
    .screen = ناوين تشترون؟ شوفوا أول
    .requires = typed !discount
hook-5 = ثواني بس، عندي لكم شي حلو.
    .screen = عندي لكم شي حلو
    .requires = !typed !discount
hook-24 = أخيرًا لقيت اللي أدوّر عليه!
    .screen = لقيت اللي أدوّر عليه!
    .requires = !typed !discount
hook-6 = خصم { $discount } الحين! شوفوا.
    .screen = خصم { $discount } الحين!
    .requires = discount
hook-26 = لحّقوا! الخصم وصل { $discount }.
    .screen = الخصم وصل { $discount }!
    .requires = discount
hook-27 = عرض ما يتفوّت: خصم { $discount }.
    .screen = عرض ما يتفوّت: خصم { $discount }
    .requires = discount
hook-47 = { $category } بخصم { $discount }! شوفوا.
    .screen = بخصم { $discount }!
    .requires = discount typed
hook-48 = تخفيض { $discount } الحين، لحّقوا!
    .screen = تخفيض { $discount } الحين
    .requires = discount
# A fact hook states the fact plainly ("من الآخر" = the bottom line): it is for facts worth stopping the
# scroll for (battery life, capacity, a port); the benefits do not say it again, so the frame is a statement,
# a reaction or a question it answers, never a promise to explain ("معلومة تهمكم"، "خلّوني أشرح"). The fact may
# be one you cannot see (بدون نيكل، فيقن، مناسب للبشرة الحساسة): no "شوفوا" / "بتلاحظون" frame.
# "the important thing first" suits a spec or a function, not a formula screen (vegan, moisturizing):
# no beauty product
hook-7 = نبدأ بالمهم: { $hook_fact }.
    .screen = نبدأ بالمهم: { $hook_fact }
    .requires = pitch !feature:vegan !group:beauty
# "what I liked first" is not answered by a bare rating ("قدرة 120 واط")
hook-8 = وش أول شي عجبني؟ { $hook_fact }!
    .screen = { $hook_fact }!
    .requires = pitch !attr:power !attr:battery_capacity
hook-9 = من الآخر: { $hook_fact }.
    .screen = من الآخر: { $hook_fact }
    .requires = pitch
hook-49 = أهم ميزة؟ { $hook_fact }.
    .screen = أهم ميزة: { $hook_fact }
    .requires = pitch
hook-10 = سؤال سريع: وش ناقص بيتكم؟
    .screen = وش ناقص بيتكم؟
    .requires = group:home
# an outfit question: house slippers and socks are not what you go out in; kids' clothes (an age range) are
# not what the viewer wears: they get the parents' hook below
hook-11 = محتارين وش تلبسون اليوم؟
    .screen = وش تلبسون اليوم؟
    .requires = group:apparel !type:slippers !type:socks !attr:age_range
hook-53 = تدوّرون لبس حلو للعيال؟
    .screen = لبس حلو للعيال؟
    .requires = group:apparel attr:age_range
hook-12 = محتارين في الهدية؟ عندي فكرة.
    .screen = محتارين في الهدية؟
    .requires = group:gifts
hook-13 = تدوّرون هدية لأحد غالي؟
    .screen = هدية لأحد غالي؟
    .requires = group:jewelry
hook-14 = إطلالتكم ناقصها لمسة؟
    .screen = إطلالتكم ناقصها لمسة؟
    .requires = group:accessories
# a perfume is no step of a skincare routine
hook-15 = روتينكم ناقصه خطوة؟
    .screen = روتينكم ناقصه خطوة؟
    .requires = group:beauty !type:perfume !type:hair_extensions
hook-16 = لمحبّي التقنية، تعالوا شوفوا.
    .screen = لمحبّي التقنية
    .requires = group:electronics
# a supplement is no food to serve guests
hook-17 = وش نقدّم للضيوف اليوم؟
    .screen = وش نقدّم للضيوف؟
    .requires = group:food !type:supplement
hook-18 = عيالكم وش يلعبون اليوم؟
    .screen = عيالكم وش يلعبون؟
    .requires = group:toys
# Sports covers bike lights, helmets and tents as well as gym gear: no workout-only framing.
hook-19 = لمحبّي الرياضة والطلعات، شوفوا.
    .screen = لمحبّي الرياضة والطلعات
    .requires = group:sports
hook-20 = تفكرون تجدّدون أغراض بيتكم؟
    .screen = تجديد لأغراض البيت؟
    .requires = group:home
hook-21 = تحبون التفاصيل الحلوة في البيت؟
    .screen = لمحبّي تفاصيل البيت
    .requires = group:home
# Pets and baby gear have groups of their own; the hook speaks to the pet owner or the parent. A cat's
# things speak to the cat owner ("حيوان أليف" on a cat toy reads vague), a dog's to the dog owner; the
# general pet hook is gated by the types that serve any pet (a bowl, a bed, a house), since .requires
# cannot exclude cats from group:pets.
hook-22 = عندكم قطط في البيت؟ شوفوا.
    .screen = عندكم قطط؟
    .requires = type:cat_toy
hook-28 = عندكم قطط في البيت؟ شوفوا.
    .screen = عندكم قطط؟
    .requires = type:cat_scratcher
hook-29 = لمحبّي القطط، تعالوا شوفوا.
    .screen = لمحبّي القطط
    .requires = type:cat_toy
hook-30 = لمحبّي القطط، تعالوا شوفوا.
    .screen = لمحبّي القطط
    .requires = type:cat_scratcher
hook-23 = عندكم حيوان أليف في البيت؟
    .screen = عندكم حيوان أليف؟
    .requires = type:pet_bowl
hook-31 = عندكم حيوان أليف في البيت؟
    .screen = عندكم حيوان أليف؟
    .requires = type:pet_bed
hook-32 = عندكم حيوان أليف في البيت؟
    .screen = عندكم حيوان أليف؟
    .requires = type:pet_house
hook-33 = لأصحاب الكلاب، تعالوا شوفوا.
    .screen = لأصحاب الكلاب
    .requires = type:dog_collar
hook-34 = لأصحاب الكلاب، تعالوا شوفوا.
    .screen = لأصحاب الكلاب
    .requires = type:dog_leash
hook-25 = تجهّزون أغراض البيبي؟
    .screen = تجهّزون أغراض البيبي؟
    .requires = group:baby

# Intros name the product; [m]/[f] point at it (هذا/هذي) and refer back to it (إياه/إياها، نشوفه/نشوفها).
# A product with a brand is introduced with it ("عطر ماركة Lattafa" sells, a bare "عطر" does not): the lines
# without { $brand } are for products without one (!brand). The brand never follows the name with "من": a
# name may end in "من قطن" ("هودي من فليس من VELOUR" says من twice); "ماركة { $brand }" or "من { $brand }:" first.
intro-1 = { $gender ->
        [m] هذا { $name } ماركة { $brand }، خلّوني أعرّفكم عليه.
        [f] هذي { $name } ماركة { $brand }، خلّوني أعرّفكم عليها.
       *[other] أعرّفكم على { $name } من { $brand }.
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
        [m] جبت لكم { $name }، تعالوا نشوف تفاصيله.
        [f] جبت لكم { $name }، تعالوا نشوف تفاصيلها.
       *[other] جبت لكم اليوم: { $name }.
    }
    .screen = { $name }
    .requires = !brand
intro-4 = { $gender ->
        [m] اللي قدامكم { $name }، خلّونا نشوفه مع بعض.
        [f] اللي قدامكم { $name }، خلّونا نشوفها مع بعض.
       *[other] اللي قدامكم: { $name }.
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
        [m] اليوم عندي لكم { $name }، تعالوا نشوفه.
        [f] اليوم عندي لكم { $name }، تعالوا نشوفها.
       *[other] اليوم عندي لكم: { $name }، تعالوا نشوف.
    }
    .screen = { $name }
    .requires = !brand
intro-7 = { $gender ->
        [m] هذا { $name }، شوفوه معي من قريب.
        [f] هذي { $name }، شوفوها معي من قريب.
       *[other] شوفوا معي من قريب: { $name }.
    }
    .screen = { $name }
    .requires = !brand

intro-8 = { $gender ->
        [m] معكم اليوم من { $brand }: { $name }، تعالوا نتعرّف عليه.
        [f] معكم اليوم من { $brand }: { $name }، تعالوا نتعرّف عليها.
       *[other] معكم اليوم من { $brand }: { $name }.
    }
    .screen = { $name } · { $brand }
    .requires = brand
intro-9 = { $gender ->
        [m] جبت لكم { $name } ماركة { $brand }، تعالوا نشوف تفاصيله.
        [f] جبت لكم { $name } ماركة { $brand }، تعالوا نشوف تفاصيلها.
       *[other] جبت لكم من { $brand }: { $name }.
    }
    .screen = { $name } · { $brand }
    .requires = brand
intro-10 = { $gender ->
        [m] وصلني من { $brand }: { $name }، وخلّوني أوريكم إياه.
        [f] وصلتني من { $brand }: { $name }، وخلّوني أوريكم إياها.
       *[other] وصلني اليوم من { $brand }: { $name }.
    }
    .screen = { $name } · { $brand }
    .requires = brand
intro-11 = { $gender ->
        [m] اللي قدامكم { $name } ماركة { $brand }، خلّونا نشوفه مع بعض.
        [f] اللي قدامكم { $name } ماركة { $brand }، خلّونا نشوفها مع بعض.
       *[other] اللي قدامكم من { $brand }: { $name }.
    }
    .screen = { $name } · { $brand }
    .requires = brand
intro-12 = { $gender ->
        [m] من { $brand } عندي لكم { $name }، شوفوه معي.
        [f] من { $brand } عندي لكم { $name }، شوفوها معي.
       *[other] من { $brand } عندي لكم: { $name }.
    }
    .screen = { $name } · { $brand }
    .requires = brand
intro-13 = { $gender ->
        [m] خلّوني أوريكم { $name } ماركة { $brand }.
        [f] خلّوني أوريكم { $name } ماركة { $brand }.
       *[other] خلّوني أوريكم من { $brand }: { $name }.
    }
    .screen = { $name } · { $brand }
    .requires = brand
intro-14 = { $gender ->
        [m] هذا { $name } ماركة { $brand }، وعندي لكم تفاصيله.
        [f] هذي { $name } ماركة { $brand }، وعندي لكم تفاصيلها.
       *[other] من ماركة { $brand }: { $name }، وعندي لكم التفاصيل.
    }
    .screen = { $name } · { $brand }
    .requires = brand

benefit-material-1 = بالنسبة للخامة: { $material }.
    .screen = الخامة: { $material }
benefit-material-2 = قرّبت لكم الكاميرا عشان تشوفون الخامة: { $material }.
    .screen = الخامة المستخدمة: { $material }
benefit-material-3 = { $gender ->
        [m] مصنوع من { $material }.
        [f] مصنوعة من { $material }.
       *[other] الخامة { $material }.
    }
    .screen = الخامة: { $material }

# Colours: the count is said with its Arabic plural form (dual, 3–10 plural, 11+ singular).
benefit-colors-1 = { $color_count ->
        [one] اللون المتوفر: { $colors }.
        [two] فيه لونين: { $colors }، أي لون تختارون؟
        [few] فيه { $color_count } ألوان: { $colors }، أي لون تختارون؟
        [many] فيه { $color_count } لون، وكلها تلقونها في السلة.
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
benefit-colors-3 = فيه أكثر من لون: { $colors }.
    .screen = فيه أكثر من لون
# More than five colours: the count is said, the colours are not read out (they are in the cart).
# [few] 3–10 takes the plural ("8 ألوان"), [many] 11–99 and 100+ the singular ("12 لون"); [two] is
# never chosen here (more than five) but keeps the dual right if the threshold moves.
benefit-colors-4 = { $color_count ->
        [two] فيه لونين، وكلها تلقونها في السلة.
        [few] فيه { $color_count } ألوان، وكلها تلقونها في السلة.
       *[other] فيه { $color_count } لون، وكلها تلقونها في السلة.
    }
    .screen = { $color_count ->
        [two] لونين تختارون منهم
        [few] { $color_count } ألوان تختارون منها
       *[other] { $color_count } لون تختارون منها
    }
    .requires = many_colors
benefit-colors-5 = { $color_count ->
        [two] اختاروا لونكم من لونين، وشوفوها في السلة.
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
benefit-sizes-2 = قبل الطلب شيّكوا على المقاس: { $sizes }.
    .screen = شيّكوا على المقاس
    .requires = !attr:age_range
# "مقاسكم" is the size one wears: clothing only; the two lines above fit any product (a scratcher in S or L).
benefit-sizes-3 = اختاروا المقاس اللي يناسبكم، والمتوفر { $sizes }.
    .screen = المقاسات: { $sizes }
    .requires = group:apparel !attr:age_range

# Fallback when a product has no fact to state: true of anything (food, toys, gadgets), no claim. The creator
# holds the product and speaks for themself; no pronoun refers back to it ("اختيار" / "التفاصيل" carry it),
# and no line sends the viewer elsewhere ("المواصفات في صفحة المنتج" is a cop-out, not a benefit).
benefit-generic-1 = خلّوني أقرّب لكم الكاميرا، وشوفوا التفاصيل.
    .screen = شوفوا التفاصيل
benefit-generic-2 = بصراحة، اختيار دخل قلبي من أول نظرة.
    .screen = من أول نظرة
benefit-generic-3 = أنا شخصيًا حبّيت هالاختيار كثير.
    .screen = اختياري الشخصي

# Lines that assert a claim class carry the fact that supports it in `requires`.
benefit-apparel-1 = خلّوني أوريكم التفاصيل من كل الجهات.
    .screen = من كل الجهات
benefit-apparel-2 = قطعة تنسّقونها مع اللي في دولابكم على ذوقكم.
    .screen = نسّقوا الإطلالة على ذوقكم
benefit-apparel-3 = إطلالة أنيقة ومريحة طول اليوم.
    .screen = أناقة وراحة
    .requires = feature:breathable
benefit-apparel-4 = إطلالة أنيقة ومريحة حتى مع كثرة الحركة.
    .screen = حرية في الحركة
    .requires = feature:stretch
benefit-beauty-1 = خطوة بسيطة تضيفونها لروتينكم اليومي.
    .screen = خطوة جديدة لروتينكم
    .requires = !type:hair_extensions !type:electric_toothbrush
benefit-beauty-2 = خلّوني أوريكم الشكل والتفاصيل عن قرب.
    .screen = الشكل عن قرب
benefit-beauty-3 = القوام خفيف على البشرة.
    .screen = قوام خفيف على البشرة
    .requires = feature:lightweight_texture
benefit-home-1 = من أغراض البيت اللي أحب يكون لها مكان عندي.
    .screen = من أغراض البيت اللي أحبها
benefit-home-2 = بصراحة، إضافة حلوة لأي بيت.
    .screen = إضافة حلوة لبيتكم
benefit-home-3 = تفصيلة صغيرة، بس تغيّر جو المكان كله.
    .screen = تفصيلة صغيرة تغيّر الجو
    .requires = feature:dimmable
benefit-home-4 = الرائحة تغيّر جو المكان من أول ما تنتشر.
    .screen = رائحة تغيّر الجو
    .requires = attr:scent
benefit-electronics-1 = التصميم والتفاصيل من قريب، شوفوا بنفسكم.
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
# No festival named here (the line runs all year: "للعيد" in December): the festivals have their own lines.
benefit-gifts-2 = فكرة هدية حلوة للمناسبات والزيارات.
    .screen = فكرة هدية للمناسبات
benefit-accessories-1 = هذي اللمسة اللي تكمّل إطلالتكم.
    .screen = اللمسة الأخيرة لإطلالتكم
benefit-accessories-2 = أحيانًا التفاصيل الصغيرة هي اللي تصنع الفرق.
    .screen = التفاصيل تصنع الفرق
benefit-jewelry-1 = تفصيلة صغيرة تكمّل إطلالتكم في المناسبات.
    .screen = تفصيلة تكمّل إطلالتكم
benefit-jewelry-2 = اختيار لكم، أو هدية لأحد غالي عليكم.
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
benefit-sports-1 = اختيار يرافقكم في نشاطكم وطلعاتكم.
    .screen = لنشاطكم وطلعاتكم
benefit-sports-2 = خلّوني أوريكم التفاصيل عن قرب قبل الطلب.
    .screen = التفاصيل عن قرب
# Pets and baby gear: no claim (no "آمن"، "متين"، "يحبه"), no pronoun back to the product.
benefit-pets-1 = اختيار لأصحاب الحيوانات الأليفة، وهذي التفاصيل عن قرب.
    .screen = لمحبّي الحيوانات الأليفة
benefit-pets-2 = حيواناتكم الأليفة تستاهل شوية دلع، صح؟
    .screen = دلّعوا حيواناتكم الأليفة
benefit-baby-1 = من أغراض البيبي، خلّوني أوريكم التفاصيل عن قرب.
    .screen = أغراض البيبي عن قرب
benefit-baby-2 = لأغراض البيبي عندكم، أو هدية لمولود جديد.
    .screen = لكم أو هدية مولود

# Offers are neutral (no بس / فقط): the same line serves a 5-riyal plant and a 788-riyal dress; "only"
# belongs to the discount lines. A price never ends a sentence: "‏56 ر.س.‏" already ends with a stop, so "بس" / "فقط" or a clause follows it.
offer-1 = والسعر { $price } حاليًا.
    .screen = السعر: { $price }
offer-2 = وبالنسبة للسعر، تلقونه { $price } في السلة.
    .screen = { $price }
offer-3 = والسعر اليوم { $price } في السلة.
    .screen = بسعر { $price }
offer-4 = { $gender ->
        [m] وسعره الحين { $price } في السلة.
        [f] وسعرها الحين { $price } في السلة.
       *[other] والسعر الحين { $price } في السلة.
    }
    .screen = بسعر { $price }
offer-5 = وكم السعر؟ { $price }، وكل التفاصيل في السلة.
    .screen = السعر { $price }
offer-6 = تسألون بكم؟ السعر { $price } في السلة.
    .screen = بكم؟ { $price }
offer-7 = السعر { $price } في السلة.
    .screen = السعر: { $price }
offer-8 = السعر { $price } بس، وشوفوا إذا يناسبكم.
    .screen = بسعر { $price }
offer-9 = طيب، السعر كم؟ { $price } في السلة.
    .screen = السعر كم؟ { $price }
offer-10 = { $gender ->
        [m] وسعره { $price } بس، والطلب من السلة.
        [f] وسعرها { $price } بس، والطلب من السلة.
       *[other] والسعر { $price } بس، والطلب من السلة.
    }
    .screen = { $price }
offer-11 = كل هذا بسعر { $price }، والرابط في السلة.
    .screen = بسعر { $price }
offer-12 = وعن السعر: { $price } في السلة.
    .screen = { $price }

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

cta-1 = اضغطوا على السلة واطلبوا من هناك.
    .screen = اطلبوا من السلة
cta-2 = الرابط موجود في السلة تحت.
    .screen = الرابط في السلة
cta-3 = الطلب من السلة اللي تحت الفيديو.
    .screen = الطلب من السلة تحت
cta-4 = كل التفاصيل تلقونها في السلة تحت.
    .screen = التفاصيل كاملة في السلة
cta-5 = حابين تطلبون؟ اضغطوا على السلة.
    .screen = اضغطوا على السلة
cta-6 = شيّكوا على السلة، والطلب من هناك.
    .screen = شيّكوا على السلة
cta-7 = احفظوا الفيديو عشان ترجعون له، والطلب من السلة.
    .screen = احفظوا الفيديو
cta-8 = لا يفوتكم، اطلبوا من السلة تحت.
    .screen = لا يفوتكم!
cta-9 = شاركوا الفيديو مع اللي يهمه الموضوع، والطلب من السلة.
    .screen = شاركوا الفيديو
cta-10 = عجبكم؟ الطلب من السلة اللي تحت.
    .screen = عجبكم؟ السلة تحت
cta-11 = اكتبوا لي رأيكم بالتعليقات، والطلب من السلة.
    .screen = وش رأيكم؟
cta-12 = تابعوني عشان تشوفون أكثر، والطلب من السلة.
    .screen = تابعوني للمزيد

# Caption lines: {hook_line} is the chosen hook's on-screen text. The emoji split the caption into phrases
# (hook, price, name, call to action), and the 50-character ad text cut from it keeps the phrase with the
# price and drops the others, so the price phrase names the product itself: "{category} بسعر {price}" (the
# type word, short enough to fit; "بسعر" takes no agreement), never a pronoun ("سعرها") whose noun was cut.
# The brand goes with the type word in the price phrase ("كرسي من Great Outdoor بسعر …"): a phrase of its own
# with the full name repeats the type word where the name is only that word ("كرسي … ✨ كرسي من …").
# The type word is said only where it is the product's own (`typed`): never the generic "منتج" or a group
# word ("مستحضرات تجميل") as if it were the product. A product without one gets a caption with its name
# (a seller's title or brand), or, when it has no name either, one that needs neither.
# A name built from the facts ($named = type) is said whole: "صابون بالفحم النشط", "قماش شلوار قميص للتفصيل"
# (the type word alone drops what the product is); its brand with "ماركة" (a name may end in "من قطن").
caption-1 = { $named ->
        [type] { $hook_line } 👀 { $name } ماركة { $brand } بسعر { $price } 🛒 الرابط في السلة
       *[title] { $hook_line } 👀 { $category } من { $brand } بسعر { $price } 🛒 الرابط في السلة
    }
    .requires = brand typed
caption-2 = { $named ->
        [type] { $hook_line } 👀 جبت لكم { $name } بسعر { $price } 🛒 اطلبوا من السلة
       *[title] { $hook_line } 👀 جبت لكم { $category } بسعر { $price } 🛒 اطلبوا من السلة
    }
    .requires = typed !brand
caption-3 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } 👇 وش رأيكم؟ كل التفاصيل في السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } 👇 وش رأيكم؟ كل التفاصيل في السلة
    }
    .requires = typed !brand
caption-4 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } بدل { $old_price } 🛒 الرابط في السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } بدل { $old_price } 🛒 الرابط في السلة
    }
    .requires = discount typed !brand
caption-15 = { $named ->
        [type] { $hook_line } 👀 { $name } ماركة { $brand } بسعر { $price } بدل { $old_price } 🛒 الرابط في السلة
       *[title] { $hook_line } 👀 { $category } من { $brand } بسعر { $price } بدل { $old_price } 🛒 الرابط في السلة
    }
    .requires = discount typed brand
caption-5 = { $hook_line } 👀 { $name } بسعر { $price } 🛒 اطلبوا من السلة
    .requires = !brand
caption-10 = { $named ->
        [type] { $hook_line } 👀 { $name } بسعر { $price } 🤍 التفاصيل والطلب من السلة
       *[title] { $hook_line } 👀 { $category } بسعر { $price } 🤍 التفاصيل والطلب من السلة
    }
    .requires = typed !brand
caption-13 = { $named ->
        [type] { $hook_line } 👀 { $name } ماركة { $brand } بسعر { $price } 🤍 التفاصيل والطلب من السلة
       *[title] { $hook_line } 👀 { $category } من { $brand } بسعر { $price } 🤍 التفاصيل والطلب من السلة
    }
    .requires = brand typed
caption-14 = { $hook_line } 👀 { $name } من { $brand } بسعر { $price } 🛒 اطلبوا من السلة
    .requires = brand !typed
caption-11 = { $hook_line } 👀 { $name } بسعر { $price } 👇 لا يفوتكم، الطلب من السلة
    .requires = !brand
# the two captions that name nothing are for a product with no type word: a typed one says it (and its brand)
caption-6 = { $hook_line } 👀 السعر { $price } 👇 وكل التفاصيل في السلة
    .requires = !typed
caption-7 = { $hook_line } 👀 السعر الحين { $price } بدل { $old_price } 🛒 الرابط في السلة
    .requires = discount !typed
# Variants at different prices (.requires = from): the price is a starting price.
caption-8 = { $named ->
        [type] { $hook_line } 👀 { $name } ابتداءً من { $price } 👇 اختاروا اللي يناسبكم من السلة
       *[title] { $hook_line } 👀 { $category } ابتداءً من { $price } 👇 اختاروا اللي يناسبكم من السلة
    }
    .requires = from typed
caption-9 = { $hook_line } 👀 الأسعار ابتداءً من { $price } حسب الخيار 🛒 التفاصيل كاملة في السلة
    .requires = from

hashtags = #اكسبلور #السعودية #تسوق_اونلاين
label-sale = تخفيضات
label-new = جديد
label-price_from = ابتداءً من { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = العرض على خيارات مختارة فقط.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = السعر يبدأ من { $price } حسب الخيار.
    .screen = ابتداءً من { $price }
offer-from-2 = الأسعار تبدأ من { $price } بس، واختاروا اللي يناسبكم.
    .screen = من { $price }

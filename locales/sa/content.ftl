# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Saudi Arabia: MSA with a light Gulf tone, audience addressed in the plural (polite,
## gender-inclusive). Placeholders only stand where no gender/number agreement is needed:
## after a colon, after a preposition, or as a label. No pronoun refers back to the product.
## Hook voices stay short: the hook scene lasts 3 s, so at 12 chars/s a voice has at most 32 characters
## (the units and ranges it says in words count too). They never say {name}: the intro says it next.

# Hook voices stay short: the hook scene lasts 3 s, so at 12 chars/s a voice has at most 32 characters
# (the units and ranges it says in words count too). They never say {name}: the intro says it next.
# No "treat yourself", no claim, no pronoun for the product.
hook-1 = شوفوا وش لقيت لكم اليوم.
    .screen = شوفوا وش لقيت لكم
hook-2 = تدوّرون على { $category }؟ شوفوا.
    .screen = تدوّرون على { $category }؟
hook-3 = اختيار اليوم، وأقول لكم ليش.
    .screen = اختياري لكم اليوم
hook-4 = تابعوا الفيديو للأخير!
    .screen = لا يفوتكم هالفيديو!
hook-5 = وش رأيكم باختيار اليوم؟
    .screen = وش رأيكم باختيار اليوم؟
hook-6 = فيه خصم { $discount } الحين!
    .screen = خصم { $discount } الحين!
    .requires = discount
hook-7 = أول شي؟ { $hook_fact }.
    .screen = أول شي — { $hook_fact }
    .requires = pitch
hook-8 = لاحظوا، { $hook_fact }.
    .screen = لاحظوا — { $hook_fact }
    .requires = pitch

intro-1 = أعرّفكم على { $name } من { $brand }.
    .screen = { $name }
    .requires = brand
intro-2 = خلّونا نتكلم اليوم عن { $name }.
    .screen = { $name }
intro-3 = معكم اليوم { $name }، شوفوا معي.
    .screen = { $name }

benefit-material-1 = الخامة { $material }، وشوفوا التفاصيل عن قرب.
    .screen = الخامة: { $material }
benefit-material-2 = الخامة المستخدمة { $material }، والتفاصيل واضحة في الفيديو.
    .screen = الخامة المستخدمة: { $material }
benefit-material-3 = الخامة { $material }، والتفاصيل تبان عن قرب.
    .screen = الخامة: { $material }

# No counted colours: Arabic number-noun agreement changes with the count, so the colours are named.
benefit-colors-1 = اختاروا اللون اللي يناسبكم: { $colors_or }.
    .screen = الألوان: { $colors }
benefit-colors-2 = الألوان المتوفرة: { $colors }، اختاروا اللي يعجبكم.
    .screen = اختاروا لونكم
benefit-colors-3 = فيه أكثر من لون: { $colors }.
    .screen = فيه أكثر من لون

benefit-sizes-1 = المقاسات المتوفرة: { $sizes }.
    .screen = المقاسات: { $sizes }
benefit-sizes-2 = قبل الطلب شيّكوا على المقاس: { $sizes }.
    .screen = شيّكوا على المقاس
benefit-sizes-3 = اختاروا مقاسكم من: { $sizes }.
    .screen = المقاسات: { $sizes }

# Fallback when a product has no fact to state: true of anything (food, toys, gadgets), no claim.
benefit-generic-1 = خلّونا نشوف التفاصيل عن قرب.
    .screen = شوفوا التفاصيل عن قرب
benefit-generic-2 = كل التفاصيل موجودة في السلة.
    .screen = كل التفاصيل في السلة
benefit-generic-3 = قبل الطلب، شيّكوا على التفاصيل في السلة.
    .screen = شيّكوا على التفاصيل

# Lines that assert a claim class carry the fact that supports it in `requires`.
benefit-apparel-1 = إطلالة أنيقة تنسّقونها مع اللي عندكم بسهولة.
    .screen = أناقة بدون تكلّف
benefit-apparel-2 = سواء للدوام أو للطلعات مع الأهل، إطلالتكم جاهزة.
    .screen = للدوام وللطلعات
benefit-apparel-3 = إطلالة أنيقة ومريحة طول اليوم.
    .screen = أناقة وراحة
    .requires = feature:breathable
benefit-apparel-4 = إطلالة أنيقة ومريحة حتى مع كثرة الحركة.
    .screen = حرية في الحركة
    .requires = feature:stretch
benefit-beauty-1 = خطوة بسيطة تضيفونها لروتينكم اليومي.
    .screen = خطوة جديدة لروتينكم
benefit-beauty-2 = خلّوني أوريكم المكونات وطريقة الاستخدام.
    .screen = شوفوا المكونات أول
benefit-beauty-3 = إحساس خفيف على البشرة من أول استخدام.
    .screen = إحساس خفيف على البشرة
    .requires = feature:lightweight_texture
benefit-home-1 = لمسة بسيطة تكمّل تفاصيل بيتكم.
    .screen = لمسة لبيتكم
benefit-home-2 = لمسة تناسب ركنكم المفضّل في البيت.
    .screen = لركنكم المفضّل
benefit-home-3 = تفصيلة صغيرة، بس تغيّر جو المكان كله.
    .screen = تفصيلة صغيرة تغيّر الجو
    .requires = feature:dimmable
benefit-home-4 = الرائحة تغيّر جو المكان من أول ما تنتشر.
    .screen = رائحة تغيّر الجو
    .requires = attr:scent
benefit-electronics-1 = خلّوني أوريكم المميزات وحدة وحدة.
    .screen = خلّوني أوريكم المميزات
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
benefit-jewelry-2 = اختيار لكم، أو هدية لأحد غالي عليكم.
    .screen = لكم أو هدية
benefit-toys-1 = فكرة حلوة لوقت اللعب مع العائلة.
    .screen = وقت لعب مع العائلة
benefit-toys-2 = لا تنسون تشوفون العمر المناسب قبل الطلب.
    .screen = شوفوا العمر المناسب
benefit-food-1 = فكرة حلوة لجلسات الأهل والضيوف.
    .screen = لجلسات الأهل والضيوف
benefit-food-2 = شوفوا المحتوى والنكهات المتوفرة في الرابط.
    .screen = شوفوا المحتوى والنكهات
benefit-sports-1 = اختيار يرافق روتين تمارينكم.
    .screen = لروتين تمارينكم
benefit-sports-2 = جهّزوا جدول تمارينكم وابدأوا.
    .screen = جاهزين للتمرين؟

offer-1 = والسعر { $price } بس.
    .screen = السعر: { $price } فقط
offer-2 = كل هذا بسعر { $price }.
    .screen = { $price }
offer-3 = السعر { $price } وبس.
    .screen = بسعر { $price }

offer-discount-1 = السعر الحين { $price } بدل { $old_price }.
    .screen = { $price } بدل { $old_price }
offer-discount-2 = بدل { $old_price }، صار السعر الحين { $price }.
    .screen = الحين بسعر { $price }
offer-discount-3 = مع خصم { $discount } صار السعر { $price } بدل { $old_price }.
    .screen = خصم { $discount }: { $price }

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
cta-7 = ما لحقتوا تطلبون؟ احفظوا الفيديو.
    .screen = احفظوا الفيديو

# Caption lines: {hook_line} is the chosen hook's on-screen text.
caption-1 = { $hook_line } { $name } من { $brand } بسعر { $price }، والرابط في السلة 🛒
    .requires = brand
caption-2 = { $hook_line } { $name } بسعر { $price } بس ✨ اطلبوا من السلة 🛒
caption-3 = { $hook_line } { $name } بسعر { $price }، وكل التفاصيل في السلة 👇

hashtags = #اكسبلور #السعودية #تسوق_اونلاين #explore
label-sale = تخفيضات
label-new = جديد
label-price_from = ابتداءً من { $price }

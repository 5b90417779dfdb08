# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Written for UK TikTok, not adapted from the us file.
## {category} may be plural ("trainers", "earbuds"): no "this/a" before it.
## {material} may be an adjective ("gold-plated"): it follows "is"/a colon, never "made from".
## {name} may be a fact-built name ("foldable desk lamp", "stretch denim jeans"): a noun phrase that
## stands alone, after a colon or after "the" (never "this"/"a": it may be plural).
## Benefit scenes are built from facts (locales/gb/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed). A line that does is kept only with `requires` naming the fact that supports it.

# Hooks do not say {name}: the intro scene right after says it, and the caption opens with the hook.
# {category} may be plural ("jeans", "earbuds"): only in "New {category} alert", no "this/a" before it.
# The hook scene is 3 s: every voice here is said in 2.7 s at 15 characters a second (<= 40 characters).
hook-1 = Quick one, you need to see this.
    .screen = Quick one for you
hook-2 = Right, I think I've found a good one.
    .screen = Found a good one
hook-3 = It's { $discount } off at the moment.
    .screen = { $discount } off. Not even joking.
    .requires = discount
hook-4 = Right, have a proper look at this.
    .screen = Right, have a look at this
hook-5 = This could be your new favourite thing.
    .screen = Your new favourite thing?
hook-6 = New { $category } alert, check this out.
    .screen = New { $category } alert
hook-7 = { $hook_fact }? Have a look.
    .screen = { $hook_fact }?
    .requires = pitch
hook-8 = { $hook_fact }. Watch this.
    .screen = { $hook_fact }. Watch this.
    .requires = pitch
hook-9 = { $hook_fact }, and there's more.
    .screen = { $hook_fact }, and there's more
    .requires = pitch

intro-1 = From { $brand }, meet the { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = Say hello to the { $name }.
    .screen = { $name }
intro-3 = Let me introduce you to the { $name }.
    .screen = Meet the { $name }

benefit-material-1 = Quick word on the material: it's { $material }.
    .screen = { $material }
benefit-material-2 = And yes, it's { $material }.
    .screen = It's { $material }
benefit-material-3 = It's { $material }, just so you know.
    .screen = { $material }

# {colors} is an "and" list (all of them), {colors_or} an "or" list (a choice); neither follows "comes in"
# ("comes in black and navy" reads as two-tone).
benefit-colors-1 = Take your pick: { $colors_or }.
    .screen = Colours: { $colors }
benefit-colors-2 = You can get it in { $colors_or }.
    .screen = In { $colors_or }
benefit-colors-3 = It comes in { $colors_or }, your choice.
    .screen = Colours: { $colors }

benefit-sizes-1 = You can get it in { $sizes }.
    .screen = Sizes: { $sizes }
benefit-sizes-2 = Find your size: { $sizes }.
    .screen = Available in { $sizes }
benefit-sizes-3 = Pick your size: { $sizes }.
    .screen = Pick your size

benefit-generic-1 = It's the sort of thing you'll reach for every single day.
    .screen = Made for every day
benefit-generic-2 = Such a little change, but it makes a real difference.
    .screen = Little upgrade, big difference
benefit-generic-3 = Have a closer look, it's all in the details.
    .screen = Worth a closer look

benefit-apparel-1 = It looks smart but feels comfy all day long.
    .screen = Looks smart, feels comfy
    .requires = attr:material
benefit-apparel-2 = Dress it up or keep it casual, it works either way.
    .screen = Dress it up or down
benefit-beauty-1 = Pop it into your routine and thank me later.
    .screen = Your routine, sorted
benefit-beauty-2 = It feels fresh on your skin, not greasy.
    .screen = Fresh, not greasy
    .requires = feature:lightweight_texture
benefit-home-1 = Just a small upgrade for your place.
    .screen = A little home upgrade
benefit-home-2 = Turn it down in the evening for a cosier feel.
    .screen = Dim it right down
    .requires = feature:dimmable
benefit-electronics-1 = Setting it up is dead easy, no faff at all.
    .screen = No-faff setup
    .requires = feature:plug_and_play
benefit-electronics-2 = It's made for the stuff you do every day.
    .screen = Does the everyday stuff
benefit-gifts-1 = Finally, a present they'll actually use.
    .screen = A gift they'll actually use
benefit-gifts-2 = Birthdays, thank-yous, Christmas: gifting, sorted.
    .screen = Gifting, sorted
benefit-accessories-1 = It's the finishing touch for your outfit.
    .screen = The finishing touch
benefit-accessories-2 = It goes with pretty much everything in your wardrobe.
    .screen = Goes with everything

offer-1 = And it's only { $price }.
    .screen = Only { $price }
offer-2 = All that for just { $price }.
    .screen = { $price }
offer-3 = You can have it for { $price }.
    .screen = Yours for { $price }

# Neither "at the moment" nor "{discount} off": the discount hook already says both.
offer-discount-1 = It was { $old_price }, and now it's { $price }.
    .screen = Was { $old_price }, now { $price }
offer-discount-2 = You can have it for { $price } now.
    .screen = Now { $price }
offer-discount-3 = It's down to { $price } from { $old_price }.
    .screen = Down to { $price }

cta-1 = Tap the orange basket and grab yours.
    .screen = Tap the orange basket
cta-2 = Go on, pop it in your basket.
    .screen = Pop it in your basket
cta-3 = It's linked in the orange basket if you fancy it.
    .screen = Linked in the orange basket
cta-4 = Have a proper look in the shop.
    .screen = Have a proper look
cta-5 = All the details are in the shop below.
    .screen = All the details in the shop
cta-6 = Save this video for later, if you like.
    .screen = Save it for later

# Caption lines: {hook_line} is the chosen hook's on-screen text (it never contains {name}). {name} follows
# "the", so it is never capitalised mid-sentence; "now {price}" only when there is a reduction
# (no "was" price: the ad text is cut at 100 characters). No emoji
# between sentences: the ad text drops emoji and would run two sentences together.
caption-1 = { $hook_line } The { $name } from { $brand }, now { $price }. Tap the orange basket.
    .requires = brand discount
caption-2 = { $hook_line } The { $name } from { $brand }, yours for { $price }. It's linked in the orange basket. 🛍️
    .requires = brand
caption-3 = { $hook_line } Grab the { $name } for { $price }. Just tap the orange basket. ✨

hashtags = #TikTokShop #TikTokShopUK #TikTokMadeMeBuyIt #fyp
label-sale = SALE
label-new = NEW IN
label-price_from = from { $price }

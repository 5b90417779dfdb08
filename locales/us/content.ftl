# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Benefit scenes are built from facts (locales/us/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed). A line that does is kept only with `requires` naming the fact that supports it.
## {name} may be a fact-built name ("foldable desk lamp", "stretch denim jeans"): a noun phrase that
## stands alone, after a colon or after "the" (never "this"/"a": it may be plural).

# Hooks do not say {name}: the intro scene right after says it, and the caption opens with the hook.
# {category} may be plural ("jeans", "earbuds"): only in "New {category} alert", no "this/a" before it.
# The hook scene is 3 s: every voice here is said in 2.7 s at 15 characters a second (<= 40 characters).
hook-1 = Okay, new find. You have to see this.
    .screen = Okay, new find
hook-2 = This might be your new favorite thing.
    .screen = Your new favorite thing?
hook-3 = It's { $discount } off right now.
    .screen = { $discount } off. Seriously.
    .requires = discount
hook-4 = Wait till you see what I found.
    .screen = Wait till you see this
hook-5 = Stop scrolling, you need to see this.
    .screen = Stop scrolling for a sec
hook-6 = New { $category } alert!
    .screen = New { $category } alert
hook-7 = { $hook_fact }? Look at this.
    .screen = { $hook_fact }?
    .requires = pitch
hook-8 = { $hook_fact }. Watch this.
    .screen = { $hook_fact }. Watch this.
    .requires = pitch
hook-9 = { $hook_fact }, and there's more.
    .screen = { $hook_fact }, and there's more
    .requires = pitch

# {name} is a noun phrase ("water-resistant polyester jacket", "stretch denim jeans"): "the {name}"
# works for singular and plural types alike.
intro-1 = From { $brand }, meet the { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = Here it is: the { $name }.
    .screen = { $name }
intro-3 = Say hi to the { $name }.
    .screen = Meet the { $name }

# {material} may be an adjective ("gold-plated"): it follows "it's" or stands alone.
benefit-material-1 = Quick note: it's { $material }.
    .screen = { $material }
benefit-material-2 = And yep, it's { $material }.
    .screen = It's { $material }
benefit-material-3 = It's { $material }, just so you know.
    .screen = { $material }

# {colors} is an "and" list (all of them), {colors_or} an "or" list (a choice); neither follows "comes in"
# ("comes in black and navy" reads as two-tone).
benefit-colors-1 = Pick your color: { $colors_or }.
    .screen = Colors: { $colors }
benefit-colors-2 = You can get it in { $colors_or }.
    .screen = In { $colors_or }
benefit-colors-3 = It comes in { $colors_or }, your call.
    .screen = Colors: { $colors }

benefit-sizes-1 = You can get it in { $sizes }.
    .screen = Available in { $sizes }
benefit-sizes-2 = It comes in { $sizes }.
    .screen = Sizes: { $sizes }
benefit-sizes-3 = Find your size: { $sizes }.
    .screen = Find your size: { $sizes }

benefit-generic-1 = It's the kind of thing you'll reach for every single day.
    .screen = Made for every day
benefit-generic-2 = A small change that makes a big difference.
    .screen = Small price, big upgrade
benefit-generic-3 = Take a closer look, it's all in the details.
    .screen = Take a closer look

benefit-apparel-1 = It looks sharp and feels easy all day long.
    .screen = Looks sharp, feels easy
    .requires = attr:material
benefit-apparel-2 = Dress it up or keep it casual, your call.
    .screen = Dress it up or down
benefit-apparel-3 = Wear it however you like to style it.
    .screen = Style it your way
benefit-beauty-1 = Add it to your routine and thank me later.
    .screen = Your routine, upgraded
benefit-beauty-2 = It feels fresh on your skin, not greasy.
    .screen = Fresh, never greasy
    .requires = feature:lightweight_texture
benefit-home-1 = A small upgrade for your space at home.
    .screen = A little home upgrade
benefit-home-2 = Dim it down in the evening and set the mood.
    .screen = Dim it, set the mood
    .requires = feature:dimmable
benefit-electronics-1 = Plug it in and it's ready, no manual needed.
    .screen = Plug in and go
    .requires = feature:plug_and_play
benefit-electronics-2 = Light enough to take everywhere you go.
    .screen = Goes where you go
    .requires = feature:lightweight
benefit-electronics-3 = It's made for the stuff you do every day.
    .screen = Made for daily use
benefit-gifts-1 = Finally, a gift they'll actually use.
    .screen = The gift they'll actually use
benefit-gifts-2 = It arrives in a gift box, ready to give.
    .screen = Boxed and ready
    .requires = feature:gift_box
benefit-accessories-1 = It's the finishing touch for your outfit.
    .screen = The finishing touch

offer-1 = And it's only { $price }.
    .screen = Only { $price }
offer-2 = All that for just { $price }.
    .screen = { $price }
offer-3 = You can grab it for { $price }.
    .screen = Just { $price }

# Not "right now": the discount hook already says it. No urgency ("while it lasts", "don't wait").
offer-discount-1 = It's down to { $price } from { $old_price }.
    .screen = { $price } (was { $old_price })
offer-discount-2 = You can get it for { $price } now.
    .screen = Now { $price }
offer-discount-3 = It was { $old_price }, now it's { $price }.
    .screen = Was { $old_price }, now { $price }

cta-1 = Tap the orange cart to grab yours.
    .screen = Tap the orange cart
cta-2 = Tap the link below to get yours.
    .screen = Get yours below
cta-3 = It's linked right in the orange cart.
    .screen = Linked in the orange cart
cta-4 = Tap the link to check it out.
    .screen = Tap to shop
cta-5 = Add it to your cart if you like it.
    .screen = Add it to your cart
cta-6 = All the details are in the shop, just tap the cart.
    .screen = Details in the shop
cta-7 = Save this video for later.
    .screen = Save it for later

# Caption lines: {hook_line} is the chosen hook's on-screen text (it never contains {name}). {name} follows
# "the", so it is never capitalised mid-sentence; "now {price}" only when there is a reduction
# (no "was" price: the ad text is cut at 100 characters).
caption-1 = { $hook_line } The { $name } from { $brand }, now { $price }. Tap the orange cart.
    .requires = brand discount
caption-2 = { $hook_line } The { $name } from { $brand }, just { $price }. It's linked in the orange cart.
    .requires = brand
caption-3 = { $hook_line } Grab the { $name } for { $price }. Just tap the orange cart.

hashtags = #TikTokShop #TikTokMadeMeBuyIt #fyp
label-sale = SALE
label-new = NEW
label-price_from = from { $price }

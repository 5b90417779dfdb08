# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator: US TikTok Shop, casual second person, said by a creator
## to camera. See locales/README.md for the ids, the variables and the grammar selectors.
## Benefit scenes are built from facts (locales/us/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed, "best", health or eco claims). A line that does is kept only with `.requires` naming the fact
## that supports it. No urgency or scarcity ("while it lasts", "don't wait", "selling out").
## {name} is a fact-built noun phrase ("foldable desk lamp", "cotton socks"), the type word, or the
## seller's own title ("Slim Leather Wallet"). $number is "sg" or "pl" for the first two (facts.toml
## [types] number) and "other" for a seller's title, which may be singular or plural: so every selector
## on $number has a *[other] that reads right with any name ("meet the {name}", "here it is: the {name}").
## Outside a selector {name} follows "the", "your new" or a colon, never "a/an" (a mass noun like
## "honey" takes none) and never "this/these" (only a [sg]/[pl] variant may say those).

# Hooks: the first 3 s. They never say {name} (the intro says it right after) and the caption opens with
# the hook's screen line, so a screen line never ends with a colon, and a comma never joins two halves
# that cannot stand alone (the ad text may cut there). Every voice is said in 2.7 s at
# 15 characters a second (<= 37 characters once filled; $hook_fact is a facts.toml screen line such as
# "Touch controls" or "Up to 40 hrs of battery", and a hook that runs long with it is not chosen).
# $hook_fact is a noun phrase ("Removable cover"), an adjective ("Rechargeable") or a verb phrase ("Folds
# flat"), capitalized: it opens the line and is echoed as a question ("Rechargeable? Good to know."), the
# one frame that reads right with all three. The reaction notes the spec ("good to know", "always a plus") and
# stands alone: the fact is not said again later, so no frame promises to explain it ("let's talk about it", "here's the deal"),
# it never gushes over it ("Love that", "I'm sold", "Yes, please": nobody swoons over "Microwave-safe"). Never "{ $hook_fact }. And that's not all." (a bare spec).
# No claim a fact must support: no "best", "everyone", "viral", "lightweight", no health or eco words.
hook-1 = Okay, I need to tell you about this.
    .screen = Need to tell you about this
hook-2 = Okay, you need to see this.
    .screen = You need to see this
hook-3 = Wait, it's { $discount } off?
    .screen = Wait… { $discount } off?
    .requires = discount
hook-4 = Not me adding this to cart at 2 a.m.
    .screen = Not me adding this to cart at 2 a.m.
hook-5 = Okay, hear me out.
    .screen = Hear me out
hook-6 = New { $category } alert!
    .screen = New { $category } alert
hook-7 = { $hook_fact }? Yep, you heard that right.
    .screen = { $hook_fact }? Yep, you heard that right
    .requires = pitch
hook-8 = { $hook_fact }? Now we're talking.
    .screen = { $hook_fact }? Now we're talking
    .requires = pitch
hook-9 = { $hook_fact }? Always a plus.
    .screen = { $hook_fact }? Always a plus
    .requires = pitch
hook-10 = Why did nobody tell me about this?
    .screen = Why did nobody tell me?
hook-11 = I almost gatekept this one.
    .screen = Almost gatekept this one
hook-12 = { $discount } off? Okay, I'm listening.
    .screen = { $discount } off? I'm listening
    .requires = discount
# more fact reactions, so no one "X? ..." frame opens most of a catalog's videos
hook-13 = { $hook_fact }? That's a win.
    .screen = { $hook_fact }? That's a win
    .requires = pitch
hook-14 = { $hook_fact }? I'll take it.
    .screen = { $hook_fact }? I'll take it
    .requires = pitch
hook-15 = { $hook_fact }? Good to know.
    .screen = { $hook_fact }? Good to know
    .requires = pitch
hook-16 = { $hook_fact }? Check.
    .screen = { $hook_fact }? Check
    .requires = pitch
hook-17 = { $hook_fact }? Love to see it.
    .screen = { $hook_fact }? Love to see it
    .requires = pitch

# Intros name the product right after the hook. [sg]/[pl] variants agree with the type word ("this is
# the desk lamp", "these are the earbuds"); *[other] is for any name. "the", "your new" and "this" go only
# with a name that starts with the type word ($named = type); a seller's own title ($named = title:
# "Galactic Ceiling Projector") takes no article and follows a colon ("Today's find: ..."), never "this one:"
# (stiff before a bare title); a title of a work ($named = work: "Maya and the Rainbow Unicorn", a book) takes
# the same colon frames: no "This one's called ..." (a seller's slogan can pass for a work, and is no name).
intro-1 = { $named ->
        [type] { $number ->
            [sg] This is the { $name } from { $brand }.
            [pl] These are the { $name } from { $brand }.
           *[other] Meet the { $name } from { $brand }.
        }
       *[title] Today's pick from { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $named ->
        [type] Meet the { $name }.
        [work] Meet my latest find: { $name }.
       *[title] Meet my latest find, the { $name }.
    }
    .screen = { $name }
intro-3 = { $named ->
        [type] Introducing the { $name }.
       *[title] On my radar today: { $name }.
    }
    .screen = { $name }
intro-4 = { $named ->
        [type] { $number ->
            [sg] So this is the { $name }.
            [pl] So these are the { $name }.
           *[other] Here it is: the { $name }.
        }
       *[title] { $number ->
            [pl] Here they are: { $name }.
           *[other] Here it is: { $name }.
        }
    }
    .screen = { $name }
intro-5 = { $named ->
        [type] Today's find: the { $name }.
       *[title] Today's find: { $name }.
    }
    .screen = { $name }
intro-6 = { $named ->
        [type] { $number ->
            [pl] Let me show you these { $name }.
            [sg] Let me show you this { $name }.
           *[other] Let me show you the { $name }.
        }
       *[title] Worth a look: { $name }.
    }
    .screen = { $name }
intro-7 = { $named ->
        [type] Quick look at the { $name }.
       *[title] Quick look: { $name }.
    }
    .screen = { $name }
intro-8 = { $named ->
        [type] Say hi to the { $name }.
       *[title] Fresh find: { $name }.
    }
    .screen = { $name }
intro-9 = { $named ->
        [type] Take a look at the { $name }.
       *[title] New on my list: { $name }.
    }
    .screen = { $name }
intro-10 = { $named ->
        [type] Check out the { $name }.
       *[title] Check this out: { $name }.
    }
    .screen = { $name }
intro-11 = { $named ->
        [type] Next up, the { $name }.
       *[title] Up next: { $name }.
    }
    .screen = { $name }

# {material} is a noun ("organic cotton") or an adjective ("gold-plated"): it follows "it's/they're" or
# a colon, never "made of". No spec-sheet label ("Material: copper").
benefit-material-1 = { $number ->
        [pl] Quick note: they're { $material }.
       *[other] Quick note: it's { $material }.
    }
    .screen = { $material }
benefit-material-2 = { $number ->
        [pl] And yep, they're { $material }.
       *[other] And yep, it's { $material }.
    }
    .screen = { $material }
benefit-material-3 = { $number ->
        [pl] The material? They're { $material }.
       *[other] The material? It's { $material }.
    }
    .screen = { $material }

# {colors} is an "and" list (all of them), {colors_or} an "or" list (a choice); neither follows "comes in"
# alone ("comes in black and navy" reads as two-tone). {color_count} is the number of colours (2 or more).
# A list after a question takes a colon ("Which one: gray, brown, or pink?"). US lists of three or more
# take the serial comma (Babel's en_US lists do). More than five colours (.requires = many_colors): the
# count only, no list, on screen or in the voice.
benefit-colors-1 = Pick your color: { $colors_or }.
    .screen = Colors: { $colors }
benefit-colors-2 = Which color are you going for: { $colors_or }?
    .screen = { $colors_or }?
benefit-colors-3 = { $color_count ->
        [one] It comes in { $colors_or }.
        [2] Two colors to pick from: { $colors_or }.
       *[other] { $color_count } colors to pick from: { $colors_or }.
    }
    .screen = { $color_count ->
        [one] { $colors }
       *[other] { $color_count } colors to pick from
    }
benefit-colors-4 = { $color_count } colors to choose from. Yep, { $color_count }.
    .screen = { $color_count } colors to choose from
    .requires = many_colors
benefit-colors-5 = { $number ->
        [pl] They come in { $color_count } colors, so take your pick.
       *[other] It comes in { $color_count } colors, so take your pick.
    }
    .screen = { $color_count } colors, take your pick
    .requires = many_colors

# {sizes} is "S or L" for two sizes and a range ("S–XL", "US 6–10") for more: the voice says it too, as the
# screen shows it (a screen with sizes and a voice without them reads as hiding them). "Find your size" is
# for clothes and shoes only.
benefit-sizes-1 = { $number ->
        [pl] You can get them in sizes { $sizes }.
       *[other] You can get it in sizes { $sizes }.
    }
    .screen = Available in { $sizes }
benefit-sizes-2 = { $number ->
        [pl] They come in sizes { $sizes }.
       *[other] It comes in sizes { $sizes }.
    }
    .screen = Sizes: { $sizes }
    .requires = group:apparel
benefit-sizes-3 = Find your fit: sizes { $sizes }.
    .screen = Find your size: { $sizes }
    .requires = group:apparel !attr:age_range
# fits anything sold in sizes (a cat scratcher in S or L, a storage bin): nothing about wearing it
benefit-sizes-4 = Available in { $sizes }, so pick the size that works for you.
    .screen = Sizes: { $sizes }
    .requires = !attr:age_range
# kids' clothes and toys with an age range: the size is for the child, not the viewer
benefit-sizes-5 = Sizes run { $sizes }, so pick the one that fits your little one.
    .screen = Sizes: { $sizes }
    .requires = attr:age_range

# Used when the product has no fact to show: it must fit anything (a snack, a lamp, a T-shirt). The
# images may be placeholders: no line promises a close-up or points at what the clip shows.
benefit-generic-1 = Yes or no on this one? Tell me in the comments.
    .screen = Yes or no? Tell me below
benefit-generic-2 = What do you think of this one? Drop it in the comments.
    .screen = What do you think?
benefit-generic-3 = Keep it or gift it? Let me know in the comments.
    .screen = Keep it or gift it?
    .requires = giftable
benefit-generic-4 = Know someone who'd want this? Send it their way.
    .screen = Send it to someone

# Category benefits (benefit-<group>): no claim without its `.requires`.
benefit-apparel-1 = { $number ->
        [pl] They look sharp and feel easy all day long.
       *[other] It looks sharp and feels easy all day long.
    }
    .screen = Looks sharp, feels easy
    .requires = attr:material
# Apparel is shirts and dresses but also socks, slippers, bras and pajamas: no "dress it up".
benefit-apparel-2 = { $number ->
        [pl] They're easy to pair with what's already in your closet.
       *[other] It's easy to pair with what's already in your closet.
    }
    .screen = Easy to pair
benefit-apparel-3 = { $number ->
        [pl] Style them however you like.
       *[other] Style it however you like.
    }
    .screen = Style it your way
benefit-beauty-1 = { $number ->
        [pl] Add them to your routine and see what you think.
       *[other] Add it to your routine and see what you think.
    }
    .screen = Your routine, upgraded
benefit-beauty-2 = { $number ->
        [pl] They have a nice, light texture.
       *[other] It has a nice, light texture.
    }
    .screen = Nice, light texture
    .requires = feature:lightweight_texture
benefit-home-1 = { $number ->
        [pl] I already know exactly where these are going.
       *[other] I already know exactly where this one's going.
    }
    .screen = Already picked the spot
benefit-home-2 = { $number ->
        [pl] Dim them down in the evening and set the mood.
       *[other] Dim it down in the evening and set the mood.
    }
    .screen = Dim it, set the mood
    .requires = feature:dimmable
benefit-home-3 = { $number ->
        [pl] Where would you put them? Tell me in the comments.
       *[other] Where would you put it? Tell me in the comments.
    }
    .screen = { $number ->
        [pl] Where would you put them?
       *[other] Where would you put it?
    }
benefit-home-4 = Would this work in your space? Let me know.
    .screen = Would this work in your space?
benefit-home-5 = { $number ->
        [pl] Honestly? These are keepers for my place.
       *[other] Honestly? This one's a keeper for my place.
    }
    .screen = A keeper for my place
benefit-home-6 = Tag someone who'd want this at home.
    .screen = Tag someone who'd want this
benefit-electronics-1 = { $number ->
        [pl] Plug them in and they're ready, no manual needed.
       *[other] Plug it in and it's ready, no manual needed.
    }
    .screen = Plug in and go
    .requires = feature:plug_and_play
benefit-electronics-2 = Light enough to take everywhere you go.
    .screen = Goes where you go
    .requires = feature:lightweight
benefit-electronics-3 = { $number ->
        [pl] They're made for the stuff you do every day.
       *[other] It's made for the stuff you do every day.
    }
    .screen = Made for daily use
benefit-gifts-1 = That's one less gift to figure out.
    .screen = One less gift to figure out
benefit-gifts-2 = { $number ->
        [pl] They arrive in a gift box, ready to give.
       *[other] It arrives in a gift box, ready to give.
    }
    .screen = Boxed and ready
    .requires = feature:gift_box
# Pets are bowls, leashes, beds, toys and scratchers; baby is strollers, bottles and bodysuits: nothing a
# fact must support (no "safe", "durable", "vet-approved").
benefit-pets-1 = Something new for your furry friend.
    .screen = For your furry friend
benefit-pets-2 = Tag a pet parent who'd want one of these.
    .screen = Tag a pet parent
benefit-baby-1 = { $number ->
        [pl] Adding these to the baby registry.
       *[other] Adding this to the baby registry.
    }
    .screen = Onto the baby registry
benefit-baby-2 = Tag a new parent who'd want to see this.
    .screen = Tag a new parent
# Accessories are bags and watches but also umbrellas, sleep masks and diaper bags: nothing about an outfit.
benefit-accessories-1 = { $number ->
        [pl] These are going straight into my everyday rotation.
       *[other] This one's going straight into my everyday rotation.
    }
    .screen = Into my everyday rotation

offer-1 = { $number ->
        [pl] And they're only { $price }.
       *[other] And it's only { $price }.
    }
    .screen = Only { $price }
    .requires = cheap
offer-2 = And the price? { $price }.
    .screen = { $price }
offer-3 = Price check: { $price }.
    .screen = Price check: { $price }
offer-4 = { $number ->
        [pl] They're { $price }, by the way.
       *[other] It's { $price }, by the way.
    }
    .screen = It's { $price }
offer-5 = { $number ->
        [pl] They'll run you { $price }.
       *[other] It'll run you { $price }.
    }
    .screen = { $price }
offer-6 = { $number ->
        [pl] They go for { $price }.
       *[other] It goes for { $price }.
    }
    .screen = Yours for { $price }
offer-7 = You're looking at { $price }.
    .screen = { $price } in the cart
offer-8 = Here's the price: { $price }.
    .screen = Price: { $price }
offer-9 = The damage? { $price }.
    .screen = The damage: { $price }
offer-10 = { $number ->
        [pl] They come in at { $price }.
       *[other] It comes in at { $price }.
    }
    .screen = { $price }
offer-11 = All yours for { $price }.
    .screen = All yours for { $price }

# Not "right now" and not "{discount} off": the discount hook already says it. No urgency ("while it
# lasts", "don't wait").
offer-discount-1 = { $number ->
        [pl] They're down to { $price } from { $old_price }.
       *[other] It's down to { $price } from { $old_price }.
    }
    .screen = { $price } (was { $old_price })
offer-discount-2 = { $number ->
        [pl] You can get them for { $price } now.
       *[other] You can get it for { $price } now.
    }
    .screen = Now { $price }
offer-discount-3 = { $number ->
        [pl] They were { $old_price }, now they're { $price }.
       *[other] It was { $old_price }, now it's { $price }.
    }
    .screen = Was { $old_price }, now { $price }

cta-1 = Tap the orange cart to grab yours.
    .screen = Tap the orange cart
cta-2 = { $number ->
        [pl] They're right there in the orange cart.
       *[other] It's right there in the orange cart.
    }
    .screen = In the orange cart
cta-3 = { $number ->
        [pl] Go check them out in the orange cart.
       *[other] Go check it out in the orange cart.
    }
    .screen = Check the orange cart
cta-4 = Link's in the cart, go take a look.
    .screen = Link's in the cart
cta-5 = { $number ->
        [pl] Add them to your cart before you forget.
       *[other] Add it to your cart before you forget.
    }
    .screen = Add to cart
cta-6 = All the details are in the shop, just tap the cart.
    .screen = Details in the shop
# At most one CTA without the cart in it; this one still names where to buy.
cta-7 = Save this for later. The link's in the orange cart.
    .screen = Save this · link in the cart
cta-8 = { $number ->
        [pl] You'll find them in the orange cart.
       *[other] You'll find it in the orange cart.
    }
    .screen = Find it in the orange cart
cta-9 = Tap the orange cart and take a look.
    .screen = Take a look in the cart
cta-10 = { $number ->
        [pl] Hit the orange cart to check them out.
       *[other] Hit the orange cart to check it out.
    }
    .screen = Hit the orange cart
cta-11 = { $number ->
        [pl] Grab them from the orange cart.
       *[other] Grab it from the orange cart.
    }
    .screen = { $number ->
        [pl] Grab them from the orange cart
       *[other] Grab it from the orange cart
    }
cta-12 = { $number ->
        [pl] Want them? The orange cart's right there.
       *[other] Want it? The orange cart's right there.
    }
    .screen = { $number ->
        [pl] Want them? Orange cart
       *[other] Want it? Orange cart
    }
cta-13 = Shop it through the orange cart below.
    .screen = Shop it in the orange cart

# Caption lines: {hook_line} is the chosen hook's on-screen text (it never contains {name}; a full stop is
# added when it has no end punctuation). {name} follows "the" (a title keeps its capitals, a fact-built
# name stays lower case mid-sentence); "now {price}" only when there is a reduction (no "was" price: the
# ad text is cut at 100 characters, at a comma, colon or full stop, and keeps the clause with the price:
# so {name} and {price} share one clause). An emoji only at the very end: the ad text drops it.
# A seller's own title ($named = title) takes no "the"/"this": it opens the clause or follows a colon
# ("Add to cart: Maya and the Rainbow Unicorn for $2.99").
caption-1 = { $hook_line } { $named ->
        [type] Grab the { $name } from { $brand } for { $price } now.
       *[title] Now { $price }: { $name } from { $brand }.
    } Tap the orange cart to shop. 🛒
    .requires = brand discount
caption-2 = { $hook_line } { $named ->
        [type] Snag the { $name } from { $brand } for { $price } in the orange cart.
       *[title] { $name } from { $brand }: { $price } in the orange cart.
    }
    .requires = brand
caption-3 = { $hook_line } { $named ->
        [type] Grab the { $name } for { $price }.
       *[title] { $name }: yours for { $price }.
    } Just tap the orange cart. 🧡
caption-4 = { $hook_line } { $named ->
        [type] { $number ->
            [sg] This { $name } is now { $price }.
            [pl] These { $name } are now { $price }.
           *[other] Get the { $name } for { $price } now.
        }
       *[title] { $name }: now { $price }.
    } Link's in the orange cart.
    .requires = discount
caption-5 = { $hook_line } { $named ->
        [type] Add the { $name } to your cart for { $price }. ✨
       *[title] Add to cart: { $name } for { $price }. ✨
    }
caption-8 = { $hook_line } { $named ->
        [type] Tap the orange cart to get the { $name } for { $price }. 🛒
       *[title] In the orange cart for { $price }: { $name }. 🛒
    }
caption-9 = { $hook_line } { $named ->
        [type] Shop the { $name } for { $price } in the orange cart. ✨
       *[title] Today's pick: { $name } for { $price } in the orange cart. ✨
    }
# The variants cost different amounts (.requires = from): {price} is the lowest, said as a starting price.
caption-6 = { $hook_line } { $named ->
        [type] The { $name } starts at { $price }.
       *[title] From { $price }: { $name }.
    } Tap the orange cart to pick yours. 🛒
    .requires = from
caption-7 = { $hook_line } { $named ->
        [type] Grab the { $name } from { $price } in the orange cart. ✨
       *[title] { $name }: from { $price } in the orange cart. ✨
    }
    .requires = from

caption-20 = { $hook_line } It's { $price } right now. Tap the orange cart to take a closer look. 🛒
    .requires = unnamed
hashtags = #TikTokShop #TikTokMadeMeBuyIt #fyp
label-sale = SALE
label-new = NEW
label-price_from = from { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Selected options only.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Prices start at { $price }.
    .screen = From { $price }
offer-from-2 = It starts at { $price }, depending on which one you pick.
    .screen = Starting at { $price }
    .requires = !sizes
offer-from-3 = It starts at { $price }, depending on the size.
    .screen = Starting at { $price }
    .requires = sizes

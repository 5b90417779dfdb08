# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator: UK TikTok Shop, written for UK TikTok, not adapted from
## the us file. Chatty, a bit understated, second person; British spelling and idiom (colour, basket,
## sorted, have a look). See locales/README.md for the ids, the variables and the grammar selectors.
## Benefit scenes are built from facts (locales/gb/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed, "best", health or eco claims). A line that does is kept only with `.requires` naming the fact
## that supports it. No urgency or scarcity ("while it lasts", "don't wait", "selling out").
## {name} is a fact-built noun phrase ("foldable desk lamp", "cotton socks"), the type word, or the
## seller's own title ("Slim Leather Wallet"). $number is "sg" or "pl" for the first two (facts.toml
## [types] number) and "other" for a seller's title, which may be singular or plural: so every selector
## on $number has a *[other] that reads right with any name ("meet the {name}", "here it is: the {name}").
## Outside a selector {name} follows "the", "your new" or a colon, never "a/an" (a mass noun like
## "honey" takes none) and never "this/these" (only a [sg]/[pl] variant may say those).
## {category} may be plural ("trainers", "earbuds"): no "this/a" before it.

# Hooks: the first 3 s. They never say {name} (the intro says it right after) and the caption opens with
# the hook's screen line, so a screen line never ends with a colon, and a comma never joins two halves
# that cannot stand alone (the ad text may cut there). Every voice is said in 2.7 s at
# 15 characters a second (<= 37 characters once filled; $hook_fact is a facts.toml screen line such as
# "Touch controls" or "Up to 40 hrs of battery", and a hook that runs long with it is not chosen).
# $hook_fact is a noun phrase ("Removable cover"), an adjective ("Rechargeable") or a verb phrase ("Folds
# flat"), capitalised: it opens the line and is echoed as a question ("Rechargeable? I'll take that."), the
# one frame that reads right with all three. The reaction is a creator's aside ("I'll take that", "result"),
# never a flat note ("good to know", "always a bonus"); screen and voice say the same words, and it stands alone: the fact is not said again later, so no frame promises to explain it ("here's the
# lowdown", "let's talk about it"); it never gushes over it ("Love that", "Sold", "Yes please": nobody swoons over "Microwave-safe"). Never "{ $hook_fact }. And that's not all." (a bare spec).
# No claim a fact must support: no "best", "everyone", "viral", "lightweight", no health or eco words.
hook-1 = Okay, I need to tell you about this.
    .screen = Need to tell you about this
hook-2 = You'll want to see this, trust me.
    .screen = You'll want to see this
hook-3 = Hang on, it's { $discount } off?
    .screen = Hang on… { $discount } off?
    .requires = discount
hook-4 = Not me filling my basket at 2am.
    .screen = Not me filling my basket at 2am
hook-5 = Hear me out on this one.
    .screen = Hear me out
hook-6 = New { $category } alert, have a look.
    .screen = New { $category } alert
hook-7 = { $hook_fact }? I'll take that.
    .screen = { $hook_fact }? I'll take that
    .requires = pitch
hook-8 = { $hook_fact }? You heard that right.
    .screen = { $hook_fact }? You heard that right
    .requires = pitch
hook-9 = { $hook_fact }? Now we're talking.
    .screen = { $hook_fact }? Now we're talking
    .requires = pitch
hook-10 = Why has no one told me about this?
    .screen = Why has no one told me?
hook-11 = Not gatekeeping this one.
    .screen = Not gatekeeping this one
hook-12 = { $discount } off? Don't mind if I do.
    .screen = { $discount } off? Don't mind if I do
    .requires = discount
hook-13 = Quick one, you need to hear this.
    .screen = Quick one for you
hook-18 = Stop scrolling for a sec.
    .screen = Stop scrolling for a sec
hook-19 = Had to share this one.
    .screen = Had to share this one
hook-20 = Right, I've got a good one for you.
    .screen = Got a good one for you
# more lines with no fact, so one catalogue's videos don't open the same way twice
hook-22 = Okay, little find for you.
    .screen = Little find for you
hook-23 = Have you seen this yet?
    .screen = Seen this yet?
hook-24 = This one's going on my list.
    .screen = Going on my list
# more fact reactions, so no one "X? ..." frame opens most of a catalogue's videos
hook-14 = { $hook_fact }? Result.
    .screen = { $hook_fact }? Result
    .requires = pitch
hook-15 = { $hook_fact }? Tick.
    .screen = { $hook_fact }? Tick
    .requires = pitch
hook-16 = { $hook_fact }? Can't argue with that.
    .screen = { $hook_fact }? Can't argue with that
    .requires = pitch
hook-17 = { $hook_fact }? Handy to know.
    .screen = { $hook_fact }? Handy to know
    .requires = pitch
hook-21 = { $hook_fact }? That'll do nicely.
    .screen = { $hook_fact }? That'll do nicely
    .requires = pitch
hook-25 = { $hook_fact }? Not bad at all.
    .screen = { $hook_fact }? Not bad at all
    .requires = pitch
hook-26 = { $hook_fact }? Fair play.
    .screen = { $hook_fact }? Fair play
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
        [type] Say hello to the { $name }.
        [work] Here's my latest find: { $name }.
       *[title] Say hello to my latest find, the { $name }.
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
        [type] Meet the { $name }.
       *[title] Just spotted: { $name }.
    }
    .screen = { $name }
intro-6 = { $named ->
        [type] { $number ->
            [pl] Have a look at these { $name }.
            [sg] Have a look at this { $name }.
           *[other] Have a look at the { $name }.
        }
       *[title] Worth a look: { $name }.
    }
    .screen = { $name }
intro-7 = { $named ->
        [type] Today's find: the { $name }.
       *[title] Today's find: { $name }.
    }
    .screen = { $name }
intro-8 = { $named ->
        [type] Let me show you the { $name }.
       *[title] Fresh find: { $name }.
    }
    .screen = { $name }
intro-9 = { $named ->
        [type] Quick look at the { $name }.
       *[title] Quick look: { $name }.
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
# a colon, never "made from". No spec-sheet label ("Material: copper").
benefit-material-1 = { $number ->
        [pl] Quick word on the material: they're { $material }.
       *[other] Quick word on the material: it's { $material }.
    }
    .screen = { $material }
benefit-material-2 = { $number ->
        [pl] And yes, they're { $material }.
       *[other] And yes, it's { $material }.
    }
    .screen = { $material }
benefit-material-3 = { $number ->
        [pl] As for the material, they're { $material }.
       *[other] As for the material, it's { $material }.
    }
    .screen = { $material }

# {colors} is an "and" list (all of them), {colors_or} an "or" list (a choice); neither follows "comes in"
# alone ("comes in black and navy" reads as two-tone). {color_count} is the number of colours (2 or more).
# A list after a question takes a colon ("Which one: grey, brown or pink?"); UK lists take no serial comma.
# More than five colours (.requires = many_colors): the count only, no list, on screen or in the voice.
benefit-colors-1 = Take your pick: { $colors_or }.
    .screen = Colours: { $colors }
benefit-colors-2 = Which colour are you having: { $colors_or }?
    .screen = { $colors_or }?
benefit-colors-3 = { $color_count ->
        [one] It comes in { $colors_or }.
        [2] Two colours to choose from: { $colors_or }.
       *[other] { $color_count } colours to choose from: { $colors_or }.
    }
    .screen = { $color_count ->
        [one] { $colors }
       *[other] { $color_count } colours to choose from
    }
benefit-colors-4 = There are { $color_count } colours to choose from. Yes, { $color_count }.
    .screen = { $color_count } colours to choose from
    .requires = many_colors
benefit-colors-5 = { $number ->
        [pl] They come in { $color_count } colours, so you're spoilt for choice.
       *[other] It comes in { $color_count } colours, so you're spoilt for choice.
    }
    .screen = { $color_count } colours, spoilt for choice
    .requires = many_colors

# {sizes} is "S or L" for two sizes and a range ("S–XL", "US 6–10") for more: the voice says it too, as the
# screen shows it (a screen with sizes and a voice without them reads as hiding them). "Find your size" is
# for clothes and shoes only.
benefit-sizes-1 = { $number ->
        [pl] You can get them in sizes { $sizes }.
       *[other] You can get it in sizes { $sizes }.
    }
    .screen = Sizes: { $sizes }
benefit-sizes-2 = Find your fit: sizes { $sizes }.
    .screen = Find your size: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-3 = { $number ->
        [pl] They come in sizes { $sizes }.
       *[other] It comes in sizes { $sizes }.
    }
    .screen = Available in { $sizes }
    .requires = group:apparel
# fits anything sold in sizes (a cat scratcher in S or L, a storage box): nothing about wearing it
benefit-sizes-4 = Available in { $sizes }, so pick whichever size works for you.
    .screen = Comes in { $sizes }
    .requires = !attr:age_range
# kids' clothes and toys with an age range: the size is for the child, not the viewer
benefit-sizes-5 = Sizes run { $sizes }, so pick the right one for your little one.
    .screen = Sizes: { $sizes }
    .requires = attr:age_range

# Used when the product has no fact to show: it must fit anything (a snack, a lamp, a T-shirt). The
# images may be placeholders: no line promises a close-up or points at what the clip shows.
benefit-generic-1 = Yay or nay on this one? Tell me in the comments.
    .screen = Yay or nay? Tell me below
benefit-generic-2 = What do you reckon? Let me know in the comments.
    .screen = What do you reckon?
benefit-generic-3 = Treat for you or a gift? Let me know in the comments.
    .screen = For you or a gift?
    .requires = giftable
benefit-generic-4 = Know someone who'd love this? Send it their way.
    .screen = Send it to someone

# Category benefits (benefit-<group>): no claim without its `.requires`.
benefit-apparel-1 = { $number ->
        [pl] They look smart but feel comfy all day long.
       *[other] It looks smart but feels comfy all day long.
    }
    .screen = Looks smart, feels comfy
    .requires = attr:material
# Apparel is shirts and dresses but also socks, slippers, bras and pyjamas: no "dress it up".
benefit-apparel-2 = { $number ->
        [pl] They're easy to pair with what's already in your wardrobe.
       *[other] It's easy to pair with what's already in your wardrobe.
    }
    .screen = Easy to pair
benefit-beauty-1 = { $number ->
        [pl] Pop them into your routine and see how you get on.
       *[other] Pop it into your routine and see how you get on.
    }
    .screen = Your routine, sorted
benefit-beauty-2 = { $number ->
        [pl] They've got a nice, light texture.
       *[other] It's got a nice, light texture.
    }
    .screen = Nice, light texture
    .requires = feature:lightweight_texture
benefit-home-1 = { $number ->
        [pl] I already know exactly where these are going.
       *[other] I already know exactly where this one's going.
    }
    .screen = Already picked the spot
benefit-home-2 = { $number ->
        [pl] Turn them down in the evening for a cosier feel.
       *[other] Turn it down in the evening for a cosier feel.
    }
    .screen = Dim it right down
    .requires = feature:dimmable
benefit-home-3 = { $number ->
        [pl] Where would you put them? Let me know in the comments.
       *[other] Where would you put it? Let me know in the comments.
    }
    .screen = { $number ->
        [pl] Where would you put them?
       *[other] Where would you put it?
    }
benefit-home-4 = Could you see this at yours? Let me know.
    .screen = Could you see this at yours?
benefit-home-5 = Tag someone who'd want this at home.
    .screen = Tag someone who'd want this
benefit-electronics-1 = { $number ->
        [pl] Setting them up is dead easy, no faff at all.
       *[other] Setting it up is dead easy, no faff at all.
    }
    .screen = No-faff setup
    .requires = feature:plug_and_play
benefit-electronics-2 = { $number ->
        [pl] They're made for the stuff you do every day.
       *[other] It's made for the stuff you do every day.
    }
    .screen = Does the everyday stuff
benefit-gifts-1 = That's one present off the list.
    .screen = One present off the list
benefit-gifts-2 = Birthdays, thank-yous, Christmas: gifting, sorted.
    .screen = Gifting, sorted
# Pets are bowls, leads, beds, toys and scratchers; baby is pushchairs, bottles and bodysuits: nothing a
# fact must support (no "safe", "durable", "vet-approved").
benefit-pets-1 = Something new for your four-legged friend.
    .screen = For your four-legged friend
benefit-pets-2 = Tag a fellow pet owner who'd want one.
    .screen = Tag a fellow pet owner
benefit-baby-1 = { $number ->
        [pl] These are going straight on the baby list.
       *[other] This one's going straight on the baby list.
    }
    .screen = Onto the baby list
benefit-baby-2 = Tag a new parent who'd want to see this.
    .screen = Tag a new parent
# Accessories are bags and watches but also umbrellas, sleep masks and changing bags: nothing about an outfit.
benefit-accessories-1 = { $number ->
        [pl] I can see myself reaching for these every day.
       *[other] I can see myself reaching for this every day.
    }
    .screen = One for every day

offer-1 = { $number ->
        [pl] And they're only { $price }.
       *[other] And it's only { $price }.
    }
    .screen = Only { $price }
    .requires = cheap
offer-2 = And the price? { $price }.
    .screen = { $price }
offer-3 = { $number ->
        [pl] You can have them for { $price }.
       *[other] You can have it for { $price }.
    }
    .screen = Yours for { $price }
offer-4 = { $number ->
        [pl] They're { $price }, by the way.
       *[other] It's { $price }, by the way.
    }
    .screen = It's { $price }
offer-5 = { $number ->
        [pl] They'll set you back { $price }.
       *[other] It'll set you back { $price }.
    }
    .screen = { $price }
offer-6 = { $number ->
        [pl] They go for { $price }.
       *[other] It goes for { $price }.
    }
    .screen = Going for { $price }
offer-7 = You're looking at { $price }.
    .screen = { $price } in the basket
offer-8 = { $number ->
        [pl] They come in at { $price }.
       *[other] It comes in at { $price }.
    }
    .screen = { $price }
offer-9 = Right, the price: { $price }.
    .screen = Price: { $price }
offer-10 = { $number ->
        [pl] You can pick them up for { $price }.
       *[other] You can pick it up for { $price }.
    }
    .screen = { $price }
offer-11 = { $number ->
        [pl] They're yours for { $price }.
       *[other] It's yours for { $price }.
    }
    .screen = Yours for { $price }

# Neither "at the moment" nor "{discount} off": the discount hook already says both. No urgency.
offer-discount-1 = { $number ->
        [pl] They were { $old_price }, and now they're { $price }.
       *[other] It was { $old_price }, and now it's { $price }.
    }
    .screen = Was { $old_price }, now { $price }
offer-discount-2 = { $number ->
        [pl] You can have them for { $price } now.
       *[other] You can have it for { $price } now.
    }
    .screen = Now { $price }
offer-discount-3 = { $number ->
        [pl] They're down to { $price } from { $old_price }.
       *[other] It's down to { $price } from { $old_price }.
    }
    .screen = Down to { $price }

cta-1 = Tap the orange basket and grab yours.
    .screen = Tap the orange basket
cta-2 = { $number ->
        [pl] Just pop them in your basket.
       *[other] Just pop it in your basket.
    }
    .screen = { $number ->
        [pl] Pop them in your basket
       *[other] Pop it in your basket
    }
cta-3 = { $number ->
        [pl] They're linked in the orange basket if you fancy them.
       *[other] It's linked in the orange basket if you fancy it.
    }
    .screen = Linked in the orange basket
cta-4 = Tap the basket and have a nosy.
    .screen = Have a nosy
cta-5 = All the details are in the orange basket.
    .screen = All the details in the basket
# At most one CTA without the basket in it; this one still names where to buy.
cta-6 = Save this for later, then tap the orange basket.
    .screen = Save this · tap the basket
cta-7 = { $number ->
        [pl] You'll find them in the orange basket.
       *[other] You'll find it in the orange basket.
    }
    .screen = Find it in the orange basket
cta-8 = { $number ->
        [pl] They're in the orange basket, go and have a look.
       *[other] It's in the orange basket, go and have a look.
    }
    .screen = In the orange basket
cta-9 = Tap the orange basket and take a look.
    .screen = Take a look in the basket
cta-10 = Everything's linked in the orange basket below.
    .screen = Linked in the basket below
cta-11 = { $number ->
        [pl] Fancy them? Tap the orange basket.
       *[other] Fancy it? Tap the orange basket.
    }
    .screen = Tap the orange basket
cta-12 = { $number ->
        [pl] Want them? The orange basket's right there.
       *[other] Want it? The orange basket's right there.
    }
    .screen = { $number ->
        [pl] Want them? Orange basket
       *[other] Want it? Orange basket
    }
cta-13 = Shop it through the orange basket below.
    .screen = Shop it in the orange basket

# Caption lines: {hook_line} is the chosen hook's on-screen text (it never contains {name}; a full stop is
# added when it has no end punctuation). {name} follows "the" (a title keeps its capitals, a fact-built
# name stays lower case mid-sentence); "now {price}" only when there is a reduction (no "was" price: the
# ad text is cut at 100 characters, at a comma, colon or full stop, and keeps the clause with the price:
# so {name} and {price} share one clause). An emoji only at the very end: the ad text drops emoji and would run
# two sentences together.
# A seller's own title ($named = title) takes no "the"/"this": it opens the clause or follows a colon
# ("Today's pick: Maya and the Rainbow Unicorn for £1.99").
caption-1 = { $hook_line } { $named ->
        [type] Grab the { $name } from { $brand } for { $price } now.
       *[title] Now { $price }: { $name } from { $brand }.
    } Tap the orange basket. 🛍️
    .requires = brand discount
caption-2 = { $hook_line } { $named ->
        [type] Snap up the { $name } from { $brand } for { $price }.
       *[title] { $name } from { $brand }: { $price }.
    } { $number ->
        [pl] They're in the orange basket. 🛍️
       *[other] It's in the orange basket. 🛍️
    }
    .requires = brand
caption-3 = { $hook_line } { $named ->
        [type] Grab the { $name } for { $price }.
       *[title] { $name }: yours for { $price }.
    } Just tap the orange basket. ✨
caption-4 = { $hook_line } { $named ->
        [type] { $number ->
            [sg] This { $name } is now { $price }.
            [pl] These { $name } are now { $price }.
           *[other] Get the { $name } for { $price } now.
        }
       *[title] { $name }: now { $price }.
    } Tap the orange basket.
    .requires = discount
caption-5 = { $hook_line } { $named ->
        [type] Pop the { $name } in your basket for { $price }.
       *[title] Pop it in your basket: { $name } for { $price }.
    }
caption-8 = { $hook_line } { $named ->
        [type] Tap the orange basket to get the { $name } for { $price }. 🛍️
       *[title] In the orange basket for { $price }: { $name }. 🛍️
    }
caption-9 = { $hook_line } { $named ->
        [type] Shop the { $name } for { $price } in the orange basket. ✨
       *[title] Today's pick: { $name } for { $price } in the orange basket. ✨
    }
# The variants cost different amounts (.requires = from): {price} is the lowest, said as a starting price.
caption-6 = { $hook_line } { $named ->
        [type] The { $name } starts from { $price }.
       *[title] From { $price }: { $name }.
    } Have a look in the orange basket. 🛍️
    .requires = from
caption-7 = { $hook_line } { $named ->
        [type] Grab the { $name } from { $price } in the orange basket. ✨
       *[title] { $name }: from { $price } in the orange basket. ✨
    }
    .requires = from

caption-20 = { $hook_line } It's { $price } at the moment. Tap the orange basket for a closer look. 🛍️
    .requires = unnamed
hashtags = #TikTokShop #TikTokShopUK #TikTokMadeMeBuyIt #fyp
label-sale = SALE
label-new = NEW IN
label-price_from = from { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Selected options only.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Prices start from { $price }.
    .screen = From { $price }
offer-from-2 = It's from { $price }, depending on which one you go for.
    .screen = Prices from { $price }
    .requires = !sizes
offer-from-3 = It's from { $price }, depending on the size.
    .screen = Prices from { $price }
    .requires = sizes

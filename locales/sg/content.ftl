# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator: Singapore TikTok Shop, written for Singapore viewers, not
## adapted from the gb file. Clean, concise Singapore English, second person; British spelling (colour,
## favourite, jewellery) and the words Singaporeans use ("settled", "U.P." for the usual price, "your
## place", "colleagues", "farewell gift"). No forced Singlish ("this find is quite shiok"), never
## "lah" or "leh" in written copy. The in-video shop link is the "yellow basket".
## Benefit scenes are built from facts (locales/sg/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed, "best", health or eco claims). A line that does is kept only with `.requires` naming the fact
## that supports it. No urgency or scarcity ("while stocks last", "don't miss out", "selling fast").
## Prices are what the seller gives: no line says "GST included" or "no GST" (only a GST-registered seller
## charges GST, and "no GST" is a misleading claim under IRAS's price display rules).
## {name} is a fact-built noun phrase ("foldable desk lamp", "cotton socks"), the type word, or the
## seller's own title ("Slim Leather Wallet"). $number is "sg" or "pl" for the first two (facts.toml
## [types] number) and "other" for a seller's title, which may be singular or plural: so every selector
## on $number has a *[other] that reads right with any name ("meet the {name}", "here it is: the {name}").
## Outside a selector {name} follows "the", "your new" or a colon, never "a/an" (a mass noun like
## "honey" takes none) and never "this/these" (only a [sg]/[pl] variant may say those), and is never the
## subject of a verb outside a selector ("the earbuds starts" would be wrong).

# Hooks: the first 3 s. They never say {name} (the intro says it right after) and the caption opens with
# the hook's screen line, so a screen line never ends with a colon, and a comma never joins two halves
# that cannot stand alone (the ad text may cut there). Every voice is said in 2.7 s at
# 15 characters a second (<= 37 characters once filled; $hook_fact is a facts.toml screen line such as
# "Touch controls" or "Up to 40 hrs of battery", and a hook that runs long with it is not chosen).
# $hook_fact is a noun phrase ("Removable cover"), an adjective ("Rechargeable") or a verb phrase ("Folds
# flat"), capitalised: it opens the line, echoed as a question or stated ("Rechargeable? Good to know.",
# "Foldable. That caught my eye."), frames that read right with all three. The reaction stands alone ("good to
# know", "that's useful"), never a promise or a bare confirmation ("hear me out", "yep, that's right": the
# fact is not said again later), and a creator does not gush over a spec ("Count me in", "Worth it").
# No claim a fact must support: no "best", "everyone", "viral", "lightweight", no health or eco words.
hook-1 = Okay, you need to see this.
    .screen = You need to see this
hook-2 = Stop scrolling, this one's worth it.
    .screen = Stop scrolling for this
hook-3 = Wait, { $discount } off?
    .screen = Wait… { $discount } off?
    .requires = discount
hook-4 = Found this and had to share.
    .screen = Found this, had to share
hook-5 = Quick one before you scroll.
    .screen = Quick one before you scroll
hook-6 = Just found this { $category }, and I'm into it.
    .screen = New { $category } find
hook-7 = { $hook_fact }? Okay, now I'm listening.
    .screen = { $hook_fact }? I'm listening
    .requires = pitch
hook-8 = { $hook_fact }. That caught my eye.
    .screen = { $hook_fact }. Caught my eye
    .requires = pitch
hook-9 = { $hook_fact }. Okay, tell me more.
    .screen = { $hook_fact }. Tell me more
    .requires = pitch
hook-10 = How did I only find this now?
    .screen = How did I only find this now?
hook-11 = Not gatekeeping this find.
    .screen = No gatekeeping here
hook-12 = { $discount } off? Okay, I'm in.
    .screen = { $discount } off? I'm in
    .requires = discount
hook-13 = Okay, I have to show you this.
    .screen = Had to show you this
# more openers for any product: a catalog of a dozen heard "Stop scrolling for this" twice
hook-28 = Found something good today.
    .screen = Found something good today
hook-29 = Okay, this one's a keeper.
    .screen = This one's a keeper
# Group hooks speak to the situation the category answers; none names or describes the product.
hook-14 = Home upgrade, anyone?
    .screen = Home upgrade, anyone?
    .requires = group:home
hook-15 = Nothing to wear again?
    .screen = Nothing to wear again?
    .requires = group:apparel !type:socks !type:slippers !attr:age_range
hook-16 = Stuck on what to gift?
    .screen = Stuck on gift ideas?
    .requires = group:gifts
hook-17 = A little sparkle, anyone?
    .screen = A little sparkle, anyone?
    .requires = group:jewelry
# Accessories are bags and watches but also umbrellas, sleep masks and diaper bags: nothing about an outfit.
hook-18 = Everyday essentials check.
    .screen = Everyday essentials check
    .requires = group:accessories
# oral care is in group beauty: a toothbrush is no pick for "beauty fans"
hook-19 = Beauty fans, this one's for you.
    .screen = For the beauty fans
    .requires = group:beauty !type:electric_toothbrush !type:water_flosser
hook-20 = Tech lovers, look here.
    .screen = Tech lovers, look here
    .requires = group:electronics
hook-21 = Pantry restock time.
    .screen = Pantry restock time
    .requires = group:food !type:supplement
hook-22 = Parents, have a look at this.
    .screen = Parents, have a look
    .requires = group:toys
hook-23 = Sporty folks, this one's for you.
    .screen = For the sporty ones
    .requires = group:sports
# Pets: the hooks speak to the pet owner; any pet supply (group pets) for the fur parents.
hook-24 = Cat parents, this one's for you.
    .screen = For the cat parents
    .requires = type:cat_toy
hook-25 = Fur parents, have a look.
    .screen = For the fur parents
    .requires = group:pets
# more beauty openers: "For the beauty fans" opened two videos of one catalog
hook-26 = Beauty haul, anyone?
    .screen = Beauty haul, anyone?
    .requires = group:beauty !type:electric_toothbrush !type:water_flosser
hook-27 = Time to top up the beauty shelf.
    .screen = Beauty shelf top-up time
    .requires = group:beauty !type:electric_toothbrush !type:water_flosser

# Intros name the product right after the hook. [sg]/[pl] variants agree with the type word ("this is
# the desk lamp", "these are the earbuds"); *[other] is for any name. A seller's own title ($named = title:
# "Galactic Ceiling Projector", "Slim Leather Wallet") follows "the" as in the captions ("my find of the day:
# the ...", "From Hide & Co: the ..."), or a colon ("Here it is: ...") where it opens bare;
# a work's title ($named = work) never takes "the".
intro-1 = { $named ->
        [type] { $number ->
            [sg] This is the { $name } by { $brand }.
            [pl] These are the { $name } by { $brand }.
           *[other] Meet the { $name } by { $brand }.
        }
        [work] From { $brand }: { $name }.
       *[title] From { $brand }: the { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $named ->
        [type] { $number ->
            [pl] Check out these { $name }.
           *[other] Check out this { $name }.
        }
        [work] Say hello to this one: { $name }.
       *[title] Meet the { $name }.
    }
    .screen = { $name }
intro-3 = { $named ->
        [type] { $number ->
            [pl] Say hi to these { $name }.
           *[other] Say hi to this { $name }.
        }
        [work] Here it is: { $name }.
       *[title] Here it is: the { $name }.
    }
    .screen = { $name }
intro-4 = { $named ->
        [type] { $number ->
            [pl] Here's a look at these { $name }.
           *[other] Here's a look at this { $name }.
        }
        [work] Right here: { $name }.
       *[title] Right here: the { $name }.
    }
    .screen = { $name }
# not "Here's your new …": it decides for the viewer (pushy)
# a bare type word is no title: "Introducing the electric toothbrush" reads as if it were its name
intro-5 = { $named ->
        [type] { $number ->
            [pl] Introducing these { $name }.
           *[other] Introducing this { $name }.
        }
        [work] Here's one for your shelf: { $name }.
       *[title] Introducing the { $name }.
    }
    .screen = { $name }
intro-6 = { $named ->
        [type] { $number ->
            [pl] Let's take a look at these { $name }.
           *[other] Let's take a look at this { $name }.
        }
        [work] Let's take a look at this one: { $name }.
       *[title] Let's take a look at the { $name }.
    }
    .screen = { $name }
intro-7 = { $named ->
        [type] { $number ->
            [pl] My find of the day: these { $name }.
           *[other] My find of the day: this { $name }.
        }
        [work] My find of the day: { $name }.
       *[title] My find of the day: the { $name }.
    }
    .screen = { $name }
intro-8 = { $named ->
        [type] { $number ->
            [pl] So, about these { $name }.
           *[other] So, about this { $name }.
        }
        [work] So, about this one: { $name }.
       *[title] So, about the { $name }.
    }
    .screen = { $name }

# {material} is a noun ("organic cotton") or an adjective ("gold-plated"): it follows "it's/they're" or
# a colon, never "made of". No spec-sheet label ("Material: copper").
benefit-material-1 = { $number ->
        [pl] Quick note on the material: they're { $material }.
       *[other] Quick note on the material: it's { $material }.
    }
    .screen = { $material }
benefit-material-2 = { $number ->
        [pl] They're { $material }, by the way.
       *[other] It's { $material }, by the way.
    }
    .screen = { $material }
benefit-material-3 = { $number ->
        [pl] Material-wise, they're { $material }.
       *[other] Material-wise, it's { $material }.
    }
    .screen = { $material }

# {colors} is an "and" list (all of them), {colors_or} an "or" list (a choice); neither follows "comes in"
# alone ("comes in black and navy" reads as two-tone). {color_count} is the number of colours (2 or more).
# A list after a question takes a colon ("Which one: grey, brown or pink?"); en_SG lists take no serial comma.
# More than five colours (.requires = many_colors): the count only, no list, on screen or in the voice.
benefit-colors-1 = Your pick: { $colors_or }.
    .screen = Colours: { $colors }
benefit-colors-2 = Which colour would you go for: { $colors_or }?
    .screen = { $colors_or }?
benefit-colors-6 = Available in { $colors_or }.
    .screen = In { $colors_or }
benefit-colors-7 = { $colors_or }? Up to you.
    .screen = { $colors_or }
benefit-colors-3 = { $color_count ->
        [one] Available in { $colors_or }.
        [2] Two colours to choose from: { $colors_or }.
       *[other] Pick from { $color_count } colours: { $colors_or }.
    }
    .screen = { $color_count ->
        [one] { $colors }
       *[other] { $color_count } colours available
    }
benefit-colors-4 = A whole { $color_count } colours to pick from. Yes, { $color_count }.
    .screen = { $color_count } colours to pick from
    .requires = many_colors
benefit-colors-5 = { $number ->
        [pl] They come in { $color_count } colours, so there's plenty of choice.
       *[other] It comes in { $color_count } colours, so there's plenty of choice.
    }
    .screen = { $color_count } colours, plenty of choice
    .requires = many_colors

# {sizes} is two sizes or a range ("S–XL", "US 6–10"): the voice says it too, as the screen shows it (a
# voice line that only points at the screen is filler). "Find your size" is for clothes and shoes only.
benefit-sizes-1 = Available in { $sizes }, pick the one that works for you.
    .screen = Sizes: { $sizes }
benefit-sizes-2 = Sizes { $sizes }, so find your fit.
    .screen = Find your size: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-3 = { $number ->
        [pl] They come in sizes { $sizes }.
       *[other] It comes in sizes { $sizes }.
    }
    .screen = Available in { $sizes }
    .requires = group:apparel

# Used when the product has no fact to show: it must fit anything (a snack, a lamp, a T-shirt). The
# images may be placeholders: no line promises a close-up or points at what the clip shows.
benefit-generic-1 = Honestly, this one caught my eye immediately.
    .screen = Caught my eye immediately
benefit-generic-2 = One for the wishlist, for sure.
    .screen = One for the wishlist
benefit-generic-3 = { $number ->
        [pl] These are going straight onto my list.
       *[other] This one's going straight onto my list.
    }
    .screen = Straight onto my list

# Category benefits (benefit-<group>): no claim without its `.requires`.
benefit-apparel-1 = { $number ->
        [pl] They look neat and stay comfy all day.
       *[other] It looks neat and stays comfy all day.
    }
    .screen = Looks neat, stays comfy
    .requires = attr:material
# Apparel is shirts and dresses but also socks, slippers, bras and pyjamas: no "dress it up".
benefit-apparel-2 = { $number ->
        [pl] They're easy to pair with what you already have.
       *[other] It's easy to pair with what you already have.
    }
    .screen = Easy to pair
    .requires = !attr:age_range
benefit-apparel-3 = { $number ->
        [pl] Wear them your way, every day.
       *[other] Wear it your way, every day.
    }
    .screen = Your way, every day
    .requires = !attr:age_range
benefit-apparel-4 = For the little ones, for every day or dressing up.
    .screen = For the little ones
    .requires = attr:age_range
# beauty is also a toothbrush, a soap and hair extensions: no skincare "routine"
benefit-beauty-1 = { $number ->
        [pl] Give them a go and tell me what you think.
       *[other] Give it a go and tell me what you think.
    }
    .screen = Give it a go
# the seller said "lightweight": a light texture only, never "non-greasy" (another claim)
benefit-beauty-2 = A light texture, easy to add to your daily routine.
    .screen = Light texture
    .requires = feature:lightweight_texture
benefit-home-1 = { $number ->
        [pl] I already know where these are going.
       *[other] I already know where this one's going.
    }
    .screen = Already found the spot
benefit-home-2 = { $number ->
        [pl] Dim them in the evening for a cosier feel.
       *[other] Dim it in the evening for a cosier feel.
    }
    .screen = Dim it down at night
    .requires = feature:dimmable
benefit-home-3 = { $number ->
        [pl] Where would these go in your place? Let me know below.
       *[other] Where would this go in your place? Let me know below.
    }
    .screen = { $number ->
        [pl] Where would these go?
       *[other] Where would this go?
    }
benefit-pets-1 = Made with your fur kid in mind.
    .screen = For your fur kid
benefit-pets-2 = Who's the fur kid at home? Tell me below.
    .screen = Who's your fur kid?
benefit-baby-1 = Made with little ones in mind.
    .screen = For your little one
benefit-baby-2 = For your own little one or a baby shower gift? Tell me below.
    .screen = For baby or a gift?
benefit-electronics-1 = { $number ->
        [pl] Just plug them in and they're good to go.
       *[other] Just plug it in and it's good to go.
    }
    .screen = Plug in and go
    .requires = feature:plug_and_play
benefit-electronics-2 = Light enough to bring around all day.
    .screen = Easy to bring around
    .requires = feature:lightweight
benefit-electronics-3 = { $number ->
        [pl] They're made for everyday use.
       *[other] It's made for everyday use.
    }
    .screen = Made for everyday use
# the festival hooks already say "gift sorted/settled": these lines do not say it again
benefit-gifts-1 = Who would you give this to? Tell me below.
    .screen = Who's it for?
benefit-gifts-2 = { $number ->
        [pl] They come in a gift box, ready to give.
       *[other] It comes in a gift box, ready to give.
    }
    .screen = Gift box included
    .requires = feature:gift_box
benefit-gifts-3 = Birthdays, farewells, Christmas: it fits them all.
    .screen = Birthdays, farewells, Christmas
benefit-accessories-1 = { $number ->
        [pl] These are going into my everyday rotation.
       *[other] This one's going into my everyday rotation.
    }
    .screen = Into my everyday rotation
benefit-jewelry-1 = A small detail that makes a difference.
    .screen = Small detail, big difference
benefit-jewelry-2 = For yourself or as a gift, your call.
    .screen = For you or as a gift
benefit-toys-1 = Made for play time with the family.
    .screen = Family play time
benefit-toys-2 = Do check the recommended age first.
    .screen = Check the age guide
benefit-food-1 = One for the pantry or the office snack drawer.
    .screen = Pantry or office drawer
    .requires = !type:supplement
benefit-food-2 = Easy to share with family and colleagues.
    .screen = Made for sharing
    .requires = !type:supplement
benefit-sports-1 = A good fit for your workout routine.
    .screen = For your workout routine
benefit-sports-2 = Time to plan this week's workouts.
    .screen = Workout mode: on

# Offers: the same line serves a S$3.90 clip and a S$299 dress, so "only" belongs to the reductions.
offer-1 = { $number ->
        [pl] They're going for { $price }.
       *[other] It's going for { $price }.
    }
    .screen = Going for { $price }
offer-2 = The price? { $price }.
    .screen = { $price }
offer-3 = { $number ->
        [pl] You can get them for { $price }.
       *[other] You can get it for { $price }.
    }
    .screen = Yours for { $price }
offer-4 = Price tag: { $price }.
    .screen = Price tag: { $price }
offer-5 = Here's the damage: { $price }.
    .screen = The damage: { $price }
offer-6 = Yours for { $price }.
    .screen = { $price } in the yellow basket
offer-7 = Quick price check: { $price }.
    .screen = Price check: { $price }
offer-8 = Okay, the price: { $price }.
    .screen = Price: { $price }
offer-9 = It's going for { $price }.
    .screen = { $price }
offer-10 = Selling at { $price }.
    .screen = Selling at { $price }

# Neither "now only" nor "{discount} off" here: the discount hook already says both. No urgency. "U.P." is
# how Singapore shops write the usual price.
offer-discount-1 = Usually { $old_price }, now { $price }.
    .screen = Now { $price } (U.P. { $old_price })
offer-discount-2 = { $number ->
        [pl] Right now they're { $price }, down from { $old_price }.
       *[other] Right now it's { $price }, down from { $old_price }.
    }
    .screen = { $price }, down from { $old_price }
offer-discount-3 = From { $old_price } down to { $price }.
    .screen = Was { $old_price }, now { $price }

cta-1 = Tap the yellow basket to get yours.
    .screen = Tap the yellow basket
cta-2 = { $number ->
        [pl] They're in the yellow basket below.
       *[other] It's in the yellow basket below.
    }
    .screen = In the yellow basket
cta-3 = Add to cart from the yellow basket.
    .screen = Add to cart
cta-4 = Link's in the yellow basket, go have a look.
    .screen = Link in the yellow basket
cta-5 = Everything you need to know is in the yellow basket.
    .screen = Details in the yellow basket
# At most one CTA that opens without the basket; this one still names where to buy.
cta-6 = Save this for later. The link's in the yellow basket.
    .screen = Save this · link in the basket
cta-7 = { $number ->
        [pl] You'll find them in the yellow basket.
       *[other] You'll find it in the yellow basket.
    }
    .screen = Find it in the yellow basket
cta-8 = Tap the yellow basket and check it out.
    .screen = Check the yellow basket
cta-9 = Check out straight from the yellow basket.
    .screen = Check out via the basket

# Caption lines: {hook_line} is the chosen hook's on-screen text (it never contains {name}; a full stop is
# added when it has no end punctuation). {name} follows "the" (a title keeps its capitals, a fact-built
# name stays lower case mid-sentence); "now {price}" only when there is a reduction (no "was" price: the
# ad text is cut at 100 characters, at a comma, colon or full stop, and keeps the clause with the price:
# so {name} and {price} share one clause). An emoji only at the very end: the ad text drops it.
caption-1 = { $hook_line } Get { $named ->
        [work] { $name }
       *[title] the { $name }
    } by { $brand } for { $price } now. Tap the yellow basket. 🛒
    .requires = brand discount
caption-2 = { $hook_line } Get { $named ->
        [work] { $name }
       *[title] the { $name }
    } by { $brand } for { $price } in the yellow basket. ✨
    .requires = brand
caption-3 = { $hook_line } Grab { $named ->
        [work] { $name }
       *[title] the { $name }
    } for { $price }. Just tap the yellow basket. 💛
caption-4 = { $hook_line } { $named ->
        [type] { $number ->
            [sg] This { $name } is going for { $price } now.
            [pl] These { $name } are going for { $price } now.
           *[other] Get the { $name } at { $price } now.
        }
        [work] { $name } is going for { $price } now.
       *[title] { $number ->
            [pl] { $name } are going for { $price } now.
           *[other] { $name } is going for { $price } now.
        }
    } Link's in the yellow basket.
    .requires = discount
caption-5 = { $hook_line } Add { $named ->
        [work] { $name }
       *[title] the { $name }
    } to cart for { $price }. ✨
caption-8 = { $hook_line } Tap the yellow basket to get { $named ->
        [work] { $name }
       *[title] the { $name }
    } for { $price }. 🛒
caption-9 = { $hook_line } Shop { $named ->
        [work] { $name }
       *[title] the { $name }
    } for { $price } in the yellow basket. ✨
caption-12 = { $hook_line } Check out { $named ->
        [work] { $name }
       *[title] the { $name }
    } at { $price } in the yellow basket. 🛒
# The variants cost different amounts (.requires = from): {price} is the lowest, said as a starting price.
caption-6 = { $hook_line } Prices for { $named ->
        [work] { $name }
       *[title] the { $name }
    } start from { $price }. Pick yours in the yellow basket. 🛒
    .requires = from
caption-7 = { $hook_line } Grab { $named ->
        [work] { $name }
       *[title] the { $name }
    } from { $price } in the yellow basket. ✨
    .requires = from
# Without the name: for a product ctk can only call by its group word ("fashion", "home").
caption-10 = { $hook_line } Yours for { $price } in the yellow basket. 🛒
caption-11 = { $hook_line } Prices begin at { $price }. Pick yours in the yellow basket. 🛒
    .requires = from

hashtags = #TikTokShopSG #sgfinds #sgtiktok #fyp
label-sale = SALE
label-new = NEW
label-price_from = from { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Selected options only.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = From { $price }, depending on the option.
    .screen = From { $price }
offer-from-2 = Prices begin at { $price }.
    .screen = Prices from { $price }

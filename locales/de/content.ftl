# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Written for German TikTok (du-form), not translated from us.
## No article or inflected adjective before {category}/{name} (gender and case vary):
## they follow a colon or stand alone. {material} may be an adjective ("vergoldet"):
## it follows a colon or "ist", never "aus".
## {name} may be a fact-built name ("Schreibtischlampe, faltbar"): it stands alone or after a colon.
## Benefit scenes are built from facts (locales/de/facts.toml): the lines here assert nothing a fact
## must support (popularity, easy setup, lightness, portability, mood, comfort, warmth, durability,
## speed). A line that does is kept only with `requires` naming the fact that supports it.

# Hooks do not name the product: the intro does, right after (no name twice in a row, and the caption,
# which quotes the hook, does not repeat the name either). The hook scene is 3 s: every voice without
# {placeholder} is at most 37 characters (2,7 s at 14 Zeichen/s). No claims, no "gönn dir".
hook-1 = Schau mal, was ich gefunden hab.
    .screen = Schau mal, was ich gefunden hab
hook-2 = Kleiner Tipp von mir, hör kurz zu.
    .screen = Kleiner Tipp von mir
hook-3 = Okay, ich glaube, ich bin verliebt.
    .screen = Okay, ich bin verliebt
hook-4 = Hab ich gerade entdeckt, schau mal.
    .screen = Gerade entdeckt
hook-5 = Kennst du das schon? Bleib dran.
    .screen = Kennst du das schon?
hook-6 = Warte, das musst du dir ansehen.
    .screen = Warte, das musst du sehen
hook-7 = Gerade { $discount } reduziert, schau mal.
    .screen = Gerade { $discount } reduziert
    .requires = discount
hook-8 = { $hook_fact }. Schau mal.
    .screen = { $hook_fact }
    .requires = pitch
hook-9 = { $hook_fact }. Das musst du sehen.
    .screen = { $hook_fact }
    .requires = pitch
hook-10 = { $hook_fact }. Ich zeig's dir.
    .screen = { $hook_fact }
    .requires = pitch

intro-1 = Das hier ist von { $brand }: { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = Darf ich vorstellen: { $name }.
    .screen = { $name }
intro-3 = Um das hier geht's: { $name }.
    .screen = { $name }
intro-4 = Kurz vorgestellt: { $name }.
    .screen = { $name }

benefit-material-1 = Und das Material? { $material }.
    .screen = Material: { $material }
benefit-material-2 = Material-Check: { $material }.
    .screen = Material: { $material }
benefit-material-3 = Kurz zum Material: { $material }.
    .screen = Material: { $material }

benefit-colors-1 = Du hast die Wahl: { $colors_or }.
    .screen = Farben: { $colors }
benefit-colors-2 = Welche Farbe nimmst du: { $colors_or }?
    .screen = Welche Farbe? { $colors_or }
benefit-colors-3 = Gibt's in { $colors }.
    .screen = Erhältlich in { $colors }

benefit-sizes-1 = Erhältlich in den Größen { $sizes }.
    .screen = Größen: { $sizes }
benefit-sizes-2 = Such dir deine Größe aus: { $sizes }.
    .screen = Erhältlich in { $sizes }
benefit-sizes-3 = Zur Auswahl stehen die Größen { $sizes }.
    .screen = Größenauswahl: { $sizes }

# Fallback when a product has no usable fact: says nothing about the product that needs a fact.
benefit-generic-1 = Schau dir ruhig die Details genauer an.
    .screen = Schau genau hin
benefit-generic-2 = Schau's dir in Ruhe an, die Details siehst du im Shop.
    .screen = Schau's dir in Ruhe an
benefit-generic-3 = Ganz ehrlich: Mir gefällt's richtig gut.
    .screen = Ganz ehrlich: gefällt mir
benefit-generic-4 = Alle Infos findest du in der Produktbeschreibung.
    .screen = Alle Infos im Shop

benefit-apparel-1 = Sieht gut aus und trägt sich den ganzen Tag angenehm.
    .screen = Sieht gut aus, trägt sich easy
    .requires = attr:material
benefit-apparel-2 = Ob schick oder lässig: du kombinierst, wie du willst.
    .screen = Schick oder lässig? Beides.
benefit-apparel-3 = Lässt sich easy mit deinen Lieblingsteilen kombinieren.
    .screen = Easy zu kombinieren
benefit-beauty-1 = Passt easy in deine tägliche Routine.
    .screen = Rein in deine Routine
benefit-beauty-2 = Fühlt sich frisch auf der Haut an und fettet nicht.
    .screen = Frisch, ohne Fettfilm
    .requires = feature:lightweight_texture
benefit-beauty-3 = Ein neuer Kandidat für deine Pflegeroutine.
    .screen = Für deine Pflegeroutine
benefit-home-1 = Ein kleines Upgrade für dein Zuhause.
    .screen = Kleines Upgrade fürs Zuhause
benefit-home-2 = Abends runterdimmen, und es wird richtig gemütlich.
    .screen = Abends runterdimmen
    .requires = feature:dimmable
benefit-home-3 = Macht auch optisch echt was her.
    .screen = Macht was her
benefit-electronics-1 = Auspacken, einstecken, loslegen, Plug & Play eben.
    .screen = Auspacken, loslegen
    .requires = feature:plug_and_play
benefit-electronics-2 = Praktisch für deinen Alltag.
    .screen = Für deinen Alltag
benefit-electronics-3 = Ein kleiner Helfer für jeden Tag.
    .screen = Kleiner Helfer
benefit-gifts-1 = Vielleicht genau das Richtige für dein nächstes Geschenk.
    .screen = Idee für dein nächstes Geschenk
benefit-gifts-2 = Geburtstag, Dankeschön oder Weihnachten: Geschenkfrage gelöst.
    .screen = Geschenkfrage: gelöst
benefit-gifts-3 = Eine schöne Idee, wenn du noch ein Geschenk brauchst.
    .screen = Schöne Geschenkidee
benefit-accessories-1 = Genau das gewisse Extra für dein Outfit.
    .screen = Das gewisse Extra
benefit-accessories-2 = Passt zu fast allem in deinem Kleiderschrank.
    .screen = Passt zu fast allem
benefit-accessories-3 = Ein kleines Detail, das dein Outfit aufwertet.
    .screen = Kleines Detail, großer Effekt

offer-1 = Und das für nur { $price }.
    .screen = Nur { $price }
offer-2 = Das alles für { $price }.
    .screen = { $price }
offer-3 = Für { $price } kannst du zuschlagen.
    .screen = Für { $price } zu haben

offer-discount-1 = Gerade gibt's das für { $price } statt { $old_price }.
    .screen = { $price } statt { $old_price }
offer-discount-2 = Gerade reduziert, du zahlst nur { $price }.
    .screen = Jetzt reduziert: { $price }
offer-discount-3 = Minus { $discount }, also nur noch { $price }.
    .screen = Minus { $discount }: { $price }

cta-1 = Tippe unten auf den Warenkorb und hol's dir.
    .screen = Tippe auf den Warenkorb
cta-2 = Den Link findest du unten im Warenkorb.
    .screen = Link im Warenkorb
cta-3 = Schau's dir im Shop an, der Link ist im Warenkorb.
    .screen = Schau's dir im Shop an
cta-4 = Alle Details im Shop, tipp einfach auf den Warenkorb.
    .screen = Alle Details im Shop
cta-5 = Gefällt's dir? Dann ab in den Warenkorb.
    .screen = Ab in den Warenkorb
cta-6 = Speicher dir das Video für später.
    .screen = Speicher dir das Video

# Caption lines: {hook_line} is the chosen hook's on-screen text (ends in "." or "?").
# The emoji are decoration only: the ad text drops them, so every part ends in its own punctuation.
caption-1 = { $hook_line } 👉 { $brand }: { $name }. Jetzt für { $price }. Der Link ist im Warenkorb.
    .requires = brand
caption-2 = { $hook_line } ✨ Nur { $price }: { $name }. Tippe auf den Warenkorb. 🛒
caption-3 = { $hook_line } 🛒 Jetzt für { $price } holen: { $name }. Ab in den Warenkorb!

hashtags = #TikTokShop #TikTokMadeMeBuyIt #fürdich #fyp
label-sale = SALE
label-new = NEU
label-price_from = ab { $price }

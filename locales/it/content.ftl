# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Informal "tu" throughout. {category} always stands alone (after a colon), never after an
## article, a demonstrative or with an adjective agreeing with it: the noun can be masculine,
## feminine or plural. No article before {discount} either (il 20% / l'8% would need elision).
## No line asserts a claim class (docs/facts-data.md, "Claims") unless its `requires` names the
## fact that supports it; benefits come from facts.toml.

# Hooks: the voice is said within the 3-s hook scene (<= 40 characters at 15 char/s, see market.toml
# [pace]); no claim, no "fatti un regalo". {hook_fact} is the screen line of the product's first selling
# point ("Fino a 60 ore di autonomia", "In argento 925", "Confezione da 4"): it opens the line.
# The voice SAYS the fact (sound-on viewers hear it), then a short tease: <= 40 characters with a
# 15-character fact.
hook-1 = Aspetta, guarda un attimo qui.
    .screen = Aspetta, guarda qui
hook-2 = La mia scoperta del giorno, guarda.
    .screen = La mia scoperta del giorno
hook-3 = Vieni, ti faccio vedere una cosa.
    .screen = Ti faccio vedere una cosa
hook-4 = Fermati, non scrollare: guarda qua.
    .screen = Non scrollare!
hook-5 = { $discount } di sconto, hai sentito bene.
    .screen = { $discount } di sconto, hai letto bene
    .requires = discount
hook-6 = { $hook_fact }. Guarda bene qui.
    .screen = { $hook_fact }
    .requires = pitch
hook-7 = { $hook_fact }, ti spiego tutto.
    .screen = { $hook_fact }
    .requires = pitch
hook-8 = { $hook_fact }. Guarda qua.
    .screen = { $hook_fact }
    .requires = pitch

# {name} may be a fact-built name without an article ("lampada da scrivania pieghevole"):
# it stands after a colon or alone, never after "ecco" or an article. Hooks do not say {name}:
# the intro right after them does, and the name twice in five seconds sounds like a bug.
intro-1 = Firmato { $brand }, oggi ti presento questo: { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = Oggi ti faccio vedere questo: { $name }.
    .screen = { $name }
intro-3 = Arriva da { $brand }, guarda qui: { $name }.
    .screen = { $brand }: { $name }
    .requires = brand

benefit-material-1 = È in { $material }: guarda che dettagli.
    .screen = In { $material }
benefit-material-2 = È in { $material }, guarda da vicino.
    .screen = Materiale: { $material }

benefit-colors-1 = Scegli tu il colore: { $colors_or }.
    .screen = Colori: { $colors_or }
benefit-colors-2 = Puoi scegliere: { $colors_or }.
    .screen = In { $colors_or }

benefit-sizes-1 = Taglie disponibili: { $sizes }.
    .screen = Taglie: { $sizes }

# Fallback benefits: they show the product, they assert nothing about it.
benefit-generic-1 = Guarda un attimo i dettagli da vicino.
    .screen = Guarda i dettagli
benefit-generic-2 = Avvicinati, guardiamo da vicino.
    .screen = Da vicino
benefit-generic-3 = Ti lascio giudicare con i tuoi occhi.
    .screen = Giudica tu

benefit-apparel-1 = Look elegante o casual: decidi tu come abbinarlo.
    .screen = Elegante o casual: decidi tu
benefit-apparel-2 = Guarda bene il taglio e le finiture.
    .screen = Guarda il taglio
benefit-beauty-1 = Un passaggio in più da aggiungere alla tua routine.
    .screen = Da aggiungere alla tua routine
benefit-beauty-2 = La texture si assorbe in fretta senza lasciare la pelle unta.
    .screen = Texture leggera
    .requires = feature:lightweight_texture
benefit-home-1 = Regoli la luce in base all'atmosfera che vuoi.
    .screen = Luce regolabile, atmosfera a scelta
    .requires = feature:dimmable
benefit-home-2 = La profumazione si diffonde nella stanza e crea atmosfera.
    .screen = Profumazione nella stanza
    .requires = attr:scent
benefit-home-3 = Guarda un po' le finiture da vicino.
    .screen = Guarda le finiture
benefit-electronics-1 = Colleghi e funziona, senza installazione.
    .screen = Colleghi e funziona
    .requires = feature:plug_and_play
benefit-electronics-2 = Da mettere in borsa e portare ovunque, ogni giorno.
    .screen = Da portare ovunque
    .requires = feature:portable
benefit-electronics-3 = Dai, vediamo un po' cosa sa fare.
    .screen = Vediamo cosa sa fare
benefit-gifts-1 = Se cerchi un'idea regalo, guarda qui.
    .screen = Cerchi un'idea regalo?
benefit-gifts-2 = Un pensiero carino per qualcuno a cui tieni.
    .screen = Da regalare
benefit-gifts-3 = Arriva già in confezione regalo.
    .screen = In confezione regalo
    .requires = feature:gift_box
benefit-accessories-1 = Da aggiungere al tuo outfit come tocco finale.
    .screen = Il tocco finale
benefit-accessories-2 = Guarda che effetto fa addosso.
    .screen = Guarda l'effetto addosso

# No invented urgency ("finché dura l'offerta", "non aspettare") and no "fatti un regalo".
offer-1 = E costa solo { $price }.
    .screen = Solo { $price }
offer-2 = Tutto questo a { $price }.
    .screen = { $price }
offer-3 = Il prezzo? { $price }.
    .screen = Prezzo: { $price }

offer-discount-1 = Adesso costa { $price } invece di { $old_price }.
    .screen = { $price } invece di { $old_price }
offer-discount-2 = In questo momento è in offerta a { $price }.
    .screen = In offerta a { $price }
offer-discount-3 = { $discount } di sconto: adesso costa { $price } invece di { $old_price }.
    .screen = { $discount } di sconto

cta-1 = Clicca sul carrello qui sotto.
    .screen = Clicca sul carrello
cta-2 = Trovi il link nel carrello qui sotto.
    .screen = Link nel carrello
cta-3 = Ti lascio il link nel carrello, qui sotto.
    .screen = Il link è nel carrello
cta-4 = Trovi tutto nel carrello arancione, qui sotto.
    .screen = Tutto nel carrello arancione
cta-5 = Salva il video, così lo ritrovi quando vuoi.
    .screen = Salva il video
cta-6 = Tutti i dettagli li trovi nel carrello qui sotto.
    .screen = Tutti i dettagli nel carrello

# Caption lines: {hook_line} is the chosen hook's on-screen text (a sentence, or a fact line).
caption-1 = { $hook_line } 👉 { $brand }: { $name }, a { $price }. Trovi il link nel carrello 🛒
    .requires = brand
caption-2 = Colpo di fulmine 😍 { $name }, a { $price }. Link nel carrello 🛒
caption-3 = { $hook_line } { $name }, a { $price } 🛒 Trovi il link nel carrello.

hashtags = #TikTokShop #perte #tiktokmelhafattocomprare #offerte
label-sale = OFFERTA
label-new = NOVITÀ
label-price_from = da { $price }

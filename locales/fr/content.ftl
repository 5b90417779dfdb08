# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Tutoiement throughout. \u00A0 is the non-breaking space French puts before : ! ?
## {category} always stands alone (after a colon or after "côté"), never after an article
## or with an adjective agreeing with it: the noun can be masculine, feminine or plural.
## No line asserts a claim class (docs/facts-data.md, "Claims") unless its `requires` names the
## fact that supports it; benefits come from facts.toml.

# Hooks: the voice is said within the 3-s hook scene (<= 37 characters at 14 char/s, see market.toml
# [pace]); no claim, no "fais-toi plaisir". {hook_fact} is the screen line of the product's first selling
# point ("Jusqu'à 60 h d'autonomie", "En argent 925", "Lot de 4"): it opens the line (it starts with a
# capital), never after a colon.
hook-1 = Attends, regarde-moi ça.
    .screen = Attends, regarde ça
hook-2 = Ma trouvaille du jour, regarde.
    .screen = Ma trouvaille du jour
hook-3 = Viens, je te montre un truc.
    .screen = Je te montre un truc
hook-4 = Arrête de scroller, regarde ça.
    .screen = Arrête de scroller !
hook-5 = Là, c'est { $discount } de réduction.
    .screen = { $discount } de réduction, tu as bien lu
    .requires = discount
hook-6 = { $hook_fact }. Regarde bien.
    .screen = { $hook_fact }
    .requires = pitch
hook-7 = { $hook_fact }, je t'explique.
    .screen = { $hook_fact }
    .requires = pitch
hook-8 = { $hook_fact }. Regarde-moi ça.
    .screen = { $hook_fact }
    .requires = pitch

# {name} may be a fact-built name without an article ("lampe de bureau pliable"):
# it stands after a colon or alone, never after "voici" or an article. Hooks do not say {name}:
# the intro right after them does, and the name twice in five seconds sounds like a bug.
intro-1 = De chez { $brand }, je te présente ça : { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = Aujourd'hui, je te montre ça : { $name }.
    .screen = { $name }
intro-3 = Ça vient de chez { $brand } : { $name }.
    .screen = { $brand } : { $name }
    .requires = brand

benefit-material-1 = C'est en { $material }, regarde de plus près.
    .screen = En { $material }
benefit-material-2 = C'est fait en { $material }.
    .screen = Matière : { $material }

benefit-colors-1 = Dispo en { $colors_or }, à toi de choisir.
    .screen = Coloris : { $colors_or }
benefit-colors-2 = Tu as le choix : { $colors_or }.
    .screen = En { $colors_or }

benefit-sizes-1 = Les tailles dispo : { $sizes }.
    .screen = Tailles dispo : { $sizes }

# Fallback benefits: they show the product, they assert nothing about it.
benefit-generic-1 = Regarde un peu les détails de plus près.
    .screen = Zoom sur les détails
benefit-generic-2 = Approche, je te montre tout ça de plus près.
    .screen = Regarde de plus près
benefit-generic-3 = Je te laisse juger par toi-même.
    .screen = À toi de juger

benefit-apparel-1 = Look chic ou décontract', c'est toi qui décides.
    .screen = Chic ou décontract' ? À toi de voir
benefit-apparel-2 = Regarde bien la coupe et les finitions.
    .screen = Zoom sur la coupe
benefit-beauty-1 = Un geste de plus à glisser dans ta routine.
    .screen = À glisser dans ta routine
benefit-beauty-2 = La texture pénètre vite, sans laisser de film gras.
    .screen = Texture légère
    .requires = feature:lightweight_texture
benefit-home-1 = Tu règles la lumière selon l'ambiance que tu veux.
    .screen = Lumière réglable, ambiance au choix
    .requires = feature:dimmable
benefit-home-2 = Le parfum se diffuse dans la pièce et installe une vraie ambiance.
    .screen = Ambiance parfumée
    .requires = attr:scent
benefit-home-3 = Regarde un peu les finitions de près.
    .screen = Regarde les finitions
benefit-electronics-1 = Tu branches et c'est parti, aucune installation à faire.
    .screen = Tu branches, c'est parti
    .requires = feature:plug_and_play
benefit-electronics-2 = Ça se glisse dans le sac et ça te suit partout.
    .screen = Partout avec toi
    .requires = feature:portable
benefit-electronics-3 = On regarde de plus près ce que ça a dans le ventre ?
    .screen = On regarde ça en détail ?
benefit-gifts-1 = Si tu cherches une idée cadeau, regarde ça.
    .screen = Une idée cadeau ?
benefit-gifts-2 = Une jolie idée à offrir à quelqu'un que tu aimes.
    .screen = À offrir
benefit-gifts-3 = Ça arrive dans son coffret, prêt à offrir.
    .screen = En coffret cadeau
    .requires = feature:gift_box
benefit-accessories-1 = À ajouter à ta tenue comme touche finale.
    .screen = La touche finale
benefit-accessories-2 = Regarde ce que ça donne une fois porté.
    .screen = Regarde le rendu porté

# No invented urgency ("tant que l'offre dure", "avant la rupture") and no "fais-toi plaisir".
offer-1 = Et c'est seulement { $price }.
    .screen = Seulement { $price }
offer-2 = Tout ça pour { $price }.
    .screen = { $price }
offer-3 = Et le prix ? { $price }.
    .screen = Prix : { $price }

offer-discount-1 = En ce moment, c'est { $price } au lieu de { $old_price }.
    .screen = { $price } au lieu de { $old_price }
offer-discount-2 = En ce moment, c'est en promo à { $price }.
    .screen = En promo : { $price }
offer-discount-3 = Avec { $discount } de réduction, ça fait { $price } au lieu de { $old_price }.
    .screen = { $discount } de réduction

cta-1 = Clique sur le panier, juste en dessous.
    .screen = Clique sur le panier
cta-2 = Le lien est dans le panier, juste en dessous.
    .screen = Le lien est dans le panier
cta-3 = Je te mets le lien dans le panier, juste en dessous.
    .screen = Lien dans le panier
cta-4 = Tout est dans le panier orange, en bas de la vidéo.
    .screen = Tout est dans le panier orange
cta-5 = Enregistre la vidéo pour la retrouver plus tard.
    .screen = Enregistre la vidéo
cta-6 = Tous les détails sont dans le panier, juste en dessous.
    .screen = Tous les détails dans le panier

# Caption lines: {hook_line} is the chosen hook's on-screen text (a sentence, or a fact line).
caption-1 = { $hook_line } 👉 { $name }, de chez { $brand }, à { $price }. Le lien est dans le panier 🛒
    .requires = brand
caption-2 = Coup de cœur 😍 { $name }, à { $price }. Le lien est dans le panier 🛒
caption-3 = À découvrir : { $name }, à { $price } 🛒 Le lien est dans le panier.

hashtags = #TikTokShop #pourtoi #tiktokmafaitacheter #bonplan
label-sale = PROMO
label-new = NOUVEAU
label-price_from = dès { $price }

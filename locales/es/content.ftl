# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Spanish (Spain), tú-form. {name} and {category} only after a colon, in brackets or after "Hoy toca",
## never with an article or an adjective, so any noun (masculine, feminine, plural) fits.
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood,
## comfort, warmth, durability, speed) unless its `requires` names the fact that supports it.
## Hooks never carry {name} or {category}: the intro names the product right after, and saying it twice in

# Hooks never carry {name} or {category}: the intro names the product right after, and saying it twice in
# four seconds sounds like a spec sheet. Every hook's voice is said in 2.7 s (<= 40 characters at 15 cps);
# {hook_fact} (the screen line of the first selling point: "Hasta 60 h de batería", "Pack de 4") opens the
# line, so its capital letter stands where Spanish wants one. No "date un capricho", no claims.
hook-1 = Mi último descubrimiento, mira.
    .screen = Mi último descubrimiento
hook-2 = Espera, no pases de vídeo todavía.
    .screen = No pases de vídeo
hook-3 = No sabía que lo necesitaba hasta verlo.
    .screen = No sabía que lo necesitaba
hook-4 = Tienes que ver esto, en serio.
    .screen = Tienes que ver esto
hook-5 = Ojo a lo que he encontrado.
    .screen = Ojo a lo que he encontrado
hook-6 = Un { $discount } de descuento. Sí, en serio.
    .screen = { $discount } de descuento. Sí, en serio.
    .requires = discount
hook-7 = { $hook_fact }. Mira esto.
    .screen = { $hook_fact }
    .requires = pitch
hook-8 = { $hook_fact }, y hay más.
    .screen = { $hook_fact }
    .requires = pitch

# The intro names the product by its type word ({category}, bare: "Hoy toca mochila", "Vamos al lío:
# auriculares"); the screen shows the full name. Reading the built name aloud ("taza, cerámica, gran
# capacidad") sounds like a spec sheet, and every fact in it has its own scene after.
intro-1 = Hoy toca { $category } de { $brand }.
    .screen = { $name }
    .requires = brand
intro-2 = Vamos al lío: { $category }.
    .screen = { $name }
intro-3 = Hoy toca { $category }.
    .screen = { $name }

# {material} only after a colon: "El material es baño de oro" / "Es de baño de oro" are wrong.
benefit-material-1 = Fíjate en el material: { $material }.
    .screen = Material: { $material }
benefit-material-2 = Te cuento el material: { $material }.
    .screen = Material: { $material }
benefit-material-3 = Ojo al material: { $material }.
    .screen = Fíjate en el material: { $material }

# Colours are named: {colors_or} for a choice ("negro o marrón"), {colors} ("negro y marrón") only as a label.
# Only used with two colours or more.
benefit-colors-1 = Lo tienes en { $colors_or }.
    .screen = En { $colors_or }
benefit-colors-2 = ¿Cuál te pides, { $colors_or }?
    .screen = Colores: { $colors }
benefit-colors-3 = Lo hay en { $colors_or }: tú eliges.
    .screen = Elige: { $colors_or }

benefit-sizes-1 = Tallas disponibles: { $sizes }.
    .screen = Tallas: { $sizes }
benefit-sizes-2 = Puedes elegir entre las tallas { $sizes }.
    .screen = Tallas disponibles: { $sizes }
benefit-sizes-3 = Busca tu talla: { $sizes }.
    .screen = Elige tu talla: { $sizes }

benefit-generic-1 = Un básico para tu día a día.
    .screen = Para tu día a día
benefit-generic-2 = Mira en el vídeo cómo es en persona.
    .screen = Así es en persona
benefit-generic-3 = Fíjate en los detalles, que en el vídeo se ven de cerca.
    .screen = Fíjate en los detalles
benefit-generic-4 = Sin complicaciones: sacar de la caja, usar y listo.
    .screen = Sin complicaciones
    .requires = feature:plug_and_play

benefit-apparel-1 = Para combinar a tu manera con lo que ya tienes en el armario.
    .screen = Para combinar a tu manera
benefit-apparel-2 = Fíjate en el vídeo en cómo sienta.
    .screen = Mira cómo sienta
benefit-beauty-1 = Un paso más para tu rutina de cada día.
    .screen = Para tu rutina
benefit-beauty-2 = Deja una sensación ligera y fresca en la piel.
    .screen = Sensación ligera y fresca
    .requires = feature:lightweight_texture
benefit-home-1 = Un detalle para tu casa, a tu estilo.
    .screen = Un detalle para tu casa
benefit-home-2 = Con su aroma, cualquier rincón se vuelve más acogedor.
    .screen = Tu casa, más acogedora
    .requires = attr:scent
benefit-electronics-1 = Mira en el vídeo cómo funciona.
    .screen = Mira cómo funciona
benefit-electronics-2 = Enchufas y listo, sin manuales.
    .screen = Enchufar y listo
    .requires = feature:plug_and_play
benefit-electronics-3 = Te acompaña a todas partes.
    .screen = Va contigo a todas partes
    .requires = feature:portable
benefit-gifts-1 = Si buscas una idea para regalar, apúntate esta.
    .screen = Una idea para regalar
benefit-gifts-2 = Viene en caja de regalo: no tienes que envolver nada.
    .screen = Viene en caja de regalo
    .requires = feature:gift_box
benefit-accessories-1 = Para completar tu look a tu manera.
    .screen = Para completar tu look
benefit-accessories-2 = Míralo de cerca en el vídeo, con todos los detalles.
    .screen = Míralo de cerca

offer-1 = Y solo cuesta { $price }.
    .screen = Solo { $price }
offer-2 = Todo esto por { $price }.
    .screen = Por { $price }
offer-3 = ¿El precio? { $price }.
    .screen = Precio: { $price }

offer-discount-1 = Ahora está a { $price } en vez de { $old_price }.
    .screen = { $price } (antes { $old_price })
offer-discount-2 = Ahora te sale por { $price }.
    .screen = Ahora { $price }
offer-discount-3 = Con el { $discount } de descuento, se queda en { $price }.
    .screen = { $discount } de descuento: { $price }

cta-1 = Lo tienes en el carrito naranja.
    .screen = Lo tienes en el carrito naranja
cta-2 = Pincha en el carrito naranja, aquí abajo.
    .screen = Pincha en el carrito naranja
cta-3 = Toca el carrito naranja y échale un vistazo.
    .screen = Toca el carrito naranja
cta-4 = Guarda este vídeo para tenerlo a mano.
    .screen = Guarda este vídeo
cta-5 = Todos los detalles los tienes en el carrito naranja.
    .screen = Detalles en el carrito naranja
cta-6 = El enlace está en el carrito naranja, aquí abajo.
    .screen = El enlace, en el carrito naranja

# Caption lines: {hook_line} is the chosen hook's on-screen text.
# {name} is lower-case and only the line's first letter is capitalised: it stands at the very start
# or after a colon, never after an emoji. No "({category})": the name already starts with it.
caption-1 = { $hook_line } 👉 De { $brand }, por { $price }: { $name }. Lo tienes en el carrito naranja 🛒
    .requires = brand
caption-2 = { $hook_line } ✨ Por { $price }: { $name }. Toca el carrito naranja para verlo.
caption-3 = { $name }, por { $price }. ¿Qué te parece? Lo tienes en el carrito naranja 🛒

hashtags = #TikTokShop #TikTokMeLoHizoComprar #parati #chollos
label-sale = OFERTA
label-new = NOVEDAD
label-price_from = desde { $price }

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Mexican Spanish (es-MX), tú-form (never usted, never vosotros), the voice of a Mexican TikTok seller
## showing a find to a friend: "checa", "te late", "ahorita", "te platico", "aquí abajito", "link";
## Mexican vocabulary (celular, lentes, aretes, playera, chamarra, clóset, outfit, video without accent),
## never Peninsular forms (móvil, gafas, vale, pinchar, fichado, chollo, mola). Every line is written for
## this market, not translated from Spain's.
##
## Grammar: lines that name the product select on the grammar of its type word (facts.toml [types]):
## $gender (m, f) and $number (sg, pl) choose the demonstrative and the pronoun: "este collar",
## "esta taza", "estos audífonos", "estas calcetas"; "lo/la/los/las encuentras". $gender is known only
## when the name is built from facts (or is the type word); a seller's own title has no known gender, so
## every selector's *[other] default reads right with ANY noun: the name or the type word after a colon
## ("De Soundbit: audífonos"), or a sentence that does not refer to it ("El link está en...").
## { $category } in a voice line is the bare type word ("collar", "lentes de sol"), { $name } the full name
## ("collar de plata 925"): a bare { $name } only after a colon or at the start of the line (the lint).
## An intro's *[other] variant names the product by { $name } (the seller's title, or the brand), never by
## { $category }: there it is a group or generic word ("belleza", "producto"), not a name.
## Agreement: a line without a selector has no subject that agrees with the product ("Te sale en" is
## impersonal; "Pesa poco" is not): select on $number/$gender, or say it so that any noun fits.
## Colour lines: $colors_or for a choice ("negro o blanco"), $colors as a list ("negro y blanco"),
## $color_count selected on its CLDR plural category (Spanish: [one], *[other]).
## Prices: "$1,299" on screen, said "1299 pesos" (facts.toml [spoken]); "te sale en", "está en", "a $299".
##
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort,
## warmth, durability, speed) unless its `.requires` names the fact that supports it ([claims] in
## facts.toml lists the phrases). No "nuevo" (we do not know the product is new), no "el mejor",
## no "te va a encantar", no urgency ("corre", "últimas piezas", "antes de que se acabe").

# HOOKS: the first 3 seconds. Each voice is said in under 2.7 s (<= 37 characters, a "%" said as
# "por ciento" counted), never names the product or its category (the intro does, right after), and
# promises nothing a fact must support. A situation, a direct "tú", a curiosity gap.
# { $hook_fact } (the screen line of the first selling point: "Hasta 30 h de batería", "Paquete de 10
# pares", "Batería recargable", maybe an adjective: "Hidratante") opens its line, so its capital letter
# stands where Spanish wants one; it is stated and met with a short reaction that fits any strong fact ("Hasta
# 33 h de combustión. Nada mal, ¿eh?", "Hidratante. Eso sí me gustó."); never asked back and confirmed ("¿Hidratante?
# Así como lo oyes." was a weak opener). Never a bare fragment plus
# filler, a warning ("ojo") or a gush ("¡Claro que sí!").
# No "ahorita te cuento": the fact in the hook is not always said again later, so the hook promises nothing.
hook-1 = No, pues esto no me lo esperaba.
    .screen = Esto no me lo esperaba
hook-2 = Espérate, no le des scroll todavía.
    .screen = No le des scroll todavía
hook-3 = Neta, no sabía que necesitaba esto.
    .screen = No sabía que necesitaba esto
hook-4 = Tienes que checar esto, en serio.
    .screen = Tienes que checar esto
hook-5 = Mira nada más lo que me encontré.
    .screen = Mira lo que me encontré
hook-6 = Guarda este video para después.
    .screen = Guarda este video
hook-7 = Lo vi y pensé en ti, neta.
    .screen = Lo vi y pensé en ti
hook-8 = Esto se va directito a mi carrito.
    .screen = Directito al carrito
hook-9 = ¿Neta? { $discount } de descuento.
    .screen = ¿Neta? { $discount } de descuento
    .requires = discount
hook-10 = ¿{ $discount } de descuento? ¡Órale!
    .screen = ¿{ $discount } de descuento? ¡Órale!
    .requires = discount
hook-11 = { $hook_fact }. Eso sí me gustó.
    .screen = { $hook_fact }. Eso sí me gustó
    .requires = pitch
hook-12 = { $hook_fact }. Con eso me ganó.
    .screen = { $hook_fact }
    .requires = pitch
hook-13 = { $hook_fact }. Nada mal, ¿eh?
    .screen = { $hook_fact }
    .requires = pitch
hook-14 = A ver, ¿ya viste esto?
    .screen = ¿Ya viste esto?
hook-15 = Esto tenía que enseñártelo.
    .screen = Tenía que enseñártelo
hook-16 = ¿Ya conocías esto? Mira.
    .screen = ¿Ya conocías esto?
hook-17 = A ver, dime si esto no está padre.
    .screen = ¿Está padre o no?
# a guilty pleasure: a snack or a sweet, not a soap, a tee or a supplement
hook-18 = No me juzgues, pero mira esto.
    .screen = No me juzgues, pero mira
    .requires = group:food !type:supplement
# no "hoy": intro-2 opens with "Hoy te traigo…"
hook-19 = Checa lo que te traje.
    .screen = Mira lo que te traje
hook-20 = ¿{ $hook_fact }? A ver, a ver.
    .screen = ¿{ $hook_fact }?
    .requires = pitch
hook-21 = { $hook_fact }. Eso me late.
    .screen = { $hook_fact }
    .requires = pitch
hook-22 = { $hook_fact }. Ya me convenció.
    .screen = { $hook_fact }
    .requires = pitch
# more openers for any product: "Tenía que enseñártelo" opened two videos of one catalog
hook-23 = Ok, esto me alegró el día.
    .screen = Esto me alegró el día
hook-24 = ¿Andabas buscando algo así?
    .screen = ¿Buscabas algo así?
hook-25 = Ándale, quédate tantito.
    .screen = Quédate tantito

# INTRO: names the product, right after the hook. The voice says the type word with its demonstrative
# ("Te presento esta lámpara de escritorio"), the screen shows the full name. The *[other] variant (a
# seller's title, "Paquete de 5 bodies de algodón") opens with the name, whose capital then stands where
# Spanish wants one: never after a colon ("Esto es de Baby Heaven: Paquete…"). Reading the built name
# aloud ("taza, cerámica, artesanal") sounds like a spec sheet; every fact in it has its own scene after.
# A singular type word sold as a pack ($pack > 0: "base para macetas", 2 piezas) says it is not one piece
# ("que no viene sola"): "esta base para macetas" alone, then "vienen 2 piezas", contradicts itself; the count
# itself belongs to the pack line after it ("Te llevas 2 piezas…"), so the intro does not say it twice.
intro-1 = { $gender ->
        [m] { $number ->
            [pl] Te presento estos { $category } de la marca { $brand }.
           *[other] { $pack ->
                [0] Te presento este { $category } de la marca { $brand }.
               *[other] Te presento este { $category } de la marca { $brand }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Te presento estas { $category } de la marca { $brand }.
           *[other] { $pack ->
                [0] Te presento esta { $category } de la marca { $brand }.
               *[other] Te presento esta { $category } de la marca { $brand }, que no viene sola.
            }
        }
       *[other] { $name }, de { $brand }: esto te traigo hoy.
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $gender ->
        [m] { $number ->
            [pl] Hoy te traigo estos { $category }.
           *[other] { $pack ->
                [0] Hoy te traigo este { $category }.
               *[other] Hoy te traigo este { $category }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Hoy te traigo estas { $category }.
           *[other] { $pack ->
                [0] Hoy te traigo esta { $category }.
               *[other] Hoy te traigo esta { $category }, que no viene sola.
            }
        }
       *[other] { $name }: checa esto.
    }
    .screen = { $name }
intro-3 = { $gender ->
        [m] { $number ->
            [pl] Te platico de estos { $category }.
           *[other] { $pack ->
                [0] Te platico de este { $category }.
               *[other] Te platico de este { $category }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Te platico de estas { $category }.
           *[other] { $pack ->
                [0] Te platico de esta { $category }.
               *[other] Te platico de esta { $category }, que no viene sola.
            }
        }
       *[other] { $name }: de esto te platico hoy.
    }
    .screen = { $name }
intro-4 = { $gender ->
        [m] { $number ->
            [pl] Conoce estos { $category }.
           *[other] { $pack ->
                [0] Conoce este { $category }.
               *[other] Conoce este { $category }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Conoce estas { $category }.
           *[other] { $pack ->
                [0] Conoce esta { $category }.
               *[other] Conoce esta { $category }, que no viene sola.
            }
        }
       *[other] { $name }: mira qué encontré.
    }
    .screen = { $name }
intro-5 = { $gender ->
        [m] { $number ->
            [pl] Estos { $category } son de la marca { $brand }.
           *[other] { $pack ->
                [0] Este { $category } es de la marca { $brand }.
               *[other] Este { $category } es de la marca { $brand } y no viene solo.
            }
        }
        [f] { $number ->
            [pl] Estas { $category } son de la marca { $brand }.
           *[other] { $pack ->
                [0] Esta { $category } es de la marca { $brand }.
               *[other] Esta { $category } es de la marca { $brand } y no viene sola.
            }
        }
       *[other] { $name }, de { $brand }.
    }
    .screen = { $name }
    .requires = brand

intro-6 = { $gender ->
        [m] { $number ->
            [pl] Checa estos { $category }.
           *[other] { $pack ->
                [0] Checa este { $category }.
               *[other] Checa este { $category }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Checa estas { $category }.
           *[other] { $pack ->
                [0] Checa esta { $category }.
               *[other] Checa esta { $category }, que no viene sola.
            }
        }
       *[other] { $name }, te cuento.
    }
    .screen = { $name }
intro-7 = { $gender ->
        [m] { $number ->
            [pl] Mira nada más estos { $category }.
           *[other] { $pack ->
                [0] Mira nada más este { $category }.
               *[other] Mira nada más este { $category }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Mira nada más estas { $category }.
           *[other] { $pack ->
                [0] Mira nada más esta { $category }.
               *[other] Mira nada más esta { $category }, que no viene sola.
            }
        }
       *[other] { $name }: mira nada más.
    }
    .screen = { $name }
intro-8 = { $gender ->
        [m] { $number ->
            [pl] Hoy te enseño estos { $category }.
           *[other] { $pack ->
                [0] Hoy te enseño este { $category }.
               *[other] Hoy te enseño este { $category }, que no viene solo.
            }
        }
        [f] { $number ->
            [pl] Hoy te enseño estas { $category }.
           *[other] { $pack ->
                [0] Hoy te enseño esta { $category }.
               *[other] Hoy te enseño esta { $category }, que no viene sola.
            }
        }
       *[other] Hoy te enseño esto: { $name }.
    }
    .screen = { $name }

# "Es de / Están hechas de" agree through $number / $gender; jewelry keeps the colon: its material may be a
# plating ("baño de oro"), and "es de baño de oro" is wrong. The default (a seller's title) has no subject.
benefit-material-1 = { $number ->
        [pl] Son de { $material }.
        [sg] Es de { $material }.
       *[other] ¿El material? Es { $material }.
    }
    .screen = { $material }
    .requires = !group:jewelry
benefit-material-2 = { $gender ->
        [m] { $number ->
            [pl] Están hechos de { $material }.
           *[other] Está hecho de { $material }.
        }
        [f] { $number ->
            [pl] Están hechas de { $material }.
           *[other] Está hecha de { $material }.
        }
       *[other] ¿De qué está hecho? De { $material }.
    }
    .screen = { $material }
    .requires = !group:jewelry
benefit-material-3 = Ojo al material: { $material }.
    .screen = { $material }
    .requires = group:jewelry

# Colours: only used with two colours or more. Colour words after "en" stay masculine ("en negro").
# More than five colours: only the many_colors lines, which count them and list none (voice and screen).
benefit-colors-1 = { $gender ->
        [m] { $number ->
            [pl] Los encuentras en { $colors_or }.
           *[other] Lo encuentras en { $colors_or }.
        }
        [f] { $number ->
            [pl] Las encuentras en { $colors_or }.
           *[other] La encuentras en { $colors_or }.
        }
       *[other] Puedes escoger entre { $colors }.
    }
    .screen = En { $colors_or }
benefit-colors-2 = ¿Cuál te llevas: { $colors_or }?
    .screen = Colores: { $colors }
benefit-colors-3 = { $color_count ->
        [one] Viene en un solo color: { $colors }.
       *[other] Hay { $color_count } colores para escoger: { $colors }.
    }
    .screen = { $color_count ->
        [one] Color: { $colors }
       *[other] { $color_count } colores
    }
benefit-colors-4 = Hay { $color_count } colores para escoger.
    .screen = { $color_count } colores para escoger
    .requires = many_colors
benefit-colors-5 = ¿Cuál te late? Hay { $color_count } colores.
    .screen = { $color_count } colores
    .requires = many_colors
benefit-colors-6 = Viene en { $colors_or }, tú escoges.
    .screen = En { $colors_or }
benefit-colors-7 = ¿{ $colors_or }? Tú decides.
    .screen = { $colors_or }

# Sizes: { $sizes } is "S / L" or "S–XL", for the eye only (the voice would read the slash): the screen shows
# it, the voice says there is a choice. "Talla" is clothing's and shoes' word (apparel only; shoes also
# "número": "¿qué número calzas?"), "tamaño" a thing's (home); the neutral line ("opciones") fits a cat
# scratcher, a ring, a boot or a T-shirt alike: never "tamaño" of a shoe or a shirt.
benefit-sizes-1 = Hay varias tallas para escoger.
    .screen = Tallas: { $sizes }
    .requires = group:apparel !type:shoes
benefit-sizes-2 = Fíjate bien en tu talla antes de pedir.
    .screen = Tallas disponibles: { $sizes }
    .requires = group:apparel !type:shoes !attr:age_range
benefit-sizes-3 = Tienes varias opciones para escoger.
    .screen = Opciones: { $sizes }
    .requires = !type:shoes
benefit-sizes-4 = ¿Qué número calzas? Checa cuál te queda.
    .screen = Números: { $sizes }
    .requires = type:shoes
benefit-sizes-5 = Escoge el tamaño que más te sirva.
    .screen = Tamaños: { $sizes }
    .requires = group:home

# Benefit lines without a fact never promise what the clip shows ("míralo de cerca", "en el video se ve"):
# the images may be stills or placeholders.
benefit-generic-1 = Para ti o para regalar, tú decides.
    .screen = Para ti o para regalar
benefit-generic-2 = Cuéntame en los comentarios si ya está en tu lista.
    .screen = ¿Ya está en tu lista?
benefit-generic-3 = Dime en los comentarios si te late.
    .screen = ¿Te late?
benefit-generic-4 = Sin complicaciones: sacas de la caja, usas y listo.
    .screen = Sin complicaciones
    .requires = feature:plug_and_play

# kids' clothes (an age range) are not worn by the viewer: no "tu clóset", "tu estilo"
benefit-apparel-1 = Para combinar a tu estilo con lo que ya tienes en el clóset.
    .screen = Para combinar a tu estilo
    .requires = !attr:age_range
benefit-apparel-2 = Para diario o para salir, tú decides.
    .screen = Para diario o para salir
benefit-apparel-3 = Para consentir a los peques de la casa.
    .screen = Para los peques de la casa
    .requires = attr:age_range
# beauty is also a toothbrush, a soap and hair extensions: no skincare "rutina"
benefit-beauty-1 = Un detallito para consentirte.
    .screen = Para consentirte
benefit-beauty-2 = Textura ligera, para tu rutina diaria.
    .screen = Textura ligera
    .requires = feature:lightweight_texture
# home is also pet toys, kitchen tools and bedding: no "decor" line
benefit-home-1 = ¿Para tu casa o para regalar? Te leo.
    .screen = ¿Para tu casa o para regalar?
benefit-home-2 = Con su aroma, cualquier rincón se siente más acogedor.
    .screen = Tu casa, más acogedora
    .requires = attr:scent
benefit-home-3 = { $gender ->
        [m] { $number ->
            [pl] ¿Ya tienes unos así en casa? Cuéntame.
           *[other] ¿Ya tienes uno así en casa? Cuéntame.
        }
        [f] { $number ->
            [pl] ¿Ya tienes unas así en casa? Cuéntame.
           *[other] ¿Ya tienes una así en casa? Cuéntame.
        }
       *[other] ¿Ya tienes algo así en casa? Cuéntame.
    }
    .screen = ¿Ya tienes algo así?
benefit-pets-1 = Pensado para consentir a tu mascota.
    .screen = Para consentir a tu mascota
benefit-pets-2 = ¿Para tu michi o para tu lomito? Te leo en los comentarios.
    .screen = ¿Para michi o para lomito?
benefit-baby-1 = Para el día a día con tu bebé.
    .screen = Para el día a día con tu bebé
benefit-baby-2 = ¿Es para tu bebé o para regalar en un baby shower? Te leo.
    .screen = ¿Para tu bebé o para un baby shower?
benefit-electronics-1 = { $gender ->
        [m] { $number ->
            [pl] ¿Tú para qué los usarías? Cuéntame.
           *[other] ¿Tú para qué lo usarías? Cuéntame.
        }
        [f] { $number ->
            [pl] ¿Tú para qué las usarías? Cuéntame.
           *[other] ¿Tú para qué la usarías? Cuéntame.
        }
       *[other] ¿Tú cómo le sacarías provecho? Cuéntame.
    }
    .screen = Te leo en los comentarios
benefit-electronics-2 = Conectas y listo, sin instructivos.
    .screen = Conectar y listo
    .requires = feature:plug_and_play
benefit-electronics-3 = { $gender ->
        [m] { $number ->
            [pl] Te los llevas a todas partes.
           *[other] Te lo llevas a todas partes.
        }
        [f] { $number ->
            [pl] Te las llevas a todas partes.
           *[other] Te la llevas a todas partes.
        }
       *[other] Para llevar a todas partes.
    }
    .screen = Va contigo a todas partes
    .requires = feature:portable
benefit-gifts-1 = ¿Andas buscando qué regalar? Aquí hay una idea.
    .screen = Una idea para regalar
benefit-gifts-2 = En caja de regalo: ya no tienes que envolver nada.
    .screen = En caja de regalo
    .requires = feature:gift_box
benefit-accessories-1 = Para completar tu outfit a tu estilo.
    .screen = Para completar tu outfit
benefit-accessories-2 = El detalle que le faltaba a tu outfit.
    .screen = El detalle para tu outfit

# Prices: "cuesta/cuestan" agree in number; the default says the price without a subject.
offer-1 = { $number ->
        [pl] Y cuestan { $price }.
        [sg] Y cuesta { $price }.
       *[other] ¿Y el precio? { $price }.
    }
    .screen = Precio: { $price }
offer-2 = { $number ->
        [pl] Están en { $price }.
        [sg] Está en { $price }.
       *[other] Su precio: { $price }.
    }
    .screen = Por { $price }
offer-3 = ¿Y cuánto cuesta? { $price }.
    .screen = Precio: { $price }
offer-4 = { $number ->
        [pl] Te salen en { $price }.
       *[other] Te sale en { $price }.
    }
    .screen = { $price }
offer-5 = Sale en { $price }.
    .screen = Sale en { $price }
offer-6 = { $gender ->
        [m] { $number ->
            [pl] Te los llevas por { $price }.
           *[other] Te lo llevas por { $price }.
        }
        [f] { $number ->
            [pl] Te las llevas por { $price }.
           *[other] Te la llevas por { $price }.
        }
       *[other] Te lo llevas por { $price }.
    }
    .screen = Por { $price }

offer-discount-1 = Antes { $old_price }, ahora { $price }.
    .screen = { $price } (antes { $old_price })
offer-discount-2 = { $number ->
        [pl] Ahorita te salen en { $price }, en vez de { $old_price }.
       *[other] Ahorita te sale en { $price }, en vez de { $old_price }.
    }
    .screen = Ahora { $price }, antes { $old_price }
offer-discount-3 = Ya con descuento, te queda en { $price }.
    .screen = Con descuento: { $price }
offer-discount-4 = Con descuento: de { $old_price } a { $price }.
    .screen = De { $old_price } a { $price }
offer-discount-5 = Ojo al precio: { $price }, cuando antes estaba en { $old_price }.
    .screen = { $price }, antes { $old_price }
offer-discount-6 = Bajó de { $old_price } a { $price }, aprovecha.
    .screen = Bajó a { $price }

# CTA: the orange cart is TikTok Shop's product link. Pronouns agree with the product; the default has none.
# "Pícale" (tap it) and "dale clic" are how Mexico says it; never "pincha".
cta-1 = { $gender ->
        [m] { $number ->
            [pl] Los encuentras en el carrito naranja.
           *[other] Lo encuentras en el carrito naranja.
        }
        [f] { $number ->
            [pl] Las encuentras en el carrito naranja.
           *[other] La encuentras en el carrito naranja.
        }
       *[other] Tienes el link en el carrito naranja.
    }
    .screen = En el carrito naranja
cta-2 = Pícale al carrito naranja, aquí abajito.
    .screen = Pícale al carrito naranja
cta-3 = Dale clic al carrito naranja y échale un ojo.
    .screen = Dale clic al carrito naranja
cta-4 = Guarda el video o ve directo al carrito naranja.
    .screen = Guárdalo o ve al carrito naranja
cta-5 = Todos los detalles, en el carrito naranja.
    .screen = Detalles en el carrito naranja
cta-6 = El link está en el carrito naranja, aquí abajo.
    .screen = El link, en el carrito naranja
cta-7 = Si te late, ya sabes: carrito naranja.
    .screen = Ya sabes: carrito naranja
cta-8 = Échale un ojo al carrito naranja, aquí abajo.
    .screen = Échale un ojo al carrito naranja
cta-9 = Date una vuelta por el carrito naranja, aquí abajo.
    .screen = Date una vuelta por el carrito naranja
cta-10 = Te espera en el carrito naranja, aquí abajo.
    .screen = Te espera en el carrito naranja
cta-11 = Corre al carrito naranja, aquí abajito.
    .screen = Corre al carrito naranja

# Caption lines: { $hook_line } is the chosen hook's on-screen text. { $name } stands at the start of the
# line, after a colon or after an emoji (sentence_case capitalises it there); { $category } with its
# demonstrative inside a $gender selector. No "({category})": the name already starts with it.
# The ad text keeps only the clause with the price when the caption is too long (it is cut at , . : ? !):
# that clause names the product itself ("Este florero te sale en $459"), never a bare pronoun
# ("Lo tienes a…") whose noun was in a clause that got cut; no comma between the noun and the price.
# Every caption's last sentence ends with a full stop before the emoji: the ad text drops the emoji.
# `.requires = from` (variants at different prices): the caption says the price as a starting price ("desde").
caption-1 = { $hook_line } 👉 { $gender ->
        [m] { $number ->
            [pl] Estos { $category } de { $brand } los tienes a { $price } en el carrito naranja. 🛒
           *[other] Este { $category } de { $brand } lo tienes a { $price } en el carrito naranja. 🛒
        }
        [f] { $number ->
            [pl] Estas { $category } de { $brand } las tienes a { $price } en el carrito naranja. 🛒
           *[other] Esta { $category } de { $brand } la tienes a { $price } en el carrito naranja. 🛒
        }
       *[other] { $name } de { $brand } a { $price } en el carrito naranja. 🛒
    }
    .requires = brand
caption-2 = { $hook_line } ✨ { $gender ->
        [m] { $number ->
            [pl] Estos { $category } te salen en { $price }.
           *[other] Este { $category } te sale en { $price }.
        }
        [f] { $number ->
            [pl] Estas { $category } te salen en { $price }.
           *[other] Esta { $category } te sale en { $price }.
        }
       *[other] { $name } a { $price }.
    } Dale clic al carrito naranja y échale un ojo. 🛒
caption-3 = { $name } 👉 { $price }. ¿Qué te parece? Pícale al carrito naranja. 🛒
caption-4 = { $hook_line } 👀 { $gender ->
        [m] { $number ->
            [pl] Estos { $category } cuestan { $price } y están en el carrito naranja. 🛒
           *[other] Este { $category } cuesta { $price } y está en el carrito naranja. 🛒
        }
        [f] { $number ->
            [pl] Estas { $category } cuestan { $price } y están en el carrito naranja. 🛒
           *[other] Esta { $category } cuesta { $price } y está en el carrito naranja. 🛒
        }
       *[other] { $name } a { $price } en el carrito naranja. 🛒
    }
caption-5 = { $hook_line } 👉 { $gender ->
        [m] { $number ->
            [pl] Estos { $category } los tienes desde { $price } en el carrito naranja. 🛒
           *[other] Este { $category } lo tienes desde { $price } en el carrito naranja. 🛒
        }
        [f] { $number ->
            [pl] Estas { $category } las tienes desde { $price } en el carrito naranja. 🛒
           *[other] Esta { $category } la tienes desde { $price } en el carrito naranja. 🛒
        }
       *[other] { $name } desde { $price } en el carrito naranja. 🛒
    }
    .requires = from
caption-6 = { $hook_line } 👉 Desde { $price }, según el modelo. El link está en el carrito naranja. 🛒
    .requires = from !sizes
caption-12 = { $hook_line } 👉 Desde { $price }, según el tamaño. El link está en el carrito naranja. 🛒
    .requires = from sizes !group:apparel
# Without the name: the caption of a product ctk can only call by its group word ("belleza", "hogar").
caption-7 = { $hook_line } 👉 A { $price } en el carrito naranja. 🛒
caption-8 = Para tu lista: { $name }, a { $price } 👀 Te espera en el carrito naranja. 🛒
# { $brand } may be a shop ("death's door store"), not a label: "de { $brand }", never "de la marca".
caption-9 = Directo del carrito naranja: { $name } de { $brand } a { $price }. 🛒
    .requires = brand
caption-10 = Anota: { $name }, a { $price } 📝 Échale un ojo en el carrito naranja. 🛒
caption-13 = Te lo dejo por aquí: { $name }, a { $price }. Aquí abajo, en el carrito naranja. 🛒
caption-14 = { $hook_line } 🙌 { $name } a { $price }. Ya lo ves en el carrito naranja. 🛒
# a bare type word after the colon read flat ("Mi hallazgo de hoy: jabón"): a built name takes its demonstrative
caption-11 = { $named ->
        [type] { $gender ->
            [f] { $number ->
                [pl] Mi hallazgo de hoy: estas { $name }, a { $price } ✨ Están en el carrito naranja. 🛒
               *[other] Mi hallazgo de hoy: esta { $name }, a { $price } ✨ Está en el carrito naranja. 🛒
            }
            [m] { $number ->
                [pl] Mi hallazgo de hoy: estos { $name }, a { $price } ✨ Están en el carrito naranja. 🛒
               *[other] Mi hallazgo de hoy: este { $name }, a { $price } ✨ Está en el carrito naranja. 🛒
            }
           *[other] Mi hallazgo de hoy: { $name }, a { $price } ✨ Lo encuentras en el carrito naranja. 🛒
        }
       *[title] Mi hallazgo de hoy: { $name }, a { $price } ✨ Está en el carrito naranja. 🛒
    }
caption-15 = { $named ->
        [type] { $gender ->
            [f] { $number ->
                [pl] Recomendación del día: estas { $name }, a { $price } ✨ Están en el carrito naranja. 🛒
               *[other] Recomendación del día: esta { $name }, a { $price } ✨ Está en el carrito naranja. 🛒
            }
            [m] { $number ->
                [pl] Recomendación del día: estos { $name }, a { $price } ✨ Están en el carrito naranja. 🛒
               *[other] Recomendación del día: este { $name }, a { $price } ✨ Está en el carrito naranja. 🛒
            }
           *[other] Recomendación del día: { $name }, a { $price } ✨ Lo encuentras en el carrito naranja. 🛒
        }
       *[title] Recomendación del día: { $name }, a { $price } ✨ Está en el carrito naranja. 🛒
    }

hashtags = #TikTokShop #TikTokMeLoHizoComprar #parati #ofertas
label-sale = OFERTA
label-new = NUEVO
label-price_from = desde { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Aplica en modelos seleccionados.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
# the price varies with the size where there are sizes: "según el tamaño / la talla / el número"
offer-from-1 = Desde { $price }, según el modelo.
    .screen = Desde { $price }
    .requires = !sizes
offer-from-2 = A partir de { $price }, según el modelo que escojas.
    .screen = A partir de { $price }
    .requires = !sizes
offer-from-3 = Desde { $price }, según el tamaño.
    .screen = Desde { $price }
    .requires = sizes !group:apparel
offer-from-4 = A partir de { $price }, según el tamaño que escojas.
    .screen = A partir de { $price }
    .requires = sizes !group:apparel
offer-from-5 = Desde { $price }, según la talla.
    .screen = Desde { $price }
    .requires = sizes group:apparel !type:shoes
offer-from-6 = Desde { $price }, según el número.
    .screen = Desde { $price }
    .requires = sizes type:shoes

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Spanish (Spain), tú-form (never usted, ustedes or vosotros), Peninsular vocabulary (móvil, gafas,
## pendientes, carrito naranja). Every line is written for this market, not translated.
##
## Grammar: lines that name the product select on the grammar of its type word (facts.toml [types]):
## $gender (m, f) and $number (sg, pl) choose the demonstrative and the pronoun: "este collar",
## "esta taza", "estos auriculares", "estas gafas de sol"; "lo/la/los/las tienes". $gender is known only
## when the name is built from facts (or is the type word); a seller's own title has no known gender, so
## every selector's *[other] default reads right with ANY noun: the name or the type word after a colon
## ("De Soundbit: auriculares"), or a sentence that does not refer to it ("Tienes el enlace en...").
## { $category } in a voice line is the bare type word ("collar", "gafas de sol"), { $name } the full name
## ("collar, plata de ley"): a bare { $name } only after a colon or at the start of the line (the lint).
## An intro's *[other] variant names the product by { $name } (the seller's title, or the brand), never by
## { $category }: there it is a group or generic word ("belleza", "producto"), not a name.
## Agreement: a line without a selector has no subject that agrees with the product ("Te sale por" is
## impersonal; "Pesa poco" is not): select on $number/$gender, or say it so that any noun fits.
## Colour lines: $colors_or for a choice ("negro o blanco"), $colors as a list ("negro y blanco"),
## $color_count selected on its CLDR plural category (Spanish: [one], *[other]).
##
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort,
## warmth, durability, speed) unless its `.requires` names the fact that supports it ([claims] in
## facts.toml lists the phrases). No "nuevo" (we do not know the product is new), no "el mejor",
## no "te va a encantar", no urgency ("corre", "últimas unidades").

# HOOKS: the first 3 seconds. Each voice is said in under 2.7 s (<= 37 characters, a "%" said as
# "por ciento" counted), never names the product or its category (the intro does, right after), and
# promises nothing a fact must support. A situation, a direct "tú", a curiosity gap.
# { $hook_fact } (the screen line of the first selling point: "Hasta 30 h de batería", "Pack de 10
# pares", "Batería recargable", maybe an adjective: "Hidratante") opens its line, so its capital letter
# stands where Spanish wants one; it is asked as a question and answered ("¿Hasta 33 h de combustión? Como
# lo oyes."), which reads right for a noun phrase and an adjective alike, never a bare fragment plus filler.
hook-1 = Vale, esto no me lo esperaba.
    .screen = Esto no me lo esperaba
hook-2 = Espera, no hagas scroll todavía.
    .screen = No hagas scroll todavía
hook-3 = Yo no sabía que necesitaba esto.
    .screen = No sabía que necesitaba esto
hook-4 = Tienes que ver esto, en serio.
    .screen = Tienes que ver esto
hook-5 = Mira lo que he encontrado.
    .screen = Mira lo que he encontrado
hook-6 = ¿Te enseño una cosa? Mira.
    .screen = ¿Te enseño una cosa?
hook-7 = Para el scroll un momento, que esto merece la pena.
    .screen = Para el scroll
hook-8 = Esto va directo a mi carrito.
    .screen = Directo al carrito
hook-9 = Un { $discount } menos. No es broma.
    .screen = { $discount } de descuento. No es broma
    .requires = discount
hook-10 = Ojo, que ahora está un { $discount } más barato.
    .screen = Ahora un { $discount } más barato
    .requires = discount
hook-11 = ¿{ $hook_fact }? Pues sí, como lo oyes.
    .screen = ¿{ $hook_fact }?
    .requires = pitch
hook-12 = { $hook_fact }. Para mí, eso ya es un sí.
    .screen = { $hook_fact }
    .requires = pitch
hook-13 = ¿{ $hook_fact }? Eso sí que me gusta.
    .screen = ¿{ $hook_fact }?
    .requires = pitch
hook-14 = Vale, esto me ha encantado.
    .screen = Esto me ha encantado
hook-15 = Atento a esto un segundo.
    .screen = Atento a esto
hook-16 = Guárdate este vídeo, que luego no lo encuentras.
    .screen = Guárdate este vídeo
hook-17 = Esto lo tenía que enseñar.
    .screen = Lo tenía que enseñar
hook-18 = Te cuento un secretito: mira esto.
    .screen = Te cuento un secretito
hook-19 = Mi último descubrimiento, mira.
    .screen = Mi último descubrimiento
hook-20 = Quédate, que esto te interesa.
    .screen = Quédate, que te interesa
hook-21 = ¿Tú ya conocías esto? Yo no.
    .screen = ¿Tú ya conocías esto?
hook-22 = { $hook_fact }: fíjate en este detalle.
    .screen = { $hook_fact }
    .requires = pitch
hook-23 = { $hook_fact }: por aquí empieza lo bueno.
    .screen = { $hook_fact }
    .requires = pitch
hook-24 = ¿{ $hook_fact }? A mí me convence.
    .screen = ¿{ $hook_fact }?
    .requires = pitch
hook-25 = Con un { $discount } de descuento, mira.
    .screen = Con un { $discount } de descuento
    .requires = discount

# INTRO: names the product, right after the hook. The voice says the type word with its demonstrative
# ("Te presento esta lámpara de escritorio"), the screen shows the full name. Reading the built name
# aloud ("taza, cerámica, artesanal") sounds like a spec sheet; every fact in it has its own scene after.
# The pack count is not said here: the pack line (facts.toml pack_count) says it, and the screen shows the name.
intro-1 =
    { $gender ->
        [m]
            { $number ->
                [pl] Te presento estos { $category } de { $brand }.
               *[other] Te presento este { $category } de { $brand }.
            }
        [f]
            { $number ->
                [pl] Te presento estas { $category } de { $brand }.
               *[other] Te presento esta { $category } de { $brand }.
            }
       *[other] { $name }, de { $brand }.
    }
    .screen = { $name }
    .requires = brand !feature:unstitched
intro-2 =
    { $gender ->
        [m]
            { $number ->
                [pl] Hoy vengo con estos { $category }.
               *[other] Hoy vengo con este { $category }.
            }
        [f]
            { $number ->
                [pl] Hoy vengo con estas { $category }.
               *[other] Hoy vengo con esta { $category }.
            }
       *[other] { $name }: hoy vengo con esto.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-3 =
    { $gender ->
        [m]
            { $number ->
                [pl] Hablemos de estos { $category }.
               *[other] Hablemos de este { $category }.
            }
        [f]
            { $number ->
                [pl] Hablemos de estas { $category }.
               *[other] Hablemos de esta { $category }.
            }
       *[other] { $name }: de esto va el vídeo de hoy.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-4 =
    { $gender ->
        [m]
            { $number ->
                [pl] Ojo a estos { $category }.
               *[other] Ojo a este { $category }.
            }
        [f]
            { $number ->
                [pl] Ojo a estas { $category }.
               *[other] Ojo a esta { $category }.
            }
       *[other] { $name }, fíjate bien.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-5 =
    { $gender ->
        [m]
            { $number ->
                [pl] Estos { $category } son de { $brand }.
               *[other] Este { $category } es de { $brand }.
            }
        [f]
            { $number ->
                [pl] Estas { $category } son de { $brand }.
               *[other] Esta { $category } es de { $brand }.
            }
       *[other] { $name }, de la marca { $brand }.
    }
    .screen = { $name }
    .requires = brand !feature:unstitched
intro-6 =
    { $gender ->
        [m]
            { $number ->
                [pl] Vamos al lío con estos { $category }.
               *[other] Vamos al lío con este { $category }.
            }
        [f]
            { $number ->
                [pl] Vamos al lío con estas { $category }.
               *[other] Vamos al lío con esta { $category }.
            }
       *[other] Vamos al lío: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-7 =
    { $gender ->
        [m]
            { $number ->
                [pl] Estos { $category } son los protagonistas de hoy.
               *[other] Este { $category } es el protagonista de hoy.
            }
        [f]
            { $number ->
                [pl] Estas { $category } son las protagonistas de hoy.
               *[other] Esta { $category } es la protagonista de hoy.
            }
       *[other] { $name }, el protagonista de hoy.
    }
    .screen = { $name }
    .requires = !feature:unstitched

intro-8 =
    { $gender ->
        [m]
            { $number ->
                [pl] Aquí tienes estos { $category }.
               *[other] Aquí tienes este { $category }.
            }
        [f]
            { $number ->
                [pl] Aquí tienes estas { $category }.
               *[other] Aquí tienes esta { $category }.
            }
       *[other] Aquí va: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-12 =
    { $gender ->
        [m]
            { $number ->
                [pl] Hoy te enseño estos { $category }.
               *[other] Hoy te enseño este { $category }.
            }
        [f]
            { $number ->
                [pl] Hoy te enseño estas { $category }.
               *[other] Hoy te enseño esta { $category }.
            }
       *[other] Aquí va: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched

# Fabric to be tailored (feature:unstitched) is "tejido para conjunto…": never "este conjunto", which is a ready outfit.
intro-9 = Te presento este tejido para { $category }.
    .screen = { $name }
    .requires = feature:unstitched typed
intro-10 = Hoy vengo con este tejido para { $category }.
    .screen = { $name }
    .requires = feature:unstitched typed
intro-11 = Hoy vengo con esto: { $name }.
    .screen = { $name }
    .requires = feature:unstitched !typed

# {material} after a colon or a comma: "El material es baño de oro" / "Está hecho de" (gender) are wrong.
benefit-material-1 = De material, { $material }.
    .screen = { $material }
benefit-material-2 = Te cuento el material: { $material }.
    .screen = { $material }
benefit-material-3 = Ojo al material: { $material }.
    .screen = { $material }

# Colours: only used with two colours or more. Colour words after "en" stay masculine ("en negro").
# More than five colours: only the many_colors lines, which count them and list none (voice and screen).
benefit-colors-1 = { $gender ->
        [m] { $number ->
            [pl] Los tienes en { $colors_or }.
           *[other] Lo tienes en { $colors_or }.
        }
        [f] { $number ->
            [pl] Las tienes en { $colors_or }.
           *[other] La tienes en { $colors_or }.
        }
       *[other] Puedes elegir entre { $colors }.
    }
    .screen = En { $colors_or }
benefit-colors-2 = ¿Cuál te pides: { $colors_or }?
    .screen = Colores: { $colors }
benefit-colors-3 = { $color_count ->
        [one] Viene en un solo color: { $colors }.
       *[other] Hay { $color_count } colores para elegir: { $colors }.
    }
    .screen = { $color_count ->
        [one] Color: { $colors }
       *[other] { $color_count } colores
    }
benefit-colors-4 = Hay { $color_count } colores para elegir.
    .screen = { $color_count } colores para elegir
    .requires = many_colors
benefit-colors-5 = ¿Cuál te pides? Tienes { $color_count } colores.
    .screen = { $color_count } colores
    .requires = many_colors

# Sizes: { $sizes } is "S / L" or "S–XL", for the eye only (the voice would read the slash): the screen shows
# it, the voice says there is a choice. "Talla" is clothing's word (apparel only); the neutral line fits a
# cat scratcher or a ring ("tamaño" is never said of clothes or shoes: one copy per group that is not apparel);
# "número" is a shoe's.
benefit-sizes-1 = Tallas disponibles: { $sizes }.
    .screen = Tallas: { $sizes }
    .requires = group:apparel
benefit-sizes-2 = Busca tu talla: { $sizes }.
    .screen = Tallas disponibles: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-3 = Números disponibles: { $sizes }.
    .screen = Números: { $sizes }
    .requires = type:shoes
benefit-sizes-4 = Viene en varios tamaños: { $sizes }.
    .screen = Tamaños: { $sizes }
    .requires = group:home
benefit-sizes-5 = Elige el tamaño que mejor te venga: { $sizes }.
    .screen = Tamaños disponibles: { $sizes }
    .requires = group:pets
benefit-sizes-6 = Viene en varios tamaños: { $sizes }.
    .screen = Tamaños: { $sizes }
    .requires = group:baby
benefit-sizes-7 = Elige el tamaño que mejor te venga: { $sizes }.
    .screen = Tamaños disponibles: { $sizes }
    .requires = group:sports
benefit-sizes-8 = Viene en varios tamaños: { $sizes }.
    .screen = Tamaños: { $sizes }
    .requires = group:accessories
benefit-sizes-9 = Elige el tamaño que mejor te venga: { $sizes }.
    .screen = Tamaños disponibles: { $sizes }
    .requires = group:jewelry
benefit-sizes-10 = Viene en varios tamaños: { $sizes }.
    .screen = Tamaños: { $sizes }
    .requires = group:electronics
benefit-sizes-11 = Elige el tamaño que mejor te venga: { $sizes }.
    .screen = Tamaños disponibles: { $sizes }
    .requires = group:toys
benefit-sizes-12 = Viene en varios tamaños: { $sizes }.
    .screen = Tamaños: { $sizes }
    .requires = group:beauty
benefit-sizes-13 = Elige el tamaño que mejor te venga: { $sizes }.
    .screen = Tamaños disponibles: { $sizes }
    .requires = group:gifts
benefit-sizes-14 = Viene en varios tamaños: { $sizes }.
    .screen = Tamaños: { $sizes }
    .requires = group:food

# Benefit lines without a fact never promise what the clip shows ("míralo de cerca", "en el vídeo se ve"):
# the images may be stills or placeholders.
benefit-generic-1 = Para ti o para regalar, tú decides.
    .screen = Para ti o para regalar
benefit-generic-2 = Dime en comentarios si va directo a tu lista.
    .screen = ¿Va a tu lista?
benefit-generic-3 = Dime en comentarios si te convence.
    .screen = ¿Te convence?
benefit-generic-4 = Sin complicaciones: sacar de la caja, usar y listo.
    .screen = Sin complicaciones
    .requires = feature:plug_and_play

benefit-apparel-1 = Para combinar a tu manera con lo que ya tienes en el armario.
    .screen = Para combinar a tu manera
    .requires = !attr:age_range
benefit-apparel-2 = Para el día a día o para salir, tú decides.
    .screen = Para diario o para salir
benefit-beauty-1 = ¿Te animas? Te leo en comentarios.
    .screen = ¿Te animas?
benefit-beauty-2 = Textura ligera, para tu rutina de cada día.
    .screen = Textura ligera
    .requires = feature:lightweight_texture
# home is also pet toys, kitchen tools and bedding: no "decor" line
benefit-home-1 = ¿Para tu casa o para regalar? Te leo.
    .screen = ¿Para casa o para regalar?
benefit-home-2 = Con su aroma, cualquier rincón se vuelve más acogedor.
    .screen = Tu casa, más acogedora
    .requires = attr:scent
benefit-home-3 = ¿Sí o no? Te leo en los comentarios.
    .screen = ¿Sí o no?
benefit-electronics-1 = { $gender ->
        [m] { $number ->
            [pl] ¿Tú para qué los usarías? Cuéntame.
           *[other] ¿Tú para qué lo usarías? Cuéntame.
        }
        [f] { $number ->
            [pl] ¿Tú para qué las usarías? Cuéntame.
           *[other] ¿Tú para qué la usarías? Cuéntame.
        }
       *[other] ¿Tú cómo le sacarías partido? Cuéntame.
    }
    .screen = Te leo en comentarios
benefit-electronics-2 = Enchufas y listo, sin manuales.
    .screen = Enchufar y listo
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
benefit-gifts-1 = Si buscas una idea para regalar, apúntate esta.
    .screen = Una idea para regalar
benefit-gifts-2 = En caja de regalo: no tienes que envolver nada.
    .screen = En caja de regalo
    .requires = feature:gift_box
benefit-accessories-1 = Para completar tu look a tu manera.
    .screen = Para completar tu look
benefit-accessories-2 = El toque que le faltaba a tu look.
    .screen = El toque para tu look
# pets and baby (strollers, bottles, bodysuits, cat toys, scratchers): no fact to state; they claim nothing
benefit-pets-1 = ¿Crees que a tu peludo le va a gustar? Te leo en comentarios.
    .screen = ¿Le gustará a tu peludo?
benefit-pets-2 = ¿Para tu mascota o para regalar a alguien que tenga una? Tú decides.
    .screen = ¿Para tu mascota o para regalar?
benefit-baby-1 = ¿Para tu peque o como regalo para un recién nacido? Te leo.
    .screen = ¿Para tu peque o para regalar?
benefit-baby-2 = ¿Conoces a alguien que espera un bebé? Etiquétalo en comentarios.
    .screen = ¿Para quien espera un bebé?

# Prices: "cuesta/cuestan" agree in number; the default says the price without a subject.
offer-1 = { $number ->
        [pl] Y cuestan { $price }.
        [sg] Y cuesta { $price }.
       *[other] ¿Y de precio? { $price }.
    }
    .screen = Precio: { $price }
offer-2 = { $number ->
        [pl] Están a { $price }.
        [sg] Está a { $price }.
       *[other] Su precio: { $price }.
    }
    .screen = Por { $price }
offer-3 = ¿El precio? { $price }.
    .screen = Precio: { $price }
offer-4 = { $number ->
        [pl] Te salen por { $price }.
       *[other] Te sale por { $price }.
    }
    .screen = { $price }

offer-discount-1 = Antes { $old_price }, ahora { $price }.
    .screen = { $price } (antes { $old_price })
offer-discount-2 = { $number ->
        [pl] Ahora te salen por { $price }.
       *[other] Ahora te sale por { $price }.
    }
    .screen = Ahora { $price }
offer-discount-3 = Con el { $discount } de descuento, se queda en { $price }.
    .screen = { $discount } de descuento: { $price }
offer-discount-4 = Con descuento: de { $old_price } a { $price }.
    .screen = De { $old_price } a { $price }

# CTA: the orange cart is TikTok Shop's product link. Pronouns agree with the product; the default has none.
cta-1 = { $gender ->
        [m] { $number ->
            [pl] Están en el carrito naranja.
           *[other] Está en el carrito naranja.
        }
        [f] { $number ->
            [pl] Están en el carrito naranja.
           *[other] Está en el carrito naranja.
        }
       *[other] Tienes el enlace en el carrito naranja.
    }
    .screen = En el carrito naranja
cta-2 = Pincha en el carrito naranja, aquí abajo.
    .screen = Pincha en el carrito naranja
cta-3 = Toca el carrito naranja y échale un vistazo.
    .screen = Toca el carrito naranja
cta-4 = Guarda el vídeo o ve directo al carrito naranja.
    .screen = Guárdalo o ve al carrito naranja
cta-5 = Todos los detalles, en el carrito naranja.
    .screen = Detalles en el carrito naranja
cta-6 = El enlace está en el carrito naranja, aquí abajo.
    .screen = El enlace, en el carrito naranja
cta-7 = Si te gusta, ya sabes: carrito naranja.
    .screen = Ya sabes: carrito naranja
cta-8 = Échale un ojo al carrito naranja, aquí abajo.
    .screen = Échale un ojo al carrito naranja
cta-9 = Pásate por el carrito naranja, aquí abajo.
    .screen = Pásate por el carrito naranja

# Caption lines: No caption quotes the hook's screen line ({hook_line}): a festival greeting ("En mode Noël") or a fact
# fragment ("Compatible micro-ondes ?") opening a caption reads as a non sequitur.
# { $name } stands at the start of the
# line, after a colon or after an emoji (sentence_case capitalises it there); { $category } with its
# demonstrative inside a $gender selector. No "({category})": the name already starts with it.
# The ad text keeps only the clause with the price when the caption is too long (it is cut at , . : ? !):
# that clause names the product itself ("Este jarrón te sale por 23,99 €"), never a bare pronoun
# ("Lo tienes por…") whose noun was in a clause that got cut; no comma between the noun and the price.
# Every caption's last sentence ends with a full stop before the emoji: the ad text drops the emoji.
# `.requires = from` (variants at different prices): the caption says the price as a starting price ("desde").
caption-1 =
    { $gender ->
        [m]
            { $number ->
                [pl] Estos { $category } de { $brand } los tienes por { $price } en el carrito naranja. 🛒
               *[other] Este { $category } de { $brand } lo tienes por { $price } en el carrito naranja. 🛒
            }
        [f]
            { $number ->
                [pl] Estas { $category } de { $brand } las tienes por { $price } en el carrito naranja. 🛒
               *[other] Esta { $category } de { $brand } la tienes por { $price } en el carrito naranja. 🛒
            }
       *[other] De { $brand }: { $name }. Por { $price } en el carrito naranja. 🛒
    }
    .requires = brand
caption-2 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Estos { $category } te salen por { $price }.
                       *[other] Este { $category } te sale por { $price }.
                    }
                [f]
                    { $number ->
                        [pl] Estas { $category } te salen por { $price }.
                       *[other] Esta { $category } te sale por { $price }.
                    }
               *[other] Por { $price }: { $name }.
            }
       *[other] Por { $price }: { $name }.
    } Toca el carrito naranja y échale un vistazo. 🛒
caption-3 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Estos { $name } por { $price }. ¿Qué te parece? Tienes el enlace en el carrito naranja. 🛒
                       *[sg] Este { $name } por { $price }. ¿Qué te parece? Tienes el enlace en el carrito naranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Estas { $name } por { $price }. ¿Qué te parece? Tienes el enlace en el carrito naranja. 🛒
                       *[sg] Esta { $name } por { $price }. ¿Qué te parece? Tienes el enlace en el carrito naranja. 🛒
                    }
               *[other] { $name } 👉 { $price }. ¿Qué te parece? Tienes el enlace en el carrito naranja. 🛒
            }
       *[title] { $name } 👉 { $price }. ¿Qué te parece? Tienes el enlace en el carrito naranja. 🛒
    }
caption-4 =
    ¿Qué te parece? 👀 { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Estos { $category } te salen por { $price } en el carrito naranja. 🛒
                       *[other] Este { $category } te sale por { $price } en el carrito naranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Estas { $category } te salen por { $price } en el carrito naranja. 🛒
                       *[other] Esta { $category } te sale por { $price } en el carrito naranja. 🛒
                    }
               *[other] Por { $price } en el carrito naranja: { $name }. 🛒
            }
       *[other] Por { $price } en el carrito naranja: { $name }. 🛒
    }
caption-5 =
    { $gender ->
        [m]
            { $number ->
                [pl] Estos { $category } los tienes desde { $price } en el carrito naranja. 🛒
               *[other] Este { $category } lo tienes desde { $price } en el carrito naranja. 🛒
            }
        [f]
            { $number ->
                [pl] Estas { $category } las tienes desde { $price } en el carrito naranja. 🛒
               *[other] Esta { $category } la tienes desde { $price } en el carrito naranja. 🛒
            }
       *[other] Desde { $price } en el carrito naranja: { $name }. 🛒
    }
    .requires = from
caption-6 = Desde { $price }, según la versión. Tienes el enlace en el carrito naranja. 🛒
    .requires = from
# Without the name: the caption of a product ctk can only call by its group word ("belleza", "hogar").
caption-7 = Por { $price } en el carrito naranja. ¿Qué te parece? 🛒
caption-8 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Fichado para ti: estos { $name }, por { $price } 👀 El enlace, en el carrito naranja. 🛒
                       *[sg] Fichado para ti: este { $name }, por { $price } 👀 El enlace, en el carrito naranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Fichado para ti: estas { $name }, por { $price } 👀 El enlace, en el carrito naranja. 🛒
                       *[sg] Fichado para ti: esta { $name }, por { $price } 👀 El enlace, en el carrito naranja. 🛒
                    }
               *[other] Fichado para ti: { $name }, por { $price } 👀 El enlace, en el carrito naranja. 🛒
            }
       *[title] Fichado para ti: { $name }, por { $price } 👀 El enlace, en el carrito naranja. 🛒
    }
caption-9 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] De { $brand }: estos { $name }, por { $price }. El enlace está en el carrito naranja. 🛒
                       *[sg] De { $brand }: este { $name }, por { $price }. El enlace está en el carrito naranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] De { $brand }: estas { $name }, por { $price }. El enlace está en el carrito naranja. 🛒
                       *[sg] De { $brand }: esta { $name }, por { $price }. El enlace está en el carrito naranja. 🛒
                    }
               *[other] De { $brand }: { $name }, por { $price }. El enlace está en el carrito naranja. 🛒
            }
       *[title] De { $brand }: { $name }, por { $price }. El enlace está en el carrito naranja. 🛒
    }
    .requires = brand
caption-10 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Apunta: estos { $name }, por { $price } 📝 El enlace está en el carrito naranja. 🛒
                       *[sg] Apunta: este { $name }, por { $price } 📝 El enlace está en el carrito naranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Apunta: estas { $name }, por { $price } 📝 El enlace está en el carrito naranja. 🛒
                       *[sg] Apunta: esta { $name }, por { $price } 📝 El enlace está en el carrito naranja. 🛒
                    }
               *[other] Apunta: { $name }, por { $price } 📝 El enlace está en el carrito naranja. 🛒
            }
       *[title] Apunta: { $name }, por { $price } 📝 El enlace está en el carrito naranja. 🛒
    }
caption-11 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Mi hallazgo de hoy: estos { $name }, por { $price } ✨ Lo encuentras en el carrito naranja. 🛒
                       *[sg] Mi hallazgo de hoy: este { $name }, por { $price } ✨ Lo encuentras en el carrito naranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Mi hallazgo de hoy: estas { $name }, por { $price } ✨ Lo encuentras en el carrito naranja. 🛒
                       *[sg] Mi hallazgo de hoy: esta { $name }, por { $price } ✨ Lo encuentras en el carrito naranja. 🛒
                    }
               *[other] Mi hallazgo de hoy: { $name }, por { $price } ✨ Lo encuentras en el carrito naranja. 🛒
            }
       *[title] Mi hallazgo de hoy: { $name }, por { $price } ✨ Lo encuentras en el carrito naranja. 🛒
    }

hashtags = #TikTokShop #TikTokMeLoHizoComprar #parati #chollos
label-sale = OFERTA
label-new = NOVEDAD
label-price_from = desde { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Válido en variantes seleccionadas.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Desde { $price }, según la versión.
    .screen = Desde { $price }
offer-from-2 = A partir de { $price }, según el modelo que elijas.
    .screen = A partir de { $price }

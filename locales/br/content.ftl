# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Brazilian Portuguese, você-form (never "o senhor/a senhora", no tu-conjugation), Brazilian vocabulary
## and TikTok register (gente, achadinho, pra, tá, carrinho laranja). Every line is written for this
## market, not translated.
##
## Grammar: lines that name the product select on the grammar of its type word (facts.toml [types]):
## $gender (m, f) and $number (sg, pl) choose the demonstrative and the possessive: "esse colar",
## "essa caneca", "esses brincos", "essas meias"; "desse/dessa", "o seu / a sua / os seus / as suas".
## $gender is known only when the name is built from facts (or is the type word); a seller's own title has
## no known gender, so every selector's *[other] default reads right with ANY noun: the name or the type
## word after a colon ("O achadinho de hoje: mochila"), or a sentence that does not refer to it.
## { $category } in a voice line is the bare type word ("colar", "óculos de sol"), { $name } the full name
## ("colar, prata 925"): a bare { $name } only after a colon or at the start of the line (the lint).
## "da { $brand }", never "da/do { $brand }": a brand's own gender is not known.
## An intro's *[other] variant names the product by { $name } (the seller's title, or the brand), never by
## { $category }: there it is a group or generic word ("beleza", "produto"), not a name.
## Agreement: a line without a selector has no subject that agrees with the product ("Dá pra levar por" is
## impersonal; "Pesa pouquinho" is not): select on $number/$gender, or say it so that any noun fits.
## Numbers said before a feminine noun: "duas cores", never "2 cores" in a voice line (read "dois").
## Colour lines: $colors_or for a choice ("preto ou branco"), $colors as a list ("preto e branco"),
## $color_count selected on its CLDR plural category (Portuguese: [one], *[other]).
##
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort,
## warmth, durability, speed) unless its `.requires` names the fact that supports it ([claims] in
## facts.toml lists the phrases). No "novo/lançamento" (we do not know the product is new), no
## "o melhor", no "você vai amar", no scarcity ("corre que acaba", "últimas unidades").

# HOOKS: the first 3 seconds. Each voice is said in under 2.7 s (<= 37 characters, a "%" said as
# "por cento" counted), never names the product or its category (the intro does, right after), and
# promises nothing a fact must support. A situation, a direct "você"/"gente", a curiosity gap.
# { $hook_fact } (the screen line of the first selling point: "Até 30 h de bateria", "Kit com 10
# pares", "Bateria recarregável", maybe an adjective: "Hidratante") opens its line, so its capital letter
# stands where Portuguese wants one; it is asked as a question and answered ("Até 33 h de queima? Isso
# mesmo."), which reads right for a noun phrase and an adjective alike, never a bare fragment plus filler.
hook-1 = Gente, olha o que eu achei!
    .screen = Olha o que eu achei!
hook-2 = Para tudo e olha isso aqui.
    .screen = Para tudo!
hook-3 = Eu nem sabia que precisava disso.
    .screen = Nem sabia que precisava disso
hook-4 = Não passa o vídeo, espera aí.
    .screen = Não passa o vídeo!
hook-5 = Vem cá que eu te mostro uma coisa.
    .screen = Vem ver isso
hook-6 = Esse aqui eu não ia deixar passar.
    .screen = Não dava pra deixar passar
hook-7 = Isso aqui foi direto pro carrinho.
    .screen = Direto pro carrinho
hook-8 = Achadinho do dia, olha só.
    .screen = Achadinho do dia
hook-9 = { $discount } OFF? É isso mesmo.
    .screen = { $discount } OFF? É isso mesmo
    .requires = discount
hook-10 = Tá com { $discount } OFF. Sério!
    .screen = { $discount } OFF. Sério!
    .requires = discount
hook-11 = { $hook_fact }? Era disso que eu precisava.
    .screen = { $hook_fact }?
    .requires = pitch
hook-12 = { $hook_fact }? Pra mim, já é um sim.
    .screen = { $hook_fact }?
    .requires = pitch
hook-13 = { $hook_fact }? Aí sim, hein!
    .screen = { $hook_fact }?
    .requires = pitch
hook-14 = Que achado, gente. Olha isso.
    .screen = Que achado!
hook-15 = Preciso te mostrar isso aqui.
    .screen = Preciso te mostrar isso
hook-16 = Sério, olha isso aqui.
    .screen = Sério, olha isso
hook-17 = Salva esse vídeo pra não perder.
    .screen = Salva esse vídeo
hook-18 = Gente, vocês precisam ver isso.
    .screen = Vocês precisam ver isso
hook-19 = Achei e vim correndo te mostrar.
    .screen = Vim correndo te mostrar
hook-20 = Fica aqui, que vale a pena.
    .screen = Fica aqui, vale a pena
hook-21 = Olha que coisa boa eu encontrei.
    .screen = Olha que coisa boa
hook-22 = { $hook_fact }? Deixa eu te mostrar.
    .screen = { $hook_fact }?
    .requires = pitch
hook-23 = { $hook_fact }? Amei demais.
    .screen = { $hook_fact }?
    .requires = pitch
hook-24 = { $hook_fact }? Olha que beleza.
    .screen = { $hook_fact }?
    .requires = pitch
hook-25 = Tá com { $discount } de desconto, olha só.
    .screen = { $discount } de desconto!
    .requires = discount

# INTRO: names the product, right after the hook. The voice says the type word with its demonstrative
# ("Te apresento essa luminária de mesa"), the screen shows the full name. Reading the built name aloud
# ("caneca, cerâmica, artesanal") sounds like a spec sheet; every fact in it has its own scene after.
intro-1 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Olha esses { $category } da { $brand }.
                       *[other] Olha esse { $category } da { $brand }.
                    }
                [f]
                    { $number ->
                        [pl] Olha essas { $category } da { $brand }.
                       *[other] Olha essa { $category } da { $brand }.
                    }
               *[other] Da { $brand }, olha só: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Olha esses { $category } da { $brand }, em kit com { $pack }.
                       *[other] Olha esse { $category } da { $brand }, em kit com { $pack } unidades.
                    }
                [f]
                    { $number ->
                        [pl] Olha essas { $category } da { $brand }, em kit com { $pack }.
                       *[other] Olha essa { $category } da { $brand }, em kit com { $pack } unidades.
                    }
               *[other] Da { $brand }, olha só: { $name }.
            }
    }
    .screen = { $name }
    .requires = brand !type:supplement !feature:unstitched
intro-2 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Te apresento esses { $category }.
                       *[other] Te apresento esse { $category }.
                    }
                [f]
                    { $number ->
                        [pl] Te apresento essas { $category }.
                       *[other] Te apresento essa { $category }.
                    }
               *[other] Deixa eu te mostrar: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Te apresento esses { $category }, em kit com { $pack }.
                       *[other] Te apresento esse { $category }, que vem em kit com { $pack } unidades.
                    }
                [f]
                    { $number ->
                        [pl] Te apresento essas { $category }, em kit com { $pack }.
                       *[other] Te apresento essa { $category }, que vem em kit com { $pack } unidades.
                    }
               *[other] Deixa eu te mostrar: { $name }.
            }
    }
    .screen = { $name }
    .requires = !type:supplement !feature:unstitched
intro-3 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] O achadinho de hoje são esses { $category }.
                       *[other] O achadinho de hoje é esse { $category }.
                    }
                [f]
                    { $number ->
                        [pl] O achadinho de hoje são essas { $category }.
                       *[other] O achadinho de hoje é essa { $category }.
                    }
               *[other] O achadinho de hoje: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] O achadinho de hoje são esses { $category }, em kit com { $pack }.
                       *[other] O achadinho de hoje é esse { $category }, em kit com { $pack } unidades.
                    }
                [f]
                    { $number ->
                        [pl] O achadinho de hoje são essas { $category }, em kit com { $pack }.
                       *[other] O achadinho de hoje é essa { $category }, em kit com { $pack } unidades.
                    }
               *[other] O achadinho de hoje: { $name }.
            }
    }
    .screen = { $name }
    .requires = !type:supplement !feature:unstitched
intro-4 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Se liga nesses { $category }.
                       *[other] Se liga nesse { $category }.
                    }
                [f]
                    { $number ->
                        [pl] Se liga nessas { $category }.
                       *[other] Se liga nessa { $category }.
                    }
               *[other] Se liga nisso: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Se liga nesses { $category }, em kit com { $pack }.
                       *[other] Se liga nesse { $category }, que vem em kit com { $pack } unidades.
                    }
                [f]
                    { $number ->
                        [pl] Se liga nessas { $category }, em kit com { $pack }.
                       *[other] Se liga nessa { $category }, que vem em kit com { $pack } unidades.
                    }
               *[other] Se liga nisso: { $name }.
            }
    }
    .screen = { $name }
    .requires = !type:supplement !feature:unstitched
intro-5 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Esses { $category } são da { $brand }.
                       *[other] Esse { $category } é da { $brand }.
                    }
                [f]
                    { $number ->
                        [pl] Essas { $category } são da { $brand }.
                       *[other] Essa { $category } é da { $brand }.
                    }
               *[other] Da { $brand }: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Esses { $category } são da { $brand }, em kit com { $pack }.
                       *[other] Esse { $category } é da { $brand } e vem em kit com { $pack } unidades.
                    }
                [f]
                    { $number ->
                        [pl] Essas { $category } são da { $brand }, em kit com { $pack }.
                       *[other] Essa { $category } é da { $brand } e vem em kit com { $pack } unidades.
                    }
               *[other] Da { $brand }: { $name }.
            }
    }
    .screen = { $name }
    .requires = brand !type:supplement !feature:unstitched

# A supplement's jar of 60 is one jar, not a "kit": its intros say no count (the pack line says "Pote com 60
# gomas" right after). Fabric to be tailored (feature:unstitched) is "tecido pra conjunto…", never "esse conjunto".
intro-6 =
    { $gender ->
        [m]
            { $number ->
                [pl] Olha só esses { $category }.
               *[other] Olha só esse { $category }.
            }
        [f]
            { $number ->
                [pl] Olha só essas { $category }.
               *[other] Olha só essa { $category }.
            }
       *[other] Olha só: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-7 =
    { $gender ->
        [m]
            { $number ->
                [pl] Hoje eu vim te mostrar esses { $category }.
               *[other] Hoje eu vim te mostrar esse { $category }.
            }
        [f]
            { $number ->
                [pl] Hoje eu vim te mostrar essas { $category }.
               *[other] Hoje eu vim te mostrar essa { $category }.
            }
       *[other] Hoje eu vim te mostrar: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-11 =
    { $gender ->
        [m]
            { $number ->
                [pl] Dá uma olhada nesses { $category }.
               *[other] Dá uma olhada nesse { $category }.
            }
        [f]
            { $number ->
                [pl] Dá uma olhada nessas { $category }.
               *[other] Dá uma olhada nessa { $category }.
            }
       *[other] Dá uma olhada: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-8 = Te apresento esse tecido pra { $category }.
    .screen = { $name }
    .requires = feature:unstitched typed
intro-9 = O achadinho de hoje é esse tecido pra { $category }.
    .screen = { $name }
    .requires = feature:unstitched typed
intro-10 = O achadinho de hoje: { $name }.
    .screen = { $name }
    .requires = feature:unstitched !typed

# {material} only after a colon: "O material é banho de ouro" is wrong, and the value may be "material
# sintético" (faux leather, Lei 4.888/1965), so no line frames it with the word "material".
benefit-material-1 = Na composição: { $material }.
    .screen = { $material }
benefit-material-2 = Te conto a composição: { $material }.
    .screen = { $material }
benefit-material-3 = E a composição? Te conto: { $material }.
    .screen = { $material }

# Colours: only used with two colours or more. "Tem em..." is impersonal: no agreement needed.
# More than five colours: only the many_colors lines, which count them and list none (voice and screen).
benefit-colors-1 = Tem em { $colors_or }: qual você escolhe?
    .screen = Tem em { $colors_or }
benefit-colors-2 = { $colors_or }? Você escolhe.
    .screen = Cores: { $colors }
benefit-colors-3 = { $color_count ->
        [one] Uma cor só: { $colors }.
        [2] São duas cores pra escolher: { $colors }.
       *[other] São { $color_count } cores pra escolher: { $colors }.
    }
    .screen = { $color_count ->
        [one] Cor: { $colors }
       *[other] { $color_count } cores
    }
benefit-colors-4 = São { $color_count } cores pra escolher.
    .screen = { $color_count } cores pra escolher
    .requires = many_colors
benefit-colors-5 = Tem { $color_count } cores: qual é a sua?
    .screen = { $color_count } cores
    .requires = many_colors

# Sizes: { $sizes } is "P / G" or "P–GG", for the eye only (the voice would read the slash): the screen
# shows it, the voice says there is a choice. "O seu tamanho" is a body's size: apparel only.
benefit-sizes-1 = Tem mais de um tamanho pra escolher.
    .screen = Tamanhos: { $sizes }
benefit-sizes-2 = Escolhe o seu tamanho: { $sizes }.
    .screen = Escolhe o seu tamanho: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-3 = Tamanhos disponíveis: { $sizes }.
    .screen = Tamanhos disponíveis: { $sizes }
    .requires = group:apparel

benefit-generic-1 = Pra você ou pra presentear alguém.
    .screen = Pra você ou pra presentear
# Benefit lines without a fact never promise what the clip shows ("olha de pertinho", "no vídeo dá pra ver"):
# the images may be stills or placeholders.
benefit-generic-2 = Me conta nos comentários se vai pra sua lista.
    .screen = Vai pra sua lista?
benefit-generic-3 = Comenta aqui se te convenceu.
    .screen = Te convenceu?
benefit-generic-4 = Sem complicação nenhuma: tirou da caixa, é só usar.
    .screen = Sem complicação
    .requires = feature:plug_and_play

benefit-apparel-1 = Dá pra combinar do seu jeito com o que você já tem no armário.
    .screen = Combina do seu jeito
    .requires = !attr:age_range
benefit-apparel-2 = Pro dia a dia ou pra sair, você escolhe.
    .screen = Pro dia a dia ou pra sair
benefit-beauty-1 = Você usaria? Me conta nos comentários.
    .screen = Você usaria?
benefit-beauty-2 = Textura leve, pra sua rotina de todo dia.
    .screen = Textura leve
    .requires = feature:lightweight_texture
# home is also pet toys, kitchen tools and bedding: no "decor" line
benefit-home-1 = Pra sua casa ou pra presentear? Me conta.
    .screen = Pra sua casa ou pra presentear?
benefit-home-2 = Com esse aroma, qualquer cantinho fica mais aconchegante.
    .screen = Sua casa mais aconchegante
    .requires = attr:scent
benefit-home-3 = Curtiu? Me conta aqui nos comentários.
    .screen = Curtiu?
benefit-electronics-1 = Você usaria pra quê? Me conta nos comentários.
    .screen = Você usaria pra quê?
benefit-electronics-2 = É só ligar e pronto, sem precisar de manual.
    .screen = Liga e pronto
    .requires = feature:plug_and_play
benefit-electronics-3 = { $number ->
        [pl] Te acompanham pra todo lado.
        [sg] Te acompanha pra todo lado.
       *[other] Pra levar pra todo lado.
    }
    .screen = Vai com você pra todo lado
    .requires = feature:portable
benefit-gifts-1 = Se você tá procurando uma ideia de presente, anota essa.
    .screen = Uma ideia de presente
benefit-gifts-2 = Em caixa de presente: nem precisa embrulhar.
    .screen = Em caixa de presente
    .requires = feature:gift_box
benefit-accessories-1 = Pra completar o look do seu jeito.
    .screen = Pra completar o look
benefit-accessories-2 = Aquele toque a mais no seu look.
    .screen = Um toque a mais no look
# pets and baby (strollers, bottles, bodysuits, cat toys, scratchers): no fact to state; they claim nothing
benefit-pets-1 = Será que o seu pet aprova? Me conta nos comentários.
    .screen = Seu pet aprova?
benefit-pets-2 = Pro seu pet ou pra presentear quem tem um? Me conta.
    .screen = Pro seu pet ou pra presentear?
benefit-baby-1 = Pro seu bebê ou pra dar de presente? Me conta.
    .screen = Pro seu bebê ou pra presentear?
benefit-baby-2 = Conhece alguém que tá esperando bebê? Marca aqui nos comentários.
    .screen = Pra quem tá esperando bebê?

# Prices: "custa/custam" agree in number; "De R$ X por R$ Y" and "% OFF" are the native retail formulas.
offer-1 = { $number ->
        [pl] E custam { $price }.
        [sg] E custa { $price }.
       *[other] E o preço é { $price }.
    }
    .screen = Sai por { $price }
offer-2 = Dá pra levar por { $price }.
    .screen = Por { $price }
offer-3 = E o preço? { $price }.
    .screen = Preço: { $price }
offer-4 = Quer saber o valor? { $price }.
    .screen = { $price }

offer-discount-1 = { $number ->
        [pl] Tão saindo de { $old_price } por { $price }.
       *[other] Tá saindo de { $old_price } por { $price }.
    }
    .screen = De { $old_price } por { $price }
offer-discount-2 = { $number ->
        [pl] Agora tão saindo por { $price }.
       *[other] Agora tá saindo por { $price }.
    }
    .screen = Agora { $price }
offer-discount-3 = { $number ->
        [pl] Com { $discount } de desconto, ficam por { $price }.
       *[other] Com { $discount } de desconto, fica por { $price }.
    }
    .screen = { $discount } OFF: { $price }
offer-discount-4 = De { $old_price } por { $price }. Isso mesmo!
    .screen = De { $old_price } por { $price }

# CTA: the orange cart is TikTok Shop's product link. "Garante o seu/a sua" agrees with the product.
cta-1 = O link tá no carrinho laranja.
    .screen = Link no carrinho laranja
cta-2 = Clica no carrinho laranja aqui embaixo.
    .screen = Clica no carrinho laranja
cta-3 = Toca no carrinho laranja e dá uma olhada.
    .screen = Toca no carrinho laranja
cta-4 = Salva esse vídeo ou já toca no carrinho laranja.
    .screen = Salva ou toca no carrinho laranja
cta-5 = Todos os detalhes tão no carrinho laranja.
    .screen = Detalhes no carrinho laranja
cta-6 = Pra comprar, é só tocar no carrinho laranja.
    .screen = Compra pelo carrinho laranja
cta-7 = { $gender ->
        [m] { $number ->
            [pl] Garante os seus no carrinho laranja.
           *[other] Garante o seu no carrinho laranja.
        }
        [f] { $number ->
            [pl] Garante as suas no carrinho laranja.
           *[other] Garante a sua no carrinho laranja.
        }
       *[other] Pra garantir, toca no carrinho laranja.
    }
    .screen = { $gender ->
        [m] { $number ->
            [pl] Garante os seus!
           *[other] Garante o seu!
        }
        [f] { $number ->
            [pl] Garante as suas!
           *[other] Garante a sua!
        }
       *[other] No carrinho laranja
    }
cta-8 = Salva o vídeo e corre pro carrinho laranja.
    .screen = Corre pro carrinho laranja
cta-9 = O link tá aqui embaixo, no carrinho laranja.
    .screen = Link no carrinho laranja
cta-10 = Dá uma olhada no carrinho laranja aqui embaixo.
    .screen = Dá uma olhada no carrinho
cta-11 = Tá tudo no carrinho laranja, é só tocar.
    .screen = É só tocar no carrinho

# Caption lines: No caption quotes the hook's screen line ({hook_line}): a festival greeting ("En mode Noël") or a fact
# fragment ("Compatible micro-ondes ?") opening a caption reads as a non sequitur.
# { $name } stands at the start of the
# line, after a colon or after an emoji (sentence_case capitalises it there); { $category } with its
# demonstrative inside a $gender selector. No "({category})": the name already starts with it.
# The ad text keeps only the clause with the price when the caption is too long (it is cut at , . : ? !):
# that clause names the product itself ("Esse vaso sai por R$ 146,90"), never a bare possessive
# ("Garante a sua por…") whose noun was in a clause that got cut; no comma between the noun and the price.
# Every caption's last sentence ends with a full stop before the emoji: the ad text drops the emoji.
# `.requires = from` (variants at different prices): the caption says the price as a starting price ("a partir de").
caption-1 =
    { $gender ->
        [m]
            { $number ->
                [pl] Esses { $category } da { $brand } saem por { $price } no carrinho laranja. 🛒
               *[other] Esse { $category } da { $brand } sai por { $price } no carrinho laranja. 🛒
            }
        [f]
            { $number ->
                [pl] Essas { $category } da { $brand } saem por { $price } no carrinho laranja. 🛒
               *[other] Essa { $category } da { $brand } sai por { $price } no carrinho laranja. 🛒
            }
       *[other] Da { $brand }: { $name }. Por { $price } no carrinho laranja. 🛒
    }
    .requires = brand !feature:unstitched
caption-2 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Esses { $category } tão saindo por { $price }.
                       *[other] Esse { $category } tá saindo por { $price }.
                    }
                [f]
                    { $number ->
                        [pl] Essas { $category } tão saindo por { $price }.
                       *[other] Essa { $category } tá saindo por { $price }.
                    }
               *[other] Por { $price }: { $name }.
            }
       *[other] Por { $price }: { $name }.
    } Toca no carrinho laranja pra ver. 🛒
    .requires = !feature:unstitched
caption-3 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Olha esses { $name } 👉 { $price }. Vale ou não vale? Comenta aí! O link tá no carrinho laranja. 🛒
                       *[sg] Olha esse { $name } 👉 { $price }. Vale ou não vale? Comenta aí! O link tá no carrinho laranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Olha essas { $name } 👉 { $price }. Vale ou não vale? Comenta aí! O link tá no carrinho laranja. 🛒
                       *[sg] Olha essa { $name } 👉 { $price }. Vale ou não vale? Comenta aí! O link tá no carrinho laranja. 🛒
                    }
               *[other] { $name } 👉 { $price }. Vale ou não vale? Comenta aí! O link tá no carrinho laranja. 🛒
            }
       *[title] { $name } 👉 { $price }. Vale ou não vale? Comenta aí! O link tá no carrinho laranja. 🛒
    }
caption-4 =
    Tô de olho nesse achadinho 👀 { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Esses { $category } saem por { $price } no carrinho laranja. 🛒
                       *[other] Esse { $category } sai por { $price } no carrinho laranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Essas { $category } saem por { $price } no carrinho laranja. 🛒
                       *[other] Essa { $category } sai por { $price } no carrinho laranja. 🛒
                    }
               *[other] Por { $price } no carrinho laranja: { $name }. 🛒
            }
       *[other] Por { $price } no carrinho laranja: { $name }. 🛒
    }
    .requires = cheap !feature:unstitched
caption-5 =
    { $gender ->
        [m]
            { $number ->
                [pl] Esses { $category } saem a partir de { $price } no carrinho laranja. 🛒
               *[other] Esse { $category } sai a partir de { $price } no carrinho laranja. 🛒
            }
        [f]
            { $number ->
                [pl] Essas { $category } saem a partir de { $price } no carrinho laranja. 🛒
               *[other] Essa { $category } sai a partir de { $price } no carrinho laranja. 🛒
            }
       *[other] A partir de { $price } no carrinho laranja: { $name }. 🛒
    }
    .requires = from !feature:unstitched
caption-6 = A partir de { $price }, depende da versão. O link tá no carrinho laranja. 🛒
    .requires = from
# Without the name: the caption of a product ctk can only call by its group word ("beleza", "casa").
caption-7 = Por { $price } no carrinho laranja. O que você achou? 🛒
caption-8 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Achadinho pra você: esses { $name } por { $price } 👀 O link tá no carrinho laranja. 🛒
                       *[sg] Achadinho pra você: esse { $name } por { $price } 👀 O link tá no carrinho laranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Achadinho pra você: essas { $name } por { $price } 👀 O link tá no carrinho laranja. 🛒
                       *[sg] Achadinho pra você: essa { $name } por { $price } 👀 O link tá no carrinho laranja. 🛒
                    }
               *[other] Achadinho pra você: { $name } por { $price } 👀 O link tá no carrinho laranja. 🛒
            }
       *[title] Achadinho pra você: { $name } por { $price } 👀 O link tá no carrinho laranja. 🛒
    }
    .requires = cheap
caption-9 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Direto da { $brand }: esses { $name } por { $price }. O link tá no carrinho laranja. 🛒
                       *[sg] Direto da { $brand }: esse { $name } por { $price }. O link tá no carrinho laranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Direto da { $brand }: essas { $name } por { $price }. O link tá no carrinho laranja. 🛒
                       *[sg] Direto da { $brand }: essa { $name } por { $price }. O link tá no carrinho laranja. 🛒
                    }
               *[other] Direto da { $brand }: { $name } por { $price }. O link tá no carrinho laranja. 🛒
            }
       *[title] Direto da { $brand }: { $name } por { $price }. O link tá no carrinho laranja. 🛒
    }
    .requires = brand
caption-10 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Anota aí: esses { $name } por { $price } 📝 Tá no carrinho laranja. 🛒
                       *[sg] Anota aí: esse { $name } por { $price } 📝 Tá no carrinho laranja. 🛒
                    }
                [f]
                    { $number ->
                        [pl] Anota aí: essas { $name } por { $price } 📝 Tá no carrinho laranja. 🛒
                       *[sg] Anota aí: essa { $name } por { $price } 📝 Tá no carrinho laranja. 🛒
                    }
               *[other] Anota aí: { $name } por { $price } 📝 Tá no carrinho laranja. 🛒
            }
       *[title] Anota aí: { $name } por { $price } 📝 Tá no carrinho laranja. 🛒
    }
caption-11 =
    { $gender ->
        [m]
            { $number ->
                [pl] Me apaixonei 😍 Esses { $category } saem por { $price } no carrinho laranja. 🛒
               *[other] Me apaixonei 😍 Esse { $category } sai por { $price } no carrinho laranja. 🛒
            }
        [f]
            { $number ->
                [pl] Me apaixonei 😍 Essas { $category } saem por { $price } no carrinho laranja. 🛒
               *[other] Me apaixonei 😍 Essa { $category } sai por { $price } no carrinho laranja. 🛒
            }
       *[other] Me apaixonei 😍 { $name } por { $price } no carrinho laranja. 🛒
    }
    .requires = !feature:unstitched
caption-12 =
    { $gender ->
        [m]
            { $number ->
                [pl] Salva pra não esquecer: esses { $category } saem por { $price }. O link tá no carrinho laranja. 🛒
               *[other] Salva pra não esquecer: esse { $category } sai por { $price }. O link tá no carrinho laranja. 🛒
            }
        [f]
            { $number ->
                [pl] Salva pra não esquecer: essas { $category } saem por { $price }. O link tá no carrinho laranja. 🛒
               *[other] Salva pra não esquecer: essa { $category } sai por { $price }. O link tá no carrinho laranja. 🛒
            }
       *[other] Salva pra não esquecer: { $name } por { $price }. O link tá no carrinho laranja. 🛒
    }
    .requires = !feature:unstitched

hashtags = #TikTokShop #TikTokMeFezComprar #achadinhos #fy
label-sale = PROMO
label-new = NOVIDADE
label-price_from = a partir de { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Válido para variações selecionadas.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = A partir de { $price }, depende da versão.
    .screen = A partir de { $price }
offer-from-2 = A partir de { $price }: é só escolher a versão.
    .screen = A partir de { $price }

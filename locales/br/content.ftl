# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Brazilian Portuguese, você-form. {category}, {name} and {brand} never take an article,
## a contraction (do/da/no/na) or an agreeing adjective, so any noun (m/f, plural) fits.
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood,
## comfort, warmth, durability, speed) unless its `requires` names the fact that supports it.
## Hooks never carry {name} or {category}: the intro names the product right after, and saying it twice in

# Hooks never carry {name} or {category}: the intro names the product right after, and saying it twice in
# four seconds sounds like a spec sheet. Every hook's voice is said in 2.7 s (<= 40 characters at 15 cps);
# {hook_fact} (the screen line of the first selling point: "Até 60 h de bateria", "Kit com 4") opens the
# line, so its capital letter stands where Portuguese wants one. No "se dar um mimo", no claims.
hook-1 = Gente, olha o que eu achei!
    .screen = Olha esse achadinho!
hook-2 = Para tudo e olha isso aqui.
    .screen = Para tudo!
hook-3 = Eu nem sabia que precisava disso.
    .screen = Não sabia que precisava disso
hook-4 = Você precisa ver isso, sério.
    .screen = Você precisa ver isso
hook-5 = Vem cá que eu te mostro uma coisa.
    .screen = Vem ver isso
hook-6 = Tá com { $discount } de desconto. Sério!
    .screen = { $discount } OFF. Sério!
    .requires = discount
hook-7 = { $hook_fact }. Olha só!
    .screen = { $hook_fact }
    .requires = pitch
hook-8 = { $hook_fact }, e tem mais!
    .screen = { $hook_fact }
    .requires = pitch

# The intro names the product by its type word ({category}, bare: "O achadinho de hoje: mochila"); the
# screen shows the full name. Reading the built name aloud ("caneca, cerâmica, alta capacidade") sounds
# like a spec sheet, and every fact in it has its own scene after.
intro-1 = O achadinho de hoje é da marca { $brand }: { $category }.
    .screen = { $name }
    .requires = brand
intro-2 = O achadinho de hoje: { $category }.
    .screen = { $name }
intro-3 = Deixa eu te mostrar: { $category }.
    .screen = { $name }

# {material} only after a colon: "O material é banho de ouro" is wrong.
benefit-material-1 = Repara no material: { $material }.
    .screen = Material: { $material }
benefit-material-2 = Olha só o material: { $material }.
    .screen = Material: { $material }
benefit-material-3 = Vamos falar do material: { $material }.
    .screen = Repara no material: { $material }

# Colours are named: {colors_or} for a choice ("preto ou marrom"), {colors} ("preto e marrom") only as a label.
# Only used with two colours or more.
benefit-colors-1 = Tem em { $colors_or }: qual você escolhe?
    .screen = Tem em { $colors_or }
benefit-colors-2 = { $colors_or }? Você escolhe.
    .screen = Cores: { $colors }
benefit-colors-3 = Dá pra escolher entre { $colors }.
    .screen = Escolhe: { $colors_or }

benefit-sizes-1 = Tem nos tamanhos { $sizes }.
    .screen = Tamanhos: { $sizes }
benefit-sizes-2 = Escolhe o seu tamanho: { $sizes }.
    .screen = Escolhe o seu tamanho: { $sizes }
benefit-sizes-3 = Dá pra escolher entre os tamanhos { $sizes }.
    .screen = Tamanhos disponíveis: { $sizes }

benefit-generic-1 = Um básico pro seu dia a dia.
    .screen = Pro seu dia a dia
benefit-generic-2 = Olha no vídeo como é de verdade.
    .screen = Olha como é de verdade
benefit-generic-3 = Repara nos detalhes, que no vídeo dá pra ver de pertinho.
    .screen = Repara nos detalhes
benefit-generic-4 = Sem complicação nenhuma: tirou da caixa, é só usar.
    .screen = Sem complicação
    .requires = feature:plug_and_play

benefit-apparel-1 = Dá pra combinar do seu jeito com o que você já tem no armário.
    .screen = Combina do seu jeito
benefit-apparel-2 = Repara no vídeo como fica no corpo.
    .screen = Olha o caimento
benefit-beauty-1 = Mais um passo pra sua rotina de todo dia.
    .screen = Pra sua rotina
benefit-beauty-2 = Deixa uma sensação leve e fresquinha na pele.
    .screen = Sensação leve e fresquinha
    .requires = feature:lightweight_texture
benefit-home-1 = Um detalhe pra sua casa, do seu jeito.
    .screen = Um detalhe pra sua casa
benefit-home-2 = Com esse aroma, qualquer cantinho fica mais aconchegante.
    .screen = Sua casa mais aconchegante
    .requires = attr:scent
benefit-electronics-1 = Olha no vídeo como funciona.
    .screen = Olha como funciona
benefit-electronics-2 = É só ligar e pronto, sem precisar de manual.
    .screen = Liga e pronto
    .requires = feature:plug_and_play
benefit-electronics-3 = Te acompanha pra todo lado.
    .screen = Vai com você pra todo lado
    .requires = feature:portable
benefit-gifts-1 = Se você tá procurando uma ideia de presente, anota essa.
    .screen = Uma ideia de presente
benefit-gifts-2 = Chega em caixa de presente, nem precisa embrulhar.
    .screen = Vem em caixa de presente
    .requires = feature:gift_box
benefit-accessories-1 = Pra completar o seu look do seu jeito.
    .screen = Pra completar o look
benefit-accessories-2 = Olha de pertinho no vídeo, com todos os detalhes.
    .screen = Olha de pertinho

offer-1 = E custa só { $price }.
    .screen = Só { $price }
offer-2 = Tudo isso por { $price }.
    .screen = Por { $price }
offer-3 = E o preço? { $price }.
    .screen = Preço: { $price }

offer-discount-1 = Tá saindo de { $old_price } por { $price }.
    .screen = De { $old_price } por { $price }
offer-discount-2 = Agora tá saindo por { $price }.
    .screen = Agora { $price }
offer-discount-3 = Com { $discount } de desconto, fica por { $price }.
    .screen = { $discount } OFF: { $price }

cta-1 = O link tá no carrinho laranja.
    .screen = Link no carrinho laranja
cta-2 = Clica no carrinho laranja aqui embaixo.
    .screen = Clica no carrinho laranja
cta-3 = Toca no carrinho laranja e dá uma olhada.
    .screen = Toca no carrinho laranja
cta-4 = Salva esse vídeo pra não perder.
    .screen = Salva pra não perder
cta-5 = Todos os detalhes tão no carrinho laranja.
    .screen = Detalhes no carrinho laranja
cta-6 = Pra comprar, é só tocar no carrinho laranja.
    .screen = Compra pelo carrinho laranja

# Caption lines: {hook_line} is the chosen hook's on-screen text.
# {name} is lower-case and only the line's first letter is capitalised: it stands at the very start
# or after a colon, never after an emoji. No "({category})": the name already starts with it.
caption-1 = { $hook_line } 👉 Da marca { $brand }, por { $price }: { $name }. O link tá no carrinho laranja 🛒
    .requires = brand
caption-2 = { $hook_line } ✨ Por { $price }: { $name }. Toca no carrinho laranja pra ver.
caption-3 = { $name }, por { $price }. O que você achou? O link tá no carrinho laranja 🛒

hashtags = #TikTokShop #TikTokMeFezComprar #achadinhos #fy
label-sale = PROMO
label-new = NOVIDADE
label-price_from = a partir de { $price }

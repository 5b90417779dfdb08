# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator: Italian TikTok Shop, informal "tu", said by a creator
## to camera. See locales/README.md for the ids, the variables and the grammar selectors. Every line is
## written for this market, not translated.
## Grammar (locales/README.md): $gender (m/f) and $number (sg/pl) are those of {category}, the market's type
## word from facts.toml [types] ("lampada da scrivania": f sg, "auricolari": m pl); they are "other" for a
## product ctk could only place in a group (group words carry no grammar). So "questa { $category }",
## object pronouns (lo/la/li/le) and verbs (costa/costano, è/sono) agree inside the [m]/[f] variants and
## always read right. {name} is a fact-built noun phrase ("lampada da scrivania pieghevole", "calzini cotone,
## in confezione da 10"), the type word, or the seller's own title, which may be any noun: an article,
## contraction or demonstrative before { $name } itself stands only in a `$named -> [type]` variant (the
## name starts with the type word); *[title] and every *[other] put the name after a colon ("Ti faccio
## vedere questo: …") or at the start of a sentence. $initial gives the article's form: il/lo/l' (m sg),
## i/gli (m pl), la/l' (f sg), le (f pl); "lo"/"gli" before s + consonant, z, gn, ps, x, y ("lo zaino",
## "lo shampoo", "gli auricolari"); contractions follow it (del/dello/dell'/della/dei/degli/delle).
## A fact-built name may hold a comma: it ends a clause or is followed by a comma, never by a verb.
## No article before {discount} (il 20% / l'8% would need elision).
## No line asserts a claim class (docs/facts-data.md, "Claims": popularity, easy setup, lightness,
## portability, mood, comfort, warmth, durability, speed, "il migliore", health or eco) unless its
## `.requires` names the fact that supports it; benefits come from facts.toml. No invented urgency
## ("finché dura l'offerta", "non aspettare"), no "fatti un regalo". OFFERTA/PROMO, never SALDI (regulated
## seasonal sales); "similpelle", never "pelle"/"ecopelle", for non-animal leather (L. 8/2013).

# Hooks: the first 3 s. They never say {name} (the intro says it right after; the caption quotes the
# hook's screen line, so a screen line never ends with a colon). Every voice is said in 2.7 s at
# 15 characters a second (<= 40 characters once filled; a hook that runs long with its fact is not
# chosen). A pronoun may point at the product the creator is holding ("Questa te la devo proprio far
# vedere"). {hook_fact} is the screen line of the first selling point ("Fino a 60 ore di autonomia",
# "Ricaricabile", "Fodera removibile"): it opens the line as a question with a reaction ("Ricaricabile? Ci
# sto!"), which reads right after an adjective and a noun phrase alike; never the fact alone with a filler
# ("Ricaricabile. Ti spiego tutto." is no hook).
hook-1 = Perché nessuno me ne ha parlato prima?
    .screen = Perché nessuno me ne ha parlato prima?
hook-2 = Guarda cosa ho trovato.
    .screen = Guarda cosa ho trovato
hook-3 = { $gender ->
        [m] { $number ->
            [pl] Li conoscevi già?
           *[sg] Lo conoscevi già?
        }
        [f] { $number ->
            [pl] Le conoscevi già?
           *[sg] La conoscevi già?
        }
       *[other] Conoscevi già questa chicca?
    }
    .screen = { $gender ->
        [m] { $number ->
            [pl] Li conoscevi già?
           *[sg] Lo conoscevi già?
        }
        [f] { $number ->
            [pl] Le conoscevi già?
           *[sg] La conoscevi già?
        }
       *[other] Conoscevi già questa chicca?
    }
hook-4 = Fermati un attimo, non scrollare.
    .screen = Non scrollare!
hook-5 = { $gender ->
        [m] { $number ->
            [pl] Questi te li devo proprio far vedere.
           *[sg] Questo te lo devo proprio far vedere.
        }
        [f] { $number ->
            [pl] Queste te le devo proprio far vedere.
           *[sg] Questa te la devo proprio far vedere.
        }
       *[other] Questo te lo devo proprio far vedere.
    }
    .screen = { $gender ->
        [m] { $number ->
            [pl] Questi te li devo far vedere
           *[sg] Questo te lo devo far vedere
        }
        [f] { $number ->
            [pl] Queste te le devo far vedere
           *[sg] Questa te la devo far vedere
        }
       *[other] Questo te lo devo far vedere
    }
hook-6 = Poi mi ringrazi, fidati.
    .screen = Poi mi ringrazi
hook-7 = Ti svelo una chicca, resta qui.
    .screen = Ti svelo una chicca
hook-14 = Fermati un attimo, guarda qui.
    .screen = Fermati un attimo
hook-15 = La scoperta del giorno, te la faccio vedere.
    .screen = La scoperta del giorno
hook-8 = { $discount } di sconto, hai sentito bene.
    .screen = { $discount } di sconto, hai letto bene
    .requires = discount
hook-9 = Aspetta… { $discount } di sconto?!
    .screen = { $discount } di sconto?!
    .requires = discount
hook-10 = { $hook_fact }? Era proprio quello che cercavo.
    .screen = { $hook_fact }?
    .requires = pitch
hook-11 = { $hook_fact }? Mi piace un sacco.
    .screen = { $hook_fact }?
    .requires = pitch
hook-12 = { $hook_fact }: il suo punto forte.
    .screen = { $hook_fact }
    .requires = pitch
hook-13 = { $hook_fact }? Per me è un sì.
    .screen = { $hook_fact }?
    .requires = pitch
hook-16 = { $hook_fact }? Promosso a pieni voti.
    .screen = { $hook_fact }?
    .requires = pitch
hook-17 = { $hook_fact }? Ci voleva proprio.
    .screen = { $hook_fact }?
    .requires = pitch
hook-18 = { $hook_fact }? Aspetta di vedere il resto.
    .screen = { $hook_fact }?
    .requires = pitch
hook-19 = Occhio: c'è il { $discount } di sconto.
    .screen = Il { $discount } in meno
    .requires = discount
hook-20 = Questa non me l'aspettavo, guarda.
    .screen = Non me l'aspettavo
hook-21 = Salva il video, poi mi dici.
    .screen = Salva il video
hook-22 = Te ne parlo perché merita davvero.
    .screen = Merita davvero
hook-23 = Resta qui, che ne vale la pena.
    .screen = Ne vale la pena
hook-24 = { $hook_fact }? Questo sì che mi piace.
    .screen = { $hook_fact }?
    .requires = pitch
hook-25 = { $hook_fact }? Mi ha convinto subito.
    .screen = { $hook_fact }?
    .requires = pitch

# Intros name the product with its article or demonstrative: "Ti presento questo zaino impermeabile",
# "Oggi parliamo degli auricolari con microfono"; a seller's title comes after a colon. The intro is
# said in one scene (7 s at most, about 100 characters with the name, which is up to 70 characters and
# longer when said: "10.000 milliampereora"): the words around {name} stay short; an [m]/[f] variant
# may say just "questo power bank" ({category}) and leave the full name to the screen.
intro-1 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Direttamente da { $brand }: questi { $name }.
                               *[sg] Direttamente da { $brand }: questo { $name }.
                            }
                        [f]
                            { $number ->
                                [pl] Direttamente da { $brand }: queste { $name }.
                               *[sg] Direttamente da { $brand }: questa { $name }.
                            }
                       *[other] Direttamente da { $brand }: { $name }.
                    }
               *[title] Direttamente da { $brand }: { $name }.
            }
       *[other] Direttamente da { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-2 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Ti presento questi { $name }.
                               *[sg] Ti presento questo { $name }.
                            }
                        [f]
                            { $number ->
                                [pl] Ti presento queste { $name }.
                               *[sg] Ti presento questa { $name }.
                            }
                       *[other] Ti faccio vedere questo prodotto: { $name }.
                    }
               *[title] Ti faccio vedere questo prodotto: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Ti presento questi { $category }.
                       *[sg] Ti presento questo { $category }.
                    }
                [f]
                    { $number ->
                        [pl] Ti presento queste { $category }.
                       *[sg] Ti presento questa { $category }.
                    }
               *[other] Ti faccio vedere questo prodotto: { $name }.
            }
    }
    .screen = { $name }
intro-3 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Oggi ti faccio vedere questi { $name }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Oggi ti faccio vedere quest'{ $name }.
                                       *[other] Oggi ti faccio vedere questo { $name }.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Oggi ti faccio vedere queste { $name }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Oggi ti faccio vedere quest'{ $name }.
                                       *[other] Oggi ti faccio vedere questa { $name }.
                                    }
                            }
                       *[other] Guarda qui: { $name }.
                    }
               *[title] Guarda qui: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Oggi ti faccio vedere questi { $category }.
                       *[sg] Oggi ti faccio vedere questo { $category }.
                    }
                [f]
                    { $number ->
                        [pl] Oggi ti faccio vedere queste { $category }.
                       *[sg] Oggi ti faccio vedere questa { $category }.
                    }
               *[other] Guarda qui: { $name }.
            }
    }
    .screen = { $name }
intro-7 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Diamo un'occhiata a questi { $name }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Diamo un'occhiata a quest'{ $name }.
                                       *[other] Diamo un'occhiata a questo { $name }.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Diamo un'occhiata a queste { $name }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Diamo un'occhiata a quest'{ $name }.
                                       *[other] Diamo un'occhiata a questa { $name }.
                                    }
                            }
                       *[other] Guarda qui: { $name }.
                    }
               *[title] Guarda qui: { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Diamo un'occhiata a questi { $category }.
                       *[sg] Diamo un'occhiata a questo { $category }.
                    }
                [f]
                    { $number ->
                        [pl] Diamo un'occhiata a queste { $category }.
                       *[sg] Diamo un'occhiata a questa { $category }.
                    }
               *[other] Guarda qui: { $name }.
            }
    }
    .screen = { $name }
intro-4 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] La mia ultima scoperta? Questi { $category }.
                       *[sg] La mia ultima scoperta? Questo { $category }.
                    }
                [f]
                    { $number ->
                        [pl] La mia ultima scoperta? Queste { $category }.
                       *[sg] La mia ultima scoperta? Questa { $category }.
                    }
               *[other] La mia ultima scoperta: { $name }.
            }
       *[other] La mia ultima scoperta: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-5 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Ho scovato questi { $category } { $brand }.
                       *[sg] Ho scovato questo { $category } { $brand }.
                    }
                [f]
                    { $number ->
                        [pl] Ho scovato queste { $category } { $brand }.
                       *[sg] Ho scovato questa { $category } { $brand }.
                    }
               *[other] Arriva da { $brand }: { $name }.
            }
       *[other] Arriva da { $brand }: { $name }.
    }
    .screen = { $name } di { $brand }
    .requires = brand !feature:unstitched

intro-6 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Ed eccoli qui, questi { $category }.
                       *[sg] Ed eccolo qui, questo { $category }.
                    }
                [f]
                    { $number ->
                        [pl] Ed eccole qui, queste { $category }.
                       *[sg] Ed eccola qui, questa { $category }.
                    }
               *[other] Ed ecco a te: { $name }.
            }
       *[other] Ed ecco a te: { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched

# {material} follows "in" or a colon ("È in lino", "Materiale: placcato oro").
benefit-material-1 = { $number ->
        [pl] Sono in { $material }.
       *[other] È in { $material }.
    }
    .screen = In { $material }
benefit-material-2 = { $gender ->
        [m] { $number ->
            [pl] Realizzati in { $material }.
           *[sg] Realizzato in { $material }.
        }
        [f] { $number ->
            [pl] Realizzate in { $material }.
           *[sg] Realizzata in { $material }.
        }
       *[other] Tutto in { $material }.
    }
    .screen = In { $material }

# Colours are only said with two or more: {colors_or} for a choice ("bianco o nero"), $color_count with its
# CLDR plural category where a number is said.
benefit-colors-1 = Scegli tu il colore: { $colors_or }.
    .screen = Colori: { $colors_or }
benefit-colors-2 = { $color_count ->
        [one] C'è un solo colore: { $colors }.
       *[other] Ci sono { $color_count } colori tra cui scegliere: { $colors_or }.
    }
    .screen = { $color_count ->
        [one] Colore: { $colors }
       *[other] { $color_count } colori a scelta
    }
benefit-colors-3 = { $gender ->
        [m] { $number ->
            [pl] Puoi sceglierli in { $colors_or }.
           *[sg] Puoi sceglierlo in { $colors_or }.
        }
        [f] { $number ->
            [pl] Puoi sceglierle in { $colors_or }.
           *[sg] Puoi sceglierla in { $colors_or }.
        }
       *[other] Puoi scegliere: { $colors_or }.
    }
    .screen = In { $colors_or }
benefit-colors-4 = Tu quale colore prendi: { $colors_or }?
    .screen = Quale colore scegli?
# More than five colours: counted, not read out (.requires = many_colors), on screen too.
benefit-colors-5 = Ci sono { $color_count } colori tra cui scegliere, il tuo c'è di sicuro.
    .screen = { $color_count } colori a scelta
    .requires = many_colors
benefit-colors-6 = { $color_count } colori disponibili: tu quale prendi?
    .screen = { $color_count } colori disponibili
    .requires = many_colors

# "Taglia" is clothing's word and "la tua taglia" a body's: apparel only; "numeri" is a shoe's; "misure" (a cat
# scratcher in S or L, a ring) is never said of clothes or shoes: one copy per group that is not apparel.
benefit-sizes-1 = Taglie disponibili: { $sizes }.
    .screen = Taglie: { $sizes }
    .requires = group:apparel !type:shoes
benefit-sizes-2 = Trova la tua taglia: { $sizes }.
    .screen = Taglie disponibili: { $sizes }
    .requires = group:apparel !type:shoes !attr:age_range
benefit-sizes-3 = Numeri disponibili: { $sizes }.
    .screen = Numeri: { $sizes }
    .requires = type:shoes
benefit-sizes-4 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:home
benefit-sizes-5 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:pets
benefit-sizes-6 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:baby
benefit-sizes-7 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:sports
benefit-sizes-8 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:accessories
benefit-sizes-9 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:jewelry
benefit-sizes-10 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:electronics
benefit-sizes-11 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:toys
benefit-sizes-12 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:beauty
benefit-sizes-13 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:gifts
benefit-sizes-14 = Misure disponibili: { $sizes }.
    .screen = Misure: { $sizes }
    .requires = group:food

# Fallback benefits: they assert nothing about the product, and they promise nothing the clip may not show
# (no close-up, no "guarda i dettagli": the images may be the seller's placeholders).
benefit-generic-1 = Dimmi nei commenti cosa ne pensi.
    .screen = Tu che ne pensi?
benefit-generic-2 = Per te o da regalare? Dimmi tu.
    .screen = Per te o da regalare?
benefit-generic-3 = Dimmi nei commenti se finisce nella tua lista.
    .screen = Finisce nella tua lista?

# Group benefits (benefit-<group>): the benefit scene of a product with no fact to state. They show the
# product and assert nothing a fact must support; a line that does has its `.requires`.
benefit-apparel-1 = { $gender ->
        [f] { $number ->
            [pl] Look elegante o casual: decidi tu come abbinarle.
           *[sg] Look elegante o casual: decidi tu come abbinarla.
        }
        [m] { $number ->
            [pl] Look elegante o casual: decidi tu come abbinarli.
           *[sg] Look elegante o casual: decidi tu come abbinarlo.
        }
       *[other] Look elegante o casual: decidi tu.
    }
    .screen = Elegante o casual: decidi tu
benefit-apparel-2 = Per tutti i giorni o per uscire? Dimmi tu.
    .screen = Tutti i giorni o per uscire?
benefit-apparel-3 = { $gender ->
        [f] { $number ->
            [pl] Tu con cosa le abbineresti?
           *[sg] Tu con cosa l'abbineresti?
        }
        [m] { $number ->
            [pl] Tu con cosa li abbineresti?
           *[sg] Tu con cosa l'abbineresti?
        }
       *[other] Tu con cosa l'abbineresti?
    }
    .screen = Dimmelo nei commenti
benefit-beauty-1 = Ti tenta? Dimmelo nei commenti.
    .screen = Ti tenta?
benefit-beauty-2 = La texture si assorbe in fretta senza lasciare la pelle unta.
    .screen = Texture leggera
    .requires = feature:lightweight_texture
benefit-beauty-3 = Da 1 a 10, quanto ti piace? Scrivilo nei commenti.
    .screen = Il tuo voto da 1 a 10?
benefit-home-1 = Regoli la luce in base all'atmosfera che vuoi.
    .screen = Luce regolabile, atmosfera a scelta
    .requires = feature:dimmable
benefit-home-2 = La profumazione si diffonde nella stanza e crea atmosfera.
    .screen = Profumazione nella stanza
    .requires = attr:scent
benefit-home-3 = Per casa tua o da regalare? Dimmi tu.
    .screen = Per casa tua o da regalare?
benefit-home-4 = { $gender ->
        [m] { $number ->
            [pl] Promossi o bocciati? Scrivimelo nei commenti.
           *[sg] Promosso o bocciato? Scrivimelo nei commenti.
        }
        [f] { $number ->
            [pl] Promosse o bocciate? Scrivimelo nei commenti.
           *[sg] Promossa o bocciata? Scrivimelo nei commenti.
        }
       *[other] Tu che dici, promosso? Scrivimelo nei commenti.
    }
    .screen = { $gender ->
        [m] { $number ->
            [pl] Promossi o bocciati?
           *[sg] Promosso o bocciato?
        }
        [f] { $number ->
            [pl] Promosse o bocciate?
           *[sg] Promossa o bocciata?
        }
       *[other] Promosso o bocciato?
    }
benefit-electronics-1 = Colleghi e funziona, senza installazione.
    .screen = Colleghi e funziona
    .requires = feature:plug_and_play
benefit-electronics-2 = Da mettere in borsa e portare ovunque, ogni giorno.
    .screen = Da portare ovunque
    .requires = feature:portable
benefit-electronics-3 = { $gender ->
        [m] { $number ->
            [pl] Tu per cosa li useresti? Scrivilo nei commenti.
           *[sg] Tu per cosa lo useresti? Scrivilo nei commenti.
        }
        [f] { $number ->
            [pl] Tu per cosa le useresti? Scrivilo nei commenti.
           *[sg] Tu per cosa la useresti? Scrivilo nei commenti.
        }
       *[other] Tu per cosa lo useresti? Scrivilo nei commenti.
    }
    .screen = Dimmelo nei commenti
benefit-gifts-1 = Se cerchi un'idea regalo, guarda qui.
    .screen = Cerchi un'idea regalo?
benefit-gifts-2 = Un pensiero carino per qualcuno a cui tieni.
    .screen = Da regalare
benefit-gifts-3 = Arriva già in confezione regalo.
    .screen = In confezione regalo
    .requires = feature:gift_box
benefit-accessories-1 = Ti tenta? Dimmelo nei commenti.
    .screen = Ti tenta?
benefit-accessories-2 = Per te o da regalare? Dimmi tu.
    .screen = Per te o da regalare?
benefit-jewelry-1 = { $gender ->
        [f] { $number ->
            [pl] Da sole o abbinate ad altri gioielli: tu come le porteresti?
           *[sg] Da sola o abbinata ad altri gioielli: tu come la porteresti?
        }
        [m] { $number ->
            [pl] Da soli o abbinati ad altri gioielli: tu come li porteresti?
           *[sg] Da solo o abbinato ad altri gioielli: tu come lo porteresti?
        }
       *[other] Minimal o abbinato ad altri gioielli: tu come lo porteresti?
    }
    .screen = Minimal o in abbinamento?
benefit-jewelry-2 = Per te o da regalare? Dimmelo nei commenti.
    .screen = Per te o da regalare?
benefit-toys-1 = Tu a chi pensi? Scrivilo nei commenti.
    .screen = A chi pensi?
benefit-toys-2 = Allora, che ne dici?
    .screen = Che ne dici?
benefit-food-1 = Pausa golosa, ti va?
    .screen = Pausa golosa?
    .requires = !type:supplement
benefit-food-2 = Da assaggiare, poi mi dici.
    .screen = Da assaggiare
    .requires = !type:supplement
benefit-sports-1 = Da aggiungere al tuo allenamento?
    .screen = Per il tuo allenamento?
benefit-sports-2 = Allora, ti ho convinto?
    .screen = Ti ho convinto?
# pets and baby (strollers, bottles, bodysuits, cat toys, scratchers): no fact to state; they claim nothing
benefit-pets-1 = Secondo te al tuo pelosetto piacerà? Dimmelo nei commenti.
    .screen = Al tuo pelosetto piacerà?
benefit-pets-2 = Per il tuo animale o da regalare a chi ne ha uno? Dimmi tu.
    .screen = Per il tuo animale o da regalare?
benefit-baby-1 = Per il tuo bimbo o come regalo di nascita? Dimmi tu.
    .screen = Per il tuo bimbo o da regalare?
benefit-baby-2 = Conosci dei neogenitori? Taggali nei commenti.
    .screen = Per i neogenitori?

# Prices: no invented urgency, no "fatti un regalo".
offer-1 = { $gender ->
        [m] { $number ->
            [pl] Te li porti a casa con { $price }.
           *[sg] Te lo porti a casa con { $price }.
        }
        [f] { $number ->
            [pl] Te le porti a casa con { $price }.
           *[sg] Te la porti a casa con { $price }.
        }
       *[other] Te lo porti a casa con { $price }.
    }
    .screen = { $price }
offer-5 = { $gender ->
        [m] { $number ->
            [pl] Li trovi a { $price }.
           *[sg] Lo trovi a { $price }.
        }
        [f] { $number ->
            [pl] Le trovi a { $price }.
           *[sg] La trovi a { $price }.
        }
       *[other] Lo trovi a { $price }.
    }
    .screen = { $price }
offer-2 = { $number ->
        [pl] Costano { $price }.
       *[other] Costa { $price }.
    }
    .screen = { $price }
offer-3 = Il prezzo? { $price }.
    .screen = Prezzo: { $price }
offer-4 = { $gender ->
        [m] { $number ->
            [pl] Li trovi a { $price }.
           *[sg] Lo trovi a { $price }.
        }
        [f] { $number ->
            [pl] Le trovi a { $price }.
           *[sg] La trovi a { $price }.
        }
       *[other] Lo trovi a { $price }.
    }
    .screen = { $price }

offer-discount-1 = { $number ->
        [pl] Adesso costano { $price } invece di { $old_price }.
       *[other] Adesso costa { $price } invece di { $old_price }.
    }
    .screen = { $price } invece di { $old_price }
offer-discount-2 = { $number ->
        [pl] In questo momento sono in offerta a { $price }.
       *[other] In questo momento è in offerta a { $price }.
    }
    .screen = In offerta a { $price }
offer-discount-3 = { $number ->
        [pl] { $discount } di sconto: adesso costano { $price } invece di { $old_price }.
       *[other] { $discount } di sconto: adesso costa { $price } invece di { $old_price }.
    }
    .screen = { $discount } di sconto
offer-discount-4 = { $gender ->
        [m] { $number ->
            [pl] Con lo sconto te li porti a casa a { $price } invece di { $old_price }.
           *[sg] Con lo sconto te lo porti a casa a { $price } invece di { $old_price }.
        }
        [f] { $number ->
            [pl] Con lo sconto te le porti a casa a { $price } invece di { $old_price }.
           *[sg] Con lo sconto te la porti a casa a { $price } invece di { $old_price }.
        }
       *[other] Con lo sconto te lo porti a casa a { $price } invece di { $old_price }.
    }
    .screen = In offerta a { $price }

# CTAs point to the shop (the orange cart, the product link); only cta-8 asks for something else.
cta-1 = Clicca sul carrello qui sotto.
    .screen = Clicca sul carrello
cta-2 = Trovi il link nel carrello qui sotto.
    .screen = Link nel carrello
cta-3 = Ti lascio il link nel carrello, qui sotto.
    .screen = Il link è nel carrello
cta-4 = Trovi tutto nel carrello arancione, qui sotto.
    .screen = Tutto nel carrello arancione
cta-5 = Salva il video, il link lo trovi nel carrello.
    .screen = Link nel carrello arancione
cta-6 = Tutti i dettagli li trovi nel carrello qui sotto.
    .screen = Tutti i dettagli nel carrello
cta-7 = Vai a dare un'occhiata, il link è qui sotto.
    .screen = Il link è qui sotto
cta-8 = Tagga qualcuno a cui faresti vedere questo video.
    .screen = Tagga qualcuno nei commenti
cta-9 = Dai un'occhiata al carrello arancione, qui sotto.
    .screen = Dai un'occhiata al carrello
cta-10 = Passa dal carrello arancione qui sotto.
    .screen = Passa dal carrello arancione
cta-11 = Se ti ha convinto, il carrello è qui sotto.
    .screen = Il carrello è qui sotto

# Caption lines: No caption quotes the hook's screen line ({hook_line}): a festival greeting ("En mode Noël") or a fact
# fragment ("Compatible micro-ondes ?") opening a caption reads as a non sequitur. The price
# comes before the emoji, so the ad text (emoji cut) keeps it in one clause.
caption-1 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl]
                            { $initial ->
                                [vowel] Gli { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                                [s_cons] Gli { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                               *[other] I { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                            }
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                                [s_cons] Lo { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                               *[other] Il { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Le { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                               *[other] La { $name }, di { $brand }, a { $price }. Trovi il link nel carrello 🛒
                            }
                    }
               *[other] { $brand }: { $name }, a { $price }. Trovi il link nel carrello 🛒
            }
       *[title] { $brand }: { $name }, a { $price }. Trovi il link nel carrello 🛒
    }
    .requires = brand
caption-2 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Colpo di fulmine per questi { $name }, a { $price } 😍 Link nel carrello 🛒
                       *[sg] Colpo di fulmine per questo { $name }, a { $price } 😍 Link nel carrello 🛒
                    }
                [f]
                    { $number ->
                        [pl] Colpo di fulmine per queste { $name }, a { $price } 😍 Link nel carrello 🛒
                       *[sg] Colpo di fulmine per questa { $name }, a { $price } 😍 Link nel carrello 🛒
                    }
               *[other] Colpo di fulmine 😍 { $name }, a { $price }. Link nel carrello 🛒
            }
       *[title] Colpo di fulmine 😍 { $name }, a { $price }. Link nel carrello 🛒
    }
caption-3 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] { $price } per questi { $name } 🛒 Trovi il link nel carrello.
                       *[sg] { $price } per questo { $name } 🛒 Trovi il link nel carrello.
                    }
                [f]
                    { $number ->
                        [pl] { $price } per queste { $name } 🛒 Trovi il link nel carrello.
                       *[sg] { $price } per questa { $name } 🛒 Trovi il link nel carrello.
                    }
               *[other] Da scoprire: { $name }, a { $price } 🛒 Trovi il link nel carrello.
            }
       *[title] Da scoprire: { $name }, a { $price } 🛒 Trovi il link nel carrello.
    }
caption-4 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] A { $price }, che ne pensi di questi { $name }? 💬 Trovi il link nel carrello 🛒
                       *[sg] A { $price }, che ne pensi di questo { $name }? 💬 Trovi il link nel carrello 🛒
                    }
                [f]
                    { $number ->
                        [pl] A { $price }, che ne pensi di queste { $name }? 💬 Trovi il link nel carrello 🛒
                       *[sg] A { $price }, che ne pensi di questa { $name }? 💬 Trovi il link nel carrello 🛒
                    }
               *[other] { $name } a { $price }: che ne pensi? 💬 Trovi il link nel carrello 🛒
            }
       *[title] { $name } a { $price }: che ne pensi? 💬 Trovi il link nel carrello 🛒
    }
caption-5 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] La mia scoperta da { $brand }: questi { $name }, a { $price } ✨ Link nel carrello 🛒
                       *[sg] La mia scoperta da { $brand }: questo { $name }, a { $price } ✨ Link nel carrello 🛒
                    }
                [f]
                    { $number ->
                        [pl] La mia scoperta da { $brand }: queste { $name }, a { $price } ✨ Link nel carrello 🛒
                       *[sg] La mia scoperta da { $brand }: questa { $name }, a { $price } ✨ Link nel carrello 🛒
                    }
               *[other] La mia scoperta da { $brand }: { $name }, a { $price } ✨ Link nel carrello 🛒
            }
       *[title] La mia scoperta da { $brand }: { $name }, a { $price } ✨ Link nel carrello 🛒
    }
    .requires = brand
# Variants at different prices (.requires = from): the price is a starting price ("a partire da"). Only these
# are chosen then, so they fit every product (no .requires = brand).
caption-6 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl]
                            { $initial ->
                                [vowel] Gli { $name } li trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                                [s_cons] Gli { $name } li trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                               *[other] I { $name } li trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                            }
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name } lo trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                                [s_cons] Lo { $name } lo trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                               *[other] Il { $name } lo trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Le { $name } le trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name } la trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                               *[other] La { $name } la trovi a partire da { $price }, in base al modello. Link nel carrello 🛒
                            }
                    }
               *[other] { $name }, a partire da { $price } in base al modello. Link nel carrello 🛒
            }
       *[title] { $name }, a partire da { $price } in base al modello. Link nel carrello 🛒
    }
    .requires = from
caption-7 = Si parte da { $price }, in base al modello 🛒 Tu quale scegli? Trovi il link nel carrello.
    .requires = from
# No name: for a product ctk only knows by its group word ("bellezza" is no name).
caption-8 = Che ne pensi? Il prezzo è { $price }, il link lo trovi nel carrello 🛒
caption-9 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Scovati per te: questi { $name }, a { $price } 👀 Trovi il link nel carrello 🛒
                       *[sg] Scovato per te: questo { $name }, a { $price } 👀 Trovi il link nel carrello 🛒
                    }
                [f]
                    { $number ->
                        [pl] Scovate per te: queste { $name }, a { $price } 👀 Trovi il link nel carrello 🛒
                       *[sg] Scovata per te: questa { $name }, a { $price } 👀 Trovi il link nel carrello 🛒
                    }
               *[other] Scovato per te: { $name }, a { $price } 👀 Trovi il link nel carrello 🛒
            }
       *[title] Scovato per te: { $name }, a { $price } 👀 Trovi il link nel carrello 🛒
    }
caption-10 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Da { $brand }: questi { $name }, a { $price }. Trovi il link nel carrello 🛒
                       *[sg] Da { $brand }: questo { $name }, a { $price }. Trovi il link nel carrello 🛒
                    }
                [f]
                    { $number ->
                        [pl] Da { $brand }: queste { $name }, a { $price }. Trovi il link nel carrello 🛒
                       *[sg] Da { $brand }: questa { $name }, a { $price }. Trovi il link nel carrello 🛒
                    }
               *[other] Da { $brand }: { $name }, a { $price }. Trovi il link nel carrello 🛒
            }
       *[title] Da { $brand }: { $name }, a { $price }. Trovi il link nel carrello 🛒
    }
    .requires = brand

hashtags = #TikTokShop #perte #tiktokmelhafattocomprare #offerte
label-sale = OFFERTA
label-new = NOVITÀ
label-price_from = da { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Solo su alcune varianti.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = A partire da { $price }, a seconda della versione.
    .screen = Da { $price }
offer-from-2 = Si parte da { $price }, in base al modello.
    .screen = A partire da { $price }

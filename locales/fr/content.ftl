# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator: French TikTok Shop, tutoiement, said by a creator to
## camera. See locales/README.md for the ids, the variables and the grammar selectors. Every line is
## written for this market, not translated. A no-break space (a literal U+00A0 in this file) stands
## before : ! ? as French typography wants.
## Grammar (locales/README.md): $gender (m/f) and $number (sg/pl) are those of {category}, the market's type
## word from facts.toml [types] ("lampe de bureau": f sg, "écouteurs": m pl); they are "other" for a product
## ctk could only place in a group (group words carry no grammar). So "cette { $category }", pronouns
## (le/la/les, celui-là/celle-là) and verbs (est/sont, existe/existent) agree inside the [m]/[f] variants
## and always read right. {name} is a fact-built noun phrase ("lampe de bureau pliable", "chaussettes coton,
## en lot de 10"), the type word, or the seller's own title, which may be any noun: an article or a
## demonstrative before { $name } itself (le/la/l'/les, du/de la/de l'/des, ce/cet/cette/ces) stands only in
## a `$named -> [type]` variant (the name starts with the type word); *[title] and every *[other] put the
## name after a colon ("Je te montre ça : …") or at the start of a sentence. $initial picks the elided form
## ("l'enceinte", "cet haltère"); facts.toml `initial` overrides the spelling ("housse", "haltère").
## A fact-built name may hold a comma: it ends a clause or is followed by a comma, never by a verb.
## No line asserts a claim class (docs/facts-data.md, "Claims": popularity, easy setup, lightness,
## portability, mood, comfort, warmth, durability, speed, "meilleur", health or eco) unless its
## `.requires` names the fact that supports it; benefits come from facts.toml. No invented urgency
## ("tant que l'offre dure", "avant la rupture"), no "fais-toi plaisir". PROMO, never SOLDES (soldes are
## legally fixed periods: Code de commerce L310-3); "similicuir", never "cuir", for non-animal leather.

# Hooks: the first 3 s. They never say {name} (the intro says it right after; the caption quotes the
# hook's screen line, so a screen line never ends with a colon). Every voice is said in 2.7 s at
# 14 characters a second (<= 37 characters once filled; a hook that runs long with its fact is not
# chosen). A pronoun may point at the product the creator is holding ("Celle-là, je devais te la
# montrer"). {hook_fact} is the screen line of the first selling point ("Jusqu'à 60 h d'autonomie",
# "Fait main", "Rechargeable"): it opens the line (it starts with a capital), never after a colon, and never
# stands alone with a filler ("Poids plume. Regarde-moi ça." is no hook): asked back and answered ("Rechargeable ?
# Bon à savoir."), which reads right after an adjective and a noun phrase alike.
hook-1 = Pourquoi personne ne m'en a parlé ?
    .screen = Pourquoi personne ne m'en a parlé ?
hook-2 = Regarde ce que j'ai trouvé.
    .screen = Regarde ce que j'ai trouvé
hook-3 = { $gender ->
        [m] { $number ->
            [pl] Tu les connaissais, toi ?
           *[sg] Tu le connaissais, toi ?
        }
        [f] { $number ->
            [pl] Tu les connaissais, toi ?
           *[sg] Tu la connaissais, toi ?
        }
       *[other] Tu connaissais ça, toi ?
    }
    .screen = { $gender ->
        [m] { $number ->
            [pl] Tu les connaissais, toi ?
           *[sg] Tu le connaissais, toi ?
        }
        [f] { $number ->
            [pl] Tu les connaissais, toi ?
           *[sg] Tu la connaissais, toi ?
        }
       *[other] Tu connaissais ça, toi ?
    }
hook-4 = Je ne pensais pas craquer pour ça.
    .screen = Je ne pensais pas craquer
hook-5 = { $gender ->
        [m] { $number ->
            [pl] Ceux-là, je devais te les montrer.
           *[sg] Celui-là, je devais te le montrer.
        }
        [f] { $number ->
            [pl] Celles-là, je devais te les montrer.
           *[sg] Celle-là, je devais te la montrer.
        }
       *[other] Ça, je devais te le montrer.
    }
    .screen = { $gender ->
        [m] { $number ->
            [pl] Ceux-là, je devais te les montrer
           *[sg] Celui-là, je devais te le montrer
        }
        [f] { $number ->
            [pl] Celles-là, je devais te les montrer
           *[sg] Celle-là, je devais te la montrer
        }
       *[other] Ça, je devais te le montrer
    }
hook-6 = Tu me remercieras plus tard.
    .screen = Tu me remercieras plus tard
hook-7 = Petit secret entre nous, regarde.
    .screen = Petit secret entre nous
hook-8 = Attends… { $discount } de réduction ?
    .screen = { $discount } de réduction, tu as bien lu
    .requires = discount
hook-9 = Là, c'est { $discount } de réduction.
    .screen = { $discount } de réduction !
    .requires = discount
hook-10 = { $hook_fact } ? C'est exactement ce qu'il me fallait.
    .screen = { $hook_fact } ?
    .requires = pitch
hook-11 = { $hook_fact } ? Là, tu m'intéresses.
    .screen = { $hook_fact } ?
    .requires = pitch
hook-12 = { $hook_fact } ? Moi, je valide.
    .screen = { $hook_fact } ?
    .requires = pitch
hook-13 = { $hook_fact } ? Oui, oui, tu as bien entendu.
    .screen = { $hook_fact } ?
    .requires = pitch
hook-14 = Bon, il faut que je te montre ça.
    .screen = Il faut que je te montre ça
hook-15 = Alors ça, c'est ma trouvaille du jour.
    .screen = Ma trouvaille du jour
hook-16 = Arrête de scroller deux secondes.
    .screen = Stop, deux secondes
hook-18 = Reste là, ça vaut vraiment le coup.
    .screen = Ça vaut le coup
hook-19 = Ma dernière trouvaille, regarde.
    .screen = Ma dernière trouvaille
hook-17 = J'ai déniché un truc, regarde.
    .screen = J'ai déniché un truc

# Intros name the product with its article or demonstrative: "Je te présente cette lampe de bureau
# pliable", "On parle des écouteurs à réduction de bruit"; a seller's title comes after a colon. The
# intro is said in one scene (7 s at most, about 95 characters with the name, which is up to 70
# characters and longer when said: "10 000 milliampères-heure"): the words around {name} stay short; an
# [m]/[f] variant may say just "cette batterie externe" ({category}) and leave the full name to the screen.
intro-1 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Ces { $name } viennent de chez { $brand }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Cet { $name } vient de chez { $brand }.
                                       *[other] Ce { $name } vient de chez { $brand }.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Ces { $name } viennent de chez { $brand }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Cette { $name } vient de chez { $brand }.
                                       *[other] Cette { $name } vient de chez { $brand }.
                                    }
                            }
                       *[other] Ça vient de chez { $brand } : { $name }.
                    }
               *[title] Ça vient de chez { $brand } : { $name }.
            }
       *[other]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Ces { $category } viennent de chez { $brand }, en lot.
                               *[sg]
                                    { $initial ->
                                        [vowel] Cet { $category } vient de chez { $brand }, vendu en lot.
                                       *[other] Ce { $category } vient de chez { $brand }, vendu en lot.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Ces { $category } viennent de chez { $brand }, en lot.
                               *[sg]
                                    { $initial ->
                                        [vowel] Cette { $category } vient de chez { $brand }, vendue en lot.
                                       *[other] Cette { $category } vient de chez { $brand }, vendue en lot.
                                    }
                            }
                       *[other] Ça vient de chez { $brand } : { $name }.
                    }
               *[title] Ça vient de chez { $brand } : { $name }.
            }
    }
    .screen = { $name }
    .requires = brand !type:supplement
intro-2 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Je te présente ces { $name }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Je te présente cet { $name }.
                                       *[other] Je te présente ce { $name }.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Je te présente ces { $name }.
                               *[sg] Je te présente cette { $name }.
                            }
                       *[other] Je te montre ça : { $name }.
                    }
               *[title] Je te montre ça : { $name }.
            }
       *[other]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Je te présente ces { $category }, en lot.
                               *[sg]
                                    { $initial ->
                                        [vowel] Je te présente cet { $category }, vendu en lot.
                                       *[other] Je te présente ce { $category }, vendu en lot.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Je te présente ces { $category }, en lot.
                               *[sg] Je te présente cette { $category }, vendue en lot.
                            }
                       *[other] Je te montre ça : { $name }.
                    }
               *[title] Je te montre ça : { $name }.
            }
    }
    .screen = { $name }
    .requires = !type:supplement
intro-3 =
    { $pack ->
        [0]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Aujourd'hui, je te montre ces { $name }.
                               *[sg]
                                    { $initial ->
                                        [vowel] Aujourd'hui, je te montre cet { $name }.
                                       *[other] Aujourd'hui, je te montre ce { $name }.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Aujourd'hui, je te montre ces { $name }.
                               *[sg] Aujourd'hui, je te montre cette { $name }.
                            }
                       *[other] Ma découverte du jour : { $name }.
                    }
               *[title] Ma découverte du jour : { $name }.
            }
       *[other]
            { $named ->
                [type]
                    { $gender ->
                        [m]
                            { $number ->
                                [pl] Aujourd'hui, je te montre ces { $category }, en lot.
                               *[sg]
                                    { $initial ->
                                        [vowel] Aujourd'hui, je te montre cet { $category }, vendu en lot.
                                       *[other] Aujourd'hui, je te montre ce { $category }, vendu en lot.
                                    }
                            }
                        [f]
                            { $number ->
                                [pl] Aujourd'hui, je te montre ces { $category }, en lot.
                               *[sg] Aujourd'hui, je te montre cette { $category }, vendue en lot.
                            }
                       *[other] Ma découverte du jour : { $name }.
                    }
               *[title] Ma découverte du jour : { $name }.
            }
    }
    .screen = { $name }
    .requires = !type:supplement
intro-4 =
    { $pack ->
        [0]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Mon coup de cœur du moment ? Ces { $category }.
                       *[sg]
                            { $initial ->
                                [vowel] Mon coup de cœur du moment ? Cet { $category }.
                               *[other] Mon coup de cœur du moment ? Ce { $category }.
                            }
                    }
                [f]
                    { $number ->
                        [pl] Mon coup de cœur du moment ? Ces { $category }.
                       *[sg] Mon coup de cœur du moment ? Cette { $category }.
                    }
               *[other] Mon coup de cœur : { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Mon coup de cœur du moment ? Ces { $category }, en lot.
                       *[sg]
                            { $initial ->
                                [vowel] Mon coup de cœur du moment ? Cet { $category }, vendu en lot.
                               *[other] Mon coup de cœur du moment ? Ce { $category }, vendu en lot.
                            }
                    }
                [f]
                    { $number ->
                        [pl] Mon coup de cœur du moment ? Ces { $category }, en lot.
                       *[sg] Mon coup de cœur du moment ? Cette { $category }, vendue en lot.
                    }
               *[other] Mon coup de cœur : { $name }.
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
                        [pl] J'ai trouvé ces { $category } { $brand }.
                       *[sg]
                            { $initial ->
                                [vowel] J'ai trouvé cet { $category } { $brand }.
                               *[other] J'ai trouvé ce { $category } { $brand }.
                            }
                    }
                [f]
                    { $number ->
                        [pl] J'ai trouvé ces { $category } { $brand }.
                       *[sg] J'ai trouvé cette { $category } { $brand }.
                    }
               *[other] Chez { $brand }, regarde : { $name }.
            }
       *[other]
            { $gender ->
                [m]
                    { $number ->
                        [pl] J'ai trouvé ces { $category } { $brand }, en lot.
                       *[sg]
                            { $initial ->
                                [vowel] J'ai trouvé cet { $category } { $brand }, vendu en lot.
                               *[other] J'ai trouvé ce { $category } { $brand }, vendu en lot.
                            }
                    }
                [f]
                    { $number ->
                        [pl] J'ai trouvé ces { $category } { $brand }, en lot.
                       *[sg] J'ai trouvé cette { $category } { $brand }, vendue en lot.
                    }
               *[other] Chez { $brand }, regarde : { $name }.
            }
    }
    .screen = { $name } { $brand }
    .requires = brand !type:supplement !feature:unstitched

# No "lot" in these two: a supplement's jar of 60 is one jar (its count is said by its own line). Intros that
# say { $category } skip fabric (feature:unstitched): "ce tissu pour ensemble…" is no "cet ensemble".
intro-6 =
    { $gender ->
        [m]
            { $number ->
                [pl] Zoom sur ces { $category }.
               *[sg]
                    { $initial ->
                        [vowel] Zoom sur cet { $category }.
                       *[other] Zoom sur ce { $category }.
                    }
            }
        [f]
            { $number ->
                [pl] Zoom sur ces { $category }.
               *[sg] Zoom sur cette { $category }.
            }
       *[other] Zoom sur ma trouvaille : { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-7 =
    { $gender ->
        [m]
            { $number ->
                [pl] On regarde ensemble ces { $category } ?
               *[sg]
                    { $initial ->
                        [vowel] On regarde ensemble cet { $category } ?
                       *[other] On regarde ensemble ce { $category } ?
                    }
            }
        [f]
            { $number ->
                [pl] On regarde ensemble ces { $category } ?
               *[sg] On regarde ensemble cette { $category } ?
            }
       *[other] Regarde ça avec moi : { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched
intro-8 =
    { $gender ->
        [m]
            { $number ->
                [pl] Petit focus sur ces { $category }.
               *[sg]
                    { $initial ->
                        [vowel] Petit focus sur cet { $category }.
                       *[other] Petit focus sur ce { $category }.
                    }
            }
        [f]
            { $number ->
                [pl] Petit focus sur ces { $category }.
               *[sg] Petit focus sur cette { $category }.
            }
       *[other] Regarde ça avec moi : { $name }.
    }
    .screen = { $name }
    .requires = !feature:unstitched

# {material} follows "en" or a colon ("C'est en lin", "Matière : plaqué or").
benefit-material-1 = Le tout en { $material }.
    .screen = En { $material }
benefit-material-2 = { $gender ->
        [m] { $number ->
            [pl] Ils sont en { $material }.
           *[sg] Il est en { $material }.
        }
        [f] { $number ->
            [pl] Elles sont en { $material }.
           *[sg] Elle est en { $material }.
        }
       *[other] C'est en { $material }.
    }
    .screen = Matière : { $material }

# Colours are only said with two or more: {colors_or} for a choice ("blanc ou noir"), $color_count with its
# CLDR plural category where a number is said.
benefit-colors-1 = Dispo en { $colors_or }, à toi de choisir.
    .screen = Coloris : { $colors_or }
benefit-colors-2 = { $gender ->
        [m] { $number ->
            [pl] Ils existent en { $color_count ->
                [one] une seule couleur
               *[other] { $color_count } couleurs
            } : { $colors_or }.
           *[sg] Il existe en { $color_count ->
                [one] une seule couleur
               *[other] { $color_count } couleurs
            } : { $colors_or }.
        }
        [f] { $number ->
            [pl] Elles existent en { $color_count ->
                [one] une seule couleur
               *[other] { $color_count } couleurs
            } : { $colors_or }.
           *[sg] Elle existe en { $color_count ->
                [one] une seule couleur
               *[other] { $color_count } couleurs
            } : { $colors_or }.
        }
       *[other] { $color_count ->
            [one] Une seule couleur : { $colors }.
           *[other] Il y a { $color_count } couleurs au choix : { $colors_or }.
        }
    }
    .screen = { $color_count ->
        [one] Coloris : { $colors }
       *[other] { $color_count } couleurs au choix
    }
benefit-colors-3 = Tu as le choix : { $colors_or }.
    .screen = En { $colors_or }
# More than five colours: counted, not read out (.requires = many_colors), on screen too.
benefit-colors-5 = Il y a { $color_count } couleurs au choix, tu trouveras forcément la tienne.
    .screen = { $color_count } couleurs au choix
    .requires = many_colors
benefit-colors-6 = { $color_count } coloris dispo : tu prends lequel ?
    .screen = { $color_count } coloris dispo
    .requires = many_colors
benefit-colors-4 = { $gender ->
        [m] { $number ->
            [pl] Tu les prends en quelle couleur : { $colors_or } ?
           *[sg] Tu le prends en quelle couleur : { $colors_or } ?
        }
        [f] { $number ->
            [pl] Tu les prends en quelle couleur : { $colors_or } ?
           *[sg] Tu la prends en quelle couleur : { $colors_or } ?
        }
       *[other] Tu prends quelle couleur : { $colors_or } ?
    }
    .screen = Ta couleur : { $colors_or } ?

# "Ta taille" is a body's size: apparel only; the others fit a cat scratcher in S or L too.
benefit-sizes-1 = Les tailles dispo : { $sizes }.
    .screen = Tailles dispo : { $sizes }
    .requires = !type:shoes !type:boots
benefit-sizes-2 = Trouve ta taille : { $sizes }.
    .screen = Tailles : { $sizes }
    .requires = group:apparel !type:shoes !type:boots !attr:age_range
benefit-sizes-3 = Choisis la taille qu'il te faut : { $sizes }.
    .screen = Au choix : { $sizes }
    .requires = !type:shoes !type:boots !attr:age_range
# Kids' clothing (an age range): the viewer buys it, the child wears it; never "ta taille".
benefit-sizes-8 = Côté tailles, tu as le choix : { $sizes }.
    .screen = Tailles : { $sizes }
    .requires = group:apparel attr:age_range
# Shoes and boots take "pointure", never "taille".
benefit-sizes-4 = Les pointures dispo : { $sizes }.
    .screen = Pointures : { $sizes }
    .requires = type:shoes
benefit-sizes-5 = Trouve ta pointure : { $sizes }.
    .screen = Pointures : { $sizes }
    .requires = type:shoes
benefit-sizes-6 = Les pointures dispo : { $sizes }.
    .screen = Pointures : { $sizes }
    .requires = type:boots
benefit-sizes-7 = Trouve ta pointure : { $sizes }.
    .screen = Pointures : { $sizes }
    .requires = type:boots

# Fallback benefits: they assert nothing about the product, and they promise nothing the clip may not show
# (no close-up, no "regarde les détails": the images may be the seller's placeholders).
benefit-generic-1 = Dis-moi en commentaire ce que tu en penses.
    .screen = Ton avis en commentaire ?
benefit-generic-2 = Pour toi ou à offrir ? Dis-moi.
    .screen = Pour toi ou à offrir ?
benefit-generic-3 = Dis-moi en commentaire si tu l'ajoutes à ta liste.
    .screen = Dans ta liste ?

# Group benefits (benefit-<group>): the benefit scene of a product with no fact to state. They show the
# product and assert nothing a fact must support; a line that does has its `.requires`.
benefit-apparel-1 = Look chic ou décontract', c'est toi qui décides.
    .screen = Chic ou décontract' ? À toi de voir
benefit-apparel-2 = Plutôt pour tous les jours ou pour sortir ? Dis-moi.
    .screen = Quotidien ou soirée ?
benefit-apparel-3 = { $gender ->
        [m] { $number ->
            [pl] Dis-moi avec quoi tu les porterais.
           *[sg] Dis-moi avec quoi tu le porterais.
        }
        [f] { $number ->
            [pl] Dis-moi avec quoi tu les porterais.
           *[sg] Dis-moi avec quoi tu la porterais.
        }
       *[other] Dis-moi avec quoi tu le porterais.
    }
    .screen = Dis-le-moi en commentaire
    .requires = !attr:age_range
benefit-beauty-1 = Ça te tente ? Dis-le-moi en commentaire.
    .screen = Ça te tente ?
benefit-beauty-2 = La texture pénètre vite, sans laisser de film gras.
    .screen = Texture légère
    .requires = feature:lightweight_texture
benefit-beauty-3 = Alors, validé ou pas ? Dis-moi en commentaire.
    .screen = Validé ou pas ?
benefit-home-1 = Tu règles la lumière selon l'ambiance que tu veux.
    .screen = Lumière réglable, ambiance au choix
    .requires = feature:dimmable
benefit-home-2 = Le parfum se diffuse dans la pièce et installe une vraie ambiance.
    .screen = Ambiance parfumée
    .requires = attr:scent
benefit-home-3 = Plutôt pour chez toi ou à offrir ? Dis-moi.
    .screen = Pour chez toi ou à offrir ?
benefit-home-4 = Tu craques ou pas ? Dis-le-moi en commentaire.
    .screen = Tu craques ou pas ?
benefit-home-5 = Sur une échelle de 1 à 10, tu mets combien ?
    .screen = Ta note sur 10 ?
benefit-electronics-1 = Tu branches et c'est parti, aucune installation à faire.
    .screen = Tu branches, c'est parti
    .requires = feature:plug_and_play
benefit-electronics-2 = Ça se glisse dans le sac et ça te suit partout.
    .screen = Partout avec toi
    .requires = feature:portable
benefit-electronics-3 = Tu t'en servirais pour quoi, toi ? Dis-moi en commentaire.
    .screen = Tu t'en servirais pour quoi ?
benefit-gifts-1 = Si tu cherches une idée cadeau, regarde ça.
    .screen = Une idée cadeau ?
benefit-gifts-2 = Une jolie idée à offrir à quelqu'un que tu aimes.
    .screen = À offrir
benefit-gifts-3 = Ça arrive dans son coffret, prêt à offrir.
    .screen = En coffret cadeau
    .requires = feature:gift_box
benefit-accessories-1 = Dis-moi en commentaire si tu craques.
    .screen = Tu craques ?
benefit-accessories-2 = Pour toi ou à offrir ? Dis-moi.
    .screen = Pour toi ou à offrir ?
benefit-jewelry-1 = En solo ou avec d'autres bijoux, à toi de voir.
    .screen = En solo ou en accumulation
benefit-jewelry-2 = Pour toi ou à offrir ? Dis-moi en commentaire.
    .screen = Pour toi ou à offrir ?
benefit-toys-1 = Tu penses à qui en voyant ça ?
    .screen = Tu penses à qui ?
benefit-toys-2 = Alors, tu en penses quoi ?
    .screen = Alors, verdict ?
benefit-food-1 = Petite pause gourmande, ça te tente ?
    .screen = Pause gourmande ?
    .requires = !type:supplement
benefit-food-2 = À goûter, et tu me diras.
    .screen = À goûter
    .requires = !type:supplement
benefit-sports-1 = À glisser dans ta routine sport ?
    .screen = Pour ta routine sport ?
benefit-sports-2 = Alors, tu te laisses tenter ?
    .screen = Tu te laisses tenter ?
# pets and baby (strollers, bottles, bodysuits, cat toys, scratchers): no fact to state; they claim nothing
benefit-pets-1 = Tu crois que ton animal va valider ? Dis-moi en commentaire.
    .screen = Ton animal valide ?
benefit-pets-2 = Pour ton animal ou à offrir à quelqu'un qui en a un ? Dis-moi.
    .screen = Pour ton animal ou à offrir ?
benefit-baby-1 = Pour ton bébé ou en cadeau de naissance ? Dis-moi.
    .screen = Pour bébé ou à offrir ?
benefit-baby-2 = Tu connais de jeunes parents qui devraient voir ça ?
    .screen = Pour de jeunes parents ?

# Prices: no invented urgency, no "fais-toi plaisir".
offer-1 = { $gender ->
        [m] { $number ->
            [pl] Niveau prix, ils sont à { $price }.
           *[sg] Niveau prix, il est à { $price }.
        }
        [f] { $number ->
            [pl] Niveau prix, elles sont à { $price }.
           *[sg] Niveau prix, elle est à { $price }.
        }
       *[other] Niveau prix, c'est { $price }.
    }
    .screen = { $price }
offer-2 = C'est dispo à { $price }.
    .screen = { $price }
offer-3 = Et le prix ? { $price }.
    .screen = Prix : { $price }
offer-4 = Côté prix, on est à { $price }.
    .screen = { $price }
offer-5 = Ça te coûtera { $price }.
    .screen = À { $price }
offer-6 = { $number ->
        [pl] Tu peux les avoir pour { $price }.
        [sg] Tu peux l'avoir pour { $price }.
       *[other] Compte { $price }.
    }
    .screen = { $price }

offer-discount-1 = En ce moment, c'est { $price } au lieu de { $old_price }.
    .screen = { $price } au lieu de { $old_price }
offer-discount-2 = { $gender ->
        [m] { $number ->
            [pl] En ce moment, ils sont en promo à { $price }.
           *[sg] En ce moment, il est en promo à { $price }.
        }
        [f] { $number ->
            [pl] En ce moment, elles sont en promo à { $price }.
           *[sg] En ce moment, elle est en promo à { $price }.
        }
       *[other] En ce moment, c'est en promo à { $price }.
    }
    .screen = En promo : { $price }
offer-discount-3 = Avec { $discount } de réduction, ça fait { $price } au lieu de { $old_price }.
    .screen = { $discount } de réduction
offer-discount-4 = { $gender ->
        [m] { $number ->
            [pl] Là, tu les as à { $price } au lieu de { $old_price }.
           *[sg] Là, tu l'as à { $price } au lieu de { $old_price }.
        }
        [f] { $number ->
            [pl] Là, tu les as à { $price } au lieu de { $old_price }.
           *[sg] Là, tu l'as à { $price } au lieu de { $old_price }.
        }
       *[other] Là, c'est { $price } au lieu de { $old_price }.
    }
    .screen = { $price } au lieu de { $old_price }

# CTAs point to the shop (the orange cart, the product link); only cta-8 asks for something else.
cta-1 = Clique sur le panier orange, juste en dessous.
    .screen = Clique sur le panier
cta-2 = Le lien est dans le panier, juste en dessous.
    .screen = Le lien est dans le panier
cta-3 = Je te mets le lien dans le panier, juste en dessous.
    .screen = Lien dans le panier
cta-4 = Tout est dans le panier orange, en bas de la vidéo.
    .screen = Tout est dans le panier orange
cta-5 = Enregistre la vidéo, le lien est dans le panier orange.
    .screen = Lien dans le panier orange
cta-6 = Tous les détails sont dans le panier, juste en dessous.
    .screen = Tous les détails dans le panier
cta-7 = Fonce, le lien est juste en dessous.
    .screen = Le lien est juste en dessous
cta-8 = Identifie quelqu'un à qui tu penses en voyant ça.
    .screen = Identifie quelqu'un en commentaire
cta-9 = Pour commander, touche le panier orange.
    .screen = Commande via le panier orange
cta-10 = Le panier orange t'attend, juste en dessous.
    .screen = Le panier orange t'attend
cta-11 = Pour craquer, c'est dans le panier orange.
    .screen = Pour craquer : panier orange

# Caption lines: No caption quotes the hook's screen line ({hook_line}): a festival greeting ("En mode Noël") or a fact
# fragment ("Compatible micro-ondes ?") opening a caption reads as a non sequitur. The price
# comes before the emoji, so the ad text (emoji cut) keeps it in one clause.
caption-1 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Les { $name } de chez { $brand } sont à { $price }. Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name } de chez { $brand } est à { $price }. Le lien est dans le panier 🛒
                               *[other] Le { $name } de chez { $brand } est à { $price }. Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Les { $name } de chez { $brand } sont à { $price }. Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name } de chez { $brand } est à { $price }. Le lien est dans le panier 🛒
                               *[other] La { $name } de chez { $brand } est à { $price }. Le lien est dans le panier 🛒
                            }
                    }
               *[other] { $name } de chez { $brand }, c'est { $price }. Le lien est dans le panier 🛒
            }
       *[title] { $name } de chez { $brand }, c'est { $price }. Le lien est dans le panier 🛒
    }
    .requires = brand
caption-2 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Coup de cœur pour ces { $name }, à { $price } 😍 Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] Coup de cœur pour cet { $name }, à { $price } 😍 Le lien est dans le panier 🛒
                               *[other] Coup de cœur pour ce { $name }, à { $price } 😍 Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Coup de cœur pour ces { $name }, à { $price } 😍 Le lien est dans le panier 🛒
                       *[sg] Coup de cœur pour cette { $name }, à { $price } 😍 Le lien est dans le panier 🛒
                    }
               *[other] Coup de cœur 😍 { $name }, à { $price }. Le lien est dans le panier 🛒
            }
       *[title] Coup de cœur 😍 { $name }, à { $price }. Le lien est dans le panier 🛒
    }
caption-3 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] { $price } pour ces { $name } 🛒 Le lien est dans le panier.
                       *[sg]
                            { $initial ->
                                [vowel] { $price } pour cet { $name } 🛒 Le lien est dans le panier.
                               *[other] { $price } pour ce { $name } 🛒 Le lien est dans le panier.
                            }
                    }
                [f]
                    { $number ->
                        [pl] { $price } pour ces { $name } 🛒 Le lien est dans le panier.
                       *[sg] { $price } pour cette { $name } 🛒 Le lien est dans le panier.
                    }
               *[other] À découvrir : { $name }, à { $price } 🛒 Le lien est dans le panier.
            }
       *[title] À découvrir : { $name }, à { $price } 🛒 Le lien est dans le panier.
    }
caption-4 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] À { $price }, tu en penses quoi, de ces { $name } ? 💬 Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] À { $price }, tu en penses quoi, de cet { $name } ? 💬 Le lien est dans le panier 🛒
                               *[other] À { $price }, tu en penses quoi, de ce { $name } ? 💬 Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] À { $price }, tu en penses quoi, de ces { $name } ? 💬 Le lien est dans le panier 🛒
                       *[sg] À { $price }, tu en penses quoi, de cette { $name } ? 💬 Le lien est dans le panier 🛒
                    }
               *[other] { $name } à { $price } : tu en penses quoi ? 💬 Le lien est dans le panier 🛒
            }
       *[title] { $name } à { $price } : tu en penses quoi ? 💬 Le lien est dans le panier 🛒
    }
caption-5 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Ma trouvaille de chez { $brand } : ces { $name }, à { $price } ✨ Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] Ma trouvaille de chez { $brand } : cet { $name }, à { $price } ✨ Le lien est dans le panier 🛒
                               *[other] Ma trouvaille de chez { $brand } : ce { $name }, à { $price } ✨ Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Ma trouvaille de chez { $brand } : ces { $name }, à { $price } ✨ Le lien est dans le panier 🛒
                       *[sg] Ma trouvaille de chez { $brand } : cette { $name }, à { $price } ✨ Le lien est dans le panier 🛒
                    }
               *[other] Ma trouvaille de chez { $brand } : { $name }, à { $price } ✨ Le lien est dans le panier 🛒
            }
       *[title] Ma trouvaille de chez { $brand } : { $name }, à { $price } ✨ Le lien est dans le panier 🛒
    }
    .requires = brand
# Variants at different prices (.requires = from): the price is a starting price ("dès"). Only these are chosen
# then, so they fit every product (no .requires = brand).
caption-6 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Les { $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
                               *[other] Le { $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Les { $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] L'{ $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
                               *[other] La { $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
                            }
                    }
               *[other] { $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
            }
       *[title] { $name }, dès { $price } selon le modèle. Le lien est dans le panier 🛒
    }
    .requires = from
caption-7 = Dès { $price }, selon le modèle 🛒 Tu prends lequel ? Le lien est dans le panier.
    .requires = from
# No name: for a product ctk only knows by its group word ("beauté" is no name).
caption-8 = Tu en penses quoi ? C'est { $price }, et le lien est dans le panier 🛒
caption-9 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Repéré pour toi : ces { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] Repéré pour toi : cet { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                               *[other] Repéré pour toi : ce { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Repéré pour toi : ces { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                       *[sg] Repéré pour toi : cette { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                    }
               *[other] Repéré pour toi : { $name }, à { $price } 👀 Le lien est dans le panier 🛒
            }
       *[title] Repéré pour toi : { $name }, à { $price } 👀 Le lien est dans le panier 🛒
    }
caption-11 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Gros coup de cœur : ces { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] Gros coup de cœur : cet { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                               *[other] Gros coup de cœur : ce { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Gros coup de cœur : ces { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                       *[sg] Gros coup de cœur : cette { $name }, à { $price } 👀 Le lien est dans le panier 🛒
                    }
               *[other] Gros coup de cœur : { $name }, à { $price } 👀 Le lien est dans le panier 🛒
            }
       *[title] Gros coup de cœur : { $name }, à { $price } 👀 Le lien est dans le panier 🛒
    }
caption-10 =
    { $named ->
        [type]
            { $gender ->
                [m]
                    { $number ->
                        [pl] Signé { $brand } : ces { $name }, à { $price }. Le lien est dans le panier 🛒
                       *[sg]
                            { $initial ->
                                [vowel] Signé { $brand } : cet { $name }, à { $price }. Le lien est dans le panier 🛒
                               *[other] Signé { $brand } : ce { $name }, à { $price }. Le lien est dans le panier 🛒
                            }
                    }
                [f]
                    { $number ->
                        [pl] Signé { $brand } : ces { $name }, à { $price }. Le lien est dans le panier 🛒
                       *[sg] Signé { $brand } : cette { $name }, à { $price }. Le lien est dans le panier 🛒
                    }
               *[other] Signé { $brand } : { $name }, à { $price }. Le lien est dans le panier 🛒
            }
       *[title] Signé { $brand } : { $name }, à { $price }. Le lien est dans le panier 🛒
    }
    .requires = brand

hashtags = #TikTokShop #pourtoi #tiktokmafaitacheter #bonplan
label-sale = PROMO
label-new = NOUVEAU
label-price_from = dès { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Valable sur une sélection de variantes.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Dès { $price }, selon le modèle.
    .screen = Dès { $price }
offer-from-2 = À partir de { $price }, selon la version.
    .screen = À partir de { $price }

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Nederlandse TikTok, je/jij, uitgesproken door een creator die in de camera praat; geschreven voor
## Nederland, niet vertaald uit het Engels of Duits. Nuchter en direct: zeg wat het is, laat een droge
## opmerking het werk doen, geen hype ("WAUW", "dit MOET je hebben"). Ids, variabelen en selectors:
## locales/README.md.
##
## Grammatica: $gender ("de" of "het", de lidwoorden zelf) en $number (sg/pl) komen uit facts.toml [types]
## als de naam uit de feiten is gebouwd ("bureaulamp met dimfunctie", "kaars van sojawas") of het typewoord
## zelf is; $category is dan precies dat typewoord. Daarom zeggen de [pl]/[de]/[het]-varianten in de
## voice-over lidwoord + { $category } ("Dit is de bureaulamp van Lumos", "Deze oortjes ...") en toont het
## scherm { $name }: de benefit-scènes noemen de kenmerken direct daarna.
##   de-woord: de / deze / hij, hem / een mooie lamp
##   het-woord: het / dit / het / een mooi kussen
##   meervoud: de / deze / ze / geen "een"
## De eigen titel van een shop ("Organic Cotton Everyday Tee") heeft geen bekend geslacht: $gender en
## $number zijn dan "other", en elke keuze heeft een *[other] die met ELKE naam klopt: { $name } staat daar na
## een dubbele punt of vooraan, nooit na een lidwoord, en nooit als onderwerp van "is"/"kost" (een titel kan
## meervoud zijn).
## Losse aanwijzende "dit" ("Ken je dit al?", "Wat vind jij hiervan?") verwijst naar het ding in beeld en past
## bij elk woord; "deze/dit" vóór { $category } volgt het geslacht.
## { $material } kan een bijvoeglijk naamwoord zijn ("verguld"): dat heeft een eigen variant, nooit "gemaakt van verguld".
## $color_count is een getal: keuze op de CLDR-meervoudsvorm ([one], *[other]).
##
## Claims: de benefit-scènes bouwt ctk uit feiten (locales/nl/facts.toml). De regels hier beweren niets wat
## een feit moet onderbouwen: geen populariteit ("viral", "iedereen koopt"), geen "makkelijk te installeren",
## "licht", "voor onderweg", geen sfeer ("gezellig"), geen comfort, warmte, duurzaamheid, snelheid, geen
## "beste", geen gezondheids- of milieuclaims, geen kunstmatige tijdsdruk ("alleen vandaag", "op = op").
## Een regel die toch iets beweert, krijgt `.requires` met het feit dat hem onderbouwt.

# Hooks: de eerste 3 s. Ze noemen het product niet (dat doet de intro direct erna), en de caption begint met
# de schermtekst van de hook: die eindigt dus nooit op een dubbele punt. Elke voice zonder {placeholder} is
# hooguit 37 tekens (2,7 s bij 14 tekens/s), gemeten zoals uitgesproken ("20%" is "20 procent"); $hook_fact is
# een schermregel uit facts.toml ("Tot 30 uur accuduur", "Touchbediening", "Oplaadbaar"); een hook die daarmee
# te lang wordt, wordt niet gekozen. $hook_fact staat vooraan als vraag + reactie ("Oplaadbaar? Jazeker."),
# dat past bij bijvoeglijk naamwoord en zelfstandig naamwoord; nooit een belofte dat er uitleg volgt ("Dit moet je horen"). De reactie op een specificatie is "goed om te
# weten / handig / let op", geen verliefdheid ("Ja, graag!", "Daar word ik blij van", "Helemaal mijn ding"). Geen "kijk goed", "ik laat het je zien": de
# beelden kunnen placeholders zijn. Geen "jullie vroegen erom" (populariteit).
hook-1 = Wacht even, niet doorscrollen.
    .screen = Wacht, niet doorscrollen
hook-2 = Dit moet je even horen.
    .screen = Dit moet je even horen
hook-3 = Oké, hier had ik niet op gerekend.
    .screen = Hier had ik niet op gerekend
hook-4 = POV: je hebt het eindelijk gevonden.
    .screen = POV: eindelijk gevonden
hook-5 = Heel even, daarna mag je door.
    .screen = Heel even, dan mag je door
hook-6 = Zeg eens, ken jij dit al?
    .screen = Ken jij dit al?
hook-7 = Dit had je vast nog niet op je radar.
    .screen = Nog niet op je radar?
hook-8 = { $number ->
        [pl] Deze gaan zo mijn mandje in.
       *[other] { $gender ->
            [de] Deze gaat zo mijn mandje in.
            [het] Dit gaat zo mijn mandje in.
           *[other] Dit gaat zo mijn mandje in.
        }
    }
    .screen = { $number ->
        [pl] Gaan zo mijn mandje in
       *[other] Gaat zo mijn mandje in
    }
hook-9 = Stop even, dit wil je weten.
    .screen = Stop even, dit wil je weten
hook-10 = Kleine tip van mij, voor je lijstje.
    .screen = Kleine tip voor je lijstje
hook-11 = { $number ->
        [pl] Oké, deze mag je niet missen.
       *[other] { $gender ->
            [de] Oké, deze mag je niet missen.
            [het] Oké, dit mag je niet missen.
           *[other] Oké, dit mag je niet missen.
        }
    }
    .screen = { $number ->
        [pl] Deze mag je niet missen
       *[other] { $gender ->
            [de] Deze mag je niet missen
            [het] Dit mag je niet missen
           *[other] Dit mag je niet missen
        }
    }
hook-17 = Vijf seconden, meer vraag ik niet.
    .screen = Vijf seconden, meer niet
hook-21 = Dit kwam ik laatst tegen.
    .screen = Laatst tegengekomen
hook-22 = Nog op zoek naar iets nieuws?
    .screen = Op zoek naar iets nieuws?
hook-23 = Dit wilde ik je nog laten zien.
    .screen = Dit wilde ik je laten zien
hook-24 = Scroll nog heel even niet door.
    .screen = Nog niet doorscrollen
hook-25 = Ik heb een leuke tip voor je.
    .screen = Leuke tip voor je
hook-19 = { $number ->
        [pl] Deze moest ik even delen.
       *[other] { $gender ->
            [de] Deze moest ik even delen.
            [het] Dit moest ik even delen.
           *[other] Dit moest ik even delen.
        }
    }
    .screen = Moest ik even delen
hook-20 = { $number ->
        [pl] Eerlijk? Deze vielen me op.
       *[other] { $gender ->
            [de] Eerlijk? Deze viel me op.
            [het] Eerlijk? Dit viel me op.
           *[other] Eerlijk? Dit viel me op.
        }
    }
    .screen = { $number ->
        [pl] Eerlijk? Deze vielen me op
       *[other] { $gender ->
            [de] Eerlijk? Deze viel me op
            [het] Eerlijk? Dit viel me op
           *[other] Eerlijk? Dit viel me op
        }
    }
hook-12 = Nu { $discount } korting!
    .screen = Nu { $discount } korting!
    .requires = discount
hook-13 = Even opletten: nu { $discount } korting.
    .screen = Let op: { $discount } korting
    .requires = discount
hook-15 = { $hook_fact }? Goed om te weten.
    .screen = { $hook_fact }? Goed om te weten
    .requires = pitch
hook-16 = { $hook_fact }? Daar let ik altijd op.
    .screen = { $hook_fact }? Daar let ik op
    .requires = pitch
hook-18 = { $hook_fact }? Handig, toch?
    .screen = { $hook_fact }? Handig, toch?
    .requires = pitch

# Intro's noemen het product direct na de hook: voice met lidwoord + { $category } (zie boven), scherm
# { $name }. De group:-varianten passen alleen bij hun groep ("Nieuw in mijn routine" voor beauty).
intro-1 = { $pack ->
        [0] { $number ->
            [pl] Dit zijn de { $category } van { $brand }.
           *[other] { $gender ->
                [de] Dit is de { $category } van { $brand }.
                [het] Dit is het { $category } van { $brand }.
               *[other] Dit is van { $brand }: { $name }.
            }
        }
       *[other] Deze set is van { $brand }.
    }
    .screen = { $name }
    .requires = brand !feature:non_slip !type:supplement
intro-2 = { $pack ->
        [0] { $number ->
            [pl] Net ontdekt: deze { $category } van { $brand }.
           *[other] { $gender ->
                [de] Net ontdekt: deze { $category } van { $brand }.
                [het] Net ontdekt: dit { $category } van { $brand }.
               *[other] Vandaag iets van { $brand }: { $name }.
            }
        }
       *[other] Net ontdekt bij { $brand }: deze set.
    }
    .screen = { $name }
    .requires = brand !feature:non_slip !type:supplement
intro-3 = { $pack ->
        [0] { $number ->
            [pl] Mag ik even voorstellen: deze { $category }.
           *[other] { $gender ->
                [de] Mag ik even voorstellen: deze { $category }.
                [het] Mag ik even voorstellen: dit { $category }.
               *[other] Mag ik even voorstellen: { $name }.
            }
        }
       *[other] Mag ik even voorstellen: deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-4 = { $pack ->
        [0] { $number ->
            [pl] Vandaag gaat het over deze { $category }.
           *[other] { $gender ->
                [de] Vandaag gaat het over deze { $category }.
                [het] Vandaag gaat het over dit { $category }.
               *[other] Hier gaat het vandaag om: { $name }.
            }
        }
       *[other] { $number ->
            [pl] Vandaag gaat het over deze { $category }, verkocht per set.
           *[other] { $gender ->
                [de] Vandaag gaat het over deze { $category }, verkocht per set.
                [het] Vandaag gaat het over dit { $category }, verkocht per set.
               *[other] Vandaag gaat het over deze set: { $name }.
            }
        }
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-5 = { $pack ->
        [0] { $number ->
            [pl] Deze { $category } heb ik voor je uitgezocht.
           *[other] { $gender ->
                [de] Deze { $category } heb ik voor je uitgezocht.
                [het] Dit { $category } heb ik voor je uitgezocht.
               *[other] Voor je uitgezocht: { $name }.
            }
        }
       *[other] Deze set heb ik voor je uitgezocht.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-6 = { $pack ->
        [0] { $number ->
            [pl] Mijn vondst van de week: deze { $category }.
           *[other] { $gender ->
                [de] Mijn vondst van de week: deze { $category }.
                [het] Mijn vondst van de week: dit { $category }.
               *[other] Mijn vondst van de week: { $name }.
            }
        }
       *[other] Mijn vondst van de week: deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-7 = { $pack ->
        [0] { $number ->
            [pl] Nieuw in mijn kast: { $category }.
           *[other] { $gender ->
                [de] Nieuw in mijn kast: een { $category }.
                [het] Nieuw in mijn kast: een { $category }.
               *[other] Nieuw in mijn kast: { $name }.
            }
        }
       *[other] Nieuw in mijn kast: deze set.
    }
    .screen = { $name }
    .requires = group:apparel !feature:non_slip !attr:age_range
intro-11 = { $pack ->
        [0] { $number ->
            [pl] Deze { $category } wil ik je niet onthouden.
           *[other] { $gender ->
                [de] Deze { $category } wil ik je niet onthouden.
                [het] Dit { $category } wil ik je niet onthouden.
               *[other] Dit wil ik je niet onthouden: { $name }.
            }
        }
       *[other] Deze set wil ik je niet onthouden.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-12 = { $pack ->
        [0] { $number ->
            [pl] Dit wil ik je even laten zien: deze { $category }.
           *[other] { $gender ->
                [de] Dit wil ik je even laten zien: deze { $category }.
                [het] Dit wil ik je even laten zien: dit { $category }.
               *[other] Dit wil ik je even laten zien: { $name }.
            }
        }
       *[other] Dit wil ik je even laten zien: deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-13 = { $pack ->
        [0] { $number ->
            [pl] Kijk wat ik gevonden heb: deze { $category }.
           *[other] { $gender ->
                [de] Kijk wat ik gevonden heb: deze { $category }.
                [het] Kijk wat ik gevonden heb: dit { $category }.
               *[other] Kijk wat ik gevonden heb: { $name }.
            }
        }
       *[other] Kijk wat ik gevonden heb: deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-14 = { $pack ->
        [0] { $number ->
            [pl] Maak kennis met deze { $category }.
           *[other] { $gender ->
                [de] Maak kennis met deze { $category }.
                [het] Maak kennis met dit { $category }.
               *[other] Maak kennis met { $name }.
            }
        }
       *[other] { $number ->
            [pl] Deze { $category } koop je als set.
           *[other] { $gender ->
                [de] Deze { $category } koop je als set.
                [het] Dit { $category } koop je als set.
               *[other] Maak kennis met deze set: { $name }.
            }
        }
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-15 = { $pack ->
        [0] { $number ->
            [pl] Vandaag in de spotlight: deze { $category }.
           *[other] { $gender ->
                [de] Vandaag in de spotlight: deze { $category }.
                [het] Vandaag in de spotlight: dit { $category }.
               *[other] Vandaag in de spotlight: { $name }.
            }
        }
       *[other] { $number ->
            [pl] Vandaag in de spotlight: deze { $category }, verkocht per set.
           *[other] { $gender ->
                [de] Vandaag in de spotlight: deze { $category }, verkocht per set.
                [het] Vandaag in de spotlight: dit { $category }, verkocht per set.
               *[other] Vandaag in de spotlight: { $name }, als set.
            }
        }
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-16 = { $pack ->
        [0] { $number ->
            [pl] Even kort over deze { $category }.
           *[other] { $gender ->
                [de] Even kort over deze { $category }.
                [het] Even kort over dit { $category }.
               *[other] Even kort over dit product: { $name }.
            }
        }
       *[other] Even kort over deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-8 = { $pack ->
        [0] { $number ->
            [pl] Nieuw in mijn routine: deze { $category }.
           *[other] { $gender ->
                [de] Nieuw in mijn routine: deze { $category }.
                [het] Nieuw in mijn routine: dit { $category }.
               *[other] Nieuw in mijn routine: { $name }.
            }
        }
       *[other] Nieuw in mijn routine: deze set.
    }
    .screen = { $name }
    .requires = group:beauty !feature:non_slip
intro-9 = { $pack ->
        [0] { $number ->
            [pl] Mijn tip voor in huis: { $category }.
           *[other] { $gender ->
                [de] Mijn tip voor in huis: een { $category }.
                [het] Mijn tip voor in huis: een { $category }.
               *[other] Mijn tip voor in huis: { $name }.
            }
        }
       *[other] Mijn tip voor in huis: deze set.
    }
    .screen = { $name }
    .requires = group:home !feature:non_slip
intro-10 = { $pack ->
        [0] { $number ->
            [pl] Vandaag probeer ik deze { $category }.
           *[other] { $gender ->
                [de] Vandaag probeer ik deze { $category }.
                [het] Vandaag probeer ik dit { $category }.
               *[other] Vandaag op de proef: { $name }.
            }
        }
       *[other] Vandaag probeer ik deze set.
    }
    .screen = { $name }
    .requires = group:food !feature:non_slip !type:supplement
intro-19 = { $pack ->
        [0] { $number ->
            [pl] Even aandacht voor deze { $category }.
           *[other] { $gender ->
                [de] Even aandacht voor deze { $category }.
                [het] Even aandacht voor dit { $category }.
               *[other] Even aandacht voor: { $name }.
            }
        }
       *[other] Even aandacht voor deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-20 = { $pack ->
        [0] { $number ->
            [pl] Nieuw op mijn lijstje: deze { $category }.
           *[other] { $gender ->
                [de] Nieuw op mijn lijstje: deze { $category }.
                [het] Nieuw op mijn lijstje: dit { $category }.
               *[other] Nieuw op mijn lijstje: { $name }.
            }
        }
       *[other] Nieuw op mijn lijstje: deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-26 = { $pack ->
        [0] { $number ->
            [pl] Vandaag laat ik je deze { $category } zien.
           *[other] { $gender ->
                [de] Vandaag laat ik je deze { $category } zien.
                [het] Vandaag laat ik je dit { $category } zien.
               *[other] Vandaag laat ik je dit zien: { $name }.
            }
        }
       *[other] Vandaag laat ik je deze set zien.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
intro-27 = { $pack ->
        [0] { $number ->
            [pl] We zoomen even in op deze { $category }.
           *[other] { $gender ->
                [de] We zoomen even in op deze { $category }.
                [het] We zoomen even in op dit { $category }.
               *[other] We zoomen even in op: { $name }.
            }
        }
       *[other] We zoomen even in op deze set.
    }
    .screen = { $name }
    .requires = !feature:non_slip !type:supplement
# Antislip staat in de naam ("antislipsokken") maar anders nergens in de voice: deze intro's zeggen het.
intro-17 = { $pack ->
        [0] { $number ->
            [pl] Vandaag gaat het over deze { $category } met antislip.
           *[other] { $gender ->
                [de] Vandaag gaat het over deze { $category } met antislip.
                [het] Vandaag gaat het over dit { $category } met antislip.
               *[other] Hier gaat het vandaag om: { $name }.
            }
        }
       *[other] Vandaag gaat het over deze set: { $name }.
    }
    .screen = { $name }
    .requires = feature:non_slip
intro-18 = { $pack ->
        [0] { $number ->
            [pl] Kijk wat ik gevonden heb: { $category } met antislip.
           *[other] { $gender ->
                [de] Kijk wat ik gevonden heb: een { $category } met antislip.
                [het] Kijk wat ik gevonden heb: een { $category } met antislip.
               *[other] Kijk wat ik gevonden heb: { $name }.
            }
        }
       *[other] Kijk wat ik gevonden heb: deze set met antislip.
    }
    .screen = { $name }
    .requires = feature:non_slip

# Supplementen en gummies: één pot of verpakking, nooit "deze set" (de intro's hierboven hebben !type:supplement).
intro-21 = { $number ->
        [pl] Dit zijn de { $category } van { $brand }.
       *[other] { $gender ->
            [de] Dit is de { $category } van { $brand }.
            [het] Dit is het { $category } van { $brand }.
           *[other] Dit is van { $brand }: { $name }.
        }
    }
    .screen = { $name }
    .requires = brand type:supplement
intro-22 = { $number ->
        [pl] Mag ik even voorstellen: deze { $category }.
       *[other] { $gender ->
            [de] Mag ik even voorstellen: deze { $category }.
            [het] Mag ik even voorstellen: dit { $category }.
           *[other] Mag ik even voorstellen: { $name }.
        }
    }
    .screen = { $name }
    .requires = type:supplement
intro-23 = { $number ->
        [pl] Deze { $category } heb ik voor je uitgezocht.
       *[other] { $gender ->
            [de] Deze { $category } heb ik voor je uitgezocht.
            [het] Dit { $category } heb ik voor je uitgezocht.
           *[other] Voor je uitgezocht: { $name }.
        }
    }
    .screen = { $name }
    .requires = type:supplement
intro-24 = { $number ->
        [pl] Kijk wat ik gevonden heb: deze { $category }.
       *[other] { $gender ->
            [de] Kijk wat ik gevonden heb: deze { $category }.
            [het] Kijk wat ik gevonden heb: dit { $category }.
           *[other] Kijk wat ik gevonden heb: { $name }.
        }
    }
    .screen = { $name }
    .requires = type:supplement
intro-25 = { $number ->
        [pl] Even kort over deze { $category }.
       *[other] { $gender ->
            [de] Even kort over deze { $category }.
            [het] Even kort over dit { $category }.
           *[other] Even kort over dit product: { $name }.
        }
    }
    .screen = { $name }
    .requires = type:supplement
intro-28 = { $number ->
        [pl] Vandaag laat ik je deze { $category } zien.
       *[other] { $gender ->
            [de] Vandaag laat ik je deze { $category } zien.
            [het] Vandaag laat ik je dit { $category } zien.
           *[other] Vandaag laat ik je dit zien: { $name }.
        }
    }
    .screen = { $name }
    .requires = type:supplement
# Materiaal: "Gemaakt van sojawas", nooit "Het materiaal: sojawas." (een datasheet). Het enige bijvoeglijk
# naamwoord onder de materiaalwoorden ("verguld", phrasebook.toml) staat nooit na "van": eigen variant.
benefit-material-1 = { $material ->
        [verguld] Verguld, voor die gouden look.
       *[other] Gemaakt van { $material }.
    }
    .screen = { $material ->
        [verguld] Verguld
       *[other] Van { $material }
    }
benefit-material-2 = { $material ->
        [verguld] Verguld, dat geeft die gouden glans.
       *[other] Uitgevoerd in { $material }.
    }
    .screen = { $material ->
        [verguld] Verguld
       *[other] Van { $material }
    }

# Kleuren: een keuze zegt $colors_or ("zwart of wit"), een opsomming $colors; "is er in" nooit met een
# en-lijst ("in zwart en wit" klinkt als tweekleurig). Waar een getal valt, kiest $color_count de vorm.
benefit-colors-1 = Je hebt de keuze: { $colors_or }.
    .screen = Kleuren: { $colors }
benefit-colors-2 = Welke kleur wordt het: { $colors_or }?
    .screen = Welke kleur: { $colors_or }?
benefit-colors-3 = { $color_count ->
        [one] Verkrijgbaar in één kleur: { $colors }.
       *[other] Verkrijgbaar in { $color_count } kleuren: { $colors }.
    }
    .screen = { $color_count ->
        [one] Kleur: { $colors }
       *[other] { $color_count } kleuren: { $colors }
    }
benefit-colors-4 = { $pack ->
        [0] { $number ->
            [pl] De { $category } zijn er in { $colors_or }.
           *[other] { $gender ->
                [de] De { $category } is er in { $colors_or }.
                [het] Het { $category } is er in { $colors_or }.
               *[other] Je hebt de keuze uit { $colors }.
            }
        }
       *[other] De set is er in { $colors_or }.
    }
    .screen = Verkrijgbaar in { $colors_or }
    .requires = typed !type:supplement
benefit-colors-5 = Team { $colors_or }? Laat het me weten in de comments.
    .screen = Team { $colors_or }?
# Meer dan vijf kleuren: geteld, niet voorgelezen (.requires = many_colors), ook op het scherm.
benefit-colors-6 = Er zijn { $color_count } kleuren, dus er zit vast eentje voor jou bij.
    .screen = { $color_count } kleuren om uit te kiezen
    .requires = many_colors
benefit-colors-8 = { $color_count ->
        [one] De kleur: { $colors }.
       *[other] Er zijn { $color_count } kleuren: { $colors_or }.
    }
    .screen = { $color_count ->
        [one] Kleur: { $colors }
       *[other] Keuze uit { $color_count } kleuren
    }
    .requires = !many_colors
benefit-colors-7 = Je kiest uit { $color_count } kleuren. Welke wordt het?
    .screen = { $color_count } kleuren: welke wordt het?
    .requires = many_colors

# Maten: { $sizes } is "S of L" of een reeks ("S–XL"): die staat alleen in beeld, de voice leest geen streepje
# voor. "Kies je maat", "welke maat heb jij" alleen voor kleding; sizes-1 past bij elk product (een krabpaal in S of L).
benefit-sizes-1 = Je kunt kiezen uit verschillende maten.
    .screen = Maten: { $sizes }
benefit-sizes-2 = Kies je maat, de maten zie je in beeld.
    .screen = Kies je maat: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-3 = { $pack ->
        [0] { $number ->
            [pl] De { $category } zijn er in verschillende maten.
           *[other] { $gender ->
                [de] De { $category } is er in verschillende maten.
                [het] Het { $category } is er in verschillende maten.
               *[other] Je hebt de keuze uit verschillende maten.
            }
        }
       *[other] De set is er in verschillende maten.
    }
    .screen = Maten: { $sizes }
    .requires = typed !type:supplement
benefit-sizes-4 = Welke maat heb jij? Alle maten zie je in beeld.
    .screen = Welke maat? { $sizes }
    .requires = group:apparel !attr:age_range

# Terugval als een product geen bruikbaar feit heeft: zegt niets wat een feit nodig heeft, en is geen tweede
# call-to-action ("Alle info in de shop" vóór "link in het winkelmandje"): een vraag aan de kijker.
benefit-generic-1 = Voor jezelf of als cadeau? Laat het weten in de comments.
    .screen = Voor jezelf of als cadeau?
benefit-generic-2 = Is dit iets voor jou? Laat het me weten.
    .screen = Iets voor jou?
benefit-generic-3 = Wat vind jij ervan? Zet het in de comments.
    .screen = Wat vind jij ervan?
benefit-generic-4 = { $pack ->
        [0] { $number ->
            [pl] Hoe vind jij de { $category }? Laat het weten in de comments.
           *[other] { $gender ->
                [de] Hoe vind jij de { $category }? Laat het weten in de comments.
                [het] Hoe vind jij het { $category }? Laat het weten in de comments.
               *[other] Hoe vind jij het? Laat het weten in de comments.
            }
        }
       *[other] Hoe vind jij deze set? Laat het weten in de comments.
    }
    .screen = Hoe vind jij het?
    .requires = typed !type:supplement

# Groepsbenefits (benefit-<groep>-…): regels zonder feit blijven algemeen; wat iets beweert, heeft .requires.
# Kleding is ook sokken, bh's en pyjama's: geen "chic of casual"; accessoires zijn ook paraplu's en
# slaapmaskers: geen "outfit".
benefit-apparel-1 = Hoe zou jij dit combineren? Zet het in de comments.
    .screen = Hoe zou jij het combineren?
benefit-apparel-2 = Makkelijk te combineren met wat je al hebt.
    .screen = Makkelijk te combineren
benefit-apparel-3 = Meer voor elke dag of voor een speciale gelegenheid? Zeg het maar.
    .screen = Elke dag of speciaal?
benefit-beauty-1 = Hoe zou jij dit gebruiken? Zet het in de comments.
    .screen = Hoe zou jij het gebruiken?
benefit-beauty-2 = Hou je van een lichte textuur? Dan is dit iets voor jou.
    .screen = Lichte textuur
    .requires = feature:lightweight_texture
benefit-beauty-3 = Zou jij dit proberen? Laat het me weten.
    .screen = Zou jij het proberen?
benefit-home-1 = Ik weet al precies waar dit bij mij een plekje krijgt.
    .screen = Plekje al gevonden
benefit-home-2 = 's Avonds lekker dimmen, dan wordt het echt gezellig.
    .screen = 's Avonds dimmen
    .requires = feature:dimmable
benefit-home-3 = Past dit bij jouw interieur? Laat het weten in de comments.
    .screen = Past dit bij jou?
benefit-home-4 = Zou dit iets voor jou zijn? Laat het me weten.
    .screen = Iets voor jou?
benefit-home-5 = Wat vind jij hiervan? Zet het in de comments.
    .screen = Wat vind jij hiervan?
benefit-electronics-1 = Uitpakken, insteken en klaar. Plug & play dus.
    .screen = Uitpakken en klaar
    .requires = feature:plug_and_play
benefit-electronics-2 = Waar zou jij dit voor gebruiken? Zet het in de comments.
    .screen = Waar zou jij het voor gebruiken?
benefit-electronics-3 = Techfan? Vertel me wat je ervan vindt.
    .screen = Wat vind jij ervan?
benefit-gifts-1 = Misschien precies wat je zoekt voor je volgende cadeau.
    .screen = Idee voor je volgende cadeau
benefit-gifts-2 = Verjaardag, bedankje of pakjesavond: weer een cadeau geregeld.
    .screen = Cadeau: geregeld
benefit-gifts-3 = Voor een ander of gewoon voor jezelf, jij kiest.
    .screen = Voor een ander of voor jezelf
benefit-accessories-1 = Voor jezelf of als cadeau? Laat het weten in de comments.
    .screen = Voor jezelf of als cadeau?
benefit-accessories-2 = Handig of overbodige luxe? Zeg het maar in de comments.
    .screen = Handig of overbodige luxe?
benefit-jewelry-1 = Los of gecombineerd met andere sieraden, jij bepaalt.
    .screen = Los of gecombineerd?
benefit-jewelry-2 = Voor jezelf of als cadeau? Zet het in de comments.
    .screen = Voor jezelf of als cadeau?
benefit-toys-1 = Aan wie denk jij hierbij? Zet het in de comments.
    .screen = Aan wie denk jij?
benefit-toys-2 = En, wat vind jij ervan?
    .screen = Wat vind jij ervan?
benefit-food-1 = Zou jij dit proberen? Zet het in de comments.
    .screen = Zou jij het proberen?
benefit-food-2 = Eerst proeven, dan hoor ik graag hoe het was.
    .screen = Proeven en vertellen
    .requires = !type:supplement
benefit-pets-1 = Wat zou jouw huisdier hiervan vinden? Zet het in de comments.
    .screen = Wat vindt jouw huisdier?
benefit-pets-2 = Iets voor jouw huisdier? Laat het me weten.
    .screen = Iets voor jouw huisdier?
benefit-baby-1 = Voor je eigen kleintje of als kraamcadeau? Laat het weten in de comments.
    .screen = Voor je kleintje of als kraamcadeau?
benefit-baby-2 = Iets voor jouw kleintje? Zet het in de comments.
    .screen = Iets voor jouw kleintje?
benefit-sports-1 = Komt dit in jouw training? Laat het weten in de comments.
    .screen = Iets voor je training?
benefit-sports-2 = En, ben je overtuigd?
    .screen = Overtuigd?

# Prijs: geen "spotgoedkoop", geen "laagste prijs"; "nog maar" alleen waar het getal het zegt.
offer-1 = En de prijs? { $price }.
    .screen = Prijs: { $price }
offer-2 = Je scoort dit voor { $price }.
    .screen = { $price }
offer-3 = Voor { $price } is dit van jou.
    .screen = Voor { $price } van jou
offer-4 = { $pack ->
        [0] { $number ->
            [pl] De { $category } kosten { $price }.
           *[other] { $gender ->
                [de] De { $category } kost { $price }.
                [het] Het { $category } kost { $price }.
               *[other] Dit kost je { $price }.
            }
        }
       *[other] De hele set van { $pack } kost { $price }.
    }
    .screen = { $price }
    .requires = typed !type:supplement
offer-5 = Kostenplaatje? { $price }.
    .screen = Kostenplaatje: { $price }
offer-6 = Qua prijs zitten we op { $price }.
    .screen = Prijs: { $price }
offer-7 = Prijskaartje: { $price }.
    .screen = Prijskaartje: { $price }
offer-8 = Je betaalt er { $price } voor.
    .screen = { $price } in het winkelmandje
offer-9 = Voor { $price } haal je dit in huis.
    .screen = Voor { $price } in huis
offer-10 = De prijs? { $price }.
    .screen = De prijs? { $price }
offer-11 = Dit kost { $price }.
    .screen = Dit kost { $price }
# Supplement (ook gummies): één verpakking, geen set.
offer-12 = Eén verpakking kost { $price }.
    .screen = Per verpakking: { $price }
    .requires = type:supplement

# "Van … voor …" is hoe Nederland een afprijzing op het scherm zet; de voice zegt een hele zin ("Nu … in plaats van …"). Geen tijdsdruk.
offer-discount-1 = Nu { $price } in plaats van { $old_price }.
    .screen = Van { $old_price } voor { $price }
offer-discount-2 = Nu in de aanbieding: je betaalt { $price } in plaats van { $old_price }.
    .screen = Aanbieding: { $price } i.p.v. { $old_price }
offer-discount-3 = { $discount } korting, dus nog maar { $price }.
    .screen = { $discount } korting: { $price }
offer-discount-4 = { $pack ->
        [0] { $number ->
            [pl] De { $category } zijn nu { $price } in plaats van { $old_price }.
           *[other] { $gender ->
                [de] De { $category } is nu { $price } in plaats van { $old_price }.
                [het] Het { $category } is nu { $price } in plaats van { $old_price }.
               *[other] Nu { $price } in plaats van { $old_price }.
            }
        }
       *[other] De set van { $pack } is nu { $price } in plaats van { $old_price }.
    }
    .screen = { $price } i.p.v. { $old_price }
    .requires = typed !type:supplement
offer-discount-5 = In plaats van { $old_price } betaal je nu { $price }.
    .screen = Nu { $price } i.p.v. { $old_price }

# CTA: de link zit in het winkelmandje van de video. Geen tijdsdruk ("snel, voor het op is").
# Elke CTA noemt de weg naar het product (winkelmandje); alleen "opslaan"/"volg me" hooguit één keer.
cta-1 = Tik hieronder op het winkelmandje.
    .screen = Tik op het winkelmandje
cta-2 = De link vind je in het winkelmandje hieronder.
    .screen = Link in het winkelmandje
cta-3 = Check de shop, de link zit in het winkelmandje.
    .screen = Check de shop
cta-4 = Alle details staan in de shop, tik op het winkelmandje.
    .screen = Alle details in de shop
cta-5 = Overtuigd? Dan weet je waar het winkelmandje zit.
    .screen = Je weet waar het mandje zit
cta-6 = Sla deze video op, de link zit in het winkelmandje.
    .screen = Opslaan · link in het winkelmandje
cta-7 = { $pack ->
        [0] { $number ->
            [pl] De { $category } vind je in het winkelmandje hieronder.
           *[other] { $gender ->
                [de] De { $category } vind je in het winkelmandje hieronder.
                [het] Het { $category } vind je in het winkelmandje hieronder.
               *[other] Je vindt alles in het winkelmandje hieronder.
            }
        }
       *[other] De set vind je in het winkelmandje hieronder.
    }
    .screen = In het winkelmandje
    .requires = typed !type:supplement
cta-8 = Bestellen kan via het winkelmandje in deze video.
    .screen = Bestellen via het winkelmandje
cta-9 = Meer weten? De link zit in het winkelmandje.
    .screen = Meer weten? Winkelmandje
cta-10 = Wil je dit ook? Tik op het winkelmandje.
    .screen = Tik op het mandje
cta-11 = Het winkelmandje onderin brengt je er direct naartoe.
    .screen = Winkelmandje onderin
cta-12 = Zin in? Het winkelmandje staat hieronder.
    .screen = Winkelmandje hieronder
cta-13 = Nieuwsgierig geworden? Kijk even in het winkelmandje.
    .screen = Kijk even in het winkelmandje
cta-14 = Via het winkelmandje ben je er in één tik.
    .screen = Eén tik op het winkelmandje
cta-15 = Bekijk alle opties via het winkelmandje.
    .screen = Alle opties in het winkelmandje

# Captions: { $hook_line } is de schermtekst van de gekozen hook (eindigt op "." of "?"). De emoji's zijn
# alleen decoratie: de advertentietekst laat ze weg, dus elk deel eindigt met een eigen leesteken. De
# [pl]/[de]/[het]-varianten zeggen lidwoord + { $category }; *[other] zet { $name } achter een dubbele punt.
caption-1 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 👉 De { $category } van { $brand } zijn er voor { $price }. De link zit in het winkelmandje. 🛒
           *[other] { $gender ->
                [de] 👉 De { $category } van { $brand } is er voor { $price }. De link zit in het winkelmandje. 🛒
                [het] 👉 Het { $category } van { $brand } is er voor { $price }. De link zit in het winkelmandje. 🛒
               *[other] 👉 { $brand }: { $name }, nu voor { $price }. De link zit in het winkelmandje. 🛒
            }
        }
       *[other] 👉 De set van { $pack } van { $brand } is er voor { $price }. De link zit in het winkelmandje. 🛒
    }
    .requires = brand !type:supplement
caption-2 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] ✨ De { $category } vind je voor { $price } in het winkelmandje. 🛒
           *[other] { $gender ->
                [de] ✨ De { $category } vind je voor { $price } in het winkelmandje. 🛒
                [het] ✨ Het { $category } vind je voor { $price } in het winkelmandje. 🛒
               *[other] ✨ Voor { $price } van jou: { $name }. Tik op het winkelmandje. 🛒
            }
        }
       *[other] ✨ De hele set van { $pack } vind je voor { $price } in het winkelmandje. 🛒
    }
    .requires = !type:supplement
caption-3 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 🛒 Voor { $price } zijn de { $category } van jou. Tik op het winkelmandje!
           *[other] { $gender ->
                [de] 🛒 Voor { $price } is de { $category } van jou. Tik op het winkelmandje!
                [het] 🛒 Voor { $price } is het { $category } van jou. Tik op het winkelmandje!
               *[other] 🛒 Mijn vondst voor { $price }: { $name }. Tik op het winkelmandje!
            }
        }
       *[other] 🛒 Voor { $price } is de hele set van { $pack } van jou. Tik op het winkelmandje!
    }
    .requires = !type:supplement
caption-4 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 💬 Hoe vind jij de { $category }? Voor { $price } zijn ze van jou, de link zit in het winkelmandje.
           *[other] { $gender ->
                [de] 💬 Hoe vind jij de { $category }? Voor { $price } is hij van jou, de link zit in het winkelmandje.
                [het] 💬 Hoe vind jij het { $category }? Voor { $price } is het van jou, de link zit in het winkelmandje.
               *[other] 💬 Hoe vind jij het? Voor { $price }: { $name }. De link zit in het winkelmandje.
            }
        }
       *[other] 💬 Hoe vind jij deze set? Voor { $price } heb je ze alle { $pack }, de link zit in het winkelmandje.
    }
    .requires = !type:supplement
caption-5 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 🛒 De { $category } kosten { $price }, de link zit in het winkelmandje.
           *[other] { $gender ->
                [de] 🛒 De { $category } kost { $price }, de link zit in het winkelmandje.
                [het] 🛒 Het { $category } kost { $price }, de link zit in het winkelmandje.
               *[other] 🛒 Nu in de shop voor { $price }: { $name }. Link in het winkelmandje!
            }
        }
       *[other] 🛒 De hele set van { $pack } kost { $price }, de link zit in het winkelmandje.
    }
    .requires = !type:supplement
# Varianten met verschillende prijzen (.requires = from): de prijs is een vanafprijs. Alleen deze captions
# worden dan gekozen, dus ze passen bij elk product (zonder .requires = brand).
caption-6 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 👉 De { $category } zijn er vanaf { $price }, afhankelijk van de variant. De link zit in het winkelmandje. 🛒
           *[other] { $gender ->
                [de] 👉 De { $category } is er vanaf { $price }, afhankelijk van de variant. De link zit in het winkelmandje. 🛒
                [het] 👉 Het { $category } is er vanaf { $price }, afhankelijk van de variant. De link zit in het winkelmandje. 🛒
               *[other] 👉 Afhankelijk van de variant vanaf { $price }: { $name }. De link zit in het winkelmandje. 🛒
            }
        }
       *[other] 👉 De set van { $pack } is er vanaf { $price }, afhankelijk van de variant. De link zit in het winkelmandje. 🛒
    }
    .requires = from !type:supplement
caption-7 = { $hook_line } 🛒 Afhankelijk van de variant al vanaf { $price }. Welke kies jij? De link zit in het winkelmandje.
    .requires = from
# Supplementen en gummies: de pot zelf, geen "set van 60" (de captions hierboven hebben !type:supplement).
caption-10 = { $hook_line } { $number ->
        [pl] ✨ De { $category } vind je voor { $price } in het winkelmandje. 🛒
       *[other] { $gender ->
            [de] ✨ De { $category } vind je voor { $price } in het winkelmandje. 🛒
            [het] ✨ Het { $category } vind je voor { $price } in het winkelmandje. 🛒
           *[other] ✨ Voor { $price } van jou: { $name }. Tik op het winkelmandje. 🛒
        }
    }
    .requires = type:supplement
caption-11 = { $hook_line } 🛒 Eén verpakking kost { $price }, de link zit in het winkelmandje.
    .requires = type:supplement
caption-12 = { $hook_line } { $number ->
        [pl] 👉 De { $category } kosten { $price }. De link zit in het winkelmandje. 🛒
       *[other] { $gender ->
            [de] 👉 De { $category } kost { $price }. De link zit in het winkelmandje. 🛒
            [het] 👉 Het { $category } kost { $price }. De link zit in het winkelmandje. 🛒
           *[other] 👉 Nu in de shop voor { $price }: { $name }. Link in het winkelmandje!
        }
    }
    .requires = type:supplement
caption-13 = { $hook_line } 👉 Per verpakking vanaf { $price }, afhankelijk van de variant. De link zit in het winkelmandje. 🛒
    .requires = from type:supplement
# Zonder naam: voor een product dat ctk alleen met het groepswoord kent ("beauty" is geen naam).
caption-8 = { $hook_line } 💬 Wat vind jij ervan? Voor { $price } is dit van jou, de link zit in het winkelmandje. 🛒
caption-9 = { $hook_line } ✅ Voor { $price } kan dit van jou zijn. Meer weten? De link zit in het winkelmandje.

hashtags = #TikTokShop #TikTokMadeMeBuyIt #fyp #voorjou
label-sale = SALE
label-new = NIEUW
label-price_from = vanaf { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Geldt voor geselecteerde varianten.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Al vanaf { $price }, afhankelijk van de variant.
    .screen = Al vanaf { $price }
offer-from-2 = Afhankelijk van de variant vanaf { $price }.
    .screen = Vanaf { $price }

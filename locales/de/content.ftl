# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Deutsches TikTok, Du-Form, gesprochen von einer Creatorin / einem Creator in die Kamera; geschrieben
## für Deutschland, nicht aus dem Englischen übersetzt. Ids, Variablen und Selektoren: locales/README.md.
##
## Grammatik: $gender (m/f/n) und $number (sg/pl) kommen aus facts.toml [types], wenn der Name aus den
## Fakten gebaut ist ("Schreibtischlampe mit Dimmfunktion", "Kerze mit Duft nach Zeder") oder das Typwort
## selbst ist; dann ist $category genau dieses Typwort. Deshalb sagen die [pl]/[m]/[f]/[n]-Varianten im
## Voice-over den Artikel + { $category } ("Das ist die Schreibtischlampe von Lumos", "Die Kopfhörer hier
## ...") und der Screen zeigt { $name }: die Benefit-Szenen sagen seine Merkmale gleich danach. Der eigene Titel eines Shops ("Bio-Baumwoll-
## T-Shirt Everyday") hat kein bekanntes Genus: $gender/$number sind dann "other", und jede Auswahl hat
## ein *[other], das mit JEDEM Namen stimmt: { $name } steht dort nach einem Doppelpunkt oder am Satzanfang,
## nie nach einem Wort, das einen Artikel verlangt.
## Nur Nominativ und Akkusativ mit { $category }: im Dativ Plural bekäme das Nomen ein -n
## ("mit den Kopfhörern"), das die Daten nicht kennen.
## {material} kann ein Adjektiv sein ("vergoldet"): es steht nach einem Doppelpunkt, nie nach "aus".
## $color_count ist eine Zahl: Auswahl nach CLDR-Plural ([one], *[other]).
##
## Claims: Die Benefit-Szenen baut ctk aus Fakten (locales/de/facts.toml). Die Zeilen hier behaupten nichts,
## was ein Fakt stützen muss: keine Beliebtheit ("alle kaufen", "viral"), kein "einfach eingerichtet",
## "leicht", "für unterwegs", keine Stimmung ("gemütlich"), kein Komfort, keine Wärme, Haltbarkeit,
## Schnelligkeit, kein "beste(r)", keine Gesundheits- oder Umweltversprechen, kein künstlicher Zeitdruck
## ("nur heute", "solange der Vorrat reicht"). Eine Zeile, die doch etwas behauptet, bekommt `.requires`
## mit dem Fakt, der sie stützt.

# Hooks: die ersten 3 s. Sie nennen das Produkt nicht (das macht das Intro direkt danach), und die Caption
# beginnt mit dem Screen-Text des Hooks: der endet deshalb nie mit einem Doppelpunkt. Jede Voice ohne
# {placeholder} hat höchstens 37 Zeichen (2,7 s bei 14 Zeichen/s), gemessen wie gesprochen ("20 %" ist
# "20 Prozent"); $hook_fact ist eine Screen-Zeile aus facts.toml ("Bis zu 30 Stunden Laufzeit",
# "Touch-Bedienung", "Wiederaufladbar"); ein Hook, der damit zu lang wird, wird nicht gewählt. $hook_fact steht
# am Satzanfang, nie hinter einem Doppelpunkt, und nie allein mit einem Anhängsel ("Wiederaufladbar. Hör kurz
# zu." ist kein Hook): die Frage + Reaktion ("Wiederaufladbar? So muss das.") passt zu Adjektiv und Nomen. Die Reaktion klingt wie ein Creator nebenbei ("So muss das", "Da sag ich nicht nein"), nicht wie ein Protokoll ("Das zählt", "Wird notiert", "Häkchen dran"); Screen und Voice sagen dieselben Worte; sie steht für sich: der Fakt kommt danach nicht noch einmal, also kein Versprechen, ihn zu erklären ("Schau mal her", "Das schauen wir uns an", "Erzähl mir mehr"); sie schwärmt nicht ("Ja, bitte!", "Da werd ich schwach": niemand verliebt sich in "Mikrowellengeeignet"). Kein "Schau genau hin", "Ich zeig's dir", "wie du im Video siehst": die Bilder können Platzhalter sein. Kein "gönn dir", kein "ihr habt gefragt" (Beliebtheit).
hook-1 = Warte, bevor du weiterscrollst!
    .screen = Warte, nicht weiterscrollen!
hook-2 = Ich muss dir kurz was zeigen.
    .screen = Ich muss dir kurz was zeigen
hook-3 = Okay, damit hab ich nicht gerechnet.
    .screen = Damit hab ich nicht gerechnet
hook-4 = Ich hab da was für dich gefunden.
    .screen = Hab was für dich gefunden
hook-5 = Bleib mal kurz dran.
    .screen = Bleib kurz dran
hook-6 = Sag mal, kennst du das schon?
    .screen = Kennst du das schon?
hook-7 = Okay, hör mir kurz zu.
    .screen = Hör mir kurz zu
hook-8 = Das kommt auf meine Wunschliste.
    .screen = Ab auf die Wunschliste
hook-9 = Stopp! Das solltest du kennen.
    .screen = Stopp! Das solltest du kennen
hook-10 = Kleiner Tipp von mir, hör kurz zu.
    .screen = Kleiner Tipp von mir
hook-11 = Okay, ich glaube, ich bin verliebt.
    .screen = Okay, ich bin verliebt
hook-12 = Gerade { $discount } reduziert!
    .screen = Gerade { $discount } reduziert!
    .requires = discount
hook-13 = Minus { $discount }? Hör kurz zu.
    .screen = Minus { $discount }?
    .requires = discount
hook-14 = { $hook_fact }? Kann sich sehen lassen.
    .screen = { $hook_fact }? Kann sich sehen lassen
    .requires = pitch
hook-15 = { $hook_fact }? Ja, richtig gehört.
    .screen = { $hook_fact }? Ja, richtig gehört
    .requires = pitch
hook-16 = { $hook_fact }? Nicht schlecht, oder?
    .screen = { $hook_fact }? Nicht schlecht, oder?
    .requires = pitch
hook-17 = { $hook_fact }? Da sag ich nicht nein.
    .screen = { $hook_fact }? Da sag ich nicht nein
    .requires = pitch
hook-18 = { $hook_fact }? Klingt gut.
    .screen = { $hook_fact }? Klingt gut
    .requires = pitch
hook-19 = { $hook_fact }? Nehm ich gern mit.
    .screen = { $hook_fact }? Nehm ich gern mit
    .requires = pitch
hook-20 = { $hook_fact }? So muss das.
    .screen = { $hook_fact }? So muss das
    .requires = pitch
hook-21 = { $hook_fact }? Das gefällt mir.
    .screen = { $hook_fact }? Das gefällt mir
    .requires = pitch
hook-22 = { $hook_fact }? Passt.
    .screen = { $hook_fact }? Passt
    .requires = pitch
# mehr Reaktionen, damit keine ("Das gefällt mir") zweimal in einem Katalog steht
hook-30 = { $hook_fact }? Find ich gut.
    .screen = { $hook_fact }? Find ich gut
    .requires = pitch
hook-31 = { $hook_fact }? Das hat was.
    .screen = { $hook_fact }? Das hat was
    .requires = pitch
hook-32 = { $hook_fact }? Top.
    .screen = { $hook_fact }? Top
    .requires = pitch
hook-33 = { $hook_fact }? Nichts zu meckern.
    .screen = { $hook_fact }? Nichts zu meckern
    .requires = pitch
# mehr Zeilen ohne Fakt, damit sich "Bleib kurz dran" und "Kleiner Tipp" in einem Katalog nicht wiederholen
hook-23 = Okay, das muss ich teilen.
    .screen = Das muss ich teilen
hook-24 = Hast du kurz Zeit?
    .screen = Hast du kurz Zeit?
hook-25 = Mein Geheimtipp für dich.
    .screen = Mein Geheimtipp für dich
hook-26 = Wusstest du, dass es das gibt?
    .screen = Wusstest du, dass es das gibt?
hook-27 = Achtung, Shopping-Tipp!
    .screen = Achtung, Shopping-Tipp!
hook-28 = Das will ich dir nicht vorenthalten.
    .screen = Will ich dir nicht vorenthalten
hook-29 = Na, hast du das schon gesehen?
    .screen = Schon gesehen?

# Intros nennen das Produkt direkt nach dem Hook: Voice mit Artikel + { $category } (siehe oben), Screen
# { $name }. Die group:-Varianten passen nur zu ihrer Gruppe ("Neu in meiner Routine" für Beauty).
intro-1 = { $number ->
        [pl] Das sind die { $category } von { $brand }.
       *[other] { $gender ->
            [m] Das ist der { $category } von { $brand }.
            [f] Das ist die { $category } von { $brand }.
            [n] Das ist das { $category } von { $brand }.
           *[other] Das hier ist von { $brand }: { $name }.
        }
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $number ->
        [pl] Frisch entdeckt: diese { $category } von { $brand }.
       *[other] { $gender ->
            [m] Frisch entdeckt: dieser { $category } von { $brand }.
            [f] Frisch entdeckt: diese { $category } von { $brand }.
            [n] Frisch entdeckt: dieses { $category } von { $brand }.
           *[other] Heute zeig ich dir was von { $brand }: { $name }.
        }
    }
    .screen = { $name }
    .requires = brand
intro-3 = { $number ->
        [pl] Ich stell dir heute diese { $category } vor.
       *[other] { $gender ->
            [m] Ich stell dir heute diesen { $category } vor.
            [f] Ich stell dir heute diese { $category } vor.
            [n] Ich stell dir heute dieses { $category } vor.
           *[other] Darf ich vorstellen: { $name }.
        }
    }
    .screen = { $name }
intro-4 = { $number ->
        [pl] Heute geht's um diese { $category } hier.
       *[other] { $gender ->
            [m] Heute geht's um diesen { $category } hier.
            [f] Heute geht's um diese { $category } hier.
            [n] Heute geht's um dieses { $category } hier.
           *[other] Um das hier geht's: { $name }.
        }
    }
    .screen = { $name }
intro-5 = { $number ->
        [pl] Die { $category } hier hab ich für dich rausgesucht.
       *[other] { $gender ->
            [m] Den { $category } hier hab ich für dich rausgesucht.
            [f] Die { $category } hier hab ich für dich rausgesucht.
            [n] Das { $category } hier hab ich für dich rausgesucht.
           *[other] Für dich rausgesucht: { $name }.
        }
    }
    .screen = { $name }
intro-6 = { $number ->
        [pl] Mein Fund der Woche: diese { $category }.
       *[other] { $gender ->
            [m] Mein Fund der Woche: dieser { $category }.
            [f] Mein Fund der Woche: diese { $category }.
            [n] Mein Fund der Woche: dieses { $category }.
           *[other] Mein Fund der Woche: { $name }.
        }
    }
    .screen = { $name }
intro-7 = { $number ->
        [pl] Neu bei mir eingezogen: diese { $category }.
       *[other] { $gender ->
            [m] Neu bei mir eingezogen: dieser { $category }.
            [f] Neu bei mir eingezogen: diese { $category }.
            [n] Neu bei mir eingezogen: dieses { $category }.
           *[other] Neu bei mir eingezogen: { $name }.
        }
    }
    .screen = { $name }
    .requires = group:apparel
intro-11 = { $number ->
        [pl] Hier sind sie: die { $category }.
       *[other] { $gender ->
            [m] Hier ist er: der { $category }.
            [f] Hier ist sie: die { $category }.
            [n] Hier ist es: das { $category }.
           *[other] Und hier ist es: { $name }.
        }
    }
    .screen = { $name }
intro-12 = Heute mit dabei: { $name }.
    .screen = { $name }
intro-13 = { $number ->
        [pl] Schau mal, was ich gefunden hab: die { $category }.
       *[other] { $gender ->
            [m] Schau mal, was ich gefunden hab: den { $category }.
            [f] Schau mal, was ich gefunden hab: die { $category }.
            [n] Schau mal, was ich gefunden hab: das { $category }.
           *[other] Schau mal, was ich gefunden hab: { $name }.
        }
    }
    .screen = { $name }
intro-14 = { $number ->
        [pl] Kurz vorgestellt: die { $category }.
       *[other] { $gender ->
            [m] Kurz vorgestellt: der { $category }.
            [f] Kurz vorgestellt: die { $category }.
            [n] Kurz vorgestellt: das { $category }.
           *[other] Kurz vorgestellt: { $name }.
        }
    }
    .screen = { $name }
intro-15 = { $number ->
        [pl] Neu entdeckt: die { $category }.
       *[other] { $gender ->
            [m] Neu entdeckt: der { $category }.
            [f] Neu entdeckt: die { $category }.
            [n] Neu entdeckt: das { $category }.
           *[other] Neu entdeckt: { $name }.
        }
    }
    .screen = { $name }
intro-16 = { $number ->
        [pl] Heute im Fokus: die { $category }.
       *[other] { $gender ->
            [m] Heute im Fokus: der { $category }.
            [f] Heute im Fokus: die { $category }.
            [n] Heute im Fokus: das { $category }.
           *[other] Heute im Fokus: { $name }.
        }
    }
    .screen = { $name }
intro-17 = { $number ->
        [pl] Die { $category } hier wollte ich dir unbedingt zeigen.
       *[other] { $gender ->
            [m] Den { $category } hier wollte ich dir unbedingt zeigen.
            [f] Die { $category } hier wollte ich dir unbedingt zeigen.
            [n] Das { $category } hier wollte ich dir unbedingt zeigen.
           *[other] Das wollte ich dir unbedingt zeigen: { $name }.
        }
    }
    .screen = { $name }
intro-8 = { $number ->
        [pl] Neu in meiner Routine: diese { $category }.
       *[other] { $gender ->
            [m] Neu in meiner Routine: dieser { $category }.
            [f] Neu in meiner Routine: diese { $category }.
            [n] Neu in meiner Routine: dieses { $category }.
           *[other] Neu in meiner Routine: { $name }.
        }
    }
    .screen = { $name }
    .requires = group:beauty
intro-9 = { $number ->
        [pl] Neu bei mir eingezogen: { $category }.
       *[other] { $gender ->
            [m] Neu bei mir eingezogen: ein { $category }.
            [f] Neu bei mir eingezogen: eine { $category }.
            [n] Neu bei mir eingezogen: ein { $category }.
           *[other] Neu bei mir eingezogen: { $name }.
        }
    }
    .screen = { $name }
    .requires = group:home
intro-10 = { $number ->
        [pl] Heute probier ich diese { $category }.
       *[other] { $gender ->
            [m] Heute probier ich diesen { $category }.
            [f] Heute probier ich diese { $category }.
            [n] Heute probier ich dieses { $category }.
           *[other] Heute wird probiert: { $name }.
        }
    }
    .screen = { $name }
    .requires = group:food

# Material: "Hergestellt aus Sojawachs", nie "Das Material: Sojawachs." (ein Datenblatt). Das einzige Adjektiv
# unter den Materialwörtern ("vergoldet", phrasebook.toml) steht nicht nach "aus": es hat seine eigene Variante.
benefit-material-1 = { $material ->
        [vergoldet] Vergoldet, für den goldenen Look.
       *[other] Hergestellt aus { $material }.
    }
    .screen = { $material ->
        [vergoldet] Vergoldet
       *[other] Aus { $material }
    }
benefit-material-2 = { $material ->
        [vergoldet] Vergoldet, das gibt den goldenen Glanz.
       *[other] Gemacht ist das Ganze aus { $material }.
    }
    .screen = { $material ->
        [vergoldet] Vergoldet
       *[other] Aus { $material }
    }

# Farben: eine Auswahl sagt $colors_or ("Schwarz oder Weiß"), eine Aufzählung $colors; wo eine Zahl
# fällt, wählt $color_count die Pluralform.
benefit-colors-1 = Du hast die Wahl: { $colors_or }.
    .screen = Farben: { $colors }
benefit-colors-2 = Welche Farbe nimmst du: { $colors_or }?
    .screen = Welche Farbe? { $colors_or }
benefit-colors-3 = { $color_count ->
        [one] Gibt's in einer Farbe: { $colors }.
       *[other] Gibt's in { $color_count } Farben: { $colors }.
    }
    .screen = { $color_count ->
        [one] Farbe: { $colors }
       *[other] { $color_count } Farben: { $colors }
    }
benefit-colors-4 = { $number ->
        [pl] Die { $category } gibt's in { $colors }.
       *[other] { $gender ->
            [m] Den { $category } gibt's in { $colors }.
            [f] Die { $category } gibt's in { $colors }.
            [n] Das { $category } gibt's in { $colors }.
           *[other] Gibt's in { $colors }.
        }
    }
    .screen = Erhältlich in { $colors }
    .requires = typed
benefit-colors-5 = Team { $colors_or }? Schreib's mir in die Kommentare.
    .screen = Team { $colors_or }?
# Mehr als fünf Farben: gezählt, nicht vorgelesen (.requires = many_colors), auch auf dem Screen.
benefit-colors-6 = Gibt's in { $color_count } Farben, da ist bestimmt deine dabei.
    .screen = { $color_count } Farben zur Auswahl
    .requires = many_colors
benefit-colors-7 = { $color_count } Farben stehen zur Wahl. Welche nimmst du?
    .screen = { $color_count } Farben: welche nimmst du?
    .requires = many_colors

benefit-sizes-1 = Gibt's in verschiedenen Größen: { $sizes }.
    .screen = Größen: { $sizes }
benefit-sizes-2 = Such dir deine Größe aus: { $sizes }.
    .screen = Größen: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-3 = { $number ->
        [pl] Die { $category } gibt's in den Größen { $sizes }.
       *[other] { $gender ->
            [m] Den { $category } gibt's in den Größen { $sizes }.
            [f] Die { $category } gibt's in den Größen { $sizes }.
            [n] Das { $category } gibt's in den Größen { $sizes }.
           *[other] Zur Auswahl stehen: { $sizes }.
        }
    }
    .screen = Größenauswahl: { $sizes }
    .requires = typed
benefit-sizes-4 = Welche Größe trägst du? Zur Wahl stehen { $sizes }.
    .screen = Welche Größe? { $sizes }
    .requires = group:apparel !attr:age_range
# Kinderkleidung und Spielzeug mit Altersangabe: die Größe ist fürs Kind, nicht für dich
benefit-sizes-5 = Zur Wahl stehen die Größen { $sizes }, such die passende für dein Kind aus.
    .screen = Größen: { $sizes }
    .requires = attr:age_range

# Fallback, wenn ein Produkt keinen verwertbaren Fakt hat: sagt nichts, was einen Fakt bräuchte, und ist kein
# zweiter Call-to-Action ("Alle Infos im Shop" vor "Link im Warenkorb"): eine Frage an die Zuschauer. Jede passt zu
# jedem Produkt, auch zu einem Kinderbuch oder Spielzeug (kein "Würdest du das ausprobieren?").
benefit-generic-1 = Für dich oder zum Verschenken? Sag's mir in den Kommentaren.
    .screen = Für dich oder zum Verschenken?
benefit-generic-2 = Kennst du jemanden, dem das gefallen würde? Schick's weiter.
    .screen = Schick's weiter
benefit-generic-3 = Was sagst du dazu? Schreib's mir in die Kommentare.
    .screen = Was sagst du dazu?
benefit-generic-4 = { $number ->
        [pl] Wie findest du die { $category }? Schreib's mir in die Kommentare.
       *[other] { $gender ->
            [m] Wie findest du den { $category }? Schreib's mir in die Kommentare.
            [f] Wie findest du die { $category }? Schreib's mir in die Kommentare.
            [n] Wie findest du das { $category }? Schreib's mir in die Kommentare.
           *[other] Wie findest du's? Schreib's mir in die Kommentare.
        }
    }
    .screen = Wie findest du's?
    .requires = typed

# Gruppen-Benefits (benefit-<gruppe>-…): Zeilen ohne Fakt bleiben allgemein; was etwas behauptet, hat .requires.
benefit-apparel-1 = Wie würdest du das kombinieren? Schreib's mir in die Kommentare.
    .screen = Wie würdest du's kombinieren?
benefit-apparel-2 = Ob schick oder lässig: Du kombinierst, wie du willst.
    .screen = Schick oder lässig? Beides.
benefit-apparel-3 = Eher für jeden Tag oder für besondere Anlässe? Sag's mir.
    .screen = Alltag oder Anlass?
benefit-beauty-1 = Passt easy in deine tägliche Routine.
    .screen = Rein in deine Routine
benefit-beauty-2 = Die Textur ist angenehm leicht.
    .screen = Angenehm leichte Textur
    .requires = feature:lightweight_texture
benefit-beauty-3 = Ein neuer Kandidat für deinen Alltag.
    .screen = Neu für deinen Alltag
benefit-home-1 = Ich weiß schon genau, wo das bei mir hinkommt.
    .screen = Ich weiß schon, wo's hinkommt
benefit-home-2 = Abends runterdimmen, und es wird richtig gemütlich.
    .screen = Abends runterdimmen
    .requires = feature:dimmable
benefit-home-3 = Passt das zu deinem Zuhause? Schreib's mir in die Kommentare.
    .screen = Passt das zu dir?
benefit-home-4 = Wär das was für dich? Schreib's mir in die Kommentare.
    .screen = Wär das was für dich?
benefit-home-5 = Was hältst du davon? Schreib's mir in die Kommentare.
    .screen = Was hältst du davon?
benefit-electronics-1 = Auspacken, einstecken, loslegen, Plug & Play eben.
    .screen = Auspacken, loslegen
    .requires = feature:plug_and_play
benefit-electronics-2 = Wofür würdest du das nutzen? Schreib's mir in die Kommentare.
    .screen = Wofür würdest du's nutzen?
benefit-electronics-3 = Technik-Fan? Dann sag mir, was du davon hältst.
    .screen = Was hältst du davon?
benefit-gifts-1 = Vielleicht genau das Richtige für dein nächstes Geschenk.
    .screen = Idee für dein nächstes Geschenk
benefit-gifts-2 = Geburtstag, Dankeschön oder Weihnachten: Geschenkfrage gelöst.
    .screen = Geschenkfrage: gelöst
benefit-gifts-3 = Eine schöne Idee, wenn du noch ein Geschenk brauchst.
    .screen = Schöne Geschenkidee
benefit-accessories-1 = Für dich oder zum Verschenken? Sag's mir in den Kommentaren.
    .screen = Für dich oder zum Verschenken?
benefit-accessories-2 = Zu welchem Outfit würdest du das tragen? Schreib's mir.
    .screen = Zu welchem Outfit?
benefit-jewelry-1 = Solo oder kombiniert mit anderem Schmuck, du entscheidest.
    .screen = Solo oder kombiniert?
benefit-jewelry-2 = Für dich oder zum Verschenken? Schreib's mir in die Kommentare.
    .screen = Für dich oder zum Verschenken?
# Tierbedarf (Näpfe, Leinen, Betten, Spielzeug, Kratzbäume) und Babybedarf (Buggys, Fläschchen, Bodys): eine
# Frage an die Zuschauer, kein "sicher", "robust", "vom Tierarzt empfohlen".
benefit-pets-1 = Wär das was für deine Fellnase? Schreib's mir in die Kommentare.
    .screen = Was für deine Fellnase?
benefit-pets-2 = Schick das an alle, die ein Haustier haben.
    .screen = Für alle mit Haustier
benefit-baby-1 = Wär das was für die Erstausstattung? Schreib's mir in die Kommentare.
    .screen = Was für die Erstausstattung?
benefit-baby-2 = Kennst du frischgebackene Eltern? Schick's ihnen weiter.
    .screen = Für frischgebackene Eltern
benefit-toys-1 = An wen denkst du dabei? Schreib's in die Kommentare.
    .screen = An wen denkst du?
benefit-toys-2 = Und, was sagst du dazu?
    .screen = Was sagst du dazu?
benefit-food-1 = Würdest du das probieren? Schreib's mir in die Kommentare.
    .screen = Würdest du probieren?
benefit-food-2 = Erst probieren, dann erzählst du mir, wie's war.
    .screen = Probieren und erzählen
benefit-sports-1 = Kommt das in dein Training? Sag's mir in den Kommentaren.
    .screen = Was für dein Training?
benefit-sports-2 = Und, hab ich dich überzeugt?
    .screen = Überzeugt?

# Preis: "nur" steht nur, wo die Zahl spricht; kein "unschlagbar", kein "Bestpreis".
offer-1 = Und der Preis? { $price }.
    .screen = Preis: { $price }
offer-2 = Dafür zahlst du { $price }.
    .screen = { $price }
offer-3 = Für { $price } kannst du zuschlagen.
    .screen = Für { $price } zu haben
offer-4 = { $pack ->
        [0] { $number ->
            [pl] Die { $category } bekommst du für { $price }.
           *[other] { $gender ->
                [m] Den { $category } bekommst du für { $price }.
                [f] Die { $category } bekommst du für { $price }.
                [n] Das { $category } bekommst du für { $price }.
               *[other] Bekommen kannst du das für { $price }.
            }
        }
       *[other] Das { $pack }er-Set bekommst du für { $price }.
    }
    .screen = { $price }
    .requires = typed !type:supplement
offer-5 = Kostenpunkt? { $price }.
    .screen = Kostenpunkt: { $price }
offer-6 = Preislich sind wir bei { $price }.
    .screen = Preislich: { $price }
offer-7 = Das Ganze kostet { $price }.
    .screen = Kostet { $price }
offer-8 = Mit { $price } bist du dabei.
    .screen = { $price } im Warenkorb
    .requires = cheap

offer-discount-1 = { $pack ->
        [0] { $number ->
            [pl] Gerade bekommst du sie für { $price } statt { $old_price }.
           *[other] { $gender ->
                [m] Gerade bekommst du ihn für { $price } statt { $old_price }.
                [f] Gerade bekommst du sie für { $price } statt { $old_price }.
                [n] Gerade bekommst du es für { $price } statt { $old_price }.
               *[other] Gerade zahlst du { $price } statt { $old_price }.
            }
        }
       *[other] Gerade zahlst du fürs Set { $price } statt { $old_price }.
    }
    .screen = { $price } statt { $old_price }
    .requires = !type:supplement
offer-discount-2 = Gerade reduziert, du zahlst nur { $price }.
    .screen = Jetzt reduziert: { $price }
offer-discount-3 = Minus { $discount }, also nur noch { $price }.
    .screen = Minus { $discount }: { $price }
offer-discount-4 = { $pack ->
        [0] { $number ->
            [pl] Die { $category } gibt's gerade für { $price } statt { $old_price }.
           *[other] { $gender ->
                [m] Den { $category } gibt's gerade für { $price } statt { $old_price }.
                [f] Die { $category } gibt's gerade für { $price } statt { $old_price }.
                [n] Das { $category } gibt's gerade für { $price } statt { $old_price }.
               *[other] Statt { $old_price } zahlst du gerade { $price }.
            }
        }
       *[other] Das { $pack }er-Set gibt's gerade für { $price } statt { $old_price }.
    }
    .screen = { $price } statt { $old_price }
    .requires = typed !type:supplement
offer-discount-5 = Statt { $old_price } zahlst du gerade nur { $price }.
    .screen = Nur { $price } statt { $old_price }

# CTA: der Link steckt im Warenkorb-Symbol des Videos. Zeilen mit Artikel + { $category } nur mit
# `.requires = typed`: ein Produkt ohne Namen hieße sonst laut "das Produkt". Kein Zeitdruck ("schnell, bevor's weg ist").
# Jede CTA nennt den Weg zum Produkt (Warenkorb); ein bloßes "Speichern"/"Folg mir" höchstens einmal.
cta-1 = Tipp unten auf den Warenkorb und hol's dir.
    .screen = Tipp auf den Warenkorb
cta-2 = Den Link findest du unten im Warenkorb.
    .screen = Link im Warenkorb
cta-3 = Schau's dir im Shop an, der Link ist im Warenkorb.
    .screen = Schau's dir im Shop an
cta-4 = Alle Details im Shop, tipp einfach auf den Warenkorb.
    .screen = Alle Details im Shop
cta-5 = Gefällt's dir? Dann ab in den Warenkorb.
    .screen = Ab in den Warenkorb
cta-6 = Speicher dir das Video, der Link ist im Warenkorb.
    .screen = Speichern · Link im Warenkorb
cta-7 = { $number ->
        [pl] Die { $category } findest du unten im Warenkorb.
       *[other] { $gender ->
            [m] Den { $category } findest du unten im Warenkorb.
            [f] Die { $category } findest du unten im Warenkorb.
            [n] Das { $category } findest du unten im Warenkorb.
           *[other] Du findest alles unten im Warenkorb.
        }
    }
    .screen = Unten im Warenkorb
    .requires = typed
cta-8 = Hol's dir über den Warenkorb hier unten.
    .screen = Hol's dir im Warenkorb

# Captions: { $hook_line } ist der Screen-Text des gewählten Hooks (endet auf "." oder "?"). Die Emojis sind
# nur Deko: der Anzeigentext lässt sie weg, deshalb endet jeder Teil mit eigenem Satzzeichen. Die
# [pl]/[m]/[f]/[n]-Varianten sagen Artikel + { $category }; *[other] stellt { $name } hinter einen Doppelpunkt.
caption-1 = { $hook_line } { $number ->
        [pl] 👉 Die { $category } von { $brand } gibt's für { $price }. Der Link ist im Warenkorb. 🛒
       *[other] { $gender ->
            [m] 👉 Den { $category } von { $brand } gibt's für { $price }. Der Link ist im Warenkorb. 🛒
            [f] 👉 Die { $category } von { $brand } gibt's für { $price }. Der Link ist im Warenkorb. 🛒
            [n] 👉 Das { $category } von { $brand } gibt's für { $price }. Der Link ist im Warenkorb. 🛒
           *[other] 👉 { $brand }: { $name }, jetzt für { $price }. Der Link ist im Warenkorb. 🛒
        }
    }
    .requires = brand
caption-2 = { $hook_line } { $number ->
        [pl] ✨ Die { $category } findest du für { $price } im Warenkorb. 🛒
       *[other] { $gender ->
            [m] ✨ Den { $category } findest du für { $price } im Warenkorb. 🛒
            [f] ✨ Die { $category } findest du für { $price } im Warenkorb. 🛒
            [n] ✨ Das { $category } findest du für { $price } im Warenkorb. 🛒
           *[other] ✨ Für { $price } zu haben: { $name }. Tipp auf den Warenkorb. 🛒
        }
    }
caption-3 = { $hook_line } { $number ->
        [pl] 🛒 Für { $price } gehören die { $category } dir. Ab in den Warenkorb!
       *[other] { $pack ->
            [0] { $gender ->
                [m] 🛒 Für { $price } gehört der { $category } dir. Ab in den Warenkorb!
                [f] 🛒 Für { $price } gehört die { $category } dir. Ab in den Warenkorb!
                [n] 🛒 Für { $price } gehört das { $category } dir. Ab in den Warenkorb!
               *[other] 🛒 Mein Fund für { $price }: { $name }. Ab in den Warenkorb!
            }
           *[other] 🛒 Für { $price } gehört das { $pack }er-Set dir. Ab in den Warenkorb!
        }
    }
    .requires = !type:supplement
caption-4 = { $hook_line } { $number ->
        [pl] 💬 Wie findest du die { $category }? Für { $price } kannst du sie dir holen, der Link ist im Warenkorb.
       *[other] { $gender ->
            [m] 💬 Wie findest du den { $category }? Für { $price } kannst du ihn dir holen, der Link ist im Warenkorb.
            [f] 💬 Wie findest du die { $category }? Für { $price } kannst du sie dir holen, der Link ist im Warenkorb.
            [n] 💬 Wie findest du das { $category }? Für { $price } kannst du es dir holen, der Link ist im Warenkorb.
           *[other] 💬 Wie findest du's? { $name } gibt's für { $price }, der Link ist im Warenkorb.
        }
    }
caption-5 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 🛒 Die { $category } kosten { $price }, der Link ist im Warenkorb.
           *[other] { $gender ->
                [m] 🛒 Der { $category } kostet { $price }, der Link ist im Warenkorb.
                [f] 🛒 Die { $category } kostet { $price }, der Link ist im Warenkorb.
                [n] 🛒 Das { $category } kostet { $price }, der Link ist im Warenkorb.
               *[other] 🛒 Jetzt im Shop für { $price }: { $name }. Link im Warenkorb!
            }
        }
       *[other] 🛒 Jetzt im Shop für { $price }: { $name }. Link im Warenkorb!
    }
# mehr Rahmen, damit nicht eine Caption ("Wie findest du …?") die Hälfte eines Katalogs eröffnet
caption-9 = { $hook_line } { $number ->
        [pl] ✨ Mein Tipp: die { $category } für { $price }. Der Link ist im Warenkorb. 🛒
       *[other] { $gender ->
            [m] ✨ Mein Tipp: der { $category } für { $price }. Der Link ist im Warenkorb. 🛒
            [f] ✨ Mein Tipp: die { $category } für { $price }. Der Link ist im Warenkorb. 🛒
            [n] ✨ Mein Tipp: das { $category } für { $price }. Der Link ist im Warenkorb. 🛒
           *[other] ✨ Mein Tipp für { $price }: { $name }. Der Link ist im Warenkorb. 🛒
        }
    }
caption-10 = { $hook_line } { $number ->
        [pl] 🛒 Für { $price } gibt's die { $category } im Warenkorb. Schau sie dir an!
       *[other] { $gender ->
            [m] 🛒 Für { $price } gibt's den { $category } im Warenkorb. Schau ihn dir an!
            [f] 🛒 Für { $price } gibt's die { $category } im Warenkorb. Schau sie dir an!
            [n] 🛒 Für { $price } gibt's das { $category } im Warenkorb. Schau's dir an!
           *[other] 🛒 Für { $price } im Warenkorb: { $name }. Schau's dir an!
        }
    }
# Varianten zu verschiedenen Preisen (.requires = from): der Preis ist ein Ab-Preis. Nur diese Captions werden
# dann gewählt, also passen sie zu jedem Produkt (ohne .requires = brand).
caption-6 = { $hook_line } { $number ->
        [pl] 👉 Die { $category } gibt's je nach Variante ab { $price }. Der Link ist im Warenkorb. 🛒
       *[other] { $gender ->
            [m] 👉 Den { $category } gibt's je nach Variante ab { $price }. Der Link ist im Warenkorb. 🛒
            [f] 👉 Die { $category } gibt's je nach Variante ab { $price }. Der Link ist im Warenkorb. 🛒
            [n] 👉 Das { $category } gibt's je nach Variante ab { $price }. Der Link ist im Warenkorb. 🛒
           *[other] 👉 Je nach Variante ab { $price }: { $name }. Der Link ist im Warenkorb. 🛒
        }
    }
    .requires = from
caption-7 = { $hook_line } 🛒 Je nach Variante schon ab { $price }. Welche nimmst du? Der Link ist im Warenkorb.
    .requires = from
# Ohne Namen: für ein Produkt, das ctk nur mit dem Gruppenwort kennt ("Beauty" ist kein Name).
caption-8 = { $hook_line } 💬 Was sagst du dazu? Für { $price } gehört's dir, der Link ist im Warenkorb. 🛒

hashtags = #TikTokShop #TikTokMadeMeBuyIt #fürdich #fyp
label-sale = SALE
label-new = NEU
label-price_from = ab { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Gilt für ausgewählte Varianten.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Gibt's schon ab { $price }, je nach Variante.
    .screen = Schon ab { $price }
offer-from-2 = Je nach Variante ab { $price }.
    .screen = Ab { $price }

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Polski TikTok, na „ty”, mówione przez twórczynię / twórcę prosto do kamery; napisane dla Polski, nie
## przetłumaczone z angielskiego. Id, zmienne i selektory: locales/README.md.
##
## Gramatyka: $gender (m/f/n) i $number (sg/pl) pochodzą z facts.toml [types], gdy nazwa jest zbudowana
## z faktów ("lampka biurkowa ze ściemniaczem") albo jest samym słowem typu; wtedy $category to właśnie to
## słowo. Słowa z danych się nie odmieniają, więc { $category } stoi ZAWSZE w mianowniku: jako podmiot
## ("Ten kubek kosztuje…", "Te słuchawki kosztują…"), po "To jest / To są", po "Oto" albo po dwukropku.
## Nigdy w bierniku ("Poznaj tę lampkę": biernik rodzaju żeńskiego i męskożywotnego różni się od
## mianownika), dopełniaczu ani narzędniku. Zaimek wskazujący i czasownik uzgadniają się w wariantach
## [m] ten / [f] ta / [n] to / [pl] te (w liczbie mnogiej każde słowo typu jest niemęskoosobowe).
## Tytuł sprzedawcy ("Kubek Kiln niebieski") ma nieznany rodzaj: $gender/$number to wtedy "other", a każdy
## wybór ma *[other], który pasuje do KAŻDEJ nazwy: { $name } stoi po dwukropku, na początku zdania albo
## po "Oto" (market.toml bare_after), zawsze w mianowniku.
## Czas przeszły i tryb przypuszczający w 1. i 2. osobie zdradzają płeć ("znalazłam", "spodziewałeś się",
## "chciałabyś"): ich tu nie ma. Mówi się w czasie teraźniejszym i przyszłym ("mam", "zgarniesz",
## "skusisz się?"), a czas przeszły tylko w 3. osobie, uzgodniony z { $category } w wariancie.
## Liczby: $color_count wybiera kategorię CLDR ([one] 1 kolor, [few] 2-4, 22-24… kolory, [many] 5-21…
## kolorów, *[other] ułamki); gdzie liczba stoi bez wyboru, to po dwukropku albo w dopełniaczu
## ("Kolorów jest aż { $color_count }").
## {material} może być "złocenie" (wykończenie, nie materiał): stoi po dwukropku albo po "to".
##
## Claims: sceny korzyści buduje ctk z faktów (locales/pl/facts.toml). Linie tutaj nie twierdzą niczego, co
## musiałby wspierać fakt: bez popularności ("wszyscy to kupują", "hit TikToka"), bez "wygodny", "lekki",
## "na wyjazdy", bez nastroju ("przytulnie", "klimat"), bez ciepła, trwałości, szybkości, bez "najlepszy",
## bez obietnic zdrowotnych i ekologicznych, bez sztucznej presji czasu ("tylko dziś", "do wyczerpania
## zapasów"). Linia, która coś twierdzi, ma `.requires` z faktem, który ją wspiera.

# Hooki: pierwsze 3 s. Nie nazywają produktu (robi to intro zaraz potem), a opis zaczyna się od tekstu
# ekranowego hooka: dlatego ten nigdy nie kończy się dwukropkiem. Każdy głos bez {placeholder} ma najwyżej
# 40 znaków (2,7 s przy 15 znakach/s), liczonych tak, jak się mówi ("20%" to "20 procent"); $hook_fact to linia
# ekranowa z facts.toml ("Do 30 godzin pracy", "Sterowanie dotykowe", "Akumulator zamiast baterii"): stoi na
# początku, nigdy po dwukropku i nigdy sama z dopiskiem; pytanie + reakcja ("Sterowanie dotykowe? Dobrze
# wiedzieć.", nigdy obietnica dalszego ciągu: "Sprawdźmy to razem" — fakt już nie wraca) pasuje i do rzeczownika, i do wyrażenia. Reakcja na parametr to "warto wiedzieć / przydaje się /
# zobacz", nie zachwyt ("Biorę!", "Podoba mi się", "To coś dla mnie"): twórca nie piszczy nad specyfikacją. Bez "zobacz dokładnie", "pokażę ci z bliska": obrazy mogą być
# zastępcze. Bez "pytaliście" (popularność).
hook-2 = Muszę ci coś szybko pokazać.
    .screen = Muszę ci coś pokazać
hook-3 = Okej, to mnie zaskoczyło.
    .screen = Okej, to mnie zaskoczyło
hook-4 = Tego jeszcze u mnie nie było.
    .screen = Tego jeszcze nie było
hook-6 = Słuchaj, znasz to już?
    .screen = Znasz to już?
hook-7 = Okej, mam coś dla ciebie.
    .screen = Mam coś dla ciebie
hook-8 = To ląduje na mojej wishliście.
    .screen = Prosto na wishlistę
hook-9 = Stop! To musisz znać.
    .screen = Stop! To musisz znać
hook-10 = To dziś wpadło mi w ręce.
    .screen = To wpadło mi w ręce
hook-11 = Nie przewijaj, mam coś ciekawego.
    .screen = Nie przewijaj!
hook-18 = Zobacz, co dziś mam.
    .screen = Zobacz, co dziś mam
hook-19 = Sekunda, to warto znać.
    .screen = To warto znać
hook-20 = Mam dla ciebie szybki tip.
    .screen = Szybki tip dla ciebie
hook-21 = Daj mi dwie sekundy.
    .screen = Daj mi dwie sekundy
hook-12 = Teraz { $discount } taniej!
    .screen = Teraz { $discount } taniej!
    .requires = discount
hook-13 = Rabat { $discount }! Zostań do końca.
    .screen = Rabat { $discount }!
    .requires = discount
hook-14 = { $hook_fact }? Jeśli tego szukasz, dobrze trafiasz.
    .screen = { $hook_fact }?
    .requires = pitch
hook-16 = { $hook_fact }? Właśnie na to patrzę przy zakupach.
    .screen = { $hook_fact }?
    .requires = pitch
hook-17 = { $hook_fact }? To mnie od razu przekonało.
    .screen = { $hook_fact }?
    .requires = pitch

# Intro nazywa produkt zaraz po hooku: głos mówi zaimek wskazujący + { $category } w mianowniku (patrz
# wyżej), ekran pokazuje { $name }. Warianty group: pasują tylko do swojej grupy ("W mojej kosmetyczce" dla
# urody).
intro-1 = { $pack ->
        [0] { $number ->
            [pl] To są { $category } marki { $brand }.
           *[other] { $gender ->
                [m] To jest { $category } marki { $brand }.
                [f] To jest { $category } marki { $brand }.
                [n] To jest { $category } marki { $brand }.
               *[other] Mam dziś coś od marki { $brand }: { $name }.
            }
        }
       *[other] Mam dziś coś od marki { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $pack ->
        [0] { $number ->
            [pl] Tym razem marka { $brand }: te { $category }.
           *[other] { $gender ->
                [m] Tym razem marka { $brand }: ten { $category }.
                [f] Tym razem marka { $brand }: ta { $category }.
                [n] Tym razem marka { $brand }: to { $category }.
               *[other] Tym razem marka { $brand }: { $name }.
            }
        }
       *[other] Tym razem marka { $brand }: { $name }.
    }
    .screen = { $name }
    .requires = brand
intro-3 = { $pack ->
        [0] { $number ->
            [pl] Oto moje nowe { $category }, zaraz ci o nich opowiem.
           *[other] { $gender ->
                [m] Oto mój nowy { $category }, zaraz ci o nim opowiem.
                [f] Oto moja nowa { $category }, zaraz ci o niej opowiem.
                [n] Oto moje nowe { $category }, zaraz ci o nim opowiem.
               *[other] Dziś w roli głównej: { $name }.
            }
        }
       *[other] Dziś w roli głównej: { $name }.
    }
    .screen = { $name }
intro-4 = { $pack ->
        [0] { $number ->
            [pl] Dziś na tapecie te { $category }.
           *[other] { $gender ->
                [m] Dziś na tapecie ten { $category }.
                [f] Dziś na tapecie ta { $category }.
                [n] Dziś na tapecie to { $category }.
               *[other] Dziś na tapecie: { $name }.
            }
        }
       *[other] Dziś na tapecie: { $name }.
    }
    .screen = { $name }
intro-5 = { $pack ->
        [0] { $number ->
            [pl] Moje odkrycie tygodnia: te { $category }.
           *[other] { $gender ->
                [m] Moje odkrycie tygodnia: ten { $category }.
                [f] Moje odkrycie tygodnia: ta { $category }.
                [n] Moje odkrycie tygodnia: to { $category }.
               *[other] Moje odkrycie tygodnia: { $name }.
            }
        }
       *[other] Moje odkrycie tygodnia: { $name }.
    }
    .screen = { $name }
intro-6 = { $pack ->
        [0] { $number ->
            [pl] Moje dzisiejsze znalezisko: te { $category }.
           *[other] { $gender ->
                [m] Moje dzisiejsze znalezisko: ten { $category }.
                [f] Moje dzisiejsze znalezisko: ta { $category }.
                [n] Moje dzisiejsze znalezisko: to { $category }.
               *[other] Moje dzisiejsze znalezisko: { $name }.
            }
        }
       *[other] Moje dzisiejsze znalezisko: { $name }.
    }
    .screen = { $name }
intro-7 = { $pack ->
        [0] { $number ->
            [pl] Nowość w mojej szafie: te { $category }.
           *[other] { $gender ->
                [m] Nowość w mojej szafie: ten { $category }.
                [f] Nowość w mojej szafie: ta { $category }.
                [n] Nowość w mojej szafie: to { $category }.
               *[other] Nowość w mojej szafie: { $name }.
            }
        }
       *[other] Nowość w mojej szafie: { $name }.
    }
    .screen = { $name }
    .requires = group:apparel !attr:age_range
intro-11 = { $pack ->
        [0] { $number ->
            [pl] Patrz, co dziś mam: te { $category }.
           *[other] { $gender ->
                [m] Patrz, co dziś mam: ten { $category }.
                [f] Patrz, co dziś mam: ta { $category }.
                [n] Patrz, co dziś mam: to { $category }.
               *[other] Patrz, co dziś mam: { $name }.
            }
        }
       *[other] Patrz, co mam: { $name }.
    }
    .screen = { $name }
intro-12 = { $pack ->
        [0] { $number ->
            [pl] Co my tu mamy? Te { $category }.
           *[other] { $gender ->
                [m] Co my tu mamy? Ten { $category }.
                [f] Co my tu mamy? Ta { $category }.
                [n] Co my tu mamy? To { $category }.
               *[other] Co my tu mamy? Oto { $name }.
            }
        }
       *[other] Co my tu mamy? Oto { $name }.
    }
    .screen = { $name }
intro-13 = { $pack ->
        [0] { $number ->
            [pl] Wjeżdża nowość: te { $category }.
           *[other] { $gender ->
                [m] Wjeżdża nowość: ten { $category }.
                [f] Wjeżdża nowość: ta { $category }.
                [n] Wjeżdża nowość: to { $category }.
               *[other] Wjeżdża nowość: { $name }.
            }
        }
       *[other] Wjeżdża nowość: { $name }.
    }
    .screen = { $name }
intro-19 = { $pack ->
        [0] { $number ->
            [pl] Dziś sprawdzamy, jak wypadają te { $category }.
           *[other] { $gender ->
                [m] Dziś sprawdzamy, jak wypada ten { $category }.
                [f] Dziś sprawdzamy, jak wypada ta { $category }.
                [n] Dziś sprawdzamy, jak wypada to { $category }.
               *[other] Dziś sprawdzamy, jak wypada { $name }.
            }
        }
       *[other] Dziś sprawdzamy, jak wypada { $name }.
    }
    .screen = { $name }
intro-15 = { $pack ->
        [0] { $number ->
            [pl] Dziś pod lupą: te { $category }.
           *[other] { $gender ->
                [m] Dziś pod lupą: ten { $category }.
                [f] Dziś pod lupą: ta { $category }.
                [n] Dziś pod lupą: to { $category }.
               *[other] Dziś pod lupą: { $name }.
            }
        }
       *[other] Dziś pod lupą: { $name }.
    }
    .screen = { $name }
intro-16 = { $pack ->
        [0] { $number ->
            [pl] Krótko i konkretnie: te { $category }.
           *[other] { $gender ->
                [m] Krótko i konkretnie: ten { $category }.
                [f] Krótko i konkretnie: ta { $category }.
                [n] Krótko i konkretnie: to { $category }.
               *[other] Krótko i konkretnie: { $name }.
            }
        }
       *[other] Krótko i konkretnie: { $name }.
    }
    .screen = { $name }
intro-20 = { $pack ->
        [0] { $number ->
            [pl] Zobacz, co dziś mam: te { $category }.
           *[other] { $gender ->
                [m] Zobacz, co dziś mam: ten { $category }.
                [f] Zobacz, co dziś mam: ta { $category }.
                [n] Zobacz, co dziś mam: to { $category }.
               *[other] Zobacz, co dziś mam: { $name }.
            }
        }
       *[other] Zobacz, co dziś mam: { $name }.
    }
    .screen = { $name }
intro-21 = { $pack ->
        [0] { $number ->
            [pl] Prosto do rzeczy: oto { $category }.
           *[other] { $gender ->
                [m] Prosto do rzeczy: oto { $category }.
                [f] Prosto do rzeczy: oto { $category }.
                [n] Prosto do rzeczy: oto { $category }.
               *[other] Prosto do rzeczy: { $name }.
            }
        }
       *[other] Prosto do rzeczy: { $name }.
    }
    .screen = { $name }
intro-14 = Bohater dzisiejszego filmiku: { $name }.
    .screen = { $name }
intro-17 = { $pack ->
        [0] { $number ->
            [pl] Kolejna rzecz z mojej listy: te { $category }.
           *[other] { $gender ->
                [m] Kolejna rzecz z mojej listy: ten { $category }.
                [f] Kolejna rzecz z mojej listy: ta { $category }.
                [n] Kolejna rzecz z mojej listy: to { $category }.
               *[other] Kolejna rzecz z mojej listy: { $name }.
            }
        }
       *[other] Kolejna rzecz z mojej listy: { $name }.
    }
    .screen = { $name }
intro-18 = { $pack ->
        [0] { $number ->
            [pl] Dziś u mnie te { $category }. Od razu konkrety.
           *[other] { $gender ->
                [m] Dziś u mnie ten { $category }. Od razu konkrety.
                [f] Dziś u mnie ta { $category }. Od razu konkrety.
                [n] Dziś u mnie to { $category }. Od razu konkrety.
               *[other] Dziś u mnie: { $name }. Od razu konkrety.
            }
        }
       *[other] Dziś u mnie: { $name }. Od razu konkrety.
    }
    .screen = { $name }
intro-8 = { $pack ->
        [0] { $number ->
            [pl] Nowość w mojej kosmetyczce: te { $category }.
           *[other] { $gender ->
                [m] Nowość w mojej kosmetyczce: ten { $category }.
                [f] Nowość w mojej kosmetyczce: ta { $category }.
                [n] Nowość w mojej kosmetyczce: to { $category }.
               *[other] Nowość w mojej kosmetyczce: { $name }.
            }
        }
       *[other] Nowość w mojej kosmetyczce: { $name }.
    }
    .screen = { $name }
    .requires = group:beauty
intro-9 = { $pack ->
        [0] { $number ->
            [pl] Nowość u mnie w domu: te { $category }.
           *[other] { $gender ->
                [m] Nowość u mnie w domu: ten { $category }.
                [f] Nowość u mnie w domu: ta { $category }.
                [n] Nowość u mnie w domu: to { $category }.
               *[other] Nowość u mnie w domu: { $name }.
            }
        }
       *[other] Nowość u mnie w domu: { $name }.
    }
    .screen = { $name }
    .requires = group:home
intro-10 = { $pack ->
        [0] { $number ->
            [pl] Dziś testuję: te { $category }.
           *[other] { $gender ->
                [m] Dziś testuję: ten { $category }.
                [f] Dziś testuję: ta { $category }.
                [n] Dziś testuję: to { $category }.
               *[other] Dziś testuję: { $name }.
            }
        }
       *[other] Dziś testuję: { $name }.
    }
    .screen = { $name }
    .requires = group:food

# Materiał: "Materiał to len.", nigdy "z lnu" (dopełniacza dane nie znają). "złocenie" to wykończenie:
# stoi po dwukropku ("Wykończenie: złocenie"), a linie materiałowe z facts.toml mają dla niego własne słowa.
benefit-material-1 = Materiał? { $material }.
    .screen = Materiał: { $material }
benefit-material-2 = Tu liczy się materiał: { $material }.
    .screen = Materiał: { $material }

# Kolory: wybór mówi $colors_or ("czarny lub biały"), wyliczenie $colors; gdzie pada liczba, $color_count
# wybiera formę liczby mnogiej (one / few / many).
benefit-colors-1 = Dostępne kolory to { $colors }.
    .screen = Kolory: { $colors }
benefit-colors-2 = Który kolor bierzesz? Do wyboru: { $colors_or }.
    .screen = Do wyboru: { $colors_or }
benefit-colors-3 = { $color_count ->
        [one] Jeden kolor: { $colors }.
        [2] Dwa kolory do wyboru: { $colors }.
        [3] Trzy kolory do wyboru: { $colors }.
        [4] Cztery kolory do wyboru: { $colors }.
        [5] Pięć kolorów do wyboru: { $colors }.
        [few] { $color_count } kolory do wyboru: { $colors }.
        [many] { $color_count } kolorów do wyboru: { $colors }.
       *[other] Kolory do wyboru: { $colors }.
    }
    .screen = { $color_count ->
        [one] Kolor: { $colors }
        [few] { $color_count } kolory: { $colors }
        [many] { $color_count } kolorów: { $colors }
       *[other] Kolory: { $colors }
    }
# Liczba kolorów w bierniku ("masz do wyboru dwa kolory"): biernik nieżywotny = mianownik, więc lista po
# dwukropku się zgadza ("dwa kolory: czarny i biały"); nigdy "w dwóch kolorach: czarny" (miejscownik).
benefit-colors-4 = { $color_count ->
        [2] Masz do wyboru dwa kolory: { $colors }.
        [3] Masz do wyboru trzy kolory: { $colors }.
        [4] Masz do wyboru cztery kolory: { $colors }.
        [few] Masz do wyboru { $color_count } kolory: { $colors }.
       *[other] Kolory, które masz do wyboru: { $colors }.
    }
    .screen = Dostępne kolory: { $colors }
benefit-colors-8 = Kolory do wyboru: { $colors }.
    .screen = Dostępne: { $colors }
    .requires = !many_colors
benefit-colors-5 = Do wyboru: { $colors_or }. Napisz w komentarzu, który jest twój.
    .screen = Twój kolor: { $colors_or }?
# Więcej niż pięć kolorów: liczone, nie czytane (.requires = many_colors), także na ekranie.
benefit-colors-6 = { $color_count ->
        [few] Aż { $color_count } kolory, na pewno znajdziesz swój.
        [many] Aż { $color_count } kolorów, na pewno znajdziesz swój.
       *[other] Masa kolorów, na pewno znajdziesz swój.
    }
    .screen = { $color_count ->
        [few] { $color_count } kolory do wyboru
        [many] { $color_count } kolorów do wyboru
       *[other] Masa kolorów do wyboru
    }
    .requires = many_colors
benefit-colors-7 = Kolorów jest aż { $color_count }. Który wybierasz?
    .screen = Kolory do wyboru: { $color_count }
    .requires = many_colors

benefit-sizes-1 = Dostępne rozmiary: { $sizes }.
    .screen = Rozmiary: { $sizes }
benefit-sizes-2 = Wybierasz rozmiar: { $sizes }.
    .screen = Rozmiary: { $sizes }
    .requires = !attr:age_range
benefit-sizes-3 = { $pack ->
        [0] { $number ->
            [pl] Są dostępne w rozmiarach { $sizes }.
           *[other] { $gender ->
                [m] Jest dostępny w rozmiarach { $sizes }.
                [f] Jest dostępna w rozmiarach { $sizes }.
                [n] Jest dostępne w rozmiarach { $sizes }.
               *[other] Do wyboru rozmiary: { $sizes }.
            }
        }
       *[other] Zestaw jest dostępny w rozmiarach { $sizes }.
    }
    .screen = Rozmiary: { $sizes }
    .requires = typed
benefit-sizes-4 = Jaki rozmiar nosisz? Dostępne rozmiary: { $sizes }.
    .screen = Rozmiary do wyboru: { $sizes }
    .requires = group:apparel !attr:age_range

# Gdy produkt nie ma żadnego faktu do powiedzenia: linia nie twierdzi niczego, co wymagałoby faktu, i nie jest
# drugim wezwaniem do działania ("Szczegóły w sklepie" przed "Link w koszyku"): to pytanie do widzów.
benefit-generic-1 = Dla siebie czy na prezent? Daj znać w komentarzu.
    .screen = Dla siebie czy na prezent?
benefit-generic-2 = Skusisz się? Napisz mi w komentarzu.
    .screen = Skusisz się?
benefit-generic-3 = Co o tym myślisz? Pisz w komentarzu.
    .screen = Co o tym myślisz?
benefit-generic-4 = { $pack ->
        [0] { $number ->
            [pl] Jak ci się podobają te { $category }? Daj znać w komentarzu.
           *[other] { $gender ->
                [m] Jak ci się podoba ten { $category }? Daj znać w komentarzu.
                [f] Jak ci się podoba ta { $category }? Daj znać w komentarzu.
                [n] Jak ci się podoba to { $category }? Daj znać w komentarzu.
               *[other] Jak ci się podoba? Daj znać w komentarzu.
            }
        }
       *[other] Jak ci się podoba ten zestaw? Daj znać w komentarzu.
    }
    .screen = Jak ci się podoba?
    .requires = typed !type:supplement

# Korzyści grup (benefit-<grupa>-…): linie bez faktu zostają ogólne; co coś twierdzi, ma .requires.
# Ubrania się nosi i zestawia, nie "używa".
benefit-apparel-1 = Z czym to zestawisz? Daj znać w komentarzu.
    .screen = Z czym to zestawisz?
benefit-apparel-2 = Na co dzień czy na wyjście? Ty decydujesz.
    .screen = Na co dzień czy na wyjście?
benefit-apparel-3 = Elegancko czy na luzie? Zestawiasz, jak chcesz.
    .screen = Elegancko czy na luzie?
benefit-beauty-1 = Skusisz się? Daj znać w komentarzu.
    .screen = Skusisz się?
benefit-beauty-2 = Lubisz lekkie konsystencje? Ta jest właśnie lekka.
    .screen = Lekka konsystencja
    .requires = feature:lightweight_texture
benefit-beauty-3 = Nowy kandydat do twojej kosmetyczki.
    .screen = Do twojej kosmetyczki
benefit-home-1 = Już wiem, gdzie to u mnie trafi.
    .screen = Już wiem, gdzie to trafi
benefit-home-2 = Wieczorem przyciemniasz i od razu robi się przytulnie.
    .screen = Wieczorem przyciemniasz
    .requires = feature:dimmable
benefit-home-3 = Widzisz to u siebie? Daj znać w komentarzu.
    .screen = Widzisz to u siebie?
benefit-home-4 = Czy to coś dla ciebie? Napisz w komentarzu.
    .screen = Coś dla ciebie?
benefit-home-5 = Co o tym sądzisz? Daj znać w komentarzu.
    .screen = Co o tym sądzisz?
benefit-electronics-1 = Wyjmujesz z pudełka, podłączasz i działa.
    .screen = Podłączasz i działa
    .requires = feature:plug_and_play
benefit-electronics-2 = Do czego tego użyjesz? Napisz w komentarzu.
    .screen = Do czego tego użyjesz?
benefit-electronics-3 = Lubisz gadżety? To daj znać, co o tym myślisz.
    .screen = Co o tym myślisz?
benefit-gifts-1 = Może to właśnie pomysł na twój następny prezent.
    .screen = Pomysł na następny prezent
benefit-gifts-2 = Urodziny, podziękowanie czy święta: prezent z głowy.
    .screen = Prezent z głowy
benefit-gifts-3 = Dla kogoś ważnego albo po prostu dla siebie.
    .screen = Dla kogoś albo dla siebie
benefit-gifts-4 = Sprawdzi się jako prezent, ale i dla ciebie.
    .screen = Na prezent albo dla siebie
benefit-gifts-5 = Komu to podarujesz? Napisz w komentarzu.
    .screen = Komu to podarujesz?
benefit-accessories-1 = Dla siebie czy na prezent? Napisz w komentarzu.
    .screen = Dla siebie czy na prezent?
benefit-accessories-2 = Do jakiej stylizacji to dobierzesz? Napisz mi.
    .screen = Do jakiej stylizacji?
benefit-jewelry-1 = Solo czy w duecie z inną biżuterią? Ty decydujesz.
    .screen = Solo czy w duecie?
benefit-jewelry-2 = Dla siebie czy na prezent? Daj znać w komentarzu.
    .screen = Dla siebie czy na prezent?
benefit-toys-1 = O kim myślisz, patrząc na to? Napisz w komentarzu.
    .screen = O kim myślisz?
benefit-toys-2 = No i jak, co o tym myślisz?
    .screen = I jak, co myślisz?
benefit-food-1 = Spróbujesz? Napisz w komentarzu.
    .screen = Spróbujesz?
benefit-food-2 = Spróbuj i daj znać, jak smakuje.
    .screen = Spróbuj i daj znać
    .requires = !type:supplement
benefit-pets-1 = Co na to twój zwierzak? Daj znać w komentarzu.
    .screen = Co na to twój zwierzak?
benefit-pets-2 = Coś z myślą o twoim pupilu.
    .screen = Z myślą o twoim pupilu
benefit-baby-1 = Dla twojego maluszka czy na prezent? Daj znać w komentarzu.
    .screen = Dla maluszka czy na prezent?
benefit-baby-2 = Coś z myślą o najmłodszych.
    .screen = Z myślą o najmłodszych
benefit-sports-1 = Dorzucasz do swojego treningu? Daj znać w komentarzu.
    .screen = Do twojego treningu?
benefit-sports-2 = I jak, dajesz się przekonać?
    .screen = Dajesz się przekonać?

# Cena: "tylko" tylko tam, gdzie mówi liczba; bez "najtaniej", "najniższa cena", "cena nie do pobicia".
offer-1 = A cena? { $price }.
    .screen = Cena: { $price }
offer-2 = Do zgarnięcia za { $price }.
    .screen = { $price }
offer-3 = { $pack ->
        [0] { $number ->
            [pl] Zgarniesz je za { $price }.
           *[other] { $gender ->
                [m] Zgarniesz go za { $price }.
                [f] Zgarniesz ją za { $price }.
                [n] Zgarniesz je za { $price }.
               *[other] Zgarniesz to za { $price }.
            }
        }
       *[other] Cały zestaw zgarniesz za { $price }.
    }
    .screen = Za { $price }
    .requires = !type:supplement
offer-4 = { $pack ->
        [0] { $number ->
            [pl] Te { $category } kosztują { $price }.
           *[other] { $gender ->
                [m] Ten { $category } kosztuje { $price }.
                [f] Ta { $category } kosztuje { $price }.
                [n] To { $category } kosztuje { $price }.
               *[other] Cena to { $price }.
            }
        }
       *[other] Cały zestaw kosztuje { $price }.
    }
    .screen = { $price }
    .requires = typed !type:supplement
offer-5 = Ile to kosztuje? { $price }.
    .screen = Koszt: { $price }
offer-6 = Cenowo wychodzi { $price }.
    .screen = Cena: { $price }
offer-7 = Płacisz { $price }.
    .screen = Płacisz { $price }
offer-8 = Cena to { $price }.
    .screen = { $price } w koszyku
offer-10 = Na metce { $price }.
    .screen = Na metce: { $price }
offer-11 = Kosztuje to { $price }.
    .screen = Cena { $price }
offer-12 = Cenka? { $price }.
    .screen = Cenka: { $price }
# Suplement (też żelki): jedno opakowanie, nigdy "zestaw" ani "komplet".
offer-9 = Całe opakowanie kosztuje { $price }.
    .screen = Opakowanie: { $price }
    .requires = type:supplement

offer-discount-1 = Teraz za { $price } zamiast { $old_price }.
    .screen = { $price } zamiast { $old_price }
offer-discount-2 = W promocji: { $price } zamiast { $old_price }.
    .screen = Promocja: { $price } zamiast { $old_price }
offer-discount-3 = Minus { $discount }, czyli tylko { $price }.
    .screen = Minus { $discount }: { $price }
offer-discount-4 = { $pack ->
        [0] { $number ->
            [pl] Te { $category } teraz za { $price } zamiast { $old_price }.
           *[other] { $gender ->
                [m] Ten { $category } teraz za { $price } zamiast { $old_price }.
                [f] Ta { $category } teraz za { $price } zamiast { $old_price }.
                [n] To { $category } teraz za { $price } zamiast { $old_price }.
               *[other] Zamiast { $old_price } płacisz teraz { $price }.
            }
        }
       *[other] Cały zestaw teraz za { $price } zamiast { $old_price }.
    }
    .screen = { $price } zamiast { $old_price }
    .requires = typed !type:supplement
offer-discount-5 = Zamiast { $old_price } płacisz tylko { $price }.
    .screen = Tylko { $price } zamiast { $old_price }

# CTA: link jest w pomarańczowym koszyku filmiku. Bez presji czasu ("szybko, zanim zniknie").
# Każde CTA wskazuje drogę do produktu (koszyk); samo "zapisz" / "obserwuj" najwyżej raz.
cta-1 = Kliknij koszyk na dole i zgarnij.
    .screen = Kliknij koszyk
cta-2 = Link znajdziesz w koszyku na dole.
    .screen = Link w koszyku
cta-3 = Sprawdź w sklepie, link jest w koszyku.
    .screen = Sprawdź w sklepie
cta-4 = Wszystkie szczegóły w sklepie, kliknij koszyk.
    .screen = Szczegóły w sklepie
cta-5 = Podoba ci się? To prosto do koszyka.
    .screen = Dodaj do koszyka
cta-6 = Zapisz sobie ten filmik, link jest w koszyku.
    .screen = Zapisz · link w koszyku
cta-7 = { $pack ->
        [0] { $number ->
            [pl] Czekają na ciebie w koszyku na dole.
           *[other] { $gender ->
                [m] Czeka na ciebie w koszyku na dole.
                [f] Czeka na ciebie w koszyku na dole.
                [n] Czeka na ciebie w koszyku na dole.
               *[other] Wszystko czeka w koszyku na dole.
            }
        }
       *[other] Cały zestaw czeka w koszyku na dole.
    }
    .screen = Na dole, w koszyku
    .requires = typed !type:supplement
cta-8 = Zgarnij przez koszyk na dole filmiku.
    .screen = Zgarnij w koszyku
cta-9 = Dodaj do koszyka, zanim zapomnisz.
    .screen = Dodaj do koszyka
cta-10 = Pomarańczowy koszyk na dole: tam wszystko znajdziesz.
    .screen = Pomarańczowy koszyk na dole
cta-11 = Chcesz to mieć? Zajrzyj do koszyka na dole.
    .screen = Zajrzyj do koszyka
cta-12 = Więcej szczegółów znajdziesz w koszyku.
    .screen = Więcej w koszyku
cta-13 = Jeden klik w koszyk i gotowe.
    .screen = Jeden klik w koszyk

# Opisy: { $hook_line } to tekst ekranowy wybranego hooka (kończy się kropką, pytajnikiem albo wykrzyknikiem).
# Emoji są tylko ozdobą: tekst reklamy je pomija, więc każda część kończy się własnym znakiem interpunkcyjnym.
# Warianty [pl]/[m]/[f]/[n] mówią zaimek + { $category }; *[other] stawia { $name } po dwukropku albo na
# początku zdania.
caption-1 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 👉 Te { $category } marki { $brand } w cenie { $price }. Link w koszyku. 🛒
           *[other] { $gender ->
                [m] 👉 Ten { $category } marki { $brand } w cenie { $price }. Link w koszyku. 🛒
                [f] 👉 Ta { $category } marki { $brand } w cenie { $price }. Link w koszyku. 🛒
                [n] 👉 To { $category } marki { $brand } w cenie { $price }. Link w koszyku. 🛒
               *[other] 👉 { $brand }: { $name }, w cenie { $price }. Link w koszyku. 🛒
            }
        }
       *[other] 👉 Cały zestaw marki { $brand } w cenie { $price }. Link w koszyku. 🛒
    }
    .requires = brand !type:supplement
caption-2 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] ✨ Te { $category } za { $price } czekają w koszyku. 🛒
           *[other] { $gender ->
                [m] ✨ Ten { $category } za { $price } czeka w koszyku. 🛒
                [f] ✨ Ta { $category } za { $price } czeka w koszyku. 🛒
                [n] ✨ To { $category } za { $price } czeka w koszyku. 🛒
               *[other] ✨ Za { $price }: { $name }. Kliknij koszyk. 🛒
            }
        }
       *[other] ✨ Cały zestaw za { $price } czeka w koszyku. 🛒
    }
    .requires = !type:supplement
caption-3 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 🛒 Za { $price } te { $category } mogą być twoje. Dodaj do koszyka!
           *[other] { $gender ->
                [m] 🛒 Za { $price } ten { $category } może być twój. Dodaj do koszyka!
                [f] 🛒 Za { $price } ta { $category } może być twoja. Dodaj do koszyka!
                [n] 🛒 Za { $price } to { $category } może być twoje. Dodaj do koszyka!
               *[other] 🛒 Moje znalezisko za { $price }: { $name }. Dodaj do koszyka!
            }
        }
       *[other] 🛒 Za { $price } cały zestaw może być twój. Dodaj do koszyka!
    }
    .requires = !type:supplement
caption-4 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 💬 Jak ci się podobają te { $category }? Są za { $price }, link w koszyku.
           *[other] { $gender ->
                [m] 💬 Jak ci się podoba ten { $category }? Jest za { $price }, link w koszyku.
                [f] 💬 Jak ci się podoba ta { $category }? Jest za { $price }, link w koszyku.
                [n] 💬 Jak ci się podoba to { $category }? Jest za { $price }, link w koszyku.
               *[other] 💬 Jak ci się podoba? { $name } za { $price }, link w koszyku.
            }
        }
       *[other] 💬 Jak ci się podoba ten zestaw? Całość za { $price }, link w koszyku.
    }
    .requires = !type:supplement
caption-5 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 🛒 Te { $category } kosztują { $price }, link w koszyku.
           *[other] { $gender ->
                [m] 🛒 Ten { $category } kosztuje { $price }, link w koszyku.
                [f] 🛒 Ta { $category } kosztuje { $price }, link w koszyku.
                [n] 🛒 To { $category } kosztuje { $price }, link w koszyku.
               *[other] 🛒 W sklepie za { $price }: { $name }. Link w koszyku!
            }
        }
       *[other] 🛒 Cały zestaw kosztuje { $price }, link w koszyku.
    }
    .requires = !type:supplement
# Warianty w różnych cenach (.requires = from): cena to cena "od". Wtedy wybierane są tylko te opisy, więc
# pasują do każdego produktu (bez .requires = brand).
caption-6 = { $hook_line } { $pack ->
        [0] { $number ->
            [pl] 👉 Te { $category } już od { $price }, zależnie od wariantu. Link w koszyku. 🛒
           *[other] { $gender ->
                [m] 👉 Ten { $category } już od { $price }, zależnie od wariantu. Link w koszyku. 🛒
                [f] 👉 Ta { $category } już od { $price }, zależnie od wariantu. Link w koszyku. 🛒
                [n] 👉 To { $category } już od { $price }, zależnie od wariantu. Link w koszyku. 🛒
               *[other] 👉 Zależnie od wariantu już od { $price }: { $name }. Link w koszyku. 🛒
            }
        }
       *[other] 👉 Cały zestaw już od { $price }, zależnie od wariantu. Link w koszyku. 🛒
    }
    .requires = from !type:supplement
caption-7 = { $hook_line } 🛒 Zależnie od wariantu już od { $price }. Który bierzesz? Link w koszyku.
    .requires = from
# Suplementy i żelki: opakowanie, a nie "cały zestaw" (tamte opisy mają !type:supplement).
caption-9 = { $hook_line } { $number ->
        [pl] ✨ Te { $category } za { $price } czekają w koszyku. 🛒
       *[other] { $gender ->
            [m] ✨ Ten { $category } za { $price } czeka w koszyku. 🛒
            [f] ✨ Ta { $category } za { $price } czeka w koszyku. 🛒
            [n] ✨ To { $category } za { $price } czeka w koszyku. 🛒
           *[other] ✨ Za { $price }: { $name }. Kliknij koszyk. 🛒
        }
    }
    .requires = type:supplement
caption-10 = { $hook_line } 🛒 Całe opakowanie za { $price }, link w koszyku.
    .requires = type:supplement
caption-11 = { $hook_line } { $number ->
        [pl] 👉 Te { $category } kosztują { $price }. Link w koszyku. 🛒
       *[other] { $gender ->
            [m] 👉 Ten { $category } kosztuje { $price }. Link w koszyku. 🛒
            [f] 👉 Ta { $category } kosztuje { $price }. Link w koszyku. 🛒
            [n] 👉 To { $category } kosztuje { $price }. Link w koszyku. 🛒
           *[other] 👉 W sklepie za { $price }: { $name }. Link w koszyku!
        }
    }
    .requires = type:supplement
caption-12 = { $hook_line } 👉 Opakowanie już od { $price }, zależnie od wariantu. Link w koszyku. 🛒
    .requires = from type:supplement
# Bez nazwy: dla produktu, który ctk zna tylko po słowie grupy ("uroda" to nie nazwa).
caption-8 = { $hook_line } 💬 Co o tym myślisz? Za { $price } może być twoje, link w koszyku. 🛒

hashtags = #TikTokShop #dlaciebie #zakupy #fyp
label-sale = PROMOCJA
label-new = NOWOŚĆ
label-price_from = od { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Dotyczy wybranych wariantów.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = Już od { $price }, zależnie od wariantu.
    .screen = Już od { $price }
offer-from-2 = Od { $price }, w zależności od wersji.
    .screen = Od { $price }

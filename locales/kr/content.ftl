# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Korean (ko-KR). Every line is written for this market, not translated.
## Voice: 해요체 throughout (-요 endings, -세요 for requests): a warm creator talking to one viewer, like a
## friend recommending something; no 반말, no stiff 합니다체. Screens may end in a noun (명사형 종결);
## loanwords are normal for fashion and beauty (컬러, 핏, 루틴, 데일리).
## What the lines rely on:
## - { $name } is the product's name: built from facts ("면 10켤레 세트 양말") or the seller's own title.
##   A particle after a placeholder depends on its final sound (받침), so it is never written by hand: ask
##   for it with JOSA, which reads the last sound (a final digit or Latin letter the Korean way: "LED를",
##   "30ml를", "iPhone을"): { JOSA($name, "을/를") }, "이/가", "은/는", "과/와", "으로/로", "이에요/예요",
##   "이랑/랑", "이나/나", "이라서/라서". Prices end in 원 or a digit, so JOSA($price, …) is safe too.
## - $material, $colors, $colors_or, $sizes, $category and $hook_fact may end in "%", a symbol or a verb
##   ("100%", "좋아요"): no particle follows them, only a comma, a colon, a space, a noun (소재, 컬러) or a
##   particle that fits any word (의, 도, 에, 부터, 중에서).
## - { $counter } is the type's counter (켤레, 장, 매, 벌...): facts.toml quantity lines say it ("10켤레 구성");
##   the lines here do not count the product.
## - { $color_count } is said as 〇가지. Korean has a single plural category, so a line that needs "둘 중에"
##   (two) selects the exact number [2], with *[other] for any count.
## - No number 4 (사) anywhere (market.toml [culture]): a line that would say it is passed over when another
##   fits, so every section keeps lines without numbers.
## - No claim a fact does not support: no 최고/1위, no popularity (인기, 완판, 핫템, 입소문), no "나를 위한
##   선물" (treat yourself). Lightness, portability, mood, comfort, warmth, durability, speed and easy set-up
##   only on lines whose `.requires` names the supporting fact (facts.toml [claims] lists the words).

# Hooks: the first 3 seconds. The voice is one short line said in under 2.7 s (<= 20 characters at 7.5 per
# second, spaces and punctuation included; a longer one is passed over); the screen is the line drawn big,
# and it also opens the caption. A hook never names the product or its category (the intro does, right
# after): it is a reaction, a direct address, the discount, or the product's first selling point.
# {hook_fact} is that selling point's screen line ("최대 60시간 사용", "긴 지속력", "커버 분리 가능"): facts.toml
# writes them as noun phrases, but a line still never puts one in a noun slot ("포인트는 바로, …"): it opens
# the line, a comma sets it off, and a whole 해요체 reaction that fits any fact follows ("…, 이게 포인트예요!"),
# so a noun phrase and a predicate ("통기성 좋아요") both read right, no particle follows it and the spoken line
# never ends on a bare noun ("여기 주목! 최대 5시간 사용!" sounds clumsy). The frame states the fact; it never
# promises to show or explain it ("…? 여기 있어요!"): the benefits do not say it again. No label opens a hook ("핵심 포인트!"): nothing has been shown yet.
hook-1 = 잠깐만요, 이거 보고 가세요!
    .screen = 이거 보고 가세요!
hook-2 = 스크롤 멈추고 3초만 주세요!
    .screen = 스크롤 멈추고 3초만!
hook-3 = 이런 거 찾고 있었죠?
    .screen = 이런 거 찾고 있었죠?
hook-4 = 혹시 이거 보셨어요?
    .screen = 이거 보셨어요?
hook-5 = 보자마자 장바구니 담을 뻔했어요.
    .screen = 보자마자 장바구니 직행할 뻔
hook-6 = 오늘의 추천템, 공개할게요!
    .screen = 오늘의 추천템 공개
hook-7 = 이건 끝까지 봐 주세요!
    .screen = 끝까지 봐 주세요
hook-8 = 지금 { $discount } 할인 중이에요!
    .screen = 지금 { $discount } 할인 중
    .requires = discount
hook-9 = 무려 { $discount } 할인이에요!
    .screen = 무려 { $discount } 할인!
    .requires = discount
hook-10 = 포인트는 바로 { JOSA($hook_fact, "이에요/예요") }!
    .screen = 포인트는 바로 { $hook_fact }
    .requires = pitch
hook-11 = { $hook_fact }, 이거 꼭 체크하세요!
    .screen = { $hook_fact } 꼭 체크!
    .requires = pitch
hook-12 = 이 제품의 핵심은 { $hook_fact }!
    .screen = 핵심은 { $hook_fact }
    .requires = pitch
hook-13 = 이건 그냥 넘기지 마세요!
    .screen = 그냥 넘기지 마세요
hook-14 = 오늘 소개할 거, 잠깐만 봐 주세요.
    .screen = 잠깐만 봐 주세요
hook-15 = 요즘 눈여겨보던 거 가져왔어요.
    .screen = 눈여겨보던 거 가져왔어요
hook-16 = 이거 아는 사람, 손 들어 주세요!
    .screen = 이거 아는 사람 손!
hook-17 = 오늘도 하나 가져왔어요!
    .screen = 오늘 가져온 건?

# Intros name the product right after the hook (or a festival greeting), so none refers back to the hook;
# the particle after the name comes from JOSA.
intro-1 = 오늘 소개할 건 { $brand }의 { JOSA($name, "이에요/예요") }.
    .screen = { $name }
    .requires = brand
intro-2 = { $brand }에서 나온 { JOSA($name, "을/를") } 소개할게요.
    .screen = { $name }
    .requires = brand
intro-3 = 오늘 가져온 건 { JOSA($name, "이에요/예요") }.
    .screen = { $name }
intro-4 = 지금부터 { JOSA($name, "을/를") } 소개해 드릴게요.
    .screen = { $name }
intro-5 = 소개할 제품은 바로 { JOSA($name, "이에요/예요") }!
    .screen = { $name }
intro-6 = 오늘의 주인공은 { JOSA($name, "이에요/예요") }!
    .screen = { $name }
intro-7 = 이번에 소개할 아이템은 { JOSA($name, "이에요/예요") }.
    .screen = { $name }
intro-8 = 오늘 추천하고 싶은 건 { JOSA($name, "이에요/예요") }.
    .screen = { $name }

# The images may be placeholders: no line promises a close-up or points at what the clip shows
# (가까이 보여 드릴게요, 자세히 보여 드릴게요, 같이 볼게요).
# { $material } may carry a share ("실크 100%"): a comma or the noun 소재 follows it, never a particle.
benefit-material-1 = 소재 궁금하셨죠? { $material } 소재예요.
    .screen = 소재: { $material }
benefit-material-2 = { $material } 소재로 만들었어요.
    .screen = { $material } 소재
benefit-material-3 = 소재는 { $material }, 이 부분도 눈여겨봐 주세요.
    .screen = { $material } 소재

# Colours are counted, not listed: Babel joins Korean lists with 및 ("블랙 및 브라운") or 또는 ("블랙 또는
# 브라운"), written-document words a creator never says or writes, so neither { $colors } nor { $colors_or }
# is used; the options show the names. The count is said as 〇가지; a line without a number ([2] is written
# 두 가지) keeps a count with 4 out of the copy.
benefit-colors-1 = 컬러는 { $color_count }가지 중에서 골라 보세요.
    .screen = { $color_count }가지 컬러
benefit-colors-2 = { $color_count ->
        [2] 두 가지 컬러, 어떤 게 더 끌리세요?
       *[other] 마음에 드는 컬러로 골라 보세요.
    }
    .screen = { $color_count ->
        [2] 두 가지 컬러
       *[other] 원하는 컬러로 선택
    }
benefit-colors-3 = 컬러 옵션이 { $color_count }가지라 취향대로 고를 수 있어요.
    .screen = 컬러 { $color_count }가지
# More than five colours (.requires = many_colors): counted, never listed, on screen as well.
benefit-colors-4 = 컬러가 무려 { $color_count }가지나 돼요.
    .screen = 컬러만 { $color_count }가지
    .requires = many_colors
benefit-colors-5 = 컬러가 다양해서 취향대로 고르기 좋아요.
    .screen = 다양한 컬러 구성
    .requires = many_colors

benefit-sizes-1 = 사이즈는 { $sizes } 중에서 편하게 고르세요.
    .screen = 사이즈: { $sizes }
    .requires = !attr:age_range
benefit-sizes-2 = 사이즈는 { $sizes }, 옵션 고를 때 꼭 확인해 주세요.
    .screen = { $sizes } 사이즈
    .requires = !attr:age_range
# "딱 맞는" is said of what is worn: a cat scratcher or a pot in S or L takes the lines above.
benefit-sizes-3 = 사이즈는 { $sizes }, 평소 사이즈 생각해서 딱 맞는 걸로 골라 보세요.
    .screen = 사이즈 선택: { $sizes }
    .requires = group:apparel !attr:age_range
# Kids' things: the letters are the shop's size codes, not the viewer's own size.
benefit-sizes-4 = 사이즈 표기는 { $sizes }, 아이에게 맞는 사이즈는 장바구니 상세 정보에서 확인해 주세요.
    .screen = 사이즈 표기 { $sizes }
    .requires = attr:age_range

benefit-generic-1 = 이런 거 하나쯤 있으면 좋잖아요.
    .screen = 하나쯤 있으면 좋은 아이템
benefit-generic-2 = 내가 쓸지 선물할지, 벌써 고민되네요.
    .screen = 내가 쓸까, 선물할까
benefit-generic-3 = 직접 써도, 선물해도 좋아요.
    .screen = 내가 써도, 선물해도

# Lines that assert a claim class (lightness, portability, mood, easy setup...) carry the fact that
# supports them in `requires`; the others state no claim.
benefit-apparel-1 = 출근룩에도 주말룩에도 매치하기 좋아요.
    .screen = 출근룩도 주말룩도
benefit-apparel-2 = 여러 코디에 맞춰 입기 좋은 디자인이에요.
    .screen = 코디하기 좋은 디자인
benefit-apparel-3 = 여유 있는 핏이라 하루 종일 편하게 입기 좋아요.
    .screen = 여유 있는 루즈핏
    .requires = feature:relaxed_fit
benefit-beauty-1 = 매일 하는 루틴에 쏙 넣기 좋아요.
    .screen = 데일리 루틴에 쏙
benefit-beauty-2 = 지금 쓰는 루틴에 하나 더해 보세요.
    .screen = 루틴에 하나 더
benefit-beauty-3 = 텍스처가 가벼워서 아침 루틴에도 쓰기 좋아요.
    .screen = 가벼운 텍스처
    .requires = feature:lightweight_texture
benefit-home-1 = 집에 두는 물건일수록 마음에 쏙 드는 걸 두고 싶잖아요.
    .screen = 마음에 쏙 드는 걸로
benefit-home-4 = 우리 집에 새 아이템 하나 들여 보세요.
    .screen = 우리 집 새 아이템
benefit-home-5 = 매일 보는 물건이니까 디자인도 중요하잖아요.
    .screen = 매일 보는 물건이니까
benefit-home-6 = 공간에 새로운 포인트를 하나 더해 보세요.
    .screen = 공간에 새 포인트
benefit-home-2 = 좋아하는 향으로 방 분위기를 바꿔 보세요.
    .screen = 향으로 분위기 UP
    .requires = attr:scent
benefit-home-3 = 밝기를 조절해서 그날 분위기에 맞춰 보세요.
    .screen = 밝기로 분위기 조절
    .requires = feature:dimmable
# Pets and baby gear: no claim (안전, 튼튼, 수의사 추천) unless a fact says it.
benefit-pets-1 = 우리 집 댕냥이를 위한 아이템으로 골라 보세요.
    .screen = 우리 집 댕냥이를 위해
benefit-pets-2 = 반려동물과 함께 사는 분이라면 한번 눈여겨봐 주세요.
    .screen = 반려인이라면 주목
benefit-baby-1 = 아기와 함께하는 하루에 하나 더해 보세요.
    .screen = 아기와 함께하는 하루에
benefit-baby-2 = 출산 선물 고민될 때 후보로 넣어 보세요.
    .screen = 출산 선물 후보로
benefit-electronics-1 = 새 기기 들일 때 후보로 넣어 보세요.
    .screen = 새 기기 후보로
benefit-electronics-2 = 설치 없이 꺼내자마자 바로 쓸 수 있어요.
    .screen = 연결은 간편하게
    .requires = feature:plug_and_play
benefit-electronics-3 = 가볍게 챙겨서 어디든 들고 다니기 좋아요.
    .screen = 어디든 가볍게
    .requires = feature:lightweight
benefit-gifts-1 = 소중한 사람에게 주는 선물로 골라 보세요.
    .screen = 선물로 고르기 좋아요
benefit-gifts-2 = 선물 고민될 때 후보로 한번 넣어 보세요.
    .screen = 선물 고민될 때
benefit-gifts-3 = 고마운 마음 전할 때 작은 선물로도 좋아요.
    .screen = 작은 선물로도
benefit-accessories-1 = 평소 룩의 마무리로 더해 보세요.
    .screen = 룩의 마무리
benefit-accessories-2 = 심플한 옷에 포인트로 더하기 딱 좋아요.
    .screen = 포인트로 딱
benefit-accessories-3 = 데일리 룩에 하나 더해 보세요.
    .screen = 데일리 룩에 하나

# Prices end in 원 or a digit: JOSA picks 이에요 ("61,900원이에요").
offer-1 = 가격은 { JOSA($price, "이에요/예요") }.
    .screen = { $price }
offer-2 = 지금 { $price }에 만나 볼 수 있어요.
    .screen = 가격 { $price }
offer-3 = 궁금한 가격은요, { JOSA($price, "이에요/예요") }!
    .screen = 가격은 { $price }
offer-4 = { $price }에 데려갈 수 있어요.
    .screen = { $price }에 데려가기
offer-5 = 가격 공개할게요, { JOSA($price, "이에요/예요") }.
    .screen = 가격 공개 { $price }
offer-6 = 판매가는 { JOSA($price, "이에요/예요") }.
    .screen = 판매가 { $price }

# Discount lines state the seller's own reduction; no urgency the catalog does not give ("할인하는 동안",
# "놓치기 전에", "오늘만").
offer-discount-1 = 정가 { $old_price }, 지금은 { JOSA($price, "이에요/예요") }.
    .screen = { $old_price } → { $price }
offer-discount-2 = { $discount } 할인해서 지금 { JOSA($price, "이에요/예요") }.
    .screen = { $discount } 할인가 { $price }
offer-discount-3 = 지금 할인가로 { JOSA($price, "이에요/예요") }.
    .screen = 할인가 { $price }

# Calls to action: at least five send the viewer to the cart (장바구니, the one word for it, in the voice and
# the caption alike); at most one asks to save.
# No offer or benefit line says "확인해 보세요" right before them, and they vary the verb, so two lines in a row
# never end the same way.
cta-1 = 마음에 들면 장바구니에 담아 두세요!
    .screen = 장바구니에 쏙
cta-2 = 자세한 정보는 화면 아래 장바구니를 눌러서 볼 수 있어요.
    .screen = 장바구니 눌러 보기
cta-3 = 화면 아래 장바구니 눌러서 자세히 구경해 보세요.
    .screen = 장바구니에서 구경하기
cta-4 = 나중에 다시 보려면 저장해 두세요.
    .screen = 저장해 두고 다시 보기
cta-5 = 구매는 화면 아래 장바구니에서 할 수 있어요.
    .screen = 장바구니에서 구매하기
cta-6 = 장바구니를 누르면 상세 페이지에서 더 자세히 볼 수 있어요.
    .screen = 장바구니 눌러 상세 보기
cta-7 = 화면 아래 장바구니에서 바로 만나 보세요.
    .screen = 장바구니에서 만나기
cta-8 = 마음에 드는 분은 장바구니로 가 보세요!
    .screen = 장바구니로 GO
cta-9 = 궁금하면 화면 아래 장바구니를 눌러 확인해 보세요.
    .screen = 장바구니에서 확인
cta-10 = 자세한 사진과 정보는 장바구니에서 볼 수 있어요.
    .screen = 장바구니에서 자세히
cta-11 = 마음에 들었다면 화면 아래 장바구니를 눌러 보세요.
    .screen = 장바구니 클릭

# Caption lines: { $hook_line } is the chosen hook's (or festival greeting's) on-screen text. The first line
# is also the ad text, so it carries the hook and the product name; the next line is a real line break.
# The headline names the product in a clause after the hook ("| 오늘 가져온 건 의자예요"), never a bare noun
# ("| 의자"); the call to action says 장바구니, as every cta does (never 상품 링크). The ad text keeps
# the clause with the price, so the price sentence is short and ends in "." before the call to action.
# The disclosure label (광고) is prepended by the generator at the very start (KFTC).
caption-1 = { $hook_line } | { $brand }의 { JOSA($name, "을/를") } 소개할게요
    가격은 { JOSA($price, "이에요/예요") }. 마음에 들면 장바구니에 담아 두세요 🛒
    .requires = brand
caption-2 = { $hook_line } | 오늘 가져온 건 { JOSA($name, "이에요/예요") }
    가격은 { JOSA($price, "이에요/예요") }. 자세한 건 화면 아래 장바구니에서 확인해 보세요 🛒
caption-3 = { $hook_line } | 오늘의 추천템은 { JOSA($name, "이에요/예요") }
    지금 { $price }에 만나 볼 수 있어요. 화면 아래 장바구니를 눌러 보세요 🛒
caption-4 = { $hook_line } | { JOSA($name, "을/를") } 소개해요
    지금 가격은 { JOSA($price, "이에요/예요") }. 장바구니에서 만나 보세요 🛒
caption-8 = { $hook_line } | 이번에 소개할 건 { JOSA($name, "이에요/예요") }
    { JOSA($price, "으로/로") } 만나 볼 수 있어요. 마음에 들면 장바구니에 담아 두세요 🛒
caption-7 = { $hook_line } | { JOSA($name, "을/를") } 골라 왔어요
    판매가는 { JOSA($price, "이에요/예요") }. 자세한 정보는 화면 아래 장바구니에서 확인해 보세요 🛒
caption-9 = { $hook_line } | 요즘 눈여겨본 { JOSA($name, "이에요/예요") }
    { $price }에 판매 중이에요. 궁금하면 장바구니 눌러서 상세 페이지 보세요 🛒
caption-10 = { $hook_line } | 오늘은 { JOSA($name, "을/를") } 보여 드릴게요
    가격은 { $price }! 담아 두고 천천히 살펴보세요 🛒
# Variants at different prices (.requires = from): the price is the starting price, "부터" (never 최저, which
# reads as a lowest-price claim).
caption-5 = { $hook_line } | { JOSA($name, "을/를") } 소개해요
    가격은 { $price }부터예요. 옵션은 화면 아래 장바구니에서 골라 보세요 🛒
    .requires = from
caption-6 = { $hook_line } | { $brand }의 { JOSA($name, "을/를") } 소개할게요
    { $price }부터 만나 볼 수 있어요. 마음에 들면 장바구니에 담아 두세요 🛒
    .requires = from brand

caption-20 = { $hook_line }
    가격은 { JOSA($price, "이에요/예요") }. 자세한 건 화면 아래 장바구니에서 확인해 보세요 🛒
    .requires = unnamed
hashtags = #추천템 #꿀템 #추천 #fyp
label-sale = 특가
label-new = 신상
label-price_from = { $price }부터
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = 일부 옵션에만 적용돼요.

# The lowest price when the variants cost different amounts ("from"): said as a starting price.
offer-from-1 = 가격은 { $price }부터예요.
    .screen = { $price }부터
offer-from-2 = 가격은 옵션에 따라 { $price }부터예요.
    .screen = 가격 { $price }부터
offer-from-3 = 사이즈에 따라 가격이 달라요. { $price }부터예요.
    .screen = { $price }부터
    .requires = sizes

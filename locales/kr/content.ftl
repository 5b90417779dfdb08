# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Korean notes: 해요체 throughout. Never write a 받침-dependent particle (이/가, 을/를, 은/는, 과/와,
## 이에요/예요, 으로/로, 이랑/랑, 이나/나, 이라서/라서) by hand right after a placeholder: either follow it
## with a comma, a colon, a space or 의/도/에/부터/중에서, which fit any noun, or ask for the particle
## with a spec that picks it by the final sound (consonant form first): {name:을/를}, {name:이/가},
## {name:은/는}, {name:과/와}, {name:으로/로}, {name:이에요/예요}, {name:이랑/랑}, {name:이나/나},
## {name:이라서/라서}; an empty value drops the particle too. No number 4 anywhere.

# Hooks: the hook scene lasts 3 seconds, so the voice is one short line (<= 20 characters at 7.5 per second,
# spaces and punctuation included) and the screen a curiosity line, not the product name; the intro that
# follows names the product. {hook_fact} is the screen line of the product's first selling point ("최대 60시간
# 사용", "무게 680g"): it stands as a label after ":", "!" or ",", so any fact fits and no particle follows it.
# No "나를 위한 선물" (treat yourself), no claims.
hook-1 = 혹시 이거 보셨어요?
    .screen = 이거 보셨어요?
hook-2 = 잠깐만요, 이거 한번 보세요.
    .screen = 이거 한번 보세요
hook-3 = 이건 꼭 보고 가세요!
    .screen = 이건 꼭 보고 가세요
hook-4 = 지금 { $discount } 할인 중이에요.
    .screen = 지금 { $discount } 할인 중
    .requires = discount
hook-5 = { $category } 찾고 있었다면 주목!
    .screen = { $category } 찾고 있다면
hook-6 = 포인트는 바로, { $hook_fact }!
    .screen = 포인트: { $hook_fact }
    .requires = pitch
hook-7 = 여기 주목, { $hook_fact }!
    .screen = 주목! { $hook_fact }
    .requires = pitch
hook-8 = 이것부터 체크, { $hook_fact }!
    .screen = 이것부터 체크: { $hook_fact }
    .requires = pitch

intro-1 = { $brand }의 { JOSA($name, "을/를") } 지금 소개할게요.
    .screen = { $name }
    .requires = brand
intro-2 = { JOSA($name, "을/를") } 지금부터 꼼꼼하게 보여 드릴게요.
    .screen = { $name }
intro-3 = 오늘 소개할 제품은 { JOSA($name, "이에요/예요") }. 하나씩 볼게요.
    .screen = { $name }

benefit-material-1 = 소재는 { $material }, 질감까지 가까이 보여 드릴게요.
    .screen = 소재: { $material }
benefit-material-2 = { $material } 소재로 만들었어요.
    .screen = { $material } 소재
benefit-material-3 = 소재는 { $material }, 상세 페이지에서 한 번 더 확인해 보세요.
    .screen = 소재 체크: { $material }

# Colours are named ({colors_or}: "블랙 또는 브라운"), never only counted.
benefit-colors-1 = 컬러는 { $colors_or } 중에서 골라 보세요.
    .screen = 컬러: { $colors_or }
benefit-colors-2 = { $colors_or }, 취향대로 골라 보세요.
    .screen = { $color_count }가지 컬러
benefit-colors-3 = 컬러는 { $colors_or }, 마음에 드는 걸로 고르세요.
    .screen = 컬러 선택: { $colors_or }

benefit-sizes-1 = 사이즈는 { $sizes } 중에서 편하게 고르세요.
    .screen = 사이즈: { $sizes }
benefit-sizes-2 = 사이즈는 { $sizes }, 상세 페이지 실측도 꼭 확인해 주세요.
    .screen = { $sizes } 사이즈
benefit-sizes-3 = 사이즈 선택지는 { $sizes }, 평소 사이즈로 골라 보세요.
    .screen = 사이즈 선택: { $sizes }

benefit-generic-1 = 디테일까지 하나하나 같이 볼게요.
    .screen = 디테일 체크
benefit-generic-2 = 매일 쓰는 아이템으로 하나 들여 보세요.
    .screen = 데일리 아이템으로
benefit-generic-3 = 나를 위해 써도, 선물로 골라도 좋아요.
    .screen = 나를 위해, 선물로도

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
benefit-beauty-3 = 끈적이지 않고 산뜻해서 아침 루틴에도 쓰기 좋아요.
    .screen = 산뜻한 사용감
    .requires = feature:lightweight_texture
benefit-home-1 = 놓을 자리에 맞게 사이즈부터 확인해 보세요.
    .screen = 사이즈 먼저 체크
benefit-home-2 = 좋아하는 향으로 방 분위기를 바꿔 보세요.
    .screen = 향으로 분위기 UP
    .requires = attr:scent
benefit-home-3 = 밝기를 조절해서 그날 분위기에 맞춰 보세요.
    .screen = 밝기로 분위기 조절
    .requires = feature:dimmable
benefit-electronics-1 = 호환되는 기기는 상품 페이지에서 꼭 확인해 주세요.
    .screen = 호환 기기 체크
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
benefit-accessories-3 = 매일 하는 룩에 하나 더해 보세요.
    .screen = 데일리 룩에 하나

offer-1 = 가격은 { $price }, 상품 페이지에서 바로 확인할 수 있어요.
    .screen = { $price }
offer-2 = 지금 { $price }에 만나 볼 수 있어요.
    .screen = 가격 { $price }
offer-3 = 가격은 { $price }, 부담 없이 한번 살펴보세요.
    .screen = 지금 가격 { $price }

# Discount lines state the seller's own reduction; no urgency the catalog does not give ("할인하는 동안", "놓치기 전에").
offer-discount-1 = 정가 { $old_price }, 지금은 { $price }에 살 수 있어요.
    .screen = { $old_price } → { $price }
offer-discount-2 = 할인가는 { $price }, 링크에서 확인해 보세요.
    .screen = 할인가 { $price }
offer-discount-3 = 지금은 { $discount } 할인해서 { $price }에 만날 수 있어요.
    .screen = { $discount } 할인가 { $price }

cta-1 = 링크 눌러서 자세히 확인해 보세요.
    .screen = 링크에서 확인
cta-2 = 나중에 다시 보려면 저장해 두세요.
    .screen = 저장해 두고 다시 보기
cta-3 = 마음에 들면 장바구니에 담아 두세요.
    .screen = 장바구니에 쏙
cta-4 = 화면 아래 장바구니를 눌러서 확인해 보세요.
    .screen = 장바구니 눌러 확인
cta-5 = 자세한 정보는 상품 링크에서 볼 수 있어요.
    .screen = 상품 링크 눌러 보기
cta-6 = 구매는 아래 장바구니에서 할 수 있어요.
    .screen = 장바구니에서 구매하기

# Caption lines: {hook_line} is the chosen hook's on-screen text. The first line is also the ad text,
# so it carries the hook and the product name; "\n" is a real line break.
# The disclosure label (광고) is prepended by the generator at the very start (KFTC).
caption-1 = { $hook_line } | { $brand } { $name }
    가격은 { $price }, 장바구니에서 만나 보세요 🛒
    .requires = brand
caption-2 = { $hook_line } | { $name }
    가격은 { $price } 🛒 자세한 건 링크에서 확인해 보세요.
caption-3 = { $hook_line } | { $name }
    가격은 { $price }, 마음에 들면 장바구니에 담아 두세요 🛒

hashtags = #추천템 #꿀템 #추천 #fyp
label-sale = 특가
label-new = 신상
label-price_from = { $price }부터

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Vietnamese notes: speaker "mình", viewer "bạn", particles nha/nhé/nè. No classifier
## (chiếc/cái/đôi) before {category}; "{category} này" works for any noun. Placeholders are
## kept off the start of a sentence because phrasebook words are lowercase.
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort,
## warmth, durability, speed) unless `requires` names the fact that supports it; hooks and intros
## introduce the product with {name}, never {category} alone.

# Hook voices stay short: the hook scene is 3 s, so a voice is at most 35 characters at 13 per second.
# They do not say the name (the intro says it next), claim nothing and push no urgency.
hook-1 = Khoan lướt đã, món này phải xem nè.
    .screen = Khoan lướt, xem cái này đã
hook-2 = Ai đang cần thì xem món này nha.
    .screen = Ai đang cần thì xem nè
hook-3 = Món này phải khoe bạn liền nè.
    .screen = Món này phải khoe liền
hook-4 = Xem hết rồi hẵng lướt tiếp nha.
    .screen = Xem hết rồi hẵng lướt nha
hook-5 = Lướt tới đây rồi thì xem luôn nha.
    .screen = Lướt tới đây thì xem luôn
hook-6 = Đang giảm { $discount } luôn nè, xem nha.
    .screen = Đang giảm { $discount } nè!
    .requires = discount
hook-7 = Xem nhanh nè: { $hook_fact }.
    .screen = Xem nhanh: { $hook_fact }
    .requires = pitch
hook-8 = { $hook_fact } nè, xem nha.
    .screen = { $hook_fact } nè!
    .requires = pitch
hook-9 = Nói trước nè: { $hook_fact }.
    .screen = Nói trước nè: { $hook_fact }
    .requires = pitch

# Intros put the name after a verb, never first: phrasebook words are lower case.
intro-1 = Nhà { $brand } có { $name } nè.
    .screen = { $name }
    .requires = brand
intro-2 = Hôm nay mình giới thiệu { $name } nha.
    .screen = { $name }
intro-3 = Mời bạn xem qua { $name } nha.
    .screen = { $name }

benefit-material-1 = Chất liệu { $material }, mình cho bạn xem cận nè.
    .screen = Chất liệu: { $material }
benefit-material-2 = Nhìn cận chất liệu { $material } nè, thấy rõ từng chi tiết luôn.
    .screen = Xem cận chất liệu { $material }
benefit-material-3 = Mình zoom cận chất liệu { $material } cho bạn xem nha.
    .screen = Chất liệu { $material }

# Colours are named: {colors} is an "and" list (what the shop has), {colors_or} an "or" list (a choice).
benefit-colors-1 = Bạn chọn màu { $colors_or } tùy thích nha.
    .screen = Màu: { $colors }
benefit-colors-2 = Mẫu này có màu { $colors }, thích màu nào chọn màu đó nha.
    .screen = Có màu { $colors }
benefit-colors-3 = Có { $color_count } màu là { $colors }, bạn chọn màu mình thích nha.
    .screen = { $color_count } màu: { $colors }

benefit-sizes-1 = Size có { $sizes }, bạn chọn theo số đo của mình nha.
    .screen = Size: { $sizes }
benefit-sizes-2 = Có size { $sizes }, nhớ xem bảng size trước khi đặt nha.
    .screen = Có size { $sizes }
benefit-sizes-3 = Bạn chọn size { $sizes } theo số đo của mình nha.
    .screen = Chọn size: { $sizes }

benefit-generic-1 = Mình xoay từng góc cho bạn xem kỹ nha.
    .screen = Xem kỹ từng góc nè
benefit-generic-2 = Nhìn cận một chút cho bạn thấy rõ hơn nha.
    .screen = Nhìn cận cho rõ nè
benefit-generic-3 = Mình zoom cận cho bạn xem rõ từng chi tiết nha.
    .screen = Zoom cận cho bạn xem nè
benefit-generic-4 = Bạn nào thích kiểu này thì xem hết video nha.
    .screen = Ai thích kiểu này thì xem hết nha
benefit-generic-5 = Nhỏ thôi mà dùng rồi mới thấy tiện ghê.
    .screen = Nhỏ thôi mà tiện ghê
    .requires = feature:portable

benefit-apparel-1 = Mặc lên là thấy xinh liền.
    .screen = Mặc lên là xinh
benefit-apparel-2 = Mặc lên thoải mái cả ngày, đi làm hay đi chơi đều ổn.
    .screen = Mặc thoải mái cả ngày
    .requires = attr:material
benefit-apparel-3 = Đi làm hay đi chơi, phối kiểu nào cũng hợp.
    .screen = Đi làm, đi chơi đều hợp
benefit-beauty-1 = Thêm vào routine làm đẹp mỗi ngày là chuẩn bài luôn.
    .screen = Thêm vào routine mỗi ngày
benefit-beauty-2 = Hội mê skincare thì đừng lướt qua nha.
    .screen = Hội mê skincare xem nè
benefit-beauty-3 = Kết cấu mỏng nhẹ, thoa lên không bết dính.
    .screen = Mỏng nhẹ, không bết dính
    .requires = feature:lightweight_texture
benefit-home-1 = Muốn góc nhà đúng style của mình thì xem món này nha.
    .screen = Góc nhà theo style của bạn
benefit-home-2 = Chỉnh độ sáng theo ý, đổi mood căn phòng tùy lúc.
    .screen = Đổi mood căn phòng
    .requires = feature:dimmable
benefit-home-3 = Chọn mùi bạn thích, căn phòng thơm theo cách của bạn.
    .screen = Phòng thơm mùi bạn thích
    .requires = attr:scent
benefit-electronics-1 = Hội mê đồ công nghệ thì xem hết video nha.
    .screen = Hội mê công nghệ xem nè
benefit-electronics-2 = Không cần cài đặt gì thêm, mở hộp là dùng được liền.
    .screen = Mở hộp là dùng liền
    .requires = feature:plug_and_play
benefit-electronics-3 = Bỏ vào túi mang đi đâu cũng tiện.
    .screen = Mang đi đâu cũng tiện
    .requires = feature:portable
benefit-gifts-1 = Tặng món này là người nhận dùng thật chứ không cất tủ.
    .screen = Quà tặng mà dùng thật
benefit-gifts-2 = Đang bí quà tặng thì chọn món này là khỏi nghĩ.
    .screen = Hết bí quà tặng
benefit-accessories-1 = Thêm món này là outfit có điểm nhấn liền.
    .screen = Điểm nhấn cho outfit
benefit-accessories-2 = Đồ basic đến mấy phối vào cũng nổi bật hơn.
    .screen = Đồ basic cũng nổi bật

offer-1 = Mà giá chỉ có { $price } thôi nha.
    .screen = Chỉ { $price }
offer-2 = Giá hiện tại là { $price } nha.
    .screen = Giá: { $price }
offer-3 = Giá đang là { $price } thôi nè.
    .screen = Giá đang là { $price }

# The discount hook already says the %: offer lines name the two prices instead.
offer-discount-1 = Giá gốc { $old_price }, giờ chỉ còn { $price } thôi.
    .screen = { $price } (giá gốc { $old_price })
offer-discount-2 = Đang có ưu đãi, giá chỉ còn { $price } thôi nha.
    .screen = Giờ chỉ còn { $price }
offer-discount-3 = Từ { $old_price } xuống còn { $price } nha.
    .screen = Từ { $old_price } còn { $price }

# No invented urgency ("liền tay", "nhanh tay", "kẻo hết"): the basket is below the video.
cta-1 = Bấm vào giỏ hàng bên dưới để đặt nha.
    .screen = Bấm giỏ hàng nha
cta-2 = Thích thì bấm giỏ hàng chốt đơn nha.
    .screen = Thích thì chốt đơn nha
cta-3 = Ghé giỏ hàng xem chi tiết rồi lên đơn nha.
    .screen = Xem chi tiết trong giỏ hàng
cta-4 = Chưa chắc thì lưu video lại xem sau nha.
    .screen = Lưu lại xem sau nha
cta-5 = Món này có sẵn trong giỏ hàng bên dưới, bấm vào xem nha.
    .screen = Có sẵn trong giỏ hàng
cta-6 = Bấm vào sản phẩm bên dưới để xem thêm nha.
    .screen = Bấm vào sản phẩm bên dưới

# Caption lines: {hook_line} is the chosen hook's on-screen text (ctk adds a full stop). A lower-case
# {name} never follows it directly: a capitalised word sits in between. The price comes right after the
# hook, in its own sentence, so the ad text (the first 100 characters) keeps it with a capital letter.
caption-1 = { $hook_line } Giá chỉ { $price }. Nhà { $brand } có { $name }, ghé giỏ hàng xem nha 🛒
    .requires = brand
caption-2 = { $hook_line } Món hôm nay: { $name }, chỉ { $price } thôi ✨ Bấm giỏ hàng xem nha 🛒
caption-3 = { $hook_line } Giá chỉ { $price }. Ghé giỏ hàng xem { $name } nha 🛒

hashtags = #TikTokShop #xuhuong #xuhuongtiktok #fyp
label-sale = SALE
label-new = MỚI
label-price_from = Chỉ từ { $price }

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema, the placeholders
## and the grammar variables. Every line is written for this market, not translated.
## Voice: a Vietnamese TikTok seller talking to a friend: speaker "mình", viewer "bạn" / "cả nhà" (never
## "mày/tao", not the stiff "quý khách"), particles nha / nhé / nè, seller words (chốt đơn, giỏ hàng, ưng)
## in moderation.
## Grammar the lines rely on: no articles, gender or plural in Vietnamese; a noun that is pointed at takes
## its classifier. A line that names the product writes "{ $classifier } { $name }" ("chiếc đèn bàn gấp gọn",
## "đôi tất cotton", "thỏi son dưỡng"), from facts.toml [types]. The classifier is empty for mass nouns (trà,
## mật ong) and for words with their own measure word ("bộ ấm trà", "set quà"); the double space then closes
## up, so every line reads right without it. Never write a classifier by hand (chiếc, cái, đôi) before a
## placeholder. The name goes last in its clause: a built name may hold a comma ("đèn bàn ánh sáng dịu mắt,
## gấp gọn") and nothing should hang off it. Placeholders stay off the start of a sentence (phrasebook words
## are lower case) except where ctk capitalises it (the first letter of a line, a caption sentence).
## Numbers: Vietnamese has one CLDR plural form, so { $color_count } needs no selector. A voice line never puts
## a number right before a word starting with m, l, g or h and a marked vowel ("2 màu", "3 hộp", "4 lọ"): the
## voice-over reads that letter as a unit ("2 mét" + "àu"); say "2 phiên bản màu", "combo 3 chiếc".
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort, warmth,
## durability, speed) unless `requires` names the fact that supports it; no "hot", "bán chạy", "xịn nhất",
## "ai cũng mê"; no testimonial ("mình dùng rồi"): the creator shows the product, not a review.
## No line promises a picture ("cho bạn xem cận", "zoom", "xoay từng góc", "như trong video"): the images
## may be the seller's placeholders. A video says six to eight lines in a row, so sentence-final "nha" is
## spread thin: each scene has variants ending plainly or in nè / nhé / luôn / đó (facts.toml keeps "nha" in
## at most three voice lines). Every CTA points to the basket (giỏ hàng); none only asks to save or follow.

# Hooks: the first 3 s. A voice is at most 35 characters once filled (13 per second, 2.7 s with a breath);
# ctk picks a shorter one when a filled line does not fit. A hook never says the name (the intro does, right
# after), claims nothing and pushes no urgency ("nhanh tay", "kẻo hết", "liền tay"). At most one hook is an
# empty question ("Thấy món này chưa?"); the others give a reason to keep watching.
# { $hook_fact } is a facts.toml screen line ("Pin lên đến 40 giờ", "Thuần chay", "Đốt được 33 giờ"): a noun
# phrase, an adjective or a verb phrase, written with a capital. So it opens its sentence (the line's start or
# after "?"), never after a colon (Vietnamese writes lower case there), and the frame around it reads right
# with any of the three: "X luôn đó", "X, ai cần thì xem nè!", "X, mê nhất điểm này" ("X, điểm cộng!" read clunky) ("Biết gì chưa? X đó." broke
# on a bare label: "Biết gì chưa? Dưỡng ẩm đó."). No "Spoil trước: X" label.
hook-1 = Ê khoan, lướt chậm lại chút nè!
    .screen = Khoan, lướt chậm lại nè!
hook-2 = Cả nhà ơi, xem cái này với mình nè!
    .screen = Cả nhà ơi, xem cái này nè
hook-3 = Để mình kể nhanh về món này.
    .screen = Kể nhanh về món này nè
hook-4 = Đang lướt thì gặp ngay món này.
    .screen = POV: đang lướt thì gặp món này
hook-5 = Bạn đã thấy món này chưa?
    .screen = Thấy món này chưa?
hook-6 = Đừng lướt vội, xem cái này đã nè.
    .screen = Đừng lướt vội nha!
hook-7 = Đang giảm { $discount } nè, khoan lướt!
    .screen = Đang giảm { $discount } nè!
    .requires = discount
hook-8 = Nói luôn điểm đáng tiền nhất: { $hook_fact }!
    .screen = Điểm đáng tiền: { $hook_fact }
    .requires = pitch
hook-9 = { $hook_fact }, ai cần thì xem nè!
    .screen = { $hook_fact }, ai cần thì xem nè!
    .requires = pitch
hook-10 = { $hook_fact }, mình mê nhất điểm này.
    .screen = { $hook_fact }, mê nhất điểm này
    .requires = pitch
hook-16 = { $hook_fact }, đúng kiểu nhiều người cần.
    .screen = { $hook_fact }, đúng kiểu cần tìm
    .requires = pitch
hook-17 = { $hook_fact }, nghe thôi đã thấy thích.
    .screen = { $hook_fact }, nghe đã thích
    .requires = pitch
hook-18 = { $hook_fact }, đây là điểm đáng xem nè.
    .screen = { $hook_fact }, đáng xem nè
    .requires = pitch
hook-19 = { $hook_fact }, cả nhà xem thử nè!
    .screen = { $hook_fact }, xem thử nè!
    .requires = pitch
hook-20 = { $hook_fact } luôn, xem tiếp là biết.
    .screen = { $hook_fact } luôn đó!
    .requires = pitch
hook-21 = { $hook_fact }, để mình kể cho nghe nè.
    .screen = { $hook_fact }, kể nghe nè
    .requires = pitch
hook-11 = Đang bí quà thì dừng lại chút nè.
    .screen = Đang bí quà? Dừng lại nè!
    .requires = feature:giftable
hook-12 = Có món này muốn khoe với cả nhà nè.
    .screen = Có món muốn khoe nè
hook-13 = Xem hết video rồi hẵng lướt nhé.
    .screen = Xem hết rồi hẵng lướt nhé
# Pets and baby gear: "boss" is what owners call their pet, "mẹ bỉm" young mothers.
hook-14 = Nhà nào có boss thì dừng lại chút nè.
    .screen = Nhà có boss xem nè!
    .requires = group:pets
hook-15 = Các mẹ bỉm ơi, xem món này nè!
    .screen = Mẹ bỉm ơi, xem nè!
    .requires = group:baby

# Intros name the product, the name last in its clause. "{ $classifier } { $name }" is right for one item;
# ctk passes no pack flag, and a pack's name says it ("tất cotton, combo 10 đôi"), where a classifier
# before it would contradict it ("đôi tất cotton, combo 10 đôi"). So a few lines point with the classifier
# (one intro in three, one caption in four) and the rest need none, and packs get their own lines
# (.requires = attr:pack_count) as well.
intro-1 = Hàng của { $brand } nè, mình giới thiệu { $classifier } { $name }.
    .screen = { $name }
    .requires = brand
intro-2 = Đến từ thương hiệu { $brand }, mình giới thiệu { $classifier } { $name } nè.
    .screen = { $name }
    .requires = brand
intro-3 = Hôm nay mình giới thiệu { $classifier } { $name } nha.
    .screen = { $name }
intro-4 = Cả nhà cùng mình xem qua { $name } nhé.
    .screen = { $name }
intro-5 = Món mình muốn khoe hôm nay là { $classifier } { $name }.
    .screen = { $name }
    .requires = !attr:pack_count
intro-6 = Cả nhà ơi, hôm nay mình giới thiệu { $classifier } { $name } nè.
    .screen = { $name }
intro-10 = Món lên sóng hôm nay là { $classifier } { $name } nè.
    .screen = { $name }
    .requires = !attr:pack_count
intro-11 = Nhân vật chính của video hôm nay là { $classifier } { $name }.
    .screen = { $name }
    .requires = !attr:pack_count
intro-7 = Hôm nay mình lên nguyên set nè: { $name }.
    .screen = { $name }
    .requires = attr:pack_count !type:supplement
intro-8 = Ai cần mua nhiều cái một lúc thì xem { $name } nè.
    .screen = { $name }
    .requires = attr:pack_count !type:supplement
intro-9 = Cả nhà xem thử nha: { $name }.
    .screen = { $name }
    .requires = attr:pack_count !type:supplement

# Material lines say it the way a seller talks ("Mẫu này dùng chất liệu …"), never a spec label read aloud.
# Not "làm từ": a material may be a plating ("mạ vàng"). Screens are labels without a colon.
benefit-material-1 = Mẫu này dùng chất liệu { $material } nè.
    .screen = Chất liệu { $material }
benefit-material-2 = Về chất liệu thì mẫu này dùng { $material }.
    .screen = Chất liệu { $material }
benefit-material-3 = Điểm đáng chú ý là chất liệu { $material } đó.
    .screen = Chất liệu { $material }

# "Diện" (wear, show off) fits every apparel type: a shirt, a hat, socks, gloves ("mặc" is for clothes only).
# Colours are named: { $colors } is an "and" list (what the shop has), { $colors_or } an "or" list (a choice).
# The voice says the count as "phiên bản màu", never "{ $color_count } màu" (see the header).
# More than five colours (.requires = many_colors): the line says how many and lists none, screen included.
benefit-colors-1 = Bạn chọn màu { $colors_or } tùy thích nha.
    .screen = Màu: { $colors }
benefit-colors-2 = Mẫu này có màu { $colors }, ưng màu nào chọn màu đó nha.
    .screen = Có màu { $colors }
benefit-colors-3 = Mẫu này có { $color_count } phiên bản màu: { $colors } nha.
    .screen = { $color_count } màu: { $colors }
benefit-colors-4 = Mẫu này có tới { $color_count } phiên bản màu, bảng màu đầy đủ có trong giỏ hàng.
    .screen = { $color_count } màu cho bạn chọn
    .requires = many_colors
benefit-colors-5 = Có { $color_count } phiên bản màu để chọn, ưng màu nào chọn màu đó nhé.
    .screen = Có { $color_count } màu để chọn
    .requires = many_colors

# A size range belongs to any product (a pet bed, a pot, a cat scratcher): only apparel is chosen "theo số đo"
# or from a "bảng size" (size chart).
benefit-sizes-1 = Có size { $sizes }, bạn xem bảng size rồi chọn cho hợp nhé.
    .screen = Size: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-2 = Có size { $sizes } cho bạn chọn, kích thước chi tiết có trong giỏ hàng nhé.
    .screen = Có size { $sizes }
    .requires = !attr:age_range
benefit-sizes-4 = Size thì có { $sizes }, bạn chọn size phù hợp nhé.
    .screen = Size { $sizes }
    .requires = !attr:age_range
benefit-sizes-3 = Bạn chọn size { $sizes } theo số đo của mình nha.
    .screen = Chọn size: { $sizes }
    .requires = group:apparel !attr:age_range
# Kids' things: the letters are the shop's size codes, not the viewer's own size.
benefit-sizes-8 = Shop chia size theo mã { $sizes }, bảng size cho bé có trong giỏ hàng nhé.
    .screen = Mã size { $sizes }
    .requires = attr:age_range
benefit-sizes-5 = Có size { $sizes }, bạn chọn size vừa chân nhé.
    .screen = Size { $sizes }
    .requires = type:boots
benefit-sizes-6 = Có size { $sizes }, bạn chọn size vừa chân nhé.
    .screen = Size { $sizes }
    .requires = type:shoes
benefit-sizes-7 = Có size { $sizes }, bạn chọn size vừa chân nhé.
    .screen = Size { $sizes }
    .requires = type:slippers

benefit-generic-1 = Tự dùng hay mua tặng đều hợp nè.
    .screen = Tự dùng hay tặng đều hợp
benefit-generic-2 = Ưng thì lưu video lại, lúc cần là tìm ra ngay nha.
    .screen = Ưng thì lưu lại nha
benefit-generic-3 = Món này hợp gu ai thì người đó hiểu liền.
    .screen = Hợp gu là hiểu liền
benefit-generic-4 = Bạn thử hình dung món này ở nhà mình xem.
    .screen = Thử hình dung ở nhà bạn
benefit-generic-5 = Nhỏ gọn, mang theo bên mình cũng tiện.
    .screen = Nhỏ gọn, dễ mang theo
    .requires = feature:portable

benefit-apparel-1 = Diện lên là thấy xinh liền.
    .screen = Diện lên là xinh
benefit-apparel-2 = Diện cả ngày vẫn thoải mái, đi làm hay đi chơi đều ổn.
    .screen = Thoải mái cả ngày
    .requires = attr:material
benefit-apparel-3 = Đi làm hay đi chơi, phối kiểu nào cũng hợp.
    .screen = Đi làm, đi chơi đều hợp
benefit-beauty-1 = Thêm vào routine chăm sóc bản thân mỗi ngày là chuẩn bài luôn.
    .screen = Thêm vào routine mỗi ngày
benefit-beauty-2 = Hội mê skincare thì đừng lướt qua nha.
    .screen = Hội mê skincare xem nè
    .requires = !type:electric_toothbrush !type:water_flosser !type:hair_extensions
benefit-beauty-3 = Kết cấu mỏng nhẹ, thoa lên da thấy nhẹ tênh.
    .screen = Kết cấu mỏng nhẹ
    .requires = feature:lightweight_texture
benefit-home-1 = Ai thích chăm chút góc nhà thì để ý món này nha.
    .screen = Cho ai thích chăm chút nhà cửa
benefit-home-4 = Đồ trong nhà mà ưng mắt thì nhìn cũng thấy vui.
    .screen = Ưng mắt là thấy vui
benefit-home-5 = Góc nào trong nhà cũng cần một món mình thật sự ưng.
    .screen = Chọn món mình ưng
benefit-home-6 = Sắm đồ cho nhà thì chọn món hợp gu mình nha.
    .screen = Chọn món hợp gu
benefit-home-2 = Chỉnh độ sáng theo ý, đổi mood căn phòng tùy lúc.
    .screen = Đổi mood căn phòng
    .requires = feature:dimmable
benefit-home-3 = Chọn mùi bạn thích, căn phòng thơm theo cách của bạn.
    .screen = Phòng thơm mùi bạn thích
    .requires = attr:scent
# Pets and baby gear: no claim (an toàn, bền, bác sĩ thú y khuyên dùng) unless a fact says it.
benefit-pets-1 = Nhà nào có boss thì để ý món này nhé.
    .screen = Cho nhà có boss
benefit-pets-2 = Sắm thêm món mới cho boss ở nhà nè.
    .screen = Món mới cho boss
benefit-baby-1 = Các mẹ bỉm sữa tham khảo món này nhé.
    .screen = Mẹ bỉm tham khảo nè
benefit-baby-2 = Làm quà đầy tháng cho bé cũng hợp nè.
    .screen = Quà đầy tháng cũng hợp
benefit-electronics-1 = Dân mê đồ công nghệ chắc sẽ muốn thử món này.
    .screen = Cho hội mê công nghệ
benefit-electronics-2 = Không cần cài đặt gì thêm, mở hộp là dùng được liền.
    .screen = Mở hộp là dùng liền
    .requires = feature:plug_and_play
benefit-electronics-3 = Nhỏ gọn, mang đi đâu cũng tiện.
    .screen = Mang đi đâu cũng tiện
    .requires = feature:portable
benefit-gifts-1 = Đang tìm quà thì lưu món này vào danh sách nha.
    .screen = Lưu vào list quà tặng
benefit-gifts-2 = Đang bí quà tặng thì xem món này nha.
    .screen = Hết bí quà tặng
benefit-accessories-1 = Thêm món này là outfit có điểm nhấn liền.
    .screen = Điểm nhấn cho outfit
benefit-accessories-2 = Đồ basic đến mấy, phối thêm món này vào cũng nổi bật hơn.
    .screen = Đồ basic cũng nổi bật hơn

# A price with no reduction is said plainly: "chỉ … thôi" on a full price sounds sarcastic, so it belongs to
# the reduced price (offer-discount) only.
offer-1 = Mẫu này đang có giá { $price }.
    .screen = Giá { $price }
offer-2 = Giá hiện tại là { $price }.
    .screen = Giá hiện tại { $price }
offer-3 = Còn giá thì đang là { $price } nè.
    .screen = Giá đang là { $price }
offer-4 = Món này có giá { $price } nhé.
    .screen = { $price }
offer-5 = Về giá thì món này là { $price }.
    .screen = Giá món này { $price }
offer-6 = Giá bán là { $price } nha cả nhà.
    .screen = Giá bán { $price }
offer-7 = Mức giá cho món này là { $price } nè.
    .screen = Mức giá { $price }

# The discount hook already says the %: offer lines name the two prices instead.
offer-discount-1 = Giá gốc { $old_price }, giờ chỉ còn { $price } thôi.
    .screen = { $price } (giá gốc { $old_price })
offer-discount-2 = Đang có ưu đãi, giá chỉ còn { $price } thôi.
    .screen = Giờ chỉ còn { $price }
offer-discount-3 = Từ { $old_price } xuống còn { $price } luôn.
    .screen = Từ { $old_price } còn { $price }

# No invented urgency ("liền tay", "nhanh tay", "kẻo hết"): the basket is below the video.
cta-1 = Bấm vào giỏ hàng bên dưới để xem nhé.
    .screen = Bấm giỏ hàng nha
cta-2 = Ưng thì bấm giỏ hàng chốt đơn nha.
    .screen = Ưng thì chốt đơn nha
cta-3 = Ghé giỏ hàng xem chi tiết rồi lên đơn nè.
    .screen = Xem chi tiết trong giỏ hàng
cta-4 = Chưa quyết thì lưu video lại, cần thì bấm giỏ hàng là thấy.
    .screen = Lưu lại, mua ở giỏ hàng
cta-5 = Giỏ hàng ở ngay dưới video, bấm vào là thấy liền.
    .screen = Giỏ hàng ở ngay dưới video
cta-6 = Tag đứa bạn đang cần món này, giỏ hàng ở ngay bên dưới nè.
    .screen = Tag bạn, giỏ hàng ở dưới nè
cta-7 = Còn thắc mắc thì để lại bình luận, ưng thì bấm giỏ hàng nha.
    .screen = Hỏi ở bình luận, mua ở giỏ hàng
cta-8 = Ưng món này thì bấm giỏ hàng bên dưới luôn.
    .screen = Bấm giỏ hàng bên dưới
cta-9 = Thông tin chi tiết có trong giỏ hàng nhé.
    .screen = Chi tiết trong giỏ hàng
cta-10 = Cần thì bấm giỏ hàng bên dưới đặt luôn.
    .screen = Cần thì đặt luôn
cta-11 = Có gì chưa rõ cứ hỏi mình ở phần bình luận nha, giỏ hàng ở ngay bên dưới.
    .screen = Chưa rõ thì cứ hỏi mình nha
cta-12 = Muốn xem thêm hình và thông số thì bấm vào giỏ hàng nha.
    .screen = Xem thêm hình ở giỏ hàng
cta-11 = Muốn xem thêm ảnh thì ghé giỏ hàng bên dưới nha.
    .screen = Xem thêm ảnh ở giỏ hàng
cta-12 = Size và giá chi tiết có trong giỏ hàng, bấm xem nha.
    .screen = Xem size, giá ở giỏ hàng
    .requires = sizes
cta-13 = Bạn bấm vào giỏ hàng để xem kỹ hơn nhé.
    .screen = Bấm giỏ hàng xem kỹ nha
cta-14 = Thấy hợp thì vào giỏ hàng đặt nha cả nhà.
    .screen = Thấy hợp thì đặt nha
cta-15 = Mọi thông tin mình để sẵn trong giỏ hàng rồi nè.
    .screen = Thông tin có sẵn trong giỏ hàng

# Caption lines: { $hook_line } is the chosen hook's on-screen text (ctk adds a full stop and capitalises each
# sentence, so a classifier or name that opens one reads "Chiếc…"). The price comes right after the hook, so
# the ad text (the first 100 characters) keeps it; the product follows, its name last in the clause. As in
# the intros, only some lines put the classifier before the name, and packs have their own. A full price is
# said plainly ("chỉ … thôi" only with .requires = discount); variants at different prices get the "từ" lines
# (.requires = from); one particle (nè / nha / nhé) per caption.
caption-1 = { $hook_line } Giá { $price }. Hàng { $brand }, ghé giỏ hàng xem { $name } nha 🛒
    .requires = brand
caption-2 = { $hook_line } Giá đang là { $price } ✨ Bấm giỏ hàng để xem { $classifier } { $name } nha 🛒
caption-3 = { $hook_line } Giá { $price }. Ai cần thì ghé giỏ hàng xem { $name } nha 🛒
caption-4 = { $hook_line } 🏷️ Giá { $price }. Bấm giỏ hàng là thấy { $name } nè 🛒
caption-11 = { $hook_line } Món này giá { $price } ✨ Thông tin chi tiết về { $name } có trong giỏ hàng nhé 🛒
caption-12 = { $hook_line } Giá { $price }. Xem thêm { $classifier } { $name } ở giỏ hàng bên dưới 🛒
caption-5 = { $hook_line } Cả bộ giá { $price } ✨ Bấm giỏ hàng xem { $name } nha 🛒
    .requires = attr:pack_count !type:supplement
caption-6 = { $hook_line } Trọn bộ { $price }. Ghé giỏ hàng xem { $name } nhé 🛒
    .requires = attr:pack_count !type:supplement
caption-7 = { $hook_line } Giờ chỉ còn { $price } (giá gốc { $old_price }) ✨ Ghé giỏ hàng xem { $name } nha 🛒
    .requires = discount
caption-8 = { $hook_line } Giá chỉ còn { $price } thôi! Bấm giỏ hàng xem { $classifier } { $name } nhé 🛒
    .requires = discount
caption-9 = { $hook_line } Giá từ { $price }, tùy phân loại ✨ Bấm giỏ hàng xem { $name } nha 🛒
    .requires = from
caption-10 = { $hook_line } Tùy phân loại, giá từ { $price }. Ghé giỏ hàng xem { $name } nhé 🛒
    .requires = from

caption-20 = { $hook_line } Giá đang là { $price } ✨ Bấm giỏ hàng để xem chi tiết nha 🛒
    .requires = unnamed
hashtags = #TikTokShop #xuhuong #xuhuongtiktok #fyp
label-sale = SALE
label-new = MỚI
label-price_from = Giá từ { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = Chỉ áp dụng cho một số phân loại.

# The lowest price when the variants cost different amounts ("from"): said as a starting price, plainly.
offer-from-1 = Giá từ { $price }, tùy phân loại bạn chọn.
    .screen = Giá từ { $price }
offer-from-2 = Tùy size, giá từ { $price }.
    .screen = Từ { $price }
    .requires = sizes !colors
offer-from-3 = Giá bắt đầu từ { $price }, tùy phân loại nha.
    .screen = Giá từ { $price }

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Japanese (ja-JP). Every line is written for this market, not translated.
## Voice: polite です・ます throughout (teineigo), a friendly creator talking to one viewer: soft-sell
## (〜してみてください, 〜いかがですか), reactions and direct address welcome, never タメ口, no pushy urgency.
## What the lines rely on:
## - { $name } is the product's name: built from facts ("コットン靴下", "靴下10足セット": no space between the
##   modifier and the noun) or the seller's own title.
##   Japanese nouns take no article, gender or plural; the name is followed by particles that fit any noun
##   (の, を, は, が, です). A seller's own title ($named = title: "Old Soul") is quoted 「{ $name }」, as a
##   creator writes a product's name; a name built from type words ($named = type: "花束", "コットン靴下") is a
##   plain noun and stays unquoted ("こちらの花瓶", not "こちらの「花瓶」"). The brand is "{ $brand }の".
## - { $counter } is the type's 助数詞 (足, 枚, 本, 台...): facts.toml quantity lines say it ("10足セット");
##   the lines here do not count the product.
## - { $color_count } is said as 〇色. Japanese has a single plural category, so a line that needs "どっち"
##   (two) selects the exact number [2], with *[other] for any count.
## - The numbers 4 and 9 are avoided (market.toml [culture]): a line that would say one is passed over when
##   another fits, so every section keeps lines without numbers.
## - No claim a fact does not support: no superlatives or absolutes (最高, No.1, 絶対, 一番), no popularity
##   (人気, 売れてる, 話題の, バズった), no "ご褒美" (treat yourself). Lightness, portability, mood, comfort,
##   warmth, durability, speed and easy set-up only on lines whose `.requires` names the supporting fact
##   (facts.toml [claims] lists the words the check looks for).

# Hooks: the first 3 seconds. The voice is one short line said in under 2.7 s (<= 20 characters at 7.5 per
# second, punctuation included; a longer one is passed over); the screen is the line drawn big, and it also
# opens the caption and the ad text (cut at 、 and ！, so a screen keeps its words in one phrase). A hook never
# names the product or its category (the intro does, right after): it is a reaction, a direct address, the
# discount, or the product's first selling point. { $hook_fact } is that selling point's screen line, which may
# be a noun phrase ("低アレルギー仕様", "容量 1,200mAh") or a predicate ("カバーが外せる", "6歳から遊べる"):
# it never stands in a noun slot ("ポイントは、カバーが外せる" is wrong). A hook points at a spec (注目, ポイント,
# 知ってました？); it does not gush over it (うれしい, 最高, 推し). The voice quotes it with
# 「〜ってところ」/「〜って」, which take both; the screen puts it after a label and a colon
# (「注目ポイント：変色しにくい」) or ends on it with って: 「注目は「変色しにくい」」 quoted a predicate stiffly.
hook-1 = ちょっと待って、これ見てください！
    .screen = ちょっと待って！
hook-2 = その指、ちょっと止めてください。
    .screen = その指ちょっとストップ！
hook-3 = これ、見たことありますか？
    .screen = これ見たことあります？
hook-4 = こういうの、探してませんでしたか？
    .screen = こういうの探してました？
hook-5 = 見つけた瞬間、声が出ました。
    .screen = 見つけた瞬間に声が出ました
hook-6 = 私の推し、発表します！
    .screen = 私の推しを発表します
hook-7 = 最後まで見てほしいです。
    .screen = 最後まで見てください
hook-8 = 今なら{ $discount }オフです！
    .screen = 今なら{ $discount }OFF
    .requires = discount
hook-9 = なんと、{ $discount }オフなんです。
    .screen = なんと{ $discount }OFF！
    .requires = discount
hook-10 = ポイントは、{ $hook_fact }ってところ！
    .screen = ここがポイント：{ $hook_fact }
    .requires = pitch
hook-11 = 注目は、{ $hook_fact }ってところ！
    .screen = 注目ポイント：{ $hook_fact }
    .requires = pitch
hook-12 = これ、{ $hook_fact }って知ってました？
    .screen = 知ってました？{ $hook_fact }
    .requires = pitch
hook-13 = ちょっと聞いてください！
    .screen = ちょっと聞いてください
hook-14 = スクロールする前に、少しだけ。
    .screen = スクロールする前に少しだけ
hook-15 = これ、ちょっと語らせてください。
    .screen = ちょっと語らせてください
hook-16 = これ、もうチェックしましたか？
    .screen = もうチェックしました？
hook-17 = これ、気になってた人いませんか？
    .screen = これ気になってた人いません？
hook-18 = これ、みんなに教えたくて。
    .screen = これ、みんなに教えたい
hook-19 = 少しだけ、お時間ください。
    .screen = 少しだけお時間ください
hook-20 = これ、知ってる人いますか？
    .screen = これ知ってる人いますか？
hook-21 = これ、見つけちゃいました。
    .screen = いいもの見つけちゃいました

# Intros name the product right after the hook (or a festival greeting), so none refers back to the hook
# ("それが…"): the name (quoted only when it is the seller's own title) with the brand as "{ $brand }の".
intro-1 = { $named ->
        [type] 今日ご紹介するのは、{ $brand }の{ $name }です。
       *[title] 今日ご紹介するのは、{ $brand }の「{ $name }」です。
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $named ->
        [type] { $brand }から、{ $name }をご紹介します。
       *[title] { $brand }から、「{ $name }」をご紹介します。
    }
    .screen = { $name }
    .requires = brand
intro-3 = { $named ->
        [type] 今日ご紹介するのは、こちらの{ $name }です。
       *[title] 今日ご紹介するのは、こちらの「{ $name }」です。
    }
    .screen = { $name }
intro-4 = { $named ->
        [type] じゃーん、{ $name }です！
       *[title] じゃーん、「{ $name }」です！
    }
    .screen = { $name }
intro-5 = { $named ->
        [type] 紹介したいのは、この{ $name }です。
       *[title] 紹介したいのは、この「{ $name }」です。
    }
    .screen = { $name }
intro-6 = { $named ->
        [type] 今回は、{ $name }のポイントをご紹介します。
       *[title] 今回は、「{ $name }」のポイントをご紹介します。
    }
    .screen = { $name }
intro-7 = { $named ->
        [type] 今日はこちら、{ $name }をご紹介します。
       *[title] 今日はこちら、「{ $name }」をご紹介します。
    }
    .screen = { $name }
intro-8 = { $named ->
        [type] 今日の主役は、{ $name }です。
       *[title] 今日の主役は、「{ $name }」です。
    }
    .screen = { $name }
intro-9 = { $named ->
        [type] 見てほしいのは、{ $name }です。
       *[title] 見てほしいのは、「{ $name }」です。
    }
    .screen = { $name }

# The images may be placeholders: no line promises a close-up or points at what the clip shows
# (近くで見て, 質感に注目, じっくり見ていきます).
# { $material } may carry a share ("シルク100%") and is followed by は/を/の/素材, which fit any word. A line
# says what the product is made of as a person would ("〜で作られています"), never a label read aloud (素材は銅です).
benefit-material-1 = { $material }素材で作られています。
    .screen = { $material }素材
benefit-material-2 = 素材には{ $material }を使っています。
    .screen = 素材は{ $material }
benefit-material-3 = { $material }素材なのも、チェックしておきたいポイントです。
    .screen = 素材は{ $material }

# Colours are named, not only counted. { $colors } is the ja list ("ホワイト、ブラック"); { $colors_or }
# ("ホワイトまたはブラック") reads like a form when said, so the voice lists the colours and asks the choice.
benefit-colors-1 = カラーは{ $colors }の{ $color_count }色です。
    .screen = 全{ $color_count }色：{ $colors }
benefit-colors-2 = { $colors }、{ $color_count ->
        [2] どっちにするか
       *[other] どれにするか
    }迷いますね。
    .screen = カラー：{ $colors }
benefit-colors-3 = カラーは{ $colors }から選べます。
    .screen = { $colors }から選べる
benefit-colors-4 = カラーは{ $colors }。お好きな色を選んでみてください。
    .screen = カラー：{ $colors }
# More than five colours are counted, not read out (.requires = many_colors): the screen does not list them
# either. One line says no number, for a count the taboo check passes over ("全14色").
benefit-colors-5 = カラーは全{ $color_count }色から選べます。
    .screen = 全{ $color_count }色から選べる
    .requires = many_colors
benefit-colors-6 = カラーがたくさんあるので、お好きな色を選んでみてください。
    .screen = たくさんのカラーから選べる
    .requires = many_colors

benefit-sizes-1 = サイズは{ $sizes }から選べます。
    .screen = サイズは{ $sizes }から選べる
    .requires = !attr:age_range
benefit-sizes-2 = ちょうどいいサイズを、{ $sizes }から選んでみてください。
    .screen = サイズは{ $sizes }から選べる
    .requires = !attr:age_range
# A size chart (サイズ表) is for what is worn: a cat scratcher or a pot in S or L has sizes, not a chart.
benefit-sizes-3 = サイズは{ $sizes }。迷ったら、商品ページのサイズ表もチェックしてみてください。
    .screen = { $sizes }から選べる
    .requires = group:apparel !attr:age_range
# Kids' things: the letters are the shop's size codes, not the viewer's own size.
benefit-sizes-4 = サイズ表記は{ $sizes }です。お子さまに合うサイズは、カートの詳細で確認してくださいね。
    .screen = サイズ表記 { $sizes }
    .requires = attr:age_range

benefit-generic-1 = こういうのがひとつあると、うれしいですよね。
    .screen = ひとつあるとうれしい
benefit-generic-2 = 使う場面を想像するだけで、ちょっとわくわくします。
    .screen = 使う場面を想像して
benefit-generic-3 = 自分用にはもちろん、贈り物に選ぶのもおすすめです。
    .screen = 自分用にも贈り物にも

# Lines that assert a claim class (lightness, portability, mood, easy setup...) carry the fact that
# supports them in `requires`; the others state no claim.
benefit-apparel-1 = いつものコーデに合わせやすいデザインです。
    .screen = 合わせやすいデザイン
benefit-apparel-2 = きれいめにもカジュアルにも、合わせてみてください。
    .screen = きれいめにもカジュアルにも
benefit-apparel-3 = ゆったりしたシルエットで、着心地がいいです。
    .screen = ゆったりシルエット
    .requires = feature:relaxed_fit
benefit-beauty-1 = いつものケアに、プラスしてみてはいかがですか。
    .screen = いつものケアにプラス
    .requires = !type:hair_extensions
benefit-beauty-2 = 毎日のルーティンに、取り入れてみてください。
    .screen = 毎日のルーティンに
benefit-beauty-3 = 軽いテクスチャーなので、毎日のケアに取り入れやすいです。
    .screen = 軽いテクスチャー
    .requires = feature:lightweight_texture
benefit-home-1 = 毎日の暮らしに、ひとつ取り入れてみませんか。
    .screen = 毎日の暮らしに
benefit-home-4 = おうちで使うものこそ、お気に入りを選びたいですよね。
    .screen = お気に入りを選びたい
benefit-home-5 = 毎日目に入るものだから、好きなデザインを選びたいですよね。
    .screen = 好きなデザインを選びたい
benefit-home-6 = 新しいアイテムをひとつ迎えるだけで、気分も変わります。
    .screen = 新しいアイテムをひとつ
benefit-home-2 = お好みの香りで、お部屋の雰囲気づくりができます。
    .screen = 香りで雰囲気づくり
    .requires = attr:scent
benefit-home-3 = 明るさを調節して、お部屋のムードに合わせられます。
    .screen = 明るさでムードを
    .requires = feature:dimmable
# Pets and baby gear: no claim (安全, 丈夫, 獣医師推奨) unless a fact says it.
benefit-pets-1 = うちの子との毎日に、取り入れてみませんか。
    .screen = うちの子との毎日に
benefit-pets-2 = うちの子に選ぶなら、こういうのもいいですよね。
    .screen = うちの子に選びたい
benefit-baby-1 = 赤ちゃんとの毎日に、取り入れてみてください。
    .screen = 赤ちゃんとの毎日に
benefit-baby-2 = 出産祝いの候補に入れてみるのもおすすめです。
    .screen = 出産祝いの候補に
benefit-electronics-1 = 毎日使うガジェットに、ひとつ仲間入りさせてみませんか。
    .screen = ガジェットの仲間入りに
benefit-electronics-2 = 持ち運びやすいので、お出かけ先でも使えます。
    .screen = お出かけにも
    .requires = feature:portable
benefit-electronics-3 = 面倒な設定なしで、届いてすぐに使えます。
    .screen = 届いてすぐ使える
    .requires = feature:plug_and_play
benefit-gifts-1 = 大切な方への贈り物にもおすすめです。
    .screen = 大切な方への贈り物に
benefit-gifts-2 = ギフト選びに迷ったら、候補に入れてみてください。
    .screen = ギフト選びの候補に
benefit-gifts-3 = ちょっとしたお礼や手土産にも選びやすいです。
    .screen = ちょっとした贈り物に
benefit-accessories-1 = いつものコーデの仕上げに、プラスしてみてください。
    .screen = コーデの仕上げに
benefit-accessories-2 = さりげなく、いつもの装いのアクセントになります。
    .screen = さりげないアクセントに
benefit-accessories-3 = シンプルな服に合わせると、ほどよいアクセントになります。
    .screen = シンプルな服のアクセントに

offer-1 = 気になるお値段は、{ $price }です！
    .screen = 気になるお値段は{ $price }
offer-2 = お値段は{ $price }です。
    .screen = { $price }
offer-3 = { $price }で手に入ります。
    .screen = 価格 { $price }
offer-4 = お値段は、{ $price }になっています。
    .screen = お値段 { $price }
offer-5 = { $price }でお求めいただけます。
    .screen = お値段は{ $price }
offer-6 = お値段、{ $price }なんです。
    .screen = { $price }
offer-7 = こちらは{ $price }です。
    .screen = 販売価格 { $price }

# Discount lines state the seller's own reduction ({ $old_price } is the seller's compare-at price, so it is
# not called 通常価格); no urgency the catalog does not give (今だけ, 最安値, お早めに).
offer-discount-1 = { $old_price }のところ、今は{ $price }です。
    .screen = { $old_price }→{ $price }
offer-discount-2 = { $discount }オフで、{ $price }になっています。
    .screen = { $discount }OFFで{ $price }
# every discount line shows the old price or the percentage: 「セール価格 6,580円」 alone says no reduction
offer-discount-3 = セール中で、{ $old_price }が{ $price }になっています。
    .screen = セール中 { $old_price }→{ $price }

# Calls to action: at least five send the viewer to the cart; at most one asks to save. The cart (カート) is the
# one word for it, in the voice and in the caption alike (never 商品リンク in one and カート in the other).
cta-1 = 気になった方は、画面下のカートからチェックしてみてください。
    .screen = カートからチェック
cta-2 = 詳しくは、画面下のカートからのぞいてみてくださいね。
    .screen = 詳しくはカートから
cta-3 = 気になったら、カートに入れておいてくださいね。
    .screen = まずはカートへ
cta-4 = あとで見返せるように、保存しておいてくださいね。
    .screen = あとで見返せるよう保存
cta-5 = ご購入は、画面下のカートからどうぞ。
    .screen = ご購入はカートから
cta-6 = ほかの写真や詳しい情報は、画面下のカートからチェックしてみてください。
    .screen = 写真と詳細はカートから
cta-7 = 気になる方は、画面下のカートをタップしてみてください。
    .screen = カートをタップ
cta-8 = 商品の写真や詳細は、画面下のカートから見られます。
    .screen = 詳細はカートから
cta-9 = 気になった方は、カートをタップしてのぞいてみてくださいね。
    .screen = 気になる方はカートへ
cta-10 = ほしいと思ったら、画面下のカートからどうぞ。
    .screen = ほしい方はカートへ

# Caption lines: { $hook_line } is the chosen hook's (or festival greeting's) on-screen text. The first line
# is also the ad text, so it carries the hook and the product name; the next line is a real line break
# (Japanese captions break lines). The ad text keeps the clause with the price and cuts at 、 and 。, so the
# price sentence ends in 。 and the sentence after it has no 、 (a cut never leaves "気になったら" hanging).
# The disclosure label (広告) is put at the very start by the generator.
caption-1 = { $hook_line }｜{ $brand }の{ $named ->
        [type] { $name }
       *[title] 「{ $name }」
    }
    お値段は{ $price }です。気になった方は画面下のカートからチェックしてみてください🛒
    .requires = brand
caption-2 = { $hook_line }｜{ $named ->
        [type] { $name }のご紹介
       *[title] 「{ $name }」
    }
    { $price }で手に入ります。詳しくは画面下のカートからどうぞ🛒
caption-3 = { $hook_line }｜{ $named ->
        [type] { $name }
       *[title] 「{ $name }」
    }をご紹介
    お値段は{ $price }。気になったらカートに入れておいてくださいね🛒
caption-4 = { $hook_line }｜{ $named ->
        [type] { $name }
       *[title] 「{ $name }」
    }はいかがですか
    気になるお値段は{ $price }です。画面下のカートからぜひのぞいてみてください🛒
caption-7 = { $hook_line }｜{ $named ->
        [type] { $name }
       *[title] 「{ $name }」
    }をチェック
    { $price }でお求めいただけます。気になった方はカートをタップしてみてください🛒
caption-8 = { $hook_line }｜{ $named ->
        [type] 今日は{ $name }
       *[title] 今日は「{ $name }」
    }をピックアップ
    価格は{ $price }。詳細は下のカートから見られます🛒
caption-9 = { $hook_line }｜{ $named ->
        [type] { $name }
       *[title] 「{ $name }」
    }、見てみませんか
    { $price }で販売中です。詳しい情報はカートの商品ページでどうぞ🛒
# Variants at different prices (.requires = from): the price is a starting price, written 〜 as on every
# screen and label (the voice says から).
caption-5 = { $hook_line }｜{ $named ->
        [type] { $name }のご紹介
       *[title] 「{ $name }」
    }
    お値段は{ $price }〜です。詳しくは画面下のカートからチェックしてみてください🛒
    .requires = from
caption-6 = { $hook_line }｜{ $brand }の{ $named ->
        [type] { $name }
       *[title] 「{ $name }」
    }
    { $price }〜でお選びいただけます。気になった方は画面下のカートからチェックしてみてください🛒
    .requires = from brand

caption-20 = { $hook_line }
    お値段は{ $price }です。気になった方は画面下のカートから詳しくチェックしてみてください🛒
    .requires = unnamed
hashtags = #TikTokShop #おすすめ #通販 #fyp
label-sale = セール
label-new = 新作
label-price_from = { $price }〜
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = 一部のバリエーションのみ対象です。

# The lowest price when the variants cost different amounts ("from"): said as a starting price (から), written
# 〜 on screen. Only a product with sizes says the price depends on the size.
offer-from-1 = お値段は{ $price }からです。
    .screen = { $price }〜
offer-from-2 = サイズによって、{ $price }からお選びいただけます。
    .screen = { $price }〜
    .requires = sizes
offer-from-3 = { $price }から手に入ります。
    .screen = 価格 { $price }〜

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Japanese: polite です・ます voice, product names in 「」, placeholders followed by
## particles (が/を/は/の/から) that work for any noun.
## Hooks: the hook scene lasts 3 seconds, so the voice is one short line (<= 20 characters at 7.5 per second,
## punctuation included) and the screen a curiosity line, not the product name; the intro that follows names
## the product. {hook_fact} is the screen line of the product's first selling point ("最大60時間使える",

# Hooks: the hook scene lasts 3 seconds, so the voice is one short line (<= 20 characters at 7.5 per second,
# punctuation included) and the screen a curiosity line, not the product name; the intro that follows names
# the product. {hook_fact} is the screen line of the product's first selling point ("最大60時間使える",
# "容量 1,200mAh"): it stands as a label after "：" or "、", so any fact fits. No "ご褒美" (treat yourself), no claims.
hook-1 = ちょっと待って、これ見てください。
    .screen = ちょっと待って！
hook-2 = { $category }をお探しの方へ。
    .screen = { $category }をお探しの方へ
hook-3 = これ、もう知ってました？
    .screen = これ、知ってました？
hook-4 = 今日の推しアイテム、見てください。
    .screen = 今日の推しアイテム
hook-5 = 今なら{ $discount }オフです。
    .screen = 今なら{ $discount }OFF
    .requires = discount
hook-6 = ここに注目、{ $hook_fact }！
    .screen = ここに注目：{ $hook_fact }
    .requires = pitch
hook-7 = イチオシ、{ $hook_fact }！
    .screen = イチオシ：{ $hook_fact }
    .requires = pitch
hook-8 = まずはここ、{ $hook_fact }！
    .screen = まずはここ！{ $hook_fact }
    .requires = pitch

intro-1 = こちらは、{ $brand }の「{ $name }」です。
    .screen = { $name }
    .requires = brand
intro-2 = 今回ご紹介するのは「{ $name }」です。
    .screen = { $name }
intro-3 = こちらの「{ $name }」、詳しく見ていきましょう。
    .screen = { $name }

benefit-material-1 = 素材には{ $material }を使っています。
    .screen = 素材は{ $material }
benefit-material-2 = { $material }ならではの質感が魅力です。
    .screen = { $material }ならではの質感
benefit-material-3 = 素材は{ $material }です。質感もチェックしてみてください。
    .screen = 素材：{ $material }

benefit-colors-1 = カラーは、{ $colors }の{ $color_count }色です。
    .screen = カラー：{ $colors }
benefit-colors-2 = { $colors_or }、お好きな色を選んでください。
    .screen = カラー：{ $colors }
benefit-colors-3 = カラーは、{ $colors }から選べます。
    .screen = 全{ $color_count }色：{ $colors }

benefit-sizes-1 = サイズは{ $sizes }をご用意しています。
    .screen = サイズ：{ $sizes }
benefit-sizes-2 = サイズは{ $sizes }からお選びいただけます。
    .screen = { $sizes }から選べます
benefit-sizes-3 = サイズ展開は{ $sizes }です。商品ページのサイズ表もご確認ください。
    .screen = サイズ展開：{ $sizes }

benefit-generic-1 = 細かいところまで、ぜひチェックしてみてください。
    .screen = 細部までチェック
benefit-generic-2 = 毎日使うアイテムとして、取り入れてみてはいかがですか。
    .screen = 毎日のアイテムに
benefit-generic-3 = 自分用にはもちろん、贈り物として選ぶのもおすすめです。
    .screen = 自分用にも贈り物にも

# Lines that assert a claim class (lightness, portability, mood, easy setup...) carry the fact that
# supports them in `requires`; the others state no claim.
benefit-apparel-1 = いろいろなコーデに合わせやすいデザインです。
    .screen = 合わせやすいデザイン
benefit-apparel-2 = きれいめにもカジュアルにも、幅広く活躍します。
    .screen = きれいめにもカジュアルにも
benefit-apparel-3 = ゆったりしたシルエットで、着心地がいいです。
    .screen = ゆったりシルエット
    .requires = feature:relaxed_fit
benefit-beauty-1 = いつものケアに、ぜひプラスしてみてください。
    .screen = いつものケアにプラス
benefit-beauty-2 = 毎日のルーティンに、取り入れてみてください。
    .screen = 毎日のルーティンに
benefit-beauty-3 = べたつかず、さらっとした使い心地です。
    .screen = さらっとした使い心地
    .requires = feature:lightweight_texture
benefit-home-1 = 置く場所に合わせて、サイズもチェックしてみてください。
    .screen = サイズ感もチェック
benefit-home-2 = お好みの香りで、お部屋の雰囲気づくりができます。
    .screen = 香りで雰囲気づくり
    .requires = attr:scent
benefit-home-3 = 明るさを調節して、お部屋のムードに合わせられます。
    .screen = 明るさでムードを
    .requires = feature:dimmable
benefit-electronics-1 = 対応機種や仕様は、商品ページでチェックしてみてください。
    .screen = 仕様をチェック
benefit-electronics-2 = 持ち運びやすいので、お出かけ先でも使えます。
    .screen = お出かけにも
    .requires = feature:portable
benefit-electronics-3 = 面倒な設定なしで、届いてすぐに使えます。
    .screen = 届いてすぐ使える
    .requires = feature:plug_and_play
benefit-gifts-1 = 大切な方への贈り物にぴったりです。
    .screen = 贈り物にぴったり
benefit-gifts-2 = ギフト選びに迷ったら、候補に入れてみてください。
    .screen = ギフト選びの候補に
benefit-gifts-3 = ちょっとしたお礼や手土産にも選びやすいです。
    .screen = ちょっとした贈り物に
benefit-accessories-1 = いつものコーデの仕上げに、ぴったりのアイテムです。
    .screen = コーデの仕上げに
benefit-accessories-2 = さりげなく、いつもの装いを華やかにしてくれます。
    .screen = さりげなく華やかに
benefit-accessories-3 = シンプルな服に合わせると、ほどよいアクセントになります。
    .screen = シンプルな服のアクセントに

offer-1 = お値段は、{ $price }です。
    .screen = { $price }
offer-2 = こちら、{ $price }で購入できます。
    .screen = 価格 { $price }
offer-3 = 気になるお値段は、{ $price }です。
    .screen = 気になるお値段は{ $price }

# Discount lines state the seller's own reduction; no urgency that is not in the catalog.
offer-discount-1 = { $old_price }のところ、{ $price }です。
    .screen = { $old_price }→{ $price }
offer-discount-2 = { $discount }オフで、{ $price }になっています。
    .screen = { $discount }OFFで{ $price }
offer-discount-3 = セール価格は、{ $price }です。
    .screen = セール価格{ $price }

cta-1 = 気になった方は、リンクをタップしてチェックしてみてください。
    .screen = タップしてチェック
cta-2 = 詳しくは、リンクからご覧ください。
    .screen = 詳しくはリンクから
cta-3 = 商品リンクから、ぜひのぞいてみてください。
    .screen = 商品リンクはこちら
cta-4 = あとで見返せるように、保存しておいてくださいね。
    .screen = あとで見返せるよう保存
cta-5 = 気になったら、カートに入れておいてくださいね。
    .screen = カートに追加
cta-6 = ご購入は、画面下のカートからどうぞ。
    .screen = カートから購入できます

# Calls to action: at least five send the viewer to the cart or product link; at most one asks to save.
# Caption lines: {hook_line} is the chosen hook's on-screen text. The first line is also the ad text,
# so it carries the hook and the product name; "\n" is a real line break (Japanese captions break lines).
caption-1 = { $hook_line }｜{ $brand }「{ $name }」
    お値段は{ $price }です✨ 詳しくはカートの商品リンクからどうぞ🛒
    .requires = brand
caption-2 = { $hook_line }｜「{ $name }」
    { $price }でお求めいただけます。気になった方はカートからチェックしてみてください🛒
caption-3 = { $hook_line }｜「{ $name }」
    お値段は{ $price }。気になったらカートに入れておいてくださいね🛒

hashtags = #TikTokShop #おすすめ #おすすめにのりたい #fyp
label-sale = セール
label-new = 新作
label-price_from = { $price }〜

# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema, the placeholders
## and the grammar variables. Every line is written for this market, not translated.
## Voice: Thai TikTok "ป้ายยา" (recommending to a friend), light slang (ส่อง, จัดเลย, ของมันต้องมี) in
## moderation. No ค่ะ/ครับ (gendered): neutral particles นะ / เลย / จ้า only, so any narrator can read it.
## Grammar the lines rely on: Thai has no articles, gender or plural; "this X" takes the noun's classifier.
## Thai writes a noun phrase without spaces ("เทียนหอมกลิ่นเลมอน", "ต่างหูทองแดง") and puts a space only where a
## phrase or clause ends. So a name built from facts ($named = type) joins the word before it ("ขอแนะนำ{ $name }",
## "{ $classifier }นี้คือ{ $name }"), and a seller's own title ($named = title, often Latin: "Ayonne skin") keeps a
## space on both sides. Nothing is glued AFTER { $name }: a name may end in Latin letters or digits ("ร่มกัน UV",
## "แบตสำรอง 10,000 mAh"), so it ends the line or its phrase, and what follows starts after a space.
## The classifier points at one item: "{ $classifier }นี้คือ{ $name }" ("ใบนี้คือกระเป๋าสตางค์หนังแท้"), from
## facts.toml [types]; every type, group and the generic word carries one, so it is never empty. Never write a
## classifier by hand (ตัว, ใบ, เครื่อง) next to a placeholder: each noun takes its own. Hooks, which do not
## name the product, point at it with อันนี้ / ตัวนี้, the words Thai uses for an item not yet named.
## Numbers: Thai has one CLDR plural form, so { $color_count } needs no selector ("มีให้เลือก 3 สี").
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort, warmth,
## durability, speed) unless `requires` names the fact that supports it: no ขายดี, ตัวฮิต, ใครๆ ก็ใช้,
## ใช้ง่าย; no health or food claims (Thai FDA); no testimonial ("ใช้เองแล้ว"): the creator shows the product.
## No line promises a picture (ซูมให้ดู, ดูใกล้ๆ, หมุนให้ดู, ตามที่เห็นในคลิป): the images may be the seller's
## placeholders. "POV" is on screen only: the voice-over would read the letters aloud. Every CTA points to the
## basket (ตะกร้า); none only asks to save, tag or comment.

# Hooks: the first 3 s. A voice is at most 29 spoken letters once filled (11 per second, 2.7 s with a breath;
# vowel and tone marks above and below the line do not count); ctk picks a shorter one when a filled line
# does not fit. A hook never says the name (the intro does, right after), claims nothing and pushes no
# urgency (ไม่ต้องรอ, อย่ารอ, ก่อนหมด). { $hook_fact } is a facts.toml screen line ("น้ำหนักเบา", "จุดได้นาน
# 33 ชั่วโมง", "พอร์ต USB-C"): an adjective, a verb phrase or a noun phrase. It sits inside a sentence that
# gives a reason to watch ("ใครหาแบบ…", or the answer to "เด่นตรงไหน?": "รู้ยัง อันนี้กำลังไฟ 120 W" read flat on
# a spec), never as a bare label after "จุดเด่น:" or "สปอยล์:", and
# nothing is glued after it (it may end in Latin letters or digits).
hook-1 = หยุดไถแป๊บนึง อันนี้ต้องดู
    .screen = หยุดไถแป๊บ! อันนี้ต้องดู
hook-2 = เพื่อนๆ ดูนี่ก่อน เดี๋ยวเล่าให้ฟัง
    .screen = ดูนี่ก่อน เดี๋ยวเล่าให้ฟัง
hook-3 = ไถฟีดอยู่ดีๆ ก็มาเจออันนี้
    .screen = POV: ไถฟีดแล้วเจออันนี้
hook-4 = รู้จักอันนี้กันยัง ดูก่อนเลย
    .screen = รู้จักอันนี้กันยัง?
hook-5 = ใครกำลังหาอยู่ มาทางนี้เลย
    .screen = ใครหาอยู่ มาทางนี้!
hook-6 = ขอป้ายยาหน่อยนะ ตัวนี้ต้องดู
    .screen = ขอป้ายยาหน่อยนะ
hook-7 = ตอนนี้ลดอยู่ { $discount } ดูก่อนเลย
    .screen = ลดอยู่ { $discount } ดูก่อน!
    .requires = discount
hook-8 = ตัวนี้เด่นตรงไหน? { $hook_fact }
    .screen = เด่นตรงไหน? { $hook_fact }
    .requires = pitch
hook-9 = ตัวนี้{ $hook_fact } ต้องดูแล้ว
    .screen = ตัวนี้{ $hook_fact } ต้องดู!
    .requires = pitch
# "ใครหาแบบ…" asks for a feature; a measured spec ("กำลังไฟ 120 W") reads flat there, so products whose
# facts carry a measured spec take the other pitch hooks.
hook-10 = ใครหาแบบ{ $hook_fact } ดูนี่เลย
    .screen = ใครหาแบบ{ $hook_fact } ดูนี่!
    .requires = pitch !attr:power !attr:battery_capacity !attr:battery_life !attr:volume !attr:dimensions !attr:length !attr:height !attr:diameter !attr:connectivity_version !attr:brightness_levels
hook-11 = คิดของขวัญไม่ออก ดูนี่ก่อน
    .screen = คิดของขวัญไม่ออก? ดูนี่
    .requires = feature:giftable
hook-12 = ใครยังไม่เคยเห็นอันนี้ มาดูกัน
    .screen = ยังไม่เคยเห็นใช่มั้ย?
hook-13 = เจออันนี้มา ขอแชร์หน่อยนะ
    .screen = ขอแชร์อันนี้หน่อยนะ
hook-14 = แวะดูอันนี้ก่อน แป๊บเดียวเอง
    .screen = แวะดูก่อน แป๊บเดียว!
hook-15 = ดูให้จบก่อนค่อยไถต่อนะ
    .screen = ดูให้จบก่อนค่อยไถนะ
hook-16 = วันนี้มีของดีมาบอกต่ออีกแล้ว
    .screen = วันนี้มีของดีมาบอกต่อ
hook-17 = ชิ้นนี้มีดีอะไรบ้าง ไปดูพร้อมกัน
    .screen = ชิ้นนี้มีดีอะไรบ้าง?
hook-18 = วันนี้มีอะไรมาให้ดู ไปดูกัน
    .screen = วันนี้มีอะไรมาให้ดู?
hook-19 = สายช้อปมาทางนี้ ตัวนี้น่าสนใจ
    .screen = สายช้อปมาทางนี้!
hook-20 = แอบเจอของน่าสนใจมาฝาก
    .screen = เจอของน่าสนใจมาฝาก

# Intros name the product; the name ends the line, so a long built name never leaves a particle glued after it.
# The classifier points at one item; ctk passes no pack flag, and a pack's name says it ("ถุงเท้าผ้าคอตตอนแพ็ค
# 10 คู่"), where "คู่นี้" would contradict it. So a few lines point with the classifier (one intro in three, one
# caption in four) and the rest need none, and packs get their own (.requires = attr:pack_count).
# A built name is a bare type word ("เก้าอี้"): its [type] variants present it ("มาดู…ตัวนี้กัน"), never "ตัวนี้คือเก้าอี้".
intro-1 = { $named ->
        [type] วันนี้พามาดู{ $name } จากแบรนด์ { $brand }
       *[title] { $classifier }นี้คือ { $name } จากแบรนด์ { $brand }
    }
    .screen = { $name }
    .requires = brand
intro-2 = { $named ->
        [type] จากแบรนด์ { $brand } วันนี้พามารู้จัก{ $name }
       *[title] จากแบรนด์ { $brand } วันนี้พามารู้จัก { $name }
    }
    .screen = { $name }
    .requires = brand
intro-3 = { $named ->
        [type] { $pack ->
            [0] ขอแนะนำ{ $name }{ $classifier }นี้เลย
           *[other] ขอแนะนำ{ $name }เลย
        }
       *[title] ขอแนะนำ { $name }
    }
    .screen = { $name }
intro-4 = { $named ->
        [type] { $pack ->
            [0] มาดู{ $name }{ $classifier }นี้กัน
           *[other] มาดู{ $name }กัน
        }
       *[title] { $pack ->
            [0] มาดูกัน { $classifier }นี้คือ { $name }
           *[other] มาดูกันเลย { $name }
        }
    }
    .screen = { $name }
intro-5 = { $named ->
        [type] ไปดูกันเลย ของดีที่จะบอกต่อวันนี้คือ{ $name }
       *[title] ไปดูกันเลย ของดีที่จะบอกต่อวันนี้คือ { $name }
    }
    .screen = { $name }
intro-6 = { $named ->
        [type] ของที่อยากแนะนำวันนี้คือ{ $name }
       *[title] ของที่อยากแนะนำวันนี้คือ { $name }
    }
    .screen = { $name }
intro-7 = { $named ->
        [type] วันนี้พามาส่อง{ $name }
       *[title] วันนี้พามาส่อง { $name }
    }
    .screen = { $name }
intro-11 = { $named ->
        [type] วันนี้ขอป้ายยา{ $name }
       *[title] วันนี้ขอป้ายยา { $name }
    }
    .screen = { $name }
intro-12 = { $named ->
        [type] มาทำความรู้จักกับ{ $name }
       *[title] มาทำความรู้จักกับ { $name }
    }
    .screen = { $name }
intro-8 = { $named ->
        [type] ได้หลายชิ้นในทีเดียว กับ{ $name }
       *[title] ได้หลายชิ้นในทีเดียว นี่คือ { $name }
    }
    .screen = { $name }
    .requires = attr:pack_count !type:supplement
intro-9 = { $named ->
        [type] สายตุนของต้องดู{ $name }
       *[title] สายตุนของต้องดู { $name }
    }
    .screen = { $name }
    .requires = attr:pack_count !type:supplement
intro-10 = { $named ->
        [type] ซื้อทีเดียวได้หลายชิ้น วันนี้พามาดู{ $name }
       *[title] ซื้อทีเดียวได้หลายชิ้น วันนี้พามาดู { $name }
    }
    .screen = { $name }
    .requires = attr:pack_count !type:supplement

# What it is made of, said the way a seller talks: "ทำจาก…" fits every material (งาน… is for crafts only).
benefit-material-1 = { $pack ->
        [0] { $classifier }นี้ทำจาก{ $material }
       *[other] แพ็คนี้ทำจาก{ $material }
    } ใครชอบวัสดุแบบนี้ต้องดู
    .screen = ทำจาก{ $material }
benefit-material-2 = { $pack ->
        [0] { $classifier }นี้ทำจาก{ $material }
       *[other] ทั้งแพ็คทำจาก{ $material }
    }
    .screen = ทำจาก{ $material }
benefit-material-3 = เรื่องวัสดุ ใช้เป็น{ $material }
    .screen = วัสดุ: { $material }

# { $colors } is an "and" list (สีดำ สีเทาและสีขาว: what the shop has); { $colors_or } is not used: its CLDR
# form puts commas between the colours, which Thai does not write. Never "มี{ $colors }" alone, which reads as
# one two-tone item. More than five colours (.requires = many_colors): the line says how many and lists none.
benefit-colors-1 = มีให้เลือกทั้ง{ $colors } ชอบสีไหนเลือกสีนั้นเลย
    .screen = มีให้เลือก{ $colors }
benefit-colors-2 = เลือกสีได้ระหว่าง{ $colors } ชอบแบบไหนจัดเลย
    .screen = เลือกได้ระหว่าง{ $colors }
benefit-colors-3 = มีให้เลือก { $color_count } สี คือ{ $colors } ชอบสีไหนจัดเลย
    .screen = { $color_count } สี: { $colors }
benefit-colors-4 = มีให้เลือกถึง { $color_count } สี ดูสีทั้งหมดในตะกร้าได้เลย
    .screen = มีให้เลือก { $color_count } สี
    .requires = many_colors
benefit-colors-5 = สีเยอะมาก มีทั้งหมด { $color_count } สี ไปเลือกสีที่ชอบในตะกร้าได้เลย
    .screen = { $color_count } สีให้เลือก
    .requires = many_colors

# "เลือกให้พอดี" and a size chart (ตารางไซส์) are for what is worn (.requires = group:apparel); a cat scratcher
# or a pot in S or L takes the other lines.
benefit-sizes-1 = มีไซส์ { $sizes } เลือกให้พอดีได้เลย
    .screen = ไซส์: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-2 = ไซส์ที่มีคือ { $sizes } เลือกได้ตามสบายเลย
    .screen = เลือกไซส์ได้: { $sizes }
    .requires = !attr:age_range
benefit-sizes-3 = มีไซส์ { $sizes } เช็กตารางไซส์ก่อนสั่งนะ
    .screen = ไซส์ที่มี: { $sizes }
    .requires = group:apparel !attr:age_range
benefit-sizes-4 = มีไซส์ { $sizes } ให้เลือก ดูขนาดในตะกร้าได้เลย
    .screen = มีไซส์ { $sizes }
    .requires = !attr:age_range
# Kids' things: the letters are the shop's size codes, not the viewer's own size.
benefit-sizes-5 = ไซส์ในร้านมี { $sizes } เช็กขนาดที่เหมาะกับน้องได้ในตะกร้า
    .screen = ไซส์ในร้าน: { $sizes }
    .requires = attr:age_range

benefit-generic-1 = จะใช้เองหรือซื้อเป็นของขวัญก็ได้หมด
    .screen = ใช้เองก็ได้ ให้เป็นของขวัญก็ดี
benefit-generic-2 = เห็นแล้วนึกถึงเพื่อนบางคนขึ้นมาเลย
    .screen = เห็นแล้วนึกถึงใครบางคน
benefit-generic-3 = ใครชอบของแนวนี้ น่าจะถูกใจเลยแหละ
    .screen = สายนี้น่าจะถูกใจ
benefit-generic-4 = แกะกล่องมาก็ใช้ได้เลย ไม่ยุ่งยาก
    .screen = ใช้ง่าย ไม่ยุ่งยาก
    .requires = feature:plug_and_play

benefit-apparel-1 = ใส่สบาย ดูดีได้ทั้งวัน ไม่ต้องคิดเยอะ
    .screen = ใส่สบาย ดูดีทั้งวัน
    .requires = attr:material
benefit-apparel-2 = จะแต่งลุคเรียบๆ หรือจัดเต็ม ก็แมตช์ง่ายมาก
    .screen = แมตช์ง่าย ได้หลายลุค
benefit-beauty-1 = เพิ่มเข้าไปในรูทีนประจำวันได้ง่ายๆ เลย
    .screen = เพิ่มในรูทีนได้เลย
benefit-beauty-2 = สายบิวตี้ทั้งหลาย ห้ามเลื่อนผ่านตัวนี้นะ
    .screen = สายบิวตี้ห้ามเลื่อนผ่าน
    .requires = !type:electric_toothbrush !type:water_flosser
benefit-beauty-3 = เนื้อบางเบา ทาแล้วรู้สึกเบาผิว
    .screen = เนื้อบางเบา
    .requires = feature:lightweight_texture
benefit-home-1 = ของในบ้าน ถ้าได้แบบที่ถูกใจ เห็นทุกวันก็แฮปปี้
    .screen = ได้ของถูกใจ เห็นแล้วแฮปปี้
benefit-home-4 = เพิ่มของใหม่เข้าบ้านสักชิ้น ก็สนุกดีนะ
    .screen = ของใหม่เข้าบ้านสักชิ้น
benefit-home-5 = ของที่ใช้ทุกวัน เลือกแบบที่ชอบไว้ก่อนเลย
    .screen = ของใช้ทุกวัน เลือกแบบที่ชอบ
benefit-home-6 = ใครกำลังแต่งมุมโปรดอยู่ ลองดูชิ้นนี้ไว้นะ
    .screen = แต่งมุมโปรดลองดูชิ้นนี้
benefit-home-2 = หรี่แสงได้ตามใจ เปลี่ยนมู้ดของห้องได้เลย
    .screen = เปลี่ยนมู้ดห้องได้เลย
    .requires = feature:dimmable
benefit-home-3 = เลือกกลิ่นที่ชอบ ให้ห้องหอมในแบบของเรา
    .screen = ห้องหอมในแบบที่ชอบ
    .requires = attr:scent
# Pets and baby gear: no claim (ปลอดภัย, ทนทาน, สัตวแพทย์แนะนำ) unless a fact says it.
benefit-pets-1 = ทาสหมาทาสแมว ตัวนี้ห้ามเลื่อนผ่านนะ
    .screen = ทาสหมาแมวห้ามพลาด
benefit-pets-2 = หาของใหม่ให้น้องๆ ที่บ้านสักชิ้น ลองดูตัวนี้
    .screen = ของใหม่ให้น้องๆ ที่บ้าน
benefit-baby-1 = คุณพ่อคุณแม่มือใหม่ ลองดูตัวนี้ไว้นะ
    .screen = พ่อแม่มือใหม่ลองดู
benefit-baby-2 = ซื้อให้ลูกเองก็ได้ หรือเป็นของรับขวัญเด็กแรกเกิดก็ดี
    .screen = ใช้เองหรือเป็นของรับขวัญ
benefit-electronics-1 = สายแก็ดเจ็ตเห็นแล้วน่าจะอยากลองสักครั้ง
    .screen = สายแก็ดเจ็ตห้ามพลาด
benefit-electronics-2 = ตั้งค่าไม่ยาก ไม่ต้องนั่งอ่านคู่มือให้งง
    .screen = ตั้งค่าง่าย ไม่งง
    .requires = feature:plug_and_play
benefit-electronics-3 = พกติดตัวไปไหนก็สะดวกมาก
    .screen = พกไปไหนก็สะดวก
    .requires = feature:portable
benefit-gifts-1 = ใครกำลังหาของขวัญ เซฟเก็บไว้ในลิสต์ก่อนเลย
    .screen = เซฟไว้ในลิสต์ของขวัญ
benefit-gifts-2 = ใครคิดไม่ออกว่าจะให้อะไรดี ลองดูอันนี้ก่อน
    .screen = คิดไม่ออก ลองดูอันนี้
benefit-accessories-1 = เพิ่มแค่ชิ้นเดียว ลุคก็ดูครบขึ้นทันที
    .screen = ชิ้นเดียว ลุคเปลี่ยน
benefit-accessories-2 = แค่เติมชิ้นนี้ ลุคธรรมดาก็ดูปังขึ้นเลย
    .screen = เติมลุคให้ปังขึ้น

# A price with no reduction is said plainly: แค่ / เพียง / เท่านั้น / เอง belong to a reduced price only. The
# price ends its line: no particle after it ("฿919 จ้า").
offer-1 = ส่วนราคาอยู่ที่ { $price }
    .screen = ราคาอยู่ที่ { $price }
offer-2 = มาที่ราคากันบ้าง { $price }
    .screen = { $price }
offer-3 = ราคาตอนนี้อยู่ที่ { $price }
    .screen = ราคาตอนนี้ { $price }
offer-4 = { $pack ->
        [0] { $classifier }นี้ราคา { $price }
       *[other] ตอนนี้ราคา { $price }
    }
    .screen = ราคา { $price }
offer-5 = { $pack ->
        [0] ราคาของ{ $classifier }นี้คือ { $price }
       *[other] ราคาอยู่ที่ { $price }
    }
    .screen = { $pack ->
        [0] ราคา{ $classifier }นี้ { $price }
       *[other] ราคา { $price }
    }
offer-6 = บอกราคาเลยนะ { $price }
    .screen = บอกราคาเลย { $price }

# The discount hook already says the %: offer lines name the two prices instead.
offer-discount-1 = จากปกติ { $old_price } ตอนนี้เหลือแค่ { $price }
    .screen = จาก { $old_price } เหลือ { $price }
offer-discount-2 = ราคาปกติ { $old_price } ช่วงโปรเหลือแค่ { $price }
    .screen = ปกติ { $old_price } ตอนนี้ { $price }
offer-discount-3 = ตอนนี้เหลือ { $price } จากปกติ { $old_price }
    .screen = ตอนนี้ { $price }

# No invented urgency ("ไม่ต้องรอ", "อย่ารอ", "ก่อนหมด"): the basket is below the video.
cta-1 = สนใจจิ้มตะกร้าด้านล่างได้เลยนะ
    .screen = จิ้มตะกร้าได้เลย
cta-2 = ชอบก็จัดเลย กดตะกร้าเหลืองด้านล่างนะ
    .screen = ชอบก็จัดเลย
cta-3 = ดูรายละเอียดเพิ่มเติมในตะกร้าได้เลยนะ
    .screen = รายละเอียดในตะกร้า
cta-4 = ยังไม่แน่ใจ เซฟคลิปไว้ก่อน พร้อมเมื่อไหร่จิ้มตะกร้าได้เลย
    .screen = เซฟไว้ก่อน แล้วจิ้มตะกร้า
cta-5 = แท็กเพื่อนที่กำลังหาอยู่ แล้วไปจิ้มตะกร้าด้วยกันนะ
    .screen = แท็กเพื่อน แล้วจิ้มตะกร้า
cta-6 = สงสัยตรงไหนถามในคอมเมนต์ได้ สนใจก็จิ้มตะกร้าได้เลย
    .screen = สงสัยถามได้ สนใจจิ้มตะกร้า
cta-7 = ชอบแล้วก็กดสั่งในตะกร้าได้เลยนะ
    .screen = กดสั่งในตะกร้าเลย
cta-8 = ถูกใจก็กดตะกร้าด้านล่างได้เลย
    .screen = ถูกใจกดตะกร้าเลย
cta-9 = ตะกร้าอยู่ด้านล่าง กดดูได้เลยนะ
    .screen = กดตะกร้าด้านล่าง
cta-10 = ดูรูปเพิ่มเติมและรายละเอียดได้ในตะกร้าเลย
    .screen = ดูเพิ่มเติมในตะกร้า
cta-11 = ใครสนใจ กดตะกร้าด้านล่างไปดูต่อได้เลย
    .screen = สนใจกดตะกร้าไปดูต่อ
cta-12 = ข้อมูลครบๆ อยู่ในตะกร้าแล้ว ไปดูกันได้เลย
    .screen = ข้อมูลครบในตะกร้า
cta-13 = ถ้าโดนใจ กดตะกร้าสีเหลืองได้เลยนะ
    .screen = โดนใจกดตะกร้าเหลือง
cta-14 = อยากดูให้ชัดๆ แวะไปที่ตะกร้าได้เลย
    .screen = แวะดูที่ตะกร้าได้เลย
cta-15 = ใครเล็งอยู่ จิ้มตะกร้าด้านล่างได้เลยนะ
    .screen = ใครเล็งอยู่ จิ้มตะกร้าเลย

# Caption lines: { $hook_line } is the chosen hook's on-screen text. The first line is also the ad text
# (50 characters in th), so it carries the hook and the price; the product goes to the second line, joined to
# the word before it as in the intros ($named). As in the intros, only some lines point with the classifier,
# and packs have their own. A full price is said plainly (แค่ / เอง only with .requires = discount); variants
# at different prices get the เริ่มต้น lines (.requires = from).
caption-1 = { $hook_line } ✨ ราคา { $price }
    { $named ->
        [type] แบรนด์ { $brand } วันนี้พามาดู{ $name } จิ้มตะกร้าได้เลย 🛒
       *[title] { $classifier }นี้คือ { $name } จากแบรนด์ { $brand } จิ้มตะกร้าได้เลย 🛒
    }
    .requires = brand
caption-2 = { $hook_line } 💛 ราคา { $price }
    { $named ->
        [type] ใครถูกใจ{ $name } จิ้มตะกร้าได้เลย 🛒
       *[title] ใครถูกใจ { $name } จิ้มตะกร้าได้เลย 🛒
    }
caption-3 = { $hook_line } ✨ { $price }
    { $named ->
        [type] ของดีที่อยากบอกต่อวันนี้คือ{ $name } ดูรายละเอียดในตะกร้าได้เลย 🛒
       *[title] ของดีที่อยากบอกต่อวันนี้คือ { $name } ดูรายละเอียดในตะกร้าได้เลย 🛒
    }
caption-4 = { $hook_line } 💛 { $price }
    { $named ->
        [type] ใครสนใจ{ $name } กดตะกร้าได้เลยนะ 🛒
       *[title] ใครสนใจ { $name } กดตะกร้าได้เลยนะ 🛒
    }
caption-11 = { $hook_line } 💛 { $price }
    { $named ->
        [type] ใครสนใจ{ $name } ดูรูปและรายละเอียดในตะกร้าได้เลย 🛒
       *[title] ใครสนใจ { $name } ดูรูปและรายละเอียดในตะกร้าได้เลย 🛒
    }
caption-12 = { $hook_line } ✨ { $price }
    { $named ->
        [type] วันนี้มาแนะนำ{ $name } สนใจกดตะกร้าด้านล่างได้เลย 🛒
       *[title] วันนี้มาแนะนำ { $name } สนใจกดตะกร้าด้านล่างได้เลย 🛒
    }
caption-5 = { $hook_line } 💛 ทั้งแพ็ค { $price }
    { $name } สนใจจิ้มตะกร้าได้เลย 🛒
    .requires = attr:pack_count !type:supplement
caption-6 = { $hook_line } ✨ ยกแพ็ค { $price }
    { $named ->
        [type] สายตุนของต้องดู{ $name } รายละเอียดในตะกร้าเลย 🛒
       *[title] สายตุนของต้องดู { $name } รายละเอียดในตะกร้าเลย 🛒
    }
    .requires = attr:pack_count !type:supplement
caption-7 = { $hook_line } 🔥 เหลือแค่ { $price }
    { $named ->
        [type] { $name } ราคาปกติ { $old_price } จิ้มตะกร้าได้เลย 🛒
       *[title] { $name } ราคาปกติ { $old_price } จิ้มตะกร้าได้เลย 🛒
    }
    .requires = discount
caption-8 = { $hook_line } ✨ ตอนนี้ { $price } เอง
    { $named ->
        [type] { $name } ลดราคาแล้ว กดตะกร้าได้เลยนะ 🛒
       *[title] { $name } ลดราคาแล้ว กดตะกร้าได้เลยนะ 🛒
    }
    .requires = discount
caption-9 = { $hook_line } ✨ เริ่มต้น { $price }
    { $named ->
        [type] { $name } ราคาแล้วแต่ตัวเลือก ดูในตะกร้าได้เลย 🛒
       *[title] { $name } ราคาแล้วแต่ตัวเลือก ดูในตะกร้าได้เลย 🛒
    }
    .requires = from
caption-10 = { $hook_line } 💛 ราคาเริ่มต้น { $price }
    { $named ->
        [type] { $name } มีหลายแบบ เลือกแบบที่ชอบในตะกร้าได้เลย 🛒
       *[title] { $name } มีหลายแบบ เลือกแบบที่ชอบในตะกร้าได้เลย 🛒
    }
    .requires = from

caption-20 = { $hook_line } ✨ ราคา { $price }
    ดูรูปและรายละเอียดเพิ่มเติมในตะกร้าได้เลย 🛒
    .requires = unnamed
hashtags = #TikTokShop #ป้ายยา #ของดีบอกต่อ
label-sale = ลดราคา
label-new = มาใหม่
label-price_from = เริ่มต้น { $price }
# A reduction that holds for some variants only: said after the offer and shown under it.
label-some_variants = เฉพาะบางตัวเลือกเท่านั้น

# The lowest price when the variants cost different amounts ("from"): said as a starting price, plainly.
offer-from-1 = ราคาเริ่มต้นที่ { $price } แล้วแต่แบบ
    .screen = เริ่มต้น { $price }
offer-from-2 = แล้วแต่ตัวเลือก เริ่มต้นที่ { $price }
    .screen = เริ่มต้น { $price }

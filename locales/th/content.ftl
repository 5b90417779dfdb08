# Native copy for the no-model script generator, in Project Fluent (see locales/README.md).

## Native copy for the no-model script generator. See locales/README.md for the schema
## and the placeholders. Every line is written for this market, not translated.
## Thai TikTok voice: friendly "ป้ายยา" (recommending to a friend). No ค่ะ/ครับ (gendered):
## neutral particles นะ / เลย / จ้า only. No classifiers (ตัว, ใบ, เครื่อง...) next to
## {category}/{name}, since each Thai noun takes its own classifier.
## No line asserts a claim class (popularity, easy setup, lightness, portability, mood, comfort,
## warmth, durability, speed) unless `requires` names the fact that supports it; hooks and intros
## introduce the product with {name}, never {category} alone.

# Hook voices stay short: the hook scene is 3 s, so a voice is at most 29 spoken letters at 11 per
# second (vowel and tone marks above and below the line do not count). They do not say the name (the
# intro says it next), claim nothing and push no urgency.
hook-1 = เดี๋ยวก่อน อย่าเพิ่งไถผ่าน ตัวนี้ต้องดู
    .screen = หยุดไถก่อน! ตัวนี้ต้องดู
hook-2 = ขอป้ายยาหน่อยนะ ตัวนี้อยากให้ดู
    .screen = ขอป้ายยาหน่อยนะ
hook-3 = ใครกำลังหาอยู่ ดูตัวนี้ก่อน
    .screen = ใครหาอยู่ ดูนี่เลย!
hook-4 = มีของดีมาบอกต่อ ดูให้จบนะ
    .screen = ของดีบอกต่อ!
hook-5 = วันนี้มีของมาให้ดูจ้า
    .screen = มีของมาให้ดูจ้า
hook-6 = ตอนนี้ลดอยู่ { $discount } ดูก่อนเลย
    .screen = ตอนนี้ลด { $discount }
    .requires = discount
hook-7 = บอกก่อนเลย { $hook_fact }
    .screen = บอกก่อนเลย: { $hook_fact }
    .requires = pitch
hook-8 = { $hook_fact } ดูตรงนี้เลย
    .screen = ดูนี่ก่อน: { $hook_fact }
    .requires = pitch
hook-9 = ขอโชว์ก่อนเลย { $hook_fact }
    .screen = ขอโชว์ก่อน: { $hook_fact }
    .requires = pitch

# Intros end on the name, so a long built name never leaves a particle dangling after it.
intro-1 = ตัวนี้คือ { $name } จากแบรนด์ { $brand }
    .screen = { $name }
    .requires = brand
intro-2 = ตัวที่อยากแนะนำวันนี้คือ { $name }
    .screen = { $name }
intro-3 = ไปดูกันเลย ตัวนี้คือ { $name }
    .screen = { $name }

benefit-material-1 = ตัวนี้เป็นงาน{ $material } ดูเนื้องานใกล้ๆ ได้เลย
    .screen = งาน{ $material }
benefit-material-2 = ซูมให้ดูใกล้ๆ ตัวนี้เป็นงาน{ $material }
    .screen = งาน{ $material }
benefit-material-3 = ขอซูมให้ดูชัดๆ เนื้องานเป็น{ $material }
    .screen = ซูมให้ดู: งาน{ $material }

# {colors} is an "and" list (สีดำและสีเทา: what the shop has), {colors_or} an "or" list (a choice);
# never "มี{colors}" alone, which reads as one two-tone item.
benefit-colors-1 = มีให้เลือกทั้ง{ $colors } ชอบสีไหนเลือกสีนั้นเลย
    .screen = มีให้เลือก: { $colors }
benefit-colors-2 = จะเอา{ $colors_or } ก็เลือกได้เลย
    .screen = สี: { $colors }
benefit-colors-3 = สีที่มีตอนนี้คือ{ $colors } ชอบสีไหนเลือกได้เลย
    .screen = สีที่มี: { $colors }

benefit-sizes-1 = มีไซส์ { $sizes } เลือกให้พอดีได้เลย
    .screen = ไซส์: { $sizes }
benefit-sizes-2 = ไซส์ที่มีคือ { $sizes } เลือกได้ตามสบายเลย
    .screen = เลือกไซส์ได้: { $sizes }
benefit-sizes-3 = มีไซส์ { $sizes } เช็กตารางไซส์ก่อนสั่งนะ
    .screen = ไซส์ที่มี: { $sizes }

benefit-generic-1 = หมุนให้ดูครบทุกมุม ดูกันให้ชัดๆ เลย
    .screen = ดูกันให้ครบทุกมุม
benefit-generic-2 = ซูมให้ดูกันชัดๆ ตัวจริงหน้าตาแบบนี้เลย
    .screen = ซูมให้ดูชัดๆ
benefit-generic-3 = ใครชอบของแนวนี้ ดูให้จบก่อนนะ
    .screen = ใครชอบแนวนี้ต้องดู
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
benefit-beauty-3 = เนื้อบางเบา เกลี่ยง่าย ไม่เหนอะหนะ
    .screen = เนื้อบางเบา เกลี่ยง่าย
    .requires = feature:lightweight_texture
benefit-home-1 = อยากจัดบ้านให้เป็นสไตล์ตัวเอง เริ่มจากชิ้นนี้ได้เลย
    .screen = จัดบ้านในสไตล์เรา
benefit-home-2 = หรี่แสงได้ตามใจ เปลี่ยนมู้ดของห้องได้เลย
    .screen = เปลี่ยนมู้ดห้องได้เลย
    .requires = feature:dimmable
benefit-home-3 = เลือกกลิ่นที่ชอบ ให้ห้องหอมในแบบของเรา
    .screen = ห้องหอมในแบบที่ชอบ
    .requires = attr:scent
benefit-electronics-1 = ใครสายแก็ดเจ็ต ดูให้จบก่อนนะ
    .screen = สายแก็ดเจ็ตต้องดู
benefit-electronics-2 = ตั้งค่าไม่ยาก ไม่ต้องนั่งอ่านคู่มือให้งง
    .screen = ตั้งค่าง่าย ไม่งง
    .requires = feature:plug_and_play
benefit-electronics-3 = พกติดตัวไปไหนก็สะดวกมาก
    .screen = พกไปไหนก็สะดวก
    .requires = feature:portable
benefit-gifts-1 = เจอแล้ว ของขวัญที่คนรับได้ใช้จริงๆ
    .screen = ของขวัญที่ได้ใช้จริง
benefit-gifts-2 = ใครคิดไม่ออกว่าจะให้อะไรดี อันนี้ตอบโจทย์เลย
    .screen = คิดไม่ออก ให้อันนี้
benefit-accessories-1 = เพิ่มแค่ชิ้นเดียว ลุคก็ดูครบขึ้นทันที
    .screen = ชิ้นเดียว ลุคเปลี่ยน
benefit-accessories-2 = แค่เติมชิ้นนี้ ลุคธรรมดาก็ดูปังขึ้นเลย
    .screen = เติมลุคให้ปังขึ้น

offer-1 = ทั้งหมดนี้ในราคาแค่ { $price } เอง
    .screen = เพียง { $price }
offer-2 = ราคาน่ารักมาก แค่ { $price } เท่านั้น
    .screen = ราคา { $price }
offer-3 = ราคาตอนนี้อยู่ที่ { $price } จ้า
    .screen = ราคาตอนนี้ { $price }

# The discount hook already says the % and "รีบ": offer lines name the two prices instead.
offer-discount-1 = จากปกติ { $old_price } ตอนนี้เหลือแค่ { $price }
    .screen = จาก { $old_price } เหลือ { $price }
offer-discount-2 = ราคาปกติ { $old_price } ช่วงโปรเหลือแค่ { $price }
    .screen = ปกติ { $old_price } ตอนนี้ { $price }
offer-discount-3 = ตอนนี้เหลือ { $price } จากปกติ { $old_price }
    .screen = ตอนนี้ { $price }

# No invented urgency ("ไม่ต้องรอ", "อย่ารอ", "ก่อนหมด"): the basket is below the video.
cta-1 = สนใจกดตะกร้าด้านล่างได้เลยนะ
    .screen = กดตะกร้าเลย
cta-2 = ชอบแล้วก็จัดเลย จิ้มตะกร้าด้านล่างได้เลย
    .screen = ชอบก็จัดเลย
cta-3 = ดูรายละเอียดเพิ่มเติมในตะกร้าได้เลยนะ
    .screen = รายละเอียดในตะกร้า
cta-4 = สนใจจิ้มตะกร้าได้เลยนะ
    .screen = จิ้มตะกร้าได้เลย
cta-5 = ชอบแล้วก็กดสั่งในตะกร้าได้เลยนะ
    .screen = กดสั่งในตะกร้าเลย
cta-6 = ยังไม่แน่ใจ กดเซฟคลิปนี้ไว้ก่อนก็ได้นะ
    .screen = กดเซฟไว้ก่อน

# Caption lines: {hook_line} is the chosen hook's on-screen text. The first line is also the ad text
# (50 characters in th), so it carries the hook and the price, and the long name goes to the second line.
caption-1 = { $hook_line } ✨ ราคา { $price }
    { $name } จากแบรนด์ { $brand } จิ้มตะกร้าได้เลย 🛒
    .requires = brand
caption-2 = { $hook_line } ✨ ราคาแค่ { $price }
    { $name } สนใจจิ้มตะกร้าได้เลย 🛒
caption-3 = { $hook_line } 💛 เพียง { $price }
    { $name } ใครสนใจกดตะกร้าได้เลย 🛒

hashtags = #TikTokShop #ป้ายยา #ของดีบอกต่อ
label-sale = ลดราคา
label-new = มาใหม่
label-price_from = เริ่มต้น { $price }

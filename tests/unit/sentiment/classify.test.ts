import { describe, expect, it } from 'vitest';
import { reviewText } from '../../../lib/alerts/review-text';
import { sentenceSpans } from '../../../lib/sentiment/classifier';
import { classifyReview } from '../../../lib/sentiment/index';
import { sanitizeForAnalysis } from '../../../lib/sentiment/sanitize';
import { sentimentResultSchema, type AspectName } from '../../../lib/sentiment/types';

describe('negation', () => {
  it.each([
    ['not bad', (l: string) => l !== 'negative'],
    ['Not bad at all for the money.', (l: string) => l !== 'negative'],
    ['not good', (l: string) => l === 'negative'],
    ["It doesn't work and the seller never answered.", (l: string) => l === 'negative'],
    ['不是很好', (l: string) => l === 'negative'],
    ['没什么问题', (l: string) => l === 'positive'],
    ['用了一个月，没有任何问题，很满意', (l: string) => l === 'positive'],
    ['不太满意，做工一般', (l: string) => l === 'negative'],
    // Praise said through a negation, with straight and curly apostrophes.
    ['There is nothing to dislike.', (l: string) => l === 'positive'],
    ['I have nothing bad to say about it.', (l: string) => l === 'positive'],
    ['Can’t say enough good things about it.', (l: string) => l === 'positive'],
    ["You won't regret it.", (l: string) => l === 'positive'],
    ['挑不出毛病', (l: string) => l === 'positive'],
  ])('%s', (text, ok) => {
    const r = classifyReview(text);
    expect(ok(r.label), `${text} -> ${r.label} (${r.score})`).toBe(true);
  });
});

describe('a product dealing with a problem', () => {
  // The English model reads grease, leaks, germs, kill and prevent as complaints; before the rule
  // every positive line here scored negative ("It prevents leaks." −0.92).
  it.each([
    'With just a drop, it cuts through grease and leaves dishes sparkling clean.', // real review
    'Its gentle formula is tough on grease but soft on hands.', // real review
    'It prevents leaks.',
    'Kills germs.',
    'Keeps the fleas away.',
    'Gets rid of the smell.',
    'It stopped the leak.',
  ])('%s -> positive', (text) => {
    const r = classifyReview(text);
    expect(r.label, `${r.score}`).toBe('positive');
  });

  it.each([
    "It doesn't remove stains.",
    'It failed to stop the leak.',
    'Did not really get rid of the smell.',
    'This stuff stops working after a week.',
    'no scratch guard for LCD, software is horrible', // a Con of the pros_cons corpus
    // The clause after "but" carries the verdict: the praise before it does not count for the review.
    'It cuts through grease but leaves a film on the glasses.',
    'The box had no damage, but the bottle inside had leaked everywhere.',
    'Packaging had no damage but the glass was shattered.',
  ])('%s -> negative', (text) => {
    const r = classifyReview(text);
    expect(r.label, `${r.score}`).toBe('negative');
  });

  it('the real 5★ "Quantity and value" review: no leaks and packed to prevent them is praise', () => {
    // Its packaging mention was a complaint and its "size bottle" sentence negative.
    const text =
      "This size bottle doesn't have any leaks and it was packed to prevent that. Cuts the grease and my hands are soft afterwards.";
    const r = classifyReview(text, { rating: 5 });
    expect(r.label).toBe('positive');
    expect(r.aspects.map((a) => [a.aspect, a.polarity, text.slice(a.start, a.end)])).toEqual([
      ['size', 'positive', "This size bottle doesn't have any leaks"],
      ['packaging', 'positive', 'it was packed to prevent that'],
    ]);
  });

  it('a 4★ review that praises the cleaning and regrets the fragrance leans positive', () => {
    // Real review on the saved page; its body with 4 stars scored −0.11 (negative).
    const body =
      "This dish soap cuts through grease and leaves dishes sparkling clean. The concentrated formula lathers well, so a little goes a long way. However, the fragrance is quite strong and lingers on dishes even after rinsing. While it's pleasant at first, it can be overwhelming, especially for those sensitive to scents. Overall, it's a powerful cleaner, but I wish the scent was more subtle!";
    expect(classifyReview(body, { rating: 4 }).label).toBe('positive');
  });
});

describe('a Chinese defect said to be absent', () => {
  // The model alone read most of these as complaints (不粘锅 −0.42, 不漏水 −0.33, 不起球 −0.36).
  it.each([
    '不掉色',
    '洗了不掉色',
    '不起球',
    '不缩水',
    '不卡',
    '不漏水',
    '不粘锅',
    '没有线头',
    '不辣眼睛',
  ])('%s -> positive', (text) => {
    expect(classifyReview(text).label).toBe('positive');
  });

  it.each([
    ['会不会掉色啊', 'a question'],
    ['掉不掉色不知道', 'a question'],
    ['有没有起球还不知道', 'a question'],
    ['做工不扎实', '不扎实 is "not solid"'],
    ['不过敏感肌慎用', '不过 is "but"'],
    ['电热毯不发热', 'a heater that does not heat'],
    ['不能放心购买', '不能 negates the praise after it'],
  ])('%s is no praise (%s)', (text) => {
    expect(classifyReview(text).label).not.toBe('positive');
  });

  it('its aspect is praised too', () => {
    const r = classifyReview('衣服质量不错，洗了不掉色');
    expect(r.label).toBe('positive');
    expect(r.aspects.every((a) => a.polarity === 'positive')).toBe(true);
  });
});

describe('a concentrated product: a little goes a long way', () => {
  // The model read each positive line as a complaint ("A little goes a long way." −0.94, 用一点点就够了
  // −0.12): little, only, small and 一点 lean negative in its data. The first two are real reviews.
  it.each([
    'This dish soap cuts through grease. The concentrated formula lathers well, so a little goes a long way.',
    'very durable product only takes a little to do a sink full',
    'A little goes a long way.',
    'It only takes a little to clean a whole sink.',
    'You only need a small amount.',
    'A little dab will do.',
    'Only a pea sized amount is needed.',
    'A few drops is all you need.',
    'One pump does the trick!',
    'Very concentrated, you don’t need much.',
    '用一点点就够了',
    '很浓缩，挤一点就很多泡沫',
    '一滴就能洗一大堆碗',
  ])('%s -> positive', (text) => {
    const r = classifyReview(text);
    expect(r.label, `${r.score}`).toBe('positive');
  });

  it.each([
    // A small amount followed by anything but a use is no praise of economy.
    'It only takes a little bump to crack the screen.',
    'It just needs a little work.',
    'It just takes a bit to get used to.', // was +0.23 when "to get" counted as a use
    'A little of this stuff goes a long way, but it smells awful.',
    'You have to use a lot of it.',
    '差一点点就够了，结果还是不够用', // "very nearly enough"
  ])('%s -> negative', (text) => {
    const r = classifyReview(text);
    expect(r.label, `${r.score}`).toBe('negative');
  });

  it('a pea-sized amount is how much a use takes, not the size of the product', () => {
    expect(aspectsOf('Only a pea sized amount is needed.')).not.toContain('size');
    expect(aspectsOf('黄豆大小就够了，很耐用')).toEqual(['quality']);
    expect(polaritiesOf('Good size, easy to handle.', 'size')).toEqual(['positive']);
  });
});

describe('short verdicts on what buyers judge (质量好, 大小合适)', () => {
  // The model gives so short a text little more than its bias: 质量好 +0.02, 大小合适 0 (neutral),
  // 客服好 −0.18 and 面料好 −0.20 (negative), against 质量差 −0.87.
  it.each([
    ['质量好', 'quality'],
    ['做工好', 'quality'],
    ['面料好', 'quality'],
    ['包装好', 'packaging'],
    ['客服好', 'service'],
    ['大小合适', 'size'],
    ['质量好，物流快', 'quality'],
    ['物流快，质量好！', 'shipping'],
    ['颜色很正，性价比高', 'price'],
  ] as const)('%s -> positive, with %s praise', (text, aspect) => {
    const r = classifyReview(text);
    expect(r.label, `${r.score}`).toBe('positive');
    expect(polaritiesOf(text, aspect)).toEqual(['positive']);
  });

  it.each(['质量好差', '价格高', '质量好，就是物流太慢了', '质量一般'])(
    '%s is no praise',
    (text) => {
      expect(classifyReview(text).label).toBe('negative');
    },
  );
});

describe('short Chinese marketplace reviews', () => {
  // Written for this test (not corpus rows): the short verdicts Taobao, JD and Pinduoduo reviews are
  // full of, old and new. Before analysis 5, 22 of the 56 positive ones were read as neutral or
  // negative (the 2010s training reviews lack today's slang, and short texts lean negative: 好 alone
  // was −0.05); all 47 negative ones were right, and still are.
  // Still missed, on purpose: 正品, 满分, 给力 and 不贵 alone (in the corpora they are as often
  // doubt, sarcasm or a side remark: "不知道是不是正品", "物流速度太给力了"), and 一分钱一分货, which
  // cuts both ways.
  const positive =
    '物美价廉 宝贝收到了很喜欢 五星好评 已回购 第二次购买了 会回购的 还会再来 推荐购买 值得购买 物超所值 和描述一致 与描述相符 跟图片一样 实物和图片一样 发货速度快 卖家很贴心 包装严实 很合身 尺码标准 颜色正 做工精细 面料舒服 穿着舒服 性价比高 宝贝不错 亲们可以放心购买 很赞 超赞 完美 挺好的 无限回购 闭眼入 这个面霜yyds 绝绝子 真香 爱了爱了 必须好评 还可以 没毛病 不踩雷 不后悔 不失望 不愧是大牌 没得说 跟实体店一样 比实体店便宜 孩子很喜欢 后悔没早点买 好 可以 还行。 好好好 不错不错 优点太多了 明智的选择！ 这台手机太强大了！ 没想到这么便宜的东西质量这么好 客服回复很及时，问题都解决了 售后无忧 5分 给五星 五颗星！';
  const negative =
    '假货 差评 不值 已退货 申请退款 质量太差 做工粗糙 与描述不符 色差严重 尺码偏小 有异味 线头多 掉色严重 起球了 穿一次就坏了 物流太慢 客服不理人 态度差 别买 千万别买 上当了 垃圾 智商税 踩雷 翻车 一言难尽 失望 不推荐 不会再买 后悔 货不对板 发错货 少发了 坏果 不新鲜 用了过敏 味道刺鼻 充不进电 用不了 没效果 不推荐购买 不会再回购了 怀疑不是正品 和描述不一致 被种草买的，结果踩雷了 不好 还不行 没想到这么快就坏了 5分钟就坏了 给一星都多了';
  it.each(positive.split(' '))('%s -> positive', (text) => {
    expect(classifyReview(text).label).toBe('positive');
  });
  it.each(negative.split(' '))('%s -> negative', (text) => {
    expect(classifyReview(text).label).toBe('negative');
  });
});

describe('authenticity checked and confirmed', () => {
  // Written for this test. The model reads 验证/查询 as doubt: the first was −0.11 and the third 0.
  it.each(['正品，扫码验证过了', '防伪码查询是正品', '官网查了，是正品', '已验证，正品无疑'])(
    '%s -> positive, with authenticity praise',
    (text) => {
      const r = classifyReview(text);
      expect(r.label).toBe('positive');
      expect(polaritiesOf(text, 'authenticity')).toEqual(['positive']);
    },
  );
  it('是真的 after a check: 专柜验过了，是真的 -> positive', () => {
    expect(classifyReview('专柜验过了，是真的').label).toBe('positive');
  });
  it.each([
    '防伪码查不到，怀疑是假货',
    '扫码显示已被查询多次，不知道是不是正品',
    '不知道是不是正品，有待验证',
    '感觉就防伪码是真的，裤子不好',
    '查了一下，是真的差',
  ])('a failed or hedged check is no praise: %s -> negative', (text) => {
    expect(classifyReview(text).label).toBe('negative');
  });
});

describe('short English marketplace reviews', () => {
  // Written for this test (not corpus rows): Amazon one-liners and eBay feedback. Before analysis 5,
  // 8 of the 46 positive ones were read as negative ("Would buy again" −0.41, "Item as described")
  // and 2 of the 47 negative ones as positive ("Save your money", "Not exactly what I needed"). Still
  // missed, so not listed: "Melted in the box" (+0.38).
  const positive = [
    'Great seller',
    'Fast shipping',
    'Item as described',
    'Exactly as pictured',
    'As described',
    'Would buy again',
    'Highly recommend',
    'Five stars',
    'Works as expected',
    'Does the job',
    'Good value',
    'Smells amazing',
    'Fits perfectly',
    'True to size',
    'Love it!',
    'Bought for my son, he loves it',
    'My dog loves these',
    'Kids love it',
    'Worth every penny',
    'Better than expected',
    'Arrived quickly and well packaged',
    'Exactly what I needed',
    'Works like a charm',
    'Just as advertised',
    'Quick delivery, great communication',
    'Smooth transaction',
    'Pleasure to deal with',
    'Will buy from again',
    'Top notch',
    'Solid product',
    'Holds up well',
    'Still going strong after a year',
    'No complaints',
    'Can’t beat the price',
    'Perfect fit',
    'Comfy',
    'Super cute',
    'Very sturdy',
    'Easy to assemble',
    'Lasts forever',
    'Game changer',
    'Life saver',
    '10/10 would recommend',
    'Five stars!',
    'Great buy',
    'Got it for a steal',
    // Analysis 7: "A must have" was −0.65, "Arrived on time" 0 (neutral), "Keeps my coffee hot for
    // hours" −0.43.
    'A must have',
    'A must-have for any kitchen',
    'Arrived on time',
    'Came early!',
    'Keeps my coffee hot for hours',
    // Analysis 8: the first was −0.32, the second neutral (+0.03).
    'Holds up well after months of daily use.',
    'Love it! Already ordered a second one.',
    'Will be ordering more',
    // The first was −0.95, the second 0 (neutral).
    "100% genuine, checked the serial number on the manufacturer's site.",
    "At this price it's a steal.",
    'Verified it was genuine with the brand.',
    'They refunded me no questions asked.', // −0.49
    'Worth the wait.', // −0.04
    'Mine has lasted years.',
  ];
  const negative = [
    'Returned it',
    'Never received',
    'Not as described',
    'Fake',
    'Counterfeit',
    'Arrived damaged',
    'Waste of money',
    'Cheaply made',
    'Fell apart',
    'Stopped working',
    'DOA',
    'Avoid',
    'Scam',
    'Not worth it',
    'Not what I expected',
    'Smaller than expected',
    'One star',
    'Broke after two uses',
    'Item never arrived',
    'Seller never responded',
    'Wrong item sent',
    'Missing parts',
    'Do not buy',
    'Knockoff',
    'Total junk',
    'Flimsy',
    'Smells like chemicals',
    'Gave me a rash',
    'Leaked everywhere',
    'Dead on arrival',
    'Battery died in a week',
    'Too small',
    'Poor quality',
    'Used item sold as new',
    'Refund requested',
    'Still waiting for my refund',
    'Stay away',
    'Save your money',
    'Not the original',
    'Expired',
    'Color faded after one wash',
    'Does not fit',
    'Doesn’t work',
    'Runs large',
    "Wouldn't buy again",
    'Not exactly what I needed',
    "Doesn't hold up well",
    'Not 100% authentic, the stitching is off.',
    'I checked and it is not genuine.',
    'It is not a steal at this price.',
    'Looks cheap', // +0.58
    'Returning.', // +0.16
    'Returning it.',
    'Received it today, already has a crack in the base. Returning.', // +0.11
    // The modal "must have" is no verdict, nor a condition about keeping something cold.
    "Didn't arrive on time.",
    'Must have been an off night at this place.',
    'Must have steady hand',
    'It keeps falling off.',
    'Battery will lose charge if kept in extreme hot or cold conditions.', // a Con of the corpus
  ];
  it.each(positive)('%s -> positive', (text) => {
    expect(classifyReview(text).label).toBe('positive');
  });
  it.each(negative)('%s -> negative', (text) => {
    expect(classifyReview(text).label).toBe('negative');
  });
  it('"Runs small" gives no verdict (the model scores it 0.01 from 0) but surfaces the size complaint', () => {
    // A size remark alone does not decide a review: Chinese buyers who were happy mention 偏小 as
    // often as unhappy ones (a rule that counted mild remarks turned 56 non-test signs wrong, 12 right).
    const r = classifyReview('Runs small');
    expect(r.label).toBe('neutral');
    expect(r.aspects).toEqual([{ aspect: 'size', polarity: 'negative', start: 0, end: 10 }]);
  });
});

describe('the same thing found for less elsewhere', () => {
  // The model read "Found it cheaper at Walmart." as praise (+0.63) and a price praise.
  it.each([
    'Found it cheaper at Walmart.',
    'You can get it cheaper elsewhere.',
    'Bought the same thing $10 cheaper on Amazon',
  ])('%s: a complaint, and no price praise', (text) => {
    const r = classifyReview(text);
    expect(r.label).toBe('negative');
    expect(r.aspects.some((a) => a.aspect === 'price' && a.polarity === 'positive')).toBe(false);
  });
  it.each(['It is cheaper than at Walmart', 'Love it, and it was cheaper on sale'])(
    '%s: still price praise',
    (text) => {
      expect(classifyReview(text).aspects).toContainEqual(
        expect.objectContaining({ aspect: 'price', polarity: 'positive' }),
      );
    },
  );
});

describe('star verdicts written out', () => {
  // Amazon titles short reviews "Five Stars" … "One Star"; the model had "Five stars" at exactly 0.
  it.each(['Five Stars', 'Four Stars', '5 stars!', '4.5 stars', 'Four and a half stars'])(
    '%s -> positive',
    (text) => {
      expect(classifyReview(text).label).toBe('positive');
    },
  );
  it.each(['One Star', 'Two Stars', "I'd give it zero stars if I could", 'Not even 1 star'])(
    '%s -> negative',
    (text) => {
      expect(classifyReview(text).label).toBe('negative');
    },
  );
  it('words and digits say the same', () => {
    // The model alone: "Five stars" 0, "5 stars" +0.61; "One star" −0.49, "1 star" −0.37.
    expect(scoreOf('Five Stars')).toBe(scoreOf('5 stars'));
    expect(scoreOf('One Star')).toBe(scoreOf('1 star'));
    expect(scoreOf('Five Stars')).toBe(-scoreOf('One Star'));
  });
  it('a negated verdict is a complaint', () => {
    expect(classifyReview("Can't give it five stars.").score).toBeLessThan(0);
  });
  it("other people's star reviews are no verdict of the writer", () => {
    // Read as the writer's own "five stars" (+1.5 logit), this scored −0.24.
    expect(classifyReview('The five star reviews are fake').score).toBeLessThan(-0.5);
  });
});

describe('Chinese praise before 但是 / 不过 does not decide the review', () => {
  it.each([
    // Before: +0.46 (the 没有破损 rule outweighed the broken item) and −0.19.
    ['包装没有破损，但是东西是坏的', -0.2],
    ['外观没毛病，但是用了两天就坏了', -0.5],
  ])('%s scores below %d', (text, below) => {
    expect(classifyReview(text).score).toBeLessThan(below);
  });

  it('the praised aspect keeps its praise', () => {
    const r = classifyReview('包装没有破损，但是东西是坏的');
    expect(r.aspects.find((a) => a.aspect === 'packaging')?.polarity).toBe('positive');
  });
});

describe('Chinese marketplace placeholders', () => {
  it.each([
    '此用户没有填写评价。', // Taobao; the model alone read it as a complaint (−0.27)
    '评价方未及时做出评价,系统默认好评!',
    '该用户未及时主动评价，系统默认好评',
    '此用户未填写评价内容', // JD
    '该用户未填写文字评价', // Pinduoduo
    '此用戶沒有填寫評價。', // Traditional
  ])('%s says nothing: neutral, score 0, no aspects', (text) => {
    expect(classifyReview(text)).toMatchObject({ label: 'neutral', score: 0, aspects: [] });
  });

  it('the stars the buyer gave still count', () => {
    expect(classifyReview('此用户未填写评价内容', { rating: 5 }).label).toBe('positive');
    expect(classifyReview('此用户未填写评价内容', { rating: 1 }).label).toBe('negative');
  });

  it('words around a placeholder are read as usual', () => {
    const r = classifyReview(
      '本来懒得评价，一向都是默认好评，为了防止大家继续受害，还是发个评论。差评',
    );
    expect(r.label).toBe('negative'); // a real online_shopping review
    expect(classifyReview('商品没有任何评价，先买来试试，还不错').label).toBe('positive');
  });
});

describe('emoji and eBay grades', () => {
  it.each([
    ['👍👍👍', 'positive'],
    ['❤️❤️', 'positive'],
    ['👍🏽', 'positive'],
    ['😡😡', 'negative'],
    ['💩', 'negative'],
    ['👍😡', 'neutral'],
  ] as const)('%s alone is %s (it was "unknown": no language to read)', (text, label) => {
    const r = classifyReview(text);
    expect(r).toMatchObject({ label, lang: 'und', aspects: [] });
  });

  it('emoji of no settled meaning, or words in a language the model does not read, stay unknown', () => {
    expect(classifyReview('😂😂').label).toBe('unknown');
    expect(classifyReview('⭐⭐⭐⭐⭐').label).toBe('unknown');
    expect(classifyReview('Muy bueno 👍').label).toBe('unknown');
  });

  it('emoji add to the words around them, in Chinese and English', () => {
    expect(classifyReview('好评👍').score).toBeGreaterThan(classifyReview('好评').score);
    expect(classifyReview('收到了 👎').label).toBe('negative');
    expect(classifyReview('It arrived 👎').label).toBe('negative');
  });

  it('"A+++" is eBay praise, and praise of the seller; "AAA batteries" are not', () => {
    expect(classifyReview('A+++').label).toBe('positive');
    const r = classifyReview('A+++ seller, fast shipping');
    expect(r.label).toBe('positive');
    // The service mention was a complaint: the model read "A+++ seller" as "a seller".
    expect(r.aspects.find((a) => a.aspect === 'service')?.polarity).toBe('positive');
    expect(classifyReview('Uses AAA batteries').label).not.toBe('positive');
  });
});

describe('document polarity', () => {
  it.each([
    ['质量很好，物流也快，非常满意，下次还来买', 'positive'],
    ['太差了，用了两天就坏了，客服也不理人', 'negative'],
    ['Works great, exactly as described. Highly recommend!', 'positive'],
    ['Terrible. Broke after one week and the refund never came.', 'negative'],
  ])('%s -> %s', (text, label) => {
    expect(classifyReview(text).label).toBe(label);
  });

  it('returns results that satisfy the schema, score within [-1, 1]', () => {
    for (const t of ['很好', 'awful', '物流很快，但是包装破了', 'great product, slow shipping']) {
      expect(sentimentResultSchema.parse(classifyReview(t))).toBeTruthy();
    }
  });
});

describe('aspects', () => {
  it('splits a mixed English review into a positive quality and a negative shipping aspect', () => {
    const text = 'great product, slow shipping';
    const r = classifyReview(text);
    const shipping = r.aspects.find((a) => a.aspect === 'shipping');
    const quality = r.aspects.find((a) => a.aspect === 'quality');
    expect(shipping?.polarity).toBe('negative');
    expect(text.slice(shipping!.start, shipping!.end)).toBe('slow shipping');
    expect(quality?.polarity).toBe('positive');
    expect(text.slice(quality!.start, quality!.end)).toBe('great product');
    expect(r.label).not.toBe('positive');
  });

  it('a mixed review keeps the side it leans to, its aspects show both', () => {
    // A real online_shopping review (labelled negative). Until analysis 6 a review with praise and a
    // complaint scoring within ±0.5 was neutral, though such reviews lean the right way 64% of the
    // time (out-of-fold scores): the unhappy buyer was hidden.
    const r = classifyReview('物流很快，可惜6个里居然还有坏的，黑心！！！');
    expect(r.label).toBe('negative');
    expect(r.aspects.map((a) => [a.aspect, a.polarity])).toEqual([
      ['shipping', 'positive'],
      ['quality', 'negative'],
    ]);
  });

  it.each([
    'I ordered this last night and it was delivered this morning!', // real review R17KI0C8L7K5OT
    'Ordered on Monday, arrived the next morning.',
    'Same day delivery, well done.',
    'Shipped overnight and arrived sooner than expected.',
  ])('delivery the next morning or sooner is shipping praise: %s', (text) => {
    const shipping = polaritiesOf(text, 'shipping');
    expect(shipping.length).toBeGreaterThan(0);
    expect(shipping.every((p) => p === 'positive')).toBe(true);
  });

  it('gives each Chinese clause its own aspect and polarity', () => {
    const text = '物流很快，包装也很好，就是价格有点贵';
    const r = classifyReview(text);
    const by = Object.fromEntries(r.aspects.map((a) => [a.aspect, a]));
    expect(by.shipping?.polarity).toBe('positive');
    expect(by.packaging?.polarity).toBe('positive');
    expect(by.price?.polarity).toBe('negative');
    expect(text.slice(by.price!.start, by.price!.end)).toContain('价格有点贵');
  });

  it.each([
    ['快递小哥服务态度很好', 'shipping', 'positive'],
    ['尺码偏小，建议买大一码', 'size', 'negative'],
    ['收到的是假货，和专柜的完全不一样', 'authenticity', 'negative'],
    ['不知道是不是正品', 'authenticity', 'neutral'],
    ['The box was crushed when it arrived.', 'packaging', 'negative'],
    ['Way overpriced for what you get.', 'price', 'negative'],
    ['The waiter was rude and ignored us.', 'service', 'negative'],
    ['It is a counterfeit, not the genuine brand.', 'authenticity', 'negative'],
    // After-sales and physical size, as SemEval-2014 laptop reviews talk about them.
    [
      'They refused to honor the warranty and the repair depot lost my laptop.',
      'service',
      'negative',
    ],
    ['Tech support was quick and helpful, they fixed it in a day.', 'service', 'positive'],
    ['It is very lightweight and easy to carry.', 'size', 'positive'],
    ['Way too heavy and bulky for travel.', 'size', 'negative'],
  ] as const)('%s -> %s %s', (text, aspect, polarity) => {
    expect(polaritiesOf(text, aspect)[0]).toBe(polarity);
  });

  it('does not take 评价 for a price or 运行速度 for shipping', () => {
    const aspects = classifyReview('看了评价才买的，电脑运行速度很快').aspects.map((a) => a.aspect);
    expect(aspects).not.toContain('price');
    expect(aspects).not.toContain('shipping');
  });
});

/** Each aspect mention as "aspect:span text". */
const mentionsOf = (text: string) =>
  classifyReview(text).aspects.map((a) => `${a.aspect}:${text.slice(a.start, a.end)}`);
const aspectsOf = (text: string) => classifyReview(text).aspects.map((a) => a.aspect);
const priceOf = (text: string) => classifyReview(text).aspects.find((a) => a.aspect === 'price');
const scoreOf = (text: string) => classifyReview(text).score;
/** The polarities of the mentions of one aspect, in text order. */
const polaritiesOf = (text: string, aspect: AspectName) =>
  classifyReview(text)
    .aspects.filter((a) => a.aspect === aspect)
    .map((a) => a.polarity);
const serviceOf = (text: string) =>
  classifyReview(text).aspects.find((a) => a.aspect === 'service');

describe('English cues that are aspects only in context', () => {
  // The real review page (tests/fixtures/amazon/reviews) said "I like it because its environmental
  // friendly" and "Less expensive than a big box store or grocery store": no service, no packaging,
  // and the price is praised.
  it.each([
    'I like it because its environmental friendly.',
    'The menus are very user-friendly.',
    'Eco-friendly and kid friendly.',
    'Those used to 35mm cameras will find the g3 very friendly to use.',
    'The scene mode is very helpful when shooting indoors.',
    'Great arch support and lumbar support.',
    'It does not support folders.',
    'The player supports the WMA format and has EAX support.',
    'The install asked me to download a service pack.',
  ])('no service in "%s"', (text) => {
    expect(aspectsOf(text)).not.toContain('service');
  });

  it.each([
    ['The staff were friendly and helpful.', 'service'],
    ['They were so helpful when I called.', 'service'],
    ['I called customer support for 2 hours and they did not help at all.', 'service'],
    ['Tech support was useless.', 'service'],
  ] as const)('service in "%s"', (text, aspect) => {
    expect(aspectsOf(text)).toContain(aspect);
  });

  it('getting hold of the seller is service: "they will not respond", "tried to contact"', () => {
    // Hu & Liu (train part): "they will not respond to my emails ... and the phone line is
    // constantly busy" is a service complaint without a service noun.
    expect(
      serviceOf('They will not respond to my emails and the phone line is busy.')?.polarity,
    ).toBe('negative');
    expect(
      serviceOf("I tried to contact them twice and they won't answer their phone.")?.polarity,
    ).toBe('negative');
    expect(serviceOf('They never replied to my emails.')?.polarity).toBe('negative');
    expect(serviceOf('Quick response from the seller.')?.polarity).toBe('positive');
    expect(aspectsOf('The touchscreen does not respond.')).not.toContain('service');
    expect(aspectsOf('The answer is in the manual.')).not.toContain('service');
  });

  it('a big box store, out of the box and packed with features are no packaging', () => {
    expect(aspectsOf('Less expensive than a big box store or grocery store.')).not.toContain(
      'packaging',
    );
    expect(aspectsOf('It worked right out of the box.')).not.toContain('packaging');
    expect(aspectsOf('Packed with features for the money.')).not.toContain('packaging');
    expect(aspectsOf('The box was crushed and it came badly packed.')).toContain('packaging');
  });

  it('a price compared down is praise of the price', () => {
    expect(priceOf('Less expensive than a big box store or grocery store.')?.polarity).toBe(
      'positive',
    );
    expect(priceOf('It costs a lot less than the brand name one.')?.polarity).toBe('positive');
    expect(priceOf('Way too expensive for what you get.')?.polarity).toBe('negative');
  });

  it('size said of the product is a size mention; a small scratch or a light bulb is not', () => {
    // Hu & Liu (train part): "it 's small , light and nice looking" is size praise.
    expect(mentionsOf("It's small, light and nice looking.")).toEqual(["size:It's small"]);
    const heavier = classifyReview('It is only slightly heavier than the iPod.').aspects;
    expect(heavier.map((a) => a.aspect)).toEqual(['size']);
    expect(aspectsOf('There is a small scratch near the light bulb.')).not.toContain('size');
    expect(aspectsOf('A big thank you to the seller.')).not.toContain('size');
  });
});

describe('naming the product is not judging its quality', () => {
  it.each(['I bought this product for my wife.', '东西收到了'])('"%s" has no aspect', (text) => {
    expect(classifyReview(text).aspects).toEqual([]);
  });

  it.each([
    ['东西很好用', 'positive'],
    ['This product is junk.', 'negative'],
  ] as const)('"%s" is a %s quality mention', (text, polarity) => {
    expect(classifyReview(text).aspects.map((a) => [a.aspect, a.polarity])).toEqual([
      ['quality', polarity],
    ]);
  });
});

describe('Chinese aspect opinions that turn on the word before them', () => {
  it.each([
    ['性价比比较高。', 'price', 'positive'], // 高 praises value for money, whatever adverb comes between
    ['这个价钱相对来说性价比还是挺高的', 'price', 'positive'],
    ['价格有点高', 'price', 'negative'], // and blames a price
    ['性价比不高', 'price', 'negative'],
    ['但是缺乏周到的五星的服务', 'service', 'negative'], // 缺乏 ("lacking") negates 周到
    ['客服缺少耐心', 'service', 'negative'],
    ['裤子的质量不错，不怎么掉色', 'quality', 'positive'], // 不怎么掉色: hardly fades
    // 非 in 非常 ("very") and 别 in 特别 ("especially") negate nothing: these were negative.
    ['物流非常快', 'shipping', 'positive'],
    ['物流也特别给力', 'shipping', 'positive'],
    ['物流非常慢', 'shipping', 'negative'],
    ['物流不快', 'shipping', 'negative'],
    // "Cheaper than here" blames this price (each of these was price praise or neutral).
    ['这类苹果外面卖的比这便宜', 'price', 'negative'],
    ['路边摊卖的都比这个便宜', 'price', 'negative'],
    ['超市要比这里贵很多', 'price', 'positive'],
    ['比超市便宜', 'price', 'positive'],
    // 别 in 个别 ("a few") negates nothing either: 有个别坏的 was quality praise.
    ['发货很快，包装也好，但有个别坏的，能谅解。', 'quality', 'negative'],
    ['个别有点小', 'size', 'negative'],
  ] as const)('%s: %s %s', (text, aspect, polarity) => {
    const mentions = polaritiesOf(text, aspect);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((p) => p === polarity)).toBe(true);
  });
});

describe('what buyers judge the make of clothes and goods by', () => {
  it.each([
    // Each was no quality mention at all (色差, 线头, 开胶, 手感 were not cues) or neutral (扎实).
    ['手感很好，做工扎实', ['positive', 'positive']],
    ['有色差，实物比图片暗很多', ['negative']],
    ['衣服线头很多', ['negative']],
    ['鞋子穿了两天就开胶了', ['negative']],
    ['做工粗糙，边缘还有毛刺', ['negative', 'negative']],
    ['味道很刺鼻，不敢给孩子用', ['negative']],
    ['没有色差，不褪色', ['positive', 'positive']],
    // 没有 with a filler before the defect: these were quality complaints.
    ['没有什么色差', ['positive']],
    ['做工很仔细，没有多余的线头', ['positive', 'positive']],
    ['无明显异味', ['positive']],
    // 仔细 praises the make, not as "carefully": this found a fingernail in a yoghurt.
    ['吃出来一个东西仔细一看是指甲', ['negative']],
    ['做工讲究', ['positive']],
    ['收到是二手的，有使用痕迹', ['negative', 'negative']],
    ['衣服洗了一次就变形了', ['negative']],
    // A word that opens its own part of the clause, negated just before it: these were complaints.
    ['包装很好没有异味', ['positive']],
    ['多次购买没有发现坏果', ['positive']],
    // The box out of shape is the packaging's, and 第二手机 is "a second phone".
    ['外包装压得变形了', []],
    ['这是我的第二手机', []],
    ['颜色和照片上一样，完全不存在色差', ['positive', 'positive']],
    ['没看到有线头的现象', ['positive']],
    ['收货后下载了一段变形金刚的预告片', []], // Transformers
  ] as const)('%s: quality %j', (text, polarities) => {
    expect(polaritiesOf(text, 'quality')).toEqual(polarities);
  });

  it.each([
    ['码数很准，按平时的码买就行', 'size', 'positive'], // was neutral
    ['尺码不准，偏大一码', 'size', 'negative'],
    ['鞋子很合脚', 'size', 'positive'],
    ['鞋码正常，按平时的穿', 'size', 'positive'],
    ['码数比正常少两个码', 'size', 'negative'], // a comparison with the usual size: was praise
    ['外包装压得变形了', 'packaging', 'negative'],
    ['跟专柜的比，明显是仿的', 'authenticity', 'negative'],
    ['仔细检查原来纸箱两边有撕裂的痕迹', 'packaging', 'negative'], // was neutral
    ['Runs two sizes small, had to return it.', 'size', 'negative'], // was neutral
    ['Package was left in the rain and the box was soaked.', 'packaging', 'negative'], // was praise
    ['Ordered a medium, fits like an extra small.', 'size', 'negative'], // was praise
    ['Fits like a glove.', 'size', 'positive'],
    ['Shipping was quicker than Prime.', 'shipping', 'positive'], // was neutral
    ["At this price it's a steal.", 'price', 'positive'], // was neutral
    ['Customer service replaced it no questions asked.', 'service', 'positive'], // was neutral
    ['It feels cheap.', 'quality', 'negative'], // was price praise
    ['Cheap construction, poor battery.', 'quality', 'negative'], // was price praise
    ['Smaller than expected.', 'size', 'negative'], // was no aspect
    ['常住客人也没有任何优惠', 'price', 'negative'], // was price praise
    ['没有多大的优惠', 'price', 'negative'],
  ] as const)('%s: %s %s', (text, aspect, polarity) => {
    const mentions = polaritiesOf(text, aspect);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((p) => p === polarity)).toBe(true);
  });
});

describe('好 as a verdict, and the words it is only part of', () => {
  it.each([
    ['质量好，做工好', 'quality', ['positive', 'positive']],
    ['客服态度可好了', 'service', ['positive']],
    ['服务依然那么好', 'service', ['positive']],
    // 好几次 ("several times"), 只好 ("had to"), 好像 ("seems"): no praise of the service.
    ['咨询了客服好几次，每次都爱答不理', 'service', ['negative']],
    ['只好联系京东客服', 'service', ['neutral']],
    ['客服好像一个只能问一次', 'service', ['negative']],
    // A comparison is no praise; worse than before is a complaint (the model scores 质量没以前好 −0.15).
    ['质量没以前好', 'quality', ['negative']],
    ['买过几次了，但质量没以前好了，很失望', 'quality', ['negative']],
    ['包装也没以前好了', 'packaging', ['negative']],
    ['送餐没有原来快了', 'shipping', ['negative']],
    ['这家酒店的服务大不如从前', 'service', ['negative']],
    ['还不如地摊货的好', 'quality', ['negative']],
    ['质量比以前好多了', 'quality', ['positive']], // 好多了, "much better"; 好多 alone is "many"
    ['书里拼凑了好多别的东西', 'quality', ['negative']],
    // A wish ("if only the packaging were cleaner") is no praise.
    ['包装干净点就好了', 'packaging', ['neutral']],
    // 好不好 is a question, not a complaint.
    ['不知道质量好不好', 'quality', ['neutral']],
  ] as const)('%s: %s %j', (text, aspect, polarities) => {
    expect(polaritiesOf(text, aspect)).toEqual(polarities);
  });
});

describe('a wish for a lower price is a price complaint', () => {
  // Happy buyers add it to their praise: each was price praise (the price word is 便宜, "cheap").
  it.each([
    '吃起来很甜，也很脆，价格再便宜点就更好了。',
    '还不错的，挺快的。要是便宜点就好了。',
    '很满意，非常好，希望价钱能再便宜一点！',
    '可以 就是有点贵 再便宜点就好了',
    '能便宜点就更好了',
    '如果价格再低一些就好了',
    '质量不错，希望价格再便宜', // the wish ends the review: nothing after the price word
  ])('%s', (text) => {
    expect(polaritiesOf(text, 'price')).toEqual(['negative']);
  });

  it.each(['价格便宜，质量好', '比超市便宜多了', '这个价格再便宜不过了', '最主要是便宜'])(
    '%s stays praise',
    (text) => {
      expect(polaritiesOf(text, 'price')).toEqual(['positive']);
    },
  );
});

describe('cheap said of the make, worth said of the wait: no price mention', () => {
  it.each(['Feels a little cheap.', 'Took a while, but worth the wait.', 'It is worth the drive.'])(
    '%s',
    (text) => {
      expect(polaritiesOf(text, 'price')).toEqual([]);
    },
  );
});

describe('a wish for faster delivery is no delivery praise', () => {
  // Non-test corpus reviews: each was shipping praise (快, 及时 are praise).
  it.each([
    '就是速度再快点就更好了',
    '希望快递下次再快点',
    '要是能送得再快一点就好了',
    '希望能准时送达',
  ])('%s', (text) => {
    expect(polaritiesOf(text, 'shipping')).toEqual(['negative']);
  });
  it.each(['物流很快', '送得很快', '味道正宗，送得也快'])('%s stays praise', (text) => {
    expect(polaritiesOf(text, 'shipping')).toEqual(['positive']);
  });
  // 送得 is delivery only before its speed: 赠送得洗发水 and 送得东西也很实惠 name no delivery.
  it.each(['赠送得洗发水是假的', '送得东西也很实惠'])('%s: no shipping mention', (text) => {
    expect(polaritiesOf(text, 'shipping')).toEqual([]);
  });
});

describe('泡沫: packing foam or lather', () => {
  it.each([
    ['连个泡沫都没有，箱子都压扁了', ['packaging', 'packaging']],
    ['两层泡沫网包裹，很用心', ['packaging']],
    ['泡沫丰富，洗得干净', []],
    ['用了泡沫很少，洗完不柔顺', []],
    ['挤一点就很多泡沫', []],
  ] as const)('%s: %j', (text, aspects) => {
    expect(aspectsOf(text)).toEqual(aspects);
  });
});

describe('a broken product is a quality mention, unless the clause names who broke it', () => {
  // Before analysis 6 none of these was a quality mention: on the non-test corpus reviews the cues
  // below added 1,392 quality complaints (1,040 in negative reviews; the others mostly one bad fruit
  // in a box of twelve) and 151 mentions of praise (没有坏的, 无坏点).
  it.each([
    ['追评：用了一个月就坏了，联系客服也不理', 'negative'],
    ['有两个坏果', 'negative'],
    ['屏幕有一个坏点', 'negative'],
    ['买了三个都是坏的', 'negative'],
    ['没有坏的，很新鲜', 'positive'],
    ['屏也没坏点', 'positive'],
  ] as const)('%s: quality %s', (text, polarity) => {
    expect(polaritiesOf(text, 'quality')).toEqual([polarity]);
  });
  it.each([
    ['包装都是坏的', 'packaging'], // the packaging is what is broken
    ['快递太暴力，东西压坏了', 'shipping'], // crushed on the way
  ] as const)('%s: %s, no quality mention', (text, aspect) => {
    const aspects = classifyReview(text).aspects;
    expect(aspects.some((a) => a.aspect === aspect && a.polarity === 'negative')).toBe(true);
    expect(aspects.some((a) => a.aspect === 'quality')).toBe(false);
  });
  it.each(['咬一口吓坏了', '孩子高兴坏了'])('%s: 坏了 after a feeling is "terribly"', (text) => {
    expect(classifyReview(text).aspects).toEqual([]);
  });
});

describe('too big / a bit small is a size only when said of the product', () => {
  // Each of these was a size complaint: of 591 such mentions on the non-test corpus reviews, 419 were
  // said of a difference, a sound, a smell or heat, or were "not much" and 有点小 + a feeling.
  it.each([
    '味道很一般，跟图片差距太大，不会回购了',
    '通话声音太小了',
    '空调噪音太大',
    '裤子的气味太大了',
    '发热有点大',
    '没有太大区别',
    '有点小失望',
    '老板太小气了',
  ])('%s: no size mention', (text) => {
    expect(polaritiesOf(text, 'size')).toEqual([]);
  });
  it('价格有点小贵 is a price complaint, not a size one', () => {
    expect(classifyReview('价格有点小贵').aspects).toEqual([
      { aspect: 'price', polarity: 'negative', start: 0, end: 6 },
    ]);
  });
  it.each([
    '鞋子太小了',
    '裤子有点大',
    '衣服偏大一码',
    '屏幕太小分辨率只有1024',
    '总之爸爸说个头太小啦',
  ])('%s: a size complaint', (text) => {
    expect(polaritiesOf(text, 'size')).toEqual(['negative']);
  });
});

describe('English aspect opinions after a contracted negation', () => {
  // "n't" had never negated an opinion word (no word boundary inside "wasn't"), so these were all
  // read the other way round whenever the model did not outweigh the opinion word.
  it.each([
    ["The box wasn't damaged at all.", 'packaging', 'positive'],
    ["It didn't arrive late.", 'shipping', 'positive'],
    ["The seller wasn't helpful.", 'service', 'negative'],
    ["Doesn't run a size small", 'size', 'positive'],
    ['Runs about a size small, order up.', 'size', 'negative'],
    ['Runs a half size too big.', 'size', 'negative'],
  ] as const)('%s: %s %s', (text, aspect, polarity) => {
    expect(polaritiesOf(text, aspect)).toEqual([polarity]);
  });
});

describe('aspects of short marketplace sentences', () => {
  // Written for this test: one aspect each, in English and Chinese. Before analysis 5, four were
  // missed: "Great communication" (eBay's word for the seller's service), "Cheaper than in stores"
  // (a neutral price), "Broke after a week" (no quality mention), 鞋子有点挤脚 (no size mention).
  const cases: Array<[string, AspectName, 'positive' | 'negative']> = [
    ['Shipping was fast', 'shipping', 'positive'],
    ['Took three weeks to arrive', 'shipping', 'negative'],
    ['Arrived a day early', 'shipping', 'positive'],
    ['Package was crushed', 'packaging', 'negative'],
    ['Well packaged', 'packaging', 'positive'],
    ['Box was damaged but item was fine', 'packaging', 'negative'],
    ['Seller was very responsive', 'service', 'positive'],
    ['Seller never answered my messages', 'service', 'negative'],
    ['Great communication', 'service', 'positive'],
    ['Great price', 'price', 'positive'],
    ['Overpriced for what you get', 'price', 'negative'],
    ['Too expensive', 'price', 'negative'],
    ['Cheaper than in stores', 'price', 'positive'],
    ['Runs small, order a size up', 'size', 'negative'],
    ['True to size', 'size', 'positive'],
    ['Fits perfectly', 'size', 'positive'],
    ['Way too big', 'size', 'negative'],
    ['Looks fake', 'authenticity', 'negative'],
    ['Genuine product', 'authenticity', 'positive'],
    ['Counterfeit', 'authenticity', 'negative'],
    ['100% authentic', 'authenticity', 'positive'],
    ['Cheaply made', 'quality', 'negative'],
    ['Very well made', 'quality', 'positive'],
    ['Broke after a week', 'quality', 'negative'],
    ['Sturdy and durable', 'quality', 'positive'],
    ['物流很快', 'shipping', 'positive'],
    ['快递太慢了', 'shipping', 'negative'],
    ['包装破了', 'packaging', 'negative'],
    ['包装很严实', 'packaging', 'positive'],
    ['客服回复很及时', 'service', 'positive'],
    ['客服爱答不理', 'service', 'negative'],
    ['价格实惠', 'price', 'positive'],
    ['太贵了', 'price', 'negative'],
    ['尺码偏大', 'size', 'negative'],
    ['大小合适', 'size', 'positive'],
    ['是正品', 'authenticity', 'positive'],
    ['感觉是假货', 'authenticity', 'negative'],
    ['质量很好', 'quality', 'positive'],
    ['做工粗糙', 'quality', 'negative'],
    ['鞋子有点挤脚', 'size', 'negative'],
    ['发货速度慢', 'shipping', 'negative'],
  ];
  it.each(cases)('%s: %s %s', (text, aspect, polarity) => {
    expect(classifyReview(text).aspects.find((a) => a.aspect === aspect)?.polarity).toBe(polarity);
  });
});

describe('an aspect read with the phrase rules', () => {
  it.each([
    ['The price is not bad.', 'price', 'positive'],
    ['No problems with the shipping.', 'shipping', 'positive'],
    ['包装没什么问题', 'packaging', 'positive'],
    ['包装不是很好', 'packaging', 'negative'],
    // 好 and 不错 are service praise (客服态度好 was a neutral mention); 不好 still a complaint.
    ['客服态度好', 'service', 'positive'],
    ['客服态度不好', 'service', 'negative'],
  ] as const)('"%s": %s %s', (text, aspect, polarity) => {
    // Before, the model alone read "The price is not bad" as a negative price and 包装没什么问题 as neutral.
    const a = classifyReview(text).aspects.find((x) => x.aspect === aspect);
    expect(a?.polarity).toBe(polarity);
  });
});

describe('a defect said to be absent is praise', () => {
  it.each([
    'No leakage.',
    'No scratches at all.',
    'Arrived without any damage.',
    // The model no longer reads the phrase (it read these three as complaints even with the rule).
    'The bottle has no leaks.',
    "I've had no leaks with this bottle.",
    'The lid has no leaks even when upside down.',
    // Said in the passive (analysis 6).
    "The box wasn't damaged at all.",
    "It didn't arrive late.",
    "The glass wasn't even scratched",
  ])('"%s" is positive (the model alone read each as negative)', (text) => {
    expect(classifyReview(text).label).toBe('positive');
  });

  it('"not badly damaged" is still damage, and "not damaged but broken" a complaint', () => {
    expect(classifyReview('It was not badly damaged').label).toBe('negative');
    // The saying, from the real 5★ "FALSE ADVERTISING!" review on the saved page: no praise.
    expect(scoreOf("I hate when companies change things that aren't broken.")).toBeLessThan(-0.9);
    expect(classifyReview('The item was not damaged but it does not work.').label).toBe('negative');
  });

  it('a missing part is no praise: "no scratch guard" (a real pros/cons Con)', () => {
    expect(classifyReview('no scratch guard for LCD, software is horrible').label).toBe('negative');
  });

  it('"no damage to the box" praises the packaging even when the item broke', () => {
    const r = classifyReview('No damage to the box but the item was broken.');
    expect(r.aspects.find((a) => a.aspect === 'packaging')?.polarity).toBe('positive');
    expect(r.aspects.find((a) => a.aspect === 'quality')?.polarity).toBe('negative');
    expect(r.label).toBe('negative');
  });
});

describe('"does what it is supposed to"', () => {
  it('is praise, and its negation a complaint', () => {
    const plain = scoreOf('It does what the product is supposed to do.');
    expect(plain).toBeGreaterThan(0);
    expect(scoreOf("It doesn't do what it's supposed to do.")).toBeLessThan(0);
    expect(scoreOf('Does exactly what it says.')).toBeGreaterThan(0);
  });
});

describe('Traditional Chinese (Taiwan, Hong Kong)', () => {
  it.each([
    [
      '品質很好，物流很快，包裝不錯',
      'positive',
      [
        ['quality', 'positive', '品質很好'],
        ['shipping', 'positive', '物流很快'],
        ['packaging', 'positive', '包裝不錯'],
      ],
    ],
    [
      '賣家服務態度差，等了一個星期才發貨',
      'negative',
      [
        ['service', 'negative', '賣家服務態度差'],
        ['shipping', 'negative', '等了一個星期才發貨'],
      ],
    ],
    ['價格實惠，性價比高，會回購', 'positive', [['price', 'positive', '價格實惠']]],
  ] as const)(
    '%s -> %s, with the same aspects as in Simplified and spans on the original text',
    (text, label, aspects) => {
      const r = classifyReview(text);
      expect(r.lang).toBe('zh');
      expect(r.label).toBe(label);
      for (const [aspect, polarity, span] of aspects) {
        const found = r.aspects.find((a) => a.aspect === aspect);
        expect(found, `${aspect} in ${text}`).toBeDefined();
        expect(found!.polarity).toBe(polarity);
        expect(text.slice(found!.start, found!.end)).toBe(span);
      }
    },
  );

  it.each([
    ['用咗一個月，冇問題', 'positive'],
    ['唔好用，好失望', 'negative'],
    ['質素唔錯，送貨好快', 'positive'],
    ['佢哋嘅客服態度好差', 'negative'],
  ])('Cantonese (Hong Kong): %s -> %s', (text, label) => {
    expect(classifyReview(text).label).toBe(label);
  });

  it('scores a Traditional review like its Simplified twin', () => {
    const pairs = [
      ['這個東西真的很爛，退貨還不給退', '这个东西真的很烂，退货还不给退'],
      ['衣服尺寸剛好，顏色跟圖片一樣，很滿意', '衣服尺寸刚好，颜色跟图片一样，很满意'],
    ];
    for (const [hant, hans] of pairs) {
      expect(classifyReview(hant!).score).toBe(classifyReview(hans!).score);
    }
  });
});

describe('star rating is evidence, not the label', () => {
  const text = 'The product is fine but shipping took three weeks and the delivery was late.';

  it('a 4-star review complaining about shipping surfaces a negative shipping aspect', () => {
    const r = classifyReview(text, { rating: 4 });
    expect(r.aspects.some((a) => a.aspect === 'shipping' && a.polarity === 'negative')).toBe(true);
  });

  it('stars move the score but do not overturn clear text', () => {
    const neg = '质量太差了，穿了一次就开线，非常失望';
    const r1 = classifyReview(neg, { rating: 1 });
    const r5 = classifyReview(neg, { rating: 5 });
    expect(r5.score).toBeGreaterThan(r1.score);
    expect(r5.label).toBe('negative');
  });

  it('ignores ratings outside 1..5', () => {
    expect(classifyReview('ok', { rating: 99 }).score).toBe(classifyReview('ok').score);
    expect(classifyReview('ok', { rating: null }).score).toBe(classifyReview('ok').score);
  });
});

/**
 * Real reviews from the saved review page (tests/fixtures/amazon/reviews/Amazon.com_Customer_reviews.html,
 * review ids in the names), read as the background reads them: title + body, titleEnd from reviewText.
 */
const REAL = {
  R17KI0C8L7K5OT: {
    rating: 5,
    title: 'Perfect',
    body: 'Well sealed and packaged. I should’ve noticed the scent. It’s so strong but it’s my fault for not double checking the name description. This is gonna last me weeks. I was in need of this on a short notice I ordered this last night and it was delivered this morning!',
  },
  R1DA3S956E3N51: {
    rating: 5,
    title: 'FALSE ADVERTISING! THIS IS NOT THE ORIGINAL SCENT WHICH I PREFER! IT SMELLS WEIRD!',
    body: "I thought this was regular sized Don. These are so big. I like that part, but this is NOT the original scent it's some new scent which smells strange. IDK why the smell needed to be change. I hate when companies change things that aren't broken.",
  },
  R1P6IWGF3BKZQT: {
    rating: 5,
    title: 'Excellent product',
    body: "There is nothing to dislike. This stuff is the bomb!!!!! You want regret buying this product. All way remember the ExxonMobil oil spill and cleaning up the bird and animal's.",
  },
};
const readAsStored = (r: { rating: number; title: string; body: string }, withTitle = true) => {
  const { text, titleEnd } = reviewText(r);
  return classifyReview(text, { rating: r.rating, ...(withTitle ? { titleEnd } : {}) });
};

describe('English reviews of several sentences', () => {
  it('finds sentence ends without breaking numbers, and keeps offsets into the text', () => {
    const text = 'Rated 3.5 stars. Works fine!! Battery lasts… two days?\nWould buy again';
    const spans = sentenceSpans(text);
    expect(spans.map(([a, b]) => text.slice(a, b).trim())).toEqual([
      'Rated 3.5 stars.',
      'Works fine!!',
      'Battery lasts…',
      'two days?',
      'Would buy again',
    ]);
    expect(sentenceSpans('... !!! ')).toEqual([]);
    expect(sentenceSpans('"It broke." Then it worked.').map(([a, b]) => [a, b])).toEqual([
      [0, 11],
      [11, 27],
    ]);
  });

  it('a praising review with one self-blaming aside is positive ("Perfect", 5★)', () => {
    // One bag over the whole review scored this −0.91: the aside outvoted "Perfect" and "delivered
    // this morning". Each sentence now has a bounded say, and the title counts twice.
    const r = readAsStored(REAL.R17KI0C8L7K5OT);
    expect(r.label).toBe('positive');
    expect(r.score).toBeGreaterThan(0.2);
  });

  it('the title counts twice', () => {
    const withTitle = readAsStored(REAL.R1P6IWGF3BKZQT);
    const plain = readAsStored(REAL.R1P6IWGF3BKZQT, false);
    expect(withTitle.score).toBeGreaterThan(plain.score);
    expect(withTitle.label).toBe('positive');
  });

  it('a complaint in every sentence stays negative under 5 stars', () => {
    const r = readAsStored(REAL.R1DA3S956E3N51);
    expect(r.label).toBe('negative');
  });

  it('"You want regret buying this product" is the misspelt praise it is, not a quality complaint', () => {
    // The real 5★ "Excellent product" review: its quality mention was negative (the model read "want
    // regret" as regret) and the body alone scored −0.29.
    const r = readAsStored(REAL.R1P6IWGF3BKZQT, false);
    expect(r.label).toBe('positive');
    const { text } = reviewText(REAL.R1P6IWGF3BKZQT);
    // The title ("Excellent product") and the sentence are both quality praise.
    expect(r.aspects.map((a) => [a.aspect, a.polarity, a.start])).toEqual([
      ['quality', 'positive', 0],
      ['quality', 'positive', text.indexOf('You want regret')],
    ]);
    // A question or a condition is not the misspelling.
    expect(classifyReview('Do you want regret? Then skip the warranty.').label).toBe('negative');
    expect(classifyReview('You want regret it!').label).toBe('positive');
  });

  it('one sentence scores as before: a single sentence is its own mean', () => {
    for (const text of [
      'Not bad at all for the money',
      'Arrived broken and the seller never answered',
    ]) {
      expect(classifyReview(text + '.').score).toBe(classifyReview(text).score);
    }
  });

  it('Chinese reviews are still read as one text (their model learnt whole reviews)', () => {
    const text = '包装很好。物流也快。就是质量太差了，用了一天就坏了！';
    expect(classifyReview(text, { titleEnd: 5 }).score).toBe(classifyReview(text).score);
  });
});

describe('language detection', () => {
  it.each([
    ['この商品はとても良いです。また買いたいです。', 'ja'],
    ['El producto es muy bueno, pero el envío fue lento.', 'es'],
    ['Das Produkt ist sehr gut, aber die Lieferung war langsam.', 'de'],
    ['Produit de très bonne qualité, livraison rapide.', 'fr'],
    ['배송이 빠르고 품질이 좋아요', 'ko'],
  ])('%s -> %s, label unknown, no polarity guessed', (text, lang) => {
    const r = classifyReview(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe('unknown');
    expect(r.score).toBe(0);
    expect(r.aspects).toEqual([]);
  });

  it.each([
    ['iPhone 很好用，屏幕清楚', 'zh'],
    ['Compact, lightweight', 'en'],
    ['Easy to use, economical!', 'en'],
    ['小清新の包包，很喜欢', 'zh'],
    ['迈克尔・杰克逊的专辑，很喜欢', 'zh'],
  ])('%s -> %s', (text, lang) => {
    expect(classifyReview(text).lang).toBe(lang);
  });

  // Found by a QA pass: short Spanish, German and Portuguese reviews were read as English (Me gusta
  // mucho −0.11), 良い as Chinese, Vietnamese as Portuguese. Each must be unknown, never a polarity.
  it.each([
    ['Me encanta', 'es'],
    ['Me gusta mucho', 'es'],
    ['Genial, me encantó 😍', 'es'],
    ['Buenísimo, super recomendado', 'es'],
    ['Perfecto 👍', 'es'],
    ['Alles super, gerne wieder', 'de'],
    ['Top Ware, schneller Versand', 'de'],
    ['Passt perfekt', 'de'],
    ['Perfekt!', 'de'],
    ['Adorei!', 'pt'],
    ['良い', 'ja'],
    ['とても良い', 'ja'],
    ['Sản phẩm rất tốt, giao hàng nhanh', 'vi'],
  ])('short review %s -> %s, unknown', (text, lang) => {
    const r = classifyReview(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe('unknown');
    expect(r.aspects).toEqual([]);
  });

  it.each([
    'Perfect!',
    'Love it',
    'Great 👍',
    'Top quality',
    'Super fast shipping',
    'Give me a break',
    'Nguyễn Thị shop shipped fast, great seller',
  ])('short English stays English: %s', (text) => {
    expect(classifyReview(text).lang).toBe('en');
  });
});

describe('hostile text', () => {
  it('ignores tags and script bodies and keeps offsets into the original text', () => {
    const text = '<div><script>var x = "质量很好 great";</script>发货太慢了，<b>等了十天</b></div>';
    const r = classifyReview(text);
    expect(r.lang).toBe('zh');
    const shipping = r.aspects.find((a) => a.aspect === 'shipping');
    expect(shipping?.polarity).toBe('negative');
    expect(text.slice(shipping!.start, shipping!.end)).toContain('发货太慢了');
    expect(r.aspects.every((a) => a.start >= text.indexOf('</script>'))).toBe(true);
  });

  it('reads HTML character references as their characters, at the same offsets', () => {
    // Found by a QA pass: "quality &amp" was one quality span, and praise.
    const text = '<p>Terrible&nbsp;quality &amp; slow shipping</p>';
    const r = classifyReview(text);
    expect(r.label).toBe('negative');
    const by = Object.fromEntries(r.aspects.map((a) => [a.aspect, a]));
    expect(by.quality?.polarity).toBe('negative');
    expect(by.shipping?.polarity).toBe('negative');
    expect(text.slice(by.shipping!.start, by.shipping!.end)).toBe('slow shipping');
    expect(sanitizeForAnalysis(text)).toHaveLength(text.length);
    // Each reference becomes its character padded with spaces; "&amp;#13;" (escaped twice, as review
    // dumps write line breaks) is the line break; unknown names and a bare "&" stay as typed.
    expect(sanitizeForAnalysis('a&nbsp;b &amp;#13;&amp;#10;c &#8217; &#x1F44D; &bogus; & x')).toBe(
      'a' +
        ' '.repeat(6) +
        'b \r' +
        ' '.repeat(8) +
        '\n' +
        ' '.repeat(8) +
        'c ’' +
        ' '.repeat(6) +
        ' 👍' +
        ' '.repeat(7) +
        ' &bogus; & x',
    );
  });

  it('handles a 200 KB review by reading a bounded prefix', () => {
    const text = '质量很好，物流很快。'.repeat(20_000) + '<script>' + 'x'.repeat(10_000);
    expect(text.length).toBeGreaterThan(200_000);
    const r = classifyReview(text);
    expect(r.label).toBe('positive');
    expect(r.aspects.every((a) => a.end <= 4_000)).toBe(true);
  });

  it('survives control characters, lone surrogates, emoji and empty input', () => {
    for (const t of [
      '\u0000\u0007bad\u0085\u001b[31m',
      '\ud83d',
      '👍👍👍 超赞',
      '',
      '   ',
      '<',
      '<<<>>>',
      '\u202e',
    ]) {
      const r = classifyReview(t);
      expect(sentimentResultSchema.safeParse(r).success).toBe(true);
    }
    // No words: nothing to read, not a language we cannot read; the stars, if any, decide.
    expect(classifyReview('')).toMatchObject({ label: 'neutral', score: 0 });
    expect(classifyReview('  ', { rating: 1 }).label).toBe('negative');
    expect(classifyReview('👍👍👍 超赞').label).toBe('positive');
  });

  it('returns on text built to make a pattern backtrack', () => {
    // A nested bare-praise pattern took 1 s on "好" × 24 + "差" and 3 s from 25 on (where V8 gives up
    // backtracking): a 25-character review would have held the service worker for seconds.
    for (const t of [
      ...[24, 25, 26, 27, 28].map((n) => '好'.repeat(n) + '差'),
      '好'.repeat(4_000) + '差',
      '好的'.repeat(1_999) + '差',
      'A+'.repeat(2_000),
      'keeps the '.repeat(399) + 'x',
      'not '.repeat(999) + 'x',
      '👍\uFE0F'.repeat(1_333) + 'x',
      '没有'.repeat(2_000),
    ]) {
      expect(sentimentResultSchema.safeParse(classifyReview(t)).success).toBe(true);
    }
    expect(classifyReview('好'.repeat(4_000)).label).toBe('positive');
    // A hang guard, not a speed figure: the old pattern needed 23 s for these, the linear reading
    // milliseconds (speed is measured by `npm run bench`).
  }, 5_000);

  it('an unclosed <script> hides the rest rather than analysing code', () => {
    const r = classifyReview('Great <script>alert("terrible awful fake")');
    expect(r.aspects.some((a) => a.aspect === 'authenticity')).toBe(false);
  });
});

describe('a review that says there is no review', () => {
  it.each([
    'None',
    'none.',
    'N/A',
    'n/a',
    'NA',
    'Nothing',
    'Nothing to add.',
    'No comment',
    '-',
    '...',
    '无',
    '暂无评价',
    '没有评价。',
    '暫無評價',
  ])('%s is neutral with score 0 (the model read "None" as −0.81, 暂无评价 −0.13)', (text) => {
    expect(classifyReview(text)).toMatchObject({ label: 'neutral', score: 0, aspects: [] });
  });

  it('its stars still count, and a review that only starts that way is read', () => {
    expect(classifyReview('None', { rating: 5 }).label).toBe('positive');
    expect(classifyReview('暂无评价', { rating: 1 }).label).toBe('negative');
    expect(classifyReview('None of the screws fit and the frame is bent.').label).toBe('negative');
    expect(classifyReview('Nothing to complain about, works great').label).toBe('positive');
    expect(classifyReview('无异味，质量很好').label).toBe('positive');
  });
});

/** The aspect mentions of a review as [aspect, polarity, span] triples, spans read from the text. */
const mentions = (text: string) =>
  classifyReview(text).aspects.map((a) => [a.aspect, a.polarity, text.slice(a.start, a.end)]);

describe('Chinese aspects a QA pass found wrong or missing (analysis 10)', () => {
  it.each([
    // Taiwan and mainland words for sending the goods (出货 had been 货, the product: quality).
    ['出貨很快', [['shipping', 'positive', '出貨很快']]],
    ['出货很快', [['shipping', 'positive', '出货很快']]],
    ['運送太慢了', [['shipping', 'negative', '運送太慢了']]],
    ['运送太慢了', [['shipping', 'negative', '运送太慢了']]],
    ['寄送很慢，等了兩週', [['shipping', 'negative', '寄送很慢']]],
    ['宅配很慢', [['shipping', 'negative', '宅配很慢']]],
    // The seller as the subject of the shipping: no service mention of its own.
    ['店家出貨超快', [['shipping', 'positive', '店家出貨超快']]],
    ['卖家发货很快', [['shipping', 'positive', '卖家发货很快']]],
    // Quick to answer is service praise.
    ['卖家回复很快', [['service', 'positive', '卖家回复很快']]],
    ['賣家回覆很快', [['service', 'positive', '賣家回覆很快']]],
    // The parcel thrown at the door is the courier's doing, not the product's quality.
    [
      '快递员态度恶劣，把东西扔在门口',
      [
        ['shipping', 'negative', '快递员态度恶劣'],
        ['shipping', 'negative', '把东西扔在门口'],
      ],
    ],
    // Cheap junk is a quality complaint, not price praise.
    [
      '做工粗糙，一看就是便宜货',
      [
        ['quality', 'negative', '做工粗糙'],
        ['quality', 'negative', '一看就是便宜货'],
      ],
    ],
    // A refund given is service praise.
    [
      '质量太差了，但是客服很好，给退款了',
      [
        ['quality', 'negative', '质量太差了'],
        ['service', 'positive', '但是客服很好'],
        ['service', 'positive', '给退款了'],
      ],
    ],
    // Returning the goods is no verdict on the service; junk is the product's.
    ['完全是垃圾，退货！', [['quality', 'negative', '完全是垃圾']]],
    // Cantonese 質素 ("quality").
    ['好正呀，質素好好', [['quality', 'positive', '質素好好']]],
  ] as const)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('a refused or slow refund is a service complaint, a return demanded beside the service keeps it', () => {
    expect(mentions('不给退款')).toEqual([['service', 'negative', '不给退款']]);
    expect(mentions('退款很慢')).toEqual([['service', 'negative', '退款很慢']]);
    expect(mentions('只是想换货客服也一直不答应')).toEqual([
      ['service', 'negative', '只是想换货客服也一直不答应'],
    ]);
    expect(mentions('强烈要求退货')).toEqual([]);
  });

  it('a refund granted only after a fight is no praise; junk in a bin, or a service quality, is no quality', () => {
    expect(mentions('打电话三次服务员才给换了一个').map(([, p]) => p)).not.toContain('positive');
    expect(mentions('房间里没有垃圾桶').filter(([a]) => a === 'quality')).toEqual([]);
    expect(mentions('服务质素一般').map(([a]) => a)).toEqual(['service']);
    expect(mentions('买回来就扔在一边').filter(([a]) => a === 'shipping')).toEqual([]);
  });
});

describe('English aspects a QA pass found wrong or missing (analysis 10)', () => {
  it.each([
    // A defect, not the delivery.
    ['Dead on arrival.', [['quality', 'negative', 'Dead on arrival']]],
    [
      'The stitching came apart after one wash.',
      [['quality', 'negative', 'The stitching came apart after one wash']],
    ],
    ['Battery died after two weeks.', [['quality', 'negative', 'Battery died after two weeks']]],
    ['Half the screws were missing.', [['quality', 'negative', 'Half the screws were missing']]],
    [
      'Smells weird and the stitching came apart.',
      [['quality', 'negative', 'Smells weird and the stitching came apart']],
    ],
    ['Tight around the shoulders.', [['size', 'negative', 'Tight around the shoulders']]],
    // Heavy with solid is the make's weight: quality praise, no size complaint.
    [
      'Came in a plain brown box, no damage, item is solid and heavy.',
      [
        ['packaging', 'neutral', 'Came in a plain brown box'],
        ['quality', 'positive', 'item is solid and heavy'],
      ],
    ],
    [
      'The courier threw the parcel over my fence.',
      [['shipping', 'negative', 'The courier threw the parcel over my fence']],
    ],
  ] as const)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('a parcel that went missing is no missing part', () => {
    expect(mentions('My package went missing.').map(([a]) => a)).not.toContain('quality');
  });
});

describe('line-break tags and emoji end a clause (analysis 10)', () => {
  it.each([
    [
      'Great product <br/> shipping slow <br/> packaging bad',
      [
        ['quality', 'positive', 'Great product'],
        ['shipping', 'negative', 'shipping slow'],
        ['packaging', 'negative', 'packaging bad'],
      ],
    ],
    [
      'Great product<br>shipping slow<BR />packaging bad',
      [
        ['quality', 'positive', 'Great product'],
        ['shipping', 'negative', 'shipping slow'],
        ['packaging', 'negative', 'packaging bad'],
      ],
    ],
    [
      '😍😍😍 shipping fast 🚀 quality 👍',
      [
        ['shipping', 'positive', 'shipping fast 🚀'],
        ['quality', 'positive', 'quality 👍'],
      ],
    ],
    [
      '质量很好👍物流太慢了😡',
      [
        ['quality', 'positive', '质量很好👍'],
        ['shipping', 'negative', '物流太慢了😡'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    // Spans are sliced from the text as given: offsets index the original, tags and all.
    expect(mentions(text)).toEqual(expected);
  });

  it('a line-break tag is a line break of the same length; other tags stay spaces', () => {
    expect(sanitizeForAnalysis('a<br/>b<p>c</p><b>d</b>')).toBe('a\n    b\n  c\n      d    ');
  });
});

describe('English aspect words inside Chinese reviews (analysis 10)', () => {
  it.each([
    [
      '质量很好，shipping 有点慢，overall 还是推荐',
      [
        ['quality', 'positive', '质量很好'],
        ['shipping', 'negative', 'shipping 有点慢'],
      ],
    ],
    [
      'package 破了，客服也不理人，差评',
      [
        ['packaging', 'negative', 'package 破了'],
        ['service', 'negative', '客服也不理人'],
      ],
    ],
    ['买了个寂寞，fake的吧', [['authenticity', 'negative', 'fake的吧']]],
    [
      'Shipping 很快，质量不错',
      [
        ['shipping', 'positive', 'Shipping 很快'],
        ['quality', 'positive', '质量不错'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('a review whose label went against its only aspects (analysis 10)', () => {
  it.each([
    [
      "Shipping wasn't slow at all.",
      'positive',
      [['shipping', 'positive', "Shipping wasn't slow at all"]],
    ],
    [
      'Not fake, checked with the manufacturer.',
      'positive',
      [['authenticity', 'positive', 'Not fake']],
    ],
    ['一点都不贵', 'positive', [['price', 'positive', '一点都不贵']]],
    [
      'Arrived late and the box was soaking wet.',
      'negative',
      [
        ['shipping', 'negative', 'Arrived late'],
        ['packaging', 'negative', 'the box was soaking wet'],
      ],
    ],
  ] as const)('%s -> %s', (text, label, expected) => {
    expect(classifyReview(text).label).toBe(label);
    expect(mentions(text)).toEqual(expected);
  });

  it('a hope is no verdict, and a late-night delivery no late one', () => {
    expect(classifyReview("I hope it's not fake.").label).not.toBe('positive');
    expect(classifyReview("It didn't arrive late.").label).toBe('positive');
    expect(classifyReview('Arrived late at night but fine').label).not.toBe('negative');
  });

  it('a defect after "but" is surfaced as an aspect even where the label stays neutral', () => {
    expect(mentions('Works great, but stopped charging after a month.')).toEqual([
      ['quality', 'negative', 'but stopped charging after a month'],
    ]);
  });
});

describe('the goods against their photos, picking errors, questions (analysis 11)', () => {
  it.each([
    // The goods compared with their photos or description: a quality mention, judged by the clause.
    ['不是很满意，颜色和图片差太多了', [['quality', 'negative', '颜色和图片差太多了']]],
    ['实物与图片严重不符', [['quality', 'negative', '实物与图片严重不符']]],
    ['跟描述的不一样，太薄了', [['quality', 'negative', '跟描述的不一样']]],
    // "About the same as the photo": praise, though the model reads 差 as a complaint.
    ['拿到手，和图片差不多，很满意', [['quality', 'positive', '和图片差不多']]],
    ['跟图片上一模一样', [['quality', 'positive', '跟图片上一模一样']]],
    ['與描述一致，很喜歡', [['quality', 'positive', '與描述一致']]],
    // The seller's picking errors are service complaints, not quality ones read from 货.
    [
      '客服一直不回消息，发错货了也不管',
      [
        ['service', 'negative', '客服一直不回消息'],
        ['service', 'negative', '发错货了也不管'],
      ],
    ],
    ['少发了一件，补发很慢', [['service', 'negative', '少发了一件']]],
    [
      '赠品漏发了',
      [
        ['price', 'neutral', '赠品'],
        ['service', 'negative', '漏发了'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    [
      '质量不错发货很快',
      [
        ['quality', 'positive', '质量不错'],
        ['shipping', 'positive', '发货很快'],
      ],
    ],
    [
      '价格不错发货及时',
      [
        ['price', 'positive', '价格不错'],
        ['shipping', 'positive', '发货及时'],
      ],
    ],
    [
      '错发了颜色，客服也不管',
      [
        ['service', 'negative', '错发了颜色'],
        ['service', 'negative', '客服也不管'],
      ],
    ],
  ] as const)('the 错 of 不错 before 发货 is no picking error: %s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('pictures as a subject, and 很少发作, are no mention', () => {
    expect(mentions('光盘里有许多铃声和图片')).toEqual([]);
    expect(mentions('用了以后偏头痛很少发作了').filter(([a]) => a === 'service')).toEqual([]);
  });

  it('a yes-no question neither asserts nor denies: 是不是发错了 is no service praise', () => {
    // The 不 of 是不是 had flipped 发错 (a complaint) into praise.
    for (const text of ['不知是不是发错了', '会不会发错货了？', '正不正品不知道']) {
      expect(mentions(text).map(([, p]) => p)).not.toContain('positive');
    }
    // A denial still flips: 没有发错 is the seller getting it right.
    expect(mentions('卖家很细心，没有发错')).toContainEqual(['service', 'positive', '没有发错']);
  });
});

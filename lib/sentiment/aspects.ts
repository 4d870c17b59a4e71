/**
 * Aspect extraction: which of shipping, quality, packaging, service, price, size and authenticity a
 * review talks about, the polarity of each mention and the span that carries it.
 *
 * Method: split the text into clauses (punctuation and contrast words such as 但是/不过/but/however),
 * find aspect cue words in each clause, give each cue the part of the clause that belongs to it, and
 * take its polarity from the sentiment model's logit for that part plus aspect-specific opinion words
 * the general model cannot know (快 is good for shipping, 偏小 is bad for size, 高 is bad for a price
 * but good for 性价比).
 *
 * Cue and opinion lists were curated from the training part of ../shared/data/aspects-zh (Zhijiang Cup
 * 2019: categories 物流 → shipping, 包装 → packaging, 服务 → service, 价格 → price (its 活动/赠品
 * promotions included, as the data labels them), 尺寸 → size, 真伪 → authenticity) and from SemEval-2014
 * restaurant train sentences (aspectCategory service, price). quality takes explicit quality words
 * (质量, 做工, 效果 — the 功效/使用体验 labels — quality, build, durable) and the product itself (东西,
 * product, item) when nothing else is named; 整体 (overall) is the document label, not an aspect.
 */
import type { ReadableLang } from './lang';
import { askedBefore, negatedBefore } from './negation';
import type { AspectMention, AspectName, Polarity } from './types';

interface Lexicon {
  cues: Record<AspectName, string[]>;
  /** Generic product nouns: a quality cue only in a clause that names no other aspect. */
  product: string[];
  positive: Partial<Record<AspectName, string[]>>;
  negative: Partial<Record<AspectName, string[]>>;
  /** Words that make an authenticity statement a hope or a doubt rather than a verdict. */
  hedges: string[];
  /** Weak service cues (服务, 态度) that describe the courier when a shipping cue comes first. */
  weakService: Set<string>;
}

/** The product broken (a product word, and a quality complaint where it stands). */
const ZH_BROKEN_WORDS = ['坏了', '坏的', '坏掉', '坏果', '坏点'];
/**
 * What buyers of clothes, shoes and goods find wrong with the make, each a quality cue and a complaint
 * where it stands (negated, praise: 没有色差): the colour against the photos (色差), loose threads,
 * smell (异味, 刺鼻), glue coming apart (开胶), burrs (毛刺), losing shape (变形; not the box's,
 * ZH_CUE_CONTEXTS), fading, and used goods sold as new (二手, 使用痕迹).
 */
const ZH_MAKE_DEFECTS = [
  '色差',
  '线头',
  '异味',
  '开胶',
  '毛刺',
  '变形',
  '褪色',
  '刺鼻',
  '二手',
  '使用痕迹',
];

/**
 * "Cheap" said of the make, a quality cue and complaint where it stands ("In person it's cheap
 * plastic", "feels cheap"); the price cue "cheap" leaves these to quality (EN_CUE_CONTEXTS).
 */
const EN_CHEAP_MAKE = [
  'cheap plastic',
  'cheap plastics',
  'feels cheap',
  'feel cheap',
  'felt cheap',
  'looks cheap',
  'cheap construction',
  'cheap build',
  'cheap feel',
  'cheap feeling',
  'cheap looking',
  'cheap quality',
  'cheap parts',
  'cheap material',
  'cheap materials',
];

/** The parcel thrown or dumped somewhere (扔在门口, 丢在楼下): a shipping complaint. */
const ZH_DUMPED = ['扔', '丢', '甩'].flatMap((verb) =>
  ['在', '到', ''].flatMap((prep) =>
    ['门口', '门外', '楼下', '地上', '外面', '楼道', '门卫'].map((place) => verb + prep + place),
  ),
);

/**
 * Returning the goods or asking for a refund (退货, 退款, 换货) is what an unhappy buyer does, not a
 * verdict on the service: 完全是垃圾，退货！ was a service complaint, read from the model's dislike of
 * the whole review. They are service mentions only where a service opinion judges the return
 * (退款很快, 给退款了, 不给退货, 退货没人理).
 */
const ZH_RETURN_CUES = new Set(['退货', '换货', '退款']);

/** What the goods are compared with: their photos or the listing's description. */
const ZH_REFERENCES = ['图片', '照片', '描述'];
/** 和图片, 与描述 …: the quality cues of that comparison (ZH_CUE_CONTEXTS requires the comparison). */
const ZH_COMPARED_WITH = ['和', '与', '跟'].flatMap((w) => ZH_REFERENCES.map((ref) => w + ref));
/**
 * The goods as pictured or described (跟图片上一样一样的, 和图片差不多, 与描述的完全一致): quality praise.
 * The model reads 差 in 和图片差不多 ("about the same as the photo") as a complaint. A mismatch
 * (和图片差太多了, 与描述不符) needs no list: the clause reads negative.
 */
const ZH_AS_PICTURED = ZH_REFERENCES.flatMap((ref) =>
  ['', '上', '的', '上的', '中的', '里的'].flatMap((mid) =>
    [
      '一样',
      '一致',
      '相符',
      '相同',
      '吻合',
      '差不多',
      '没区别',
      '没有区别',
      '没什么区别',
      '无差别',
      '完全一样',
      '完全一致',
      '基本一样',
      '基本一致',
      '一模一样',
    ].map((same) => ref + mid + same),
  ),
);

/**
 * The seller as the subject of another aspect's verb: 卖家发货很快, 店家出貨超快, 商家包装很用心. The
 * party word alone, just before that aspect's cue, was a service mention read from nothing but
 * itself (卖家发货很快 had a service complaint).
 */
const ZH_PARTIES = new Set(['卖家', '商家', '店家', '掌柜', '老板']);

/**
 * English aspect words Chinese buyers mix in (质量很好，shipping 有点慢; package 破了; fake的吧), each
 * a cue of its aspect in a Chinese review, as a whole word (ZH_CUE_CONTEXTS), in any case.
 */
const ZH_ENGLISH_CUES: Partial<Record<AspectName, string[]>> = {
  shipping: ['shipping', 'delivery', 'courier'],
  packaging: ['package', 'packaging'],
  service: ['seller', 'service', 'customer service'],
  price: ['price'],
  quality: ['quality'],
  size: ['size'],
  authenticity: ['fake', 'counterfeit', 'authentic', 'genuine'],
};

const ZH: Lexicon = {
  cues: {
    shipping: [
      '物流',
      '快递',
      '发货',
      '送货',
      '配送',
      '到货',
      '送达',
      '顺丰',
      '圆通',
      '中通',
      '申通',
      '韵达',
      '邮政',
      '快递员',
      '快递小哥',
      '送餐',
      '骑手',
      '送过来',
      '送到',
      // 送得很快 (not 送的, which is as often "given free": 送的水壶里边都锈了; ZH_CUE_CONTEXTS).
      '送得',
      '运输',
      '速度',
      '就到了',
      '才到',
      '没到',
      // Taiwan and mainland words for sending the goods: 出貨很快 (出货 was 货, the product: quality
      // praise), 運送太慢了, 寄送很慢, 宅配很慢 (no aspect).
      '出货',
      '运送',
      '寄送',
      '宅配',
      // The parcel never received (显示已签收，但是我根本没收到 named no aspect): 没收到 of the goods or
      // at a clause end, not of a gift or an answer (没收到赠品, 没收到回复). Not 签收 on its own: the
      // model reads a bare 已签收 as a complaint.
      '没收到',
      '没有收到',
      '未收到',
      '收不到',
      // The parcel thrown or dumped at the door is the courier's doing (快递员…把东西扔在门口 was a
      // quality complaint on 东西); not 扔在一边 ("left unused", the product's).
      ...ZH_DUMPED,
    ],
    packaging: [
      '包装',
      '盒子',
      '外盒',
      '包装盒',
      '箱子',
      '纸箱',
      '外箱',
      '封口',
      '密封',
      '塑封',
      '泡沫',
      '破损',
      '压坏',
      '包得',
      '包的很',
      '快递盒',
      '瓶子',
      '盖子',
    ],
    service: [
      '客服',
      '服务',
      '态度',
      '卖家',
      '商家',
      '店家',
      '掌柜',
      '售后',
      '回复',
      '回覆',
      '退货',
      '换货',
      '退款',
      '服务员',
      '前台',
      '老板',
      // The seller's picking errors: the wrong item or a missing one (发错货了也不管 was a quality
      // complaint, read from 货).
      '发错',
      '错发',
      '漏发',
      '少发',
    ],
    price: [
      '价格',
      '价钱',
      '价位',
      '性价比',
      // Taiwan's and Shopee's "C/P value" (CP值很高 had no aspect); 高/低 after it as after 性价比.
      'cp值',
      'c/p值',
      '物超所值',
      '物有所值',
      '便宜',
      '实惠',
      '划算',
      '超值',
      '物美价廉',
      '价廉物美',
      '贵',
      '优惠',
      '活动',
      '赠品',
      '折扣',
      '打折',
      '降价',
      '涨价',
      '价',
      '合算',
      '不值',
      '运费',
    ],
    size: [
      '尺码',
      '尺寸',
      '大小',
      '码数',
      '码子',
      '偏大',
      '偏小',
      '太大',
      '太小',
      '有点大',
      '有点小',
      '合身',
      '大一码',
      '小一码',
      '一码',
      '长度',
      '肥瘦',
      '挤脚',
      '偏紧',
      '偏松',
      '合脚',
      '鞋码',
      // A length or fit that is off: 裤子太长了, 袖子有点短, 太紧了，穿不上 (no aspect before). Not a
      // time (等的时间太长, 保质期太短; ZH_CUE_CONTEXTS).
      '太长',
      '太短',
      '偏长',
      '偏短',
      '有点长',
      '有点短',
      '太紧',
      '太松',
      '穿不上',
      '穿不下',
      '袖长',
      '裤长',
    ],
    authenticity: [
      '正品',
      '真品',
      '假货',
      '假的',
      '真假',
      '真伪',
      '仿品',
      '高仿',
      '山寨',
      '水货',
      '防伪',
      '行货',
      '原装',
      '仿的',
    ],
    quality: [
      '质量',
      '做工',
      '品质',
      '材质',
      '质感',
      '用料',
      '面料',
      '耐用',
      '结实',
      '效果',
      '掉色',
      '起球',
      '粗糙',
      '劣质',
      '次品',
      '瑕疵',
      // The feel (手感), and the defects of the make, each its own complaint (ZH_MAKE_DEFECTS).
      '手感',
      ...ZH_MAKE_DEFECTS,
      // Cantonese for 质量 (質素好好), read through the Traditional table as 质素.
      '质素',
      // Cheap junk is a complaint about the make, not praise of the price (一看就是便宜货).
      '便宜货',
      '廉价货',
      // The goods against their photos or description (颜色和图片差太多了 named no aspect): the make as
      // received, judged by the clause.
      ...ZH_COMPARED_WITH,
      '货不对板',
      '货不对版',
    ],
  },
  // The product itself, a quality mention when the clause names no other aspect and judges it. Also
  // the product broken: in use (用了一个月就坏了), bad fruit (坏果), dead pixels (坏点); but 包装都是坏的
  // names the packaging, and 压坏了/摔坏的 (crushed, dropped) is the carrier's (ZH_CUE_CONTEXTS).
  // 垃圾 ("junk", 完全是垃圾) likewise: the product's, unless the clause names whose (垃圾卖家, 垃圾快递).
  product: ['东西', '产品', '商品', '宝贝', '货', ...ZH_BROKEN_WORDS, '垃圾'],
  positive: {
    shipping: [
      '快',
      '迅速',
      '及时',
      '神速',
      '给力',
      '准时',
      '飞快',
      '提前',
      '第二天',
      '隔天',
      '当天',
    ],
    packaging: [
      '完好',
      '精美',
      '严实',
      '结实',
      '完整',
      '精致',
      '仔细',
      '用心',
      '没有破损',
      '无破损',
      '好看',
      '漂亮',
      '好',
    ],
    service: [
      '热情',
      '耐心',
      '周到',
      '热心',
      '及时',
      '满意',
      '贴心',
      '专业',
      '负责',
      '好评',
      '好',
      '不错',
      // Quick to answer or to refund (回复很快, 退款很快: 快 only after such a verb, ZH_OPINION_CONTEXTS),
      // and a refund or exchange granted (给退款了; 不给退款 is a complaint by the negation).
      '快',
      '迅速',
      '给退',
      '给换',
      '给补发',
      '同意退',
      '同意换',
    ],
    price: [
      '便宜',
      '实惠',
      '划算',
      '超值',
      '物美价廉',
      '价廉物美',
      '不贵',
      '合算',
      '优惠',
      '值得',
      '合理',
      '低',
      '性价比高',
      '性价比很高',
      '性价比超高',
      '性价比挺高',
      '性价比非常高',
      '性价比还是很高',
      '物超所值',
      '物有所值',
      '力度大',
      '很合适',
    ],
    // 准: 码数很准 ("true to size"); 不准 is a complaint by the negation.
    size: ['合适', '刚好', '正好', '合身', '标准', '准', '合脚', '正常'],
    // 有防伪码 / 有防伪标签: the goods carry the brand's anti-counterfeit code (没有防伪码 by the negation;
    // not 有防伪电话, a number that may well be dead).
    authenticity: [
      '正品',
      '真品',
      '行货',
      '原装',
      '放心',
      '专柜',
      '有防伪码',
      '有防伪标',
      'authentic',
      'genuine',
    ],
    // 好 as a verdict (质量好, 包装好): the model scores so short a phrase near 0.
    quality: [
      '结实',
      '耐用',
      '精细',
      '细致',
      '好',
      '扎实',
      '厚实',
      '精致',
      '细腻',
      '不错',
      '舒服',
      '仔细',
      '讲究',
      ...ZH_AS_PICTURED,
    ],
  },
  negative: {
    shipping: [
      '慢',
      '延迟',
      '晚',
      '迟',
      '拖',
      '几天才',
      '才到',
      '丢件',
      '丢了',
      '没收到',
      '没有收到',
      '未收到',
      '收不到',
      '没到',
      '催',
      '投诉',
      '暴力',
      ...ZH_DUMPED,
    ],
    packaging: [
      '破',
      '破损',
      '压扁',
      '压坏',
      '漏',
      '简陋',
      '坏了',
      '随便',
      '太简单',
      '瘪',
      '烂',
      '脏',
      '变形',
    ],
    service: [
      '差',
      '恶劣',
      '敷衍',
      '不理',
      '没人理',
      '推卸',
      '冷淡',
      '不解决',
      '不回',
      '骗',
      '垃圾',
      '不耐烦',
      // Slow to answer or to refund, a return made hard (ZH_OPINION_CONTEXTS) or refused.
      '慢',
      '麻烦',
      '不能退',
      '不能换',
      '退不了',
      '退不出',
      '不支持',
      '不答应',
      // A picking error is a complaint whatever the clause's tone (少发了一件货，补发一件 read neutral).
      // Not bare 错发: it is also the 错 of 不错 before 发货 (质量不错发货很快).
      '发错',
      '错发了',
      '漏发',
      '少发',
    ],
    price: [
      '贵',
      '不值',
      '坑',
      '不划算',
      '涨价',
      '宰',
      '高',
      '性价比低',
      '性价比不高',
      '性价比太低',
      '缺乏竞争力',
      '没有竞争力',
      '没竞争力',
      '不便宜',
      '不优惠',
      '运费',
    ],
    size: [
      '偏大',
      '偏小',
      '太大',
      '太小',
      '不合适',
      '不合身',
      '有点大',
      '有点小',
      '大了',
      '小了',
      '紧',
      '短',
      '挤脚',
      '偏紧',
      '偏松',
    ],
    authenticity: [
      '假货',
      '假的',
      '仿品',
      '仿的',
      '高仿',
      '山寨',
      '水货',
      '不是正品',
      '假',
      'fake',
      'counterfeit',
      // Compared with the genuine article and found wanting: 跟正品差很多, 和专柜的不一样, 不如正品.
      '跟正品差',
      '和正品差',
      '与正品差',
      '比正品差',
      '不如正品',
      '跟正品不一样',
      '和正品不一样',
      '跟专柜的不一样',
      '和专柜的不一样',
      '跟专柜不一样',
      '和专柜不一样',
      '防伪码查不到',
      '查不到',
    ],
    quality: [
      '粗糙',
      '劣质',
      '次品',
      '瑕疵',
      '掉色',
      '起球',
      '开线',
      ...ZH_MAKE_DEFECTS,
      '差',
      '一般',
      '坏',
      ...ZH_BROKEN_WORDS,
      '便宜货',
      '廉价货',
      '垃圾',
    ],
  },
  hedges: [
    '希望是',
    '不知道是不是',
    '是不是',
    '不知道真假',
    '不确定',
    '怀疑',
    '不敢确定',
    '不清楚',
    '鉴定',
    // A fear the review then answers (差点以为是假货，结果是正品): the doubt is no verdict.
    '以为',
    '担心',
    '害怕',
    '生怕',
    '怕买到',
  ],
  weakService: new Set(['服务', '态度']),
};

/**
 * What goes wrong with the make once in use, each a quality cue and (most) a complaint where it
 * stands: "Dead on arrival" (a defect, not the delivery: it was a shipping complaint), "Battery died
 * after two weeks", "The stitching came apart", "Half the screws were missing", a smell. Not a parcel
 * that "went missing" (EN_CUE_CONTEXTS).
 */
const EN_DEFECTS = [
  'dead on arrival',
  'doa',
  'died',
  'dies',
  'stopped charging',
  'quit working',
  // A part that gave way in use, or a function that stopped: "Cap snapped off on first use", "Stopped
  // heating after a month" (each had only the price complaint of its "Waste of money", so the alert's
  // next step was to compare prices: QA pass).
  // Not "snapped" alone: "snapped a few photos", "snaps shut".
  'snapped off',
  'snapped in half',
  'snapped in two',
  'it snapped',
  'broke off',
  'stopped heating',
  'stopped cooling',
  'stopped spinning',
  'stopped pumping',
  'stopped holding a charge',
  'stopped turning on',
  // Dead from the start: "Arrived quickly. Doesn't turn on." had only its shipping praise.
  "doesn't work",
  'doesn’t work',
  'does not work',
  "didn't work",
  'didn’t work',
  'did not work',
  'not working',
  "won't turn on",
  'won’t turn on',
  "doesn't turn on",
  'doesn’t turn on',
  'does not turn on',
  'will not turn on',
  "wouldn't turn on",
  'wouldn’t turn on',
  "won't charge",
  'won’t charge',
  "doesn't charge",
  'doesn’t charge',
  'came apart',
  'comes apart',
  'coming apart',
  'falling apart',
  'frayed',
  'fraying',
  'unraveled',
  'unravelled',
  'missing',
  'stitching',
  'seams',
  'smell',
  'smells',
  'odor',
];

/**
 * Heavy said with solid or sturdy is the weight of a well-made thing, quality praise, not a size
 * complaint ("item is solid and heavy" was one).
 */
const EN_SOLID = [
  'solid and heavy',
  'heavy and solid',
  'sturdy and heavy',
  'heavy and sturdy',
  'nice and heavy',
  'nice and solid',
  'solid and sturdy',
  'feels solid',
  'heavy duty',
  'heavy-duty',
];

const EN: Lexicon = {
  cues: {
    shipping: [
      'shipping',
      'shipped',
      'ship',
      'ships',
      'shipment',
      'delivery',
      'delivered',
      'deliver',
      'arrived',
      'arrive',
      'arrives',
      'arrival',
      'courier',
      'ups',
      'fedex',
      'usps',
      'dhl',
      'postage',
      'transit',
      'tracking',
      // An order that never came ("Never received my order" had no aspect); the parcel itself is
      // the delivery in some contexts (PARCEL_AFTER, PARCEL_BEFORE).
      'never received',
      'never got it',
      "haven't received",
      'haven’t received',
      'have not received',
      'marked as delivered',
      'lost in the mail',
      'never showed up',
      'never delivered',
      'not delivered',
      'not received',
      'waiting for my order',
      'waiting on my order',
      'waiting for my item',
      'waiting for my items',
    ],
    packaging: [
      'packaging',
      'package',
      'packaged',
      'packing',
      'packed',
      'box',
      'boxes',
      'wrapped',
      'wrapping',
      'bubble wrap',
      'sealed',
      'seal',
    ],
    service: [
      'service',
      'customer service',
      'seller',
      'sellers',
      'vendor',
      'support',
      'staff',
      'waiter',
      'waitress',
      'waiters',
      'waitstaff',
      'wait staff',
      'server',
      'servers',
      'host',
      'hostess',
      'manager',
      'owner',
      'bartender',
      'employees',
      'refund',
      // After-sales (SemEval-2014 laptop reviews label these as service terms): warranty claims,
      // repairs and technical support are how sellers of electronics are judged on service.
      'warranty',
      'warranties',
      'repair',
      'repairs',
      'repaired',
      'repair center',
      'repair depot',
      'technician',
      'technicians',
      // Not bare "tech": "high tech" is no service.
      'techs',
      'tech support',
      'technical support',
      'customer support',
      'product support',
      'online support',
      'email support',
      'e-mail support',
      'phone support',
      'support team',
      'support staff',
      'support line',
      'customer services',
      'customer care',
      'help desk',
      'helpdesk',
      'representative',
      'return policy',
      'returns policy',
      'attentive',
      'rude',
      'friendly',
      'helpful',
      'seated',
      // eBay feedback judges the seller by it: "great communication", "poor communication".
      'communication',
    ],
    price: [
      'price',
      'prices',
      'priced',
      'pricing',
      'pricey',
      'cost',
      'costs',
      'expensive',
      'inexpensive',
      'cheap',
      'cheaper',
      'cheapest',
      'overpriced',
      'affordable',
      'value',
      'worth',
      'money',
      'bucks',
      'bill',
      'bargain',
      'reasonable',
      'reasonably',
      'dollars',
    ],
    size: [
      'size',
      'sizes',
      'sizing',
      'sized',
      'fit',
      'fits',
      'fitted',
      // Physical dimensions count as size for things that are carried, not worn.
      'weight',
      'weighs',
      'lightweight',
      'light weight',
      'bulky',
      'compact',
      'dimensions',
      // Where a garment pinches or hangs: "Tight around the shoulders", "loose in the waist".
      'tight around',
      'tight across',
      'tight in the',
      'tight at the',
      'tight on the',
      'loose around',
      'loose in the',
      'loose at the',
      'baggy',
      'too small',
      'too big',
      'too large',
      'too tight',
      'too loose',
      // A length that does not fit: "The pants are too long", "Sleeves too short" (not time: "took too
      // long", "battery life is too short"; EN_CUE_CONTEXTS).
      'too long',
      'too short',
      'runs small',
      'runs large',
      'runs big',
      'true to size',
      'smaller than expected',
      'smaller than i expected',
      'smaller than pictured',
      'smaller than it looks',
    ],
    authenticity: [
      'genuine',
      'authentic',
      'authenticity',
      'the real deal',
      // Not "legit" alone: "legit Italian pizza" is slang for good.
      'not legit',
      'fake',
      'fakes',
      'counterfeit',
      'knockoff',
      'knock-off',
      'knock off',
      'replica',
      'imitation',
      'bootleg',
    ],
    quality: [
      'quality',
      'build',
      'built',
      'material',
      'materials',
      'made',
      'durable',
      'sturdy',
      'flimsy',
      'defective',
      'workmanship',
      'craftsmanship',
      'construction',
      'stopped working',
      'fell apart',
      // "Broke after a week" (not "broken": "arrived broken" is the packaging's or the carrier's).
      'broke',
      // The make felt cheap: "In person it's cheap plastic". (Not "cracked": like "broken", a product
      // that arrived cracked is the carrier's or the packing's; a quality opinion word only.)
      ...EN_CHEAP_MAKE,
      ...EN_DEFECTS,
      ...EN_SOLID,
    ],
  },
  product: ['product', 'item', 'unit', 'purchase'],
  positive: {
    shipping: [
      'fast',
      'quick',
      'quickly',
      'promptly',
      'prompt',
      'on time',
      'early',
      'ahead of schedule',
      'speedy',
      'in no time',
      'next day',
      // Delivery the day after the order, or sooner ("ordered last night, delivered this morning").
      'next morning',
      'this morning',
      'same day',
      'same-day',
      'overnight',
      'within a day',
      'within 24 hours',
      'sooner than expected',
      'earlier than expected',
      'ahead of time',
      // "Shipping was quicker than Prime" (in a clause that names the shipping).
      'quicker',
      'faster',
    ],
    packaging: [
      'well packaged',
      'well packed',
      'secure',
      'securely',
      'intact',
      'nicely',
      'perfect condition',
      'good condition',
    ],
    service: [
      'friendly',
      'helpful',
      'attentive',
      'courteous',
      'polite',
      'prompt',
      'responsive',
      'accommodating',
      'accomodating',
      'covered',
      'fixed',
      'replaced',
      'quick response',
      'fast response',
      'quick reply',
      'quick to respond',
      'quick to reply',
      'responded quickly',
      'replied quickly',
      'answered quickly',
      'within an hour',
      'within hours',
      'no questions asked',
    ],
    price: [
      'cheap',
      'inexpensive',
      'affordable',
      'reasonable',
      'reasonably',
      'bargain',
      'great value',
      'good value',
      'worth',
      'deal',
      'low price',
      'great price',
      'good price',
      // Comparatives that praise the price ("less expensive than a big box store", "cheaper than in
      // stores"; not "feels cheaper than the original", a quality complaint).
      'cheaper than in',
      'cheaper than at',
      'cheaper than retail',
      'cheaper than anywhere',
      'cheaper than elsewhere',
      'cheaper than buying',
      'cheaper than other',
      'less expensive',
      'costs less',
      'cost less',
      'costs a lot less',
      'cost a lot less',
      'costs much less',
      'costs far less',
      'fraction of the price',
      'fraction of the cost',
      'half the price',
      'worth every penny',
      'a steal',
    ],
    size: [
      'fits well',
      'fit perfectly',
      'fits perfectly',
      'perfect fit',
      'true to size',
      'fits great',
      'fits like a glove',
      'lightweight',
      'light',
      'compact',
      'portable',
    ],
    authenticity: ['genuine', 'authentic', 'original', 'real', 'legit', 'the real deal'],
    quality: ['sturdy', 'durable', 'solid', 'well made', 'well built', 'high quality', ...EN_SOLID],
  },
  negative: {
    shipping: [
      'slow',
      'late',
      'delayed',
      'delay',
      'took forever',
      'never arrived',
      'never came',
      // Not delivered at all: "Marked as delivered but never got it" had two neutral mentions.
      'never received',
      'never got it',
      "haven't received",
      'haven’t received',
      'have not received',
      'not received',
      'never showed up',
      'never delivered',
      'not delivered',
      "wasn't delivered",
      'wasn’t delivered',
      "hasn't arrived",
      'hasn’t arrived',
      'has not arrived',
      "haven't arrived",
      'haven’t arrived',
      'not arrived',
      'lost in the mail',
      'still waiting',
      'waiting for my order',
      'waiting on my order',
      'waiting for my item',
      'waiting for my items',
      'lost',
      'weeks',
      'took ages',
      // The parcel thrown or dumped: "The courier threw the parcel over my fence."
      'threw',
      'thrown',
      'tossed',
      'dumped',
      'over the fence',
      'over my fence',
    ],
    packaging: [
      'damaged',
      'crushed',
      'broken',
      'torn',
      'dented',
      'leaked',
      'leaking',
      'flimsy',
      'poorly packaged',
      // Left out in the rain: "the box was soaked".
      'soaked',
      'soggy',
      'wet',
      'water damaged',
      'smashed',
      'ripped',
    ],
    service: [
      'rude',
      'slow',
      'unhelpful',
      'ignored',
      'terrible',
      'horrible',
      'poor',
      'awful',
      'never responded',
      'never replied',
      'never answered',
      'never got back',
      'no reply',
      'still waiting',
      'no response',
      'unresponsive',
      'inattentive',
      'not covered',
      'refused',
      'denied',
      'void',
      'voided',
      'invalidate',
      'expired',
    ],
    price: [
      'expensive',
      'overpriced',
      'pricey',
      'costly',
      'not worth',
      'rip off',
      'ripoff',
      'high price',
      'too much',
      // Found for less somewhere else ("cheaper at Walmart", "cheaper elsewhere"); with "than" between
      // ("cheaper than at Walmart") it is praise, above. Not "cheaper on": "cheaper on sale".
      'cheaper at',
      'cheaper from',
      'cheaper elsewhere',
      'cheaper locally',
      'cheaper in stores',
      'cheaper in store',
      'cheaper in the store',
    ],
    size: [
      'too small',
      'too big',
      'too large',
      'too tight',
      'too loose',
      'too narrow',
      'too wide',
      'runs small',
      'runs large',
      'runs big',
      'runs narrow',
      'runs tight',
      // "Runs about a size small", "a half size too big": said in the clause that names the size.
      'a size small',
      'a size smaller',
      'a size big',
      'a size bigger',
      'a size large',
      'a size larger',
      'a size too small',
      'a size too big',
      'half size small',
      'half size big',
      'half a size small',
      'half a size big',
      'smaller than expected',
      'smaller than i expected',
      'smaller than pictured',
      'smaller than it looks',
      // "Runs two sizes small", "order 2 sizes bigger".
      'sizes small',
      'sizes smaller',
      'sizes big',
      'sizes bigger',
      'sizes large',
      'sizes larger',
      // "Ordered a medium, fits like an extra small": a size other than the one ordered.
      'fits like a small',
      'fits like an extra small',
      'fits like an xs',
      'fits like a large',
      'fits like an extra large',
      'fits like an xl',
      'fits like a kid',
      'fits like a child',
      'tight',
      'heavy',
      'too heavy',
      'bulky',
    ],
    authenticity: [
      'fake',
      'counterfeit',
      'knockoff',
      'knock-off',
      'replica',
      'imitation',
      'not genuine',
      'not authentic',
      'not legit',
    ],
    quality: [
      'flimsy',
      'cheaply made',
      'poorly made',
      'broke',
      'broken',
      'defective',
      'stopped working',
      'fell apart',
      ...EN_CHEAP_MAKE,
      'cracked',
      'a crack',
      'cracks',
      'junk',
      'low quality',
      'poor quality',
      ...EN_DEFECTS.filter((d) => !['stitching', 'seams', 'smell', 'smells', 'odor'].includes(d)),
      'weird',
      'strange',
      'funny',
      'bad',
      'awful',
      'chemical',
    ],
  },
  hedges: [
    'not sure if',
    'not sure whether',
    'hope it',
    'hopefully',
    "can't tell",
    'cannot tell',
    'wonder if',
    'doubt',
    'if it is',
    // A fear the review then answers ("I was worried it would be fake but it's the real deal").
    'worried',
    'afraid',
    'scared',
    'concerned',
    'nervous',
    'skeptical',
    'sceptical',
    'suspicious',
    'wary',
    'thought it would be',
    'thought it was',
    'thought they were',
  ],
  weakService: new Set<string>(),
};

interface Compiled {
  lex: Lexicon;
  /** One alternation of every cue, longest first. */
  cueRe: RegExp;
  cueAspect: Map<string, AspectName | 'product'>;
  opinionRe: Partial<Record<AspectName, RegExp>>;
  opinionSign: Partial<Record<AspectName, Map<string, number>>>;
  hedgeRe: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

function alternation(terms: string[], lang: ReadableLang): string {
  const body = [...new Set(terms)].toSorted(byLength).map(escapeRe).join('|');
  // English terms match whole words only; Chinese has no word boundaries to lean on.
  return lang === 'en' ? `\\b(?:${body})\\b` : `(?:${body})`;
}

/**
 * Replaces one term of a cue (or opinion-word) alternation by a pattern that says in which context
 * it counts.
 */
function refineCue(src: string, term: string, pattern: string): string {
  const re = new RegExp(`(?<=[:|])${escapeRe(term)}(?=[|)])`);
  if (!re.test(src)) throw new Error(`aspect cue "${term}" is not in the cue list`);
  return src.replace(re, pattern);
}

/** Who can be friendly or helpful: a person or the business, somewhere before it in the clause. */
const EN_PERSON =
  "they|they're|theyre|he|she|staff|people|everyone|everybody|folks|guys|seller|sellers|owner|owners|rep|reps|representative|representatives|tech|techs|agent|agents|team|employee|employees|waiter|waitress|waiters|server|servers|host|hostess|manager|bartender|crew|personnel|support|service|company|store|shop|vendor|who";

/** What "X-sized" measures out as a dose of the product ("a pea-sized amount"), not its size. */
export const SIZED_AMOUNTS = 'pea|dime|nickel|quarter|grape';

/**
 * English cues that are aspect words only in some contexts, as [term, pattern]: "user friendly",
 * "eco-friendly" and "a helpful feature" are no service; support is the help desk, not "does not
 * support folders" or "arch support"; "big box store", "out of the box" and "packed with features"
 * are no packaging; a Windows "service pack" is no service; "a pea-sized amount" is no size.
 */
/** Receipt cues of the delivery ("never received my order"), not of a reply or a refund. */
const EN_RECEIPT_CUES = [
  'never received',
  "haven't received",
  'haven’t received',
  'have not received',
  'not received',
];
const EN_NOT_A_PARCEL =
  '(?!\\s+(?:a|an|any|the|my)\\s+(?:reply|replies|response|responses|answer|email|emails|call|calls|refund|credit|callback|message|messages|word|update)\\b)';

const EN_CUE_CONTEXTS: Array<[string, string]> = [
  ...EN_RECEIPT_CUES.map((cue): [string, string] => [cue, `${cue}${EN_NOT_A_PARCEL}`]),
  [
    'support',
    "support(?<!\\b(?:to|not|n't|n’t|does|do|did|will|would|can|cannot|could|should|must|may|might|also|fully|even|arch|lumbar|back|neck|ankle|knee|wrist|ram|usb|bluetooth|wifi|eax|codec|format|file)\\s+support)(?!\\s+(?:the|a|an|it|its|his|her|their|my|your|our|this|that|these|those|for|of|up|multiple|all|both|any|only|most|many)\\b)",
  ],
  ['service', 'service(?!\\s+packs?\\b)'],
  // "Worth the wait" praises the product, not its price; "cheap plastic", "feels cheap" blame the make
  // (quality cues below), not the price.
  ['worth', 'worth(?!\\s+the\\s+(?:wait|hype|effort|trouble|time|read|watch|visit|trip|drive)\\b)'],
  [
    'cheap',
    'cheap(?<!\\b(?:feels?|felt|feeling|looks?|looked|looking|seems?|seemed)\\s+(?:\\w+\\s+){0,2}cheap)(?!\\s+(?:plastics?|materials?|quality|feel|feeling|looking|construction|build|parts|fabric|metal|knock-?offs?|imitation|junk|crap|garbage)\\b)',
  ],
  ['box', 'box(?<!\\bout of the\\s+box)(?!\\s+stores?\\b)'],
  [
    'too long',
    '(?<!\\b(?:took|take|takes|taking|taken|wait|waited|waiting|time|for|delivery|shipping|shipment|arrive|ship|processing|process|life|lasts?|charge|charging|recharge|recharging|load|loading|boot|startup|setup|delay|lag|intro|screen|turnaround)\\s+(?:\\w+\\s+){0,2}|\\bfor\\s+)too long(?!\\s+(?:of|to|for|a wait|wait)\\b)',
  ],
  [
    'too short',
    '(?<!\\b(?:life|time|warranty|period|span|battery|lasts?|lasted|run|runs|runtime|for|range|zoom|delay)\\s+(?:\\w+\\s+){0,2})too short',
  ],
  ['packed', 'packed(?!\\s+with\\b)'],
  // A part missing from the box, not a parcel gone missing in the post.
  ['missing', 'missing(?<!\\b(?:went|gone|goes|go|going)\\s+missing)'],
  // "A pea-sized amount" is how much of the product a use takes, not the product's size.
  ...['size', 'sized'].map((t): [string, string] => [
    t,
    `${t}(?<!\\b(?:${SIZED_AMOUNTS})[- ]${t})`,
  ]),
  // Last: their patterns name other cue words (support, service), which must be refined first.
  [
    'friendly',
    `friendly(?<=\\b(?:${EN_PERSON})\\b[^.,;!?\\n]{0,40}friendly)(?!\\s+(?:to use|for use)\\b)`,
  ],
  ['helpful', `helpful(?<=\\b(?:${EN_PERSON})\\b[^.,;!?\\n]{0,40}helpful)`],
];

/** Getting hold of the seller: a service mention when a person or the business does it. */
const EN_CONTACT_VERBS = [
  'respond',
  'responds',
  'responded',
  'reply',
  'replies',
  'replied',
  'answer',
  'answers',
  'answered',
  'contact',
  'contacted',
];

/**
 * "They will not respond to my emails", "they won't answer their phone", "tried to contact them":
 * a contact verb after a person or the business in the clause (or after "tried to"), not "the
 * touchscreen does not respond" or "the answer is in the manual".
 */
const EN_CONTACT = `(?:${EN_CONTACT_VERBS.join('|')})(?<=(?:\\b(?:${EN_PERSON})\\b[^.,;!?\\n]{0,40}|\\b(?:tried|try|trying) to\\s+)\\w+)`;

const EN_SIZE_ADJECTIVES = [
  'small',
  'smaller',
  'tiny',
  'big',
  'bigger',
  'large',
  'larger',
  'huge',
  'light',
  'lighter',
  'heavy',
  'heavier',
  'weighty',
  'thin',
  'thinner',
  'slim',
  'portable',
];

/**
 * A size adjective said of the thing itself ("it is small", "very light", "slightly heavier than"),
 * not of something else ("a small scratch", "light bulb"): a linking or degree word before it, and
 * the end of the clause, a conjunction, "than" or "enough" after it.
 */
const EN_SIZE_PREDICATE = `(?:${EN_SIZE_ADJECTIVES.join('|')})(?<=\\b(?:is|it's|it’s|its|was|are|were|very|so|quite|pretty|too|extremely|incredibly|unbelievably|slightly|bit|little|kinda|fairly|relatively|really|super|much|way|and|nice|feels|seems|looks)\\s+\\w+)(?=\\s*(?:[.,;:!?)]|$|and\\b|but\\b|than\\b|enough\\b|to (?:carry|hold|fit|use)\\b|for (?:a|my|your|the|its)\\b|in (?:my|your|the|a)\\s+(?:pocket|purse|bag|hand)))`;

/**
 * Chinese cues that are aspect words only in some contexts: 价 is a price, but not in 评价 (review),
 * 代价 or 身价; 速度 is shipping speed, not a phone's or a download's; something broken is the
 * product's quality, unless it was crushed, dropped or knocked on the way (压坏了, 摔坏的, 损坏), and
 * 坏了 after a feeling means "terribly" (吓坏了, 急坏了, 高兴坏了), 好坏 "good or bad"; 冻坏 is frost on the way.
 */
const ZH_BROKEN = '(?<![压摔碰磕撞损砸冻吓急气累饿渴热乐笑兴忙馋宠惯好])';
/**
 * Too big / a bit small said of a difference, a sound, a smell, heat or a fee is no size (差距太大,
 * 声音太小, 味道有点大, 发热有点大, 安装费有点小), nor "not much" (没有太大区别), nor a word that merely
 * starts with 小/大: the chatty 有点小 + a feeling or a flaw (有点小失望, 有点小贵, 有点小问题), 太小气
 * ("stingy"), 小看 ("look down on"), 小说 (a novel), 大锅饭.
 */
const ZH_NOT_SIZE_OF =
  '(?<!差距|相差|差别|差异|区别|变化|色差|误差|偏差|反差|出入|落差|音|噪声|音量|响声|味道|气味|味|热量|发热|费|没有|没)';
const ZH_SIZE_END =
  '(?!气|看|说|锅|眼|的?(?:区别|问题|关系|影响|意义|变化|差别|差异|希望|帮助|用处|感觉|必要|作用|毛病|缺点|缺陷|瑕疵|不足|遗憾|失望|郁闷|激动|开心|兴奋|意外|惊喜|贵|热|冷|痕迹|压力|难度|改变|进步|提升|改进))';
const zhSizeCue = (term: string): [string, string] => [
  term,
  `${ZH_NOT_SIZE_OF}${term}${ZH_SIZE_END}`,
];
/**
 * A length said of time, of a text or of a room is no size: 等的时间太长, 送到时间也太长, 待机时间实在是太
 * 短了, 保质期太短, 故事都太长了, 时间逼的太紧, 停车空间比较紧. A garment's or a thing's length or fit is
 * (裤子太长了, 袖子有点短, 太紧了，穿不上, 连上鼠标线有点短).
 */
const ZH_NOT_LENGTH_OF =
  '(?<!(?:时间|时候|周期|期|天数|日期|续航|待机|寿命|等待|等得|等的|等了|等|路上|排队|过程|间隔|物流|快递|发货|到货|送货|送餐|送到|故事|书|文章|内容|篇幅|句子|视频|广告|介绍|说明|剧情|电影|空间|之间|逼的|逼得)[^，,。！!？?；;\\s]{0,10})';
const zhLengthCue = (term: string): [string, string] => [
  term,
  `${ZH_NOT_LENGTH_OF}${term}(?!时间|了时间|的时间|期|久|密|凑|张|急|迫)`,
];
/**
 * What else a buyer says was never received, earlier in the sentence: a promised gift (说好有赠品，可
 * 是我一直就没有收到), an invoice, a refund, a reply, a hotel booking; and someone else saying they did
 * not receive something (酒店一直称未收到, 客服说没收到: the booking, the returned goods). The seller's
 * or the hotel's, not the delivery's.
 */
const ZH_NOT_RECEIVED_OTHER =
  '(?<!(?:赠|说好的?送|[说要会]送|送的|礼品|票|退款|退钱|钱|回复|答复|短信|邮件|通知|预订|预定|订单确认)[^。！!？?]{0,14})(?<!(?:说|称|表示|声称)[都也还就一直]{0,2})';

const ZH_CUE_CONTEXTS: Array<[string, string]> = [
  ...['太大', '太小', '有点大', '有点小', '偏大', '偏小'].map(zhSizeCue),
  ...['太长', '太短', '偏长', '偏短', '有点长', '有点短', '太紧', '太松'].map(zhLengthCue),
  // 垃圾 the verdict, not a bin or a bag (丢进垃圾桶) or junk food; 质素 of the goods, not 服务质素.
  ['垃圾', '(?<![倒扔丢清捡])垃圾(?![桶袋箱篓堆站场车食分软短邮])'],
  ['质素', '(?<!服务)质素'],
  ...['没收到', '没有收到', '未收到'].map((term): [string, string] => [
    term,
    `${ZH_NOT_RECEIVED_OTHER}${term}(?=(?:货|快递|包裹|东西|商品|宝贝|件)|[，,。！!？?；;~\\s]|$)`,
  ]),
  // 收不到 only of the goods: not a signal or a message (就是收不到, 收不到短信).
  ['收不到', '收不到(?=货|快递|包裹|东西|商品|宝贝)'],
  ['价', '(?<![评代身])价'],
  ['速度', '(?<!运行|开机|上网|网|读写|读|写|充电|下载|处理|反应)速度'],
  ...['坏了', '坏的', '坏掉'].map((term): [string, string] => [term, `${ZH_BROKEN}${term}`]),
  // 泡沫 is packing foam (泡沫箱, 两层泡沫网, 连个泡沫都没有) and a shampoo's or soap's lather (泡沫丰富,
  // 起很多泡沫, 泡沫很多): lather is how the product works, not its packaging.
  [
    '泡沫',
    '(?<!起|打出|出|洗发|很多|好多|丰富的|大量的?|细腻的|绵密的)泡沫(?!(?:很|非常|特别|超|挺|也|也挺|还|还算|比较|都|真|超级)?(?:多|丰富|少|细腻|细|绵密|足|度|浓))',
  ],
  // 黄豆大小 ("a soybean's worth") is how much of the product a use takes, not its size.
  ['大小', '(?<!黄豆|豆粒|花生|硬币|指甲盖|米粒|绿豆|黄豆粒)大小'],
  // 变形 of the box (包装箱变形, 外包装压得变形了) is the packaging's; crushed in transit (挤压变形) is
  // the carrier's; the rest (洗了就变形了, 衣服变形) is the product's make. 变形金刚: Transformers.
  [
    '变形',
    '(?<!(?:包装|盒子|箱子|纸箱|外箱|外盒|快递盒|瓶子|盖子|袋子)[^，,。！!？?；;\\s]{0,6}|[压挤摔碰磕撞][得的坏成]?)变形(?!金刚)',
  ],
  // 和图片 / 与描述 …: the goods compared with their photos or description (颜色和图片差太多了, 跟图片上
  // 一样), not pictures as a subject (光盘里有许多铃声和图片, 看视频跟图片文档).
  ...ZH_COMPARED_WITH.map((cue): [string, string] => [
    cue,
    `${cue}(?=[^，,。！!？?；;\\s]{0,8}?(?:一样|一致|相符|不符|符合|差|区别|不同|出入|相同|吻合|不是|两样|有别|不一))`,
  ]),
  // 少发 of an order short of an item (少发了一件, 少发货), not 很少发作 ("rarely flares up").
  ['少发', '(?<![很较极])少发(?=了|货|[一两二三四五六七八九十几0-9个件瓶包份盒])'],
  // 错发 ("sent the wrong one"), not the 错 of 不错 ("good") before 发货: 质量不错发货很快.
  ['错发', '(?<!不)错发'],
  // 二手 ("used", sold as new): not 第二手机 ("a second phone") or 二手烟 ("second-hand smoke").
  ['二手', '(?<!第)二手(?!烟)'],
  // 仿的 ("imitation"), not 相仿的 ("similar").
  ['仿的', '(?<![相模])仿的'],
  // 送得 of the delivery's speed only (送得很快, 送得太慢了): not 赠送得, or 送得 written for 送的
  // ("given free": 送得东西也很实惠).
  [
    '送得',
    '(?<!赠)送得(?=(?:也|还|挺|很|太|非常|特别|超|好|实在|比较|真|蛮|再|超级)*(?:快|慢|及时|准时|迅速))',
  ],
];

/**
 * 好 as a verdict (质量好, 包装好, 服务好, 态度友好, 质量好到不敢相信), and nothing else:
 * - not before another character of a word or a phrase it starts (好像 "seems", 好多 "many" but not
 *   好多了 "much better", 好几次, 好不好 / 好吗 questions, 好评, 好把 "so that"), nor as "so" before an
 *   adjective (好薄, 好贵, 好假;
 *   a list, since reviews often run on unpunctuated: 客服态度很好尤其是…, 包装好物流快);
 * - not after a verb it completes or in a word (说好的 "promised", 时好时坏, 只好 "had to", 最好不要 /
 *   最好就是 "had better", 弄好, 好好的), nor in 多好 / 多么好 / 再好 ("however good");
 * - not a wish (包装干净点就好了, "if only the packaging were cleaner");
 * - not in a comparison or a hedged negation, which the model reads better than one word can
 *   (没有宣传的那么好, 不如原先的质量好, 地摊货也比这好, 不是特别的好); worse than before is
 *   ZH_WORSE_THAN_BEFORE's.
 */
const ZH_GOOD =
  '(?<![说时只正刚叫搞弄办修治粘放收做绑再多好])(?<!最(?=好(?:不|别|还是|先|要|能|就)))(?<!就更?(?=好了))(?<!好不|多么)' +
  '(?<!(?:没有?|不如|没得|不及|比不上|比这|比它|比他|不是|并不|不像|不太|不怎么)[^，,。！!？?\\s]{0,6})' +
  '好(?![像象几久吗歹坏不处假意吧评把让在薄贵差烂长大小重轻累难慢冷热臭丑脏硬软厚少低次糟弱闷]|[多些](?!了))';

/**
 * Worse than it used to be, the repeat buyer's complaint (质量没有以前好, 味道不如上次, 没有第一次买的好,
 * 大不如前, 一次不如一次, 越来越差, 比以前差): an opinion against the aspect its clause names (after
 * 没有, only with the word it compares: 没有以前的包装 is "lacks the old packaging"). 好 alone
 * leaves such comparisons to the model (ZH_GOOD), which scores 质量没以前好 only −0.15, too little
 * for the aspect to be more than neutral. Of the 221 non-test corpus reviews with one, 178 are
 * negative.
 */
/**
 * Opinion words that are also ordinary words: 仔细 praises the make (做工很仔细) or the packing, but
 * not as "carefully" (收货时仔细检查了, 仔细一看是指甲: a hair found in a yoghurt was quality praise);
 * 讲究 ("refined") praises, 讲究的是 ("what matters is") does not; 正常 and 仿的 as below.
 */
const ZH_OPINION_CONTEXTS: Array<[string, string, AspectName?]> = [
  ['仔细', '仔细(?![检查看瞧对读找核比问听想]|一[看瞧查])'],
  // For service, 快 / 慢 are the speed of an answer or a refund (回复很快, 退款也很慢; not 很快就坏了),
  // 麻烦 a return made hard (not 麻烦卖家…, "please, seller"); the shipping list keeps its 快 and 慢.
  ...['快', '迅速', '慢', '麻烦'].map((t): [string, string, AspectName] => [
    t,
    `(?<=(?:回复|回覆|回应|答复|响应|处理|退款|退货|换货|解决|售后)[^，,。！!？?；;\\s]{0,4})${t}`,
    'service',
  ]),
  // A refund or exchange granted, not one granted only after a fight (打电话三次服务员才给换了一个).
  ...['给退', '给换', '给补发'].map((t): [string, string, AspectName] => [
    t,
    `(?<!才)${t}`,
    'service',
  ]),
  ['讲究', '讲究(?!的是)'],
  // 尺码正常 ("true to size"), not a comparison with the usual size (码数比正常少两个码, 和正常尺码不符).
  ['正常', '(?<![比和跟与较])正常(?!尺码|大小|码|的尺码|的码)'],
  ['仿的', '(?<![相模])仿的'],
  ['变形', '变形(?!金刚)'],
];
const ZH_BEFORE = '(?:以前|之前|上次|原来|过去|从前|第一次|上一次|以往)(?:买的|的)?(?:那么|那样)?';
const ZH_WORSE_THAN_BEFORE = `不如${ZH_BEFORE}(?:好吃|好用|好)?|没有?${ZH_BEFORE}(?:好吃|好用|好|快|新鲜|甜|香|舒服|结实|耐用)|大不如前|一次不如一次|越来越差|比(?:以前|之前|上次)(?:还|更)?差`;

function compile(lex: Lexicon, lang: ReadableLang): Compiled {
  const cueAspect = new Map<string, AspectName | 'product'>();
  for (const [aspect, terms] of Object.entries(lex.cues) as Array<[AspectName, string[]]>) {
    for (const t of terms) if (!cueAspect.has(t)) cueAspect.set(t, aspect);
  }
  if (lang === 'zh') {
    for (const [aspect, terms] of Object.entries(ZH_ENGLISH_CUES) as Array<[AspectName, string[]]>)
      for (const t of terms) cueAspect.set(t, aspect);
  }
  for (const t of lex.product) cueAspect.set(t, 'product');
  let cueSrc = alternation([...cueAspect.keys()], lang);
  if (lang === 'zh') {
    for (const [term, pattern] of ZH_CUE_CONTEXTS) cueSrc = refineCue(cueSrc, term, pattern);
    for (const terms of Object.values(ZH_ENGLISH_CUES))
      for (const t of terms) cueSrc = refineCue(cueSrc, t, `(?<![A-Za-z])${t}(?![A-Za-z])`);
  } else {
    for (const [term, pattern] of EN_CUE_CONTEXTS) cueSrc = refineCue(cueSrc, term, pattern);
    // Size said of the product itself: "it's small and light", "slightly heavier than the iPod".
    cueSrc = cueSrc.replace(/\)\\b$/, `|${EN_SIZE_PREDICATE}|${EN_CONTACT})\\b`);
    for (const adj of EN_SIZE_ADJECTIVES) if (!cueAspect.has(adj)) cueAspect.set(adj, 'size');
    for (const verb of EN_CONTACT_VERBS) if (!cueAspect.has(verb)) cueAspect.set(verb, 'service');
  }
  // Case-insensitive in both: Chinese reviews mix in English words ("Shipping 有点慢").
  const cueRe = new RegExp(cueSrc, 'gi');
  const opinionRe: Compiled['opinionRe'] = {};
  const opinionSign: Compiled['opinionSign'] = {};
  for (const aspect of Object.keys(lex.cues) as AspectName[]) {
    const pos = lex.positive[aspect] ?? [];
    const neg = lex.negative[aspect] ?? [];
    const signs = new Map<string, number>();
    for (const t of pos) signs.set(t, 1);
    for (const t of neg) signs.set(t, -1);
    if (signs.size === 0) continue;
    opinionSign[aspect] = signs;
    let src = alternation([...signs.keys()], lang);
    if (lang === 'zh' && signs.has('好')) src = refineCue(src, '好', ZH_GOOD);
    if (lang === 'zh') {
      for (const [term, pattern, only] of ZH_OPINION_CONTEXTS) {
        if (signs.has(term) && (only === undefined || only === aspect))
          src = refineCue(src, term, pattern);
      }
    }
    // Worse than before is a complaint about whatever the clause names (tried first, being longer).
    if (lang === 'zh') src = `(?:${ZH_WORSE_THAN_BEFORE})|${src}`;
    opinionRe[aspect] = new RegExp(src, lang === 'en' ? 'gi' : 'g');
  }
  return {
    lex,
    cueRe,
    cueAspect,
    opinionRe,
    opinionSign,
    hedgeRe: new RegExp(alternation(lex.hedges, lang), lang === 'en' ? 'i' : ''),
  };
}

const COMPILED: Record<ReadableLang, Compiled> = { zh: compile(ZH, 'zh'), en: compile(EN, 'en') };

/* ------------------------------------------------------------------------------------------------ */
/* Clauses                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

export interface Span {
  start: number;
  end: number;
}

function isClauseBreak(c: number, next: number): boolean {
  switch (c) {
    case 10: // \n
    case 13:
    case 33: // !
    case 44: // ,
    case 59: // ;
    case 63: // ?
    case 0x3002: // 。
    case 0xff0c: // ，
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 0x2026: // …
    case 0xff5e: // ～
    case 126: // ~
      return true;
    case 46: // . but not inside 4.5 or v2.0
      return !(next >= 48 && next <= 57);
    default:
      return false;
  }
}

const ZH_CONTRAST = /但是|不过|可是|然而|只是|但(?!是)/g;
const EN_CONTRAST = /\b(?:but|however|although|though|except|whereas|yet)\b/gi;

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)
  );
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/**
 * A run of emoji (with variation selectors, joiners and skin tones). Buyers end a thought with one
 * ("😍😍😍 shipping fast 🚀 quality 👍"), so a run closes its clause; it stays in the clause it
 * ends, whose verdict it often is. Not ©, ® or ™.
 */
const EMOJI_RUN =
  /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B50}\u{2B55}](?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B50}\u{2B55}]|\uFE0F|\u200D)*/gu;

/**
 * Clauses of `text`: split at punctuation, before contrast words (the word starts the new clause)
 * and after a run of emoji.
 */
export function splitClauses(text: string, lang: ReadableLang): Span[] {
  let cuts: number[] = [];
  const re = lang === 'zh' ? ZH_CONTRAST : EN_CONTRAST;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // 不但 ("not only") is not a contrast.
    if (lang === 'zh' && m.index > 0 && text.charCodeAt(m.index - 1) === 0x4e0d) continue;
    cuts.push(m.index);
  }
  const emojiCuts: number[] = [];
  EMOJI_RUN.lastIndex = 0;
  while ((m = EMOJI_RUN.exec(text)) !== null) emojiCuts.push(m.index + m[0].length);
  if (emojiCuts.length > 0) cuts = [...new Set([...cuts, ...emojiCuts])].toSorted((a, b) => a - b);
  const spans: Span[] = [];
  let start = 0;
  let cutIdx = 0;
  for (let i = 0; i <= text.length; i++) {
    const atCut = cutIdx < cuts.length && cuts[cutIdx] === i;
    if (atCut) cutIdx++;
    const brk = i === text.length || isClauseBreak(text.charCodeAt(i), text.charCodeAt(i + 1));
    if (!brk && !atCut) continue;
    const span = trimSpan(text, start, i);
    if (span) spans.push(span);
    start = atCut && !brk ? i : i + 1;
  }
  return spans;
}

/* ------------------------------------------------------------------------------------------------ */
/* Aspects                                                                                          */
/* ------------------------------------------------------------------------------------------------ */

/** Logit of "positive" for text[start, end), from the document model. */
export type SpanScorer = (start: number, end: number) => number;

interface CueHit {
  aspect: AspectName | 'product';
  term: string;
  start: number;
  end: number;
  /** A quality mention standing for a generic product noun (product, 东西). */
  implicit?: boolean;
}

/** Each aspect-specific opinion word moves the logit by this much: they are near-certain evidence. */
const OPINION_WEIGHT = 2.5;
/** |logit| below this is a neutral mention. */
export const ASPECT_NEUTRAL_LOGIT = 0.6;

/**
 * 比这 / 比这里 / 比你们 … just before a price word: the comparison is with this seller. At most
 * THAN_HERE_CHARS characters long (比你们家的稍微), so only that much text before the word is read.
 */
const THAN_HERE = /比(?:这里|这家|这个|这|你们家|你们|你家)(?:的)?(?:还|都|要|更|也|稍微|略)?$/;
const THAN_HERE_CHARS = 8;

/**
 * A wish for a lower price, which happy buyers add to their praise (价格再便宜点就更好了, 要是便宜点就
 * 好了, 希望价钱能再便宜一点, 能便宜点就更好了): the price is what they would change, so the price
 * word is a complaint, not praise. Before the word: 再 or a wish (希望, 要是, 如果, 能不能 …) at most
 * four characters back in its clause; after it: 点/一点/些 and 就 or 的话. Not 再便宜不过了
 * ("couldn't be cheaper"), and not the 要是 inside 主要是 ("mainly": 最主要是便宜).
 */
const ZH_WISH_BEFORE =
  /(?:再|希望|(?<![主只就还总重])要是|如果|若是|假如|能不能|可不可以|能否|但愿)[^，,。！!？?；;\s]{0,4}$/;
const ZH_WISH_AFTER = /^(?:一)?(?:点|些)(?:儿|点)?(?:就|的话|会更|更)/;
const ZH_WISH_CHARS = 8;

/** Where 性价比 or CP值 ("value for money") first stands from `from`, or −1. */
function valueForMoneyAt(text: string, from: number): number {
  const a = text.indexOf('性价比', from);
  VALUE_FOR_MONEY_CP.lastIndex = from;
  const b = VALUE_FOR_MONEY_CP.exec(text)?.index ?? -1;
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}
const VALUE_FOR_MONEY_CP = /c\/?p值/gi;

/** Sum of aspect-specific opinion evidence in text[start, end), ±1 per opinion word, negation flips. */
function opinionEvidence(
  c: Compiled,
  lang: ReadableLang,
  aspect: AspectName,
  text: string,
  seg: Span,
  cues: CueHit[],
): number {
  const re = c.opinionRe[aspect];
  const signs = c.opinionSign[aspect];
  if (!re || !signs) return 0;
  const piece = text.slice(seg.start, seg.end);
  // Where 性价比 (value for money) first stands in the segment: a 高/低 after it praises or blames
  // the value, not the price. Found once, not searched for again at each opinion word.
  const valueForMoney = aspect === 'price' ? valueForMoneyAt(text, seg.start) : -1;
  // Chinese prices are also judged against "here" (THAN_HERE); prices and delivery by a wish
  // (ZH_WISH_*: 价格再便宜点就好了, 要是能送得再快一点就好了).
  const zhPrice = aspect === 'price' && lang === 'zh';
  const zhWish = lang === 'zh' && (aspect === 'price' || aspect === 'shipping');
  re.lastIndex = 0;
  let sum = 0;
  // Cues come in text order and do not overlap, so the one cue that can hold an opinion word is the
  // last one starting at or before it: one pointer, not a search per word (a clause of 2,000 cues
  // and as many opinion words took 50 ms).
  let p = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(piece)) !== null) {
    const start = seg.start + m.index;
    const end = start + m[0].length;
    while (p + 1 < cues.length && cues[p + 1]!.start <= start) p++;
    const h = cues[p];
    // An opinion word inside a longer cue is part of the cue (快 in 快递), not an opinion.
    if (h && h.start <= start && h.end >= end && h.end - h.start > end - start) continue;
    const key = lang === 'en' ? m[0].toLowerCase() : m[0];
    let sign = signs.get(key);
    // Not a listed word: the only other alternative is ZH_WORSE_THAN_BEFORE, a complaint as it stands.
    if (sign === undefined) {
      if (lang === 'zh') sum -= 1;
      continue;
    }
    // 高/低 judge a price the other way round from value for money: 价格高 is bad, 性价比比较高 is good
    // (the listed 性价比高 forms cannot cover every adverb put between them).
    if ((key === '高' || key === '低') && valueForMoney !== -1 && valueForMoney <= start - 3)
      sign = -sign;
    // 外面卖的比这便宜, 超市要比这里贵很多: "cheaper than here" blames this price.
    if (zhPrice && THAN_HERE.test(text.slice(Math.max(seg.start, start - THAN_HERE_CHARS), start)))
      sign = -sign;
    const after = zhWish ? text.slice(end, end + ZH_WISH_CHARS) : '';
    const wish =
      zhWish &&
      !after.startsWith('不过了') &&
      (ZH_WISH_AFTER.test(after) ||
        ZH_WISH_BEFORE.test(text.slice(Math.max(seg.start, start - ZH_WISH_CHARS), start)));
    if (wish) sign = -Math.abs(sign);
    // 会不会掉色, 是不是发错了, 掉不掉色: asked, not stated: no evidence either way.
    else if (lang === 'zh' && askedBefore(text, start, seg.start)) continue;
    // A word that opens its part of the clause (包装很好没有异味: 异味 is its own cue, so its part
    // starts there) may be negated by what stands just before it; negatedBefore never crosses a
    // clause mark.
    else if (negatedBefore(text, start, lang, start === seg.start ? 0 : seg.start)) sign = -sign;
    sum += sign;
  }
  return sum;
}

/** Every cue in the text, in order: one regex pass, so reviews naming no aspect cost almost nothing. */
/**
 * "Package" is the parcel on its way, not its box, when it was lost, late, delivered or waited for:
 * "Package was lost", "The package arrived two days early", "still waiting for my package" (packaging
 * complaints or mentions before, so the next step said to check the box's padding). "The package was
 * crushed" stays the packing's.
 */
const PARCEL_AFTER =
  /^\s+(?:(?:was|were|is|has|have|had|been|got|never|finally|still|just|only|not|(?:was|were|is|has|have)n['’]?t)\s+)*(?:lost|stolen|late|delayed|delivered|arrived|came|showed up|went missing|early|on time|in transit|stuck)\b/i;
const PARCEL_BEFORE =
  /\b(?:waiting|waited|wait|still no|never got|never received|track(?:ed|ing)?)\s+(?:for\s+|on\s+)?(?:my|the|this|our|a)\s+$/i;

function findCues(c: Compiled, lang: ReadableLang, text: string): CueHit[] {
  const hits: CueHit[] = [];
  c.cueRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.cueRe.exec(text)) !== null) {
    const term = m[0];
    let aspect = c.cueAspect.get(term.toLowerCase());
    if (!aspect) continue;
    const end = m.index + term.length;
    if (
      lang === 'en' &&
      term.toLowerCase() === 'package' &&
      (PARCEL_AFTER.test(text.slice(end, end + 60)) ||
        PARCEL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
    )
      aspect = 'shipping';
    hits.push({ aspect, term, start: m.index, end });
  }
  return hits;
}

const EN_JOINERS = /\b(?:and|with|plus)\b|&|\//gi;

/**
 * Splits a clause among its cues. Chinese puts the opinion after the aspect (物流很快包装也很好), so each
 * cue owns the text up to the next cue; English puts it on either side (fast shipping and great
 * packaging), so the clause is cut at a joining word between two cues, or shared if there is none.
 */
function segmentsFor(text: string, clause: Span, cues: CueHit[], lang: ReadableLang): Span[] {
  if (cues.length === 1) return [clause];
  const segs: Span[] = [];
  if (lang === 'zh') {
    for (let k = 0; k < cues.length; k++) {
      const start = k === 0 ? clause.start : cues[k]!.start;
      const end = k + 1 < cues.length ? cues[k + 1]!.start : clause.end;
      segs.push({ start, end });
    }
    return segs;
  }
  let segStart = clause.start;
  for (let k = 0; k < cues.length; k++) {
    const next = cues[k + 1];
    if (!next) {
      segs.push({ start: segStart, end: clause.end });
      break;
    }
    const between = text.slice(cues[k]!.end, next.start);
    EN_JOINERS.lastIndex = 0;
    const j = EN_JOINERS.exec(between);
    if (j) {
      const cut = cues[k]!.end + j.index;
      segs.push({ start: segStart, end: cut });
      segStart = cut + j[0].length;
    } else segs.push({ start: segStart, end: clause.end });
  }
  // Cues without a joiner between them share the clause: give each the widest segment it lies in.
  return cues.map((h) => segs.find((s) => s.start <= h.start && s.end >= h.end) ?? clause);
}

export interface AspectOptions {
  /** Neutral half-width on the combined logit. */
  neutralLogit?: number;
}

/**
 * Aspects mentioned in `text` (already sanitised, same offsets as the original). One mention per
 * aspect per clause; spans are the trimmed part of the clause that carries the aspect.
 */
export function findAspects(
  text: string,
  lang: ReadableLang,
  score: SpanScorer,
  opts: AspectOptions = {},
): AspectMention[] {
  const c = COMPILED[lang];
  const band = opts.neutralLogit ?? ASPECT_NEUTRAL_LOGIT;
  const out: AspectMention[] = [];
  const allCues = findCues(c, lang, text);
  if (allCues.length === 0) return out;
  let next = 0;
  for (const clause of splitClauses(text, lang)) {
    while (next < allCues.length && allCues[next]!.start < clause.start) next++;
    let cues: CueHit[] = [];
    for (let k = next; k < allCues.length && allCues[k]!.end <= clause.end; k++)
      cues.push(allCues[k]!);
    if (cues.length === 0) continue;
    const named = cues.filter((h) => h.aspect !== 'product');
    if (named.length > 0) {
      cues = named;
    } else {
      cues = cues.slice(0, 1).map((h) => ({ ...h, aspect: 'quality' as const, implicit: true }));
    }
    // 快递小哥服务态度很好: the 服务/态度 is the courier's, so it stays with shipping.
    const firstShipping = cues.findIndex((h) => h.aspect === 'shipping');
    if (firstShipping !== -1) {
      cues = cues.filter(
        (h, k) => !(h.aspect === 'service' && k > firstShipping && c.lex.weakService.has(h.term)),
      );
    }
    // 卖家发货很快: the seller is the subject of the shipping, no service mention of its own.
    if (lang === 'zh') {
      cues = cues.filter((h, k) => {
        const after = cues[k + 1];
        return !(
          h.aspect === 'service' &&
          ZH_PARTIES.has(h.term) &&
          after &&
          after.aspect !== 'service' &&
          /^的?$/.test(text.slice(h.end, after.start))
        );
      });
    }
    // Adjacent cues of the same aspect (快递 … 速度) are one mention.
    const merged: CueHit[] = [];
    for (const h of cues) {
      const last = merged[merged.length - 1];
      if (last && last.aspect === h.aspect) continue;
      merged.push(h);
    }
    const segs = segmentsFor(text, clause, merged, lang);
    const seen = new Set<AspectName>();
    merged.forEach((h, k) => {
      const aspect = h.aspect as AspectName;
      if (seen.has(aspect)) return;
      seen.add(aspect);
      const seg = trimSpan(text, segs[k]!.start, segs[k]!.end) ?? clause;
      const evidence = opinionEvidence(c, lang, aspect, text, seg, cues);
      // 退货！: returning the goods is no verdict on the service unless an opinion judges the return
      // or the part names the service too (要换货客服也不答应).
      if (
        lang === 'zh' &&
        evidence === 0 &&
        ZH_RETURN_CUES.has(h.term) &&
        cues.every(
          (o) =>
            o.aspect !== 'service' ||
            o.start < seg.start ||
            o.end > seg.end ||
            ZH_RETURN_CUES.has(o.term),
        )
      )
        return;
      const z = score(seg.start, seg.end) + OPINION_WEIGHT * evidence;
      let polarity: Polarity = z > band ? 'positive' : z < -band ? 'negative' : 'neutral';
      if (aspect === 'authenticity' && c.hedgeRe.test(text.slice(clause.start, clause.end))) {
        polarity = 'neutral';
      }
      // "I bought this product for my wife", 东西收到了: naming the product without judging it is no
      // quality mention (a named cue such as 质量 or "build quality" is kept even when neutral).
      if (polarity === 'neutral' && h.implicit) return;
      out.push({ aspect, polarity, start: seg.start, end: seg.end });
    });
  }
  return out;
}

/**
 * "Is this word negated?": one answer for the phrase rules of the classifier (不推荐购买, "doesn't
 * remove stains") and for the aspect opinion words (物流不快, "wasn't damaged"). Two copies had drifted
 * apart: the phrase rules read 特别推荐购买 ("highly recommend") as negated, the aspect words never saw
 * the "n't" of "wasn't".
 *
 * The model's own negation features (tokenize.ts) are a separate matter: the weights were trained on
 * them as they are.
 */
import type { ReadableLang } from './lang';

const ZH_NEGATORS = '不没无非未别';

/**
 * A negator character inside a word that negates nothing: 非常 ("very"), 特别 ("especially"), 无比,
 * 无论, 不过 ("but"), 不但, 不仅, 不错 ("good"), 不管, 不论, 不同 ("different"), 区别, 分别, 级别, 个别
 * ("a few": 有个别坏的 was praise), 别人 / 别的 / 别家 / 别处 ("other": 别人推荐购买 is no complaint).
 * 物流非常快 was a negative shipping mention.
 */
function negatesNothing(text: string, k: number): boolean {
  const c = text[k];
  const next = text[k + 1] ?? '';
  if (c === '非') return next === '常';
  if (c === '无') return next === '论' || next === '比';
  if (c === '不') return '过但仅错管论同'.includes(next);
  if (c === '别')
    return '特区分级个'.includes(text[k - 1] ?? '\u0000') || '人的家处'.includes(next);
  return false;
}

/**
 * 缺乏周到的服务, 缺少耐心: "lacking" negates the praise after it; 不怎么掉色, 没那么贵, 不是很好: a negator
 * three characters back when a degree word stands between.
 */
const ZH_NEGATING_WORDS = /(?:缺乏|缺少|不怎么|没那么|不是很|不是太|不算很)$/;

/**
 * 没有什么色差, 没有多余的线头, 没有任何的使用痕迹, 没看到有线头, 无明显异味, 没有多大的优惠, 完全不存在色差:
 * 没(有)/无 (or 不存在) with a filler between it and the
 * word ("any", "noticeable", "superfluous"), too far back for the character reach. The defect words
 * (色差, 线头) are quality complaints where they stand alone, so without this they read as complaints.
 */
const ZH_NEGATED_FILLER =
  /(?:没有?|无|毫无)(?:什么|啥|任何|多余|一点点?|一点儿|一丝|丝毫|明显|太大|多大|发现|看到|闻到)有?的?$|不存在(?:任何)?$/;
const ZH_FILLER_CHARS = 6;

/** English negators; "n't" has no word boundary before it (wasn't, doesn't), so it stands apart. */
const EN_NEGATION = String.raw`(?:\b(?:not|no|never|hardly|barely|without|cannot|dont|doesnt|didnt|isnt|wasnt|cant|wont|fails?|failed|unable to)|n['’]t)`;
/** A negator and at most 1 or 2 words, then the negated word: "not fast", "doesn't really remove". */
const enNegated = (words: number) => new RegExp(`${EN_NEGATION}\\W+(?:\\w+\\W+){0,${words}}$`, 'i');
const EN_NEGATED = { 1: enNegated(1), 2: enNegated(2) };

export interface NegationReach {
  /** Chinese characters a negator may stand back from the word (不推荐, 不会推荐; 3: 不会再回购). */
  zhChars: 2 | 3;
  /** English words that may stand between the negator and the word ("not very fast": 1). */
  enWords: 1 | 2;
  /** English characters looked back at most. */
  enChars: number;
}

/** Opinion words: 物流不快, 不太快; "not fast", "wasn't very helpful". */
export const NEAR: NegationReach = { zhChars: 2, enWords: 1, enChars: 24 };
/** Phrases: 不会再回购; "doesn't really remove stains", "can't give it five stars". */
export const FAR: NegationReach = { zhChars: 3, enWords: 2, enChars: 30 };

/**
 * Whether a negation stands just before text[start], not before `floor` (the start of the clause or
 * of the aspect's part of it) and never across a sentence or clause mark.
 */
export function negatedBefore(
  text: string,
  start: number,
  lang: ReadableLang,
  floor: number,
  reach: NegationReach = NEAR,
): boolean {
  if (lang === 'zh') {
    for (let k = start - 1; k >= Math.max(floor, start - reach.zhChars); k--) {
      if (/[，。！？,.!?;；\n]/.test(text[k]!)) return false;
      if (ZH_NEGATORS.includes(text[k]!) && !negatesNothing(text, k)) return true;
    }
    return (
      ZH_NEGATING_WORDS.test(text.slice(Math.max(floor, start - 3), start)) ||
      ZH_NEGATED_FILLER.test(text.slice(Math.max(floor, start - ZH_FILLER_CHARS), start))
    );
  }
  const before = text.slice(Math.max(floor, start - reach.enChars), start);
  return EN_NEGATED[reach.enWords].test(before.match(/[^.,;!?\n]*$/)![0]);
}

/**
 * A Chinese yes-no question or worry just before the word (会不会掉色, 是不是发错了, 有没有坏的, 不知道能
 * 不能起球, 是否正品): the buyer asks, and neither asserts nor denies it. Its 不 / 没 is no negation, and the
 * word itself no verdict either: 不知道会不会掉色 is neither "does not fade" nor "fades".
 */
const ZH_ASKED = /(?:是不是|会不会|有没有|能不能|可不可以|要不要|是否)[^，。！？,.!?;；\n]{0,4}$/;
const ZH_ASKED_CHARS = 8;

/** Whether the word at text[start] is asked about rather than stated (Chinese; see ZH_ASKED). */
export function askedBefore(text: string, start: number, floor: number): boolean {
  const before = text.slice(Math.max(floor, start - ZH_ASKED_CHARS), start);
  if (ZH_ASKED.test(before)) return true;
  // 掉不掉色, 正不正品, 耐不耐用: the word's own first character repeated around 不.
  const c = text[start];
  return c !== undefined && before.endsWith(c + '不');
}

/**
 * Trains the review-sentiment model (DESIGN.md §7) and writes
 *   assets/model/sentiment-model.json      the shipped model (int8 hashed weights, base64)
 *   tests/fixtures/sentiment/*.jsonl        held-out test samples the bench and tests evaluate on
 *
 * Run: npx tsx scripts/train-sentiment.ts [--data ../shared/data] [--quick] [--no-fixtures] [--dev-only]
 *      npx tsx scripts/train-sentiment.ts --evaluate   the committed asset's test figures; trains nothing
 *                                                       (except the per-product English review check)
 *                                                       and writes nothing
 *      npx tsx scripts/train-sentiment.ts --dump-nontest <file.jsonl>   the committed asset's label,
 *                                                       score and aspects on every train/dev row (never
 *                                                       a test row), one JSON line each, to compare two
 *                                                       versions of the analysis; trains nothing
 *
 * Data (provenance in ../shared/data/SOURCES.md):
 *   reviews-zh: online_shopping_10_cats, waimai_10k, ChnSentiCorp_htl_all (SophonPlus/ChineseNlpCorpus)
 *   reviews-en: UCI sentiment labelled sentences (yelp, imdb), Hu & Liu product_reviews_1, Ganapathibhotla
 *               & Liu pros_cons (nltk_data, CC BY 4.0), SemEval-2014 Task 4 train sentences
 *   lexicons:   AFINN-165 (`sentiment`) and VADER (`vader-sentiment`) words as English training-only
 *               pseudo-examples (devDependencies; see loadLexicons)
 *
 * Split: every example goes to train/dev/test by a hash of its normalised text (FNV-1a, fixed seed),
 * so the split is deterministic and duplicates (the hotel reviews of online_shopping_10_cats also occur
 * in ChnSentiCorp) always land in the same split. Hyper-parameters are chosen on dev only; the final
 * model is refit on train+dev; test is touched once, for the reported figures.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
  BIAS_FEATURE,
  enFeatures,
  tokenizeEn,
  zhFeatures,
  type EnFeatureConfig,
  type ZhFeatureConfig,
} from '../lib/sentiment/tokenize';
import { isOtherLanguageWord } from '../lib/sentiment/lang';
import { createClassifier } from '../lib/sentiment/classifier';
import { reviewText } from '../lib/alerts/review-text';
import {
  ASPECTS_ZH_EVALUATED,
  aspectRecall,
  polarityAccuracy,
  type AccuracyFigure,
  type AspectGold,
  type AspectGoldReview,
} from '../lib/sentiment/evaluate';
import type { AspectName, Polarity } from '../lib/sentiment/types';
import { MODEL_FORMAT, logitToScore, type SentimentModelJson } from '../lib/sentiment/model';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const dataDir = resolve(repoRoot, argValue('data') ?? '../shared/data');
// Training and the full test-split figures need the corpora, which only the team's machines hold
// (../shared/data); the bench reproduces the card's figures from the committed fixtures without them.
if (!existsSync(join(dataDir, 'reviews-zh', 'online_shopping_10_cats.csv'))) {
  console.error(
    `train-sentiment: no review corpora in ${dataDir} (expected reviews-zh/, reviews-en/, aspects-zh/ as in ../shared/data).\n` +
      "Pass --data <dir>, or run `npm run bench -- --suite sentiment`, which reproduces the model card's figures from the committed test fixtures.",
  );
  process.exit(2);
}
const QUICK = argv.includes('--quick');
const WRITE_FIXTURES = !argv.includes('--no-fixtures');
/** Stop after model selection on dev: for experiments, which must not look at the test split. */
const DEV_ONLY = argv.includes('--dev-only');
/** Evaluate the committed asset on the test splits instead of training a new one; write nothing. */
const EVALUATE = argv.includes('--evaluate');
/**
 * Classify every non-test row (train and dev, both languages) with the committed asset and the
 * current analysis, write one JSON line per row to this file and stop: the non-test counts of the
 * model card's analyses come from diffing two such dumps. The test split is never read.
 */
const DUMP_NONTEST = argValue('dump-nontest');

/* ------------------------------------------------------------------------------------------------ */
/* Data                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

type Split = 'train' | 'dev' | 'test';
interface Example {
  text: string;
  label: 0 | 1;
  source: string;
  split: Split;
  cat?: string;
  /** Training weight (1 when absent); only the lexicon pseudo-examples use it. */
  weight?: number;
}

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const normKey = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

const SPLIT_SEED = 0x5e11e4;
/** testPct: 10 for the large corpora, 20 for the small English ones so their test figures mean something. */
function splitOf(text: string, testPct: number): Split {
  const b = fnv1a(normKey(text), SPLIT_SEED) % 100;
  if (b < testPct) return 'test';
  if (b < testPct + 10) return 'dev';
  return 'train';
}

/** Same text with conflicting labels: keep the majority label, drop ties. */
function dedupe(examples: Example[]): Example[] {
  const byKey = new Map<string, { ex: Example; pos: number; neg: number }>();
  for (const ex of examples) {
    const k = ex.source + '\u0000' + normKey(ex.text);
    const e = byKey.get(k);
    if (e) {
      if (ex.label) e.pos++;
      else e.neg++;
    } else byKey.set(k, { ex, pos: ex.label, neg: 1 - ex.label });
  }
  const out: Example[] = [];
  for (const { ex, pos, neg } of byKey.values()) {
    if (pos === neg) continue;
    out.push({ ...ex, label: pos > neg ? 1 : 0 });
  }
  return out;
}

function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

function loadZh(): Example[] {
  const out: Example[] = [];
  const add = (file: string, source: string) => {
    for (const r of readCsv(join(dataDir, 'reviews-zh', file))) {
      const text = (r.review ?? '').trim();
      if (!text || (r.label !== '0' && r.label !== '1')) continue;
      out.push({
        text,
        label: r.label === '1' ? 1 : 0,
        source,
        split: splitOf(text, 10),
        ...(r.cat ? { cat: r.cat } : {}),
      });
    }
  };
  add('online_shopping_10_cats.csv', 'online_shopping');
  add('waimai_10k.csv', 'waimai');
  add('ChnSentiCorp_htl_all.csv', 'hotel');
  return dedupe(out);
}

/** UCI labelled sentences: header line, CRLF, U+0085 inside imdb sentences, so split on \n only. */
function loadUci(file: string, source: string): Example[] {
  const lines = readFileSync(join(dataDir, 'reviews-en', file), 'utf8')
    .split('\n')
    .slice(1);
  const out: Example[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const tab = line.lastIndexOf('\t');
    if (tab === -1) continue;
    const text = line.slice(0, tab).trim();
    const label = line.slice(tab + 1).trim();
    if (!text || (label !== '0' && label !== '1')) continue;
    out.push({ text, label: label === '1' ? 1 : 0, source, split: splitOf(text, 20) });
  }
  return out;
}

/** Summed strengths of Hu & Liu's `feature[+n]feature2[-m]` annotations (0 when there are none). */
function annotationSum(annotations: string): number {
  let sum = 0;
  for (const m of annotations.matchAll(/\[([+-])(\d)\]/g))
    sum += (m[1] === '+' ? 1 : -1) * Number(m[2]);
  return sum;
}

/**
 * Every Hu & Liu sentence line (`feature[+n]feature2[-m]##sentence`, review titles `[t]` left out) with
 * a non-empty sentence, product file by product file, with its annotations and its index in its file.
 */
function liuSentences(): Array<{ file: string; index: number; annotations: string; text: string }> {
  const dir = join(dataDir, 'reviews-en', 'liu-product-reviews', 'product_reviews_1');
  const out: Array<{ file: string; index: number; annotations: string; text: string }> = [];
  for (const file of readdirSync(dir).toSorted()) {
    if (!file.endsWith('.txt') || file === 'README.txt') continue;
    let index = 0;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const hash = line.indexOf('##');
      if (hash === -1 || line.startsWith('[t]')) continue;
      const text = line.slice(hash + 2).trim();
      if (text) out.push({ file, index: index++, annotations: line.slice(0, hash), text });
    }
  }
  return out;
}

/** Hu & Liu sentences whose label is the sign of their summed strengths (sum 0: no polarity, dropped). */
function loadLiu(): Example[] {
  return liuSentences().flatMap(({ file, annotations, text }): Example[] => {
    const sum = annotationSum(annotations);
    if (sum === 0) return [];
    // cat = the product's file, for the per-product review check (liuReviewCheck).
    return [{ text, label: sum > 0 ? 1 : 0, source: 'liu', split: splitOf(text, 20), cat: file }];
  });
}

/**
 * Pros/Cons phrases. "none", "nothing", "n/a" (hundreds of Cons meaning "no cons") carry no polarity
 * of their own and are dropped rather than taught as negative.
 */
const EMPTY_PHRASES = new Set([
  'none',
  'nothing',
  'n/a',
  'na',
  'no',
  'nope',
  '-',
  'nil',
  'none really',
  'none yet',
  'nothing yet',
  'none so far',
  'nothing really',
  'not any',
  'none.',
  'nothing.',
]);
function loadProsCons(): Example[] {
  const dir = join(dataDir, 'reviews-en', 'liu-product-reviews', 'pros_cons');
  const out: Example[] = [];
  for (const [file, tag, label] of [
    ['IntegratedPros.txt', 'Pros', 1],
    ['IntegratedCons.txt', 'Cons', 0],
  ] as const) {
    const text = readFileSync(join(dir, file), 'latin1');
    const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
    for (const m of text.matchAll(re)) {
      const phrase = (m[1] ?? '').trim();
      if (!phrase || EMPTY_PHRASES.has(phrase.toLowerCase())) continue;
      out.push({ text: phrase, label, source: 'pros_cons', split: splitOf(phrase, 10) });
    }
  }
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface SemevalSentence {
  id: string;
  text: string;
  terms: Array<{ term: string; polarity: string; from: number; to: number }>;
  categories: Array<{ category: string; polarity: string }>;
}

function loadSemeval(file: string): SemevalSentence[] {
  const xml = readFileSync(join(dataDir, 'reviews-en', 'semeval2014', file), 'utf8');
  const out: SemevalSentence[] = [];
  for (const m of xml.matchAll(/<sentence id="([^"]*)"[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const body = m[2] ?? '';
    const text = decodeXml(/<text>([\s\S]*?)<\/text>/.exec(body)?.[1] ?? '');
    const terms = [
      ...body.matchAll(/<aspectTerm term="([^"]*)" polarity="([^"]*)" from="(\d+)" to="(\d+)"/g),
    ].map((t) => ({
      term: decodeXml(t[1]!),
      polarity: t[2]!,
      from: Number(t[3]),
      to: Number(t[4]),
    }));
    const categories = [
      ...body.matchAll(/<aspectCategory category="([^"]*)" polarity="([^"]*)"/g),
    ].map((c) => ({ category: c[1]!, polarity: c[2]! }));
    out.push({ id: m[1]!, text, terms, categories });
  }
  return out;
}

/** Train-file SemEval sentences whose opinionated aspects all agree become sentence-level examples. */
function semevalExamples(sentences: SemevalSentence[], source: string): Example[] {
  const out: Example[] = [];
  for (const s of sentences) {
    const pols = [...s.terms.map((t) => t.polarity), ...s.categories.map((c) => c.polarity)].filter(
      (p) => p === 'positive' || p === 'negative' || p === 'conflict',
    );
    if (pols.length === 0 || pols.includes('conflict')) continue;
    const pos = pols.every((p) => p === 'positive');
    const neg = pols.every((p) => p === 'negative');
    if (!pos && !neg) continue;
    out.push({ text: s.text, label: pos ? 1 : 0, source, split: splitOf(s.text, 20) });
  }
  return out;
}

/**
 * Sentiment lexicons as one-word training examples (label = sign of the word's score), so words the
 * review corpora never use ("abysmal", "flawless") still carry their polarity. AFINN-165 from the
 * `sentiment` devDependency (MIT package; lexicon by Finn Årup Nielsen) and the VADER lexicon from
 * `vader-sentiment` (Hutto & Gilbert 2014; MIT upstream, Apache-2.0 port). Words with |score| < 1 are
 * too weak to teach a sign. Training only: never evaluated on, never part of any split.
 */
const LEXICON_WEIGHT = 2;
function loadLexicons(): Example[] {
  const require = createRequire(import.meta.url);
  const afinn = JSON.parse(
    readFileSync(require.resolve('sentiment/languages/en/labels.json'), 'utf8'),
  ) as Record<string, number>;
  const entries: Array<[string, number]> = Object.entries(afinn);
  const vaderDir = dirname(require.resolve('vader-sentiment/package.json'));
  for (const line of readFileSync(join(vaderDir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    // Emoticons and other symbols produce no word feature: skip them.
    if (word && mean !== undefined && /^[a-z][a-z' -]*$/.test(word))
      entries.push([word, Number(mean)]);
  }
  return entries
    .filter(([, score]) => Math.abs(score) >= 1)
    .map(([text, score]) => ({
      text,
      label: score > 0 ? 1 : 0,
      source: 'lexicon',
      split: 'train' as const,
      weight: LEXICON_WEIGHT,
    }));
}

function loadEn(): Example[] {
  return dedupe([
    ...loadUci('yelp_labelled.txt', 'yelp'),
    ...loadUci('imdb_labelled.txt', 'imdb'),
    ...loadLiu(),
    ...loadProsCons(),
    ...semevalExamples(loadSemeval('Restaurants_Train_v2.xml'), 'semeval_restaurants'),
    ...semevalExamples(loadSemeval('Laptop_Train_v2.xml'), 'semeval_laptop'),
  ]);
}

/* ------------------------------------------------------------------------------------------------ */
/* Training                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

/** Seeded PRNG (mulberry32) for shuffles and samples. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(arr: T[], rand: () => number): T[] {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j]!, arr[i]!];
  }
  return arr;
}

type Lang = 'zh' | 'en';
interface FeatCfg {
  zh: ZhFeatureConfig;
  en: EnFeatureConfig;
}

/** Distinct masked buckets of every example, packed into one array. */
interface Encoded {
  idx: Int32Array;
  off: Int32Array;
  y: Uint8Array;
  /** Per-example training weight. */
  wt: Float32Array;
}

function encode(lang: Lang, examples: Example[], cfg: FeatCfg, bits: number): Encoded {
  const mask = (1 << bits) - 1;
  const feats = new Int32Array(16_384);
  const stamp = new Int32Array(1 << bits).fill(-1);
  const chunks: number[] = [];
  const off = new Int32Array(examples.length + 1);
  const y = new Uint8Array(examples.length);
  const wt = new Float32Array(examples.length);
  examples.forEach((ex, d) => {
    const n =
      lang === 'zh'
        ? zhFeatures(ex.text, 0, ex.text.length, cfg.zh, feats)
        : enFeatures(ex.text, cfg.en, feats);
    for (let i = 0; i < n; i++) {
      const b = feats[i]! & mask;
      if (stamp[b] === d) continue;
      stamp[b] = d;
      chunks.push(b);
    }
    off[d + 1] = chunks.length;
    y[d] = ex.label;
    wt[d] = ex.weight ?? 1;
  });
  return { idx: Int32Array.from(chunks), off, y, wt };
}

interface TrainParams {
  bits: number;
  epochs: number;
  l2: number;
  lr: number;
  /** NB log-count-ratio feature scaling (Wang & Manning 2012); false = plain binary LR. */
  nb: boolean;
  nbAlpha: number;
  /** Return the average of the weights over all updates (averaged SGD), which generalises better. */
  average: boolean;
}

/** Logistic regression with Adagrad on binary (optionally NB-scaled) features; returns folded weights. */
function train(data: Encoded, p: TrainParams, seed: number): Float32Array {
  const size = 1 << p.bits;
  const r = new Float32Array(size).fill(1);
  const biasBucket = BIAS_FEATURE & (size - 1);
  if (p.nb) {
    const pos = new Float64Array(size);
    const neg = new Float64Array(size);
    const nDocs = data.y.length;
    for (let d = 0; d < nDocs; d++) {
      const arr = data.y[d] ? pos : neg;
      for (let k = data.off[d]!; k < data.off[d + 1]!; k++) arr[data.idx[k]!]! += data.wt[d]!;
    }
    let sp = 0;
    let sn = 0;
    for (let j = 0; j < size; j++) {
      sp += pos[j]! + p.nbAlpha;
      sn += neg[j]! + p.nbAlpha;
    }
    for (let j = 0; j < size; j++) {
      r[j] = Math.log((pos[j]! + p.nbAlpha) / sp / ((neg[j]! + p.nbAlpha) / sn));
    }
    r[biasBucket] = 1;
  }
  const w = new Float32Array(size);
  // Averaging without touching every weight per step: u accumulates t·Δw, and avg = w − u / t.
  const u = new Float32Array(p.average ? size : 0);
  const g2 = new Float32Array(size).fill(1e-6);
  const order = Array.from({ length: data.y.length }, (_, i) => i);
  const rand = rng(seed);
  let t = 1;
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    shuffle(order, rand);
    for (const d of order) {
      const a = data.off[d]!;
      const b = data.off[d + 1]!;
      let z = 0;
      for (let k = a; k < b; k++) {
        const j = data.idx[k]!;
        z += w[j]! * r[j]!;
      }
      const pr = 1 / (1 + Math.exp(-z));
      const g = (pr - data.y[d]!) * data.wt[d]!;
      for (let k = a; k < b; k++) {
        const j = data.idx[k]!;
        const grad = g * r[j]! + p.l2 * w[j]!;
        g2[j]! += grad * grad;
        const step = (p.lr * grad) / Math.sqrt(g2[j]!);
        w[j]! -= step;
        if (p.average) u[j]! -= t * step;
      }
      t++;
    }
  }
  for (let j = 0; j < size; j++) {
    const wj = p.average ? w[j]! - u[j]! / t : w[j]!;
    w[j] = wj * r[j]!;
  }
  return w;
}

/** Score and gold label of each encoded example under weights `w`. */
function scoresOf(data: Encoded, w: Float32Array): Array<{ s: number; y: number }> {
  const out: Array<{ s: number; y: number }> = [];
  for (let d = 0; d < data.y.length; d++) {
    let z = 0;
    for (let k = data.off[d]!; k < data.off[d + 1]!; k++) z += w[data.idx[k]!]!;
    out.push({ s: logitToScore(z), y: data.y[d]! });
  }
  return out;
}

function accuracyOf(data: Encoded, w: Float32Array): number {
  let ok = 0;
  for (let d = 0; d < data.y.length; d++) {
    let z = 0;
    for (let k = data.off[d]!; k < data.off[d + 1]!; k++) z += w[data.idx[k]!]!;
    if (z >= 0 === (data.y[d] === 1)) ok++;
  }
  return ok / Math.max(1, data.y.length);
}

/** int8 with one scale; the scale clips the 0.01% largest weights, which barely move any logit. */
function quantise(w: Float32Array): { q: Int8Array; scale: number } {
  const abs = Float32Array.from(w, Math.abs).toSorted();
  const cap = abs[Math.floor(abs.length * 0.9999)] || 1;
  const scale = cap / 127;
  const q = new Int8Array(w.length);
  for (let j = 0; j < w.length; j++)
    q[j] = Math.max(-127, Math.min(127, Math.round(w[j]! / scale)));
  return { q, scale };
}

function toBase64(q: Int8Array): string {
  return Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64');
}

/* ------------------------------------------------------------------------------------------------ */
/* Main                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

const t0 = performance.now();
const log = (...a: unknown[]) =>
  console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...a);

const zhAll = loadZh();
const enAll = loadEn();

if (DUMP_NONTEST) {
  const committed = JSON.parse(
    readFileSync(join(repoRoot, 'assets', 'model', 'sentiment-model.json'), 'utf8'),
  ) as SentimentModelJson;
  const dumpClf = createClassifier(committed);
  const rows = [...zhAll, ...enAll].filter((x) => x.split !== 'test');
  const lines = rows.map((x) => {
    const r = dumpClf.classify(x.text);
    const aspects = r.aspects.map((a) => `${a.aspect}:${a.polarity}:${a.start}-${a.end}`);
    return JSON.stringify({
      source: x.source,
      gold: x.label,
      text: x.text,
      lang: r.lang,
      label: r.label,
      score: r.score,
      aspects,
    });
  });
  writeFileSync(resolve(DUMP_NONTEST), lines.join('\n') + '\n');
  log('wrote', rows.length, 'non-test rows to', resolve(DUMP_NONTEST));
  process.exit(0);
}
const lexiconExamples = loadLexicons();
log('lexicon pseudo-examples', lexiconExamples.length);
const count = (xs: Example[], s: Split) => xs.filter((x) => x.split === s).length;
for (const [name, xs] of [
  ['zh', zhAll],
  ['en', enAll],
] as const) {
  log(name, 'train', count(xs, 'train'), 'dev', count(xs, 'dev'), 'test', count(xs, 'test'));
}

interface Candidate {
  cfg: FeatCfg;
  params: TrainParams;
  /** Add the AFINN/VADER one-word pseudo-examples to the training set (English only). */
  lexicon: boolean;
}

const baseZh: ZhFeatureConfig = { maxN: 3, negScope: 3, skip: false };
const baseEn: EnFeatureConfig = { bigrams: true, trigrams: false, charN: 0, negScope: 4 };
const baseParams: TrainParams = {
  bits: 20,
  epochs: 4,
  l2: 1e-6,
  lr: 0.05,
  nb: true,
  nbAlpha: 1,
  average: true,
};

function candidates(lang: Lang): Candidate[] {
  const c = (
    zh: Partial<ZhFeatureConfig>,
    en: Partial<EnFeatureConfig>,
    p: Partial<TrainParams>,
    lexicon = false,
  ): Candidate => ({
    cfg: { zh: { ...baseZh, ...zh }, en: { ...baseEn, ...en } },
    params: { ...baseParams, bits: lang === 'zh' ? 20 : 18, ...p },
    lexicon,
  });
  // The grid is what the dev split settled on; earlier, wider grids each lost on dev. zh: maxN 4 (also
  // at 2^21), no averaging, NB off, NB+plain-LR ensembles, 2^21/2^22 buckets, longest-match word
  // segmentation with a learnt vocabulary (word unigrams + bigrams), length normalisation, upweighting
  // online_shopping, other learning rates/epochs/negation scopes: all within ±0.2 points of this on dev
  // and on 4-fold cross-validation of train+dev (0.9344 → at best 0.9347 on online_shopping).
  // Later rounds (MODEL-CARD.md): feature dropout, per-domain feature copies, a boosted stacker over
  // clause logits, a character CNN and a nearest-neighbour vote; none held up on dev.
  if (lang === 'zh') {
    const best = c({ maxN: 3, skip: true }, {}, { epochs: 6, lr: 0.03 });
    return QUICK ? [best] : [best, c({ maxN: 3 }, {}, {}), c({ maxN: 4, skip: true }, {}, {})];
  }
  // en: chosen by 5-fold cross-validation of train+dev on the product/restaurant SENTENCES (liu, yelp,
  // SemEval; pros_cons phrases are easy and dominate a pooled figure): 2^18 → 2^20 buckets
  // 0.851 → 0.864 (hash collisions of ~400k n-grams), trigrams off 0.869, AFINN+VADER pseudo-examples
  // 0.873, word prefixes of 5 letters 0.878. Lost: in-word char 3–5-grams (0.851), ensembles with plain
  // LR or other seeds, skip-bigrams, ALL-CAPS/"!!"/length features, down-weighting pros_cons, lr decay.
  const best = c({}, { trigrams: false, prefix: 5 }, { bits: 20, lr: 0.2, epochs: 6 }, true);
  const previous = c({}, { trigrams: true }, { lr: 0.2, epochs: 6 });
  return QUICK
    ? [best]
    : [best, c({}, { trigrams: false, prefix: 5 }, { bits: 20, lr: 0.2, epochs: 6 }), previous];
}

/** Scores of the dev examples under the train-only model of the winning configuration. */
interface Selection {
  c: Candidate;
  devScores: Array<{ s: number; y: number }>;
}

/** English sentences (not the short pros/cons phrases): what the selection optimises for en. */
const isEnSentence = (x: Example) => x.source !== 'pros_cons';
const trainingSet = (c: Candidate, xs: Example[]) => (c.lexicon ? [...xs, ...lexiconExamples] : xs);

function select(lang: Lang, all: Example[]): Selection {
  const tr = all.filter((x) => x.split === 'train');
  const dv = all.filter((x) => x.split === 'dev');
  const dvSent = dv.filter(isEnSentence);
  let best: { sel: Selection; acc: number } | undefined;
  for (const c of candidates(lang)) {
    const eTr = encode(lang, trainingSet(c, tr), c.cfg, c.params.bits);
    const eDv = encode(lang, dv, c.cfg, c.params.bits);
    const w = train(eTr, c.params, 7);
    const pooled = accuracyOf(eDv, w);
    const acc = lang === 'en' ? accuracyOf(encode(lang, dvSent, c.cfg, c.params.bits), w) : pooled;
    log(
      lang,
      'dev',
      pooled.toFixed(4),
      lang === 'en' ? `sentences ${acc.toFixed(4)}` : '',
      JSON.stringify(lang === 'zh' ? c.cfg.zh : c.cfg.en),
      JSON.stringify(c.params),
    );
    if (!best || acc > best.acc + 1e-4) best = { sel: { c, devScores: scoresOf(eDv, w) }, acc };
  }
  return best!.sel;
}

/**
 * Neutral band: the widest |score| band around 0 inside which the dev predictions (of the model that
 * never saw dev) are at most NEUTRAL_MAX_RIGHT right. At 0.5 that is where the model is at chance:
 * every neutral label on a positive/negative review counts as an error for anyone comparing labels,
 * so the band only takes reviews whose sign is a coin flip (a 0.6 band cost 2.2 points of label
 * accuracy on zh dev for 4.4% neutral; 0.5 costs 0.8 for 1.6%). Capped at 0.5 so a weak language
 * never swallows most reviews.
 */
const NEUTRAL_MAX_RIGHT = 0.5;
function neutralBand(sel: Selection, maxRight = NEUTRAL_MAX_RIGHT): number {
  const scored = sel.devScores.toSorted((a, b) => Math.abs(a.s) - Math.abs(b.s));
  let ok = 0;
  let band = 0;
  for (let k = 0; k < scored.length; k++) {
    const e = scored[k]!;
    if (e.s >= 0 === (e.y === 1)) ok++;
    if (k >= 30 && ok / (k + 1) <= maxRight) band = Math.abs(e.s);
  }
  return Math.min(band, 0.5);
}

/**
 * The band is estimated on out-of-fold scores: train+dev cut into OOF_FOLDS folds (by a hash of the
 * text, so a repeated text stays in one fold), each fold scored by the chosen configuration trained on
 * the others. On dev alone (7,822 zh reviews, about a hundred near 0) the widest band "at chance" is
 * mostly noise and biased wide: the widest of many noisy cumulative ratios that dip under 0.5. zh dev
 * gave 0.064, inside which the online_shopping out-of-fold scores (50,726) are 55% right, so the band
 * labelled neutral reviews whose sign was right more often than not.
 */
const OOF_FOLDS = 4;
const FOLD_SEED = 0xf01d;
function outOfFoldScores(lang: Lang, all: Example[], c: Candidate): Selection {
  const rows = all.filter((x) => x.split !== 'test');
  const fold = (x: Example) => fnv1a(normKey(x.text), FOLD_SEED) % OOF_FOLDS;
  const devScores: Selection['devScores'] = [];
  for (let f = 0; f < OOF_FOLDS; f++) {
    const eTr = encode(
      lang,
      trainingSet(
        c,
        rows.filter((x) => fold(x) !== f),
      ),
      c.cfg,
      c.params.bits,
    );
    const eHo = encode(
      lang,
      rows.filter((x) => fold(x) === f),
      c.cfg,
      c.params.bits,
    );
    devScores.push(...scoresOf(eHo, train(eTr, c.params, 7 + f)));
  }
  return { c, devScores };
}

/** Dev figures of a band: share labelled neutral, and accuracy when a neutral label counts as wrong. */
function bandEffect(sel: Selection, band: number) {
  let neutral = 0;
  let right = 0;
  for (const e of sel.devScores) {
    if (Math.abs(e.s) < band) neutral++;
    else if (e.s >= 0 === (e.y === 1)) right++;
  }
  const n = Math.max(1, sel.devScores.length);
  return `band ${band.toFixed(3)} neutral ${(neutral / n).toFixed(3)} label-acc ${(right / n).toFixed(4)}`;
}

/** The most frequent English training words, for language detection of short phrases. */
function englishLexicon(all: Example[], size: number): string {
  const df = new Map<string, number>();
  for (const x of all) {
    if (x.split === 'test') continue;
    const seen = new Set<string>();
    for (const t of tokenizeEn(x.text)) {
      if (!/^[a-z]{2,}$/.test(t.word) || seen.has(t.word)) continue;
      seen.add(t.word);
      df.set(t.word, (df.get(t.word) ?? 0) + 1);
    }
  }
  return [...df.entries()]
    .filter(([w, n]) => n >= 3 && !isOtherLanguageWord(w))
    .toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([w]) => w)
    .join(' ');
}

/**
 * Model selection on dev, refit of the chosen configurations on train+dev, quantisation: the asset
 * without its metrics. Exits after selection with --dev-only.
 */
function trainModel(): SentimentModelJson {
  const selected = { zh: select('zh', zhAll), en: select('en', enAll) };
  const outOfFold = {
    zh: outOfFoldScores('zh', zhAll, selected.zh.c),
    en: outOfFoldScores('en', enAll, selected.en.c),
  };
  for (const lang of ['zh', 'en'] as const) {
    for (const maxRight of [0.5, 0.55, 0.6]) {
      for (const [name, scores] of [
        ['dev', selected[lang]],
        [`${OOF_FOLDS}-fold out-of-fold`, outOfFold[lang]],
      ] as const) {
        log(
          lang,
          name,
          'neutral band ≤',
          maxRight,
          'right:',
          bandEffect(scores, neutralBand(scores, maxRight)),
        );
      }
    }
  }
  if (DEV_ONLY) process.exit(0);
  const chosen = { zh: selected.zh.c, en: selected.en.c };
  log('chosen zh', JSON.stringify(chosen.zh), 'en', JSON.stringify(chosen.en));

  /** Refit on train+dev with the chosen configuration, then quantise. */
  function fit(lang: Lang, all: Example[]) {
    const c = chosen[lang];
    const data = encode(
      lang,
      trainingSet(
        c,
        all.filter((x) => x.split !== 'test'),
      ),
      c.cfg,
      c.params.bits,
    );
    const w = train(data, c.params, 11);
    return { c, w, ...quantise(w) };
  }
  const zhFit = fit('zh', zhAll);
  const enFit = fit('en', enAll);

  const modelJson: SentimentModelJson = {
    format: MODEL_FORMAT,
    trainedAt: new Date().toISOString().slice(0, 10),
    zh: {
      bits: zhFit.c.params.bits,
      scale: zhFit.scale,
      weights: toBase64(zhFit.q),
      config: zhFit.c.cfg.zh,
      neutralBand: 0,
    },
    en: {
      bits: enFit.c.params.bits,
      scale: enFit.scale,
      weights: toBase64(enFit.q),
      config: enFit.c.cfg.en,
      neutralBand: 0,
    },
  };

  modelJson.zh.neutralBand = Number(neutralBand(outOfFold.zh).toFixed(3));
  modelJson.en.neutralBand = Number(neutralBand(outOfFold.en).toFixed(3));

  modelJson.enLexicon = englishLexicon(enAll, 4000);
  return modelJson;
}

const modelPath = join(repoRoot, 'assets', 'model', 'sentiment-model.json');
const modelJson: SentimentModelJson = EVALUATE
  ? (JSON.parse(readFileSync(modelPath, 'utf8')) as SentimentModelJson)
  : trainModel();
if (EVALUATE) log('evaluating the committed', modelPath, 'trained', modelJson.trainedAt);

/* Test figures, through the full runtime classifier (sanitising, language detection, quantised weights). */
const clf = createClassifier(modelJson);
const test = (all: Example[], pred: (x: Example) => boolean) =>
  all.filter((x) => x.split === 'test' && pred(x));
const asRows = (xs: Example[]) => xs.map((x) => ({ label: x.label, text: x.text }));
const figures: Record<string, AccuracyFigure> = {};
const figure = (name: string, xs: Example[]) => {
  figures[name] = polarityAccuracy(clf, asRows(xs));
};
figure(
  'zh online_shopping_10_cats',
  test(zhAll, (x) => x.source === 'online_shopping'),
);
figure(
  'zh waimai_10k',
  test(zhAll, (x) => x.source === 'waimai'),
);
figure(
  'zh ChnSentiCorp_htl_all',
  test(zhAll, (x) => x.source === 'hotel'),
);
figure(
  'en product (liu + pros_cons)',
  test(enAll, (x) => x.source === 'liu' || x.source === 'pros_cons'),
);
figure(
  'en liu product_reviews_1',
  test(enAll, (x) => x.source === 'liu'),
);
figure(
  'en pros_cons',
  test(enAll, (x) => x.source === 'pros_cons'),
);
figure(
  'en sentences (liu+yelp+semeval)',
  test(enAll, (x) => x.source === 'liu' || x.source === 'yelp' || x.source.startsWith('semeval')),
);
figure(
  'en yelp',
  test(enAll, (x) => x.source === 'yelp'),
);
figure(
  'en imdb',
  test(enAll, (x) => x.source === 'imdb'),
);
figure(
  'en semeval train sentences',
  test(enAll, (x) => x.source.startsWith('semeval')),
);
for (const [k, f] of Object.entries(figures)) {
  log(
    'TEST',
    k.padEnd(30),
    'n',
    String(f.n).padStart(5),
    'acc',
    f.accuracy.toFixed(4),
    'label-acc',
    f.labelAccuracy.toFixed(4),
    'neutral',
    f.neutralShare.toFixed(3),
    'unknown',
    f.unknownShare.toFixed(3),
  );
}

/**
 * English reviews of several sentences, which the classifier scores as the clamped mean of their
 * sentences (title ×2; lib/sentiment/classifier.ts). Hu & Liu's product reviews that have a title, a
 * body and a non-zero sum of sentence annotations (its sign is the review's label). Each product is
 * scored by an English model refit without any sentence of that product, so no review was seen in
 * training. Compared with the whole review read as one bag (the analysis before ANALYSIS_VERSION 3).
 */
function liuReviews(file: string): Array<{ title: string; body: string; label: 0 | 1 }> {
  const out: Array<{ title: string; body: string; label: 0 | 1 }> = [];
  let cur: { title: string; sentences: string[]; sum: number } | null = null;
  const flush = () => {
    if (cur && cur.sum !== 0 && cur.sentences.length > 0) {
      out.push({ title: cur.title, body: cur.sentences.join(' '), label: cur.sum > 0 ? 1 : 0 });
    }
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('[t]')) {
      flush();
      cur = { title: line.slice(3).trim(), sentences: [], sum: 0 };
      continue;
    }
    const hash = line.indexOf('##');
    if (hash === -1 || !cur) continue;
    cur.sum += annotationSum(line.slice(0, hash));
    const text = line.slice(hash + 2).trim();
    if (text) cur.sentences.push(text);
  }
  flush();
  return out.filter((r) => r.title !== '');
}
function liuReviewCheck(): void {
  const all = candidates('en');
  const c =
    all.find((x) => JSON.stringify(x.cfg.en) === JSON.stringify(modelJson.en.config)) ?? all[0]!;
  const dir = join(dataDir, 'reviews-en', 'liu-product-reviews', 'product_reviews_1');
  const totals: Record<string, { n: number; sign: number; label: number; neutral: number }> = {};
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.txt') || file === 'README.txt') continue;
    const reviews = liuReviews(join(dir, file));
    const rest = enAll.filter((x) => x.split !== 'test' && x.cat !== file);
    const { q, scale } = quantise(
      train(encode('en', trainingSet(c, rest), c.cfg, c.params.bits), c.params, 11),
    );
    const json: SentimentModelJson = {
      ...modelJson,
      en: { ...modelJson.en, scale, weights: toBase64(q) },
    };
    for (const [name, classifier] of [
      ['sentence mean (shipped)', createClassifier(json)],
      ['one bag (before)', createClassifier(json, { englishSentenceMean: false })],
    ] as const) {
      const t = (totals[name] ??= { n: 0, sign: 0, label: 0, neutral: 0 });
      for (const r of reviews) {
        const { text, titleEnd } = reviewText(r);
        const res = classifier.classify(text, { titleEnd });
        t.n++;
        if (res.score >= 0 === (r.label === 1)) t.sign++;
        if (res.label === (r.label === 1 ? 'positive' : 'negative')) t.label++;
        if (res.label === 'neutral') t.neutral++;
      }
    }
  }
  for (const [name, t] of Object.entries(totals)) {
    log(
      'TEST en Hu & Liu whole reviews, per-product held out',
      name.padEnd(24),
      'n',
      t.n,
      'acc',
      (t.sign / t.n).toFixed(4),
      'label-acc',
      (t.label / t.n).toFixed(4),
      'neutral',
      (t.neutral / t.n).toFixed(3),
    );
  }
}
liuReviewCheck();

/**
 * SemEval-2014 laptop train sentences, aspect terms mapped to our aspects by what they name (price,
 * warranty/support/repair → service, shipping, size/weight); positive and negative terms only, matched
 * anywhere in the sentence because the mapping is ours, not the annotators'.
 */
function semevalLaptopTerms(): AspectGoldReview[] {
  const MAP: Array<[RegExp, AspectName]> = [
    [/\b(?:price|priced|cost|costing|value|money)\b/i, 'price'],
    [
      /\b(?:warrant|customer serv|service cent|service dep|tech support|technical support|support|repair)/i,
      'service',
    ],
    [/^(?:service|services)$/i, 'service'],
    [/\b(?:ship|deliver)/i, 'shipping'],
    [/^(?:size|sized|weight|screen size|size of the screen|dimensions)$/i, 'size'],
  ];
  const out: AspectGoldReview[] = [];
  for (const s of loadSemeval('Laptop_Train_v2.xml')) {
    const labels = s.terms.flatMap((t) => {
      if (t.polarity !== 'positive' && t.polarity !== 'negative') return [];
      const aspect = MAP.find(([re]) => re.test(t.term))?.[1];
      return aspect ? [{ aspect, polarity: t.polarity as Polarity, spans: [] }] : [];
    });
    if (labels.length > 0) out.push({ id: s.id, text: s.text, labels });
  }
  return out;
}

/**
 * Hu & Liu product_reviews_1 (Amazon reviews of five electronics products, 2004): every sentence, with
 * the annotated product features that name one of our aspects (`price[+2]`, `weight[-1]`,
 * `customer service[-3]` ...) as labels; polarity = the sign of the feature's strength. Split like the
 * polarity rows (hash of the sentence, test 20%). The annotators marked the features a sentence gives
 * an opinion on, so a sentence that names the price without judging it has no label: on this set
 * "extra mentions" are not all mistakes.
 */
const LIU_ASPECT: Record<string, AspectName> = {
  price: 'price',
  value: 'price',
  deal: 'price',
  cost: 'price',
  bargain: 'price',
  size: 'size',
  weight: 'size',
  'customer service': 'service',
  service: 'service',
  support: 'service',
  'tech support': 'service',
  'technical support': 'service',
  'customer support': 'service',
  warranty: 'service',
  quality: 'quality',
  build: 'quality',
  'build quality': 'quality',
  construction: 'quality',
  shipping: 'shipping',
  delivery: 'shipping',
  package: 'packaging',
  packaging: 'packaging',
};
/** The aspects Hu & Liu's features name often enough to measure (shipping and packaging: < 3 labels). */
const LIU_ASPECTS_EVALUATED: AspectName[] = ['price', 'size', 'service', 'quality'];
function liuAspects(): Array<AspectGoldReview & { split: Split }> {
  return liuSentences().map(({ file, index, annotations, text }) => {
    const labels: AspectGold[] = [];
    for (const m of annotations.matchAll(/([^,[\]]+?)\s*\[([+-])\d\]/g)) {
      const aspect = LIU_ASPECT[m[1]!.trim().toLowerCase()];
      if (aspect && !labels.some((l) => l.aspect === aspect))
        labels.push({ aspect, polarity: m[2] === '+' ? 'positive' : 'negative', spans: [] });
    }
    return { id: `${file.replace(/\.txt$/, '')}#${index}`, text, labels, split: splitOf(text, 20) };
  });
}
const liuAspectRows = liuAspects();

/* Aspects: Zhijiang Cup labels (70/30 split by review id) and SemEval-2014 restaurant test gold. */
const ZH_CATEGORY: Record<string, AspectName> = {
  物流: 'shipping',
  包装: 'packaging',
  服务: 'service',
  价格: 'price',
  尺寸: 'size',
  真伪: 'authenticity',
};
const ZH_POLARITY: Record<string, Polarity> = {
  正面: 'positive',
  负面: 'negative',
  中性: 'neutral',
};
function loadAspectsZh(): Array<AspectGoldReview & { split: 'train' | 'test' }> {
  const texts = new Map(
    readCsv(join(dataDir, 'aspects-zh', 'Train_reviews.csv')).map((r) => [r.id!, r.Reviews ?? '']),
  );
  const byId = new Map<string, AspectGoldReview & { split: 'train' | 'test' }>();
  for (const [id, text] of texts) {
    byId.set(id, {
      id,
      text,
      labels: [],
      split: fnv1a('aspects-zh:' + id, SPLIT_SEED) % 100 < 30 ? 'test' : 'train',
    });
  }
  for (const r of readCsv(join(dataDir, 'aspects-zh', 'Train_labels.csv'))) {
    const review = byId.get(r.id!);
    const aspect = ZH_CATEGORY[r.Categories ?? ''];
    const polarity = ZH_POLARITY[r.Polarities ?? ''];
    if (!review || !aspect || !polarity) continue;
    const spans: Array<[number, number]> = [];
    for (const [s, e] of [
      [r.A_start, r.A_end],
      [r.O_start, r.O_end],
    ]) {
      const a = Number((s ?? '').trim());
      const b = Number((e ?? '').trim());
      if ((s ?? '').trim() !== '' && Number.isInteger(a) && Number.isInteger(b) && b > a)
        spans.push([a, b]);
    }
    review.labels.push({ aspect, polarity, spans });
  }
  return [...byId.values()];
}
const aspectsZh = loadAspectsZh();
const semevalTest: AspectGoldReview[] = loadSemeval('Restaurants_Test_Gold.xml').map((s) => ({
  id: s.id,
  text: s.text,
  labels: s.categories
    .filter(
      (c) => (c.category === 'service' || c.category === 'price') && c.polarity !== 'conflict',
    )
    .map((c) => ({
      aspect: c.category as AspectName,
      polarity: c.polarity as Polarity,
      spans: [],
    })),
}));
const aspectFigures = {
  'aspects-zh train part (cue curation)': aspectRecall(
    clf,
    aspectsZh.filter((r) => r.split === 'train'),
    ASPECTS_ZH_EVALUATED,
  ),
  'aspects-zh held-out': aspectRecall(
    clf,
    aspectsZh.filter((r) => r.split === 'test'),
    ASPECTS_ZH_EVALUATED,
  ),
  'semeval restaurants test (service, price)': aspectRecall(clf, semevalTest, ['service', 'price']),
  // The English product-review cues (size said of the product, support as the help desk, price
  // comparatives) were checked against the train and dev sentences only.
  'hu-liu product sentences train+dev (cue curation)': aspectRecall(
    clf,
    liuAspectRows.filter((r) => r.split !== 'test'),
    LIU_ASPECTS_EVALUATED,
  ),
  'hu-liu product sentences test': aspectRecall(
    clf,
    liuAspectRows.filter((r) => r.split === 'test'),
    LIU_ASPECTS_EVALUATED,
  ),
  // Not held out: the English after-sales and size cues (warranty, repair, tech support, weight ...)
  // were added after reading these sentences' aspect terms. Shown so a regression is visible.
  'semeval laptop train terms (cue curation)': aspectRecall(clf, semevalLaptopTerms(), [
    'shipping',
    'service',
    'price',
    'size',
  ]),
};
for (const [k, f] of Object.entries(aspectFigures)) {
  log('ASPECTS', k.padEnd(42), JSON.stringify(f));
}
for (const a of ASPECTS_ZH_EVALUATED) {
  const f = aspectRecall(
    clf,
    aspectsZh.filter((r) => r.split === 'test'),
    [a],
  );
  log(
    '  aspects-zh held-out',
    a.padEnd(13),
    'labels',
    f.labels,
    'recall',
    f.recall.toFixed(3),
    'polarity',
    f.polarityAccuracy.toFixed(3),
  );
}

modelJson.metrics = {
  ...Object.fromEntries(
    Object.entries(figures).map(([k, f]) => [k, Number(f.accuracy.toFixed(4))]),
  ),
  ...Object.fromEntries(
    Object.entries(aspectFigures).flatMap(([k, f]) => [
      [`${k} recall`, Number(f.recall.toFixed(4))],
      [`${k} polarity`, Number(f.polarityAccuracy.toFixed(4))],
    ]),
  ),
};
log('neutral bands', modelJson.zh.neutralBand, modelJson.en.neutralBand);

/* ------------------------------------------------------------------------------------------------ */
/* Fixtures: held-out test samples, committed so the bench and tests need no ../shared              */
/* ------------------------------------------------------------------------------------------------ */

function sample<T>(xs: T[], n: number, seed: number): T[] {
  return shuffle([...xs], rng(seed)).slice(0, n);
}
const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

// The fixtures are data, not model output: `--evaluate --fixtures` rewrites them without training.
if (WRITE_FIXTURES && (!EVALUATE || argv.includes('--fixtures'))) {
  const fx = join(repoRoot, 'tests', 'fixtures', 'sentiment');
  mkdirSync(fx, { recursive: true });
  const row = (x: Example) => ({
    label: x.label,
    text: x.text,
    source: x.source,
    // A Hu & Liu row's cat is its product file, kept for the per-product check, not for the fixture.
    ...(x.cat && x.source !== 'liu' ? { cat: x.cat } : {}),
  });
  const os = test(zhAll, (x) => x.source === 'online_shopping');
  writeFileSync(join(fx, 'zh-online-shopping.test.jsonl'), jsonl(sample(os, 2000, 1).map(row)));
  writeFileSync(
    join(fx, 'zh-waimai-hotel.test.jsonl'),
    jsonl(
      [
        ...sample(
          test(zhAll, (x) => x.source === 'waimai'),
          400,
          2,
        ),
        ...sample(
          test(zhAll, (x) => x.source === 'hotel'),
          400,
          3,
        ),
      ].map(row),
    ),
  );
  const liu = test(enAll, (x) => x.source === 'liu');
  const pc = test(enAll, (x) => x.source === 'pros_cons');
  writeFileSync(
    join(fx, 'en-product.test.jsonl'),
    jsonl([...liu, ...sample(pc, 1500 - liu.length, 4)].map(row)),
  );
  writeFileSync(
    join(fx, 'aspects-zh.test.jsonl'),
    jsonl(aspectsZh.filter((r) => r.split === 'test').map(({ split: _split, ...r }) => r)),
  );
  writeFileSync(join(fx, 'semeval-restaurants.test.jsonl'), jsonl(semevalTest));
  writeFileSync(
    join(fx, 'liu-aspects.test.jsonl'),
    jsonl(liuAspectRows.filter((r) => r.split === 'test').map(({ split: _split, ...r }) => r)),
  );
  writeFileSync(
    join(fx, 'en-yelp-imdb.test.jsonl'),
    jsonl(test(enAll, (x) => x.source === 'yelp' || x.source === 'imdb').map(row)),
  );
  log('wrote fixtures to', fx);
}

if (EVALUATE) process.exit(0);

mkdirSync(join(repoRoot, 'assets', 'model'), { recursive: true });
writeFileSync(modelPath, JSON.stringify(modelJson) + '\n');
log('wrote', modelPath, (JSON.stringify(modelJson).length / 1024).toFixed(0), 'KiB');

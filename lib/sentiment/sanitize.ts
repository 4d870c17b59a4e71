/**
 * Makes hostile review text safe and cheap to analyse without moving any character: tags, script and
 * style bodies and control characters become spaces, so every offset into the analysed text is also
 * an offset into the original (the side panel highlights spans of the text the user saw).
 */

/** Characters analysed per review: more than any real review needs, and bounds the cost of a 100 KB paste. */
export const MAX_ANALYSED_CHARS = 4_000;

/** Longest tag we blank out; a '<' with no '>' within this distance is just a less-than sign. */
const MAX_TAG = 1_000;

/** C0 controls except \t \n \r, DEL, C1 controls (U+0085 NEL occurs inside the imdb sentences), U+2028/9. */
function isControl(c: number): boolean {
  return (
    (c < 0x20 && c !== 9 && c !== 10 && c !== 13) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029
  );
}

function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63; // A-Z a-z / ! ?
}

function needsWork(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 60 || isControl(c)) return true;
  }
  return false;
}

/** The analysed prefix of `text`: at most MAX_ANALYSED_CHARS code units, never half a surrogate pair. */
export function analysedPrefix(text: string): string {
  if (text.length <= MAX_ANALYSED_CHARS) return text;
  let end = MAX_ANALYSED_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * Returns text of the same length as `analysedPrefix(text)` with markup and control characters
 * blanked. Linear time: each '<' looks ahead at most MAX_TAG characters, and script/style bodies are
 * skipped with one indexOf.
 */
export function sanitizeForAnalysis(text: string): string {
  const s = analysedPrefix(text);
  if (!needsWork(s)) return s;
  const out: string[] = [];
  let i = 0;
  const blank = (from: number, to: number) => {
    out.push(' '.repeat(to - from));
  };
  let lower: string | undefined;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */ && i + 1 < s.length && isTagStart(s.charCodeAt(i + 1))) {
      const close = s.indexOf('>', i + 1);
      if (close !== -1 && close - i <= MAX_TAG) {
        let end = close + 1;
        const name = /^<\s*([a-zA-Z]+)/.exec(s.slice(i, Math.min(end, i + 12)))?.[1]?.toLowerCase();
        if (name === 'script' || name === 'style') {
          lower ??= s.toLowerCase();
          const endTag = lower.indexOf(`</${name}`, end);
          if (endTag === -1) end = s.length;
          else {
            const gt = s.indexOf('>', endTag);
            end = gt === -1 ? s.length : gt + 1;
          }
        }
        blank(i, end);
        i = end;
        continue;
      }
    }
    out.push(isControl(c) ? ' ' : s[i]!);
    i++;
  }
  return out.join('');
}

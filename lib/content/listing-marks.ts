/**
 * Inline marks next to listing-editor fields: a small badge (finding count, coloured by the worst
 * severity) whose hover/focus card lists the messages. Each mark is its own element with a CLOSED
 * shadow root, positioned `fixed` over the page from the field's bounding box, so the page's styles
 * cannot reach it and nothing of the page moves: no page element is restyled, wrapped or re-parented.
 * The host carries data-* attributes (field, count, severity) for tests and assistive tools.
 */
import type { Finding } from '../compliance/types';
import { colon, sourceText } from '../i18n';
import type { FieldMark } from './listing-editor';

export const MARK_TAG = 'seller-radar-mark';

export type MarkLang = 'en' | 'zh';

const FIELD_NAMES: Record<FieldMark['field'], { en: string; zh: string }> = {
  title: { en: 'Title', zh: '标题' },
  bullets: { en: 'Bullet point', zh: '要点' },
  description: { en: 'Description', zh: '描述' },
  tags: { en: 'Tags', zh: '标签' },
};

const TEXT = {
  problems: {
    en: (n: number) => `${n} listing problem${n === 1 ? '' : 's'}`,
    zh: (n: number) => `${n} 个合规问题`,
  },
  fix: { en: 'Fix', zh: '建议' },
  source: { en: 'Source', zh: '依据' },
  by: { en: 'Seller Radar', zh: 'Seller Radar' },
};

const STYLE = `
:host { all: initial; }
.badge { all: initial; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
  min-width: 20px; height: 20px; padding: 0 5px; border-radius: 10px; cursor: help; color: #fff;
  font: 600 11px/20px system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  box-shadow: 0 1px 2px rgba(0,0,0,.3); }
.badge:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.sev-error { background: #b91c1c; } .sev-warning { background: #b45309; } .sev-info { background: #2563eb; }
.card { display: none; position: absolute; top: 22px; right: 0; width: 320px; max-height: 300px; overflow: auto;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-radius: 6px; padding: 6px 8px;
  box-shadow: 0 4px 12px rgba(0,0,0,.18); text-align: left;
  font: 12px/1.45 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
:host(:hover) .card, :host(:focus-within) .card { display: block; }
.head { font-weight: 600; margin-bottom: 4px; }
.item { border-top: 1px solid #e5e7eb; padding: 4px 0; }
.item .sev { display: inline-block; width: 8px; height: 8px; border-radius: 4px; margin-right: 4px; }
.match { font-weight: 600; background: #fef3c7; }
.rule, .fix, .source { color: #6b7280; font-size: 11px; }
`;

/** The badge's height (STYLE `.badge`) and its distance from the field. */
const BADGE_HEIGHT = 20;
const BADGE_GAP = 2;

interface MarkView {
  host: HTMLElement;
  badge: HTMLButtonElement;
  card: HTMLDivElement;
  anchor: Element;
}

export interface MarkOverlay {
  render: (marks: FieldMark[]) => void;
  /** Re-reads the fields' positions (scroll, resize, layout changes). */
  reposition: () => void;
  destroy: () => void;
  /** The hosts currently shown (tests). */
  hosts: () => HTMLElement[];
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings.toSorted((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start);
}

export interface MarkOverlayOptions {
  /** `closed` in the extension (page scripts cannot reach in); tests open it to inspect the card. */
  shadowMode?: ShadowRootMode;
}

export function createMarkOverlay(
  doc: Document,
  lang: () => MarkLang,
  opts: MarkOverlayOptions = {},
): MarkOverlay {
  const views = new Map<string, MarkView>();
  const win = doc.defaultView;

  function makeView(): MarkView {
    const host = doc.createElement(MARK_TAG);
    // Inline style on our own element only; fixed so the page's layout never changes.
    host.setAttribute(
      'style',
      'all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; display: none; pointer-events: auto; transform: translateX(-100%);',
    );
    const root = host.attachShadow({ mode: opts.shadowMode ?? 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const badge = doc.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.id = 'card';
    badge.setAttribute('aria-describedby', 'card');
    root.append(style, badge, card);
    (doc.body ?? doc.documentElement).append(host);
    return { host, badge, card, anchor: host };
  }

  function fill(view: MarkView, mark: FieldMark): void {
    const l = lang();
    const n = mark.findings.length;
    const fieldName =
      FIELD_NAMES[mark.field][l] +
      (mark.index !== undefined && mark.field === 'bullets' ? ` ${mark.index + 1}` : '');
    view.anchor = mark.anchor;
    view.host.dataset.field = mark.field;
    if (mark.index !== undefined) view.host.dataset.index = String(mark.index);
    else delete view.host.dataset.index;
    view.host.dataset.count = String(n);
    view.host.dataset.severity = mark.worst;
    view.badge.className = `badge sev-${mark.worst}`;
    view.badge.textContent = String(n);
    view.badge.setAttribute('aria-label', `${TEXT.by[l]}: ${fieldName}, ${TEXT.problems[l](n)}`);
    // Text only (textContent), never markup: findings quote what the page's user typed.
    view.card.replaceChildren();
    const head = doc.createElement('div');
    head.className = 'head';
    head.textContent = `${TEXT.by[l]} · ${fieldName} · ${TEXT.problems[l](n)}`;
    view.card.append(head);
    for (const f of sortFindings(mark.findings)) {
      const item = doc.createElement('div');
      item.className = 'item';
      const dot = doc.createElement('span');
      dot.className = `sev sev-${f.severity}`;
      const match = doc.createElement('span');
      match.className = 'match';
      match.textContent = f.match.length > 60 ? `${f.match.slice(0, 57)}…` : f.match;
      const msg = doc.createElement('div');
      msg.textContent = f.message[l];
      const fix = doc.createElement('div');
      fix.className = 'fix';
      fix.textContent = `${TEXT.fix[l]}${colon(l)}${f.suggestion[l]}`;
      // Where the rule comes from (a law's article, a platform policy), as the side panel cites it.
      const source = doc.createElement('div');
      source.className = 'source';
      source.textContent = `${TEXT.source[l]}${colon(l)}${sourceText(f, l)}`;
      const rule = doc.createElement('div');
      rule.className = 'rule';
      rule.textContent = f.ruleId;
      item.append(dot, match, msg, fix, source, rule);
      view.card.append(item);
    }
  }

  function place(view: MarkView): void {
    const a = view.anchor;
    if (!a.isConnected) {
      view.host.style.display = 'none';
      return;
    }
    const r = a.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) {
      view.host.style.display = 'none';
      return;
    }
    // Above the field's top-right corner, its right edge on the field's (the host is shifted left by its
    // own width): the page's own controls beside the field (Taobao's 44/60 byte counter, a unit, a help
    // icon) and the text in it stay in view. A field at the very top of the window has no room above:
    // then inside its top-right corner.
    const above = r.top - BADGE_HEIGHT - BADGE_GAP >= 0;
    view.host.style.left = `${Math.round(above ? r.right : r.right - BADGE_GAP)}px`;
    view.host.style.top = `${Math.round(above ? r.top - BADGE_HEIGHT - BADGE_GAP : r.top + BADGE_GAP)}px`;
    view.host.style.display = 'block';
  }

  let frame = 0;
  const placeAll = () => {
    frame = 0;
    for (const v of views.values()) place(v);
  };
  // One placement per frame however many scroll events arrive.
  const reposition = () => {
    if (frame) return;
    if (typeof win?.requestAnimationFrame === 'function')
      frame = win.requestAnimationFrame(placeAll);
    else placeAll();
  };
  win?.addEventListener('scroll', reposition, { capture: true, passive: true });
  win?.addEventListener('resize', reposition, { passive: true });

  return {
    render(marks) {
      const keep = new Set(marks.map((m) => m.key));
      for (const [key, view] of views) {
        if (!keep.has(key)) {
          view.host.remove();
          views.delete(key);
        }
      }
      for (const mark of marks) {
        let view = views.get(mark.key);
        if (!view) {
          view = makeView();
          views.set(mark.key, view);
        }
        fill(view, mark);
        place(view);
      }
    },
    reposition,
    destroy() {
      win?.removeEventListener('scroll', reposition, { capture: true });
      win?.removeEventListener('resize', reposition);
      if (frame) win?.cancelAnimationFrame?.(frame);
      for (const v of views.values()) v.host.remove();
      views.clear();
    },
    hosts: () => [...views.values()].map((v) => v.host),
  };
}

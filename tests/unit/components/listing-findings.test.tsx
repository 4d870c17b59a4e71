// @vitest-environment jsdom
/**
 * The listing check lists every single field (the seller sees the title was checked) but, of list
 * fields, only the items with findings, numbered: an Etsy listing's 13 tags were 13 unnumbered
 * "Tags" headings, clean or not, pushing the paste box off screen. Realistic Etsy listing text.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Findings, ListingCheck, truncatedNote } from '../../../components/listing-check';

afterEach(cleanup);

describe('listing check: which fields are listed', () => {
  it('the title, and only the tag with a finding, numbered', () => {
    const tags = [
      'ceramic mug',
      'handmade mug',
      'coffee cup',
      'gift for her',
      'cures anxiety',
      'stoneware',
      'pottery',
      'tea cup',
      'kitchen decor',
      'birthday gift',
      'rustic mug',
      'speckled mug',
      'latte mug',
    ];
    render(
      <Findings
        input={{ title: 'Handmade speckled ceramic mug, 12 oz', tags }}
        market="etsy"
        lang="en"
      />,
    );
    const sections = screen.getAllByTestId('lc-field');
    expect(sections.map((s) => s.getAttribute('data-field'))).toEqual(['title', 'tags']);
    const heading = sections[1]!.querySelector('h3')!;
    // "Tags / item specifics 5" and the finding count in its badge.
    expect(heading.firstChild!.textContent! + heading.childNodes[1]!.textContent).toBe(
      'Tags / item specifics 5',
    );
    expect(heading.querySelector('.count')!.textContent).toBe('1');
    expect(sections[1]!.textContent).toContain('cures anxiety');
  });
});

describe('listing check: a field too long to check whole is said, per field', () => {
  it.each([
    [
      ['description'] as const,
      'en',
      'Too long to check whole. Description: only the first 100,000 characters are checked.',
    ],
    [['description'] as const, 'zh', '内容过长：描述只检查前 100,000 个字符。'],
    [
      ['bullets', 'tags'] as const,
      'en',
      'Too long to check whole. Bullet point: only the first 50, up to 100,000 characters each, are checked; Tags / item specifics: only the first 100 are checked.',
    ],
    [
      ['bullets', 'tags'] as const,
      'zh',
      '内容过长：要点只检查前 50 条（每条前 100,000 个字符）；标签 / 商品属性只检查前 100 个。',
    ],
  ])('%j in %s', (fields, lang, note) => {
    expect(truncatedNote(fields, lang as 'en' | 'zh')).toBe(note);
  });
});

describe('listing check: where a rule comes from, in the UI language', () => {
  it('a PRC Advertising Law finding cites the law in English in the English UI, in Chinese in the Chinese UI', () => {
    const input = { title: '国家级 保温杯 316不锈钢 大容量' };
    render(<Findings input={input} market="taobao" lang="en" />);
    expect(document.body.textContent).toContain('PRC Advertising Law art. 9(3)');
    expect(document.body.textContent).not.toContain('《中华人民共和国广告法》');
    cleanup();
    render(<Findings input={input} market="taobao" lang="zh" />);
    expect(document.body.textContent).toContain('《中华人民共和国广告法》第九条第三项');
  });
});

describe('listing check: the paste box and market picker in Chinese', () => {
  it('names the rules and the text type plainly, with full-width brackets', async () => {
    render(<ListingCheck lang="zh" />);
    const market = await screen.findByTestId('market-select');
    expect(market.closest('label')!.firstChild!.textContent).toBe('适用平台规则');
    expect(market.querySelector('option[value=""]')!.textContent).toBe('不限平台（通用宣称规则）');
    const as = screen.getByTestId('paste-as');
    expect(as.closest('label')!.firstChild!.textContent).toBe('文本类型');
    expect([...as.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '标题',
      '描述',
      '要点（每行一条）',
      '标签 / 商品属性（每行一条）',
    ]);
  });

  it('keeps the English as it was', async () => {
    render(<ListingCheck lang="en" />);
    const as = await screen.findByTestId('paste-as');
    expect([...as.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Title',
      'Description',
      'Bullet point (one per line)',
      'Tags / item specifics (one per line)',
    ]);
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/cli/encoding';
import { CliError, readTextInput } from '../../../lib/cli/io';
import { captureIO, tempFiles } from './harness';

const { io } = captureIO();

// What Excel's "CSV" export writes on Simplified / Traditional Chinese and Western Windows.
const GBK_TITLES =
  'title,price\n蒸汽拖把 全网最低价 国家级 质量第一,99\n儿童保温杯 316不锈钢 大容量,59\n';
const BIG5_REVIEWS =
  'review\n品質很好，物流很快，包裝不錯。\n賣家服務態度差，等了一個星期才發貨。\n';
const { file } = tempFiles('seller-radar-io-');

describe('readTextInput: what is not text, and old line endings', () => {
  it('refuses UTF-16 without a byte-order mark (NUL after every ASCII letter) instead of reading garbage', () => {
    const le = Buffer.from('free shipping relay\n', 'utf16le');
    expect(() => readTextInput(file('u16.txt', le), io)).toThrow(/is not valid UTF-8 text/);
  });

  it('ends a line at a lone CR (old Mac files), at the same offsets', () => {
    expect(readTextInput(file('cr.txt', Buffer.from('one\rtwo\r\nthree')), io)).toBe(
      'one\ntwo\r\nthree',
    );
  });

  it('exits with the code the command asks for when the input is unusable', () => {
    try {
      readTextInput(file('empty.txt', Buffer.alloc(0)), io, { exitCode: 2 });
      expect.unreachable();
    } catch (err) {
      expect((err as CliError).exitCode).toBe(2);
    }
  });
});

describe('readTextInput', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 exports with a BOM', () => {
    const text = 'title\n全网最低价 保温杯\n';
    expect(readTextInput(file('a.csv', Buffer.from(text, 'utf8')), io)).toBe(text);
    expect(
      readTextInput(
        file('b.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
        io,
      ),
    ).toBe(text);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readTextInput(file('c.txt', le), io)).toBe(text);
  });

  it('reads GB18030 (GBK) and Big5 exports, and says so on stderr', () => {
    const cap = captureIO();
    expect(readTextInput(file('gbk.csv', iconv.encode(GBK_TITLES, 'gbk')), cap.io)).toBe(
      GBK_TITLES,
    );
    expect(readTextInput(file('big5.csv', iconv.encode(BIG5_REVIEWS, 'big5')), cap.io)).toBe(
      BIG5_REVIEWS,
    );
    expect(cap.err).toEqual([
      expect.stringMatching(/^note: read .*gbk\.csv as GB18030 \(GBK\) text$/),
      expect.stringMatching(/^note: read .*big5\.csv as Big5 text$/),
    ]);
    // Three characters are enough to tell.
    expect(decodeText(Buffer.from([0xc8, 0xab, 0xcd, 0xf8, 0xd7, 0xee]))).toEqual({
      text: '全网最',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-8 without a note, even when the text is Chinese', () => {
    const cap = captureIO();
    readTextInput(file('u.csv', Buffer.from(GBK_TITLES, 'utf8')), cap.io);
    expect(cap.err).toEqual([]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /is empty/],
    ['only whitespace', Buffer.from(' \n\n'), /is empty/],
    [
      'Windows-1252 (German umlauts are not Chinese characters)',
      iconv.encode('title\nGröße M, für Kinder, Baumwolle\n', 'win1252'),
      /is Latin-1 \(Windows-1252\) text, e\.g\. "Größe", not UTF-8 \(save it as UTF-8/,
    ],
    [
      'Windows-1252 French',
      iconv.encode('review\nTrès bon produit, livré à temps, emballage soigné\n', 'win1252'),
      /is Latin-1 \(Windows-1252\) text, e\.g\. "Très", not UTF-8/,
    ],
    [
      'Cyrillic Windows-1251 (neither Chinese nor Latin-1)',
      iconv.encode('title\nФутболка мужская хлопок\n', 'win1251'),
      /not valid UTF-8 text, nor recognisably GB18030 \(GBK\) or Big5 \(save it as UTF-8/,
    ],
    [
      'a UTF-16 BOM followed by an odd byte count',
      Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]),
      /not valid UTF-16 text/,
    ],
  ])('refuses %s with one clear line', (_name, bytes, message) => {
    const p = file(`x-${Math.random()}.txt`, bytes);
    expect(() => readTextInput(p, io)).toThrow(CliError);
    expect(() => readTextInput(p, io)).toThrow(message);
  });
});

describe('decodeText: Latin-1 (Windows-1252) is told from GB18030 and Big5, and refused', () => {
  // Excel's "CSV" on Western Windows: Mercado Libre / Amazon titles and reviews in capitals and not.
  it.each([
    [
      "Portuguese capitals (ÇÃ is GB2312's 敲)",
      'title\nKIT PROMOÇÃO 3 CAMISETAS\nCOLEÇÃO INVERNO 2024\n',
      'PROMOÇÃO',
    ],
    ['Portuguese capitals, Ã before a letter (Big5 byte pairs)', 'NÃO PERCA! SÃO PAULO', 'NÃO'],
    ['Portuguese capitals, ÇÕ and ÇÚ', 'INFORMAÇÕES TÉCNICAS AÇÚCAR ORGÂNICO', 'INFORMAÇÕES'],
    ['Portuguese capitals, Á first', 'ÁGUA DE COCO 1L', 'ÁGUA'],
    [
      'Portuguese lower case',
      'título\npromoção de verão: coleção nova\nações e serviços\n',
      'título',
    ],
    ['Spanish capitals', 'TITULO\nZAPATILLAS NIÑO TALLA 30\nCAMISETA ALGODÓN ¿OFERTA?\n', 'NIÑO'],
    ['Spanish lower case', 'review\n¿Qué tal? Muy buena, el tamaño es perfecto\n', '¿Qué'],
    ['French with Windows quotes and dashes', 'Créée à la main – «café» “très” bon', 'Créée'],
  ])('%s', (_name, text, sample) => {
    const bytes = iconv.encode(text, 'win1252');
    expect(decodeText(bytes)).toBeNull();
    expect(() => readTextInput(file(`latin-${Math.random()}.csv`, bytes), io)).toThrow(
      new RegExp(
        `is Latin-1 \\(Windows-1252\\) text, e\\.g\\. "${sample}", not UTF-8 \\(save it as UTF-8`,
      ),
    );
  });

  it('exits 2 with one line in lint for the QA file (not "KIT PROMO敲O" read as GBK)', async () => {
    const { main } = await import('../../../lib/cli/main');
    const cap = captureIO();
    const bytes = iconv.encode('title\nKIT PROMOÇÃO 3 CAMISETAS\nCOLEÇÃO INVERNO 2024\n', 'latin1');
    const code = await main(
      ['lint', '--market', 'mercadolibre', '--format', 'text', file('ml.csv', bytes)],
      cap.io,
    );
    expect(code).toBe(2);
    expect(cap.out).toEqual([]);
    expect(cap.err).toEqual([
      expect.stringMatching(
        /^seller-radar lint: .*ml\.csv is Latin-1 \(Windows-1252\) text, e\.g\. "PROMOÇÃO", not UTF-8 \(save it as UTF-8, e\.g\. Excel's "CSV UTF-8"\)$/,
      ),
    ]);
  });

  // Short Chinese titles are the hard direction: few bytes to judge, Latin letters next to them.
  it.each([
    'T恤',
    '纯棉T恤 男 短袖',
    'T恤男',
    'USB数据线',
    'LED灯',
    '3C数码',
    'iPhone15手机壳 全包',
    'Apple苹果数据线',
    'Nike耐克',
    'OPPO手机',
    '小米Max',
    '勤',
    '敲',
    '宝贝标题\n新款连衣裙\n',
    '商品标题,价格\n钦州特产 勤俭持家,9.9\n',
  ])('still reads the GBK title %j', (text) => {
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });

  it.each(['品質很好', 'T恤', '好', '賣家服務態度差'])('still reads the Big5 text %j', (text) => {
    expect(decodeText(iconv.encode(text, 'big5'))).toEqual({ text, encoding: 'big5' });
  });

  it('refuses bytes that read both as Chinese and as Latin-1 rather than guess', () => {
    // C0 61 C0 62: Big5 餚駭 (two frequent-block characters), or Latin-1 "ÀaÀb".
    const bytes = Buffer.from([0xc0, 0x61, 0xc0, 0x62, 0x0a]);
    expect(decodeText(bytes)).toBeNull();
    expect(() => readTextInput(file('both.txt', bytes), io)).toThrow(
      /both\.txt is not UTF-8 and reads both as Big5 \("餚駭"\) and as Latin-1 \(Windows-1252\) \("ÀaÀb"\) text \(save it as UTF-8/,
    );
  });
});

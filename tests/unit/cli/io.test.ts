import { describe, expect, it } from 'vitest';
import { CliError, readTextInput } from '../../../lib/cli/io';
import { captureIO, tempFiles } from './harness';

const { io } = captureIO();
const { file } = tempFiles('seller-radar-io-');

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

  it.each([
    ['an empty file', Buffer.alloc(0), /is empty/],
    ['only whitespace', Buffer.from(' \n\n'), /is empty/],
    [
      'GBK bytes',
      Buffer.from([0xc8, 0xab, 0xcd, 0xf8, 0xd7, 0xee]),
      /not valid UTF-8 text \(save it as UTF-8/,
    ],
  ])('refuses %s with one clear line', (_name, bytes, message) => {
    const p = file(`x-${Math.random()}.txt`, bytes);
    expect(() => readTextInput(p, io)).toThrow(CliError);
    expect(() => readTextInput(p, io)).toThrow(message);
  });
});

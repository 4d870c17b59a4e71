import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { MARKETS } from '../../../lib/schemas/snapshot';
import { captureIO } from './harness';

describe('seller-radar (no command, help, unknown command)', () => {
  it('with no command prints the usage on stderr and exits 2 (a usage error)', async () => {
    const { io, out, err } = captureIO();
    expect(await main([], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^usage: seller-radar <command>/);
  });

  it.each([['--help'], ['help'], ['-h']])(
    '%j prints the usage on stdout and exits 0',
    async (...args) => {
      const { io, out, err } = captureIO();
      expect(await main(args, io)).toBe(0);
      expect(err).toEqual([]);
      expect(out[0]).toMatch(/^usage: seller-radar <command>/);
      expect(out[0]).toContain('--field title|description');
    },
  );

  it.each([
    [['parse', '--help'], /^usage: seller-radar parse --url/, /3 a CAPTCHA/],
    [['lint', '-h'], /^usage: seller-radar lint /, /--market <market>  one of amazon, ebay, etsy/],
    [['help', 'sentiment'], /^usage: seller-radar sentiment /, /评价内容/],
    [['alerts', '--help'], /^usage: seller-radar alerts /, /--settings <file>/],
    [['bench', '--help'], /^usage: seller-radar bench /, /--suite <name>/],
  ])('%j describes that command: its options and exit status', async (args, head, detail) => {
    const { io, out, err } = captureIO();
    expect(await main(args, io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(head);
    expect(out[0]).toMatch(detail);
    expect(out[0]).toMatch(/Exit status: 0 /);
  });

  it('lint --help names every market the linter accepts (its list is written out in main.ts)', async () => {
    const { io, out } = captureIO();
    await main(['lint', '--help'], io);
    expect(out[0]).toContain(`one of ${MARKETS.join(', ')};`);
  });

  it('refuses a value for a switch: --json=false must not mean --json', async () => {
    const { io, out, err } = captureIO();
    expect(await main(['bench', '--json=false'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['seller-radar bench: option --json takes no value']);
  });

  it('names the commands for an unknown one', async () => {
    const { io, err } = captureIO();
    expect(await main(['lnt'], io)).toBe(2);
    expect(err).toEqual([
      'seller-radar: unknown command "lnt" (try: parse, alerts, lint, sentiment, bench)',
    ]);
  });
});

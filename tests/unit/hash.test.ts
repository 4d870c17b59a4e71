import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64, snapshotKey } from '../../lib/hash';

describe('hash', () => {
  it('matches the published FNV-1a 64 test vectors for ASCII', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('is stable under key order and differs on content', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    const a = snapshotKey({ url: 'https://x/', price: 1 } as { url: string });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(snapshotKey({ price: 1, url: 'https://x/' } as { url: string })).toBe(a);
    expect(snapshotKey({ url: 'https://x/', price: 2 } as { url: string })).not.toBe(a);
    expect(fnv1a64('价格')).not.toBe(fnv1a64('价钱'));
  });
});

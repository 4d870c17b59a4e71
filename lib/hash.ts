function hex(n: number): string {
  return n.toString(16).padStart(4, '0');
}

/**
 * Stable 64-bit FNV-1a hash (as 16 hex chars) of a string, synchronous and identical in the content
 * script, the service worker and Node: used for idempotency keys, not for security.
 */
export function fnv1a64(text: string): string {
  // Two 32-bit lanes emulate the 64-bit FNV-1a multiply without BigInt (fast in every engine).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h0 ^= c & 0xff;
    // multiply by FNV prime 0x100000001b3 in 16-bit limbs
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    const n1 = t1 + (t0 >>> 16);
    const n2 = t2 + (n1 >>> 16);
    h0 = t0 & 0xffff;
    h1 = n1 & 0xffff;
    h2 = n2 & 0xffff;
    h3 = (t3 + (n2 >>> 16)) & 0xffff;
    if (c > 0xff) {
      h0 ^= c >>> 8;
      const u0 = h0 * 0x1b3;
      const u1 = h1 * 0x1b3;
      const u2 = h2 * 0x1b3 + (h0 << 8);
      const u3 = h3 * 0x1b3 + (h1 << 8);
      const m1 = u1 + (u0 >>> 16);
      const m2 = u2 + (m1 >>> 16);
      h0 = u0 & 0xffff;
      h1 = m1 & 0xffff;
      h2 = m2 & 0xffff;
      h3 = (u3 + (m2 >>> 16)) & 0xffff;
    }
  }
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** Canonical JSON (sorted keys) so the same snapshot always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).toSorted(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** The idempotency key of a snapshot message: hash of url + content (content includes capturedAt). */
export function snapshotKey(snapshot: { url: string }): string {
  return fnv1a64(snapshot.url + '\n' + canonicalJson(snapshot));
}

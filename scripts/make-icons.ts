/**
 * Draws the toolbar icon (a radar sweep) as PNGs with no image dependencies: run
 * `npx tsx scripts/make-icons.ts` to regenerate assets/public/icon/*.png.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const dx = x - c;
      const dy = y - c;
      const r = Math.hypot(dx, dy) / (size / 2);
      const angle = Math.atan2(dy, dx);
      let rgba = [0, 0, 0, 0];
      if (r <= 1) {
        rgba = [15, 118, 110, 255]; // teal disc
        const ring = Math.abs(r - 0.62) < 0.05 || Math.abs(r - 0.3) < 0.05;
        const sweep = angle > -Math.PI / 2 && angle < -Math.PI / 6 && r < 0.95;
        if (sweep) rgba = [94, 234, 212, 255];
        if (ring) rgba = [204, 251, 241, 255];
        if (Math.hypot(dx - size * 0.2, dy + size * 0.22) < size * 0.08) rgba = [251, 191, 36, 255]; // blip
      }
      raw.set(rgba, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
mkdirSync('assets/public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/public/icon/${size}.png`, png(size));

import { deflateSync } from 'node:zlib';

// Skia's own PNG encoder spends 50–80 ms on a 1280×905 canvas (zlib level 6, adaptive filters, alpha
// kept). The picture is opaque and mostly flat colour, so RGB with the Sub filter at level 3 is
// two to three times faster and the file is no larger.
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COMPRESSION_LEVEL = 3;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes opaque RGBA pixels (alpha ignored) as an 8-bit RGB PNG. */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const filtered = Buffer.allocUnsafe(stride * height);
  for (let y = 0; y < height; y += 1) {
    let out = y * stride;
    filtered[out++] = 1; // Sub: each byte minus the same channel of the pixel to its left
    let source = y * width * 4;
    let r = 0;
    let g = 0;
    let b = 0;
    for (let x = 0; x < width; x += 1, source += 4, out += 3) {
      const nr = rgba[source] as number;
      const ng = rgba[source + 1] as number;
      const nb = rgba[source + 2] as number;
      filtered[out] = (nr - r) & 0xff;
      filtered[out + 1] = (ng - g) & 0xff;
      filtered[out + 2] = (nb - b) & 0xff;
      r = nr;
      g = ng;
      b = nb;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: truecolour, no alpha
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filtered, { level: COMPRESSION_LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Draws the wRVU log's app icons (public/icons/log-192.png, log-512.png) from public/icons/log.svg, the
 * one source to edit. The SVG is plain shapes, no text, so every machine rasterises it the same way.
 * Run after editing the SVG: `node scripts/make-log-icons.mjs`. sharp comes with Next.js (its image
 * optimiser), so this needs no package of its own.
 */
import path from "node:path";

import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "public", "icons", "log.svg");

for (const size of [192, 512]) {
  const file = path.join(root, "public", "icons", `log-${size}.png`);
  await sharp(source, { density: 72 * (size / 512) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(file);
  console.log(`wrote ${path.relative(root, file)}`);
}

// Renders the PNG icons from public/favicon.svg with sharp. "any" icons keep the SVG's rounded
// square on transparency; maskable icons (for Android's adaptive shapes) and the Apple touch
// icon fill the whole square with the SVG's background colour and keep the mark inside the safe
// zone, the centred circle of 80 % of the width that every mask leaves visible (W3C Web App
// Manifest, "purpose" member).
import sharp from 'sharp';
import svgSource from '../../public/favicon.svg?raw';
import type { Icon } from './icons.ts';

/** The background colour of the source: the fill of its first shape. */
export function iconBackground(svg = svgSource): string {
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
  if (!fill) throw new Error('public/favicon.svg: its first <rect> needs a fill colour, the background of the full-bleed icons');
  return fill;
}

export async function renderIcon(icon: Icon, svg = svgSource): Promise<Buffer> {
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?)/.exec(svg)?.[1];
  const unit = Number(viewBox ?? 32);
  const inner = Math.round(icon.size * (icon.bleed ?? 1));
  // Render at the target size (density is dots per inch for a viewBox unit of 1/72 inch).
  const mark = await sharp(Buffer.from(svg), { density: (72 * inner) / unit }).resize(inner, inner).png().toBuffer();
  if (!icon.bleed) return sharp(mark).png({ compressionLevel: 9 }).toBuffer();
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: iconBackground(svg) } })
    .composite([{ input: mark, gravity: 'center' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

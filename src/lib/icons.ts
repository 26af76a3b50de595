// The site's icons and window colours. One SVG (public/favicon.svg) is the source of every PNG,
// rendered at build time by src/lib/renderIcon.ts.
export interface Icon {
  /** File name under /icons/ (without .png), or the full path for the Apple touch icon. */
  path: string;
  size: number;
  purpose: 'any' | 'maskable';
  /** Full-bleed square: the mark at this fraction of the width over the background colour. */
  bleed?: number;
}

/** The PNGs the manifest lists: 192 and 512 px are what Chromium's install and splash screens ask for. */
export const MANIFEST_ICONS: Icon[] = [
  { path: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { path: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { path: '/icons/maskable-192.png', size: 192, purpose: 'maskable', bleed: 0.8 },
  { path: '/icons/maskable-512.png', size: 512, purpose: 'maskable', bleed: 0.8 },
];

/** iOS asks for /apple-touch-icon.png when a page names none, and rounds the corners itself. */
export const APPLE_TOUCH_ICON: Icon = { path: '/apple-touch-icon.png', size: 180, purpose: 'any', bleed: 1 };

export const ICON_SVG = '/favicon.svg';

/** The window colours of the installed app and the browser bar: the page background of each scheme (src/styles/global.css). */
export const THEME = { light: '#fdfdfc', dark: '#15171a' } as const;

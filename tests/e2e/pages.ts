// One page of each type in each language: what the quality gates walk through.
export const PAGE_TYPES = [
  { type: 'home', en: '/', de: '/de/' },
  { type: 'class', en: '/class/4xx', de: '/de/class/4xx' },
  { type: 'code', en: '/code/486', de: '/de/code/486' },
  { type: 'non-standard code', en: '/code/701', de: '/de/code/701' },
  { type: 'decoder', en: '/decode', de: '/de/decode' },
  { type: '404', en: '/no-such-page', de: '/de/keine-seite' },
  // What the service worker shows offline for an address it has not saved; online it is a plain page.
  { type: 'offline', en: '/offline.html', de: '/de/offline.html' },
  { type: 'search', en: '/search/', de: '/de/search/' },
] as const;

export const SAMPLE_PAGES = PAGE_TYPES.flatMap((p) => [
  { name: `${p.type} (en)`, path: p.en, lang: 'en' as const },
  { name: `${p.type} (de)`, path: p.de, lang: 'de' as const },
]);

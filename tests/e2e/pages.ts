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
  { type: 'cause', en: '/cause/17/', de: '/de/cause/17/' },
  { type: 'FreeSWITCH cause', en: '/freeswitch-cause/ORIGINATOR_CANCEL/', de: '/de/freeswitch-cause/ORIGINATOR_CANCEL/' },
  { type: 'Warning code', en: '/warning/305/', de: '/de/warning/305/' },
  { type: 'mapping', en: '/mapping/', de: '/de/mapping/' },
  { type: 'unregistered number', en: '/code/499/', de: '/de/code/499/' },
] as const;

export const SAMPLE_PAGES = PAGE_TYPES.flatMap((p) => [
  { name: `${p.type} (en)`, path: p.en, lang: 'en' as const, type: p.type },
  { name: `${p.type} (de)`, path: p.de, lang: 'de' as const, type: p.type },
]);

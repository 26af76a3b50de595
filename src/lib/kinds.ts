// The kinds of entry the site has. Each is a folder of MDX files under content/, one entry per
// file, checked by the same loader (src/lib/entryLoader.ts): the file name is the entry's id,
// the body has an <En> and a <De> block with the kind's sections, and every link to another
// entry must land on one that exists.
import type { Lang } from '../i18n/index.ts';
import { stackTables } from './stacks.ts';

export const KIND_DIRS = ['codes', 'causes', 'freeswitch-causes', 'warnings'] as const;
export type KindDir = (typeof KIND_DIRS)[number];

/** A field of an entry that names another entry, for the cross-file check. */
export interface Link {
  field: string;
  dir: KindDir;
  id: string;
}

export interface Kind {
  dir: KindDir;
  /** Frontmatter field whose value is the file name and the URL segment (/code/486, /cause/17). */
  idField: string;
  /** What an id looks like, so that "0486.mdx" or "17b.mdx" are refused with a clear message. */
  idPattern: RegExp;
  /**
   * The level-2 headings of each language block, in order. The first is prose; each later one
   * is a list of 3 to 6 items.
   */
  sections: Record<Lang, readonly string[]>;
  /** The fields of an entry that point at other entries. */
  links(data: Record<string, unknown>): Link[];
}

const related = (data: Record<string, unknown>, field: string, dir: KindDir, key: string): Link[] =>
  ((data[field] as Record<string, unknown>[] | undefined) ?? []).map((r, i) => ({ field: `${field}[${i}].${key}`, dir, id: String(r[key]) }));

const numbers = (data: Record<string, unknown>, field: string, dir: KindDir): Link[] =>
  ((data[field] as unknown[] | undefined) ?? []).map((n, i) => ({ field: `${field}[${i}]`, dir, id: String(n) }));

/** A FreeSWITCH cause name links to its Q.850 page when its number is a Q.850 value. */
function freeswitchName(link: Link): Link {
  const named = stackTables().causeNames.find((n) => n.namer === 'freeswitch' && n.name === link.id);
  return named && named.cause >= 1 && named.cause <= 127 ? { ...link, dir: 'causes', id: String(named.cause) } : link;
}

export const KINDS: Record<KindDir, Kind> = {
  codes: {
    dir: 'codes',
    idField: 'code',
    idPattern: /^[1-7]\d\d$/,
    sections: {
      en: ['Who sends it', 'Typical causes', 'What to do'],
      de: ['Wer sie sendet', 'Typische Ursachen', 'Was zu tun ist'],
    },
    links: (d) => related(d, 'related', 'codes', 'code'),
  },
  causes: {
    dir: 'causes',
    idField: 'cause',
    idPattern: /^(?:[1-9]|[1-9]\d|1[01]\d|12[0-7])$/,
    sections: {
      en: ['Who sends it', 'Typical causes', 'What to do'],
      de: ['Wer sie sendet', 'Typische Ursachen', 'Was zu tun ist'],
    },
    links: (d) => [...related(d, 'related', 'causes', 'cause'), ...related(d, 'relatedCodes', 'codes', 'code')],
  },
  'freeswitch-causes': {
    dir: 'freeswitch-causes',
    idField: 'name',
    idPattern: /^[A-Z][A-Z0-9_]*$/,
    sections: {
      en: ['When FreeSWITCH sets it', 'What to do'],
      de: ['Wann FreeSWITCH sie setzt', 'Was zu tun ist'],
    },
    // FreeSWITCH names Q.850 causes too (NO_ANSWER is 19): those live in content/causes.
    links: (d) => [...related(d, 'related', 'freeswitch-causes', 'name').map(freeswitchName), ...numbers(d, 'codes', 'codes')],
  },
  warnings: {
    dir: 'warnings',
    idField: 'warning',
    idPattern: /^3\d\d$/,
    sections: {
      en: ['When it is added', 'What to check'],
      de: ['Wann er gesetzt wird', 'Was zu prüfen ist'],
    },
    links: (d) => [...numbers(d, 'codes', 'codes'), ...related(d, 'related', 'warnings', 'warning')],
  },
};

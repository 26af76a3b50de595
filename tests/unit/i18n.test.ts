import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basePath, counterpartPath, langOfPath, localizePath } from '../../src/i18n/index.ts';
import en from '../../src/i18n/en.ts';
import de from '../../src/i18n/de.ts';

test('English pages live at the root and German pages under /de, addressed as folders', () => {
  assert.equal(localizePath('/code/603', 'en'), '/code/603/');
  assert.equal(localizePath('/code/603', 'de'), '/de/code/603/');
  assert.equal(localizePath('/code/603/', 'de'), '/de/code/603/');
  assert.equal(localizePath('/search-data.json', 'de'), '/de/search-data.json');
  assert.equal(localizePath('/', 'de'), '/de/');
  assert.equal(localizePath('/', 'en'), '/');
});

test('the counterpart of a page is the same page in the other language, with or without a trailing slash', () => {
  assert.equal(counterpartPath('/code/603'), '/de/code/603/');
  assert.equal(counterpartPath('/de/code/603'), '/code/603/');
  assert.equal(counterpartPath('/code/603/'), '/de/code/603/');
  assert.equal(counterpartPath('/'), '/de/');
  assert.equal(counterpartPath('/de/'), '/');
  assert.equal(counterpartPath('/de'), '/');
  assert.equal(counterpartPath('/class/4xx'), '/de/class/4xx/');
});

test('a path that merely starts with "de" is English', () => {
  assert.equal(langOfPath('/decline'), 'en');
  assert.equal(basePath('/de/class/6xx/'), '/class/6xx');
});

test('both dictionaries have the same keys, so no German page shows a missing label', () => {
  const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k])).sort();
  assert.deepEqual(keys(de), keys(en));
});

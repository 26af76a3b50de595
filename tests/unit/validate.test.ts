import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBody, checkCollection, checkFileName, langBlock, sectionItems } from '../../src/lib/validate.ts';
import { validBody } from './helpers.ts';

test('the model body has both languages with all sections', () => {
  assert.deepEqual(checkBody(validBody()), []);
});

test('a body without the <De> block is rejected as missing German text', () => {
  const body = validBody().replace(/<De>[\s\S]*<\/De>/, '');
  assert.deepEqual(checkBody(body).map((p) => p.field), ['body <De>']);
  assert.match(checkBody(body)[0]!.message, /German text is missing/);
});

test('a body with an empty <En> block is rejected as missing English text', () => {
  const body = validBody().replace(/<En>[\s\S]*<\/En>/, '<En>\n\n</En>');
  assert.match(checkBody(body).map((p) => `${p.field}: ${p.message}`).join('\n'), /body <En>: the English text is missing/);
});

test('a language block missing a section names the section', () => {
  const body = validBody().replace('## Typische Ursachen', '## Ursachen');
  assert.match(checkBody(body).map((p) => p.message).join('\n'), /"## Typische Ursachen" is missing/);
});

test('a section with fewer than three bullets is rejected', () => {
  const en = langBlock(validBody(), 'en')!;
  const items = sectionItems(en, 'What to do');
  const body = validBody().replace(items.slice(1).join('\n'), '');
  assert.match(checkBody(body).map((p) => p.message).join('\n'), /"## What to do" has 1 items/);
});

test('a file whose name differs from its code is rejected, naming file and field', () => {
  assert.equal(checkFileName('486.mdx', 486), undefined);
  assert.match(checkFileName('487.mdx', 486)!, /^content\/codes\/487\.mdx: code: is 486 but the file name says 487/);
  assert.match(checkFileName('0486.mdx', 486)!, /file name says 0486/);
});

test('the same code in two files is rejected, naming both files', () => {
  const problems = checkCollection([
    { filePath: 'content/codes/486.mdx', data: { code: 486, related: [] } },
    { filePath: 'content/codes/old/486.mdx', data: { code: 486, related: [] } },
  ]);
  assert.deepEqual(problems, ['content/codes/old/486.mdx: code: 486 is already defined in content/codes/486.mdx']);
});

test('a related code without an entry is rejected, naming file and field', () => {
  const problems = checkCollection([{ filePath: 'content/codes/486.mdx', data: { code: 486, related: [{ code: 600 }, { code: 999 }] } }]);
  assert.deepEqual(problems, [
    'content/codes/486.mdx: related[0].code: 600 has no entry in content/codes',
    'content/codes/486.mdx: related[1].code: 999 has no entry in content/codes',
  ]);
});

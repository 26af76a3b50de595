import { readFileSync, readdirSync } from 'node:fs';
import { splitEntry } from '../../src/lib/entryFile.ts';
for (const f of readdirSync('content/codes')) {
  const { data } = splitEntry(readFileSync('content/codes/' + f, 'utf8')) as any;
  const msg: string = data.example.message;
  const m = /Content-Length: (\d+)/.exec(msg); if (!m) { console.log(f, 'no CL'); continue; }
  const parts = msg.split('\n\n');
  const body = parts.slice(1).join('\n\n');
  const crlf = body.trimEnd() ? body.replace(/\n$/,'').split('\n').map(l=>l+'\r\n').join('') : '';
  const lf = body.trimEnd() ? body.replace(/\n$/,'')+'\n' : '';
  if (Number(m[1]) !== Buffer.byteLength(crlf)) console.log(f, m[1], 'crlf', Buffer.byteLength(crlf), 'lf', Buffer.byteLength(lf));
}

// Contract C1 (../shared/design/architecture.md): `npm run -s detect -- --jsonl` reads JSON lines
// {"id","text"} on stdin and writes one {"id","matches":[Match…]} line per input, in order.
// Without --jsonl it reads plain text and prints one JSON array of matches. Nothing else on stdout.
import { createInterface } from 'node:readline';
import { findNumbers, type FoundNumber } from '../lib/numbers/index';

/** C1 Match fields first (outside tools read exactly these), then the useful extras. */
function toMatch(f: FoundNumber) {
  const { raw, start, end, country, type, docdb, epodoc, kind, number, original } = f;
  return { raw, start, end, country, type, docdb, epodoc, kind, number, ...(original ? { original } : {}) };
}

async function jsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buf = '';
  for await (const line of rl) {
    if (!line.trim()) continue;
    let id: unknown = null, matches: ReturnType<typeof toMatch>[] = [];
    try {
      const o = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = o.id ?? null;
      matches = typeof o.text === 'string' ? findNumbers(o.text).map(toMatch) : [];
    } catch (e) {
      process.stderr.write(`detect: bad input line: ${(e as Error).message}\n`);
    }
    buf += `${JSON.stringify({ id, matches })}\n`;
    if (buf.length > 1 << 16) { if (!process.stdout.write(buf)) await new Promise((r) => process.stdout.once('drain', r)); buf = ''; }
  }
  process.stdout.write(buf);
}

async function plain(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  process.stdout.write(`${JSON.stringify(findNumbers(Buffer.concat(chunks).toString('utf8')).map(toMatch))}\n`);
}

(process.argv.includes('--jsonl') ? jsonl() : plain()).catch((e: unknown) => {
  process.stderr.write(`detect: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});

// Scores the C1 CLI on lib/numbers/cases/*.json (and, with --public, ../shared/numbers/public-corpus.json):
// precision / recall per distinct document, overall and per office, and every miss and false hit.
//   npx tsx scripts/score-cases.ts [--public] [--quiet] [--only <file-name-prefix>]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCases, scoreCase, type Case, type Doc } from '../lib/numbers/case-score';

const root = resolve(import.meta.dirname, '..');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] ?? '' : '';
const cases: (Case & { file: string })[] = loadCases(resolve(root, 'lib/numbers/cases')).filter((c) => c.file.startsWith(only));
if (process.argv.includes('--public'))
  cases.push(...(JSON.parse(readFileSync(resolve(root, '../shared/numbers/public-corpus.json'), 'utf8')) as Case[]).map((c) => ({ ...c, file: 'public' })));

const input = cases.map((c) => JSON.stringify({ id: c.id, text: c.text })).join('\n') + '\n';
const run = spawnSync('npm', ['run', '-s', 'detect', '--', '--jsonl'], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0) { process.stderr.write(run.stderr); process.exit(1); }
const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; matches: Doc[] });

const per = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (cc: string, k: 'tp' | 'fp' | 'fn') => { const s = per.get(cc) ?? { tp: 0, fp: 0, fn: 0 }; s[k]++; per.set(cc, s); };
const quiet = process.argv.includes('--quiet');
let failed = 0;
cases.forEach((c, i) => {
  const out = lines[i];
  if (!out || out.id !== c.id) throw new Error(`CLI output out of order at ${c.id}`);
  const s = scoreCase(c, out.matches);
  s.tp.forEach((e) => bump(e.country, 'tp'));
  s.fn.forEach((e) => bump(e.country, 'fn'));
  s.fp.forEach((d) => bump(d.country, 'fp'));
  if (s.fn.length || s.fp.length) {
    failed++;
    if (quiet) return;
    process.stdout.write(`${c.id} (${c.file}) ${JSON.stringify(c.text.slice(0, 160))}\n`);
    for (const e of s.fn) process.stdout.write(`   MISS  ${e.country} ${e.type} ${e.docdb} ${e.epodoc}${e.alt ? ` alt=${e.alt.join(',')}` : ''}\n`);
    for (const d of s.fp) process.stdout.write(`   FALSE ${d.country} ${d.type} ${d.docdb} ${d.epodoc}\n`);
  }
});
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '100.00');
let T = 0, P = 0, N = 0;
const rows = [...per.entries()].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn));
process.stdout.write(`\noffice  docs   tp   fp   fn  precision  recall\n`);
for (const [cc, s] of rows) {
  T += s.tp; P += s.fp; N += s.fn;
  process.stdout.write(`${cc.padEnd(6)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.tp, s.tp + s.fp).padStart(8)}%  ${pct(s.tp, s.tp + s.fn).padStart(6)}%\n`);
}
const neg = cases.filter((c) => !c.expect.length).length;
process.stdout.write(`ALL    ${String(T + N).padStart(5)} ${String(T).padStart(4)} ${String(P).padStart(4)} ${String(N).padStart(4)}  ${pct(T, T + P).padStart(8)}%  ${pct(T, T + N).padStart(6)}%\n`);
process.stdout.write(`${cases.length} cases (${neg} negative), ${failed} with a miss or false hit\n`);

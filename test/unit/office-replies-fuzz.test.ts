// Fuzzed and truncated replies of the offices of issue 17 (KIPRIS Plus, TIPO, the JPO's design and
// trademark progress): every parser either answers or throws one of the office error kinds — a
// BadResponse or a NotFound — never a TypeError or a crash, whatever part of the reply is missing,
// of another type or cut off. The mutations are seeded, so a failure reproduces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAppProgress } from '../../lib/offices/jpo/parse-progress';
import { parseKiprisBibliography } from '../../lib/offices/kipris/parse-bibliography';
import { parseKiprisCitations } from '../../lib/offices/kipris/parse-citations';
import { parseKiprisFamily } from '../../lib/offices/kipris/parse-family';
import { parseKiprisSearch } from '../../lib/offices/kipris/parse-search';
import { contentGroups, parseTipoAnnuity, parseTipoApplication, parseTipoPublication, parseTipoRights } from '../../lib/offices/tipo/parse';
import { tipoDivisionals, tipoPriorities, tipoTwins } from '../../lib/offices/tipo/parse-related';
import { OfficeError } from '../../lib/transport/errors';
import { seededRandom } from '../support/seeded-random';

const root = path.resolve(__dirname, '../..');
const read = (dir: string, name: string) => readFileSync(path.join(root, dir, name), 'utf8');
const info = { fetchedAt: '2026-12-02T00:00:00.000Z', fromCache: false, stale: false };
const source = { office: 'kipris' as const, endpoint: 'x', fetchedAt: info.fetchedAt };

const ODD_VALUES: unknown[] = [null, 42, '', 'x', [], {}, [null], { '#text': 1 }, true];

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}

/** The tree with the value at `at` replaced (or, for an object member, deleted). */
function mutated(tree: unknown, at: (string | number)[], replacement: unknown, drop: boolean): unknown {
  if (at.length === 0) return replacement;
  const copy = structuredClone(tree) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (drop && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

function jsonMutations(text: string, count: number, seed: number): unknown[] {
  const tree = JSON.parse(text) as unknown;
  const all = paths(tree);
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const at = all[Math.floor(rnd() * all.length)]!;
    return mutated(tree, at, ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)], rnd() < 0.3);
  });
}

/** XML cut at many points, and with elements renamed or emptied. */
function xmlMutations(text: string, count: number, seed: number): string[] {
  const rnd = seededRandom(seed);
  const tags = [...new Set([...text.matchAll(/<([A-Za-z][\w-]*)>/g)].map((m) => m[1]!))];
  return Array.from({ length: count }, (_, i) => {
    if (i % 3 === 0) return text.slice(0, Math.floor(rnd() * text.length));
    const tag = tags[Math.floor(rnd() * tags.length)]!;
    return i % 3 === 1
      ? text.replaceAll(`<${tag}>`, '<zz>').replaceAll(`</${tag}>`, '</zz>')
      : text.replace(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'g'), `<${tag}/>`);
  });
}

/** Runs the parser; what it throws must be an office error. */
function survives(parse: () => unknown): true {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof OfficeError)) throw error;
  }
  return true;
}

describe('fuzzed and truncated replies are answered or refused, never a crash', () => {
  it('KIPRIS Plus XML (bibliography, family, search, citations)', () => {
    const dir = 'lib/offices/kipris/fixtures';
    const parsers: [string, (body: string) => unknown][] = [
      ['bibliography.1020190100885.xml', (b) => parseKiprisBibliography(b, info, '1020190100885')],
      ['bibliography.1020190100885.summary.reconstructed.xml', (b) => parseKiprisBibliography(b, info, '1020190100885')],
      ['family.getAppNoPatFamInfoSearch.1020050082226.reconstructed.xml', (b) => parseKiprisFamily(b, source)],
      ['search.getAdvancedSearch.word-head-mounted-display.reconstructed.xml', (b) => parseKiprisSearch(b)],
      ['citations.citationInfoV3.1020180133527.reconstructed.xml', (b) => parseKiprisCitations(b, source)],
    ];
    for (const [name, parse] of parsers) {
      for (const body of xmlMutations(read(dir, name), 90, name.length)) expect(survives(() => parse(body))).toBe(true);
    }
  });

  it('TIPO JSON (rights, publication, filing, annuity, priority, divisional, twin)', () => {
    const dir = 'lib/offices/tipo/fixtures';
    const rowsThen = (operation: string, parse: (rows: Record<string, unknown>[]) => unknown) => (body: unknown) => parse(contentGroups(body, operation).flat());
    const parsers: [string, (body: unknown) => unknown][] = [
      ['PatentRights.I651234.reconstructed.json', rowsThen('PatentRights', (rows) => rows.map((r) => parseTipoRights(r, source, new Date())))],
      ['PatentPub.202012345.reconstructed.json', rowsThen('PatentPub', (rows) => rows.map((r) => parseTipoPublication(r, source)))],
      ['PatentAppl.110100001.reconstructed.json', rowsThen('PatentAppl', (rows) => rows.map((r) => parseTipoApplication(r, source)))],
      ['PatentAnnuity.I651234.reconstructed.json', rowsThen('PatentAnnuity', (rows) => rows.map((r) => parseTipoAnnuity(r, source)))],
      ['PatentPriority.106123456.reconstructed.json', rowsThen('PatentPriority', (rows) => tipoPriorities(rows, source))],
      ['PatentDivide.106123456.reconstructed.json', rowsThen('PatentDivide', (rows) => tipoDivisionals(rows, '106123456', source))],
      ['PatentTwins.106123456.reconstructed.json', (body) => tipoTwins(contentGroups(body, 'PatentTwins'), '106123456', source)],
    ];
    for (const [name, parse] of parsers) {
      for (const body of jsonMutations(read(dir, name), 150, name.length)) expect(survives(() => parse(body))).toBe(true);
    }
  });

  it('JPO design and trademark progress JSON', () => {
    const dir = 'lib/offices/jpo/fixtures';
    for (const [name, law] of [['design.app_progress.2020015234.json', 'design'], ['trademark.app_progress.2024123456.json', 'trademark']] as const) {
      for (const body of jsonMutations(read(dir, name), 150, name.length)) expect(survives(() => parseAppProgress(body, info, { law }))).toBe(true);
    }
  });
});

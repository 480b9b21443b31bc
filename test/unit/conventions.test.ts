// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { officeIds } from '../../lib/offices/metas';

// Conventions a reviewer would otherwise have to police by hand (aesthetics.md §16.7).
const root = path.resolve(import.meta.dirname, '../..');
const sourceDirs = ['lib', 'components', 'entrypoints'];

function sourceFiles(): string[] {
  return sourceDirs.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.parentPath.includes('fixtures'))
      .map((e) => path.join(e.parentPath, e.name)),
  );
}

const locale = (lang: string) => JSON.parse(readFileSync(path.join(root, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('locales', () => {
  const en = locale('en');
  const ja = locale('ja');

  it('en and ja have the same keys, none empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(ja)]) expect(value.message, key).not.toBe('');
  });

  it('every literal message key used in code exists', () => {
    const used = new Set<string>();
    for (const file of sourceFiles().filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bi18n\(\s*'([a-zA-Z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\b(?:nameKey|labelKey|messageKey)\s*:\s*'([a-zA-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});

describe('source files', () => {
  it('stay small', () => {
    const long = sourceFiles()
      .map((f) => [path.relative(root, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([f, lines]) => lines > 400 && !f.endsWith('.test.ts'));
    expect(long).toEqual([]);
  });

  it('never build HTML from strings', () => {
    // Tests may set up fixtures with static markup; product code never builds HTML from strings.
    const offenders = sourceFiles()
      .filter((f) => !/\.test\.tsx?$/.test(f))
      .filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('call fetch only from lib/transport', () => {
    const offenders = sourceFiles()
      .filter((f) => !f.includes(`${path.sep}transport${path.sep}`) && !f.endsWith('.test.ts') && !f.endsWith('sandbox.ts'))
      .filter((f) => /(^|[^.\w])fetch\(/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});

describe('offices', () => {
  it('each office folder is registered and has its metadata', () => {
    const folders = readdirSync(path.join(root, 'lib/offices'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...officeIds].sort());
    for (const id of folders) expect(readdirSync(path.join(root, 'lib/offices', id))).toContain('meta.ts');
  });
});

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createClassificationService, type ImportStore } from './service';
import { parseConcordance } from './imported';
import { ASSET_PATH } from './test-data';

const memoryImports = (): ImportStore => {
  let value: Awaited<ReturnType<ImportStore['load']>>;
  return { load: async () => value, save: async (v) => void (value = v) };
};
const text = () => gunzipSync(readFileSync(ASSET_PATH)).toString('utf8');

describe('classification service', () => {
  it('loads the bundled data once, on the first question', async () => {
    let loads = 0;
    const svc = createClassificationService({ bundledText: async () => (loads++, text()), imports: memoryImports() });
    expect(loads).toBe(0);
    await Promise.all([svc.convert('H04W 4/00'), svc.convert('A01B1/022')]);
    expect(loads).toBe(1);
  });

  it('an import changes the next answer and survives a new service (a service-worker restart); reset goes back', async () => {
    const imports = memoryImports();
    const deps = { bundledText: async () => text(), imports };
    const rows = ['A01B1/022\tA01B1/00', ...Array.from({ length: 200 }, (_, i) => `A01B${100 + i}/00\tA01B${100 + i}/00`)].join('\n');
    await createClassificationService(deps).setImports({ concordance: { map: parseConcordance('c.txt', rows), name: 'c.txt' } });
    const again = createClassificationService(deps);
    expect((await again.convert('A01B1/022')).results[0]?.symbol).toBe('A01B1/00');
    await again.setImports(undefined);
    expect((await again.convert('A01B1/022')).results[0]?.symbol).toBe('A01B1/02');
  });

  it('a failed load is tried again next time', async () => {
    let fail = true;
    const svc = createClassificationService({ bundledText: async () => { if (fail) throw new Error('HTTP 500'); return text(); }, imports: memoryImports() });
    await expect(svc.convert('H04W')).rejects.toThrow('HTTP 500');
    fail = false;
    expect((await svc.convert('H04W')).subject?.symbol).toBe('H04W');
  });
});

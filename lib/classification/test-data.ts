// Test helper (imported by *.test.ts only): the committed classification asset, read once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Dataset, parseDatasetTsv } from './dataset';

export const ASSET_PATH = resolve(__dirname, '../../public/classification/cpc-ipc-2022.08.tsv.gz');
let cached: Dataset | undefined;

export function bundledDataset(): Dataset {
  return (cached ??= parseDatasetTsv(gunzipSync(readFileSync(ASSET_PATH)).toString('utf8')));
}

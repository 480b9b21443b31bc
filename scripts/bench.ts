import { benchEngine } from '../bench/engine';
import { benchPageScan } from '../bench/page-scan';
import type { BenchResult } from '../bench/result';

// Contract C4: each figure next to a naive baseline measured in the same run, and their ratio.

const results: BenchResult[] = [];
for (const run of [benchEngine, benchPageScan]) {
  const result = await run();
  results.push(result);
  console.log(`${result.name}: ${fmt(result.ours)} ${result.unit} (baseline ${fmt(result.baseline)} ${result.unit}, ratio ${result.ratio.toFixed(2)})`);
  if (result.notes) console.log(`  ${result.notes}`);
}
console.log(JSON.stringify(results));

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(2);
}

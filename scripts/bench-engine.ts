// Runs the engine half of the C4 bench alone: npx tsx scripts/bench-engine.ts
import { benchEngine } from '../bench/engine';

benchEngine().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`));

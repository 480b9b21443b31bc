/**
 * A small seeded generator (mulberry32) for tests that mutate inputs: the same sequence every run, so
 * a failure reproduces. A string seed is hashed first (one sequence per case and mutation).
 */
export function seededRandom(seed: number | string): () => number {
  let a = 0;
  if (typeof seed === 'number') a = seed;
  else for (const ch of seed) a = (Math.imul(a, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One figure of contract C4: ours next to a naive baseline measured in the same run, and their ratio. */
export interface BenchResult {
  name: string;
  unit: string;
  ours: number;
  baseline: number;
  ratio: number;
  notes?: string;
}

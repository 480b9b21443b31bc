/** A small bar chart of months (Preact SVG): one bar per bucket of `step` months, labelled below. */
export function Histogram({ months, step = 6, label }: { months: readonly number[]; step?: number; label: string }) {
  if (months.length === 0) return null;
  const buckets = new Map<number, number>();
  for (const m of months) {
    const b = Math.floor(m / step) * step;
    buckets.set(b, (buckets.get(b) ?? 0) + 1);
  }
  const first = Math.min(...buckets.keys());
  const last = Math.max(...buckets.keys());
  const bars: { from: number; count: number }[] = [];
  for (let b = first; b <= last; b += step) bars.push({ from: b, count: buckets.get(b) ?? 0 });
  const max = Math.max(...bars.map((b) => b.count));
  const width = 24;
  const height = 60;
  return (
    <svg class="histogram" role="img" aria-label={label} viewBox={`0 0 ${bars.length * width} ${height + 14}`} width={bars.length * width} height={height + 14}>
      {bars.map((b, i) => {
        const h = (b.count / max) * height;
        return (
          <g key={b.from}>
            <rect x={i * width + 2} y={height - h} width={width - 4} height={h} class="bar">
              <title>{`${b.from}–${b.from + step}: ${b.count}`}</title>
            </rect>
            <text x={i * width + width / 2} y={height + 11} text-anchor="middle" class="axis">{b.from}</text>
          </g>
        );
      })}
    </svg>
  );
}

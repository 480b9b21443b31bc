import type { Milestone } from '../../lib/timeline/milestones';
import type { TimelineEvent } from '../../lib/timeline/timeline';

const KEY: Milestone[] = ['priority', 'filing', 'publication', 'examination-request', 'office-action', 'allowance', 'grant', 'refusal', 'withdrawal', 'appeal'];
const W = 300;
const H = 64;
const PAD = 8;

/**
 * The case on one time axis, drawn as plain SVG from Preact (no charting engine): a dot per key event,
 * years under the axis. Ordinary events (fees, lapses in single states) are short ticks.
 */
export function TimelineChart({ events, label }: { events: TimelineEvent[]; label: string }) {
  if (events.length < 2) return null;
  const t = (d: string) => Date.parse(d);
  const start = t(events[0]!.date);
  const end = Math.max(t(events[events.length - 1]!.date), start + 86_400_000);
  const x = (d: string) => PAD + ((t(d) - start) / (end - start)) * (W - 2 * PAD);
  const years: number[] = [];
  for (let y = new Date(start).getUTCFullYear() + 1; y <= new Date(end).getUTCFullYear(); y++) years.push(y);
  const step = Math.ceil(years.length / 6) || 1;
  return (
    <svg class="timeline-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
      <line x1={PAD} x2={W - PAD} y1={28} y2={28} class="axis" />
      {years.filter((_, i) => i % step === 0).map((y) => {
        const at = x(`${y}-01-01`);
        return (
          <g>
            <line x1={at} x2={at} y1={24} y2={32} class="tick" />
            <text x={at} y={48} text-anchor="middle" class="year">
              {y}
            </text>
          </g>
        );
      })}
      {events.map((e) =>
        KEY.includes(e.milestone) ? (
          <circle cx={x(e.date)} cy={28} r={4} class={`dot m-${e.milestone}`} data-milestone={e.milestone}>
            <title>{`${e.date} ${e.label}`}</title>
          </circle>
        ) : (
          <line x1={x(e.date)} x2={x(e.date)} y1={25} y2={31} class="minor" />
        ),
      )}
    </svg>
  );
}

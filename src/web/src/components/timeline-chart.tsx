/** A story's events on a time axis, drawn as SVG: a dot (or bar for an interval) per event, sized by its articles. */
import type { Event } from '../api.js';
import { formatDateValue } from '../lib/dates.js';
import { DEFAULT_LAYOUT, layoutTimeline } from '../lib/timeline-layout.js';

const LANE_HEIGHT = 26;
const AXIS_HEIGHT = 28;

export function TimelineChart({ events }: { events: readonly Event[] }) {
  const layout = layoutTimeline(events.map((e) => ({ id: e.id, label: e.label, when: e.when, weight: e.articles.length })));
  const height = AXIS_HEIGHT + Math.max(layout.lanes, 1) * LANE_HEIGHT + 12;
  const width = DEFAULT_LAYOUT.width;
  const axisY = height - AXIS_HEIGHT;
  const radius = (weight: number): number => 4 + Math.min(Math.sqrt(weight) * 2, 8);
  const cut = (label: string): string => (label.length > DEFAULT_LAYOUT.maxLabelChars ? `${label.slice(0, DEFAULT_LAYOUT.maxLabelChars - 1)}…` : label);
  return (
    <figure class="timeline-chart">
      {layout.placed.length > 0 ? (
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="events over time" width="100%">
          <line x1={DEFAULT_LAYOUT.margin} x2={width - DEFAULT_LAYOUT.margin} y1={axisY} y2={axisY} class="axis" />
          {layout.ticks.map((t) => (
            <g key={t.x} class="tick">
              <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 5} />
              <text x={t.x} y={axisY + 18} text-anchor="middle">{t.label}</text>
            </g>
          ))}
          {layout.placed.map((e) => {
            const y = axisY - 14 - e.lane * LANE_HEIGHT;
            const r = radius(e.weight);
            return (
              <a key={e.id} href={`/events/${e.id}`} class="event-mark" data-event={e.id}>
                <title>{`${e.label} — ${formatDateValue(e.when)} — ${e.weight} article${e.weight === 1 ? '' : 's'}`}</title>
                <line x1={e.x} x2={e.x} y1={y} y2={axisY} class="stem" />
                {e.x2 - e.x > 1 ? <rect x={e.x} y={y - 3} width={e.x2 - e.x} height={6} rx={3} class="span" /> : null}
                <circle cx={e.x} cy={y} r={r} />
                <text x={e.anchor === 'start' ? e.x2 + r + 4 : e.x - r - 4} y={y + 4} text-anchor={e.anchor}>{cut(e.label)}</text>
              </a>
            );
          })}
        </svg>
      ) : null}
      {layout.undated.length > 0 ? (
        <figcaption>
          Undated events (not placed on the axis):{' '}
          {layout.undated.map((e, i) => <span key={e.id}>{i > 0 ? ', ' : ''}<a href={`/events/${e.id}`}>{e.label}</a></span>)}
        </figcaption>
      ) : null}
    </figure>
  );
}

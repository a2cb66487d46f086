import { useId } from 'preact/hooks';
import { t } from '@/utils/ui/i18n';
import { countryFlag, countryName, typeLabel } from '@/utils/ui/labels';
import type { SourcingMix, Tally } from '@/utils/ui/profile';

/** Props for `SourcingChart`. */
export interface SourcingChartProps {
  mix: SourcingMix;
}

const WIDTH = 360;
const LABEL_W = 170;
/** Longest label drawn in full; longer ones are cut with an ellipsis (the full one is a tooltip). */
const MAX_LABEL = 24;
const BAR_H = 14;
const GAP = 6;
const HEADING_H = 20;

interface Row {
  /** What the bar shows (a flag may lead it). */
  label: string;
  /** The same in words only, for the chart's description. */
  spoken: string;
  credits: number;
}

/** A group of horizontal bars under a heading; returns its elements and its height. */
function barGroup(title: string, rows: Row[], max: number, top: number, kind: string) {
  const elements = [
    <text key={`${kind}-h`} x={0} y={top + 14} class="chart-heading">
      {title}
    </text>,
  ];
  rows.forEach((row, i) => {
    const y = top + HEADING_H + i * (BAR_H + GAP);
    const w = Math.max(2, ((WIDTH - LABEL_W - 30) * row.credits) / max);
    elements.push(
      <g key={`${kind}-${i}`} class={`chart-row chart-${kind}`}>
        <text x={0} y={y + BAR_H - 3} class="chart-label">
          {row.label.length > MAX_LABEL ? `${row.label.slice(0, MAX_LABEL - 1)}…` : row.label}
          <title>{`${row.spoken}: ${row.credits}`}</title>
        </text>
        <rect
          x={LABEL_W}
          y={y}
          width={w}
          height={BAR_H}
          rx={3}
          class={`chart-bar chart-bar-${kind}`}
        />
        <text x={LABEL_W + w + 4} y={y + BAR_H - 3} class="chart-value">
          {row.credits}
        </text>
      </g>,
    );
  });
  return { elements, height: HEADING_H + rows.length * (BAR_H + GAP) };
}

const typeRows = (list: Tally[]): Row[] =>
  list.map((x) => ({ label: typeLabel(x.key), spoken: typeLabel(x.key), credits: x.credits }));
const countryRows = (list: Tally[]): Row[] =>
  list.map((x) => ({
    label: `${countryFlag(x.key)} ${countryName(x.key)}`.trim(),
    spoken: countryName(x.key),
    credits: x.credits,
  }));

/** Describes the chart in words, for screen readers (the same numbers as the bars). */
function describe(types: Row[], countries: Row[]): string {
  const part = (rows: Row[]) => rows.map((r) => `${r.spoken}: ${r.credits}`).join(', ');
  return t('chart_desc', [part(types), part(countries)]);
}

/** Credits by outlet type and by country as two small bar groups, hand-drawn in SVG. */
export default function SourcingChart({ mix }: SourcingChartProps) {
  const id = useId();
  if (!mix.outlets) return null;
  const types = typeRows(mix.byType);
  const countries = countryRows(mix.byCountry);
  const max = Math.max(
    1,
    ...mix.byType.map((x) => x.credits),
    ...mix.byCountry.map((x) => x.credits),
  );
  const first = barGroup(t('chart_by_type'), types, max, 0, 'type');
  const second = barGroup(t('chart_by_country'), countries, max, first.height + 6, 'country');
  const height = first.height + 6 + second.height;
  return (
    <figure class="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        class="chart-svg"
      >
        <title id={`${id}-title`}>{t('chart_title')}</title>
        <desc id={`${id}-desc`}>{describe(types, countries)}</desc>
        {first.elements}
        {second.elements}
      </svg>
    </figure>
  );
}

import { t } from '@/utils/ui/i18n';
import { countryName, typeLabel } from '@/utils/ui/labels';
import type { SourcingMix, Tally } from '@/utils/ui/profile';

/** Props for `SourcingStrip`. */
export interface SourcingStripProps {
  mix: SourcingMix;
}

/** Segment colours (CSS custom properties in style.css, tuned for light and dark). */
const SHADES = 6;

/** One 100% bar of credit shares, with its legend as text (the bar itself is decoration). */
function ShareBar({
  title,
  tallies,
  label,
  kind,
}: {
  title: string;
  tallies: Tally[];
  label: (key: string) => string;
  kind: string;
}) {
  const total = tallies.reduce((n, x) => n + x.credits, 0) || 1;
  return (
    <div class={`strip-group strip-${kind}`}>
      <p class="strip-title">{title}</p>
      <div class="strip-bar" aria-hidden="true">
        {tallies.map((x, i) => (
          <span
            key={x.key}
            class={`strip-segment shade-${i % SHADES}`}
            style={{ width: `${(100 * x.credits) / total}%` }}
          />
        ))}
      </div>
      <ul class="strip-legend">
        {tallies.map((x, i) => (
          <li key={x.key} data-key={x.key} data-credits={x.credits}>
            <span class={`strip-swatch shade-${i % SHADES}`} aria-hidden="true" />
            {label(x.key)} <span class="strip-value">{x.credits}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Credits by outlet type and by country, as two thin share bars with their numbers in text. */
export default function SourcingStrip({ mix }: SourcingStripProps) {
  if (!mix.outlets) return null;
  return (
    <section class="strip" aria-labelledby="strip-title">
      <h2 id="strip-title" class="section-title">
        {t('chart_title')}
      </h2>
      <ShareBar title={t('chart_by_type')} tallies={mix.byType} label={typeLabel} kind="type" />
      <ShareBar
        title={t('chart_by_country')}
        tallies={mix.byCountry}
        label={(code) => countryName(code)}
        kind="country"
      />
    </section>
  );
}

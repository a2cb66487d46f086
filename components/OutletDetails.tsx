import type { CitedOutlet } from '@/utils/core/report';
import type { LiveArticle } from '@/utils/messaging';
import type { OutletLinks as Links } from '@/utils/related/links';
import { t } from '@/utils/ui/i18n';
import LiveArticles from './LiveArticles';
import OutletEvidence from './OutletEvidence';
import OutletFacts from './OutletFacts';
import OutletIdentity from './OutletIdentity';
import OutletLinks from './OutletLinks';

/** Props for `OutletDetails`. */
export interface OutletDetailsProps {
  outlet: CitedOutlet;
  links?: Links;
  /** Live results for this outlet, when a live lookup ran. */
  liveArticles?: LiveArticle[];
  /** Called when the reader picks one credit, to scroll the page to it. */
  onFocusMention?: (mentionIndex: number) => void;
  /** Called when the reader says this outlet is not cited here ("not a citation"). */
  onDismiss?: () => void;
}

/** What an unfolded row shows: who the outlet is, every credit with its evidence, where to read more. */
export default function OutletDetails({
  outlet,
  links,
  liveArticles,
  onFocusMention,
  onDismiss,
}: OutletDetailsProps) {
  return (
    <div class="outlet-details">
      <OutletFacts outlet={outlet} />
      <OutletEvidence outlet={outlet} onFocusMention={onFocusMention} />
      {links ? <OutletLinks links={links} outletName={outlet.name} /> : null}
      {liveArticles ? <LiveArticles articles={liveArticles} /> : null}
      <OutletIdentity outlet={outlet} />
      {onDismiss ? (
        <button type="button" class="link-button dismiss-button" onClick={onDismiss}>
          {t('dismiss_credit')}
          <span class="visually-hidden"> ({outlet.name})</span>
        </button>
      ) : null}
    </div>
  );
}

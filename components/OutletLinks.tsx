import type { OutletLinks as Links } from '@/utils/related/links';
import { t } from '@/utils/ui/i18n';

/** Props for `OutletLinks`. */
export interface OutletLinksProps {
  links: Links;
  outletName: string;
}

/** Where to read the outlet's own coverage: its original report, and its reports at the time. */
export default function OutletLinks({ links, outletName }: OutletLinksProps) {
  return (
    <p class="related-links">
      <a class="related-original" href={links.original} target="_blank" rel="noopener noreferrer">
        {t('related_original')}
        <span class="visually-hidden"> ({outletName})</span>
      </a>
      {links.window ? (
        <a class="related-window" href={links.window} target="_blank" rel="noopener noreferrer">
          {t('related_window')}
          <span class="visually-hidden"> ({outletName})</span>
        </a>
      ) : null}
    </p>
  );
}

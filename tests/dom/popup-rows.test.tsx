// @vitest-environment happy-dom
// The popup's rows beyond the reference page: outlets outside the catalog, relayed credits in the
// source chain, and the reader's corrections stored per site (WXT's fake browser storage).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import ReportView from '@/components/ReportView';
import type { ArticleReport, CitedOutlet } from '@/utils/core/report';
import { getCorrections } from '@/utils/settings/corrections-store';
import { useCorrections } from '@/utils/ui/use-corrections';
import { stubI18n } from './i18n-stub';
import { referenceReport } from './reference-report';

let report: ArticleReport;
beforeAll(() => {
  stubI18n('en');
  report = referenceReport();
});
beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** An outlet the engine found in the text but the catalog does not know. */
const unlisted: CitedOutlet = {
  id: 'unlisted:westfield-courier',
  name: 'Westfield Courier',
  listed: false,
  domains: [],
  country: '',
  type: 'newspaper',
  languages: [],
  mentions: [
    {
      surface: 'Westfield Courier',
      kind: 'report',
      start: 10,
      end: 27,
      sentence: 'According to the Westfield Courier, the plant closes.',
      confidence: 0.9,
      cue: { text: 'According to', start: 0, end: 12 },
      rule: 'test',
      via: 'agence-france-presse',
    },
  ],
};

const rowIds = () =>
  [...document.querySelectorAll('[data-outlet-id]')].map((el) => el.getAttribute('data-outlet-id'));

describe('outlets the catalog does not know', () => {
  it('shows them as rows marked "not in the catalog", with a web search and no Wikidata', () => {
    render(<ReportView report={{ ...report, outlets: [...report.outlets, unlisted] }} />);
    const row = document.querySelector<HTMLElement>(`[data-outlet-id="${unlisted.id}"]`)!;
    expect(row.querySelector('.unlisted-badge')?.textContent).toBe('not in the catalog');
    expect(row.querySelector('.outlet-country')).toBeNull();
    const search = row.querySelector<HTMLAnchorElement>('a.unlisted-search')!;
    expect(new URL(search.href).searchParams.get('q')).toContain('"Westfield Courier"');
    expect(row.querySelector('a.wikidata-link')).toBeNull();
    expect(document.querySelector('.summary-profile')?.textContent).toContain('in 4 countries');
  });

  it('leaves them out when the reader hides them', () => {
    render(
      <ReportView report={{ ...report, outlets: [...report.outlets, unlisted] }} hideUnlisted />,
    );
    expect(rowIds()).not.toContain(unlisted.id);
    expect(rowIds()).toHaveLength(6);
  });

  it('draws a relayed credit under its relay in the chain, and says so in words', () => {
    render(<ReportView report={{ ...report, outlets: [...report.outlets, unlisted] }} />);
    const afp = document.querySelector('.chain-node[data-chain-id="agence-france-presse"]')!;
    expect(afp.parentElement?.querySelector('.chain-branches [data-chain-id]')?.textContent).toBe(
      'Westfield Courier',
    );
    expect(document.querySelector('.chain-text')?.textContent).toContain(
      'Agence France-Presse, citing Westfield Courier',
    );
  });
});

/** ReportView with the real corrections hook, as the popup wires it. */
function WithCorrections({ url }: { url: string }) {
  const corrections = useCorrections(url);
  return <ReportView report={report} corrections={corrections} />;
}

describe('reader corrections', () => {
  const ARTICLE = 'https://www.vietnam.vn/en/some-article';

  it('hides an outlet marked "not a citation" on that site, and shows it again on request', async () => {
    const { unmount } = render(<WithCorrections url={ARTICLE} />);
    const button = document.querySelector<HTMLButtonElement>(
      '[data-outlet-id="le-figaro"] .dismiss-button',
    )!;
    fireEvent.click(button);
    await waitFor(() => expect(rowIds()).not.toContain('le-figaro'));
    const stored = await getCorrections();
    expect(stored.sites['vietnam.vn'].dismissed[0]).toMatchObject({
      outletId: 'le-figaro',
      url: ARTICLE,
    });
    unmount();
    // Another article of the same site: still hidden. Another site: shown.
    render(<WithCorrections url="https://vietnam.vn/en/another" />);
    await screen.findByText(/1 outlet you marked/);
    expect(rowIds()).not.toContain('le-figaro');
    cleanup();
    render(<WithCorrections url="https://example.org/x" />);
    await waitFor(() => expect(rowIds()).toContain('le-figaro'));
    cleanup();
    render(<WithCorrections url={ARTICLE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show again (Le Figaro)' }));
    await waitFor(() => expect(rowIds()).toContain('le-figaro'));
  });

  it('notes a missed credit for the site', async () => {
    render(<WithCorrections url={ARTICLE} />);
    fireEvent.input(screen.getByLabelText('Outlet the article credits'), {
      target: { value: 'Nikkei' },
    });
    fireEvent.submit(screen.getByLabelText('Outlet the article credits').closest('form')!);
    await screen.findByText(/Noted: Nikkei/);
    await waitFor(async () =>
      expect((await getCorrections()).sites['vietnam.vn'].missed[0]).toMatchObject({
        outlet: 'Nikkei',
        sentence: '',
        url: ARTICLE,
      }),
    );
  });
});

// @vitest-environment happy-dom
// Renders the popup's report components in a DOM (happy-dom) with the reference page's real
// report, built by the same extraction and core the extension runs.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ReportView from '@/components/ReportView';
import { getCatalogIndex } from '@/utils/background/catalog-loader';
import { summarizeOutlet, type ArticleReport } from '@/utils/core/report';
import { stubI18n } from './i18n-stub';
import { referenceReport } from './reference-report';

let report: ArticleReport;
beforeAll(() => {
  stubI18n('en');
  report = referenceReport();
});
afterEach(cleanup);

const EXPECTED = [
  ['associated-press', 'AP', 'apnews.com'],
  ['agence-france-presse', 'AFP', 'afp.com'],
  ['the-washington-post', 'The Washington Post', 'washingtonpost.com'],
  ['le-figaro', 'Le Figaro', 'lefigaro.fr'],
  ['al-hadath', 'al-Hadath TV channel', 'alhadath.net'],
  ['reuters', 'Reuters', 'reuters.com'],
] as const;

const row = (id: string) => document.querySelector<HTMLElement>(`[data-outlet-id="${id}"]`)!;

describe('popup report on the reference page', () => {
  it('summarizes publisher, original source, count and sourcing profile', () => {
    render(<ReportView report={report} />);
    expect(document.querySelector('.summary-publisher')?.textContent).toContain('Vietnam.vn');
    expect(document.querySelector('.summary-original')?.textContent).toContain('Báo Quốc tế');
    expect(document.querySelector('.summary-count strong')?.textContent).toBe('Cites 6 outlets');
    expect(document.querySelector('.summary-profile')?.textContent).toBe(
      '7 credits to 3 news agencies, 2 newspapers, and 1 broadcaster in 4 countries',
    );
    expect(document.querySelector('.notice-single')).toBeNull();
  });

  it('shows the six cited outlets as one folded row each, in order of first credit', () => {
    render(<ReportView report={report} />);
    // Exactly one element per cited outlet carries data-outlet-id: its row (not chain nodes,
    // not the summary's publisher).
    const rows = [...document.querySelectorAll('[data-outlet-id]')];
    expect(rows.map((li) => li.getAttribute('data-outlet-id'))).toEqual(EXPECTED.map(([id]) => id));
    for (const row of rows) {
      expect(row.tagName).toBe('LI');
      expect(row.querySelector('details')?.open).toBe(false);
    }
  });

  it.each(EXPECTED)('marks %s’s name in each evidence sentence', (id, surface) => {
    render(<ReportView report={report} />);
    const mentions = row(id).querySelectorAll('.mention');
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions)
      expect(mention.querySelector('mark')?.textContent).toBe(surface);
  });

  it.each(EXPECTED)('links %s’s related coverage to its own domain', (id, _surface, domain) => {
    render(<ReportView report={report} />);
    const links = [
      ...row(id).querySelectorAll<HTMLAnchorElement>('a.related-original, a.related-window'),
    ];
    expect(links).toHaveLength(2);
    for (const a of links) {
      const url = new URL(a.href);
      const onSite = url.hostname === domain || url.hostname.endsWith(`.${domain}`);
      expect(onSite || url.searchParams.get('q')?.startsWith(`site:${domain} `)).toBe(true);
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
  });

  it('links wider coverage away from the publisher', () => {
    render(<ReportView report={report} />);
    const wider = document.querySelector<HTMLAnchorElement>('a.related-wider')!;
    expect(new URL(wider.href).searchParams.get('q')).toContain('-site:vietnam.vn');
  });

  it('shows who each outlet is', () => {
    render(<ReportView report={report} />);
    const reuters = within(row('reuters'));
    expect(reuters.getByText('news agency')).toBeTruthy();
    expect(reuters.getByText('Thomson Reuters')).toBeTruthy();
    expect(row('reuters').querySelector('[data-kind="photo"]')?.getAttribute('data-count')).toBe(
      '1',
    );
    expect(row('associated-press').querySelectorAll('.kinds .kind')).toHaveLength(2);
    expect(row('le-figaro').querySelector('.outlet-country')?.textContent).toContain('France');
  });

  it('asks the page to scroll to a credit when the reader picks it', () => {
    const onFocus = vi.fn();
    render(<ReportView report={report} onFocusMention={onFocus} />);
    const buttons = row('associated-press').querySelectorAll<HTMLButtonElement>('.mention-button');
    fireEvent.click(buttons[1]);
    expect(onFocus).toHaveBeenCalledWith(0, 1);
  });

  it('sums credits by type and by country in a strip below the list, numbers as text', () => {
    render(<ReportView report={report} />);
    const strip = screen.getByRole('region', { name: /credits by outlet type and by country/i });
    const legend = (kind: string) =>
      [...strip.querySelectorAll(`.strip-${kind} li`)].map((li) => li.textContent);
    expect(legend('type')).toEqual(['news agency 4', 'newspaper 2', 'broadcaster 1']);
    expect(legend('country')).toHaveLength(4);
    expect(strip.querySelectorAll('.strip-type .strip-segment')).toHaveLength(3);
    const list = document.querySelector('.outlets')!;
    expect(list.compareDocumentPosition(strip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('tells the source chain in words: publisher, original source, cited outlets', () => {
    render(<ReportView report={report} />);
    expect(document.querySelector('.chain-text')?.textContent).toBe(
      'Vietnam.vn republished Báo Quốc tế (The World & Vietnam Report), which cites Associated Press, ' +
        'Agence France-Presse, The Washington Post, Le Figaro, Al Hadath, and Reuters.',
    );
    expect(document.querySelectorAll('.chain [data-outlet-id]')).toHaveLength(0);
    expect(document.querySelectorAll('.chain-node[data-chain-id]')).toHaveLength(7);
  });

  it('links each outlet to its Wikidata item and says where its facts come from', () => {
    render(<ReportView report={report} />);
    const figaro = row('le-figaro');
    expect(figaro.querySelector<HTMLAnchorElement>('a.wikidata-link')?.href).toBe(
      'https://www.wikidata.org/wiki/Q216047',
    );
    expect(figaro.querySelector('.fact-sources [data-source="curated"]')?.textContent).toContain(
      'from SourceLens maintainers',
    );
    expect(figaro.querySelector('.fact-sources [data-source="wikidata"]')?.textContent).toBe(
      'owner, wikidata item: from Wikidata',
    );
    // A Wikidata id typed from memory is not in the catalog: no link rather than a wrong one.
    expect(row('associated-press').querySelector('a.wikidata-link')).toBeNull();
  });

  it('has no axe-core violations', async () => {
    const { container } = render(
      <main>
        <ReportView report={report} />
      </main>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
});

describe('popup report, other shapes', () => {
  it('says plainly when the article rests on a single outlet', () => {
    render(<ReportView report={{ ...report, outlets: report.outlets.slice(5, 6) }} />);
    expect(document.querySelector('.notice-single')?.textContent).toContain(
      'single outlet: Reuters',
    );
  });

  it('shows the no-outlets state and no chart when nothing is cited', () => {
    render(<ReportView report={{ ...report, outlets: [] }} />);
    expect(document.querySelector('.state-no-outlets')).toBeTruthy();
    expect(document.querySelector('svg[role="img"]')).toBeNull();
  });

  it('names a state affiliation and where that fact comes from', () => {
    const outlet = getCatalogIndex().catalog.outlets.find(
      (o) => o.stateAffiliation?.typology === 'SC',
    )!;
    const cited = { ...summarizeOutlet(outlet), mentions: report.outlets[0].mentions };
    render(<ReportView report={{ ...report, outlets: [cited] }} />);
    const state = row(outlet.id).querySelector('.outlet-state')!;
    expect(state.getAttribute('data-typology')).toBe('SC');
    expect(state.textContent).toBe('state-controlled (source: State Media Matrix (ASD at GMF))');
  });

  it('keeps uncertain mentions apart, without scroll buttons', () => {
    const uncertain = [
      {
        ...report.outlets[3],
        mentions: report.outlets[3].mentions.map((m) => ({ ...m, confidence: 0.3 })),
      },
    ];
    render(
      <ReportView
        report={{ ...report, outlets: report.outlets.slice(0, 3), uncertain }}
        onFocusMention={vi.fn()}
      />,
    );
    const section = document.querySelector('.uncertain')!;
    expect(section.querySelector('[data-uncertain-id="le-figaro"]')).toBeTruthy();
    expect(section.querySelector('[data-outlet-id]')).toBeNull();
    expect(section.querySelector('.mention-button')).toBeNull();
    expect(section.querySelector('mark')?.textContent).toBe('Le Figaro');
  });
});

describe('popup report in every shipped language', () => {
  afterEach(() => stubI18n('en'));

  it.each([
    ['en', '7 credits to 3 news agencies'],
    ['fr', '7 mentions de source à 3 agences de presse'],
    ['vi', '7 lần trích dẫn cho 3 hãng thông tấn'],
  ])('renders %s with no missing string', (lang, profile) => {
    stubI18n(lang);
    const uncertain = report.outlets.slice(0, 1);
    render(
      <ReportView
        report={{ ...report, uncertain }}
        live={{ status: 'error', error: 'rate-limited' }}
      />,
    );
    expect(document.querySelector('.summary-profile')?.textContent).toContain(profile);
    // A missing message shows as its key (snake_case): none may be left on screen or in labels.
    const text = [
      document.body.textContent ?? '',
      ...[...document.querySelectorAll('[aria-label], title, desc')].map(
        (el) => el.getAttribute('aria-label') ?? el.textContent ?? '',
      ),
    ].join(' ');
    expect(text.match(/\b[a-z]+(?:_[a-z]+)+\b/g)).toBeNull();
  });
});

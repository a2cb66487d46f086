/**
 * Where the catalog's facts come from: every id an outlet's `sources` may name. The build writes
 * this list into the catalog; the popup may import it to name a fact's source and link to it.
 */
import type { CatalogSource } from './catalog-schema';

export const CATALOG_SOURCES: CatalogSource[] = [
  { id: 'curated', name: 'SourceLens maintainers (hand-curated)', license: 'MIT' },
  {
    id: 'wikidata',
    name: 'Wikidata',
    url: 'https://www.wikidata.org/',
    license: 'CC0-1.0',
  },
  {
    id: 'state-media-matrix',
    name: 'ASD at GMF State Media Matrix',
    url: 'https://github.com/ASD-at-GMF/state-media-profiles',
    license: 'MIT',
  },
  {
    id: 'freebie',
    name: 'savkov/freebie news sources',
    url: 'https://github.com/savkov/freebie',
    license: 'MIT',
  },
  {
    id: 'build-heuristic',
    name: 'Inferred by the SourceLens build from the outlet name',
    license: 'MIT',
    inferred: true,
  },
  {
    id: 'inferred-cctld',
    name: "Inferred by the SourceLens build from the website's country-code domain (.de, .jp…)",
    license: 'MIT',
    inferred: true,
  },
  {
    id: 'inferred-place',
    name: 'Inferred by the SourceLens build from its place in Wikidata (the country of other papers there)',
    license: 'MIT',
    inferred: true,
  },
];

/**
 * `npm run catalog:build`: reads scripts/catalog-build/curated/*.json and the open-data copies in
 * scripts/catalog-build/sources/, writes utils/core/catalog.json (canonical formatting).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../utils/core/catalog-schema';
import { type BuildInputs, buildCatalog, type CuratedOutlet } from './build';
import { serializeCatalog } from './canonical';
import type { NameOverlay } from './overlays';
import { parseOutletTable } from './table';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** Reads every input of the build from the repository (never from outside it). */
export function readInputs(dir = here): BuildInputs {
  const curatedDir = join(dir, 'curated');
  const curated: CuratedOutlet[] = [];
  const ambiguous: BuildInputs['ambiguous'] = [];
  const nameOverlays: NameOverlay[] = [];
  const files = readdirSync(curatedDir).sort();
  for (const file of files.filter((f) => f.endsWith('.psv'))) {
    curated.push(...parseOutletTable(readFileSync(join(curatedDir, file), 'utf8'), file));
  }
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(curatedDir, file), 'utf8')) as {
      outlets?: CuratedOutlet[];
      ambiguous?: BuildInputs['ambiguous'];
      names?: NameOverlay[];
    };
    curated.push(...(doc.outlets ?? []));
    ambiguous.push(...(doc.ambiguous ?? []));
    nameOverlays.push(...(doc.names ?? []));
  }
  const read = (p: string) => readFileSync(join(dir, 'sources', p), 'utf8');
  return {
    curated,
    ambiguous,
    nameOverlays,
    stateMediaMatrixCsv: read('state-media-matrix/State_Media_Matrix.csv'),
    freebieWebsourcesCsv: read('freebie/websources.csv'),
    freebieRssCsv: read('freebie/rss_feeds.csv'),
    wikidataJsonl: read('wikidata-newspapers/wikidata-newspapers.jsonl'),
  };
}

function main(): void {
  const catalog = buildCatalog({
    ...readInputs(),
    onSkip: (m) => console.warn(`skipped ${m}`),
    onWikidata: ({ added, merged, left }) =>
      console.log(`wikidata: ${merged} merged, ${added.length} added, left out`, left),
  });
  const { errors } = parseCatalog(JSON.parse(JSON.stringify(catalog)));
  for (const e of errors) console.error(`invalid: ${e}`);
  const ids = new Set<string>();
  for (const o of catalog.outlets) {
    if (ids.has(o.id)) console.error(`duplicate id: ${o.id}`);
    ids.add(o.id);
  }
  const out = join(root, 'utils', 'core', 'catalog.json');
  writeFileSync(out, serializeCatalog(catalog));
  console.log(`wrote ${catalog.outlets.length} outlets to ${out}`);
  if (errors.length) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

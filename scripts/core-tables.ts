/**
 * Writes the tables the extension's build bundles (utils/core/core-tables.ts) for this source
 * tree and its catalog, as the source of that module, to stdout:
 *
 *   npx tsx scripts/core-tables.ts > /tmp/core-tables.js
 *
 * The build runs it (modules/core-tables.ts); nothing it writes is checked in, so a change to
 * the catalog, the names' rules or the cue patterns is in the next build's tables by itself.
 */
import rawCatalog from '../utils/core/catalog.json';
import { buildAliasIndex } from '../utils/core/alias-index';
import { writeAliasTable } from '../utils/core/alias-table';
import { parseCatalog } from '../utils/core/catalog-schema';
import type { CoreTables } from '../utils/core/core-tables';
import { cuePatterns, prefilterParts } from '../utils/core/cue-prefilter';
import { writePrefilterTable } from '../utils/core/cue-prefilter-table';

/** The tables of the shipped catalog and the cue patterns. */
export function coreTables(): CoreTables {
  // The background validates the bundled catalog the same way before indexing it.
  const { catalog } = parseCatalog(rawCatalog);
  const patterns = cuePatterns();
  return {
    aliases: writeAliasTable(buildAliasIndex(catalog), catalog),
    cues: writePrefilterTable(prefilterParts(patterns), patterns),
  };
}

/** The module's source: JSON parses faster than the same object written as code. */
export const coreTablesModule = (tables: CoreTables): string =>
  `export const CORE_TABLES = JSON.parse(${JSON.stringify(JSON.stringify(tables))});\n`;

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(coreTablesModule(coreTables()));

/**
 * Tables the extension's build computes ahead of time from this source tree, so that the
 * background does not derive them on every start (a Chrome service worker is stopped after
 * ~30 s idle and starts cold on the next article). The build (modules/core-tables.ts) replaces
 * this module with the tables `scripts/core-tables.ts` writes; everywhere else (tests, the
 * command line, the benchmark) it is null and the core builds what it needs on first use, as
 * the table's readers also do when a table does not fit what it is given.
 */
import type { AliasTable } from './alias-table';
import type { PrefilterTable } from './cue-prefilter-table';

export interface CoreTables {
  aliases: AliasTable;
  cues: PrefilterTable;
}

export const CORE_TABLES: CoreTables | null = null;

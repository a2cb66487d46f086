import { storage } from 'wxt/utils/storage';
import {
  CORRECTIONS_VERSION,
  EMPTY_CORRECTIONS,
  coerceCorrections,
  type Corrections,
} from './corrections';

/** Storage key: `local:`, never synced — corrections name pages the reader read. */
export const CORRECTIONS_KEY = 'local:sourcelens-corrections' as const;

/**
 * The corrections item. WXT records its version in a `$` meta key and runs `migrations` when a
 * stored version is older; version 1 is the first shape, so there is nothing to migrate yet, and
 * `coerceCorrections` repairs anything malformed on every read.
 */
export const correctionsItem = storage.defineItem<Corrections>(CORRECTIONS_KEY, {
  fallback: EMPTY_CORRECTIONS,
  version: CORRECTIONS_VERSION,
});

/** The stored corrections, always valid. */
export async function getCorrections(): Promise<Corrections> {
  return coerceCorrections(await correctionsItem.getValue());
}

/** Applies `change` to the stored corrections and saves the result. */
export async function updateCorrections(
  change: (c: Corrections) => Corrections,
): Promise<Corrections> {
  const next = coerceCorrections(change(await getCorrections()));
  await correctionsItem.setValue(next);
  return next;
}

/** Removes every correction. */
export const clearCorrections = () => correctionsItem.removeValue();

/** Calls `cb` whenever the corrections change (in any extension page). Returns the stopper. */
export function watchCorrections(cb: (c: Corrections) => void): () => void {
  return correctionsItem.watch((value) => cb(coerceCorrections(value)));
}

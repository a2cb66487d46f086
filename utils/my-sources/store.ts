import { storage } from 'wxt/utils/storage';
import type { ArticleReport } from '../core/report';
import {
  addArticle,
  coerceMySources,
  dayOf,
  EMPTY_MY_SOURCES,
  MAX_OUTLETS,
  MY_SOURCES_VERSION,
  type CountedArticle,
  type MySourcesData,
} from './model';

/** Storage key: `local:`, never synced to other devices. */
export const MY_SOURCES_KEY = 'local:sourcelens-my-sources' as const;

/**
 * The tally item, versioned by WXT (a `$` meta key; `migrations` run when a stored version is
 * older). Version 1 is the first shape; `coerceMySources` repairs anything malformed on read.
 */
export const mySourcesItem = storage.defineItem<MySourcesData>(MY_SOURCES_KEY, {
  fallback: EMPTY_MY_SOURCES,
  version: MY_SOURCES_VERSION,
});

/** 128 random bits as hex: the salt that makes page hashes useless off this computer. */
function newSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The salted hash that stands for a page: SHA-256 of salt + address (without its #fragment),
 * first 16 hex digits — enough to tell one reader's pages apart, too short and too salted to
 * look an address up.
 */
export async function hashPage(salt: string, url: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}\n${url.replace(/#.*$/, '')}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The fields of a report that the tally keeps (see model.ts), given the page's hash. */
export function countedArticle(report: ArticleReport, page: string, now: Date): CountedArticle {
  return {
    day: dayOf(now),
    page,
    publisher: report.publisher?.id ?? null,
    outlets: report.outlets.slice(0, MAX_OUTLETS).map((o) => ({
      id: o.id,
      kinds: [...new Set(o.mentions.map((m) => m.kind))],
    })),
  };
}

/** Counts one completed report (once per page and day). The caller checks the opt-in first. */
export async function recordArticle(report: ArticleReport, now = new Date()): Promise<void> {
  const data = coerceMySources(await mySourcesItem.getValue());
  const salt = data.salt || newSalt();
  const page = await hashPage(salt, report.url);
  await mySourcesItem.setValue(
    addArticle({ ...data, salt }, countedArticle(report, page, now), now),
  );
}

/** The stored tally, always valid. */
export async function getMySources(): Promise<MySourcesData> {
  return coerceMySources(await mySourcesItem.getValue());
}

/** Forgets everything: the articles, the salt and the item's version record. */
export const forgetMySources = () => mySourcesItem.removeValue({ removeMeta: true });

/** Calls `cb` whenever the tally changes. Returns the stopper. */
export function watchMySources(cb: (data: MySourcesData) => void): () => void {
  return mySourcesItem.watch((value) => cb(coerceMySources(value)));
}

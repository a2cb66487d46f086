/**
 * Maps the labels' canonical outlet names to catalog ids. General by design: a label name matches
 * an outlet when, folded, it equals one of the outlet's names in any language, an abbreviation,
 * a domain, or its id read as words; "The Union (Grass Valley)" also tries "The Union" narrowed
 * by "Grass Valley". Surfaces from the label are the fallback when the name matches nothing.
 */
import type { Outlet } from '../../utils/core/catalog-schema';
import { foldText } from '../../utils/core/text';

/** Folds a name for comparison: case, accents, punctuation, a leading article. */
export function foldName(name: string): string {
  return foldText(name.normalize('NFC'))
    .replace(/[’'`´]/g, "'")
    .replace(/[()[\]«»"“”„.,:;!?]/g, ' ')
    .replace(/[-‐–—_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|le|la|les|l'|el|los|las|il|lo|o|a|die|der|das) /, '');
}

/** Name lookups over the catalog, built once. */
export class OutletNames {
  private readonly byName = new Map<string, Set<string>>();
  private readonly outlets = new Map<string, Outlet>();

  constructor(outlets: Iterable<Outlet>) {
    for (const o of outlets) {
      this.outlets.set(o.id, o);
      const names = [
        o.name,
        ...Object.values(o.names).flat(),
        ...(o.abbreviations ?? []),
        ...o.domains,
        o.id,
      ];
      for (const n of names) this.add(n, o.id);
    }
  }

  private add(name: string, id: string): void {
    const key = foldName(name);
    if (!key) return;
    let set = this.byName.get(key);
    if (!set) this.byName.set(key, (set = new Set()));
    set.add(id);
  }

  /** Ids carrying exactly this (folded) name. */
  lookup(name: string): string[] {
    return [...(this.byName.get(foldName(name)) ?? [])];
  }

  /** Words that describe an outlet: names, country, id, domains (for narrowing "X (Place)"). */
  private describe(id: string): string {
    const o = this.outlets.get(id);
    if (!o) return '';
    return foldName(
      [o.name, ...Object.values(o.names).flat(), o.id, o.country, ...o.domains].join(' '),
    );
  }

  /**
   * The catalog ids a label's outlet name (and, failing that, its surfaces) stands for.
   * Empty when the catalog has no such outlet.
   */
  resolve(outlet: string, surfaces: string[] = []): string[] {
    const direct = this.lookup(outlet);
    const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(outlet);
    if (paren) {
      const [, head, qualifier] = paren;
      // "WAM (Emirates News Agency)": the qualifier may itself be a name.
      const whole = [...direct, ...this.lookup(qualifier)];
      if (whole.length) return [...new Set(whole)];
      const heads = this.lookup(head);
      const q = foldName(qualifier);
      const narrowed = heads.filter(
        (id) => this.describe(id).includes(q) || foldName(id).includes(q),
      );
      if (narrowed.length) return narrowed;
      // "La Nación (Argentina)" where the qualifier is a country name: compare with the id.
      const words = q.split(' ').filter((w) => w.length > 2);
      const byWord = heads.filter((id) =>
        words.some((w) => this.describe(id).includes(w.slice(0, 4))),
      );
      if (byWord.length) return byWord;
      if (heads.length === 1) return heads;
    }
    if (direct.length) return direct;
    const fromSurfaces = new Set<string>();
    for (const s of surfaces) for (const id of this.lookup(s)) fromSurfaces.add(id);
    return [...fromSurfaces];
  }
}

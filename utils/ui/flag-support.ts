let supported: boolean | null = null;

/**
 * True when this browser draws flag emoji in colour. Windows draws 🇺🇸 as the letters "US" and
 * Linux without an emoji font as empty boxes; there a flag would only add noise next to the
 * country's name, so it is left out. Checked once by drawing a flag on a tiny canvas and
 * looking for a coloured pixel; without a canvas (tests, Node) flags are assumed to work.
 */
export function supportsFlagEmoji(doc: Document | undefined = globalThis.document): boolean {
  if (supported !== null) return supported;
  // Drawing costs a few milliseconds of the popup's first render: the answer is kept in the
  // extension's own localStorage (no page ever sees it) and drawn again only if it is missing.
  const cached = readCache();
  supported = cached ?? detect(doc);
  if (cached === null) writeCache(supported);
  return supported;
}

const CACHE_KEY = 'sourcelens-flag-emoji';

function readCache(): boolean | null {
  try {
    const value = globalThis.localStorage?.getItem(CACHE_KEY);
    return value === '1' ? true : value === '0' ? false : null;
  } catch {
    return null;
  }
}

function writeCache(value: boolean): void {
  try {
    globalThis.localStorage?.setItem(CACHE_KEY, value ? '1' : '0');
  } catch {
    // Storage unavailable (private mode, tests): detect again next time.
  }
}

function detect(doc: Document | undefined): boolean {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    const canvas = doc?.createElement('canvas');
    if (!canvas) return true;
    canvas.width = canvas.height = 20;
    ctx = canvas.getContext('2d', { willReadFrequently: true });
  } catch {
    return true;
  }
  if (!ctx) return true;
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'top';
  ctx.font = '16px sans-serif';
  ctx.fillText('\u{1F1FA}\u{1F1F8}', 0, 0);
  const pixels = ctx.getImageData(0, 0, 20, 20).data;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
    // Monochrome fallbacks (letters, boxes) are drawn in the black fill; a flag has colour.
    if (a > 0 && (Math.abs(r - g) > 30 || Math.abs(g - b) > 30)) return true;
  }
  return false;
}

import { HOVER_CARD_STYLE } from './hover-card-style';
import { PREFIX } from './prefix';

/** What the hover card shows about one credit; every string is plain text (never markup). */
export interface HoverCardContent {
  outletName: string;
  /** "News agency · United States" */
  facts: string;
  /** "Photo credit" */
  kindLabel: string;
  /** The sentence that credits the outlet. */
  evidence: string;
  related: { href: string; label: string } | null;
  closeLabel: string;
}

/**
 * The page's hover card (the popup's card is its outlet card, components/OutletCard.tsx): one
 * element with a closed shadow root, in the page only while it is open.
 */
export interface HoverCard {
  show(content: HoverCardContent, anchor: DOMRect, options?: { focus?: boolean }): void;
  hide(): void;
  readonly isOpen: boolean;
  /** True when `node` is the card's host (events from inside a shadow root are retargeted). */
  contains(node: EventTarget | null): boolean;
}

const HOST_TAG = `${PREFIX}-card`;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text?: string,
) {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function build(doc: Document, c: HoverCardContent, onClose: () => void): HTMLElement {
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', c.outletName);
  card.tabIndex = -1;
  const head = el(doc, 'div', 'head');
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', c.closeLabel);
  close.addEventListener('click', onClose);
  head.append(el(doc, 'p', 'name', c.outletName), close);
  const facts = el(doc, 'p', 'facts');
  facts.append(el(doc, 'span', 'kind', c.kindLabel), doc.createTextNode(c.facts));
  card.append(head, facts, el(doc, 'blockquote', 'evidence', c.evidence));
  if (c.related) {
    const link = el(doc, 'a', 'related', c.related.label);
    link.href = c.related.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    card.append(link);
  }
  return card;
}

/**
 * Creates the hover card for `doc`. Its host `<sourcelens-card>` holds a closed shadow root with
 * its own style: page CSS cannot restyle it and page scripts cannot read or change it (its
 * `shadowRoot` is null to them). It is added on `show` and removed on `hide`, so the page's DOM
 * is untouched while no card is open. `onClose` runs when the reader closes it; `mode` is a
 * test seam.
 */
export function createHoverCard(
  doc: Document,
  onClose: () => void = () => {},
  mode: ShadowRootMode = 'closed',
): HoverCard {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let returnFocus: HTMLElement | null = null;
  const hide = () => {
    if (!host) return;
    const hadFocus = root?.activeElement != null || doc.activeElement === host;
    host.remove();
    host = root = null;
    if (hadFocus) returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };
  return {
    show(content, anchor, options = {}) {
      hide();
      host = doc.createElement(HOST_TAG);
      root = host.attachShadow({ mode });
      const style = doc.createElement('style');
      style.textContent = HOVER_CARD_STYLE;
      const card = build(doc, content, () => {
        hide();
        onClose();
      });
      root.append(style, card);
      const win = doc.defaultView ?? window;
      const width = Math.min(360, win.innerWidth - 16);
      const left = Math.max(8, Math.min(anchor.left, win.innerWidth - width - 8));
      host.style.left = `${left + win.scrollX}px`;
      host.style.top = `${anchor.bottom + win.scrollY + 6}px`;
      doc.documentElement.append(host);
      if (options.focus) {
        returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
        card.focus({ preventScroll: true });
      }
    },
    hide,
    get isOpen() {
      return host !== null;
    },
    contains: (node) => node !== null && node === host,
  };
}

/**
 * The hover card's own style, inside its shadow root: the page's CSS cannot reach it and ours
 * cannot leak out. `all: initial` on the host stops inherited page styles (fonts, colours) too.
 * Colours come from two custom properties, swapped for dark mode.
 */
export const HOVER_CARD_STYLE = `
:host{all:initial;position:absolute;z-index:2147483647;--fg:#111827;--bg:#fff;--dim:#4b5563;--line:#d1d5db;--link:#1d4ed8}
@media (prefers-color-scheme:dark){:host{--fg:#f3f4f6;--bg:#1f2937;--dim:#d1d5db;--line:#4b5563;--link:#93c5fd}}
.card{box-sizing:border-box;max-width:min(360px,calc(100vw - 16px));padding:12px 14px;border-radius:8px;font:14px/1.4 system-ui,sans-serif;color:var(--fg);background:var(--bg);border:1px solid var(--line);box-shadow:0 6px 24px #0003}
.head{display:flex;gap:8px}
.name{flex:1;margin:0;font-size:15px;font-weight:600}
.close{all:unset;cursor:pointer;padding:0 4px;font-size:16px;color:var(--dim)}
.facts{margin:4px 0 8px;color:var(--dim);font-size:13px}
.kind{margin-right:6px;padding:0 6px;border-radius:9px;border:1px solid var(--line)}
.evidence{margin:0 0 8px;padding-left:8px;border-left:3px solid #93c5fd;font-style:italic}
a{color:var(--link)}
:focus-visible,.card:focus{outline:2px solid #2563eb;outline-offset:2px}
`;

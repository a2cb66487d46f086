/**
 * The hover card's own style, inside its shadow root: the page's CSS cannot reach it and ours cannot
 * leak out. `all: initial` on the host stops inherited page styles (fonts, colours) too.
 */
export const HOVER_CARD_STYLE = `
:host{all:initial;position:absolute;z-index:2147483647;}
.card{box-sizing:border-box;max-width:min(360px,calc(100vw - 16px));padding:12px 14px;border-radius:8px;
  font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#fff;
  border:1px solid #d1d5db;box-shadow:0 6px 24px rgba(0,0,0,.18);}
.card:focus{outline:2px solid #2563eb;outline-offset:2px;}
.head{display:flex;align-items:start;gap:8px;}
.name{flex:1;margin:0;font-size:15px;font-weight:600;}
.close{all:unset;cursor:pointer;padding:0 4px;border-radius:4px;font-size:16px;line-height:1;color:#4b5563;}
.close:focus-visible{outline:2px solid #2563eb;}
.facts{margin:4px 0 8px;color:#4b5563;font-size:13px;}
.kind{display:inline-block;margin-right:6px;padding:0 6px;border-radius:999px;background:#e0e7ff;color:#1e3a8a;font-size:12px;}
.evidence{margin:0 0 8px;padding-left:8px;border-left:3px solid #93c5fd;font-style:italic;}
a{color:#1d4ed8;}
a:focus-visible{outline:2px solid #2563eb;}
@media (prefers-color-scheme: dark){
  .card{color:#f3f4f6;background:#1f2937;border-color:#4b5563;}
  .facts,.close{color:#d1d5db;}
  .kind{background:#1e3a8a;color:#e0e7ff;}
  a{color:#93c5fd;}
}
`;

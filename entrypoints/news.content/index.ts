import { ContentScriptContext } from './context';
import { startGate } from './gate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // The top frame only: frames hold ads and embeds, never the article a reader opened.
    // Our own context (context.ts): WXT's tells the page that an extension started.
    if (window.top === window) startGate(new ContentScriptContext());
  },
});

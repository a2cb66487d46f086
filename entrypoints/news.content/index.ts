import { startPage } from './page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The top frame only: frames hold ads and embeds, never the article a reader opened.
    if (window.top === window) startPage(ctx);
  },
});

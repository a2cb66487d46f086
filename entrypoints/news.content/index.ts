import { annotatePage } from './annotate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    annotatePage(ctx);
  },
});

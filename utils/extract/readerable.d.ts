// Readability's gate alone, without Readability itself (the package's index loads both): the
// content script that runs on every page needs only this file.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const gate: typeof isProbablyReaderable;
  export default gate;
}

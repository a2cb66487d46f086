/**
 * The only place messages between SourceLens's contexts are defined: one protocol per
 * direction, each a table of payload parsers plus the reply each message gets. The payload
 * types are inferred from the parsers, the receiver's handlers are an object keyed by message
 * name (`Handlers<P>`), and the sender is typed by the same map (`makeSender<P>`).
 *
 * - `ContentToBackground` (content-to-background.ts): untrusted, valibot schemas.
 * - `PageToBackground` (page-to-background.ts): the popup and options page, valibot schemas.
 * - `BackgroundToContent` (background-to-content.ts): plain guards (no schema library in the
 *   page), replies validated by the background.
 *
 * Adding a message: CONTRIBUTING.md, "Add a message between contexts".
 */
export * from './wire';
export * from './article';
export * from './content-to-background';
export * from './page-to-background';
export * from './background-to-content';
export * from './live-coverage';
export * from './snapshot';

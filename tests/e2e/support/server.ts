import { join } from 'node:path';
import {
  folderRoute,
  startStaticServer,
  type StaticServer,
} from '../../../scripts/static-server.mjs';
import { ROOT } from './paths';

/** URL prefix → folder served under it. Nothing else on disk is reachable. */
const ROOTS: Record<string, string> = {
  pages: join(ROOT, 'tests/fixtures/pages'),
  e2e: join(ROOT, 'tests/e2e/fixtures'),
};

/** A running fixture server: `url('pages/x/source.html')` gives the address of a fixture. */
export type FixtureServer = StaticServer;

/**
 * Serves the test fixtures on 127.0.0.1 at a random free port, so the browsers load the
 * pages over real http (content scripts only match http/https) with no network at all.
 */
export function startFixtureServer(): Promise<FixtureServer> {
  return startStaticServer(folderRoute(ROOTS));
}

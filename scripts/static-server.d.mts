/** What a route answers for a path: a file to send, or a body; null for a 404. */
export interface StaticAnswer {
  file?: string;
  body?: string | Uint8Array;
  /** Content type; by default the file name's. */
  type?: string;
  status?: number;
  headers?: Record<string, string>;
}

export type StaticRoute = (
  pathname: string,
) => StaticAnswer | null | undefined | Promise<StaticAnswer | null | undefined>;

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address of a path on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

export function contentType(file: string): string;
export function folderRoute(roots: Record<string, string>): StaticRoute;
export function startStaticServer(route: StaticRoute): Promise<StaticServer>;

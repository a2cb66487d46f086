/**
 * The wire format every direction shares: an envelope `{ type, data }`, a `Result` reply, the
 * size cap checked before anything reads a message, and the typed send, parse and dispatch
 * helpers. No schema library here: the content script uses this file on every page.
 */

/** What travels: a message name and its payload (plain JSON). */
export interface Envelope {
  type: string;
  data: unknown;
}

/** Every reply: a value, or an error string (an `Error` does not survive every transport). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A refusal, typed to fit any `Result`. */
export const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

/**
 * Reads one message's payload (or one reply's value): the typed value, or `undefined` when it is
 * invalid. JSON never carries `undefined`, so it cannot be mistaken for a valid payload.
 */
export type PayloadParser<T> = (data: unknown) => T | undefined;

/** A protocol: for each message name, its payload and the value of a successful reply. */
export type Protocol = Record<string, { payload: unknown; reply: unknown }>;

/** The protocol whose payloads are what `Parsers` return and whose replies are `Replies`. */
export type ProtocolOf<
  Parsers extends Record<string, PayloadParser<unknown>>,
  Replies extends { [M in keyof Parsers]: unknown },
> = {
  [M in keyof Parsers & string]: {
    payload: Exclude<ReturnType<Parsers[M]>, undefined>;
    reply: Replies[M];
  };
};

/** One payload parser per message of `P`. */
export type PayloadParsers<P extends Protocol> = {
  [M in keyof P & string]: PayloadParser<P[M]['payload']>;
};

/** One message of `P` (or of its names `M`), a union discriminated by `type`. */
export type Message<P extends Protocol, M extends keyof P & string = keyof P & string> = {
  [K in M]: { type: K; data: P[K]['payload'] };
}[M];

/** The receiver's side of `P`: one handler per message name, given the payload and a context. */
export type Handlers<P extends Protocol, Context> = {
  [M in keyof P & string]: (
    data: P[M]['payload'],
    context: Context,
  ) => Promise<Result<P[M]['reply']>>;
};

/** The typed reply of message `M` in `P`. */
export type ReplyTo<P extends Protocol, M extends keyof P> = Result<P[M]['reply']>;

/** Upper bound on a whole message; see `exceedsSize`. */
export const MAX_MESSAGE_SIZE = 4_000_000;

/** A plain JSON object (not null, not an array). */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * True when `value` is larger than `limit` in UTF-16 units of strings and keys (numbers count 8),
 * or nested deeper than 32 levels. Checked before any parser runs, so a page cannot make the
 * background walk a giant array or object; it stops as soon as the limit is passed (O(limit)).
 * The largest valid article (3 M of text, 20,000 blocks, metadata) stays under 4 M.
 */
export function exceedsSize(value: unknown, limit: number): boolean {
  let size = 0;
  const visit = (x: unknown, depth: number): boolean => {
    if (depth > 32) return true;
    if (typeof x === 'string') size += x.length + 2;
    else if (x === null || typeof x !== 'object') size += 8;
    else if (Array.isArray(x)) {
      // Indexed, so a giant array is left as soon as the limit is passed (for…in lists all keys first).
      for (let i = 0; i < x.length; i++) {
        size += 1;
        if (size > limit || visit(x[i], depth + 1)) return true;
      }
    } else if (isRecord(x)) {
      // Keys count too: an object with a million empty entries is still a million entries.
      for (const k of Object.keys(x)) {
        size += k.length + 2;
        if (size > limit || visit(x[k], depth + 1)) return true;
      }
    }
    return size > limit;
  };
  return visit(value, 0);
}

/** Parses the payload of message `type` (already known to be a name of `P`). */
function parseMessage<P extends Protocol, M extends keyof P & string>(
  parsers: PayloadParsers<P>,
  type: M,
  data: unknown,
): Message<P, M> | undefined {
  const payload = parsers[type](data);
  return payload === undefined ? undefined : { type, data: payload };
}

/**
 * Reads an incoming envelope of protocol `P`: the message name (own keys of `parsers` only, so
 * `__proto__` or `toString` are unknown), then its payload parser. Returns the typed message, or
 * the reason it was refused. Never throws. A receiver that hears untrusted senders checks
 * `exceedsSize` first (the background does; the content script hears only the background).
 */
export function parseEnvelope<P extends Protocol>(
  parsers: PayloadParsers<P>,
  raw: unknown,
): { ok: true; message: Message<P> } | { ok: false; error: string } {
  if (!isRecord(raw)) return refuse('Malformed message');
  const { type, data } = raw;
  const isName = (t: unknown): t is keyof P & string =>
    typeof t === 'string' && Object.prototype.hasOwnProperty.call(parsers, t);
  if (!isName(type)) return refuse('Unknown message type');
  const message = parseMessage(parsers, type, data);
  return message ? { ok: true, message } : refuse(`Invalid ${type} payload`);
}

/** Hands a parsed message to its handler; the handler's payload type follows the message name. */
export function dispatch<P extends Protocol, Context, M extends keyof P & string>(
  handlers: Handlers<P, Context>,
  message: Message<P, M>,
  context: Context,
): Promise<Result<P[M]['reply']>> {
  const handler: Handlers<P, Context>[M] = handlers[message.type];
  return handler(message.data, context);
}

/** Longest error string kept from a reply that came from a less trusted context. */
const MAX_ERROR = 500;

/**
 * Reads a reply from a less trusted context (a content script answering the background): a
 * `Result` whose value passes `parse`. Anything else becomes a refusal. Never throws.
 */
export function parseReply<T>(parse: PayloadParser<T>, raw: unknown): Result<T> {
  if (!isRecord(raw)) return refuse('No answer from the page');
  if (raw.ok === false && typeof raw.error === 'string')
    return refuse(raw.error.slice(0, MAX_ERROR));
  const value = raw.ok === true ? parse(raw.value) : undefined;
  return value === undefined ? refuse('Malformed answer from the page') : { ok: true, value };
}

/**
 * Sends one envelope and resolves with the receiver's reply. It is where the browser's untyped
 * `sendMessage` meets the protocol map, so it is typed per message: the receiver is the
 * background, whose handlers are type-checked against the same map (`Handlers<P>`).
 */
export type Transport<P extends Protocol> = <M extends keyof P & string>(
  envelope: Message<P, M>,
) => Promise<ReplyTo<P, M> | undefined>;

/** A typed send function for protocol `P`. Never throws: failures come back as refusals. */
export function makeSender<P extends Protocol>(transport: Transport<P>) {
  return async <M extends keyof P & string>(
    type: M,
    data: P[M]['payload'],
  ): Promise<ReplyTo<P, M>> => {
    try {
      const message: Message<P, M> = { type, data };
      return (await transport(message)) ?? refuse('No answer');
    } catch (e) {
      return refuse(e instanceof Error ? e.message : String(e));
    }
  };
}

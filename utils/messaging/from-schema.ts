import * as v from 'valibot';
import type { PayloadParser } from './wire';

/**
 * A payload parser from a valibot schema, for what the background and extension pages receive.
 * The content script never uses it: it would bring the schema library into every page.
 */
export function fromSchema<S extends v.GenericSchema>(schema: S): PayloadParser<v.InferOutput<S>> {
  return (data) => {
    const result = v.safeParse(schema, data);
    return result.success ? result.output : undefined;
  };
}

// Types of api-types.js for the contract test.

/** The inputs and outputs, relative to web/. */
export const files: { openapi: string; mapSchema: string; schemaTypes: string; mapTypes: string };

/** Drops the "string" alternative the server's document gives every number (see api-types.js). */
export function numbersOnly<T>(node: T): T;

/** What the generators make of the committed inputs: output path (relative to web/) → text. */
export function generate(): Promise<Record<string, string>>;

/** The committed outputs, read the same way (empty when missing). */
export function committed(): Promise<Record<string, string>>;

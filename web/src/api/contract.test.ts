import { describe, expect, it } from 'vitest';
import { committed, files, generate } from '../../scripts/api-types.js';

describe('the API contract', () => {
  // A server change that alters its OpenAPI document (written to src/api/openapi.json by the server's tests), or a
  // change to the map file format's JSON Schema, must come with regenerated types: `npm run api:types`.
  it('committed types are what the generators make of the committed OpenAPI document and map schema', async () => {
    const [made, have] = await Promise.all([generate(), committed()]);
    expect(Object.keys(made).sort()).toEqual([files.mapTypes, files.schemaTypes].sort());
    for (const [path, text] of Object.entries(made)) {
      expect(have[path], `${path} differs from what \`npm run api:types\` makes: run it and commit the result`).toBe(text);
    }
  }, 60_000);
});

// Image cells and persona photos take absolute http(s) URLs or an image stored in the workspace ("image:<id>", the
// file format's rule); anything else gets a message saying why.
import { storedImageId } from '../../../api/images';

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function checkImageUrl(input: string): UrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter the image address (https://…).' };
  if (storedImageId(text)) return { ok: true, url: text };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, message: 'That is not a full web address; it must start with https:// or http://.' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, message: `Only http and https images can be shown, not ${parsed.protocol.replace(':', '')}.` };
  }
  if (!parsed.hostname) return { ok: false, message: 'The address needs a host name.' };
  return { ok: true, url: text };
}

/** A persona photo may be left empty; when given it follows the same rule. */
export function checkOptionalImageUrl(input: string): UrlCheck | { ok: true; url: undefined } {
  return input.trim() === '' ? { ok: true, url: undefined } : checkImageUrl(input);
}

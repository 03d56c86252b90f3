const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new id in the house shape (`stp_4k9x2m7q1d`): a prefix and ten random base-36 characters. */
export function newId(prefix: 'stg' | 'stp' | 'lan' | 'per' | 'crd' | 'pp' | 'idea' | 'kpi' | 'cit'): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += alphabet[b % 36];
  return `${prefix}_${s}`;
}

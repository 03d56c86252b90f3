import { describe, expect, it } from 'vitest';
import { getJson, headerSafe, postJson, putJson, remove } from './http';

describe('headerSafe', () => {
  it('folds map text to ASCII so the summary header can be sent', () => {
    expect(headerSafe('Added step “Café – déjà vu…”')).toBe('Added step "Cafe - deja vu..."');
    expect(headerSafe('Added stage "購入"')).toBe('Added stage "??"');
    expect(headerSafe('plain')).toBe('plain');
  });
});

describe('preloaded responses', () => {
  it('uses a preloaded answer that arrived fine and sends the request when it failed', async () => {
    const calls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((url: string) => {
      calls.push(url);
      return Promise.resolve(new Response(JSON.stringify({ from: 'network' }), { status: 200 }));
    }) as typeof fetch;
    try {
      const early = Promise.resolve(new Response(JSON.stringify({ from: 'preload' }), { status: 200 }));
      expect(await getJson('/api/x', undefined, early)).toEqual({ from: 'preload' });
      expect(calls).toEqual([]);

      const failed = Promise.resolve(new Response('{}', { status: 500 }));
      expect(await getJson('/api/x', undefined, failed)).toEqual({ from: 'network' });
      const broken = Promise.reject(new Error('offline'));
      expect(await getJson('/api/y', undefined, broken)).toEqual({ from: 'network' });
      expect(calls).toEqual(['/api/x', '/api/y']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('requests', () => {
  it('send the client header with every request and a JSON type with every body', async () => {
    const sent: { method: string; headers: Record<string, string> }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((_url: string, init?: RequestInit) => {
      sent.push({ method: init?.method ?? 'GET', headers: { ...(init?.headers as Record<string, string>) } });
      return Promise.resolve(new Response('{}', { status: 200 }));
    }) as typeof fetch;
    try {
      await getJson('/api/x');
      await postJson('/api/x', { name: 'a' });
      await putJson('/api/x', { name: 'b' }, '"1"');
      await remove('/api/x', '"2"');
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent.map((s) => s.method)).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
    for (const s of sent) expect(s.headers['X-Waymark-Client']).toBe('web');
    expect(sent.map((s) => s.headers['Content-Type'])).toEqual([undefined, 'application/json', 'application/json', undefined]);
  });
});

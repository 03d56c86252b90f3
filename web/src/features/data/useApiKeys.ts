// The workspace's API keys: load, create (the secret comes back once), revoke.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiKey, CreatedApiKey } from '../../api/data';

export type KeysState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; keys: ApiKey[] };

export function useApiKeys(workspaceId: string) {
  const [state, setState] = useState<KeysState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    api.apiKeys.list(workspaceId, controller.signal)
      .then((keys) => setState({ status: 'ready', keys }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
  }, [workspaceId, version]);

  const create = useCallback(async (name: string): Promise<CreatedApiKey> => {
    const created = await api.apiKeys.create(workspaceId, name);
    reload();
    return created;
  }, [workspaceId, reload]);

  const revoke = useCallback(async (keyId: string) => {
    await api.apiKeys.revoke(workspaceId, keyId);
    reload();
  }, [workspaceId, reload]);

  return { state, reload, create, revoke };
}

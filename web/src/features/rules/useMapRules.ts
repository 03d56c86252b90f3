// A map's rules through the app's query cache: the list, and saving, switching and deleting (each asks again).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServerData } from '../../app/server/useServerData';
import { rulesApi, type Rule, type RuleRequest } from './rulesApi';

/** Under the workspace's prefix, so leaving the workspace forgets them with the rest. */
export const ruleKeys = {
  list: (ws: string, mapId: string) => ['workspace', ws, 'rules', mapId] as const,
  firings: (ws: string, mapId: string, ruleId: string) => ['workspace', ws, 'rules', mapId, 'firings', ruleId] as const,
};

export function useMapRules(workspaceId: string, mapId: string) {
  const { load, retry } = useServerData({
    key: ruleKeys.list(workspaceId, mapId),
    fetch: (signal) => rulesApi.list(workspaceId, mapId, signal),
    refreshEvery: 30_000, // "last fired" and the day's firings move while the panel is open
  });
  const client = useQueryClient();
  const onSuccess = () => { void client.invalidateQueries({ queryKey: ruleKeys.list(workspaceId, mapId) }); };
  const save = useMutation({
    mutationFn: ({ ruleId, rule }: { ruleId?: string; rule: RuleRequest }) =>
      (ruleId ? rulesApi.update(workspaceId, mapId, ruleId, rule) : rulesApi.create(workspaceId, mapId, rule)),
    onSuccess,
  });
  const remove = useMutation({ mutationFn: (ruleId: string) => rulesApi.remove(workspaceId, mapId, ruleId), onSuccess });
  const switchRule = (rule: Rule, enabled: boolean) => save.mutateAsync({ ruleId: rule.id, rule: { ...requestFromRule(rule), enabled } });
  return { load, retry, save: save.mutateAsync, remove: remove.mutateAsync, switchRule };
}

/** A saved rule as the request that saves it again unchanged (the PUT takes the whole rule). */
export function requestFromRule(rule: Rule): RuleRequest {
  const { name, enabled, trigger, conditions, frequency, actions } = rule;
  return { name, enabled, trigger, conditions, frequency, actions };
}

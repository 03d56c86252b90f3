// The workspace's members and (for owners) its open invitations; each change asks for both lists again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type MemberRole } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useMembers(workspaceId: string) {
  return useServerData({ key: keys.members(workspaceId), fetch: (signal) => api.members.list(workspaceId, signal) });
}

export function useInvitations(workspaceId: string, enabled: boolean) {
  return useServerData({ key: keys.invitations(workspaceId), fetch: (signal) => api.invitations.list(workspaceId, signal), enabled });
}

export function useMemberChanges(workspaceId: string) {
  const client = useQueryClient();
  const onSuccess = () => Promise.all([
    client.invalidateQueries({ queryKey: keys.members(workspaceId) }),
    client.invalidateQueries({ queryKey: keys.invitations(workspaceId) }),
  ]);
  const changeRole = useMutation({ mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) => api.members.changeRole(workspaceId, userId, role), onSuccess });
  const remove = useMutation({ mutationFn: (userId: string) => api.members.remove(workspaceId, userId), onSuccess });
  const invite = useMutation({ mutationFn: (request: Parameters<typeof api.invitations.create>[1]) => api.invitations.create(workspaceId, request), onSuccess });
  const revoke = useMutation({ mutationFn: (invitationId: string) => api.invitations.revoke(workspaceId, invitationId), onSuccess });
  const leave = useMutation({ mutationFn: () => api.members.leave(workspaceId) });
  return {
    changeRole: changeRole.mutateAsync, remove: remove.mutateAsync, invite: invite.mutateAsync, revoke: revoke.mutateAsync, leave: leave.mutateAsync,
  };
}

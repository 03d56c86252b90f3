// The template list, and each template's full document (kept for the session: templates do not change; a failed
// read is not kept, so the next look tries again).
import { api } from '../../api/client';
import { keys } from '../../app/server/keys';
import { useServerData } from '../../app/server/useServerData';

export function useTemplates() {
  return useServerData({ key: keys.templates(), fetch: (signal) => api.templates.list(signal) });
}

export function useTemplateDocument(id: string) {
  return useServerData({ key: keys.template(id), fetch: () => api.templates.get(id), keepFor: Infinity });
}

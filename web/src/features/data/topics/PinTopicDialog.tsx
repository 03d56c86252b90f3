// "Pin to pain point…": choose a map and a step, then one of the step's pain points or a new one; the pain point's
// link to a feedback topic (the one its card shows and "Where it hurts" measures) is set to this topic. The map is
// read fresh and saved with its ETag, as any edit; a change made meanwhile elsewhere is read again once.
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { ApiError } from '../../../api/http';
import type { JourneyMap } from '../../../api/model';
import { hrefOf } from '../../../app/router';
import { useWorkspace } from '../../../app/workspace';
import { Dialog } from '../../../ui/Dialog';
import { Spinner } from '../../../ui/States';
import { stepsOf } from '../../map/state/queries';
import { painPointsAt, pinTopic, type PinTarget } from './pinTopic';
import type { Topic } from './useTopics';
import styles from './Topics.module.css';

type MapSummary = { id: string; name: string };

export function PinTopicDialog({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const workspace = useWorkspace();
  const [maps, setMaps] = useState<MapSummary[] | null>(null);
  const [mapId, setMapId] = useState('');
  const [loaded, setLoaded] = useState<JourneyMap | null>(null);
  const [stepId, setStepId] = useState('');
  const [choice, setChoice] = useState('new');
  const [text, setText] = useState(topic.label);
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false });
  useEffect(() => {
    const abort = new AbortController();
    api.maps.list(workspace.id, abort.signal).then((list) => {
      const items = (list as unknown as MapSummary[]).map((m) => ({ id: m.id, name: m.name }));
      setMaps(items);
      setMapId((current) => current || items[0]?.id || '');
    }, (e: unknown) => { if (!abort.signal.aborted) setState({ busy: false, error: message(e) }); });
    return () => abort.abort();
  }, [workspace.id]);
  useEffect(() => {
    if (!mapId) return;
    const abort = new AbortController();
    api.maps.get(workspace.id, mapId, abort.signal).then(({ value }) => {
      setLoaded(value);
      setStepId(stepsOf(value)[0]?.step.id ?? '');
      setChoice('new');
    }, (e: unknown) => { if (!abort.signal.aborted) setState({ busy: false, error: message(e) }); });
    return () => abort.abort();
  }, [workspace.id, mapId]);
  // The map shown is the one chosen: one loaded for an earlier choice waits for the new one (choosing the same map
  // again once it had loaded left the dialog loading for ever when the choice cleared the map).
  const map = loaded && loaded.id === mapId ? loaded : null;
  const points = map && stepId ? painPointsAt(map, stepId) : [];
  const target: PinTarget = choice === 'new' ? { kind: 'new', text } : { kind: 'existing', pointId: choice };
  const pin = async () => {
    setState({ busy: true });
    try {
      const stepName = stepsOf(map!).find((r) => r.step.id === stepId)?.step.name ?? stepId;
      const summary = `Pinned the topic “${topic.label}” to a pain point at ${stepName}`;
      for (let attempt = 0; ; attempt++) {
        const fresh = await api.maps.get(workspace.id, mapId);
        try {
          await api.maps.save(workspace.id, pinTopic(fresh.value, stepId, topic.phrase, target).map, fresh.etag, summary);
          break;
        } catch (e) {
          if (!(e instanceof ApiError && e.status === 412) || attempt > 0) throw e;
        }
      }
      setState({ busy: false, done: `Pinned “${topic.label}” to a pain point at ${stepName}. The card shows the link and “Where it hurts” measures it.` });
    } catch (e) {
      setState({ busy: false, error: message(e) });
    }
  };
  const footer = state.done
    ? (
      <>
        <a className="btn" href={hrefOf({ page: 'map', mapId })} data-testid="pin-open-map">Open the map</a>
        <button type="button" className="btn btn-primary" onClick={onClose}>Done</button>
      </>
    )
    : (
      <>
        <button type="button" className="btn" onClick={onClose}>Cancel</button>
        <button type="button" className="btn btn-primary" data-testid="pin-save" onClick={() => void pin()}
          disabled={state.busy || !map || !stepId || (choice === 'new' && !text.trim())}>
          Pin
        </button>
      </>
    );
  return (
    <Dialog title={`Pin “${topic.label}” to a pain point`} open onClose={onClose} footer={footer}>
      <div data-testid="pin-dialog">
        {maps === null && !state.error && <Spinner label="Loading the maps" />}
        {maps?.length === 0 && <p className="muted">The workspace has no map yet.</p>}
        {maps && maps.length > 0 && (
          <>
            <label className={styles.field}>
              Map
              <select className="select" value={mapId} data-testid="pin-map" onChange={(e) => setMapId(e.target.value)} disabled={!!state.done}>
                {maps.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </select>
            </label>
            {!map ? <Spinner label="Loading the map" /> : (
              <>
                <label className={styles.field}>
                  Step
                  <select className="select" value={stepId} data-testid="pin-step" disabled={!!state.done}
                    onChange={(e) => { setStepId(e.target.value); setChoice('new'); }}>
                    {stepsOf(map).map((r) => <option key={r.step.id} value={r.step.id}>{r.stage.name} · {r.step.name}</option>)}
                  </select>
                </label>
                <fieldset className={styles.field} disabled={!!state.done}>
                  <legend>Pain point</legend>
                  <ul className={styles.choices}>
                    {points.map(({ point }) => (
                      <li key={point.id}>
                        <label>
                          <input type="radio" name="pin-point" value={point.id} checked={choice === point.id} data-testid="pin-existing"
                            onChange={() => setChoice(point.id)} />
                          <span>{point.text}{point.linkedTopic ? <span className="muted"> (now linked to “{point.linkedTopic}”)</span> : null}</span>
                        </label>
                      </li>
                    ))}
                    <li>
                      <label>
                        <input type="radio" name="pin-point" value="new" checked={choice === 'new'} data-testid="pin-new" onChange={() => setChoice('new')} />
                        <span>A new pain point</span>
                      </label>
                      {choice === 'new' && (
                        <input className="input" value={text} maxLength={500} data-testid="pin-new-text" aria-label="The new pain point's text"
                          onChange={(e) => setText(e.target.value)} />
                      )}
                    </li>
                  </ul>
                </fieldset>
              </>
            )}
          </>
        )}
        {state.error && <p className={styles.error} role="alert">{state.error}</p>}
        {state.done && <p className={styles.done} role="status" data-testid="pin-done">{state.done}</p>}
      </div>
    </Dialog>
  );
}

function message(e: unknown): string {
  return e instanceof ApiError ? e.messages.join(' ') : String(e);
}

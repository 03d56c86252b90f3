// A small map builder for the state tests.
import type { JourneyMap } from '../../../api/model';

export function sampleMap(): JourneyMap {
  return {
    schemaVersion: 1,
    id: 'map_t',
    name: 'Trial',
    kind: 'currentState',
    emotionScale: '-2..2',
    personas: [
      { id: 'per_ana', name: 'Ana', color: '#3a6ea5' },
      { id: 'per_bo', name: 'Bo', color: '#b5477a' },
    ],
    stages: [
      { id: 'stg_a', name: 'Discover', steps: [{ id: 'stp_1', name: 'Searches' }, { id: 'stp_2', name: 'Reads' }] },
      { id: 'stg_b', name: 'Buy', steps: [{ id: 'stp_3', name: 'Pays' }] },
    ],
    lanes: [
      { id: 'lan_t', kind: 'thoughts', title: 'Thinks', cells: { stp_1: { text: 'hm' }, stp_3: { text: 'ok' } } },
      {
        id: 'lan_e', kind: 'emotionCurve', title: 'Emotion',
        cells: { stp_1: { emotions: [{ score: 1 }, { score: -1, personaId: 'per_bo' }] }, stp_2: { emotions: [{ score: 0, personaId: 'per_bo' }] } },
      },
      { id: 'lan_p', kind: 'painPoints', title: 'Pain', personaId: 'per_bo' },
    ],
  };
}

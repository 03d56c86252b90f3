// A big journey map for the editor benchmark: STAGES x STEPS_PER_STAGE steps, one lane of each kind below, every
// cell filled the way a real workshop map would be (see docs/file-format.md for what each lane kind holds).

const channels = ['web', 'mobileApp', 'email', 'phone', 'chat', 'social', 'store', 'mail', 'ads', 'partner'];
const colors = ['yellow', 'orange', 'red', 'pink', 'purple', 'blue', 'teal', 'green', 'grey'];
const levels = ['low', 'medium', 'high'];
const impacts = ['trivial', 'needsWorkaround', 'abandons'];
const words = ('customer compares plans reads reviews asks support waits for email signs in uploads documents pays ' +
  'invites team checks status gets confused finds answer shares feedback renews cancels calls branch').split(' ');

// The 15 lanes: the first is plain text, the one the edit benchmark types into.
export const laneKinds = [
  'text', 'actions', 'touchpoints', 'channels', 'thoughts', 'feelings', 'emotionCurve', 'painPoints',
  'ideas', 'momentsOfTruth', 'kpis', 'frontstage', 'backstage', 'supportProcesses', 'questions',
];

/** Deterministic pseudo-random numbers, so every run draws the same map. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function bigMap({ id, name, stages = 6, stepsPerStage = 10, seed = 42 }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');
  const text = (n) => { const s = sentence(n); return s[0].toUpperCase() + s.slice(1); };

  const stageList = Array.from({ length: stages }, (_, s) => ({
    id: `stg_${s}`,
    name: `Stage ${s + 1}`,
    goal: text(6),
    steps: Array.from({ length: stepsPerStage }, (_, k) => ({ id: `stp_${s}_${k}`, name: text(3) })),
  }));
  const steps = stageList.flatMap((s) => s.steps);

  const cellFor = (kind, laneIndex, stepIndex) => {
    const uid = `${laneIndex}_${stepIndex}`;
    switch (kind) {
      case 'channels': return { channels: [pick(channels), pick(channels)].filter((c, i, a) => a.indexOf(c) === i) };
      case 'touchpoints': return { text: text(5), channels: [pick(channels)], owner: 'Digital team' };
      case 'emotionCurve': return { emotions: [{ score: Math.floor(rnd() * 5) - 2, label: pick(['calm', 'annoyed', 'happy', 'unsure', 'relieved']) }] };
      case 'painPoints': return { painPoints: [{ id: `pp_${uid}`, text: text(7), impact: pick(impacts) }] };
      case 'ideas': return {
        ideas: [{ id: `idea_${uid}`, text: text(6), votes: Math.floor(rnd() * 20), desirable: 1 + Math.floor(rnd() * 5),
          feasible: 1 + Math.floor(rnd() * 5), viable: 1 + Math.floor(rnd() * 5), effort: pick(levels), impact: pick(levels) }],
      };
      case 'momentsOfTruth': return stepIndex % 7 === 0 ? { momentOfTruth: { note: text(8) } } : null;
      case 'kpis': return { kpis: [{ metric: text(3), target: Math.floor(rnd() * 100), unit: '%' }] };
      case 'frontstage': case 'backstage': case 'supportProcesses': return { text: text(6), owner: pick(['Support', 'Ops', 'Sales']) };
      case 'thoughts': case 'questions': return {
        cards: [{ id: `crd_${uid}_a`, text: text(5), color: pick(colors) }, { id: `crd_${uid}_b`, text: text(4), color: pick(colors) }],
      };
      default: return { text: text(8) };
    }
  };

  const lanes = laneKinds.map((kind, laneIndex) => {
    const cells = {};
    steps.forEach((step, stepIndex) => {
      const cell = cellFor(kind, laneIndex, stepIndex);
      if (cell) cells[step.id] = cell;
    });
    return { id: `lan_${kind}`, kind, title: kind[0].toUpperCase() + kind.slice(1), cells };
  });

  return { schemaVersion: 1, id, name, kind: 'currentState', emotionScale: '-2..2', stages: stageList, lanes };
}

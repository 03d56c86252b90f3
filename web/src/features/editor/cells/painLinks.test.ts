import { describe, expect, it } from 'vitest';
import type { PainPoint } from '../../../api/model';
import { record, redo, startHistory, undo } from '../../map/state/history';
import { sampleMap } from '../../map/state/testMaps';
import { cleanPainLink, describePainLink, painLinkOf, withPainLink } from './painLinks';

const point: PainPoint = { id: 'pp_1', text: 'Import fails', impact: 'abandons' };

describe('pain point links', () => {
  it('links to a topic or an activity, one at a time', () => {
    const topic = withPainLink(point, 'topic', 'csv import');
    expect(topic).toEqual({ ...point, linkedTopic: 'csv import' });
    const activity = withPainLink(topic, 'activity', 'Import failed');
    expect(activity).toEqual({ ...point, linkedActivity: 'Import failed' });
    expect(withPainLink(activity, 'none', 'x')).toEqual(point);
    expect(painLinkOf(activity)).toEqual({ kind: 'activity', value: 'Import failed' });
    expect(painLinkOf(point)).toEqual({ kind: 'none', value: '' });
    expect(describePainLink(topic)).toBe('Measured by the feedback topic “csv import”');
  });

  it('keeps what is typed while editing and stores it trimmed, leaving a blank link out', () => {
    const typing = withPainLink(point, 'topic', 'csv ');
    expect(typing.linkedTopic).toBe('csv ');
    expect(cleanPainLink(withPainLink(point, 'topic', '  csv   import '))).toEqual({ ...point, linkedTopic: 'csv import' });
    expect(cleanPainLink(withPainLink(point, 'topic', '   '))).toEqual(point);
    expect(withPainLink(point, 'topic', 'y'.repeat(300)).linkedTopic).toHaveLength(200);
  });

  it('saves through the cell edit, undone and redone as one step', () => {
    const linked = cleanPainLink(withPainLink(point, 'activity', 'Import failed'));
    let h = startHistory(sampleMap());
    h = record(h, { type: 'setCell', laneId: 'lan_p', stepId: 'stp_2', cell: { painPoints: [point] } });
    h = record(h, { type: 'setCell', laneId: 'lan_p', stepId: 'stp_2', cell: { painPoints: [linked] } });
    const stored = () => h.present.lanes!.find((l) => l.id === 'lan_p')!.cells?.stp_2?.painPoints?.[0];
    expect(stored()?.linkedActivity).toBe('Import failed');
    h = undo(h);
    expect(stored()).toEqual(point);
    h = redo(h);
    expect(stored()).toEqual(linked);
  });
});

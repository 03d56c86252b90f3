// The workspace's topics: the key phrases customers use, most mentioned first, with what the team made of them —
// renamed, merged (a merged topic counts each item once), hidden — and a way to pin one to a pain point on a map.
// What changes here changes everywhere topics are shown: the steps' topics, "Where it hurts" and the report.
//
// data-testid: topics-panel, topic-row (data-phrase, data-label, data-count), topic-select, topic-rename,
// topic-label-input, topic-rename-save, topic-hide, topic-split, topic-pin, topics-merge-bar, topics-merge-into,
// topics-merge, topics-hidden, topic-show, topics-error.
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { useCan, useWorkspace } from '../../../app/workspace';
import { EmptyState, LoadView } from '../../../ui/States';
import { count } from '../uploadFlow';
import { PinTopicDialog } from './PinTopicDialog';
import { TopicRow } from './TopicRow';
import { useTopics, type Topic } from './useTopics';
import styles from './Topics.module.css';

export function TopicsPanel() {
  const workspace = useWorkspace();
  const canEdit = useCan('editor');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const topics = useTopics(workspace.id, search);
  // The list asks again a moment after the last keystroke.
  useEffect(() => {
    if (typed === search) return;
    const timer = setTimeout(() => setSearch(typed), 250);
    return () => clearTimeout(timer);
  }, [typed, search]);
  const [selected, setSelected] = useState<string[]>([]);
  const [into, setInto] = useState<string>('');
  const [pinning, setPinning] = useState<Topic | null>(null);
  const toggle = (phrase: string) => setSelected((s) => (s.includes(phrase) ? s.filter((p) => p !== phrase) : [...s, phrase]));
  const target = selected.includes(into) ? into : selected[0] ?? '';
  const merge = async (list: Topic[]) => {
    const label = list.find((t) => t.phrase === target)?.label;
    if (await topics.change('The topics could not be merged', () => api.topics.merge(workspace.id, selected, target, label))) setSelected([]);
  };
  return (
    <section className={styles.card} aria-labelledby="topics-title" data-testid="topics-panel">
      <header className={styles.head}>
        <div>
          <h2 id="topics-title">Topics</h2>
          <p className="muted">The phrases customers use, most mentioned first. Rename, merge or hide one and every map, finding and report shows it the same way.</p>
        </div>
        <input type="search" className={`input ${styles.search}`} placeholder="Find a topic" aria-label="Find a topic" value={typed}
          data-testid="topics-search" onChange={(e) => setTyped(e.target.value)} />
      </header>
      {topics.error && <p className={styles.error} role="alert" data-testid="topics-error">{topics.error}</p>}
      <LoadView load={topics.load} loading="Finding the topics" errorTitle="The topics could not be loaded" onRetry={topics.retry}>
        {(list) => (list.topics.length === 0 && list.hidden.length === 0
          ? (search
            ? <EmptyState title="No topic matches">No topic’s phrase or name contains “{search}”.</EmptyState>
            : <EmptyState title="No topics yet">Topics appear once the workspace has feedback with text.</EmptyState>)
          : (
            <>
              {canEdit && selected.length > 0 && (
                <div className={styles.mergeBar} data-testid="topics-merge-bar" role="group" aria-label="Merge the selected topics">
                  <span>{count(selected.length, 'topic')} selected</span>
                  <label className={styles.inline}>
                    Merge into
                    <select className="select" value={target} data-testid="topics-merge-into" onChange={(e) => setInto(e.target.value)}>
                      {selected.map((p) => <option key={p} value={p}>{list.topics.find((t) => t.phrase === p)?.label ?? p}</option>)}
                    </select>
                  </label>
                  <button type="button" className="btn btn-primary btn-sm" data-testid="topics-merge" disabled={selected.length < 2 || topics.busy}
                    onClick={() => void merge(list.topics)}>
                    Merge
                  </button>
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() => setSelected([])}>Clear</button>
                </div>
              )}
              <ol className={styles.list} aria-label="Topics, most mentioned first">
                {list.topics.map((t) => (
                  <TopicRow key={t.phrase} topic={t} canEdit={canEdit} busy={topics.busy} selected={selected.includes(t.phrase)}
                    onSelect={() => toggle(t.phrase)} change={topics.change} onPin={() => setPinning(t)} />
                ))}
              </ol>
              <p className={`muted ${styles.foot}`}>{count(list.items, 'item')} read; a merged topic counts an item once however many of its phrases it uses.</p>
              {list.hidden.length > 0 && (
                <details className={styles.hidden} data-testid="topics-hidden">
                  <summary>Hidden topics ({list.hidden.length})</summary>
                  <ul>
                    {list.hidden.map((h) => (
                      <li key={h.phrase}>
                        <span>{h.label}</span>
                        {canEdit && (
                          <button type="button" className="btn btn-ghost btn-sm" data-testid="topic-show" disabled={topics.busy}
                            onClick={() => void topics.change('The topic could not be shown', () => api.topics.hide(workspace.id, h.phrase, false))}>
                            Show again
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          ))}
      </LoadView>
      {pinning && <PinTopicDialog topic={pinning} onClose={() => setPinning(null)} />}
    </section>
  );
}

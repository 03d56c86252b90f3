// The Feedback tab's explorer: search what customers said (words and "phrases"), filter by every condition, read the
// matches with the words marked, page through all of them, select items (shift-click for a range, or every item
// matching) and tag them. The view lives in the address, so a link opens the same view.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../../api/client';
import { feedbackTagsChanged } from '../../../app/server/keys';
import { useWorkspace } from '../../../app/workspace';
import { isBusy, valueOf } from '../../../ui/load';
import { EmptyState, ErrorState, Spinner } from '../../../ui/States';
import { ExplorerFilters } from './ExplorerFilters';
import { ExplorerItem, type FeedbackHit } from './ExplorerItem';
import { conditionCount, filterSearch, rangeIds, rangeText, sorts, type ExplorerState } from './explorerState';
import { TagMenu } from './TagMenu';
import { pageSize, useExplorerData } from './useExplorerData';
import { useExplorerUrl } from './useExplorerUrl';
import styles from './Explorer.module.css';

const sortLabels: Record<(typeof sorts)[number], string> = {
  newest: 'Newest first', oldest: 'Oldest first', 'score-high': 'Highest score first', 'score-low': 'Lowest score first',
};

interface Props {
  /** An editor or owner: items can be selected and tagged. */
  canTag: boolean;
  /** Actions another feature adds to each item (topics: "pin to a pain point"). */
  itemActions?: (item: FeedbackHit) => ReactNode;
  /** Actions another feature adds to the selection bar (topics: merge, rename). */
  selectionActions?: ReactNode;
}

export function FeedbackExplorer({ canTag, itemActions, selectionActions }: Props) {
  const workspace = useWorkspace();
  const client = useQueryClient();
  const [state, setState] = useExplorerUrl();
  const [typed, setTyped] = useState(state.q);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [anchor, setAnchor] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const search = filterSearch(state);
  const data = useExplorerData(workspace.id, search, state.sort, offset, state.map);
  const result = valueOf(data.page.load);

  const change = (next: ExplorerState) => {
    setState(next);
    setOffset(0);
    setSelected(new Set());
    setAllMatching(false);
  };
  // Words changed from outside the box (a chip removed, "Clear all", the reader going back) show in the box.
  const [shownQ, setShownQ] = useState(state.q);
  if (shownQ !== state.q) {
    setShownQ(state.q);
    setTyped(state.q);
  }
  // The search runs a moment after the last keystroke (the timer is re-armed on every render while they differ).
  useEffect(() => {
    if (typed === state.q) return;
    const timer = setTimeout(() => change({ ...state, q: typed }), 250);
    return () => clearTimeout(timer);
  });

  const ids = useMemo(() => result?.items.map((i) => i.id) ?? [], [result]);
  const select = (id: string, range: boolean) => {
    setAllMatching(false);
    const next = new Set(selected);
    const chosen = range ? rangeIds(ids, anchor, id) : [id];
    const on = !selected.has(id);
    for (const c of chosen) if (on) next.add(c); else next.delete(c);
    setSelected(next);
    setAnchor(id);
  };
  const pageAll = ids.length > 0 && ids.every((i) => selected.has(i));
  const what = allMatching ? `all ${result?.total.toLocaleString('en-US') ?? ''} matching` : `${selected.size} item${selected.size === 1 ? '' : 's'}`;
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setNote(await work());
      await feedbackTagsChanged(client, workspace.id);
    } catch (e) {
      setNote(e instanceof Error ? e.message : 'The tags could not be changed');
    } finally {
      setBusy(false);
    }
  };
  const target = () => (allMatching ? { filter: search } : { ids: [...selected] });
  const apply = (tagId: string, add: boolean) => void run(async () => {
    const r = add ? await api.feedback.tags.tag(workspace.id, tagId, target()) : await api.feedback.tags.untag(workspace.id, tagId, target());
    const name = data.tags.find((t) => t.id === tagId)?.name ?? 'the tag';
    return add ? `Tagged ${r.changed.toLocaleString('en-US')} item${r.changed === 1 ? '' : 's'} “${name}” (${r.count.toLocaleString('en-US')} in all).`
      : `Took “${name}” off ${r.changed.toLocaleString('en-US')} item${r.changed === 1 ? '' : 's'}.`;
  });
  const create = (name: string) => void run(async () => {
    const tag = await api.feedback.tags.create(workspace.id, name);
    const r = await api.feedback.tags.tag(workspace.id, tag.id, target());
    return `Tagged ${r.changed.toLocaleString('en-US')} item${r.changed === 1 ? '' : 's'} “${tag.name}”.`;
  });
  const stepName = (id: string) => data.steps.find((s) => s.id === id)?.name ?? id;
  const tagName = (id: string) => data.tags.find((t) => t.id === id)?.name ?? id;
  const hasSelection = allMatching || selected.size > 0;

  return (
    <section className={styles.explorer} aria-labelledby="explorer-title" data-testid="explorer">
      <header className={styles.head}>
        <div>
          <h2 id="explorer-title">Explore feedback</h2>
          <p className="muted">Search every item, filter, and tag what you find; a tag shows on the map’s steps with its quotes.</p>
        </div>
        <select className={`select ${styles.small}`} aria-label="Order" value={state.sort} data-testid="explorer-sort"
          onChange={(e) => change({ ...state, sort: e.target.value as ExplorerState['sort'] })}>
          {sorts.map((s) => <option key={s} value={s}>{sortLabels[s]}</option>)}
        </select>
      </header>
      <form role="search" className={styles.searchRow} onSubmit={(e) => { e.preventDefault(); change({ ...state, q: typed }); }}>
        <input type="search" className={`input ${styles.search}`} placeholder='Search words or "a phrase"' aria-label="Search feedback"
          value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="explorer-search" />
        {isBusy(data.page.load) && <Spinner label="Searching" />}
      </form>
      <ExplorerFilters state={state} onChange={change} facets={result?.facets} maps={data.maps} steps={data.steps} segments={data.segments} tags={data.tags} />
      <div className={styles.bar} data-testid="explorer-bar">
        {canTag && result && result.items.length > 0 && (
          <label className={styles.pageAll}>
            <input type="checkbox" checked={pageAll || allMatching} data-testid="explorer-select-page"
              onChange={() => { setAllMatching(false); setSelected(pageAll ? new Set() : new Set(ids)); }} />
            <span className="visually-hidden">Select this page</span>
          </label>
        )}
        <span className={styles.range} data-testid="explorer-range" aria-live="polite">
          {result ? rangeText(offset, result.items.length, result.total) : ' '}
        </span>
        {canTag && result && result.total > result.items.length && pageAll && !allMatching && (
          <button type="button" className="btn btn-sm btn-ghost" data-testid="explorer-select-all" onClick={() => setAllMatching(true)}>
            Select all {result.total.toLocaleString('en-US')} matching
          </button>
        )}
        {canTag && hasSelection && (
          <>
            <TagMenu tags={data.tags} what={what} busy={busy} onApply={apply} onCreate={create}
              onRename={(id, name) => void run(async () => { await api.feedback.tags.rename(workspace.id, id, name); return `Renamed the tag to “${name}”.`; })}
              onDelete={(id) => void run(async () => { await api.feedback.tags.remove(workspace.id, id); return 'Deleted the tag.'; })} />
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => { setSelected(new Set()); setAllMatching(false); }}>Clear selection</button>
          </>
        )}
        {selectionActions}
        <span className={styles.note} role="status" data-testid="explorer-note">{note}</span>
      </div>
      <Results load={data.page.load} retry={data.page.retry} filtered={conditionCount(state) > 0}>
        {(items) => (
          <ul className={styles.list} aria-label="Feedback items">
            {items.map((item) => (
              <ExplorerItem key={item.id} item={item} selectable={canTag} selected={allMatching || selected.has(item.id)} onSelect={select}
                stepName={stepName} tagName={tagName} actions={itemActions?.(item)} />
            ))}
          </ul>
        )}
      </Results>
      {result && result.total > pageSize && (
        <nav className={styles.pager} aria-label="Pages">
          <button type="button" className="btn btn-sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>Previous</button>
          <span className="muted">{rangeText(offset, result.items.length, result.total)}</span>
          <button type="button" className="btn btn-sm" disabled={offset + pageSize >= result.total} data-testid="explorer-next"
            onClick={() => setOffset(offset + pageSize)}>Next</button>
        </nav>
      )}
    </section>
  );
}

function Results({ load, retry, filtered, children }: {
  load: ReturnType<typeof useExplorerData>['page']['load'];
  retry: () => void;
  filtered: boolean;
  children: (items: FeedbackHit[]) => ReactNode;
}) {
  if (load.state === 'error') return <ErrorState title="The feedback could not be searched" error={load.error} onRetry={retry} />;
  if (load.state === 'invalid') return <ErrorState title="This search cannot be run" error={new Error(load.message)} />;
  if (load.state !== 'ready') return <div className={styles.loading}><Spinner label="Loading the feedback" /></div>;
  if (load.value.items.length === 0) {
    return (
      <EmptyState title={filtered ? 'Nothing matches' : 'No feedback yet'}>
        {filtered ? 'No item matches every condition. Remove a condition or search other words.' : 'Feedback shows here once it is uploaded or sent live.'}
      </EmptyState>
    );
  }
  return <>{children(load.value.items)}</>;
}

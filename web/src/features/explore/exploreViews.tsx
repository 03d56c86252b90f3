// The Explore page's views, in tab order. Each view is its own folder (funnels/, paths/, process/, retention/,
// trends/) and is listed here once; a view not listed yet is "not found" at its address.
import type { ReactNode } from 'react';
import type { ExploreView } from '../../app/router';
import type { ExploreQuery, ExploreScope } from './exploreScope';
import { FunnelView } from './funnels/FunnelView';
import { PathsView } from './paths/PathsView';
import { ProcessView } from './process/ProcessView';

export interface ExploreViewProps {
  scope: ExploreScope;
  /** The scope as the API's query, for the current moment. */
  query: ExploreQuery;
}

export interface ExploreViewEntry {
  id: ExploreView;
  label: string;
  /** One line under the tabs saying what the view answers. */
  question: string;
  render: (props: ExploreViewProps) => ReactNode;
}

export const exploreViews: ExploreViewEntry[] = [
  {
    id: 'funnels', label: 'Funnels', question: 'How many customers go from one step to the next, how fast, and who is lost on the way?',
    render: (props) => <FunnelView {...props} />,
  },
  {
    id: 'paths',
    label: 'Paths',
    question: 'What do customers do after a step, or before it? Every column adds up to the customers at the start.',
    render: (props) => <PathsView {...props} />,
  },
  {
    id: 'process',
    label: 'Process map',
    question: 'How do customers really move between activities, and where does that differ from the map’s designed order?',
    render: (props) => <ProcessView {...props} />,
  },
];

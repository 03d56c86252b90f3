// The Explore page's views, in tab order. Each view is its own folder (funnels/, paths/, process/, retention/,
// trends/) and is listed here once; a view not listed yet is "not found" at its address.
import type { ReactNode } from 'react';
import type { ExploreView } from '../../app/router';
import type { ExploreQuery, ExploreScope } from './exploreScope';
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
    id: 'process',
    label: 'Process map',
    question: 'How do customers really move between activities, and where does that differ from the map’s designed order?',
    render: (props) => <ProcessView {...props} />,
  },
];

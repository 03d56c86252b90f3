// The Explore page's views, in tab order. Each view is its own folder (funnels/, paths/, process/, retention/,
// trends/) and is listed here once; a view not listed yet is "not found" at its address.
import type { ReactNode } from 'react';
import type { ExploreView } from '../../app/router';
import type { ExploreQuery, ExploreScope } from './exploreScope';
import { FunnelView } from './funnels/FunnelView';
import { PathsView } from './paths/PathsView';
import { ProcessView } from './process/ProcessView';
import { RetentionView } from './retention/RetentionView';
import { TrendsView } from './trends/TrendsView';

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
  {
    id: 'retention',
    label: 'Retention',
    question: 'Of the customers who started in a day, week or month, how many came back in each one after?',
    render: (props) => <RetentionView {...props} />,
  },
  {
    id: 'trends',
    label: 'Trends',
    question: 'How many customers do a step (and go on to the next) per day, week or month, against the period before?',
    render: (props) => <TrendsView {...props} />,
  },
];

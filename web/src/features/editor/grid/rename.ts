// Which title is being renamed in place (one at a time across the grid).
export interface RenameTarget {
  kind: 'stage' | 'goal' | 'step' | 'lane';
  id: string;
}

export type SetRenaming = (target: RenameTarget | null) => void;

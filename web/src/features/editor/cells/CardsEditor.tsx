// Editing a cell's sticky notes: text, colour and tags per card; add, delete and move.
import { useState } from 'react';
import type { Card } from '../../../api/model';
import { newId } from '../../map/state/ids';
import { AutoTextarea } from './AutoTextarea';
import { paintOf } from './cardColors';
import { ColorSwatches } from './ColorSwatches';
import { PlusIcon, TrashIcon } from './icons';
import { appendItem, parseTags, removeItem, updateItem } from './listEdits';
import styles from './Cards.module.css';
import cell from './Cell.module.css';

interface CardsEditorProps {
  cards: Card[] | undefined;
  onCards: (cards: Card[]) => void;
  onEnter: () => void;
}

export function CardsEditor({ cards, onCards, onEnter }: CardsEditorProps) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const add = () => {
    const card: Card = { id: newId('crd'), text: '', color: 'yellow' };
    onCards(appendItem(cards, card));
    setFocusId(card.id);
  };
  return (
    <>
      {(cards ?? []).map((card, i) => (
        <CardEditor key={card.id} card={card} index={i} autoFocus={card.id === focusId} onEnter={onEnter}
          onPatch={(patch) => onCards(updateItem(cards, card.id, patch))}
          onDelete={() => onCards(removeItem(cards, card.id))} />
      ))}
      <button type="button" className={cell.addButton} onClick={add}><PlusIcon /> Add card</button>
    </>
  );
}

function CardEditor({ card, index, autoFocus, onPatch, onDelete, onEnter }: {
  card: Card; index: number; autoFocus: boolean; onEnter: () => void;
  onPatch: (patch: Partial<Omit<Card, 'id'>>) => void; onDelete: () => void;
}) {
  const [tags, setTags] = useState((card.tags ?? []).join(', '));
  const paint = paintOf(card.color);
  const name = `Card ${index + 1}`;
  return (
    <div className={styles.editCard} style={{ background: paint.fill, borderLeftColor: paint.edge }} role="group" aria-label={name}>
      <div className={styles.editCardTop}>
        <AutoTextarea value={card.text} onValue={(text) => onPatch({ text })} onEnter={onEnter} minRows={1}
          aria-label={`${name} text`} placeholder="Write on the card" autoFocus={autoFocus} maxLength={2000} />
        <button type="button" className={`icon-btn ${cell.deleteButton}`} aria-label={`Delete ${name.toLowerCase()}`} onClick={onDelete}>
          <TrashIcon />
        </button>
      </div>
      <ColorSwatches value={card.color} onChange={(color) => onPatch({ color })} label={`${name} colour`} />
      <input className={`input ${styles.tagInput}`} value={tags} placeholder="Tags, separated by commas" aria-label={`${name} tags`}
        onChange={(e) => {
          setTags(e.target.value);
          const list = parseTags(e.target.value);
          onPatch({ tags: list.length ? list : undefined });
        }}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); onEnter(); } }} />
    </div>
  );
}

// The sticky-note colours: a soft fill with the house text colour on it (all above 12:1) and a stronger edge so
// colours stay apart for readers who see them faintly.
import type { CardColor } from '../../../api/model';

export interface CardPaint {
  fill: string;
  edge: string;
  label: string;
}

export const cardPaint: Record<CardColor, CardPaint> = {
  yellow: { fill: '#fff3b0', edge: '#d9b92e', label: 'Yellow' },
  orange: { fill: '#ffe1c4', edge: '#e08a3c', label: 'Orange' },
  red: { fill: '#fddad7', edge: '#d2574c', label: 'Red' },
  pink: { fill: '#fbdaea', edge: '#cc5b95', label: 'Pink' },
  purple: { fill: '#e9def9', edge: '#8b66cf', label: 'Purple' },
  blue: { fill: '#dae7fc', edge: '#4b7fd3', label: 'Blue' },
  teal: { fill: '#d3f0ec', edge: '#2f9a8e', label: 'Teal' },
  green: { fill: '#dcf1da', edge: '#4f9a4c', label: 'Green' },
  grey: { fill: '#e8eaee', edge: '#8a909c', label: 'Grey' },
};

export const plainCard: CardPaint = { fill: '#ffffff', edge: '#cfd4dc', label: 'No colour' };

export function paintOf(color: CardColor | undefined): CardPaint {
  return color ? cardPaint[color] : plainCard;
}

import { describe, expect, it } from 'vitest';
import { filterActivities, findActivity, shortCount } from './activities';

const list = [
  { name: 'Viewed product', events: 90_000, customers: 12_000 },
  { name: 'Added to cart', events: 20_000, customers: 8_000 },
  { name: 'Cart', events: 5_000, customers: 4_000 },
  { name: 'Paid order', events: 3_000, customers: 2_900 },
];

describe('filterActivities', () => {
  it('keeps the server order when there is no query', () => {
    expect(filterActivities(list, '  ').map((a) => a.name)).toEqual(list.map((a) => a.name));
  });

  it('matches case-insensitively and ranks exact, then prefix, then the rest', () => {
    expect(filterActivities(list, 'CART').map((a) => a.name)).toEqual(['Cart', 'Added to cart']);
    expect(filterActivities(list, 'pa').map((a) => a.name)).toEqual(['Paid order']);
  });

  it('needs every word of the query, in any order', () => {
    expect(filterActivities(list, 'order paid').map((a) => a.name)).toEqual(['Paid order']);
    expect(filterActivities(list, 'cart viewed')).toEqual([]);
  });

  it('finds an activity by its exact name', () => {
    expect(findActivity(list, ' paid ORDER ')?.name).toBe('Paid order');
    expect(findActivity(list, 'paid')).toBeUndefined();
  });
});

describe('shortCount', () => {
  it('writes small counts in full and large ones short', () => {
    expect(shortCount(950)).toBe('950');
    expect(shortCount(9_999)).toBe('9,999');
    expect(shortCount(12_000)).toBe('12K');
    expect(shortCount(1_250_000)).toBe('1.3M');
  });
});

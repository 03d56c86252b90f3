import { describe, expect, it } from 'vitest';
import { fromDraft, insertMention, mentionAt, parseBody, toDraft } from './mentions';

const ana = { userId: 'u_ana', displayName: 'Ana' };
const anaLong = { userId: 'u_anab', displayName: 'Ana Bell' };

describe('parseBody', () => {
  it('splits text and mentions and keeps markup as text', () => {
    expect(parseBody('<b>hi</b> @[Ana](u_ana)!')).toEqual([{ text: '<b>hi</b> ' }, { mention: ana }, { text: '!' }]);
  });
  it('leaves a malformed token as text', () => {
    expect(parseBody('@[Ana](u ana)')).toEqual([{ text: '@[Ana](u ana)' }]);
  });
});

describe('drafts', () => {
  it('round-trips a body through the composer', () => {
    const body = 'Ask @[Ana Bell](u_anab) and @[Ana](u_ana)';
    const draft = toDraft(body);
    expect(draft.text).toBe('Ask @Ana Bell and @Ana');
    expect(fromDraft(draft.text, draft.picked)).toBe(body);
  });
  it('prefers the longer name and leaves people not picked as text', () => {
    expect(fromDraft('@Ana Bell, @Bob', [ana, anaLong])).toBe('@[Ana Bell](u_anab), @Bob');
  });
});

describe('mentionAt', () => {
  it('finds the query before the caret', () => {
    expect(mentionAt('hi @An', 6)).toEqual({ start: 3, query: 'An' });
  });
  it('ignores an e-mail address and a finished line', () => {
    expect(mentionAt('me@example', 10)).toBeNull();
    expect(mentionAt('@Ana\nx', 6)).toBeNull();
  });
  it('inserts the name and moves the caret after it', () => {
    expect(insertMention('hi @An there', 3, 6, ana)).toEqual({ text: 'hi @Ana  there', caret: 8 });
  });
});

// Whether this browser holds a guest cookie (the cookie itself is HttpOnly, so the app cannot see it): set when a
// share link opens, so that coming back to the app's own pages forgets the guest session first. Otherwise the
// person at the keyboard, having tried their own link, would be that guest in their own workspace.
const key = 'waymark.guest';

export function markGuest(): void {
  try { localStorage.setItem(key, '1'); } catch { /* private mode: nothing to forget later either */ }
}

export function wasGuest(): boolean {
  try { return localStorage.getItem(key) === '1'; } catch { return false; }
}

export function forgetGuest(): void {
  try { localStorage.removeItem(key); } catch { /* nothing stored */ }
}

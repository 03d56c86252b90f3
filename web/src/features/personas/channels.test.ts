import { describe, expect, it } from 'vitest';
import { channelLabel, customChannel, toggleChannel } from './channels';

describe('persona channels', () => {
  it('labels built-in and custom channels', () => {
    expect(channelLabel('mobileApp')).toBe('Mobile app');
    expect(channelLabel('custom:Kiosk')).toBe('Kiosk');
  });

  it('toggles a channel in place', () => {
    expect(toggleChannel(['web', 'email'], 'web')).toEqual(['email']);
    expect(toggleChannel(['web'], 'custom:Fax')).toEqual(['web', 'custom:Fax']);
  });

  it('makes custom channels from text, mapping built-in names and refusing duplicates', () => {
    expect(customChannel([], '  Walk-in   kiosk ')).toBe('custom:Walk-in kiosk');
    expect(customChannel([], 'mobile app')).toBe('mobileApp');
    expect(customChannel(['email'], 'Email')).toBeNull();
    expect(customChannel(['custom:Fax'], 'fax')).toBeNull();
    expect(customChannel([], '   ')).toBeNull();
  });
});

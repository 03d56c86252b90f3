import { describe, expect, it } from 'vitest';
import { addChannel, channelLabel, customChannel, isBuiltIn, newChannel, toggleChannel } from './channels';

describe('channels', () => {
  it('labels built-in and custom channels', () => {
    expect(channelLabel('mobileApp')).toBe('Mobile app');
    expect(channelLabel('custom:Kiosk')).toBe('Kiosk');
    expect(isBuiltIn('web')).toBe(true);
    expect(isBuiltIn('custom:web')).toBe(false);
  });

  it('toggles a channel in and out, keeping order', () => {
    expect(toggleChannel(undefined, 'web')).toEqual(['web']);
    expect(toggleChannel(['web', 'email'], 'web')).toEqual(['email']);
    expect(toggleChannel(['email'], 'phone')).toEqual(['email', 'phone']);
  });

  it('turns typed labels into custom channels, or the built-in they name', () => {
    expect(customChannel('  Call   centre ')).toBe('custom:Call centre');
    expect(customChannel('Email')).toBe('email');
    expect(customChannel('mobile app')).toBe('mobileApp');
    expect(customChannel('   ')).toBeUndefined();
  });

  it('adds without duplicates', () => {
    expect(addChannel(['custom:Kiosk'], 'custom:Kiosk')).toEqual(['custom:Kiosk']);
  });
});

describe('channels a person types into a list', () => {
  it('makes custom channels from text, mapping built-in names and refusing duplicates', () => {
    expect(newChannel([], '  Walk-in   kiosk ')).toBe('custom:Walk-in kiosk');
    expect(newChannel([], 'mobile app')).toBe('mobileApp');
    expect(newChannel(['email'], 'Email')).toBeNull();
    expect(newChannel(['custom:Fax'], 'fax')).toBeNull();
    expect(newChannel([], '   ')).toBeNull();
  });

  it('toggles a channel in place', () => {
    expect(toggleChannel(['web'], 'custom:Fax')).toEqual(['web', 'custom:Fax']);
  });
});

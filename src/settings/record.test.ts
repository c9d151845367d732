import { describe, expect, it } from 'vitest';
import { ContentMessageSchema } from './messages';
import { type ContentMessage } from './messages';
import { fromMessage } from './edits';
import { messageFitsSender } from './record';
import { activeProfile, defaultSettings, newProfile, type Settings } from './schema';

const NOW = Date.UTC(2026, 10, 25, 15);
const CHOOSER = 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html';
const FRONT = 'https://onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca/mycic/gccf?lang=eng&svc=/mycic/start&idp=';
const BANKS = 'https://gc.signin.interac-id.ca/cbs/nav/home-accueil-eng';
const SIGN_UP = 'https://clegc-gckey.gc.ca/j/eng/rg?ReqID=s1';

/** What the background does with a believable message. */
const applyMessage = (settings: Settings, message: ContentMessage, now: number) => fromMessage(message, now)(settings);

const family = (): Settings => ({
  ...defaultSettings(),
  profiles: [newProfile('me', ''), { ...newProfile('maria', 'Maria'), method: 'gckey' }],
  activeProfile: 'maria',
});

describe('recording what the person did', () => {
  it('records the method a sign-in was started with, with the date, on the active profile only', () => {
    const after = applyMessage(family(), { type: 'record-sign-in', method: 'sign-in-partner' }, NOW);
    expect(activeProfile(after).lastUsed).toEqual({ method: 'sign-in-partner', partner: null, at: NOW });
    expect(after.profiles[0]!.lastUsed).toBeNull();
  });

  it('records the bank picked on the partner list as a Sign-In Partner sign-in', () => {
    const after = applyMessage(family(), { type: 'record-bank', partner: 'tangerine' }, NOW);
    expect(activeProfile(after).lastUsed).toEqual({ method: 'sign-in-partner', partner: 'tangerine', at: NOW });
    expect(activeProfile(after).method).toBe('gckey'); // what they remembered is theirs to change
  });

  it('remembers an answer from the banner as told, without turning a bank it only saw into a told one', () => {
    let settings = applyMessage(defaultSettings(), { type: 'record-bank', partner: 'td' }, NOW);
    settings = applyMessage(settings, { type: 'remember-method', method: 'sign-in-partner' }, NOW);
    expect(activeProfile(settings)).toMatchObject({ method: 'sign-in-partner', partner: null });
    settings = applyMessage(settings, { type: 'remember-method', method: 'gckey' }, NOW);
    expect(activeProfile(settings)).toMatchObject({ method: 'gckey', partner: null });
    // "I don't remember": nothing told any more.
    settings = applyMessage(settings, { type: 'remember-method', method: null }, NOW);
    expect(activeProfile(settings).method).toBeNull();
  });

  it('remembers that a new GCKey was made, and which page kinds were hidden (once each)', () => {
    let settings = applyMessage(defaultSettings(), { type: 'record-new-gckey' }, NOW);
    expect(activeProfile(settings).newGckeyAt).toBe(NOW);
    settings = applyMessage(settings, { type: 'hide-page', page: 'gckey/info' }, NOW);
    settings = applyMessage(settings, { type: 'hide-page', page: 'gckey/info' }, NOW);
    expect(settings.hiddenPages).toEqual(['gckey/info']);
  });
});

describe('which messages the background believes', () => {
  it('only from the page they are about, as the browser reports the sender', () => {
    expect(messageFitsSender({ type: 'record-bank', partner: 'td' }, BANKS)).toBe(true);
    expect(messageFitsSender({ type: 'record-bank', partner: 'td' }, CHOOSER)).toBe(false);
    expect(messageFitsSender({ type: 'record-new-gckey' }, SIGN_UP)).toBe(true);
    expect(messageFitsSender({ type: 'record-new-gckey' }, 'https://clegc-gckey.gc.ca/j/eng/l')).toBe(false);
    expect(messageFitsSender({ type: 'remember-method', method: 'gckey' }, CHOOSER)).toBe(true);
    expect(messageFitsSender({ type: 'remember-method', method: 'gckey' }, BANKS)).toBe(true); // its "Change"
    expect(
      messageFitsSender({ type: 'remember-method', method: 'gckey' }, 'https://prson-srpel.apps.cic.gc.ca/en/login'),
    ).toBe(false);
    expect(messageFitsSender({ type: 'ask-page-view' }, BANKS)).toBe(true);
    expect(messageFitsSender({ type: 'hide-page', page: 'gckey/sign-up' }, SIGN_UP)).toBe(true);
    expect(messageFitsSender({ type: 'hide-page', page: 'gckey/info' }, SIGN_UP)).toBe(false);
    expect(messageFitsSender({ type: 'record-new-gckey' }, undefined)).toBe(false);
    expect(messageFitsSender({ type: 'record-new-gckey' }, 'https://clegc-gckey.gc.ca.evil.example/j/eng/rg')).toBe(
      false,
    );
  });

  it('on the federation front, only the method its own address names', () => {
    expect(messageFitsSender({ type: 'record-sign-in', method: 'gckey' }, `${FRONT}gckey`)).toBe(true);
    expect(messageFitsSender({ type: 'record-sign-in', method: 'sign-in-partner' }, `${FRONT}securekey`)).toBe(true);
    expect(messageFitsSender({ type: 'record-sign-in', method: 'sign-in-partner' }, `${FRONT}gckey`)).toBe(false);
    expect(messageFitsSender({ type: 'record-sign-in', method: 'gckey' }, CHOOSER)).toBe(true);
  });

  it('rejects malformed messages before anything else', () => {
    for (const raw of [
      null,
      'record-bank',
      { type: 'record-bank', partner: 'evil-bank' },
      { type: 'remember-method', method: 'password' },
      { type: 'hide-page', page: '../../etc' },
      { type: 'set-settings', settings: {} },
    ]) {
      expect(ContentMessageSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
  });
});

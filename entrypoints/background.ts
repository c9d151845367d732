import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContentMessageSchema } from '../src/settings/messages';
import { applyMessage, messageFitsSender } from '../src/settings/record';
import { startSettingsBackground } from '../src/settings/background';
import { updateSettings } from '../src/settings/store';
import { openFirstRunOnce } from '../src/welcome/first-run';

export default defineBackground(() => {
  // Migrations once after an install or update, damaged values kept aside and repaired, opt-in sync.
  startSettingsBackground();

  // The first-run page, once, after a fresh install only (never after an update or on browser start).
  browser.runtime.onInstalled.addListener(({ reason }) => void openFirstRunOnce(reason));

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts, only a well-formed message, only from the page it is about.
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    const message = ContentMessageSchema.safeParse(raw);
    if (!message.success || !messageFitsSender(message.data, sender.url)) return undefined;
    return updateSettings((settings) => applyMessage(settings, message.data, Date.now())).then(() => true);
  });
});

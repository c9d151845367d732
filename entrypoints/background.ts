import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContentMessageSchema } from '../src/settings/messages';
import { applyMessage, messageFitsSender } from '../src/settings/record';
import { settingsItem, updateSettings } from '../src/settings/store';

export default defineBackground(() => {
  // Reading the item here runs its migrations once, when the worker starts after an install or update.
  void settingsItem.getValue();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts, only a well-formed message, only from the page it is about.
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    const message = ContentMessageSchema.safeParse(raw);
    if (!message.success || !messageFitsSender(message.data, sender.url)) return undefined;
    return updateSettings((settings) => applyMessage(settings, message.data, Date.now())).then(() => true);
  });
});

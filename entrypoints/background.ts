import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SERVICES } from '../src/pages';
import { HidePageMessageSchema } from '../src/settings/messages';
import { setPageHidden, settingsItem } from '../src/settings/store';

const KNOWN_PAGES = new Set(SERVICES.flatMap((service) => service.pages.map((rule) => `${service.id}/${rule.page}`)));

export default defineBackground(() => {
  // Reading the item here runs its migrations once, when the worker starts after an install or update.
  void settingsItem.getValue();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts, only a well-formed message, only a page kind the catalogue has.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = HidePageMessageSchema.safeParse(raw);
    if (!message.success || !KNOWN_PAGES.has(message.data.page)) return undefined;
    return setPageHidden(message.data.page, true).then(() => true);
  });
});

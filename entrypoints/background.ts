import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { moreContent } from '../src/guidance/more';
import { irccTabs } from '../src/kinds/ircc-tabs';
import { pageViewAnswer, startSettingsBackground } from '../src/settings/background';
import { fromMessage } from '../src/settings/edits';
import { ContentMessageSchema } from '../src/settings/messages';
import { messageFitsSender } from '../src/settings/record';
import { change } from '../src/settings/store';
import { openFirstRunOnce } from '../src/welcome/first-run';

export default defineBackground(() => {
  // Migrations (here only), damaged values kept aside and repaired, opt-in sync.
  const ready = startSettingsBackground();

  // The first-run page, once, after a fresh install only (never after an update or on browser start).
  browser.runtime.onInstalled.addListener(({ reason }) => void openFirstRunOnce(reason));

  // Tabs on their way to or from IRCC, known by the tab id the browser reports (src/kinds/ircc-tabs.ts).
  const tabs = irccTabs(browser.storage.session);

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts, only a well-formed message, only from the page it is about.
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    const message = ContentMessageSchema.safeParse(raw);
    if (!message.success || !messageFitsSender(message.data, sender.url)) return undefined;
    const tabId = sender.tab.id;
    if (message.data.type === 'ask-page-view') {
      return pageViewAnswer(tabId === undefined ? Promise.resolve(false) : tabs.visit(tabId, sender.url!, Date.now()));
    }
    if (message.data.type === 'more') return Promise.resolve(moreContent(message.data.page, message.data.lang));
    const at = Date.now();
    return ready.then(() => change(fromMessage(message.data, at))).then(() => true);
  });
});

import { SERVICE_HEADLINES } from './services';
import type { Guide, Kind } from './types';

/** The IRCC Portal's new version on canada.ca (F27): its own account, not the secure account. */
export const irccPortalNewVersion: Kind = {
  key: 'ircc-portal/new-version',
  headline: () => SERVICE_HEADLINES['ircc-portal'],
};

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const irccPortalNewVersionGuide: Partial<Guide> = { purpose: 'g_irccPortalNewPurpose' };

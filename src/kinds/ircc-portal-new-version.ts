import { SERVICE_KINDS } from './services';
import type { Kind } from './types';

/** The IRCC Portal's new version on canada.ca (F27): its own account, not the secure account. */
export const irccPortalNewVersion: Kind = {
  key: 'ircc-portal/new-version',
  guide: { purpose: 'g_irccPortalNewPurpose' },
  headline: () => SERVICE_KINDS['ircc-portal'].headline,
};

import { guideEn, type GuideMessages } from '../i18n/guide-en';
import { guideFr } from '../i18n/guide-fr';
import type { Lang } from '../pages/types';

export { GUIDE_LINKS, outcomeLink, type GuideLinkId } from './links';
export {
  OUTCOMES,
  QUESTIONS,
  START,
  step,
  type Outcome,
  type OutcomeId,
  type Question,
  type Step,
  type StepId,
} from './tree';
export type { GuideKey, GuideMessages } from '../i18n/guide-en';

/** The guide's words in each language. */
export const GUIDE_TEXT: Record<Lang, GuideMessages> = { en: guideEn, fr: guideFr };

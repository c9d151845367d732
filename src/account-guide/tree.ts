import type { FactId } from '../guidance/facts';
import type { GuideKey } from '../i18n/guide-en';
import type { GuideLinkId } from './links';

/**
 * "Which account do I need?": a few questions, each answered by one button, ending in the account a
 * person needs, how it signs in, and its official link. Every question, answer and outcome names the
 * facts (src/guidance/facts.ts, from docs/facts.md) it rests on; the words are in
 * src/i18n/guide-en.ts and guide-fr.ts.
 */
type Key<P extends string> = Extract<GuideKey, `${P}_${string}`>;

export type QuestionId = 'start' | 'apply' | 'code' | 'follow' | 'statusKind' | 'invited';
export type OutcomeId =
  | 'secureAccount'
  | 'secureLost'
  | 'prPortal'
  | 'prWait'
  | 'irccPortal'
  | 'statusTracker'
  | 'citizenshipApply'
  | 'citizenshipTracker'
  | 'prTracker'
  | 'eta';
export type StepId = QuestionId | OutcomeId;

export type Answer = { label: Key<'a'>; next: StepId; facts: readonly FactId[] };
export type Question = { kind: 'question'; title: Key<'q'>; answers: readonly Answer[]; facts: readonly FactId[] };
export type Outcome = {
  kind: 'outcome';
  /** Which account (or none). */
  title: Key<'o'>;
  /** How it signs in. */
  signIn: Key<'s'>;
  note?: Key<'n'>;
  link: GuideLinkId;
  facts: readonly FactId[];
};
export type Step = Question | Outcome;

export const START: QuestionId = 'start';

export const QUESTIONS: Record<QuestionId, Question> = {
  start: {
    kind: 'question',
    title: 'q_start',
    facts: ['F11'],
    answers: [
      { label: 'a_apply', next: 'apply', facts: ['F1'] },
      { label: 'a_follow', next: 'follow', facts: ['F1', 'F11'] },
      { label: 'a_approved', next: 'invited', facts: ['F5', 'F11'] },
      { label: 'a_lost', next: 'secureLost', facts: ['F3'] },
    ],
  },
  apply: {
    kind: 'question',
    title: 'q_apply',
    facts: ['F1', 'F18'],
    answers: [
      { label: 'a_visitStudyWork', next: 'code', facts: ['F18'] },
      { label: 'a_citizenship', next: 'citizenshipApply', facts: ['F18'] },
      { label: 'a_eta', next: 'eta', facts: ['F19'] },
      { label: 'a_otherApplication', next: 'secureAccount', facts: ['F1'] },
    ],
  },
  code: {
    kind: 'question',
    title: 'q_code',
    facts: ['F18'],
    answers: [
      { label: 'a_codeYes', next: 'irccPortal', facts: ['F18'] },
      { label: 'a_codeNo', next: 'secureAccount', facts: ['F1', 'F18'] },
    ],
  },
  follow: {
    kind: 'question',
    title: 'q_follow',
    facts: ['F1', 'F18'],
    answers: [
      { label: 'a_messages', next: 'secureAccount', facts: ['F1', 'F11'] },
      { label: 'a_status', next: 'statusKind', facts: ['F18'] },
    ],
  },
  statusKind: {
    kind: 'question',
    title: 'q_statusKind',
    facts: ['F18'],
    answers: [
      { label: 'a_statusCitizenship', next: 'citizenshipTracker', facts: ['F18'] },
      { label: 'a_statusSponsorship', next: 'prTracker', facts: ['F18'] },
      { label: 'a_statusOther', next: 'statusTracker', facts: ['F18'] },
    ],
  },
  invited: {
    kind: 'question',
    title: 'q_invited',
    facts: ['F6', 'F11'],
    answers: [
      { label: 'a_invitedYes', next: 'prPortal', facts: ['F6', 'F11'] },
      { label: 'a_invitedNo', next: 'prWait', facts: ['F6', 'F8'] },
    ],
  },
};

export const OUTCOMES: Record<OutcomeId, Outcome> = {
  secureAccount: {
    kind: 'outcome',
    title: 'o_secureAccount',
    signIn: 's_secureAccount',
    note: 'n_secureAccount',
    link: 'secureAccount',
    facts: ['F1', 'F2', 'F3', 'F11'],
  },
  secureLost: {
    kind: 'outcome',
    title: 'o_secureLost',
    signIn: 's_secureLost',
    note: 'n_secureLost',
    link: 'secureAccount',
    facts: ['F2', 'F3', 'F16'],
  },
  prPortal: {
    kind: 'outcome',
    title: 'o_prPortal',
    signIn: 's_prPortal',
    note: 'n_prPortal',
    link: 'prPortal',
    facts: ['F5', 'F6', 'F7', 'F9'],
  },
  prWait: {
    kind: 'outcome',
    title: 'o_prWait',
    signIn: 's_prWait',
    note: 'n_prWait',
    link: 'accounts',
    facts: ['F6', 'F8'],
  },
  irccPortal: {
    kind: 'outcome',
    title: 'o_irccPortal',
    signIn: 's_irccPortal',
    link: 'irccPortal',
    facts: ['F18'],
  },
  statusTracker: {
    kind: 'outcome',
    title: 'o_statusTracker',
    signIn: 's_uci',
    note: 'n_statusTracker',
    link: 'statusTracker',
    facts: ['F18', 'F20', 'F1'],
  },
  citizenshipApply: {
    kind: 'outcome',
    title: 'o_citizenshipApply',
    signIn: 's_ownAccount',
    link: 'citizenshipApply',
    facts: ['F18'],
  },
  citizenshipTracker: {
    kind: 'outcome',
    title: 'o_citizenshipTracker',
    signIn: 's_uci',
    link: 'citizenshipTracker',
    facts: ['F18'],
  },
  prTracker: {
    kind: 'outcome',
    title: 'o_prTracker',
    signIn: 's_ownAccount',
    note: 'n_prTracker',
    link: 'prTracker',
    facts: ['F18'],
  },
  eta: {
    kind: 'outcome',
    title: 'o_eta',
    signIn: 's_eta',
    link: 'accounts',
    facts: ['F19'],
  },
};

const isQuestion = (id: StepId): id is QuestionId => id in QUESTIONS;

export function step(id: StepId): Step {
  return isQuestion(id) ? QUESTIONS[id] : OUTCOMES[id];
}

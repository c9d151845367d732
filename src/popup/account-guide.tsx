import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { GUIDE_TEXT, outcomeLink, START, step, type Outcome, type Question, type StepId } from '../account-guide';
import type { GuideMessages } from '../i18n/guide-en';
import type { Lang } from '../pages/types';

/**
 * "Which account do I need?": a disclosure below the method picker. Each step is a heading and one
 * button per answer (buttons, not radios: the popup's one radio group stays the sign-in method). When
 * the step changes, focus moves to the new step's heading; "Back" and "Start over" walk the path.
 */
export function AccountGuide({ lang }: { lang: Lang }) {
  const t = GUIDE_TEXT[lang];
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState<StepId[]>([START]);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // A layout effect: focus moves as the step appears, before it is painted.
  useLayoutEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [path]);
  const go = (next: StepId[]) => {
    moved.current = true;
    setPath(next);
  };
  const current = path[path.length - 1] ?? START;
  const shown = step(current);

  return (
    <section class="guide" aria-labelledby="guide-toggle">
      <h2 class="guide-title">
        <button
          type="button"
          id="guide-toggle"
          class="guide-toggle"
          aria-expanded={open}
          aria-controls="guide-body"
          onClick={() => setOpen(!open)}
        >
          <span class="guide-chevron" aria-hidden="true" />
          {t.guideTitle}
        </button>
      </h2>
      <div id="guide-body" class="guide-body" hidden={!open}>
        {path.length === 1 && <p class="muted">{t.guideIntro}</p>}
        {shown.kind === 'question' ? (
          <QuestionStep t={t} question={shown} heading={heading} onAnswer={(next) => go([...path, next])} />
        ) : (
          <OutcomeStep t={t} lang={lang} outcome={shown} heading={heading} />
        )}
        {path.length > 1 && (
          <div class="row guide-nav">
            <button type="button" onClick={() => go(path.slice(0, -1))}>
              {t.back}
            </button>
            <button type="button" class="link" onClick={() => go([START])}>
              {t.startOver}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

type HeadingRef = { current: HTMLHeadingElement | null };

function QuestionStep(props: {
  t: GuideMessages;
  question: Question;
  heading: HeadingRef;
  onAnswer: (next: StepId) => void;
}) {
  const { t, question, heading, onAnswer } = props;
  return (
    <>
      <h3 ref={heading} tabIndex={-1} class="guide-step">
        {t[question.title]}
      </h3>
      <ul class="guide-answers">
        {question.answers.map((answer) => (
          <li key={answer.label}>
            <button type="button" class="guide-answer" onClick={() => onAnswer(answer.next)}>
              {t[answer.label]}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function OutcomeStep(props: { t: GuideMessages; lang: Lang; outcome: Outcome; heading: HeadingRef }) {
  const { t, lang, outcome, heading } = props;
  const link = outcomeLink(outcome.link, lang);
  return (
    <div class="guide-outcome">
      <h3 ref={heading} tabIndex={-1} class="guide-step">
        {t[outcome.title]}
      </h3>
      <p>
        <strong>{t.signInLabel}</strong> {t[outcome.signIn]}
      </p>
      {outcome.note && <p>{t[outcome.note]}</p>}
      <p class="guide-link">
        <a href={link.href} target="_blank" rel="noopener noreferrer" aria-describedby="guide-new-tab">
          {t[link.label]}
        </a>{' '}
        <span id="guide-new-tab" class="muted">
          {t.opensNewTab}
        </span>
      </p>
      <p class="muted">{t.checkAddress}</p>
    </div>
  );
}

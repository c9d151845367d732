import type { OptionsText } from './text';

/**
 * What is stored, where, for how long, and that nothing is sent: the privacy page, in plain words. The
 * one line everyone needs (nothing is sent) stays in sight; the details open on request.
 */
export function Privacy({ t }: { t: OptionsText }) {
  const items: [string, string][] = [
    [t.privacyWhatTitle, t.privacyWhat],
    [t.privacyNeverTitle, t.privacyNever],
    [t.privacyWhereTitle, t.privacyWhere],
    [t.privacyHowLongTitle, t.privacyHowLong],
    [t.privacySentTitle, t.privacySent],
  ];
  return (
    <section id="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t.privacyHeading}</h2>
      <p>{t.privacySent}</p>
      <details class="privacy-details">
        <summary>{t.privacySummary}</summary>
        <dl class="privacy-list">
          {items.map(([title, text]) => (
            <div key={title}>
              <dt>{title}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

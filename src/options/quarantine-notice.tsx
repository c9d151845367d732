import type { Lang } from '../pages/types';
import { dismissQuarantined, type QuarantineEntry } from '../settings/quarantine';
import { downloadText } from './download';
import { formatDate, formatKb, formatTime, type OptionsText } from './text';

type Props = { t: OptionsText; lang: Lang; entries: QuarantineEntry[] };

/** Tells the person that a saved value was damaged, that its valid parts are in use, and lets them keep the original. */
export function QuarantineNotice({ t, lang, entries }: Props) {
  if (entries.length === 0) return null;
  return (
    <section id="quarantine" class="notice" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">{t.quarantineHeading}</h2>
      <p>{t.quarantineText}</p>
      <ul>
        {entries.map((entry) => {
          const when = `${formatDate(entry.at, lang)} ${formatTime(entry.at, lang)}`;
          const where = {
            storage: t.quarantineFromStorage,
            sync: t.quarantineFromSync,
            import: t.quarantineFromImport,
          }[entry.source];
          const size = formatKb(new TextEncoder().encode(entry.text).length, lang, t);
          const file = `ircc-sign-in-guide-damaged-${new Date(entry.at).toISOString().replace(/[:.]/g, '-')}.json`;
          return (
            <li key={`${entry.at}-${entry.text.length}`}>
              <p>{t.quarantineEntry(when, where, size)}</p>
              {entry.truncated && <p>{t.quarantineTruncated}</p>}
              <div class="row">
                <button type="button" onClick={() => downloadText(entry.text, file)}>
                  {t.quarantineDownload}
                </button>
                <button type="button" class="link" onClick={() => void dismissQuarantined(entry)}>
                  {t.quarantineDismiss}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

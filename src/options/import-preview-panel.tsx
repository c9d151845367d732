import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../pages/types';
import type { Aside } from '../settings/backup/import';
import { changesNothing, previewImport } from '../settings/backup/preview';
import type { Profile, Settings } from '../settings/schema';
import { asideText } from './import-problem';
import { formatDate, type OptionsText } from './text';

type Props = {
  t: OptionsText;
  lang: Lang;
  current: Settings;
  incoming: Settings;
  exportedAt: string | undefined;
  /** What the file holds that this version keeps as it is, or leaves out. */
  aside: Aside[];
  onApply: () => void;
  onCancel: () => void;
};

/** What an import would change, shown before anything changes; focus comes here when it opens. */
export function ImportPreviewPanel({ t, lang, current, incoming, exportedAt, aside, onApply, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const preview = previewImport(current, incoming);
  const names = (profiles: Profile[]) => profiles.map((profile) => profile.label || t.me).join(', ');
  const date =
    exportedAt && !Number.isNaN(Date.parse(exportedAt)) ? formatDate(Date.parse(exportedAt), lang) : undefined;
  const groups: [string, Profile[]][] = [
    [t.previewAdded, preview.added],
    [t.previewChanged, preview.changed],
    [t.previewRemoved, preview.removed],
  ];
  return (
    <div class="preview" role="group" aria-labelledby="preview-heading">
      <h3 id="preview-heading" tabIndex={-1} ref={heading}>
        {t.previewHeading}
      </h3>
      {date && <p>{t.previewFrom(date)}</p>}
      {changesNothing(preview) ? (
        <p>{t.previewNothing}</p>
      ) : (
        <dl>
          {groups
            .filter(([, profiles]) => profiles.length > 0)
            .map(([title, profiles]) => (
              <div key={title}>
                <dt>{title}</dt>
                <dd>{names(profiles)}</dd>
              </div>
            ))}
          {preview.prefs.length > 0 && (
            <div>
              <dt>{t.previewPrefs}</dt>
              <dd>{preview.prefs.map((key) => t[`pref_${key}`]).join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
      {preview.unchanged.length > 0 && <p class="muted">{t.previewUnchanged(preview.unchanged.length)}</p>}
      {aside.length > 0 && (
        <div class="aside">
          <h4>{t.asideHeading}</h4>
          <ul>
            {aside.map((part, index) => (
              <li key={index}>{asideText(t, part)}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        <button type="button" onClick={onApply}>
          {t.applyImport}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {t.cancelImport}
        </button>
      </div>
    </div>
  );
}

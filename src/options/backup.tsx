import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../pages/types';
import { applyImport, replaceWith } from '../settings/edits';
import { exportFileName, exportSettings } from '../settings/backup/export';
import { type Aside, checkImportSize, type ImportProblem, readImport } from '../settings/backup/import';
import { keepAside } from '../settings/quarantine';
import type { Settings } from '../settings/schema';
import { change } from '../settings/store';
import { downloadText } from './download';
import { ImportPreviewPanel } from './import-preview-panel';
import { problemText } from './import-problem';
import type { OptionsText } from './text';

type Props = { t: OptionsText; lang: Lang; settings: Settings };
type Pending = { incoming: Settings; exportedAt: string | undefined; aside: Aside[]; text: string };

/**
 * Export (a readable JSON file, downloaded) and import (read as text after a size check, read with
 * the settings' schema, previewed with what it keeps as it is or leaves out, applied only when the person says so, and undoable right after).
 */
export function Backup({ t, lang, settings }: Props) {
  const [pending, setPending] = useState<Pending>();
  const [problem, setProblem] = useState<ImportProblem>();
  const [message, setMessage] = useState('');
  const [before, setBefore] = useState<Settings>();
  const fileInput = useRef<HTMLInputElement>(null);

  const exportNow = () => {
    const now = Date.now();
    downloadText(exportSettings(settings, now), exportFileName(now));
    setMessage(t.exported(exportFileName(now)));
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    setPending(undefined);
    setProblem(undefined);
    setMessage('');
    if (!file) return;
    const tooLarge = checkImportSize(file.size); // before reading a byte of it
    if (tooLarge) return setProblem(tooLarge);
    const text = await file.text();
    const result = readImport(text);
    if (!result.ok) return setProblem(result.problem);
    setPending({ incoming: result.settings, exportedAt: result.exportedAt, aside: result.aside, text });
  };
  const apply = async () => {
    if (!pending) return;
    const previous = settings;
    // Parts that could not be read are left out of the settings, not lost: the file goes aside whole.
    if (pending.aside.some((part) => part.code === 'left-out')) await keepAside(JSON.parse(pending.text), 'import');
    await change(applyImport(pending.incoming));
    setBefore(previous);
    setPending(undefined);
    setMessage(t.imported(pending.incoming.profiles.length));
  };
  const cancel = () => {
    setPending(undefined);
    setMessage(t.importCancelled);
    fileInput.current?.focus();
  };
  const undo = async () => {
    if (!before) return;
    await change(replaceWith(before));
    setBefore(undefined);
    setMessage(t.importUndone);
  };

  return (
    <section id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t.backup}</h2>
      <p class="help">{t.backupHelp}</p>
      <div class="row">
        <button type="button" onClick={exportNow}>
          {t.exportButton}
        </button>
      </div>
      <label class="field file">
        <span>{t.importLabel}</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-describedby="import-help"
          onChange={(event) => void choose(event.currentTarget)}
        />
      </label>
      <p class="help" id="import-help">
        {t.importHelp}
      </p>
      {problem && (
        <div role="alert" class="note">
          <p>
            <strong>{t.importFailed}</strong>
          </p>
          <p>{problemText(t, lang, problem)}</p>
        </div>
      )}
      {pending && (
        <ImportPreviewPanel
          t={t}
          lang={lang}
          current={settings}
          incoming={pending.incoming}
          exportedAt={pending.exportedAt}
          aside={pending.aside}
          onApply={() => void apply()}
          onCancel={cancel}
        />
      )}
      <div class="undo-line">
        <p role="status" id="backup-message">
          {message}
        </p>
        {before && (
          <button type="button" aria-describedby="backup-message" onClick={() => void undo()}>
            {t.undoImport}
          </button>
        )}
      </div>
    </section>
  );
}

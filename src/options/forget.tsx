import { useRef, useState } from 'preact/hooks';
import { forgetEverything } from '../settings/store';
import type { OptionsText } from './text';

/**
 * "Forget everything", behind a modal dialog whose first focus is the safe answer (keep). The
 * browser's <dialog> traps focus, closes on Escape and gives focus back to the button.
 */
export function Forget({ t }: { t: OptionsText }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const confirm = async () => {
    await forgetEverything();
    dialog.current?.close();
    setDone(true);
  };
  return (
    <section id="forget" aria-labelledby="forget-heading">
      <h2 id="forget-heading">{t.forgetHeading}</h2>
      <p class="help">{t.forgetHelp}</p>
      <div class="row">
        <button
          type="button"
          class="danger"
          onClick={() => {
            setDone(false);
            dialog.current?.showModal();
          }}
        >
          {t.forgetButton}
        </button>
      </div>
      <p role="status">{done ? t.forgotten : ''}</p>
      <dialog ref={dialog} aria-labelledby="forget-title" aria-describedby="forget-text">
        <h2 id="forget-title">{t.forgetConfirmTitle}</h2>
        <p id="forget-text">{t.forgetConfirmText}</p>
        <div class="row">
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            {t.forgetCancel}
          </button>
          <button type="button" class="danger" onClick={() => void confirm()}>
            {t.forgetConfirm}
          </button>
        </div>
      </dialog>
    </section>
  );
}

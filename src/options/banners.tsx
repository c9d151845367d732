import { SERVICES } from '../pages';
import { setPageHidden, setPrefs, setServiceHidden } from '../settings/edits';
import type { Settings } from '../settings/schema';
import { change } from '../settings/store';
import type { OptionsText } from './text';

type Props = { t: OptionsText; settings: Settings; save: (change: Promise<unknown>) => void };

/** A page kind's name: its own banner title where it has one, else a plain word for it. */
function pageName(t: OptionsText, service: string, page: string): string {
  const own = (t as unknown as Record<string, unknown>)[`what_${service}/${page}`];
  if (typeof own === 'string') return own;
  const plain: Record<string, string> = { other: t.otherPages, 'sign-in': t.signInPage, register: t.registerPage };
  return plain[page] ?? page;
}

export const serviceName = (t: OptionsText, service: string): string =>
  String((t as unknown as Record<string, unknown>)[`what_${service}`] ?? service);

/**
 * Where the guide shows: one switch for everything, one per service, one per page kind (the same
 * list the banner's close button adds to). The page kinds come from the catalogue, so a new page
 * kind appears here by itself.
 */
export function Banners({ t, settings, save }: Props) {
  return (
    <section id="banners" aria-labelledby="banners-heading">
      <h2 id="banners-heading">{t.banners}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={!settings.disabled}
          onChange={(event) => save(change(setPrefs({ disabled: !event.currentTarget.checked })))}
        />
        <span>{t.bannersOn}</span>
      </label>
      {settings.disabled && <p class="note">{t.bannersOffNote}</p>}
      <div class="services">
        {SERVICES.map((service) => {
          const title = serviceName(t, service.id);
          const serviceOff = settings.hiddenServices.includes(service.id);
          return (
            <fieldset key={service.id} class="service" disabled={settings.disabled}>
              <legend>{title}</legend>
              <label class="switch">
                <input
                  type="checkbox"
                  checked={!serviceOff}
                  onChange={(event) => save(change(setServiceHidden(service.id, !event.currentTarget.checked)))}
                />
                <span>{t.serviceOn(title)}</span>
              </label>
              <ul class="page-kinds">
                {service.pages.map(({ page }) => {
                  const key = `${service.id}/${page}`;
                  return (
                    <li key={key}>
                      <label class="choice">
                        <input
                          type="checkbox"
                          checked={!settings.hiddenPages.includes(key)}
                          disabled={serviceOff}
                          onChange={(event) => save(change(setPageHidden(key, !event.currentTarget.checked)))}
                        />
                        <span>{pageName(t, service.id, page)}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}

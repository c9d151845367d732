import { pageKey, SERVICES, type ServiceId } from '../pages';
import { setPageHidden, setPrefs, setServiceHidden } from '../settings/edits';
import type { Settings } from '../settings/schema';
import { change } from '../settings/store';
import type { OptionsText } from './text';

type Props = { t: OptionsText; settings: Settings; save: (change: Promise<unknown>) => void };

/**
 * A page kind as a person would name it ("GCKey sign-in page", "Bank list"): its own name, else a
 * plain word for its kind ("Sign-in page"), else the banner's title for it, else its id.
 */
export function pageName(t: OptionsText, service: ServiceId, page: string): string {
  const key = pageKey({ service, page });
  const banner = (t as unknown as Record<string, unknown>)[`what_${key}`];
  return t.pageNames[key] ?? t.pagePlain[page] ?? (typeof banner === 'string' ? banner : page);
}

/** A service as a person would name it ("GCKey", "IRCC secure account"), else the banner's words. */
export const serviceName = (t: OptionsText, service: string): string =>
  t.serviceNames[service] ?? String((t as unknown as Record<string, unknown>)[`what_${service}`] ?? service);

/**
 * Where the guide shows: one switch for everything, then one group per service, closed at first
 * (details/summary: the summary says whether anything is hidden there), holding the service's switch
 * and one per page kind (the same list the banner's close button adds to). The page kinds come from
 * the catalogue, so a new page kind appears here by itself.
 */
export function Banners({ t, settings, save }: Props) {
  return (
    <section id="banners" aria-labelledby="banners-heading">
      <h2 id="banners-heading">{t.banners}</h2>
      <div class="banners-top">
        <label class="switch">
          <input
            type="checkbox"
            checked={!settings.disabled}
            onChange={(event) => save(change(setPrefs({ disabled: !event.currentTarget.checked })))}
          />
          <span>{t.bannersOn}</span>
        </label>
        {settings.disabled ? <p class="note">{t.bannersOffNote}</p> : <p class="help">{t.bannersHelp}</p>}
      </div>
      <div class="services">
        {SERVICES.map((service) => {
          const title = serviceName(t, service.id);
          const serviceOff = settings.hiddenServices.includes(service.id);
          const hidden = service.pages.filter(({ page }) =>
            settings.hiddenPages.includes(pageKey({ service: service.id, page })),
          ).length;
          return (
            <details key={service.id} class="service">
              <summary>
                <span class="service-name">{title}</span>{' '}
                <span class="muted">
                  ({t.serviceState(hidden, service.pages.length, serviceOff || settings.disabled)})
                </span>
              </summary>
              <fieldset disabled={settings.disabled}>
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
                    const key = pageKey({ service: service.id, page });
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
            </details>
          );
        })}
      </div>
    </section>
  );
}

/** The services the extension recognises (the `data-ircc-service` values of its banner). */
export const SERVICE_IDS = [
  'gckey',
  'sign-in-partner',
  'secure-account',
  'pr-portal',
  'ircc-portal',
  'status-tracker',
  'citizenship',
  'pr-tracker',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
export type Lang = 'en' | 'fr';

export type PageMatch = { service: ServiceId; page: string; lang: Lang | undefined };

/** One page kind: a pure test of an already-vetted https URL on one of the service's hosts. */
export type PageRule = { page: string; test: (url: URL) => boolean };

/**
 * The URLs that prove a service's rules, written beside them: every `yes` must match its page and no
 * other, every `no` must not match that page, every look-alike must match nothing at all.
 */
export type ServiceExamples = {
  lookAlikes?: readonly string[];
  pages: Record<string, { yes: readonly string[]; no?: readonly string[] }>;
};

export type Service = {
  id: ServiceId;
  /** Exact host names; a leading `*.` means any sub-domain (never the bare domain, never a suffix trick). */
  hosts: readonly string[];
  /** Whether a URL on one of the hosts belongs to this service at all (e.g. not `/eta` on the secure account host). */
  owns?: (url: URL) => boolean;
  langOf: (url: URL) => Lang | undefined;
  /** Checked in order; the first that matches wins. The last rule is usually the catch-all `other`. */
  pages: readonly PageRule[];
  /**
   * A single-page app: it changes route without a new document, and the banner follows it there
   * (src/content/navigation.ts). Elsewhere nothing watches the address (watching costs every load
   * the Navigation API's set-up). Set for the apps.cic.gc.ca portals; the other services' pages
   * each come as a new document in the copies the test pages are modelled on (the bank list's
   * current host is inferred: if it turns out to route in place, it needs this too).
   */
  singlePage?: true;
};

import type { PageKey } from '../pages';

/** A page kind's name, by its key: a key the catalogue does not have does not compile. */
type PageNames = Partial<Record<PageKey, string>>;

/** The words of the options page (beside ui-en.ts, which it shares with the popup). */
export const optionsEn = {
  optionsTitle: 'Sign-In Guide for IRCC: settings',
  openSettings: 'All settings: people, backup, sync, privacy',
  onThisPage: 'On this page',

  // People
  people: 'People',
  peopleHelp:
    'Each person who signs in on this computer, with the way they sign in. The one marked “signing in now” is the one the guide speaks about.',
  signingInNow: 'signing in now',
  makeActive: (name: string) => `Make ${name} the one signing in`,
  makeActiveMe: 'I am the one signing in',
  nameLabel: 'Name',
  nameHelpMe: 'Leave empty to be called “Me”.',
  history: 'What the guide has seen',
  noHistory: 'No sign-in seen yet.',
  newGckeyMade: (date: string) => `Went ahead on the GCKey sign-up page: ${date}`,
  deletePerson: (name: string) => `Delete “${name}”`,
  deleted: (name: string) => `“${name}” was deleted.`,
  undo: 'Undo',
  restored: (name: string) => `“${name}” is back.`,
  lastPersonStays: 'There is always at least one person; to start over, use “Forget everything”.',

  // Banners
  banners: 'Guides on IRCC pages',
  bannersOn: 'Show the guide on IRCC pages',
  bannersOffNote: 'The guide is off everywhere: no banner and no warning on any IRCC page.',
  serviceOn: (service: string) => `All pages: ${service}`,
  bannersHelp: 'Open a service to choose page by page where the guide shows.',
  serviceState: (hidden: number, total: number, off: boolean) =>
    off ? 'off' : hidden === 0 ? 'on' : `hidden on ${hidden} of ${total} pages`,
  // Names a person would give each page (service/page ids from src/pages); a page id missing here
  // takes its plain name (pagePlain), so a page added to the catalogue still has a word.
  serviceNames: {
    gckey: 'GCKey',
    'sign-in-partner': 'Sign-In Partner (your bank)',
    'secure-account': 'IRCC secure account',
    'pr-portal': 'Permanent Residence Portal',
    'ircc-portal': 'IRCC Portal',
    'status-tracker': 'Application status tracker',
    citizenship: 'Citizenship: applying and tracking',
    'pr-tracker': 'Permanent residence application tracker',
  } as Record<string, string>,
  pageNames: {
    'gckey/sign-in': 'GCKey sign-in page',
    'gckey/sign-up': 'GCKey sign-up page (makes a new GCKey)',
    'gckey/recover': 'Forgot your GCKey username or password',
    'gckey/info': 'GCKey help pages',
    'gckey/other': 'Other GCKey pages',
    'sign-in-partner/choose-partner': 'Bank list',
    'sign-in-partner/other': 'Other Sign-In Partner pages',
    'secure-account/choose-sign-in': 'Choosing how to sign in (GCKey or bank)',
    'secure-account/sign-in-redirect': 'The page on the way to sign-in',
    'secure-account/home': 'Your account’s home page',
    'secure-account/reference-code': 'Personal reference code',
    'secure-account/terms': 'Terms and conditions',
    'secure-account/identity-validation': 'Security question',
    'secure-account/sign-out': 'Signed out',
    'secure-account/application': 'An application',
    'secure-account/register': 'Register for an account',
    'secure-account/other': 'Other secure account pages',
    'pr-portal/representative': 'Pages for representatives',
  } satisfies PageNames as PageNames,
  pagePlain: {
    'sign-in': 'Sign-in page',
    register: 'Registration page',
    tracker: 'Status tracker',
    'apply-sign-in': 'Sign-in to apply online',
    representative: 'Pages for representatives',
    other: 'Other pages',
  } as Record<string, string>,

  // Language and look
  appearance: 'Language and look',
  languageLegend: 'Language of the guide',
  languagePage: 'Follow the page',
  languagePageHelp: 'Banners speak the IRCC page’s language; this page and the toolbar window follow your browser.',
  languageEn: 'English',
  languageFr: 'Français',
  themeLegend: 'Colours',
  themeSystem: 'Same as the system',
  themeLight: 'Light',
  themeDark: 'Dark',

  // Sync
  sync: 'Sync between your computers',
  syncOn: 'Sync these settings through my browser account',
  syncHelp:
    'Off unless you turn it on. When on, your browser keeps a copy of these settings in the account you are signed in to in this browser (Google, Microsoft or Mozilla), and your other computers with this guide and sync on get them. A person changed on two computers keeps the latest change; nobody is lost.',
  syncOk: (time: string) => `Synced at ${time}.`,
  syncWaiting: 'Sync is on. Waiting for the first sync…',
  syncTooLarge: (needed: string, limit: string) =>
    `These settings need ${needed}, and browser sync holds at most ${limit}. Sync is paused; everything stays in this browser. Delete some people to sync again.`,
  syncItemTooLarge: (needed: string, limit: string) =>
    `One person’s details need ${needed}, more than the ${limit} browser sync holds for one. Sync is paused; everything stays in this browser.`,
  syncTooManyItems: (count: number, limit: number) =>
    `These settings need ${count} entries, and browser sync holds at most ${limit}. Sync is paused; everything stays in this browser.`,
  syncTooManyPeople: (count: number, limit: number) =>
    `Together with your other computers there would be ${count} people, more than the ${limit} this guide keeps. Sync is paused; nothing was changed.`,
  syncNewer: 'Another computer uses a newer version of this guide. Sync is paused until you update it here.',
  syncFailed: 'The last sync failed. It will try again at the next change.',
  syncOffNote:
    'Turning sync off keeps your settings here; your browser account keeps its copy for your other computers.',

  // Backup
  backup: 'Back up and restore',
  backupHelp:
    'A backup is a readable file with your people and settings. It contains no password: the guide never has one.',
  exportButton: 'Export to a file',
  exported: (file: string) => `Saved as ${file} in your downloads.`,
  importLabel: 'Import from a file',
  importHelp: 'You will see what changes before anything changes.',
  previewHeading: 'Check before importing',
  previewFrom: (date: string) => `Backup made on ${date}.`,
  previewAdded: 'Added',
  previewChanged: 'Replaced by the file’s version',
  previewRemoved: 'Deleted (not in the file)',
  previewUnchanged: (count: number) => (count === 1 ? '1 person unchanged.' : `${count} people unchanged.`),
  previewPrefs: 'Other settings that change',
  previewNothing: 'This file holds exactly what is here already: importing it changes nothing.',
  applyImport: 'Import',
  cancelImport: 'Cancel',
  imported: (count: number) => (count === 1 ? 'Imported: 1 person.' : `Imported: ${count} people.`),
  importUndone: 'The import was undone.',
  undoImport: 'Undo the import',
  importCancelled: 'Nothing was imported.',
  pref_hiddenPages: 'page kinds without a guide',
  pref_hiddenServices: 'services without a guide',
  pref_disabled: 'the guide on or off',
  pref_language: 'language',
  pref_theme: 'colours',

  // Import problems
  importFailed: 'This file was not imported, and nothing changed.',
  problem_tooLarge: (size: string, limit: string) => `The file is too large (${size}; a backup is at most ${limit}).`,
  problem_empty: 'The file is empty.',
  problem_notJson: 'The file is not a backup: it is not JSON text.',
  problem_notSettings: 'The file is not a backup of this guide’s settings.',
  problem_badVersion: 'The file does not say which version of the settings it holds.',
  problem_noPeople: 'The file has no people in it.',
  // What an import keeps as it is, or leaves out (shown in the preview, before anything changes)
  asideHeading: 'What this version does not use as it is',
  aside_newerVersion: (version: number) =>
    `This file comes from a newer version of this guide (settings version ${version}). What this version cannot read is kept as it is.`,
  aside_unknownField: (field: string, where: string) => `Kept as it is, not used by this version: “${field}”${where}.`,
  aside_unknownValue: (where: string) => `A value this version cannot read, kept as it is${where}.`,
  aside_unknownBank: (where: string) => `A bank this version does not know, kept as it is${where}.`,
  aside_cleanedName: (where: string) =>
    `A name had hidden or control characters, or was too long: they were removed${where}.`,
  aside_leftOut: (where: string) =>
    `Could not be read, left out${where}. Importing keeps the whole file aside on this computer, to download.`,
  where_person: (n: number) => `person ${n}`,
  where_in: (where: string) => ` (in ${where})`,
  field_label: 'name',
  field_method: 'sign-in method',
  field_partner: 'bank',
  field_lastUsed: 'last use',
  field_newGckeyAt: 'new GCKey date',
  field_updatedAt: 'change date',
  field_id: 'identifier',
  field_at: 'date',
  field_activeProfile: 'who is signing in',
  field_profiles: 'people',
  field_exportedAt: 'export date',
  field_settings: 'settings',
  field_prefsChangedAt: 'change date',
  field_deletedProfiles: 'deleted people',

  // Quarantine
  quarantineHeading: 'Some saved settings could not be read',
  quarantineText:
    'Part of what was saved was damaged (by an older version, another program, or a disk error). Everything that could be read is kept and in use. The damaged original is kept aside, unchanged: download it to keep it or to send it to someone who can help.',
  quarantineEntry: (date: string, where: string, size: string) => `Found ${date} in ${where}, ${size}.`,
  quarantineFromStorage: 'this browser',
  quarantineFromSync: 'your browser account (sync)',
  quarantineFromImport: 'a file you imported',
  quarantineTruncated: 'It was too large to keep whole: its beginning is kept.',
  quarantineDownload: 'Download the damaged original',
  quarantineDismiss: 'Remove it',

  // Privacy
  privacyHeading: 'Privacy',
  privacySummary: 'What is stored, where, for how long',
  privacyWhatTitle: 'What is stored',
  privacyWhat:
    'For each person: the name you gave, how they sign in (GCKey or Sign-In Partner, and which bank), when the guide last saw them start a sign-in, and when they went ahead on the GCKey sign-up page. Also: which guides you turned off, the language and colours, whether sync is on, and when the welcome page was shown.',
  privacyNeverTitle: 'What is never read or stored',
  privacyNever: 'Usernames, passwords, security answers, or anything you type into a page.',
  privacyWhereTitle: 'Where',
  privacyWhere:
    'In this browser’s extension storage, on this computer. If you turn sync on, also in your browser account, kept by your browser’s maker like all sync data.',
  privacyHowLongTitle: 'For how long',
  privacyHowLong:
    'Until you change it, delete a person, use “Forget everything” below, or remove the extension (which erases it from this computer).',
  privacySentTitle: 'What is sent',
  privacySent:
    'Nothing. The guide makes no network request, has no analytics, and loads no code from anywhere. A backup file goes only where you save it.',

  // Forget
  forgetHeading: 'Forget everything',
  forgetHelp: 'Erases every person and every setting from this browser, and from your browser account if sync is on.',
  forgetButton: 'Forget everything…',
  forgetConfirmTitle: 'Forget everything?',
  forgetConfirmText:
    'Every person, the way each signs in, and every setting will be erased from this browser (and from your browser account, if sync is on). This cannot be undone: export a backup first if you may need them.',
  forgetConfirm: 'Yes, forget everything',
  forgetCancel: 'Keep everything',
  forgotten: 'Everything was forgotten. The guide is as it was when installed.',

  kilobytes: (kb: string) => `${kb} KB`,
};

export type OptionsMessages = typeof optionsEn;

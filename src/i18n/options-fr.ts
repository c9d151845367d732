import type { PageKey } from '../pages';
import type { OptionsMessages } from './options-en';

type PageNames = Partial<Record<PageKey, string>>;

/** Les textes de la page d’options (mêmes règles typographiques que fr.ts). */
export const optionsFr: OptionsMessages = {
  optionsTitle: 'Guide de connexion IRCC : paramètres',
  openSettings: 'Tous les paramètres : personnes, sauvegarde, synchronisation, confidentialité',
  onThisPage: 'Sur cette page',

  // Personnes
  people: 'Personnes',
  peopleHelp:
    'Chaque personne qui se connecte sur cet ordinateur, avec sa façon de se connecter. Celle qui est marquée « se connecte maintenant » est celle dont parle le guide.',
  signingInNow: 'se connecte maintenant',
  makeActive: (name: string) => `Indiquer que ${name} se connecte maintenant`,
  makeActiveMe: 'C’est moi qui me connecte',
  nameLabel: 'Nom',
  nameHelpMe: 'Laissez vide pour afficher « Moi ».',
  history: 'Ce que le guide a vu',
  noHistory: 'Aucune connexion vue pour l’instant.',
  newGckeyMade: (date: string) => `A poursuivi sur la page d’inscription à CléGC : ${date}`,
  deletePerson: (name: string) => `Supprimer « ${name} »`,
  deleted: (name: string) => `« ${name} » ne fait plus partie de la liste.`,
  undo: 'Annuler',
  restored: (name: string) => `« ${name} » est de retour dans la liste.`,
  lastPersonStays: 'Il reste toujours au moins une personne; pour repartir de zéro, utilisez « Tout oublier ».',

  // Bandeaux
  banners: 'Guides sur les pages d’IRCC',
  bannersOn: 'Afficher le guide sur les pages d’IRCC',
  bannersOffNote: 'Le guide est désactivé partout : aucun bandeau ni avertissement sur les pages d’IRCC.',
  serviceOn: (service: string) => `Toutes les pages : ${service}`,
  bannersHelp: 'Ouvrez un service pour choisir, page par page, où le guide s’affiche.',
  serviceState: (hidden: number, total: number, off: boolean) =>
    off ? 'désactivé' : hidden === 0 ? 'activé' : `masqué sur ${hidden} des ${total} pages`,
  serviceNames: {
    gckey: 'CléGC',
    'sign-in-partner': 'Partenaire de connexion (votre banque)',
    'secure-account': 'Compte sécurisé d’IRCC',
    'pr-portal': 'Portail de résidence permanente',
    'ircc-portal': 'Portail d’IRCC',
    'status-tracker': 'Outil de suivi de l’état de la demande',
    citizenship: 'Citoyenneté : demande et suivi',
    'pr-tracker': 'Outil de suivi des demandes de résidence permanente',
  } as Record<string, string>,
  pageNames: {
    'gckey/sign-in': 'Page de connexion CléGC',
    'gckey/sign-up': 'Page d’inscription CléGC (crée une nouvelle CléGC)',
    'gckey/recover': 'Nom d’utilisateur ou mot de passe CléGC oublié',
    'gckey/info': 'Pages d’aide CléGC',
    'gckey/other': 'Autres pages CléGC',
    'sign-in-partner/choose-partner': 'Liste des banques',
    'sign-in-partner/other': 'Autres pages de Partenaire de connexion',
    'secure-account/choose-sign-in': 'Choix de la façon de se connecter (CléGC ou banque)',
    'secure-account/sign-in-redirect': 'Page de passage vers la connexion',
    'secure-account/home': 'Page d’accueil de votre compte',
    'secure-account/reference-code': 'Code de référence personnel',
    'secure-account/terms': 'Modalités',
    'secure-account/identity-validation': 'Question de sécurité',
    'secure-account/sign-out': 'Déconnexion',
    'secure-account/application': 'Une demande',
    'secure-account/register': 'Inscription à un compte',
    'secure-account/other': 'Autres pages du compte sécurisé',
    'pr-portal/representative': 'Pages des représentants',
  } satisfies PageNames as PageNames,
  pagePlain: {
    'sign-in': 'Page de connexion',
    register: 'Page d’inscription',
    tracker: 'Outil de suivi',
    'apply-sign-in': 'Connexion pour présenter une demande en ligne',
    representative: 'Pages des représentants',
    other: 'Autres pages',
  } as Record<string, string>,

  // Langue et apparence
  appearance: 'Langue et apparence',
  languageLegend: 'Langue du guide',
  languagePage: 'Suivre la page',
  languagePageHelp:
    'Les bandeaux parlent la langue de la page d’IRCC; cette page et la fenêtre de l’extension suivent votre navigateur.',
  languageEn: 'English',
  languageFr: 'Français',
  themeLegend: 'Couleurs',
  themeSystem: 'Comme le système',
  themeLight: 'Claires',
  themeDark: 'Sombres',

  // Synchronisation
  sync: 'Synchronisation entre vos ordinateurs',
  syncOn: 'Synchroniser ces paramètres avec mon compte de navigateur',
  syncHelp:
    'Désactivée tant que vous ne l’activez pas. Une fois activée, votre navigateur garde une copie de ces paramètres dans le compte que vous utilisez dans ce navigateur (Google, Microsoft ou Mozilla), et vos autres ordinateurs qui ont ce guide et la synchronisation activée les reçoivent. Une personne modifiée sur deux ordinateurs garde la modification la plus récente; personne n’est perdu.',
  syncOk: (time: string) => `Synchronisé à ${time}.`,
  syncWaiting: 'La synchronisation est activée. En attente de la première synchronisation…',
  syncTooLarge: (needed: string, limit: string) =>
    `Ces paramètres occupent ${needed}, et la synchronisation du navigateur en garde au plus ${limit}. La synchronisation est en pause; tout reste dans ce navigateur. Supprimez des personnes pour synchroniser de nouveau.`,
  syncItemTooLarge: (needed: string, limit: string) =>
    `Les renseignements d’une personne occupent ${needed}, plus que les ${limit} que la synchronisation garde pour un élément. La synchronisation est en pause; tout reste dans ce navigateur.`,
  syncTooManyItems: (count: number, limit: number) =>
    `Ces paramètres demandent ${count} éléments, et la synchronisation du navigateur en garde au plus ${limit}. La synchronisation est en pause; tout reste dans ce navigateur.`,
  syncTooManyPeople: (count: number, limit: number) =>
    `Avec vos autres ordinateurs, il y aurait ${count} personnes, plus que les ${limit} que ce guide garde. La synchronisation est en pause; rien n’a changé.`,
  syncNewer:
    'Un autre ordinateur utilise une version plus récente de ce guide. La synchronisation est en pause jusqu’à ce que vous le mettiez à jour ici.',
  syncFailed: 'La dernière synchronisation a échoué. Une nouvelle tentative aura lieu au prochain changement.',
  syncOffNote:
    'Désactiver la synchronisation garde vos paramètres ici; votre compte de navigateur garde sa copie pour vos autres ordinateurs.',

  // Sauvegarde
  backup: 'Sauvegarder et restaurer',
  backupHelp:
    'Une sauvegarde est un fichier lisible qui contient les personnes et vos paramètres. Il ne contient aucun mot de passe : le guide n’en a jamais.',
  exportButton: 'Exporter dans un fichier',
  exported: (file: string) => `Enregistré sous ${file} dans vos téléchargements.`,
  importLabel: 'Importer depuis un fichier',
  importHelp: 'Vous verrez les changements avant qu’ils soient appliqués.',
  previewHeading: 'Vérifiez avant d’importer',
  previewFrom: (date: string) => `Sauvegarde faite le ${date}.`,
  previewAdded: 'Ajoutées',
  previewChanged: 'Remplacées par la version du fichier',
  previewRemoved: 'Supprimées (absentes du fichier)',
  previewUnchanged: (count: number) => (count === 1 ? '1 personne inchangée.' : `${count} personnes inchangées.`),
  previewPrefs: 'Autres paramètres qui changent',
  previewNothing: 'Ce fichier contient exactement ce qui est déjà ici : l’importer ne change rien.',
  applyImport: 'Importer',
  cancelImport: 'Annuler',
  imported: (count: number) => (count === 1 ? 'Importé : 1 personne.' : `Importé : ${count} personnes.`),
  importUndone: 'L’importation a été annulée.',
  undoImport: 'Annuler l’importation',
  importCancelled: 'Rien n’a été importé.',
  pref_hiddenPages: 'types de pages sans guide',
  pref_hiddenServices: 'services sans guide',
  pref_disabled: 'guide activé ou désactivé',
  pref_language: 'langue',
  pref_theme: 'couleurs',

  // Problèmes d’importation
  importFailed: 'Ce fichier n’a pas été importé, et rien n’a changé.',
  problem_tooLarge: (size: string, limit: string) =>
    `Le fichier est trop gros (${size}; une sauvegarde fait au plus ${limit}).`,
  problem_empty: 'Le fichier est vide.',
  problem_notJson: 'Le fichier n’est pas une sauvegarde : ce n’est pas du texte JSON.',
  problem_notSettings: 'Le fichier n’est pas une sauvegarde des paramètres de ce guide.',
  problem_badVersion: 'Le fichier n’indique pas quelle version des paramètres il contient.',
  problem_noPeople: 'Le fichier ne contient aucune personne.',
  // Ce qu’une importation garde tel quel, ou laisse de côté (dans l’aperçu, avant tout changement)
  asideHeading: 'Ce que cette version n’utilise pas tel quel',
  aside_newerVersion: (version: number) =>
    `Ce fichier vient d’une version plus récente de ce guide (paramètres version ${version}). Ce que cette version ne sait pas lire est gardé tel quel.`,
  aside_unknownField: (field: string, where: string) =>
    `Gardé tel quel, non utilisé par cette version : « ${field} »${where}.`,
  aside_unknownValue: (where: string) => `Une valeur que cette version ne sait pas lire, gardée telle quelle${where}.`,
  aside_unknownBank: (where: string) => `Une banque que cette version ne connaît pas, gardée telle quelle${where}.`,
  aside_cleanedName: (where: string) =>
    `Un nom contenait des caractères cachés ou de contrôle, ou était trop long : ils ont été retirés${where}.`,
  aside_leftOut: (where: string) =>
    `Illisible, laissé de côté${where}. L’importation met le fichier entier de côté sur cet ordinateur, à télécharger.`,
  where_person: (n: number) => `personne ${n}`,
  where_in: (where: string) => ` (dans ${where})`,
  field_label: 'nom',
  field_method: 'façon de se connecter',
  field_partner: 'banque',
  field_lastUsed: 'dernière utilisation',
  field_newGckeyAt: 'date de la nouvelle CléGC',
  field_updatedAt: 'date de modification',
  field_id: 'identifiant',
  field_at: 'date',
  field_activeProfile: 'personne qui se connecte',
  field_profiles: 'personnes',
  field_exportedAt: 'date d’exportation',
  field_settings: 'paramètres',
  field_prefsChangedAt: 'date de modification',
  field_deletedProfiles: 'personnes supprimées',

  // Quarantaine
  quarantineHeading: 'Certains paramètres enregistrés n’ont pas pu être lus',
  quarantineText:
    'Une partie de ce qui était enregistré était endommagée (par une ancienne version, un autre programme ou une erreur de disque). Tout ce qui a pu être lu est gardé et utilisé. L’original endommagé est mis de côté, tel quel : téléchargez-le pour le garder ou pour l’envoyer à quelqu’un qui peut aider.',
  quarantineEntry: (date: string, where: string, size: string) => `Trouvé le ${date} dans ${where}, ${size}.`,
  quarantineFromStorage: 'ce navigateur',
  quarantineFromSync: 'votre compte de navigateur (synchronisation)',
  quarantineFromImport: 'un fichier que vous avez importé',
  quarantineTruncated: 'Il était trop gros pour être gardé en entier : son début est gardé.',
  quarantineDownload: 'Télécharger l’original endommagé',
  quarantineDismiss: 'Le retirer',

  // Confidentialité
  privacyHeading: 'Confidentialité',
  privacySummary: 'Ce qui est conservé, où et pendant combien de temps',
  privacyWhatTitle: 'Ce qui est enregistré',
  privacyWhat:
    'Pour chaque personne : le nom que vous lui avez donné, sa façon de se connecter (CléGC ou Partenaire de connexion, et quelle banque), quand le guide l’a vue commencer une connexion pour la dernière fois, et quand elle a poursuivi sur la page d’inscription à CléGC. Aussi : les guides que vous avez désactivés, la langue et les couleurs, si la synchronisation est activée, et quand la page de bienvenue s’est affichée.',
  privacyNeverTitle: 'Ce qui n’est jamais lu ni enregistré',
  privacyNever:
    'Les noms d’utilisateur, les mots de passe, les réponses de sécurité et tout ce que vous tapez dans une page.',
  privacyWhereTitle: 'Où',
  privacyWhere:
    'Dans le stockage des extensions de ce navigateur, sur cet ordinateur. Si vous activez la synchronisation, aussi dans votre compte de navigateur, gardé par l’éditeur de votre navigateur comme toutes les données synchronisées.',
  privacyHowLongTitle: 'Pendant combien de temps',
  privacyHowLong:
    'Jusqu’à ce que vous le changiez, supprimiez une personne, utilisiez « Tout oublier » plus bas, ou retiriez l’extension (ce qui l’efface de cet ordinateur).',
  privacySentTitle: 'Ce qui est envoyé',
  privacySent:
    'Rien. Le guide ne fait aucune requête réseau, n’a aucune mesure d’audience et ne charge aucun code externe. Un fichier de sauvegarde va seulement là où vous l’enregistrez.',

  // Tout oublier
  forgetHeading: 'Tout oublier',
  forgetHelp:
    'Efface chaque personne et chaque paramètre de ce navigateur, et de votre compte de navigateur si la synchronisation est activée.',
  forgetButton: 'Tout oublier…',
  forgetConfirmTitle: 'Tout oublier?',
  forgetConfirmText:
    'Chaque personne, sa façon de se connecter et chaque paramètre seront effacés de ce navigateur (et de votre compte de navigateur, si la synchronisation est activée). C’est définitif : exportez d’abord une sauvegarde si vous risquez d’en avoir besoin.',
  forgetConfirm: 'Oui, tout oublier',
  forgetCancel: 'Tout garder',
  forgotten: 'Tout a été oublié. Le guide est comme à son installation.',

  kilobytes: (kb: string) => `${kb} Ko`,
};

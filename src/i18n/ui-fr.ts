import type { UiMessages } from './ui-en';

/** Les textes de la fenêtre de l’extension et de la page d’options (mêmes règles typographiques que fr.ts). */
export const uiFr: UiMessages = {
  popupTitle: 'Guide de connexion IRCC',
  popupUnofficial: 'Non officiel : ce guide ne provient pas du gouvernement du Canada.',
  thisTab: 'Cet onglet',
  notIrcc: 'Ce n’est pas une page d’IRCC',
  officialIrcc: 'Page officielle d’IRCC — pas de connexion ici',
  pageHidden: 'Vous avez masqué le guide sur ce type de page.',
  showAgain: 'Afficher de nouveau le guide ici',
  howYouSignIn: 'Comment vous vous connectez à votre compte sécurisé d’IRCC',
  howYouSignInHelp: 'La façon choisie à la création de votre compte. L’autre façon ouvre un nouveau compte vide.',
  howSignsIn: (name: string) => `Comment ${name} se connecte`,
  bankOf: (name: string) => `Banque de ${name} (Partenaire de connexion)`,
  notSetYet: 'Pas encore indiqué',
  partnerSelect: 'Votre banque (Partenaire de connexion)',
  partnerChoose: 'Choisissez votre banque…',
  partnerUnknown: 'Une banque que cette version ne connaît pas',
  saved: 'Enregistré.',
  privacy:
    'Votre choix reste dans ce navigateur. Rien n’est envoyé ailleurs. L’extension ne lit jamais aucun mot de passe.',

  whoSignsIn: 'Qui se connecte?',
  me: 'Moi',
  activeNow: 'Personne qui se connecte :',
  switchTo: 'Passer à',
  addAndSwitch: 'Ajouter et passer à cette personne',
  addedKept: (added: string, current: string) =>
    `Personne ajoutée : ${added}. ${current} reste la personne qui se connecte.`,
  addPerson: 'Ajouter une personne',
  personName: 'Nom de la personne, comme vous voulez l’afficher (par exemple « Maria » ou « Dossier 12 »)',
  add: 'Ajouter',
  cancel: 'Annuler',
  lastUsed: (way: string, date: string) => `Dernière utilisation : ${way}, ${date}`,
  lastUsedWay: (method: string, bank: string | undefined) => (bank ? `${method} (${bank})` : method),
  rememberLastUsed: (way: string) => `Retenir ${way}`,
  lastUsedDiffers: 'Ce n’est pas la façon enregistrée ci-dessous. L’autre façon ouvre un compte différent et vide.',

  lookAlikeStrong: 'Ce n’est pas un site du gouvernement du Canada.',
  lookAlikeTip: 'Ce site mentionne IRCC, mais ce n’est pas un site du gouvernement du Canada.',
  lookAlikeWhy:
    'Les pages officielles d’IRCC sont en français et en anglais, et leur adresse se termine par canada.ca ou gc.ca. Ne vous connectez pas à partir d’un lien reçu dans un message que vous n’attendiez pas.',
  lookAlikeLink: 'Aller à la page de connexion officielle d’IRCC (canada.ca)',
};

import type { GuardMessages } from './guards-en';

export const guardsFr: GuardMessages = {
  gckey: 'CléGC',
  partner: 'Partenaire de connexion',
  yourBank: 'votre banque',
  mark: 'Le vôtre',
  markLabel: 'Le vôtre, selon le guide de connexion IRCC non officiel',
  unofficial: 'Guide non officiel',
  dialogTitle: 'Ce choix ouvre un autre compte',
  g_dialogBody: (yours: string, other: string) =>
    `Vous avez indiqué à ce guide que vous vous connectez avec ${yours}. Si vous continuez avec ${other}, vous créerez un compte distinct et vide, sans vos demandes.`,
  useInstead: (yours: string) => `Utiliser plutôt ${yours}`,
  continueAnyway: (other: string) => `Continuer quand même avec ${other}`,
  cancel: 'Annuler',
};

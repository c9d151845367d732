import type { GuardMessages } from './guards-en';

export const guardsFr: GuardMessages = {
  gckey: 'CléGC',
  partner: 'Partenaire de connexion',
  yourSignIn: 'Votre mode de connexion',
  yourBank: 'Votre banque',
  personSignIn: (name: string) => `Mode de connexion de ${name}`,
  dialogTitle: 'Ce choix ouvre un autre compte',
  g_dialogBody: (yours: string, other: string) =>
    `Vous vous connectez avec ${yours}. Si vous continuez avec ${other}, vous créerez un compte distinct et vide, sans vos demandes.`,
  g_dialogBodyPerson: (name: string, yours: string, other: string) =>
    `${name} se connecte avec ${yours}. Si vous continuez avec ${other}, vous créerez un compte distinct et vide, sans les demandes de ${name}.`,
  useInstead: (yours: string) => `Utiliser plutôt ${yours}`,
  continueAnyway: (other: string) => `Continuer quand même avec ${other}`,
  cancel: 'Annuler',
};

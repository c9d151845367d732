import type { Messages } from './en';

/**
 * Tous les textes en français, avec les termes du gouvernement (CléGC, Partenaire de connexion,
 * compte sécurisé d’IRCC, Portail de résidence permanente…). Typographie : espace insécable (U+00A0)
 * avant le deux-points et à l’intérieur des « », aucune espace avant ? ! ; (usage canadien).
 */
export const fr: Messages = {
  unofficial: 'Guide non officiel',
  bannerLabel: 'Guide de connexion IRCC (extension non officielle)',
  more: 'Plus',
  close: 'Masquer',
  hideAsk:
    'Masquer ce guide sur ce type de page? Pour le réafficher : bouton de l’extension (barre d’outils ou menu des extensions).',
  hideAskWarning:
    'Masquer ce guide, et son avertissement, sur ce type de page? Pour le réafficher : bouton de l’extension (barre d’outils ou menu des extensions).',
  hideYes: 'Masquer',
  hideNo: 'Garder',
  change: 'Modifier',
  yes: 'Oui',
  no: 'Non',
  backToIrcc: 'Retour à la page de connexion d’IRCC',

  method_gckey: 'CléGC',
  method_partner: 'Partenaire de connexion',
  answerForgot: 'Je ne sais plus',
  answerNoAccount: 'Pas encore de compte',

  // Où vous êtes
  what_gckey: 'CléGC, le nom d’utilisateur et le mot de passe du gouvernement',
  'what_gckey/sign-in': 'Page de connexion CléGC',
  'what_gckey/sign-up': 'Page d’inscription à CléGC',
  'what_gckey/recover': 'CléGC : récupérer votre nom d’utilisateur ou votre mot de passe',
  'what_gckey/info': 'CléGC : aide et renseignements',
  'what_sign-in-partner': 'Partenaire de connexion : connexion avec votre banque',
  'what_sign-in-partner/choose-partner': 'Partenaire de connexion : choisir votre banque',
  'what_secure-account': 'Compte sécurisé d’IRCC',
  'what_secure-account/choose-sign-in': 'Compte sécurisé d’IRCC : page de connexion',
  'what_secure-account/sign-in-redirect': 'Compte sécurisé d’IRCC : redirection vers la connexion',
  'what_secure-account/home': 'Compte sécurisé d’IRCC : accueil de votre compte',
  'what_secure-account/reference-code': 'Compte sécurisé d’IRCC : code de référence personnel',
  'what_secure-account/terms': 'Compte sécurisé d’IRCC : modalités',
  'what_secure-account/identity-validation': 'Compte sécurisé d’IRCC : question de sécurité',
  'what_secure-account/sign-out': 'Compte sécurisé d’IRCC : déconnexion',
  'what_secure-account/application': 'Compte sécurisé d’IRCC : une demande',
  'what_pr-portal': 'Portail de résidence permanente',
  'what_pr-portal/sign-in': 'Portail de résidence permanente : connexion',
  'what_pr-portal/representative': 'Portail de résidence permanente : représentants',
  'what_ircc-portal': 'Portail d’IRCC',
  'what_status-tracker': 'Outil de suivi de l’état de la demande',
  what_citizenship: 'Demande de citoyenneté et outil de suivi',
  'what_citizenship/tracker': 'Outil de suivi des demandes de citoyenneté',
  'what_citizenship/apply-sign-in': 'Demande de citoyenneté en ligne : connexion',
  'what_pr-tracker': 'Outil de suivi des demandes de résidence permanente',

  // Les titres : ce qui compte sur la page, pour cette personne
  g_hGckeyAny: 'La CléGC sert à de nombreux services du gouvernement, pas seulement à IRCC.',
  g_hGckeyForIrcc: 'Pour IRCC, utilisez seulement la CléGC avec laquelle votre compte a été créé.',
  g_hGckeyUnknown: 'Connectez-vous ici seulement si vous avez créé votre compte d’IRCC avec une CléGC.',
  g_hGckeyYours: 'Vous avez créé votre compte d’IRCC avec une CléGC : utilisez votre nom d’utilisateur existant.',
  g_hGckeyNotYours: 'Vous avez créé votre compte d’IRCC avec votre banque : une CléGC en ouvre un nouveau, vide.',
  g_hSignUpAny: 'Cette page crée une nouvelle CléGC, pour n’importe quel service du gouvernement.',
  g_hSignUpForIrcc: 'Pour IRCC, une nouvelle CléGC ouvre un nouveau compte vide.',
  g_hSignUpUnknown: 'Vous avez déjà un compte d’IRCC? Une nouvelle CléGC en ouvre un nouveau, vide.',
  g_hSignUpStop: 'Arrêtez : vous avez un compte d’IRCC. Une nouvelle CléGC en ouvre un nouveau, vide.',
  g_hRegisterUnknown: 'Vous avez déjà un compte d’IRCC? Vous inscrire de nouveau en crée un nouveau, vide.',
  g_hRegisterStop: 'Arrêtez : vous avez un compte d’IRCC. Vous inscrire en crée un nouveau, vide.',
  g_hRecover: 'La récupération conserve votre CléGC; une nouvelle CléGC n’ouvrirait pas vos comptes.',
  g_hPartnerAny:
    'Connectez-vous avec votre banque, pour de nombreux services du gouvernement, pas seulement pour IRCC.',
  g_hPartnerForIrcc: 'Pour IRCC, choisissez seulement la banque avec laquelle votre compte a été créé.',
  g_hPartnerUnknown:
    'Choisissez la banque avec laquelle vous avez créé votre compte d’IRCC : une autre en ouvre un nouveau, vide.',
  g_hPartnerYours: 'Choisissez votre banque, indiquée ci-dessous : une autre banque ouvre un nouveau compte vide.',
  g_hPartnerNotYours: 'Vous avez créé votre compte d’IRCC avec une CléGC : une banque en ouvre un nouveau, vide.',
  g_hChooserGckey: 'Le vôtre est le bouton CléGC. L’autre ouvre un nouveau compte vide.',
  g_hChooserPartner:
    'Le vôtre est le bouton Partenaire de connexion, puis votre banque. L’autre ouvre un nouveau compte vide.',
  g_questionPrompt: 'Qu’avez-vous utilisé pour créer votre compte?',
  g_seenGckey: 'La dernière fois, dans ce navigateur : CléGC. Est-ce ainsi que vous avez créé votre compte?',
  g_seenPartner:
    'La dernière fois, dans ce navigateur : Partenaire de connexion. Est-ce ainsi que vous avez créé votre compte?',
  g_hRedirect: 'Vers la CléGC ou votre banque, selon votre choix sur la page d’IRCC.',
  g_hHome: 'Vos demandes, vos documents et les messages d’IRCC sont ici.',
  g_hHomeNewGckey: 'Vous venez de créer une nouvelle CléGC : aucune demande ici signifie un nouveau compte vide.',
  g_hHomeOtherWay:
    'Vous venez d’utiliser un autre mode de connexion que celui indiqué : ce compte est peut-être nouveau et vide.',
  g_hAccount: 'Votre compte sécurisé d’IRCC : demandes, documents et messages d’IRCC.',
  g_hPrPortal:
    'Pour confirmer votre résidence permanente, connectez-vous avec les renseignements du courriel d’invitation d’IRCC.',
  g_hPrRep: 'Les représentants s’inscrivent ici pour obtenir leur propre compte : aucune invitation n’est nécessaire.',
  g_hOwnAccount: 'Un compte distinct, sans CléGC ni banque : ce n’est pas votre compte sécurisé d’IRCC.',

  // Après une réponse
  g_noAccountYet:
    'Dans ce cas, l’une ou l’autre convient : choisissez-en une maintenant et utilisez toujours la même. Chaque façon crée son propre compte.',
  g_forgot:
    'Essayez l’une des deux façons. Si IRCC vous demande ensuite d’enregistrer un nouveau profil, arrêtez-vous : cela créerait un nouveau compte. Revenez en arrière et essayez l’autre.',
};

import type { Messages } from './en';

/**
 * Tous les textes en français, avec les termes du gouvernement (CléGC, Partenaire de connexion…).
 * Typographie : espace insécable (U+00A0) avant le deux-points et à l’intérieur des « », aucune espace
 * avant ? ! ; (usage canadien).
 */
export const fr: Messages = {
  extName: 'Guide de connexion IRCC (non officiel)',
  unofficial: 'Guide non officiel',
  bannerLabel: 'Guide de connexion IRCC (extension non officielle)',
  close: 'Masquer ce guide sur ce type de page',
  next: 'À faire :',
  officialLinkAccounts: 'De quel compte d’IRCC ai-je besoin? (canada.ca)',
  officialLinkSignIn: 'Page de connexion au compte sécurisé d’IRCC (canada.ca)',

  method_gckey: 'CléGC',
  method_partner: 'Partenaire de connexion',
  yourBank: 'votre banque',
  phrase_gckey: 'CléGC',
  phrase_partner: (bank: string) => `${bank} (Partenaire de connexion)`,
  answerNoAccount: 'Je n’ai pas encore de compte',

  // Où vous êtes
  what_gckey: 'CléGC, le nom d’utilisateur et le mot de passe du gouvernement',
  'what_gckey/sign-in': 'Page de connexion CléGC',
  'what_gckey/sign-up': 'Inscription à CléGC : cette page crée une nouvelle CléGC',
  'what_gckey/recover': 'CléGC : récupérer votre nom d’utilisateur ou votre mot de passe',
  'what_gckey/info': 'CléGC : aide et renseignements',
  'what_sign-in-partner': 'Partenaire de connexion : connexion avec votre banque',
  'what_sign-in-partner/choose-partner': 'Partenaire de connexion : choisir votre banque',
  'what_secure-account': 'Compte sécurisé d’IRCC',
  'what_secure-account/choose-sign-in': 'Compte sécurisé d’IRCC : choisir comment vous connecter',
  'what_secure-account/sign-in-redirect': 'Compte sécurisé d’IRCC : redirection vers la connexion',
  'what_secure-account/home': 'Compte sécurisé d’IRCC : accueil de votre compte',
  'what_secure-account/reference-code': 'Compte sécurisé d’IRCC : code de référence personnel',
  'what_secure-account/terms': 'Compte sécurisé d’IRCC : conditions d’utilisation',
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

  // À quoi sert la page, ce qu’elle n’est pas, quoi faire ensuite
  g_gckeyPurpose: 'CléGC sert seulement à vérifier votre identité, puis vous renvoie au service d’où vous venez.',
  g_gckeyNot:
    'Ce n’est que l’étape de connexion : vos demandes se trouvent dans votre compte sécurisé d’IRCC, pas ici.',
  g_gckeyNext:
    'Utilisez le nom d’utilisateur CléGC que vous avez déjà créé. Vous l’avez oublié? Récupérez-le plutôt que de vous réinscrire.',
  g_signUpPurpose: 'Cette page crée un tout nouveau nom d’utilisateur CléGC.',
  g_signUpNot:
    'Une nouvelle CléGC n’ouvre pas le compte d’IRCC que vous avez déjà : elle en crée un nouveau, qui est vide.',
  g_signUpNext:
    'Vous avez déjà un compte d’IRCC? Revenez en arrière et connectez-vous, ou récupérez votre nom d’utilisateur ou votre mot de passe.',
  g_recoverPurpose: 'En la récupérant, vous conservez votre CléGC, et donc votre compte d’IRCC et vos demandes.',
  g_recoverNext:
    'Récupérez votre CléGC plutôt que de vous réinscrire : une nouvelle CléGC ouvre un nouveau compte vide.',
  g_partnerPurpose:
    'Vous vous connectez avec vos services bancaires en ligne, au moyen du service de connexion Interac. Le gouvernement ne sait pas quelle banque vous utilisez.',
  g_partnerNot: 'Ce n’est que l’étape de connexion : vos demandes se trouvent dans votre compte sécurisé d’IRCC.',
  g_partnerNext: 'Choisissez la même banque que la dernière fois : une autre banque ouvre un compte différent et vide.',
  g_accountPurpose:
    'C’est ici que vous présentez une demande, téléversez des documents, lisez les messages d’IRCC et suivez vos demandes.',
  g_accountNot: 'Ce n’est pas le Portail de résidence permanente, qui est un compte distinct.',
  g_accountNext:
    'Votre demande de résidence permanente est approuvée et vous avez reçu une invitation par courriel? La suite se passe dans le Portail de résidence permanente.',
  g_chooserPurpose:
    'Votre compte sécurisé s’ouvre soit avec CléGC, soit avec un Partenaire de connexion (votre banque).',
  g_chooserNot: 'L’autre bouton n’ouvre pas votre compte : il en crée un nouveau, qui est vide.',
  g_chooserNext: 'Choisissez le bouton que vous avez utilisé pour créer votre compte.',
  g_redirectPurpose:
    'Cette étape vous dirige vers CléGC ou vers la liste des banques, selon le bouton que vous avez choisi.',
  g_homeNot:
    'Vous ne voyez pas vos demandes? Vous avez peut-être utilisé un autre mode de connexion, ce qui ouvre un nouveau compte vide.',
  g_homeNext:
    'Déconnectez-vous, puis reconnectez-vous de la même façon qu’avant. Seulement si vous avez changé de banque : liez vos demandes au nouveau compte (5 essais, puis 24 heures d’attente).',
  g_prPortalPurpose:
    'Après l’approbation d’une demande de résidence permanente, ce portail sert à confirmer vos renseignements, téléverser une photo, fournir votre adresse postale et recevoir votre CRP électronique.',
  g_prPortalNot:
    'Il est distinct de votre compte sécurisé d’IRCC et n’y est pas lié : ce que l’un affiche sur votre demande n’apparaît pas dans l’autre.',
  g_prPortalNext:
    'Connectez-vous avec les renseignements du courriel d’invitation d’IRCC. Vous ne pouvez pas vous y inscrire vous-même pour confirmer votre résidence permanente.',
  g_registerPurpose: 'Cette page crée un nouveau compte sécurisé d’IRCC.',
  g_registerNot: 'Vous inscrire de nouveau n’ouvre pas votre compte : cela en crée un deuxième, vide.',
  g_irccPortalNewPurpose: 'La nouvelle version du Portail d’IRCC a son propre compte, aussi pour les passeports.',
  g_irccPortalPurpose:
    'Le Portail d’IRCC a son propre compte : une adresse courriel, un mot de passe et un code d’invitation.',
  g_otherAccountNot:
    'Ce n’est pas votre compte sécurisé d’IRCC, et on ne s’y connecte ni avec CléGC ni avec un Partenaire de connexion.',
  g_otherAccountNext:
    'Vous cherchez les demandes présentées dans votre compte sécurisé d’IRCC? Connectez-vous plutôt à ce compte.',
  g_statusTrackerPurpose: 'L’outil de suivi a sa propre connexion, avec votre IUC et un mot de passe.',
  g_statusTrackerNext:
    'Connectez-vous avec votre IUC et votre mot de passe; après 30 minutes d’inactivité, l’outil vous déconnecte.',
  g_citizenshipPurpose: 'Les demandes de citoyenneté en ligne et leur outil de suivi ont leur propre connexion.',
  g_prTrackerPurpose: 'Cet outil de suivi des demandes de parrainage a son propre compte.',

  // Ce que change le mode de connexion retenu
  g_inviteToRemember:
    'Indiquez à l’extension comment vous vous connectez (avec son bouton dans la barre d’outils de votre navigateur) : elle vous montrera ici la bonne façon de faire.',
  g_youUseGckey: 'Vous vous connectez avec CléGC.',
  g_youUsePartner: (bank: string) => `Vous vous connectez avec ${bank} (Partenaire de connexion).`,
  g_gckeyNotYours: 'Une CléGC ouvre un compte différent et vide.',
  g_gckeyNotYoursNext: 'Revenez à la page de connexion d’IRCC et choisissez le bouton Partenaire de connexion.',
  g_gckeyIsYours: 'Connectez-vous avec le nom d’utilisateur CléGC que vous avez déjà.',
  g_partnerNotYours: 'Se connecter avec une banque ouvre un compte différent et vide.',
  g_partnerNotYoursNext: 'Revenez à la page de connexion d’IRCC et choisissez le bouton CléGC.',
  g_partnerIsYours: (bank: string) => `Choisissez ${bank} : une autre banque ouvre un compte différent et vide.`,
  g_signUpWarning: 'Attention : une nouvelle CléGC crée un nouveau compte d’IRCC vide, sans vos demandes.',
  g_chooserYoursGckey: 'Votre bouton est celui de CléGC.',
  g_chooserYoursPartner: (bank: string) =>
    `Votre bouton est celui du Partenaire de connexion. Choisissez ensuite ${bank}.`,
  // Plusieurs personnes dans un navigateur, et ce que l’extension a appris
  g_profileUses: (name: string, way: string) => `Vous vous connectez pour ${name}? ${name} utilise ${way}.`,
  g_profileNotSet: (name: string) =>
    `Vous vous connectez pour ${name}? Indiquez à l’extension comment ${name} se connecte (bouton de l’extension dans la barre d’outils).`,
  g_questionPrompt: 'Qu’avez-vous utilisé pour créer votre compte?',
  g_noAccountYet:
    'Dans ce cas, vous pouvez utiliser l’une ou l’autre façon : choisissez-en une maintenant et utilisez toujours la même. Chaque façon crée son propre compte.',
  g_emptyAfterNewGckey:
    'Vous venez de créer une nouvelle CléGC. Si vos demandes n’apparaissent pas, vous êtes dans un nouveau compte vide : déconnectez-vous, puis reconnectez-vous de la même façon qu’avant.',
  g_emptyAfterOtherWay: (way: string) =>
    `Vous venez de vous connecter d’une autre façon. Si vos demandes n’apparaissent pas, vous êtes peut-être dans un nouveau compte vide : déconnectez-vous, puis reconnectez-vous avec ${way}.`,
  g_linkingHelp:
    'Vous avez changé de banque et devez créer un nouveau compte? Liez-y vos demandes : vous avez droit à 5 essais, puis vous devez attendre 24 heures.',
};

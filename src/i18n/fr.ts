import type { Messages } from './en';

/**
 * Tous les textes en français, avec les termes du gouvernement (CléGC, Partenaire de connexion,
 * compte sécurisé d’IRCC, Portail de résidence permanente…). Typographie : espace insécable (U+00A0)
 * avant le deux-points et à l’intérieur des « », aucune espace avant ? ! ; (usage canadien).
 */
export const fr: Messages = {
  extName: 'Guide de connexion IRCC (non officiel)',
  unofficial: 'Guide non officiel',
  bannerLabel: 'Guide de connexion IRCC (extension non officielle)',
  more: 'Plus',
  close: 'Masquer',
  hideAsk:
    'Masquer ce guide sur ce type de page? Pour le réafficher, utilisez le bouton de l’extension dans la barre d’outils.',
  hideAskWarning:
    'Masquer ce guide, et son avertissement, sur ce type de page? Pour le réafficher, utilisez le bouton de l’extension dans la barre d’outils.',
  hideYes: 'Masquer',
  hideNo: 'Garder',
  next: 'À faire :',
  change: 'Modifier',
  yes: 'Oui',
  no: 'Non',
  officialLinkAccounts: 'De quel compte d’IRCC ai-je besoin? (canada.ca)',
  officialLinkSignIn: 'Page de connexion d’IRCC (canada.ca)',
  backToIrcc: 'Retour à la page de connexion d’IRCC',

  method_gckey: 'CléGC',
  method_partner: 'Partenaire de connexion',
  answerForgot: 'Je ne m’en souviens pas',
  answerNoAccount: 'Je n’ai pas encore de compte',

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

  // Les titres : ce qui compte sur la page, pour cette personne
  g_hGckeyAny: 'La CléGC sert à de nombreux services du gouvernement, pas seulement à IRCC.',
  g_hGckeyForIrcc: 'Pour IRCC, utilisez seulement la CléGC avec laquelle votre compte a été créé.',
  g_hGckeyUnknown: 'Connectez-vous ici seulement si vous avez créé votre compte d’IRCC avec une CléGC.',
  g_hGckeyYours: 'Vous avez créé votre compte d’IRCC avec une CléGC : utilisez votre nom d’utilisateur.',
  g_hGckeyNotYours: 'Vous avez créé votre compte d’IRCC avec votre banque : une CléGC en ouvre un nouveau, vide.',
  g_hSignUpAny: 'Cette page crée une nouvelle CléGC, pour n’importe quel service du gouvernement.',
  g_hSignUpForIrcc: 'Pour IRCC, une nouvelle CléGC ouvre un nouveau compte vide.',
  g_hSignUpUnknown: 'Vous avez déjà un compte d’IRCC? Une nouvelle CléGC en ouvre un nouveau, vide.',
  g_hSignUpStop: 'Arrêtez : vous avez un compte d’IRCC. Une nouvelle CléGC en ouvre un nouveau, vide.',
  g_hRecover: 'La récupération conserve votre CléGC; une nouvelle CléGC n’ouvrirait pas vos comptes.',
  g_hPartnerAny: 'Connectez-vous avec votre banque, pour de nombreux services du gouvernement, pas seulement IRCC.',
  g_hPartnerForIrcc: 'Pour IRCC, choisissez seulement la banque avec laquelle votre compte a été créé.',
  g_hPartnerUnknown:
    'Choisissez la banque avec laquelle vous avez créé votre compte d’IRCC : une autre en ouvre un nouveau, vide.',
  g_hPartnerYours: 'Choisissez votre banque, marquée ci-dessous : une autre banque ouvre un nouveau compte vide.',
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
  g_hHomeNewGckey: 'Vous venez de créer une CléGC : sans vos demandes ici, c’est un nouveau compte vide.',
  g_hHomeOtherWay:
    'Vous avez utilisé un autre mode de connexion que celui indiqué : ce compte est peut-être nouveau et vide.',
  g_hAccount: 'Votre compte sécurisé d’IRCC : demandes, documents et messages d’IRCC.',
  g_hPrPortal:
    'Pour confirmer votre résidence permanente, connectez-vous avec les renseignements du courriel d’invitation d’IRCC.',
  g_hPrRep: 'Les représentants s’inscrivent ici pour obtenir leur propre compte : aucune invitation n’est nécessaire.',
  g_hOwnAccount: 'Un compte distinct : ce n’est pas votre compte sécurisé d’IRCC, ni la CléGC, ni une banque.',

  // Après une réponse
  g_noAccountYet:
    'Dans ce cas, l’une ou l’autre convient : choisissez-en une maintenant et utilisez toujours la même. Chaque façon crée son propre compte.',
  g_forgot:
    'Essayez-en une. Si IRCC vous demande ensuite d’inscrire un nouveau profil, arrêtez-vous : cela créerait un nouveau compte. Revenez en arrière et essayez l’autre.',

  // Sous « Plus » : à quoi sert la page, ce qu’elle n’est pas, quoi faire ensuite, conseils
  g_gckeyPurpose: 'La CléGC sert seulement à vérifier votre identité, puis vous renvoie au service d’où vous venez.',
  g_gckeyNot:
    'Ce n’est que l’étape de connexion : pour IRCC, vos demandes se trouvent dans votre compte sécurisé d’IRCC.',
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
  g_partnerNot:
    'Ce n’est que l’étape de connexion : pour IRCC, vos demandes se trouvent dans votre compte sécurisé d’IRCC.',
  g_partnerNext: 'Choisissez la banque utilisée la première fois : une autre banque ouvre un compte différent et vide.',
  g_accountPurpose:
    'C’est ici que vous présentez une demande, téléversez des documents, lisez les messages d’IRCC et suivez vos demandes.',
  g_accountNot: 'Ce n’est pas le Portail de résidence permanente, qui est un compte distinct.',
  g_accountNext:
    'Votre demande de résidence permanente est approuvée et vous avez reçu une invitation par courriel? La suite se passe dans le Portail de résidence permanente.',
  g_chooserPurpose:
    'Votre compte sécurisé s’ouvre soit avec la CléGC, soit avec un Partenaire de connexion (votre banque).',
  g_chooserNot: 'L’autre bouton n’ouvre pas votre compte : il en crée un nouveau, qui est vide.',
  g_chooserNext: 'Choisissez le bouton que vous avez utilisé pour créer votre compte.',
  g_redirectPurpose:
    'Cette étape vous dirige vers la CléGC ou vers la liste des banques, selon le bouton que vous avez choisi.',
  g_homeNot:
    'Vous ne voyez pas vos demandes? Vous avez peut-être utilisé un autre mode de connexion, ce qui ouvre un nouveau compte vide.',
  g_homeNext: 'Si vos demandes n’y sont pas : déconnectez-vous, puis reconnectez-vous de la même façon qu’avant.',
  g_linkingHelp:
    'La liaison ajoute à votre compte des demandes papier, ou d’anciennes demandes après un changement de banque (5 essais, puis 24 heures d’attente). Elle ne répare pas un compte créé par erreur.',
  g_prPortalPurpose:
    'Après l’approbation d’une demande de résidence permanente, ce portail sert à confirmer vos renseignements, téléverser une photo, fournir votre adresse postale et recevoir votre CRP électronique. Il sert aussi pour les cartes RP et certaines demandes de RP.',
  g_prPortalNot:
    'Il est distinct de votre compte sécurisé d’IRCC et n’y est pas lié : ce que l’un affiche sur votre demande n’apparaît pas dans l’autre.',
  g_prPortalNext:
    'Pour confirmer votre résidence permanente, connectez-vous avec les renseignements du courriel d’invitation d’IRCC : vous ne pouvez pas vous y inscrire vous-même à cette fin.',
  g_prRepPurpose: 'Le côté des représentants du Portail de résidence permanente.',
  g_prRepNext:
    'Les représentants s’inscrivent ici pour obtenir leur propre compte; ils n’attendent pas d’invitation d’IRCC.',
  g_irccPortalPurpose:
    'Le Portail d’IRCC a son propre compte : une adresse courriel, un mot de passe et un code d’invitation.',
  g_otherAccountNot:
    'Ce n’est pas votre compte sécurisé d’IRCC, et on ne s’y connecte ni avec la CléGC ni avec un Partenaire de connexion.',
  g_otherAccountNext:
    'Vous cherchez les demandes présentées dans votre compte sécurisé d’IRCC? Connectez-vous plutôt à ce compte.',
  g_statusTrackerPurpose: 'L’outil de suivi a sa propre connexion, avec votre IUC et un mot de passe.',
  g_statusTrackerNext:
    'Connectez-vous avec votre IUC et votre mot de passe; après 30 minutes d’inactivité, l’outil vous déconnecte.',
  g_citizenshipPurpose: 'Les demandes de citoyenneté en ligne et leur outil de suivi ont leur propre connexion.',
  g_prTrackerPurpose: 'Cet outil de suivi des demandes de parrainage a son propre compte.',
  g_tipFree: 'Ces connexions sont gratuites : personne n’a besoin d’être payé pour vous y donner accès.',
  g_tipInvalidSession:
    '« Invalid Session » ou session non valide? Un RPV ou un serveur mandataire en est souvent la cause : désactivez-le et réessayez.',
  g_tipInvitation:
    'Les invitations viennent d’une adresse cic.gc.ca et sont envoyées au courriel de votre demande : vérifiez vos courriels indésirables.',
  g_tipRespond:
    'Après l’invitation, répondez rapidement dans le portail : le délai pour envoyer votre photo et votre adresse est limité.',
  g_tipQuiet:
    'Après une invitation au Portail de résidence permanente, votre compte sécurisé peut sembler inactif : c’est normal.',
};

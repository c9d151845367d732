import type { MoreMessages } from './more-en';

/** Ce que dit le bandeau sous « Plus », en français (voir more-en.ts). */
export const moreFr: MoreMessages = {
  next: 'Prochaine étape :',
  officialLinkAccounts: 'De quel compte d’IRCC ai-je besoin? (canada.ca)',
  officialLinkSignIn: 'Page de connexion d’IRCC (canada.ca)',
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
  g_registerPurpose: 'Cette page crée un nouveau compte sécurisé d’IRCC.',
  g_registerNot: 'Vous inscrire de nouveau n’ouvre pas votre compte : cela en crée un deuxième, vide.',
  g_irccPortalNewPurpose:
    'La nouvelle version du Portail d’IRCC a son propre compte, aussi utilisé pour renouveler un passeport en ligne.',
  g_recoverPurpose: 'La récupération conserve votre CléGC, et avec elle votre compte d’IRCC et vos demandes.',
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
    'Lier vos demandes à votre compte sert à y ajouter des demandes papier, ou d’anciennes demandes après un changement de banque (5 essais, puis blocage de 24 heures). Cela ne répare pas un compte créé par erreur.',
  g_prPortalPurpose:
    'Après l’approbation d’une demande de résidence permanente, ce portail sert à confirmer vos renseignements, téléverser une photo, fournir votre adresse postale et recevoir votre CRP électronique. Il sert aussi aux cartes RP et à certaines demandes de RP.',
  g_prPortalNot:
    'Il est distinct de votre compte sécurisé d’IRCC et n’y est pas lié : ce que l’un affiche sur votre demande n’apparaît pas dans l’autre.',
  g_prPortalNext:
    'Pour confirmer votre résidence permanente, connectez-vous avec les renseignements du courriel d’invitation d’IRCC : vous ne pouvez pas vous y inscrire vous-même à cette fin.',
  g_prRepPurpose: 'L’espace des représentants du Portail de résidence permanente.',
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
    'Erreur de session non valide (« Invalid Session »)? Un RPV (VPN) ou un serveur mandataire en est souvent la cause : désactivez-le et réessayez.',
  g_tipInvitation:
    'Les invitations viennent d’une adresse cic.gc.ca et sont envoyées à l’adresse courriel de votre demande : vérifiez vos courriels indésirables.',
  g_tipRespond:
    'Après l’invitation, répondez rapidement dans le portail : le délai pour envoyer votre photo et votre adresse est limité.',
  g_tipQuiet:
    'Après une invitation au Portail de résidence permanente, votre compte sécurisé peut sembler inactif : c’est normal.',
};

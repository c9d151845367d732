import type { GuideMessages } from './guide-en';

/**
 * Le guide « De quel compte ai-je besoin? » de la fenêtre de l’extension (mêmes règles typographiques
 * que fr.ts : espace insécable avant le deux-points et à l’intérieur des « », aucune espace avant ? ! ;).
 */
export const guideFr: GuideMessages = {
  guideTitle: 'De quel compte ai-je besoin?',
  guideIntro: 'Un guide non officiel : quelques questions, puis la page officielle de votre compte.',
  back: 'Retour',
  startOver: 'Recommencer',
  signInLabel: 'Comment vous connecter :',
  opensNewTab: '(s’ouvre dans un nouvel onglet)',
  checkAddress: 'Les sites officiels d’IRCC se terminent par canada.ca ou gc.ca.',

  // Les questions et leurs réponses
  q_start: 'Que devez-vous faire?',
  a_apply: 'Présenter une demande',
  a_follow: 'Suivre une demande que j’ai envoyée',
  a_approved: 'Ma demande de résidence permanente a été approuvée',
  a_lost: 'Retrouver mes demandes : elles semblent avoir disparu',

  q_apply: 'Que demandez-vous?',
  a_visitStudyWork: 'Un visa de visiteur, un permis d’études ou un permis de travail',
  a_citizenship: 'La citoyenneté canadienne',
  a_eta: 'Une AVE (autorisation de voyage électronique)',
  a_otherApplication: 'La résidence permanente, Entrée express ou autre chose',

  q_code: 'IRCC vous a-t-il donné un code d’invitation pour le Portail d’IRCC?',
  a_codeYes: 'Oui, j’ai un code d’invitation',
  a_codeNo: 'Non',

  q_follow: 'Que voulez-vous faire?',
  a_messages: 'Lire les messages d’IRCC ou envoyer les documents demandés',
  a_status: 'Vérifier l’état de ma demande',

  q_statusKind: 'Quelle demande?',
  a_statusCitizenship: 'Une demande de citoyenneté',
  a_statusSponsorship: 'Le parrainage d’un époux, d’un conjoint de fait ou d’un enfant à charge',
  a_statusOther: 'Une autre demande',

  q_invited: 'IRCC vous a-t-il envoyé par courriel une invitation au Portail de résidence permanente?',
  a_invitedYes: 'Oui, j’ai reçu l’invitation',
  a_invitedNo: 'Pas encore',

  // Les résultats : quel compte, comment s’y connecter, et ce qu’il faut savoir
  o_secureAccount: 'Il vous faut le compte sécurisé d’IRCC',
  s_secureAccount:
    'CléGC ou Partenaire de connexion (votre banque) : toujours le même. L’autre façon ouvre un nouveau compte vide.',
  n_secureAccount:
    'C’est là que vous présentez une demande, téléversez des documents, lisez les messages d’IRCC et suivez vos demandes.',

  o_secureLost: 'Connectez-vous à votre compte sécurisé d’IRCC de la même façon qu’au début',
  s_secureLost:
    'De la même façon qu’à sa création : CléGC ou Partenaire de connexion, avec la même CléGC ou la même banque.',
  n_secureLost:
    'Une autre façon, ou une nouvelle CléGC, ouvre un nouveau compte vide : vos demandes n’y sont pas. Vous avez oublié votre CléGC? Récupérez-la plutôt que d’en créer une nouvelle.',

  o_prPortal: 'Il vous faut le Portail de résidence permanente',
  s_prPortal:
    'Son propre compte : votre adresse courriel et le code ou le mot de passe temporaire de l’invitation d’IRCC.',
  n_prPortal:
    'Il n’est pas lié à votre compte sécurisé d’IRCC, qui peut maintenant sembler inactif. Répondez rapidement : il y a généralement une date limite.',

  o_prWait: 'Attendez l’invitation d’IRCC au Portail de résidence permanente',
  s_prWait:
    'Vous ne pouvez pas vous inscrire vous-même : IRCC crée le compte et vous indique par courriel comment vous connecter.',
  n_prWait:
    'Vérifiez vos courriels indésirables : le vrai courriel vient d’une adresse qui se termine par cic.gc.ca. Rien après un délai raisonnable? Communiquez avec IRCC.',

  o_irccPortal: 'Il vous faut le Portail d’IRCC',
  s_irccPortal:
    'Son propre compte : votre adresse courriel, un mot de passe et le code d’invitation d’IRCC. Ni CléGC ni Partenaire de connexion.',

  o_statusTracker: 'Il vous faut l’outil de suivi de l’état de la demande',
  s_uci:
    'Son propre compte : votre IUC (identificateur client unique) et un mot de passe. Ni CléGC ni Partenaire de connexion.',
  n_statusTracker:
    'Il vous déconnecte après 30 minutes d’inactivité. Demande présentée en ligne? Votre compte sécurisé d’IRCC l’affiche aussi.',

  o_citizenshipApply: 'Il vous faut la demande de citoyenneté en ligne',
  s_ownAccount: 'Son propre compte, avec son propre mot de passe. Ni CléGC ni Partenaire de connexion.',

  o_citizenshipTracker: 'Il vous faut l’outil de suivi des demandes de citoyenneté',

  o_prTracker: 'Il vous faut l’outil de suivi des demandes de résidence permanente',
  n_prTracker: 'Il sert à suivre les demandes de parrainage d’un époux, d’un conjoint de fait ou d’un enfant à charge.',

  o_eta: 'Il ne vous faut aucun compte',
  s_eta: 'Aucune connexion : le formulaire d’AVE ne demande aucun compte.',

  // Les noms des liens officiels (leur adresse est dans src/account-guide/links.ts)
  link_secureAccount: 'Page de connexion au compte sécurisé d’IRCC (canada.ca)',
  link_accounts: 'De quel compte d’IRCC ai-je besoin? (canada.ca)',
  link_prPortal: 'Page de connexion du Portail de résidence permanente (cic.gc.ca)',
  link_irccPortal: 'Page de connexion du Portail d’IRCC (cic.gc.ca)',
  link_statusTracker: 'Page de connexion de l’outil de suivi de l’état de la demande (cic.gc.ca)',
  link_citizenshipApply: 'Demande de citoyenneté en ligne (cic.gc.ca)',
  link_citizenshipTracker: 'Outil de suivi des demandes de citoyenneté (cic.gc.ca)',
  link_prTracker: 'Outil de suivi des demandes de résidence permanente (cic.gc.ca)',
};

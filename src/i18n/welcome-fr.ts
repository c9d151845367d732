import type { WelcomeMessages } from './welcome-en';

/** Les textes de la page de bienvenue (mêmes règles typographiques que fr.ts; faits cités dans welcome-en.ts). */
export const welcomeFr: WelcomeMessages = {
  welcomeTitle: 'Bienvenue dans le Guide de connexion IRCC',
  whatItDoes: 'Ce que fait le guide',
  does1:
    'Sur les pages de connexion officielles d’IRCC (CléGC, Partenaire de connexion, compte sécurisé d’IRCC), un court bandeau indique où vous êtes.',
  does2:
    'Il retient votre façon de vous connecter et vous demande confirmation avant un clic qui ouvrirait un nouveau compte vide.',
  does3: 'Il ne lit aucun mot de passe et n’envoie rien nulle part. Il ne provient pas du gouvernement du Canada.',

  askHeading: 'Comment vous connectez-vous à votre compte sécurisé d’IRCC?',
  askHelp: 'La façon choisie à la création de votre compte. L’autre façon ouvre un nouveau compte vide.',
  noAccount: 'Je n’ai pas encore de compte',
  dontRemember: 'Je ne m’en souviens pas',
  toldSaved:
    'Enregistré. Le guide indiquera cette façon sur les pages d’IRCC. Vous pouvez la changer en tout temps à l’aide de son bouton dans la barre d’outils.',

  noAccountHeading: 'Pas encore de compte',
  noAccount1:
    'Rien à choisir pour l’instant. À la création de votre compte, les deux façons conviennent : une CléGC (un nom d’utilisateur et un mot de passe pour les services du gouvernement) ou un Partenaire de connexion (vos services bancaires en ligne).',
  noAccount2:
    'Quelle que soit la façon choisie, utilisez toujours la même par la suite. Puis indiquez-la au guide, à l’aide de son bouton dans la barre d’outils.',
  noAccountLink: 'De quel compte d’IRCC ai-je besoin? (canada.ca)',

  rememberHeading: 'Vérifier sans risque',
  remember1:
    'Ouvrez la page de connexion au compte sécurisé d’IRCC et connectez-vous de la façon que vous croyez avoir utilisée.',
  remember2:
    'Si on vous pose une des questions de sécurité choisies auparavant, c’est votre compte : revenez ici et choisissez cette façon.',
  remember3:
    'Si, après les modalités, on vous demande d’enregistrer un nouveau profil (nom, courriel et nouvelles questions de sécurité), cette façon n’a pas de compte : arrêtez-vous là et ne remplissez rien. Revenir en arrière ne fait rien perdre : fermez l’onglet et essayez l’autre façon.',
  remember4: 'Avec une banque, essayez celle que vous utilisiez alors; une autre banque, c’est aussi un autre compte.',
  rememberLink: 'Page de connexion au compte sécurisé d’IRCC (canada.ca)',
  opensNewTab: '(s’ouvre dans un nouvel onglet)',

  pinHeading: 'Garder le bouton du guide en vue',
  pinIntro:
    'Les nouvelles extensions sont cachées dans le menu Extensions (l’icône en forme de pièce de casse-tête, à côté de la barre d’adresse). Pour voir le bouton du guide en tout temps :',
  pinChrome: 'Chrome',
  pinChromeHow: 'cliquez sur la pièce de casse-tête, puis sur l’épingle à côté de « Guide de connexion IRCC ».',
  pinEdge: 'Edge',
  pinEdgeHow:
    'cliquez sur la pièce de casse-tête, puis sur l’icône en forme d’œil (« Afficher dans la barre d’outils ») à côté du guide.',
  pinFirefox: 'Firefox',
  pinFirefoxHow:
    'cliquez sur la pièce de casse-tête, puis sur la roue dentée à côté du guide, et choisissez « Épingler à la barre d’outils ».',

  severalHeading: 'Vous aidez plusieurs personnes?',
  severalText:
    'Un membre de la famille ou des clients : ajoutez chaque personne dans les paramètres, chacune avec sa façon de se connecter. Le guide reste sur la personne que vous aidez jusqu’à ce que vous changiez.',
  openOptions: 'Ouvrir les paramètres',
  closeTab: 'C’est tout : vous pouvez fermer cet onglet.',
};

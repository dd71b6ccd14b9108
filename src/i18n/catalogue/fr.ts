// French (Français). Keys and {placeholders} as in en.ts; model, factor and sheet names stay as data.
import type { Catalogue } from './en';

export const fr: Catalogue = {
  'menu.open': 'Ouvrir DistModel',
  'menu.setup': 'Créer une feuille de produits',
  'menu.ratings': 'Configurer les évaluations',
  'menu.score': 'Évaluer les lignes sélectionnées',
  'menu.help': 'Aide',
  'menu.overwriteTitle': 'Remplacer vos cellules ?',
  'menu.overwriteQuestion':
    'DistModel écrit ses résultats dans {range}, où {count} cellule(s) contiennent vos propres données ({cells}). Les remplacer ?',
  'menu.andMore': '{cells} et d’autres',
  'menu.partial':
    '{done} lignes sur {total} évaluées. Ouvrez DistModel et évaluez à nouveau pour terminer le reste.',
  'menu.done': '{rows} ligne(s) évaluée(s) dans {range}.',
  'help.title': 'Aide DistModel',
  'help.heading': 'DistModel en deux minutes',
  'help.intro':
    'DistModel recommande un modèle de distribution pour chaque produit de votre feuille : vente directe accompagnée, achat direct automatisé, revendeurs agréés ou revente libre.',
  'help.step1':
    'Extensions > DistModel > Créer une feuille de produits crée un tableau avec une colonne par facteur. Saisissez un produit par ligne, ou utilisez votre propre tableau avec les mêmes en-têtes.',
  'help.step2':
    'Ouvrez DistModel et cliquez sur une ligne de produit : le panneau latéral montre le modèle recommandé, son avance et les facteurs pour et contre.',
  'help.step3':
    '« Ce qui le changerait » indique le fait et les plages de pondération qui changeraient la réponse.',
  'help.step4':
    'Déplacez les pondérations ou choisissez un préréglage ; l’aperçu suit aussitôt. Appliquer les enregistre pour chaque formule de ce classeur.',
  'help.step5':
    'Évaluer les produits écrit des formules =DISTMODEL actives (ou des valeurs figées) à côté de votre tableau et dessine le portefeuille.',
  'help.step6':
    'Plusieurs évaluateurs ? Configurer les évaluations crée une feuille avec une colonne Rater ; le panneau Équipe montre où ils divergent et si cela change la réponse.',
  'help.formula':
    'Dans une cellule : =DISTMODEL(A1:L29) donne son modèle à chaque produit ; =DISTMODEL(A1:L29; ; "explain") dit pourquoi.',
  'help.accounts':
    'Si une action échoue avec une erreur d’autorisation alors que plusieurs comptes Google sont connectés, ouvrez le classeur dans une fenêtre où un seul compte est connecté.',
  'help.more': 'Le guide complet, avec images et la référence des formules :',
  'help.link': 'Page d’aide DistModel (s’ouvre dans un nouvel onglet)',
  'help.close': 'Fermer',
};

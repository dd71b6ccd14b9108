// German (Deutsch). Keys and {placeholders} as in en.ts; model, factor and sheet names stay as data.
import type { Catalogue } from './en';

export const de: Catalogue = {
  'menu.open': 'DistModel öffnen',
  'menu.setup': 'Produkttabelle anlegen',
  'menu.ratings': 'Bewertungen einrichten',
  'menu.score': 'Ausgewählte Zeilen bewerten',
  'menu.help': 'Hilfe',
  'menu.overwriteTitle': 'Ihre Zellen überschreiben?',
  'menu.overwriteQuestion':
    'DistModel schreibt seine Ergebnisse nach {range}; dort enthalten {count} Zelle(n) Ihre eigenen Inhalte ({cells}). Überschreiben?',
  'menu.andMore': '{cells} und weitere',
  'menu.partial':
    '{done} von {total} Zeilen bewertet. Öffnen Sie DistModel und bewerten Sie erneut, um den Rest abzuschließen.',
  'menu.done': '{rows} Zeile(n) nach {range} bewertet.',
  'help.title': 'DistModel-Hilfe',
  'help.heading': 'DistModel in zwei Minuten',
  'help.intro':
    'DistModel empfiehlt für jedes Produkt in Ihrer Tabelle ein Vertriebsmodell: Direktvertrieb mit Beratung, automatisierter Direktkauf, autorisierte Händler oder freier Wiederverkauf.',
  'help.step1':
    'Erweiterungen > DistModel > Produkttabelle anlegen erstellt eine Tabelle mit einer Spalte je Faktor. Tragen Sie ein Produkt pro Zeile ein oder nutzen Sie Ihre eigene Tabelle mit denselben Überschriften.',
  'help.step2':
    'Öffnen Sie DistModel und klicken Sie in eine Produktzeile: Die Seitenleiste zeigt das empfohlene Modell, seinen Vorsprung und die Faktoren dafür und dagegen.',
  'help.step3':
    '„Was es ändern würde“ nennt die eine Angabe und die Gewichtsbereiche, die die Antwort ändern würden.',
  'help.step4':
    'Verschieben Sie die Gewichte oder wählen Sie eine Vorlage; die Vorschau folgt sofort. Übernehmen speichert sie für jede Formel in dieser Tabelle.',
  'help.step5':
    'Produkte bewerten schreibt live =DISTMODEL-Formeln (oder feste Werte) neben Ihre Tabelle und zeichnet das Portfolio.',
  'help.step6':
    'Mehrere Bewerter? Bewertungen einrichten legt eine Tabelle mit einer Spalte Rater an; der Bereich Team zeigt, wo sie sich uneinig sind und ob das die Antwort ändert.',
  'help.formula':
    'In einer Zelle: =DISTMODEL(A1:L29) gibt jedem Produkt sein Modell; =DISTMODEL(A1:L29; ; "explain") sagt, warum.',
  'help.accounts':
    'Schlägt eine Aktion mit einem Autorisierungsfehler fehl, während mehrere Google-Konten angemeldet sind, öffnen Sie die Tabelle in einem Fenster, in dem nur ein Konto angemeldet ist.',
  'help.more': 'Die vollständige Anleitung mit Bildern und der Formelreferenz:',
  'help.link': 'DistModel-Hilfeseite (öffnet in einem neuen Tab)',
  'help.close': 'Schließen',
};

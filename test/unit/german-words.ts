// What German text looks like, for the tests that keep it where it belongs: German literals only in
// src/messages (texts-in-messages.test.ts) and none in the English tables (english-texts.test.ts).

/** Letters only German writes, and words of German sentences (case matters: nouns capitalised). */
const UMLAUT = /[äöüÄÖÜß]/;
const FUNCTION_WORDS = /(^|[\s(„])(und|oder|nicht|kein|keine|keinen|der|das|des|ist|wird|werden|mit|für|von|vom|zum|zur|bei|aus|nach|ein|eine|auf|nur|noch|auch|seit|bitte)(?=[\s,.;:)“]|$)/;
const NOUNS =
  /\b(Karte\w*|Karten\w*|Gebiet\w*|Sozial\w*|Gemeinde\w*|Indikator\w*|Tabelle\w*|Legende\w*|Jahr|Wert|Werte|Zeile|Spalte|Datei|Quelle|Gemeinde|Gemeinden|Kreis|Sozialraum|Sozialindex|Indikator|Indikatoren|Klasse|Legende|Tabelle|Analyse|Ebene|Rang|Blatt|Daten|Beispieldaten|Hinweis|Fehler|Vergleich|Auswahl|Drucken|Rasterzellen|Geometrie|Lizenz|Stand|Vollbild|Zeitverlauf|Schrift|Kartenmappe)\b/;

export function looksGerman(text: string): boolean {
  return UMLAUT.test(text) || NOUNS.test(text) || (/\s/.test(text) && FUNCTION_WORDS.test(text));
}

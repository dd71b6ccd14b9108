// New sheets the add-on makes: a free name next to the one wanted, inserted without moving the user.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `base`, or "base 2", "base 3"... : an existing sheet is never replaced. */
export function freeSheetName(ss: Spreadsheet, base: string): string {
  if (!ss.getSheetByName(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!ss.getSheetByName(name)) return name;
  }
}

/** insertSheet makes the new sheet active; the user stays where they were (and so does getActiveSheet). */
export function insertSheetInBackground(ss: Spreadsheet, name: string): Sheet {
  const previous = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  previous.activate();
  return sheet;
}

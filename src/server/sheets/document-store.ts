// DistModel's state kept beside the spreadsheet in document properties (shared by every user of the file;
// 9 KB per value): values are JSON, and one that cannot be read back counts as missing, never as a crash.

export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readJson<T>(key: string): T | null {
  return parseJson<T>(documentProperties().getProperty(key));
}

/** A property's text as JSON; null when absent or not JSON. */
export function parseJson<T>(text: string | null | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): void {
  documentProperties().setProperty(key, JSON.stringify(value));
}

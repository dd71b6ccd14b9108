// {name} placeholders: the values a message takes at run time.

/** Values for a message's placeholders; numbers should already be written for the reader (formatNumber). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The {name} placeholders of a message, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** `text` with each {name} replaced by params[name]; one without a value stays {name}, so it shows. */
export function fillPlaceholders(text: string, params: MessageParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

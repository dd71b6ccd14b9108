// One way to write a count in the sidebar: with a thousands separator ("12,345 rows"), whatever the
// browser's locale, so every panel reads alike and tests can assert the text.

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

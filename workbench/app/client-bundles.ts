// The page's script and the sidebar's google.script shim, bundled from TypeScript when the server starts.
import path from 'node:path';
import * as esbuild from 'esbuild';

const WEB = path.resolve(import.meta.dirname, '..', 'web');

async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(WEB, entry)],
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

export const WEB_DIR = WEB;

/** The sidebar's HTML with the google.script shim as its first script, so the add-on's code finds it. */
export function injectShim(html: string, shimJs: string): string {
  const tag = `<script>${shimJs}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag)
    return (
      html.slice(0, htmlTag.index + htmlTag[0].length) + tag + html.slice(htmlTag.index + htmlTag[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + tag + html.slice(doctype[0].length) : tag + html;
}

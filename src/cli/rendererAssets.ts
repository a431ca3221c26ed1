/**
 * The HTML report embeds the webview's renderer (media/report.js and media/report.css, built by
 * `npm run build`), so the CLI and the editor's export produce the same page. They are looked
 * for relative to the running script, which is either the bundle or the compiled tests.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ReportAssets } from '../core/report/htmlReport';
import { CliFailure } from './exitCodes';

export const RENDERER_SCRIPT = 'report.js';
export const RENDERER_STYLE = 'report.css';

/** dist/cli.js -> ../media (the package); out*\/src/cli/*.js -> ../../../media (a checkout's tests). */
export function mediaFolders(scriptDir: string = __dirname): string[] {
  return [path.resolve(scriptDir, '..', 'media'), path.resolve(scriptDir, '..', '..', '..', 'media')];
}

/** The first folder holding both files wins; otherwise the error names every file looked for. */
export async function loadRendererAssets(folders: readonly string[] = mediaFolders()): Promise<ReportAssets> {
  const missing: string[] = [];
  for (const folder of folders) {
    const [scriptFile, styleFile] = [path.join(folder, RENDERER_SCRIPT), path.join(folder, RENDERER_STYLE)];
    const [script, style] = await Promise.all([readIfPresent(scriptFile), readIfPresent(styleFile)]);
    if (script !== undefined && style !== undefined) {
      return { script, style };
    }
    missing.push(...(script === undefined ? [scriptFile] : []), ...(style === undefined ? [styleFile] : []));
  }
  throw new CliFailure(`the HTML report needs the report renderer (media/${RENDERER_SCRIPT} and media/${RENDERER_STYLE}), built by "npm run build"; missing: ${missing.join(', ')}`);
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
}

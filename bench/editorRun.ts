/** The editor part of `npm run bench` (alone with `--editor-only`): latency in-process, then start-up in fresh processes. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { measureEditorLatency } from './editorLatency';
import { measureStartup } from './editorStartup';
import { editorTable, type EditorResults } from './editorTable';

export async function runEditorBench(repo: string, outputs: string, machine: string, log: (text: string) => void): Promise<string> {
  await fs.mkdir(outputs, { recursive: true });
  const latency = await measureEditorLatency(repo, log);
  const startup = measureStartup(repo, outputs, log);
  const results: EditorResults = { machine, date: new Date().toISOString().slice(0, 10), latency, startup };
  await fs.writeFile(path.join(outputs, 'bench-editor.json'), `${JSON.stringify(results, null, 2)}\n`);
  return editorTable(results);
}

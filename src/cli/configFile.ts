/**
 * Reads `.privacy-lens.json` (or --config FILE): the same keys as the editor's `privacyLens.*`
 * settings. Unparseable JSON is an error; a bad key is a warning and its default is used.
 */
import { promises as fs } from 'fs';
import { type ConfigProblem, DEFAULT_CONFIG, type PrivacyLensConfig, validateConfig } from '../core/config';
import { RULES } from '../core/rules';
import { fsFailureReason, oneLine } from './fsErrors';

export class ConfigFileError extends Error {}

/** `shownAs` is how messages name the file: as the user typed it, or relative to where they are. */
export async function loadConfigFile(file: string, required: boolean, shownAs: string = file): Promise<{ config: PrivacyLensConfig; problems: ConfigProblem[] }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && code === 'ENOENT') {
      return { config: DEFAULT_CONFIG, problems: [] };
    }
    throw new ConfigFileError(`cannot read the configuration ${shownAs}: ${fsFailureReason(error)}`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError(`the configuration ${shownAs} is not valid JSON: ${jsonErrorWhere(text, error)}`, { cause: error });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigFileError(`the configuration ${shownAs} must hold a JSON object ({...}), not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`}`);
  }
  return validateConfig(raw as Record<string, unknown>, RULES.map((r) => r.id));
}

/** JSON.parse's message with the line and column of its "position N", which an editor can go to. */
function jsonErrorWhere(text: string, error: unknown): string {
  const message = oneLine(error instanceof Error ? error.message : String(error));
  const position = /at position (\d+)/.exec(message);
  if (!position || /\bline \d+/.test(message)) {
    return message;
  }
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

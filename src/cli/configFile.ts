/**
 * Reads `.privacy-lens.json` (or --config FILE): the same keys as the editor's `privacyLens.*`
 * settings. Unparseable JSON is an error; a bad key is a warning and its default is used.
 */
import { promises as fs } from 'fs';
import { type ConfigProblem, DEFAULT_CONFIG, type PrivacyLensConfig, validateConfig } from '../core/config';
import { describeJsonSyntaxError, parseJson } from '../core/jsonSyntax';
import { RULES } from '../core/rules';
import { fsFailureReason } from './fsErrors';

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
  const parsed = parseJson(text);
  if ('error' in parsed) {
    throw new ConfigFileError(`the configuration ${shownAs} is not valid JSON: ${describeJsonSyntaxError(parsed.error)}`);
  }
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigFileError(`the configuration ${shownAs} must hold a JSON object ({...}), not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`}`);
  }
  return validateConfig(raw as Record<string, unknown>, RULES.map((r) => r.id));
}

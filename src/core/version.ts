import manifest from '../../package.json';

/** The tool's version, from package.json (bundled in, so no file is read at run time). */
export const TOOL_VERSION: string = manifest.version;
export const TOOL_NAME = 'privacy-lens';

/** What a mechanical fix is given and gives back; see mechanicalFixes.ts. */

/** What a fix may know besides the flagged text: recomputed by the editor from the document. */
export interface FixContext {
  /** The document's language id (`typescript`, `python`...): fixes spell code per language. */
  readonly languageId: string;
  /** The whole line the finding starts on (a secret's variable name, a cookie call's receiver). */
  readonly lineText: string;
  /** The project's masking function (setting `privacyLens.maskingFunction`), for the log fix. */
  readonly maskingFunction: string;
}

export interface MechanicalFix {
  readonly title: string;
  /** Replaces the text the finding points at. */
  readonly replacement: string;
  /** Only when the edit keeps what the user meant the code to do (the editor may apply it on its own). */
  readonly preferred?: boolean;
  /** A line the replacement needs at the top of the file (an import), added unless the file has it already. */
  readonly requiresLine?: string;
}

export type FixMaker = (text: string, context: FixContext) => MechanicalFix | undefined;

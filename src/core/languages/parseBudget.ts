/**
 * How long one parse may take, and the error when it takes longer. Apart from treeSitter.ts (which
 * re-exports both) so the extension host, which hands parses to the scan worker, can name them
 * without loading tree-sitter.
 */
export const DEFAULT_PARSE_BUDGET_MS = 5_000;

/** A parse, or the reading of its tree, stopped because it ran past its time budget. */
export class ParseBudgetExceeded extends Error {
  constructor(
    readonly budgetMs: number,
    what = 'parsing',
  ) {
    super(`${what} took longer than the ${budgetMs} ms budget`);
    this.name = 'ParseBudgetExceeded';
  }
}

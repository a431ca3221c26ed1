import { validateConfig } from '../../src/core/config';
import { findingsOf, scanner } from './helpers';

export const ROUTE_RULE = 'unauthenticated-personal-data-route';

/** Findings of the route rule as `line:text-at-range` (1-based lines). */
export function routeFindings(languageId: string, source: string): Promise<string[]> {
  return findingsOf(ROUTE_RULE, languageId, source);
}

/** Messages of the route rule's findings, in order. */
export async function routeMessages(languageId: string, source: string): Promise<string[]> {
  const result = await scanner.scanText(source, { languageId, filePath: `fixture.${languageId}` });
  return result.findings.filter((f) => f.ruleId === ROUTE_RULE).map((f) => f.message);
}

/** Lines (1-based) of the route rule's findings with the `authGuards` setting given. */
export async function routeLinesWithProjectGuards(languageId: string, source: string, authGuards: readonly string[]): Promise<number[]> {
  const { config, problems } = validateConfig({ authGuards }, [ROUTE_RULE]);
  if (problems.length > 0) {
    throw new Error(`bad authGuards in the test: ${JSON.stringify(problems)}`);
  }
  const result = await scanner.scanText(source, { languageId, filePath: `fixture.${languageId}`, config });
  return result.findings.filter((f) => f.ruleId === ROUTE_RULE).map((f) => f.range.start.line + 1);
}

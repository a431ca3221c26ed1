import { SEVERITIES, SEVERITY_RANK, type Severity } from '../core/model';
import type { FailOn } from './args';

/** Whether any finding is at or above `--fail-on`: scan and merge decide their exit code alike. */
export function failsOn(findingsBySeverity: Readonly<Record<Severity, number>>, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITIES.some((severity) => SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn] && findingsBySeverity[severity] > 0);
}

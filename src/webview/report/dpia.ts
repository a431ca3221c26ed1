/**
 * DPIA screening: the triggers the findings hit, each with its provision, how that citation was
 * verified and the findings behind it; then, briefly, the triggers not hit. Only the laws in
 * scope are shown.
 */
import type { DpiaScreeningResult } from '../../core/dpia/model';
import { REGULATION_NAMES } from '../../core/taxonomy/sensitivity';
import { verificationMark } from './citations';
import type { RenderContext } from './context';
import { h, section } from './dom';
import { count } from './format';
import { locationElement } from './location';

export function dpiaSection(context: RenderContext): HTMLElement {
  const { dpia, regulations } = context.report;
  const inScope = dpia.results.filter((result) => regulations.includes(result.trigger.regulation));
  const hit = inScope.filter((result) => result.hit);
  const notHit = inScope.filter((result) => !result.hit);
  return section(
    'dpia',
    'DPIA screening',
    h(
      'p',
      { className: 'section-intro' },
      `${count(hit.length, 'trigger')} hit. WP248 criteria met: ${dpia.wp248CriteriaMet} (meeting two or more usually means a DPIA is needed).`,
    ),
    hit.length > 0 ? h('div', { className: 'dpia-hits' }, ...hit.map((result) => hitTrigger(context, result))) : h('p', { className: 'empty' }, 'No trigger hit by the findings.'),
    notHit.length > 0
      ? h('div', { className: 'dpia-not-hit' }, h('h3', {}, 'Not hit by the findings'), h('ul', { className: 'compact' }, ...notHit.map((result) => h('li', { data: { triggerId: result.trigger.id } }, ...triggerLine(result)))))
      : undefined,
  );
}

function hitTrigger(context: RenderContext, result: DpiaScreeningResult): HTMLElement {
  return h(
    'article',
    { className: 'dpia-trigger', data: { triggerId: result.trigger.id } },
    h('h3', {}, ...triggerLine(result)),
    h(
      'ul',
      { className: 'evidence' },
      ...result.evidence.map((evidence) =>
        h('li', { data: { fingerprint: evidence.fingerprint } }, locationElement(context, evidence.file, { line: evidence.line, column: 0 }), ' ', h('code', {}, evidence.ruleId), ` ${evidence.why}`),
      ),
    ),
  );
}

/** The law is named unless the provision already starts with it ("GDPR Art. 35(3)(b)"). */
function triggerLine(result: DpiaScreeningResult): (HTMLElement | string)[] {
  const { trigger } = result;
  const law = trigger.provision.startsWith(trigger.regulation) ? [] : [h('span', { className: 'regulation' }, REGULATION_NAMES[trigger.regulation]), ' '];
  return [...law, h('strong', { className: 'provision' }, trigger.provision), ` ${trigger.description} `, verificationMark(trigger.verification)];
}

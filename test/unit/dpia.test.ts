import * as assert from 'assert';
import type { DpiaScreening, DpiaScreeningResult } from '../../src/core/dpia/model';
import { screenDpia } from '../../src/core/dpia/screening';
import { DPIA_TRIGGERS, WP248_CRITERIA } from '../../src/core/dpia/triggers';
import type { FileFinding } from '../../src/core/scan/workspaceScan';
import { REGULATIONS, type Regulation } from '../../src/core/taxonomy/sensitivity';
import { scan } from './helpers';

/** A finding as a workspace scan returns it, with only what the screening reads made specific. */
function finding(ruleId: string, dataCategories: string[], file: string, line: number): FileFinding {
  return {
    ruleId,
    severity: 'warning',
    message: `${ruleId} at ${file}:${line}`,
    range: { start: { line, column: 2 }, end: { line, column: 12 } },
    dataCategories,
    checklist: [],
    fingerprint: `${ruleId}-${file}-${line}`,
    file,
  };
}

const HEALTH_FIELD = finding('sensitive-personal-data-field', ['user.health_and_medical'], 'src/patient.ts', 3);
const CHILD_FIELD = finding('sensitive-personal-data-field', ['user.childrens'], 'src/pupil.ts', 7);
const LOCATION_FIELD = finding('sensitive-personal-data-field', ['user.location.precise'], 'src/trip.ts', 11);
const UNENCRYPTED_ID = finding('unencrypted-sensitive-storage', ['user.government_id.national_identification_number'], 'db/schema.sql', 20);
const SENT_TO_ANALYTICS = finding('personal-data-to-third-party', ['user.contact.email'], 'src/signup.ts', 42);
const EMAIL_FIELD = finding('personal-data-field', ['user.contact.email'], 'src/user.ts', 1);
const HEALTH_IN_LOG = finding('personal-data-in-log', ['user.health_and_medical'], 'src/visit.ts', 5);

function result(screening: DpiaScreening, id: string): DpiaScreeningResult {
  const found = screening.results.find((r) => r.trigger.id === id);
  assert.ok(found, `no result for ${id}`);
  return found;
}

function hits(screening: DpiaScreening): string[] {
  return screening.results.filter((r) => r.hit).map((r) => r.trigger.id);
}

function evidenceOf(screening: DpiaScreening, id: string): string[] {
  return result(screening, id).evidence.map((e) => e.fingerprint);
}

describe('DPIA triggers', () => {
  it('carry a unique id, a provision and a verification mark from the mapping', () => {
    assert.strictEqual(new Set(DPIA_TRIGGERS.map((t) => t.id)).size, DPIA_TRIGGERS.length);
    for (const trigger of DPIA_TRIGGERS) {
      assert.ok(['primary', 'secondary', 'unverified'].includes(trigger.verification), trigger.id);
      assert.ok(trigger.provision.length > 0 && trigger.description.length > 0, trigger.id);
    }
    assert.deepStrictEqual(
      DPIA_TRIGGERS.filter((t) => t.id.startsWith('gdpr-') || t.id.startsWith('pipl-')).map((t) => t.provision),
      ['GDPR Art. 35(3)(a)', 'GDPR Art. 35(3)(b)', 'GDPR Art. 35(3)(c)', 'PIPL Art. 55(1)', 'PIPL Art. 55(2)', 'PIPL Art. 55(3)', 'PIPL Art. 55(4)', 'PIPL Art. 55(5)'],
    );
  });

  it('lists the nine WP248 criteria and the CCPA triggers as secondary sources', () => {
    assert.deepStrictEqual(WP248_CRITERIA.map((t) => t.provision), [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `WP248 rev.01 criterion ${n}`));
    const secondary = DPIA_TRIGGERS.filter((t) => t.verification === 'secondary').map((t) => t.id);
    assert.deepStrictEqual(secondary, [...WP248_CRITERIA.map((t) => t.id), ...DPIA_TRIGGERS.filter((t) => t.regulation === 'CCPA').map((t) => t.id)]);
  });

  it('never claims large scale, or anything else the DPO decides', () => {
    for (const id of ['gdpr-35-3-b', 'gdpr-35-3-c', 'wp248-large-scale']) {
      assert.match(DPIA_TRIGGERS.find((t) => t.id === id)?.dpoDecides ?? '', /large-scale|large scale/, id);
    }
    const everything = screenDpia([HEALTH_FIELD, CHILD_FIELD, LOCATION_FIELD, UNENCRYPTED_ID, SENT_TO_ANALYTICS, EMAIL_FIELD, HEALTH_IN_LOG], REGULATIONS);
    const decidedByDpo = everything.results.filter((r) => r.trigger.dpoDecides);
    assert.ok(decidedByDpo.some((r) => r.evidence.length > 0));
    assert.ok(decidedByDpo.every((r) => !r.hit));
  });
});

describe('screenDpia', () => {
  it('gives a result for every trigger of the laws in scope, and only those', () => {
    assert.deepStrictEqual(screenDpia([], REGULATIONS).results.map((r) => r.trigger.id), DPIA_TRIGGERS.map((t) => t.id));
    for (const regulation of REGULATIONS) {
      const screening = screenDpia([HEALTH_FIELD, SENT_TO_ANALYTICS], [regulation]);
      assert.ok(screening.results.length > 0, regulation);
      assert.ok(screening.results.every((r) => r.trigger.regulation === regulation), regulation);
    }
    assert.deepStrictEqual(screenDpia([HEALTH_FIELD], []), { results: [], wp248CriteriaMet: 0 });
  });

  it('hits the sensitive-data triggers of each law for a health field, with the finding as evidence', () => {
    const screening = screenDpia([HEALTH_FIELD], REGULATIONS);
    assert.deepStrictEqual(hits(screening), ['wp248-sensitive-data', 'pipl-55-1', 'ccpa-7150-b-2']);
    const evidence = result(screening, 'pipl-55-1').evidence;
    assert.deepStrictEqual(
      evidence.map(({ fingerprint, ruleId, file, line }) => ({ fingerprint, ruleId, file, line })),
      [{ fingerprint: HEALTH_FIELD.fingerprint, ruleId: 'sensitive-personal-data-field', file: 'src/patient.ts', line: 3 }],
    );
    assert.match(evidence[0]!.why, /health data \(user\.health_and_medical\).*PIPL Art\. 28/);
  });

  it('lists special-category findings under Art. 35(3)(b) and HIPAA risk analysis without hitting them', () => {
    const screening = screenDpia([HEALTH_FIELD], REGULATIONS);
    for (const id of ['gdpr-35-3-b', 'hipaa-risk-analysis']) {
      assert.strictEqual(result(screening, id).hit, false, id);
      assert.deepStrictEqual(evidenceOf(screening, id), [HEALTH_FIELD.fingerprint], id);
      assert.ok(result(screening, id).trigger.dpoDecides, id);
    }
  });

  it('reads children as vulnerable subjects and precise location as highly personal, not as monitoring', () => {
    const screening = screenDpia([CHILD_FIELD, LOCATION_FIELD], REGULATIONS);
    assert.deepStrictEqual(evidenceOf(screening, 'wp248-vulnerable-subjects'), [CHILD_FIELD.fingerprint]);
    assert.deepStrictEqual(evidenceOf(screening, 'wp248-sensitive-data'), [LOCATION_FIELD.fingerprint]);
    assert.deepStrictEqual(evidenceOf(screening, 'wp248-systematic-monitoring'), []);
    assert.deepStrictEqual(evidenceOf(screening, 'gdpr-35-3-b'), [], 'neither is an Art. 9 category');
    assert.deepStrictEqual(evidenceOf(screening, 'ccpa-7150-b-2'), [LOCATION_FIELD.fingerprint], "children's data is not sensitive under §1798.140(ae); precise location is");
    assert.deepStrictEqual(evidenceOf(screening, 'pipl-55-1'), [CHILD_FIELD.fingerprint, LOCATION_FIELD.fingerprint]);
    assert.strictEqual(screening.wp248CriteriaMet, 2);
  });

  it('counts each WP248 criterion once, however many findings hit it', () => {
    const screening = screenDpia([HEALTH_FIELD, LOCATION_FIELD, UNENCRYPTED_ID], ['GDPR']);
    assert.deepStrictEqual(evidenceOf(screening, 'wp248-sensitive-data'), [HEALTH_FIELD.fingerprint, LOCATION_FIELD.fingerprint]);
    assert.strictEqual(screening.wp248CriteriaMet, 1);
  });

  it('reads a national id stored in plaintext as sensitive under PIPL and CCPA', () => {
    const screening = screenDpia([UNENCRYPTED_ID], REGULATIONS);
    assert.deepStrictEqual(hits(screening), ['pipl-55-1', 'ccpa-7150-b-2']);
  });

  it('hits PIPL provision to others for a third-party finding, and leaves abroad and selling or sharing to the DPO', () => {
    const screening = screenDpia([SENT_TO_ANALYTICS], REGULATIONS);
    assert.deepStrictEqual(hits(screening), ['pipl-55-3']);
    for (const id of ['pipl-55-4', 'ccpa-7150-b-selling-sharing']) {
      assert.deepStrictEqual(evidenceOf(screening, id), [SENT_TO_ANALYTICS.fingerprint], id);
    }
    assert.match(result(screening, 'ccpa-7150-b-selling-sharing').evidence[0]!.why, /^may be selling or sharing: .*email address \(user\.contact\.email\)$/);
    assert.strictEqual(result(screening, 'pipl-55-3').evidence[0]!.line, 42);
  });

  it('reads sensitivity only from the rules that leave masked values out', () => {
    const screening = screenDpia([EMAIL_FIELD, HEALTH_IN_LOG], REGULATIONS);
    assert.deepStrictEqual(hits(screening), []);
    assert.ok(screening.results.every((r) => r.evidence.length === 0));
  });

  it('honours the regulations in scope', () => {
    const findings = [HEALTH_FIELD, CHILD_FIELD, SENT_TO_ANALYTICS];
    const gdprOnly = screenDpia(findings, ['GDPR']);
    assert.deepStrictEqual(hits(gdprOnly), ['wp248-sensitive-data', 'wp248-vulnerable-subjects']);
    const piplOnly = screenDpia(findings, ['PIPL']);
    assert.deepStrictEqual(hits(piplOnly), ['pipl-55-1', 'pipl-55-3']);
    assert.strictEqual(piplOnly.wp248CriteriaMet, 0, 'WP248 is GDPR guidance');
  });

  it('rejects a regulation it does not know, naming it', () => {
    assert.throws(() => screenDpia([], ['GDPR', 'LGPD' as Regulation]), /screenDpia: unknown regulation "LGPD"; expected some of GDPR, PDPA, PIPL, CCPA, HIPAA/);
  });

  it('screens what a real scan finds', async () => {
    const source = ['class Patient { diagnosis: string; email: string }', 'function signUp(user: Patient) {', '  analytics.identify(user.email, { email: user.email });', '}'].join('\n');
    const { findings } = await scan('typescript', source);
    const screening = screenDpia(findings.map((f) => ({ ...f, file: 'src/patient.ts' })), ['PIPL']);
    assert.deepStrictEqual(hits(screening), ['pipl-55-1', 'pipl-55-3']);
    assert.deepStrictEqual(result(screening, 'pipl-55-1').evidence.map((e) => [e.ruleId, e.line]), [['sensitive-personal-data-field', 0]]);
    assert.deepStrictEqual(result(screening, 'pipl-55-3').evidence.map((e) => [e.ruleId, e.line]), [['personal-data-to-third-party', 2]]);
  });
});

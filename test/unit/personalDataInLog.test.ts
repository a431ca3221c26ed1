import * as assert from 'assert';
import { validateConfig } from '../../src/core/config';
import { findingsOf, scan, scanner } from './helpers';

const RULE = 'personal-data-in-log';

describe('personal-data-in-log', () => {
  it('reports personal fields in console and logger calls, templates and objects', async () => {
    const source = [
      'console.log(`Booked ${patient.email}`);',
      "logger.info('booking', { name: patient.name, id: patient.id });",
      'this.logger.warn(user.getPhone());',
      'auditLogger.error(email);',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:patient.email', '2:patient.name', '3:user.getPhone', '4:email']);
  });

  it('reports a whole person record written to the log', async () => {
    const { findings } = await scan('javascript', 'console.log(JSON.stringify(customer));');
    assert.strictEqual(findings.length, 1);
    assert.match(findings[0]?.message ?? '', /whole customer record/);
  });

  it('reports Python logging with f-strings, %-arguments and dict subscripts', async () => {
    const source = [
      'logger.info(f"booked {patient.email}")',
      'logging.warning("name %s", patient.full_name)',
      'log.debug(payload["phone"])',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['1:patient.email', '2:patient.full_name', '3:payload["phone"]']);
  });

  it('does not report ids, non-personal values, non-logging calls or the keys of logged objects', async () => {
    const source = [
      "console.log('email sent');",
      'logger.info({ userId: user.id, count: patients.length });',
      'console.log(product.name, server.address);',
      'mailer.send(patient.email);',
      'logger.info(emailTemplate);',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
  });

  it('does not report personal data that went through a sanitiser, in TypeScript, Python and Go', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', 'logger.info(maskEmail(user.email), hashId(patient), redact(user.phone).slice(0, 3));'), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'logger.info("%s", anonymize(patient.full_name))'), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'go', 'package p\nfunc f() { log.Printf("%s", pii.Mask(c.Email)) }'), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', 'logger.info(format(user.email));'), ['1:user.email'], 'format() is not a sanitiser');
  });

  it('recognises the project’s own sanitisers from settings', async () => {
    const { config } = validateConfig({ sanitizers: ['cleanse'] }, ['personal-data-in-log']);
    const result = await scanner.scanText('logger.info(cleanse(user.email));', { languageId: 'typescript', filePath: 'a.ts', config });
    assert.deepStrictEqual(result.findings, []);
  });

  it('raises the logging-minimisation checklist item', async () => {
    const { findings } = await scan('python', 'logger.info(patient.email)');
    assert.deepStrictEqual(findings[0]?.checklist, ['logging-minimisation', 'retention-erasure']);
    assert.deepStrictEqual(findings[0]?.dataCategories, ['user.contact.email']);
  });
});

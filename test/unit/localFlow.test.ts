import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'personal-data-in-log';

describe('local data flow into logs', () => {
  it('follows aliases, destructuring and member chains on aliases (TypeScript)', async () => {
    const source = [
      'function book(user, req) {',
      '  const e = user.email;',
      '  const { phone, dateOfBirth: dob } = user;',
      '  const body = req.body;',
      '  logger.info(e);',
      '  logger.info(`call ${phone} born ${dob}`);',
      '  logger.info(body.patient.nric);',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['5:e', '6:phone', '7:body.patient.nric']);
  });

  it('says where the data came from, and points at it', async () => {
    const { findings } = await scan('typescript', 'function f(user) {\n  const e = user.email;\n  logger.info(e);\n}');
    assert.match(findings[0]?.message ?? '', /writes e \(email address, from user\.email\) to the log/);
    assert.deepStrictEqual(findings[0]?.related?.map((r) => r.range.start.line), [1]);
  });

  it('uses the latest assignment before the call, in the same function only', async () => {
    const source = [
      'function a(user) {',
      '  let v = user.email;',
      '  v = user.id;',
      '  logger.info(v);',
      '}',
      'function b(user) {',
      '  logger.info(v);',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
  });

  it('stops at a sanitiser anywhere on the way', async () => {
    const source = 'function f(user) {\n  const masked = maskEmail(user.email);\n  const again = masked;\n  logger.info(again);\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
  });

  it('knows sha256 and sha512 as sanitisers though identifiers split before digits', async () => {
    const python = 'def f(patient):\n    logger.info("ref %s", hashlib.sha256(patient.email.encode()).hexdigest())\n    logger.info("ref %s", sha512_hex(patient.email))\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', python), []);
  });

  it('follows aliases in Python and Go', async () => {
    const python = 'def f(patient):\n    contact = patient.phone_number\n    logger.info("calling %s", contact)\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', python), ['3:contact']);
    const go = 'package p\nfunc f(c Customer) {\n\te, n := c.Email, c.Nickname\n\tlog.Printf("%s %s", e, n)\n}\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), ['4:e']);
  });

  it('does not guess which of several returned values a name holds, nor report counts', async () => {
    const go = 'package p\nfunc f(id string) {\n\tholder, err := repo.FindByNric(c.Nric)\n\tlogger.Error("lookup failed", zap.Error(err), zap.Int("n", len(holder.Phones)))\n}\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'def f(patients):\n    logger.info("%d patients", len(patients))\n'), []);
  });

  it('does not loop on self-referencing assignments', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', 'function f() {\n  let a = b;\n  let b = a;\n  a = a;\n  logger.info(a);\n}'), []);
  });
});

import * as assert from 'assert';
import { scan } from './helpers';

describe('fingerprints', () => {
  const original = 'class Patient {\n  email: string;\n  phone: string;\n}\n';

  it('stay the same when unrelated lines are added above', async () => {
    const before = await scan('typescript', original);
    const after = await scan('typescript', `// header\nimport x from "y";\n\n${original}`);
    assert.deepStrictEqual(
      after.findings.map((f) => f.fingerprint),
      before.findings.map((f) => f.fingerprint),
    );
  });

  it('differ between findings, including identical lines in one file', async () => {
    const { findings } = await scan('python', 'logger.info(patient.email)\nlogger.info(patient.email)\n');
    assert.strictEqual(findings.length, 2);
    assert.notStrictEqual(findings[0]?.fingerprint, findings[1]?.fingerprint);
  });

  it('change when the finding itself changes', async () => {
    const before = await scan('typescript', original);
    const after = await scan('typescript', original.replace('email: string', 'email: string | null'));
    assert.notStrictEqual(after.findings[0]?.fingerprint, before.findings[0]?.fingerprint);
    assert.strictEqual(after.findings[1]?.fingerprint, before.findings[1]?.fingerprint);
  });
});

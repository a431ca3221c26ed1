import * as assert from 'assert';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildInventory } from '../../src/core/inventory/buildInventory';
import type { InventoryEntry } from '../../src/core/inventory/model';
import { scanWorkspace, type WorkspaceScanResult } from '../../src/core/scan/workspaceScan';
import { scan, scanner } from './helpers';

const WORKSPACE: Readonly<Record<string, string>> = {
  'src/models/patient.ts': [
    '// @privacy purpose=essential.service,essential.service.notifications.email basis=contract retention="2 years after account closure"',
    'export interface Patient {',
    '  email: string;',
    '  // @privacy purpose=essential.service.payment_processing basis=legal-obligation retention="10 years"',
    '  iban: string;',
    '  phone: string;',
    '}',
  ].join('\n'),
  'src/signup.ts': [
    'export async function signUp(req: Request, logger: Logger) {',
    '  const { email, phone } = req.body;',
    '  logger.info(`signed up ${email}`);',
    "  analytics.track({ event: 'Signed Up', properties: { email } });",
    "  await fetch(process.env.SLACK_WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ text: phone }) });",
    '}',
  ].join('\n'),
  'app/models.py': ['class Subscriber(BaseModel):', '    email: str', '', 'class Visit(models.Model):', '    diagnosis = models.TextField()'].join('\n'),
};

/** An entry with its places as `file:line label` and its sinks as `kind recipient @file:line` (1-based lines). */
function summary(entry: InventoryEntry): object {
  return {
    ...entry,
    declaredIn: entry.declaredIn.map((d) => `${d.file}:${d.range.start.line + 1} ${d.label ?? '-'}`),
    sinks: entry.sinks.map((s) => `${s.kind}${s.recipient ? ` ${s.recipient}` : ''} @${s.location.file}:${s.location.range.start.line + 1}`),
  };
}

describe('data inventory', () => {
  let root: string;
  let result: WorkspaceScanResult;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'privacy-lens-inventory-'));
    for (const [file, text] of Object.entries(WORKSPACE)) {
      await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await fs.writeFile(path.join(root, file), text);
    }
    result = await scanWorkspace(root, [root], { scanner });
  });

  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('returns the records of every file, by file then position', () => {
    assert.deepStrictEqual(result.records.map((r) => `${r.file} ${r.name}`), ['app/models.py Subscriber', 'app/models.py Visit', 'src/models/patient.ts Patient']);
  });

  it('has one entry per category: where declared, sinks, recipients, and what annotations record', () => {
    assert.deepStrictEqual(buildInventory(result).entries.map(summary), [
      {
        category: 'user.contact.email',
        categoryName: 'email address',
        sensitive: false,
        declaredIn: ['app/models.py:2 Subscriber', 'src/models/patient.ts:3 Patient'],
        sinks: ['log @src/signup.ts:3', 'third-party Segment @src/signup.ts:4'],
        recipients: ['Segment'],
        purposes: ['essential.service', 'essential.service.notifications.email'],
        lawfulBases: ['contract'],
        retention: ['2 years after account closure'],
      },
      {
        category: 'user.contact.phone_number',
        categoryName: 'phone number',
        sensitive: false,
        declaredIn: ['src/models/patient.ts:6 Patient'],
        sinks: ['third-party Slack @src/signup.ts:5'],
        recipients: ['Slack'],
        purposes: ['essential.service', 'essential.service.notifications.email'],
        lawfulBases: ['contract'],
        retention: ['2 years after account closure'],
      },
      {
        category: 'user.financial.bank_account',
        categoryName: 'bank account details',
        sensitive: true,
        declaredIn: ['src/models/patient.ts:5 Patient'],
        sinks: [],
        recipients: [],
        purposes: ['essential.service.payment_processing'],
        lawfulBases: ['legal-obligation'],
        retention: ['10 years'],
      },
      {
        category: 'user.health_and_medical',
        categoryName: 'health data',
        sensitive: true,
        declaredIn: ['app/models.py:5 Visit'],
        sinks: ['storage @app/models.py:5'],
        recipients: [],
        purposes: [],
        lawfulBases: [],
        retention: [],
      },
    ]);
  });

  it('carries the records, and the fingerprint and rule of each sink', () => {
    const inventory = buildInventory(result);
    assert.strictEqual(inventory.records, result.records);
    const segment = inventory.entries[0]?.sinks.find((s) => s.recipient === 'Segment');
    const finding = result.findings.find((f) => f.ruleId === 'personal-data-to-third-party' && f.recipient === 'Segment');
    assert.deepStrictEqual([segment?.ruleId, segment?.fingerprint], [finding?.ruleId, finding?.fingerprint]);
  });

  it('gives the same inventory whatever order the scan listed things in', () => {
    const shuffled: WorkspaceScanResult = { ...result, findings: [...result.findings].reverse(), records: [...result.records].reverse() };
    assert.deepStrictEqual(buildInventory(shuffled).entries, buildInventory(result).entries);
  });

  it('reads a category seen only in a sink as sensitive by the taxonomy', () => {
    const onlySink: WorkspaceScanResult = { ...result, findings: result.findings.filter((f) => !f.ruleId.endsWith('personal-data-field')), records: [] };
    const health = buildInventory(onlySink).entries.find((e) => e.category === 'user.health_and_medical');
    assert.deepStrictEqual([health?.sensitive, health?.declaredIn, health?.purposes], [true, [], []]);
  });

  it('names the recipient on third-party findings: the SDK, or the chat service of a webhook', async () => {
    const { findings } = await scan('python', 'def notify(user):\n    analytics.track(user.id, "signed_up", {"email": user.email})\n    requests.post(SLACK_WEBHOOK_URL, json={"text": user.phone})\n');
    assert.deepStrictEqual(
      findings.filter((f) => f.ruleId === 'personal-data-to-third-party').map((f) => f.recipient),
      ['Segment', 'Slack'],
    );
    assert.ok(findings.filter((f) => f.ruleId !== 'personal-data-to-third-party').every((f) => f.recipient === undefined));
  });
});

import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'personal-data-in-log';

describe('personal-data-in-log: accessors, declared types and serialised records', () => {
  it('reads a no-argument accessor call as the member it is named after', async () => {
    const source = [
      'class PayoutService {',
      '  void send(Instruction instruction) {',
      '    log.info("Payout IBAN {}", instruction.iban());',
      '    log.info("Paying {}", instruction.transferId());',
      '  }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:instruction']);
  });

  it('does not read a call with arguments as an accessor', async () => {
    const source = ['class S {', '  void f(Directory dir) {', '    log.info("found {}", dir.email(query));', '  }', '}'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), []);
  });

  it('reports a variable whose declared type this file gives personal fields', async () => {
    const source = [
      'class Onboarding {',
      '  record SignupRequest(String fullName, String email) {}',
      '  record BranchDetails(String branchCode) {}',
      '  void signUp(SignupRequest request, BranchDetails branch) {',
      '    logger.info("Signup attempt: {}", request);',
      '    logger.info("Branch: {}", branch);',
      '  }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['5:request']);
  });

  it('reports a person-record model serialised whole through this', async () => {
    const source = [
      'class Customer extends Model {',
      '  audit() {',
      "    logger.info('snapshot', this.toJSON());",
      '  }',
      '}',
      'class Invoice extends Model {',
      '  audit() {',
      "    logger.info('snapshot', this.toJSON());",
      '  }',
      '}',
    ].join('\n');
    const { findings } = await scan('javascript', source);
    const logged = findings.filter((f) => f.ruleId === RULE);
    assert.deepStrictEqual(logged.map((f) => f.range.start.line + 1), [3]);
    assert.match(logged[0]?.message ?? '', /whole Customer \(this.toJSON\(\)\) record/);
  });

  it('reads a member of this in the context of its class', async () => {
    const source = ['class Tenant {', '  function notify() {', '    Log::notice("mobile {$this->mobile}");', '  }', '}'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', `<?php\n${source}`), ['4:$this->mobile']);
  });

  it('reports a person record serialised whole through a member chain', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'Rails.logger.error("rejected #{payout.recipient.inspect}")'), ['1:payout.recipient.inspect']);
  });

  it('recognises a logger a call returns (zap Sugar()), not any call on it', async () => {
    const source = [
      'package ledger',
      'func (s *Service) Review(t Tx) {',
      '\ts.log.Sugar().Infow("review queued", "tx", t.ID, "counterpartyIban", t.CounterpartyIBAN)',
      '\ts.store.Begin().Insert(t.CounterpartyIBAN)',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['3:t.CounterpartyIBAN']);
  });

  it('reads a record named for how it was got (loadedPatient, fetchedUser) as a whole record', async () => {
    const source = ["console.debug('banner', loadedPatient);", "console.debug('user', fetchedUser);", "console.debug('config', loadedConfig);"].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:loadedPatient', '2:fetchedUser']);
  });
});

import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'unencrypted-sensitive-storage';

const lines = (...source: string[]): string => source.join('\n');

describe('unencrypted-sensitive-storage: writes to files, caches and queues', () => {
  it('follows sensitive values into files, caches and queues; encrypted, hashed, masked, ordinary and in-memory ones are fine (TypeScript)', async () => {
    const source = lines(
      'async function save(patient) {',
      '  const s = patient.ssn;',
      "  await fs.promises.writeFile('/tmp/p.txt', s);",
      "  await redis.set('k', JSON.stringify({ d: patient.diagnosis }));",
      "  channel.sendToQueue('q', Buffer.from(patient.passportNumber));",
      '  const { iban } = patient;',
      "  await producer.send({ topic: 't', messages: [{ value: iban }] });",
      "  await redis.set('k', encrypt(patient.ssn));",
      '  const hashed = sha256(patient.ssn);',
      "  await redis.set('k', hashed);",
      "  await redis.set('k', patient.cardLast4);",
      "  await redis.set('k', patient.email);",
      '  const cache = new Map();',
      '  cache.set(patient.id, patient.ssn);',
      '  res.write(patient.ssn);',
      '  discordChannel.send(patient.diagnosis);',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['3:s', '4:patient.diagnosis', '5:patient.passportNumber', '7:iban']);
  });

  it('names the data, the store and where the value came from', async () => {
    const { findings } = await scan('typescript', lines('function save(patient) {', '  const s = patient.ssn;', "  fs.writeFileSync('/tmp/p.txt', s);", '}'));
    const finding = findings.find((f) => f.ruleId === RULE);
    assert.match(finding?.message ?? '', /^fs\.writeFileSync\(\) writes s \(.*social security number, from patient\.ssn\) to a file in plaintext: .*Encrypt the value/i);
    assert.deepStrictEqual(finding?.related?.map((r) => r.range.start.line), [1]);
    assert.deepStrictEqual(finding?.checklist, ['encryption-at-rest']);
  });

  it('reports files, caches, brokers and task queues (Python)', async () => {
    const source = lines(
      'def save(patient):',
      '    ssn = patient.ssn',
      "    with open('p.txt', 'w') as f:",
      '        f.write(ssn)',
      "    Path('p.txt').write_text(patient.diagnosis)",
      "    cache.set('k', patient.passport_number)",
      "    channel.basic_publish(exchange='', routing_key='q', body=patient.iban)",
      '    notify_patient.delay(patient.tax_id)',
      "    redis_client.setex('k', 60, hash_value(patient.ssn))",
      "    cache.set('k', patient.email)",
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['4:ssn', '5:patient.diagnosis', '6:patient.passport_number', '7:patient.iban', '8:patient.tax_id']);
  });

  it('reports Files.write, Kafka, RabbitMQ and Redis templates through getters (Java)', async () => {
    const source = lines(
      'class Store {',
      '  void save(Patient patient) throws Exception {',
      '    String ssn = patient.getSsn();',
      '    Files.write(path, ssn.getBytes());',
      '    kafkaTemplate.send("patients", patient.getDiagnosis());',
      '    redisTemplate.opsForValue().set("k", patient.getIban());',
      '    rabbitTemplate.convertAndSend("q", encryptor.encrypt(patient.getSsn()));',
      '    String token = encryptor.encrypt(patient.getPassportNumber());',
      '    Files.writeString(path, token);',
      '  }',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:ssn.getBytes()', '5:patient.getDiagnosis()', '6:patient.getIban()']);
  });

  it('reports os.WriteFile, go-redis and kafka-go writes (Go)', async () => {
    const source = lines(
      'package store',
      'func save(p Patient) {',
      '\tssn := p.SSN',
      '\tos.WriteFile("p.txt", []byte(ssn), 0600)',
      '\trdb.Set(ctx, "k", p.Diagnosis, 0)',
      '\twriter.WriteMessages(ctx, kafka.Message{Value: []byte(p.IBAN)})',
      '\trdb.HSet(ctx, "k", "ssn", encrypt(p.SSN))',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['4:ssn', '5:p.Diagnosis', '6:p.IBAN']);
  });

  it('reports file_put_contents, fwrite in interpolation and Laravel Cache (PHP)', async () => {
    const source = lines(
      '<?php',
      'function save($patient) {',
      '    $ssn = $patient->ssn;',
      "    file_put_contents('p.txt', $ssn);",
      "    Cache::put('k', $patient->diagnosis, 60);",
      '    fwrite($fh, "IBAN: {$patient->iban}");',
      "    Redis::set('k', encrypt($patient->ssn));",
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['4:$ssn', '5:$patient->diagnosis', '6:$patient->iban']);
  });

  it('reports File.write, Rails.cache, Redis, Sidekiq and Active Job arguments (Ruby)', async () => {
    const source = lines(
      'def save(patient)',
      '  ssn = patient.ssn',
      "  File.write('p.txt', ssn)",
      "  Rails.cache.write('k', patient.diagnosis)",
      "  REDIS.set('k', \"iban #{patient.iban}\")",
      '  NotifyJob.perform_later(patient.passport_number)',
      "  Sidekiq::Client.push('class' => Notify, 'args' => [patient.tax_id])",
      "  Rails.cache.write('k', patient.ssn_digest)",
      'end',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['3:ssn', '4:patient.diagnosis', '5:patient.iban', '6:patient.passport_number', '7:patient.tax_id']);
  });

  it('reports File.WriteAllText, distributed caches, StackExchange.Redis and Kafka; Data Protection is encryption (C#)', async () => {
    const source = lines(
      'class Store {',
      '  async Task Save(Patient patient) {',
      '    var ssn = patient.Ssn;',
      '    File.WriteAllText("p.txt", ssn);',
      '    await _cache.SetStringAsync("k", patient.Diagnosis);',
      '    db.StringSet("k", $"iban {patient.Iban}");',
      '    await producer.ProduceAsync("t", new Message<string, string> { Value = patient.PassportNumber });',
      '    var sealedSsn = _protector.Protect(patient.Ssn);',
      '    File.WriteAllText("q.txt", sealedSsn);',
      '    _memoryCache.Set("k", patient.Ssn);',
      '  }',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['4:ssn', '5:patient.Diagnosis', '6:patient.Iban', '7:patient.PassportNumber']);
  });

  it("reads a record's no-argument accessor as its member: payout.destinationIban() (Java records)", async () => {
    const source = lines(
      'class PayoutPublisher {',
      '  void publish(Payout payout) {',
      '    kafka.send("payouts", payout.id().toString(),',
      '        payout.destinationIban());',
      '    redis.opsForValue().set("k:" + payout.customerId(),',
      '        payout.destinationIban(), Duration.ofDays(30));',
      '    redis.opsForValue().set("k", encryptor.encrypt(payout.destinationIban()));',
      '  }',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:payout', '6:payout']);
    const { findings } = await scan('java', source);
    assert.match(findings.find((f) => f.ruleId === RULE)?.message ?? '', /^kafka\.send\(\) writes payout\.destinationIban\(\) \(bank account/);
  });

  it("classifies a member by its variable's declared type: c.PAN on a Card (Go)", async () => {
    const source = lines(
      'package cards',
      'func PublishIssued(ctx context.Context, w *kafka.Writer, c Card) error {',
      '	return w.WriteMessages(ctx, kafka.Message{',
      '		Key:   []byte(c.ID),',
      '		Value: []byte(c.PAN),',
      '	})',
      '}',
      'func PublishProduct(ctx context.Context, w *kafka.Writer, p Product) error {',
      '	return w.WriteMessages(ctx, kafka.Message{Value: []byte(p.PAN)})',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['5:c.PAN']);
  });

  it('reports csv rows and BullMQ jobs, not a p-queue task (Python, JavaScript)', async () => {
    const python = lines('def export(accounts, handle):', '    writer = csv.writer(handle)', "    writer.writerow(['id', 'iban'])", '    for account in accounts:', '        writer.writerow([account.id, account.iban])');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', python), ['5:account.iban']);
    const javascript = lines(
      'async function review(customer) {',
      "  await kycReviewQueue.add('review', { customerId: customer.id, taxId: customer.taxId });",
      '  await taskQueue.add(() => check(customer.taxId));',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', javascript), ['2:customer.taxId']);
  });
});

import * as assert from 'assert';
import { calls, declarations, findingsOf, literals, scanner } from './helpers';

const CUSTOMER_MODEL = [
  'package customers',
  '',
  '// Customer is one row of the customers table.',
  'type Customer struct {',
  '\tID                  int64  `json:"id" db:"id"`',
  '\tFirstName, LastName string `json:"name"`',
  '\tEmail               string `json:"email" db:"email_address"`',
  '\tPasswordHash        []byte `json:"-" db:"password_hash"`',
  '\tAddress',
  '\t*Audit',
  '\tEmergency struct {',
  '\t\tPhone string',
  '\t}',
  '}',
  '',
  'type Product struct {',
  '\tName  string',
  '\tPrice int64',
  '}',
].join('\n');

const CUSTOMER_SERVICE = [
  'package customers',
  '',
  'func (s *Service) Register(ctx context.Context, c *Customer, p Product) error {',
  '\temail := c.Email',
  '\tlog.Printf("registered %s", c.Email)',
  '\tslog.Info("registered", "email", email, "id", c.ID)',
  '\ts.logger.Errorw("welcome mail failed", "phone", c.Emergency.Phone)',
  '\tzapLogger.Info("registered", zap.String("email", c.Email), zap.Int64("id", c.ID))',
  '\tlog.Printf("product %s", p.Name)',
  '\tmailer.Send(c.Email)',
  '\treturn nil',
  '}',
].join('\n');

describe('Go adapter', () => {
  it('reads struct fields, one per name, with their owner and type; embedded structs declare none', async () => {
    const facts = await scanner.extractFacts(CUSTOMER_MODEL, 'go');
    assert.deepStrictEqual(declarations(facts), [
      'field Customer.ID: int64 @5',
      'field Customer.FirstName: string @6',
      'field Customer.LastName: string @6',
      'field Customer.Email: string @7',
      'field Customer.PasswordHash: []byte @8',
      'field Customer.Emergency: struct { Phone string } @11',
      'field Emergency.Phone: string @12',
      'field Product.Name: string @17',
      'field Product.Price: int64 @18',
    ]);
  });

  it('keeps the raw struct tag as the annotation of each name it tags', async () => {
    const facts = await scanner.extractFacts(CUSTOMER_MODEL, 'go');
    const annotations = (name: string): readonly string[] | undefined => facts.declarations.find((d) => d.name === name)?.annotations;
    assert.deepStrictEqual(annotations('Email'), ['json:"email" db:"email_address"']);
    assert.deepStrictEqual(annotations('LastName'), ['json:"name"']);
    assert.strictEqual(annotations('Price'), undefined);
  });

  it('points each declaration at its name only', async () => {
    const facts = await scanner.extractFacts('package x\ntype P struct {\n\tFirst, Last string `json:"n"`\n}', 'go');
    assert.deepStrictEqual(
      facts.declarations.map((d) => [d.name, d.range.start.line, d.range.start.column, d.range.end.column]),
      [
        ['First', 2, 1, 6],
        ['Last', 2, 8, 12],
      ],
    );
  });

  it('reads parameters but not the receiver, and locals declared with := and var', async () => {
    const source = [
      'package x',
      'func (s *Service) Find(ctx context.Context, first, last string, ids ...int64) {',
      '\temail, _ := lookup(first)',
      '\tvar phone string = "x"',
      '\tvar a, b int',
      '\tgo func(c Customer) {}(customer)',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'go');
    assert.deepStrictEqual(declarations(facts), [
      'parameter ctx: context.Context @2',
      'parameter first: string @2',
      'parameter last: string @2',
      'parameter ids: int64 @2',
      'variable email @3',
      'variable phone: string @4',
      'variable a: int @5',
      'variable b: int @5',
      'parameter c: Customer @6',
    ]);
  });

  it('reads calls: callee paths, selector chains, and the arguments of nested calls', async () => {
    const facts = await scanner.extractFacts(CUSTOMER_SERVICE, 'go');
    assert.deepStrictEqual(calls(facts), [
      'log.Printf(, c.Email)',
      'slog.Info(, , email, , c.ID)',
      's.logger.Errorw(, , c.Emergency.Phone)',
      'zapLogger.Info(, zap+c.Email, zap+c.ID)',
      'zap.String(, c.Email)',
      'zap.Int64(, c.ID)',
      'log.Printf(, p.Name)',
      'mailer.Send(c.Email)',
    ]);
  });

  it('reads string-indexed maps and literal values, not literal keys', async () => {
    const source = 'package x\nfunc f() {\n\tlogger.Info(m["email"], Customer{Email: c.Phone}, map[string]string{"ssn": c.SSN})\n}';
    const facts = await scanner.extractFacts(source, 'go');
    assert.deepStrictEqual(calls(facts), ['logger.Info(m.email, c.Phone, c.SSN)']);
  });

  it('reports line and block comments with their ranges', async () => {
    const facts = await scanner.extractFacts('package x\n// note\nvar x = 1 /* block */', 'go');
    assert.deepStrictEqual(
      facts.comments.map((c) => [c.text, c.range.start.line, c.range.start.column]),
      [
        ['// note', 1, 0],
        ['/* block */', 2, 10],
      ],
    );
  });

  it('reads what it can of broken code without throwing', async () => {
    const source = 'package x\ntype Customer struct {\n\tEmail string\n}\nfunc f( {\n\tlog.Printf("%s", c.Email)\n';
    const facts = await scanner.extractFacts(source, 'go');
    assert.ok(declarations(facts).includes('field Customer.Email: string @3'));
    assert.ok(calls(facts).includes('log.Printf(, c.Email)'));
  });

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = 'a' + '.B'.repeat(3000);
    const nested = '('.repeat(2000) + 'c.Email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`package x\nfunc f() {\n\tlog.Print(${chain}, ${nested})\n}`, 'go');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.path.length, 3001);
    assert.deepStrictEqual(facts.calls[0]?.arguments[1]?.references[0]?.path, ['c', 'Email']);
  });
});

describe('Go adapter with the rules', () => {
  it('reports the personal fields of a struct, not a product, an id or a password hash', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'go', CUSTOMER_MODEL), ['6:FirstName', '6:LastName', '7:Email', '12:Phone']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'go', CUSTOMER_MODEL), []);
  });

  it('reports personal data written through log, slog, sugared and zap loggers, not to other calls or from products', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-in-log', 'go', CUSTOMER_SERVICE), [
      '5:c.Email',
      '6:email',
      '7:c.Emergency.Phone',
      '8:c.Email',
    ]);
  });
});

describe('Go adapter: constants', () => {
  it('keys a constant\'s literal by its name, so rules read `const feedURL = "http://..."` like a var', async () => {
    const source = 'package p\nconst feedURL = "http://feeds.acme.co.uk/p.csv"\nconst (\n\tretries = 3\n)\n';
    const facts = await scanner.extractFacts(source, 'go');
    assert.deepStrictEqual(literals(facts, source), ['string http://feeds.acme.co.uk/p.csv [feedURL] @2:"http://feeds.acme.co.uk/p.csv"', 'number 3 [retries] @4:3']);
    assert.deepStrictEqual(await findingsOf('insecure-transport', 'go', source), ['2:"http://feeds.acme.co.uk/p.csv"']);
  });
});

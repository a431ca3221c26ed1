/**
 * public-data-store: public ACLs in the seven languages, public policies in JSON, YAML and code,
 * Firebase rules, and SQL grants to PUBLIC; with the JSON, YAML and SQL facts the rule reads.
 */
import * as assert from 'assert';
import { findingsOf, scan } from './helpers';
import { factsOf, lines, located } from './schemaTestSupport';

const RULE = 'public-data-store';

describe('public-data-store in code', () => {
  it('TypeScript: S3 canned ACLs, GCS makePublic and publicRead, the CDK, Azure public access; not private ACLs, a list of ACL names or a blog post made public', async () => {
    const source = [
      "await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `exports/${id}.csv`, Body: csv, ACL: 'public-read' }));",
      "await s3.putObject({ Bucket: bucket, Key: key, Body: body, ACL: 'public-read-write' }).promise();",
      "await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ACL: 'private' }));",
      "await storage.bucket('scans').file(`${patientId}.pdf`).makePublic();",
      "await bucket.upload(localPath, { destination: name, predefinedAcl: 'publicRead' });",
      "const site = new s3.Bucket(this, 'Site', { publicReadAccess: true });",
      'reports.grantPublicAccess();',
      "await containerClient.create({ access: 'container' });",
      "await containerClient.setAccessPolicy('blob');",
      "const ACL_CHOICES = ['private', 'public-read', 'authenticated-read'];",
      'await post.makePublic();',
      "const tile = { access: 'blob', size: 2 };",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), [
      "1:'public-read'",
      "2:'public-read-write'",
      "4:storage.bucket('scans').file(`${patientId}.pdf`).makePublic()",
      "5:'publicRead'",
      '6:true',
      '7:reports.grantPublicAccess()',
      "8:'container'",
      "9:'blob'",
    ]);
  });

  it('says who can read and what to do instead, and raises access-control', async () => {
    const { findings } = await scan('typescript', "s3.putObject({ Bucket: b, Key: k, ACL: 'public-read-write' });");
    assert.deepStrictEqual(findings.map((f) => [f.ruleId, f.checklist]), [[RULE, ['access-control', 'breach-readiness']]]);
    assert.match(findings[0]!.message, /^the ACL 'public-read-write' makes the data readable and writable by anyone on the internet: .*signed URLs/);
  });

  it('Python: boto3 ACL and ExtraArgs, GCS make_public and allUsers bindings, Azure public access; not private', async () => {
    const source = [
      's3.upload_file(path, bucket, key, ExtraArgs={"ACL": "public-read", "ContentType": "application/pdf"})',
      's3.put_object(Bucket=bucket, Key=key, Body=data, ACL="public-read")',
      's3.put_object(Bucket=bucket, Key=key, Body=data, ACL="private")',
      'blob.make_public()',
      'policy.bindings.append({"role": "roles/storage.objectViewer", "members": {"allUsers"}})',
      'container_client.create_container(public_access=PublicAccess.Container)',
      'service.create_container("exports", public_access="blob")',
      'users = cache.get("allUsers")',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['1:"public-read"', '2:"public-read"', '4:blob.make_public()', '5:"allUsers"', '6:PublicAccess.Container', '7:"blob"']);
  });

  it('Java: AWS SDK v1 and v2 canned ACLs, GCS ofAllUsers, Azure PublicAccessType; not PRIVATE', async () => {
    const source = [
      'class Exports {',
      '    void publish(File file) {',
      '        s3.putObject(new PutObjectRequest(bucket, key, file).withCannedAcl(CannedAccessControlList.PublicRead));',
      '        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).acl(ObjectCannedACL.PUBLIC_READ).build(), body);',
      '        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).acl(ObjectCannedACL.PRIVATE).build(), body);',
      '        storage.create(BlobInfo.newBuilder(blobId).setAcl(List.of(Acl.of(Acl.User.ofAllUsers(), Acl.Role.READER))).build(), bytes);',
      '        containerClient.setAccessPolicy(PublicAccessType.CONTAINER, null);',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), [
      '3:CannedAccessControlList.PublicRead',
      '4:ObjectCannedACL.PUBLIC_READ',
      '6:Acl.User.ofAllUsers()',
      '7:PublicAccessType.CONTAINER',
    ]);
  });

  it('Go: SDK v2 constants and aws.String("public-read"), storage.AllUsers, Azure PublicAccessTypeBlob; not private', async () => {
    const source = [
      'package exports',
      '',
      'func publish(ctx context.Context) error {',
      '\t_, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), ACL: types.ObjectCannedACLPublicRead})',
      '\t_, err = legacy.PutObject(&s3.PutObjectInput{Bucket: aws.String(bucket), ACL: aws.String("public-read")})',
      '\t_, err = client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), ACL: types.ObjectCannedACLPrivate})',
      '\terr = obj.ACL().Set(ctx, storage.AllUsers, storage.RoleReader)',
      '\t_, err = containerClient.Create(ctx, &container.CreateOptions{Access: to.Ptr(container.PublicAccessTypeBlob)})',
      '\treturn err',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['4:types.ObjectCannedACLPublicRead', '5:"public-read"', '7:storage.AllUsers', '8:container.PublicAccessTypeBlob']);
  });

  it("PHP: the AWS SDK's 'ACL' => 'public-read', Laravel's public visibility on S3; not on the public disk or private", async () => {
    const source = [
      '<?php',
      "$s3->putObject(['Bucket' => $bucket, 'Key' => $key, 'Body' => $pdf, 'ACL' => 'public-read']);",
      "$s3->putObject(['Bucket' => $bucket, 'Key' => $key, 'Body' => $pdf, 'ACL' => 'private']);",
      "Storage::disk('s3')->put($path, $contents, 'public');",
      "Storage::disk('s3')->setVisibility($path, 'public');",
      "Storage::disk('public')->put('logos/acme.png', $logo, 'public');",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), [
      "2:'public-read'",
      "4:Storage::disk('s3')->put($path, $contents, 'public')",
      "5:Storage::disk('s3')->setVisibility($path, 'public')",
    ]);
  });

  it('Ruby: acl: public-read in the AWS SDK; not private', async () => {
    const source = [
      "s3.put_object(bucket: bucket, key: key, body: report, acl: 'public-read')",
      "obj.upload_file(path, acl: 'public-read')",
      "bucket.object(key).put(body: data, acl: 'private')",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ["1:'public-read'", "2:'public-read'"]);
  });

  it('C#: S3CannedACL.PublicRead in an initialiser, Azure PublicAccessType; not Private', async () => {
    const source = [
      'class Exports',
      '{',
      '    async Task Publish()',
      '    {',
      '        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, CannedACL = S3CannedACL.PublicRead });',
      '        await container.CreateIfNotExistsAsync(PublicAccessType.BlobContainer);',
      '        var request = new PutObjectRequest { BucketName = bucket, CannedACL = S3CannedACL.Private };',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['5:S3CannedACL.PublicRead', '6:PublicAccessType.BlobContainer']);
  });

  it('a bucket policy written as a dictionary in code (Python json.dumps)', async () => {
    const source = [
      'policy = {',
      '    "Version": "2012-10-17",',
      '    "Statement": [{"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject"], "Resource": [f"arn:aws:s3:::{bucket}/*"]}],',
      '}',
      's3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['3:"*"']);
  });
});

const BUCKET_POLICY = lines(
  '{',
  '  "Version": "2012-10-17",',
  '  "Statement": [',
  '    {',
  '      "Sid": "DenyInsecureTransport",',
  '      "Effect": "Deny",',
  '      "Principal": "*",',
  '      "Action": "s3:*",',
  '      "Resource": ["arn:aws:s3:::patient-exports", "arn:aws:s3:::patient-exports/*"],',
  '      "Condition": { "Bool": { "aws:SecureTransport": "false" } }',
  '    },',
  '    {',
  '      "Sid": "PublicRead",',
  '      "Effect": "Allow",',
  '      "Principal": { "AWS": ["*"] },',
  '      "Action": ["s3:GetObject"],',
  '      "Resource": "arn:aws:s3:::patient-exports/*"',
  '    },',
  '    {',
  '      "Effect": "Allow",',
  '      "Principal": "*",',
  '      "Action": "s3:GetObject",',
  '      "Resource": "arn:aws:s3:::patient-exports/*",',
  '      "Condition": { "StringEquals": { "aws:SourceVpce": "vpce-1a2b3c4d" } }',
  '    },',
  '    {',
  '      "Principal": { "AWS": "arn:aws:iam::111122223333:role/Exporter" },',
  '      "Effect": "Allow",',
  '      "Action": ["s3:PutObject"],',
  '      "Resource": "arn:aws:s3:::patient-exports/*"',
  '    }',
  '  ]',
  '}',
);

describe('public-data-store in policies and rules (JSON, YAML)', () => {
  it('reports an Allow statement for the principal "*"; not a Deny, one with a condition, or one for a named principal', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'json', BUCKET_POLICY), ['15:*']);
  });

  it('reports CloudFormation AccessControl: PublicRead and a public bucket policy in YAML', async () => {
    const template = lines(
      'Resources:',
      '  ExportsBucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: PublicRead',
      '  ExportsPolicy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref ExportsBucket',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      "            Principal: '*'",
      '            Action:',
      '              - s3:GetObject',
      '              - s3:PutObject',
      "            Resource: !Sub '${ExportsBucket.Arn}/*'",
      '  PrivateBucket:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: Private',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'yaml', template), ['5:PublicRead', '13:*']);
    const { findings } = await scan('yaml', template);
    assert.match(findings[1]!.message, /allows the principal "\*" s3:GetObject, s3:PutObject makes the data readable and writable by anyone/);
  });

  it('reports allUsers in a Google Cloud IAM policy and Firebase rules that let anyone read or write', async () => {
    const iam = lines('{', '  "bindings": [', '    { "role": "roles/storage.objectViewer", "members": ["allUsers"] },', '    { "role": "roles/storage.admin", "members": ["group:ops@acme.com"] }', '  ]', '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'json', iam), ['3:allUsers']);
    const firebase = lines('{', '  "rules": {', '    ".read": true,', '    ".write": true,', '    "patients": { ".read": "auth != null", ".write": "auth != null" }', '  }', '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'json', firebase), ['3:true', '4:true']);
  });

  it('JSON and YAML files without access settings give no literals, so no rule reads their URLs or switches', async () => {
    const manifest = lines('{', '  "name": "portal",', '  "homepage": "http://portal.acme.com",', '  "repository": { "url": "http://git.acme.com/portal.git" }', '}');
    assert.strictEqual((await factsOf('json', manifest)).literals, undefined);
    assert.deepStrictEqual((await scan('json', manifest)).findings, []);
    const workflow = lines('on: push', 'jobs:', '  build:', '    env:', '      API_URL: http://api.acme.com', '      NODE_TLS_REJECT_UNAUTHORIZED: "0"');
    assert.deepStrictEqual((await scan('yaml', workflow)).findings, []);
  });

  it('facts: every scalar with its key, list items with the list key, in document order, ranges without quotes', async () => {
    const facts = await factsOf('json', BUCKET_POLICY);
    const shown = (facts.literals ?? []).slice(0, 7).map((l) => `${l.kind} ${l.key} ${located(BUCKET_POLICY, l.range)}`);
    assert.deepStrictEqual(shown, [
      'string Version 2:14=2012-10-17',
      'string Sid 5:14=DenyInsecureTransport',
      'string Effect 6:17=Deny',
      'string Principal 7:20=*',
      'string Action 8:17=s3:*',
      'string Resource 9:20=arn:aws:s3:::patient-exports',
      'string Resource 9:52=arn:aws:s3:::patient-exports/*',
    ]);
    const yaml = await factsOf('yaml', lines('Statement:', '  - Effect: Allow', '    Principal: "*"', '    Public: true', '    Count: 3'));
    assert.deepStrictEqual(yaml.literals?.map((l) => `${l.kind} ${l.key}=${l.value}`), ['string Effect=Allow', 'string Principal=*', 'boolean Public=true', 'number Count=3']);
  });
});

const PATIENTS_SQL = lines(
  'CREATE TABLE patients (',
  '  id SERIAL PRIMARY KEY,',
  '  email VARCHAR(255) NOT NULL,',
  '  date_of_birth DATE',
  ');',
  'CREATE TABLE countries (code CHAR(2) PRIMARY KEY, name TEXT);',
  'GRANT SELECT ON patients TO PUBLIC;',
  'GRANT SELECT ON countries TO PUBLIC;',
  'GRANT SELECT, INSERT ON TABLE public.customers TO reporting, PUBLIC WITH GRANT OPTION;',
  'GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC;',
  'GRANT SELECT ON patients TO reporting;',
  'GRANT USAGE ON SCHEMA public TO PUBLIC;',
  'GRANT admin TO alice;',
  'REVOKE ALL ON patients FROM PUBLIC;',
);

describe('public-data-store in SQL', () => {
  it('reports GRANT ... TO PUBLIC on a table of personal data (by its columns or its name) and on every table; not on lookup tables, to roles, or on schemas', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'sql', PATIENTS_SQL), ['7:PUBLIC', '9:PUBLIC', '10:PUBLIC']);
  });

  it('names the personal data the grant exposes, with its categories', async () => {
    const { findings } = await scan('sql', PATIENTS_SQL);
    const [patients, customers] = findings.filter((f) => f.ruleId === RULE);
    assert.match(patients!.message, /^GRANT SELECT ON patients TO PUBLIC makes the data readable by every role of the database \(PUBLIC\): patients\.email \(email address\), patients\.date_of_birth \(date of birth\) reaches any account/);
    assert.deepStrictEqual(patients!.dataCategories, ['user.contact.email', 'user.demographic.date_of_birth']);
    assert.match(customers!.message, /open to changes by every role of the database \(PUBLIC\): the records of customers/);
  });

  it('facts: GRANT as a call with the privileges, one reference per table and per grantee', async () => {
    const facts = await factsOf('sql', PATIENTS_SQL);
    const grants = facts.calls.map((c) => `${c.calleePath.join('.')}(${c.arguments.map((a) => `${a.text} [${a.references.map((r) => r.path.join('.')).join(', ')}]`).join(' | ')})`);
    assert.deepStrictEqual(grants, [
      'GRANT(SELECT [] | patients [patients] | PUBLIC [PUBLIC])',
      'GRANT(SELECT [] | countries [countries] | PUBLIC [PUBLIC])',
      'GRANT(SELECT, INSERT [] | public.customers [public.customers] | reporting, PUBLIC [reporting, PUBLIC])',
      'GRANT(SELECT [] | ALL TABLES IN SCHEMA public [] | PUBLIC [PUBLIC])',
      'GRANT(SELECT [] | patients [patients] | reporting [reporting])',
    ]);
    assert.deepStrictEqual(facts.calls.map((c) => located(PATIENTS_SQL, c.range)), [
      '7:0=GRANT SELECT ON patients TO PUBLIC',
      '8:0=GRANT SELECT ON countries TO PUBLIC',
      '9:0=GRANT SELECT, INSERT ON TABLE public.customers TO reporting, PUBLIC',
      '10:0=GRANT SELECT ON ALL TABLES IN SCHEMA public TO PUBLIC',
      '11:0=GRANT SELECT ON patients TO reporting',
    ]);
  });
});

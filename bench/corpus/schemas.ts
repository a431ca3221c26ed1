/** Schema files (SQL, Prisma, GraphQL, protobuf, OpenAPI in YAML and JSON), each describing several plans' entities. */
import { camel, pascal, snake, type FieldType, type ModulePlan } from './vocabulary';

const SQL_TYPES: Record<FieldType, string> = { string: 'VARCHAR(255)', number: 'NUMERIC(12, 2)', boolean: 'BOOLEAN', date: 'TIMESTAMP' };
const PRISMA_TYPES: Record<FieldType, string> = { string: 'String', number: 'Decimal', boolean: 'Boolean', date: 'DateTime' };
const GRAPHQL_TYPES: Record<FieldType, string> = { string: 'String', number: 'Float', boolean: 'Boolean', date: 'String' };
const PROTO_TYPES: Record<FieldType, string> = { string: 'string', number: 'double', boolean: 'bool', date: 'string' };
const OPENAPI_TYPES: Record<FieldType, string> = { string: 'string', number: 'number', boolean: 'boolean', date: 'string' };

export function sqlSchema(plans: readonly ModulePlan[]): string {
  return plans
    .map((p) => [`CREATE TABLE ${snake(p.entity)}s (`, '  id UUID PRIMARY KEY,', ...p.fields.map((f, i) => `  ${snake(f.words)} ${SQL_TYPES[f.type]}${i === p.fields.length - 1 ? '' : ','}`), ');', `CREATE INDEX idx_${snake(p.entity)}s_${snake(p.fields[0]!.words)} ON ${snake(p.entity)}s (${snake(p.fields[0]!.words)});`, ''].join('\n'))
    .join('\n');
}

export function prismaSchema(plans: readonly ModulePlan[]): string {
  const header = ['datasource db {', '  provider = "postgresql"', '  url      = env("DATABASE_URL")', '}', ''];
  const models = plans.map((p) => [`model ${pascal(p.entity)} {`, '  id String @id @default(uuid())', ...p.fields.map((f) => `  ${camel(f.words)} ${PRISMA_TYPES[f.type]}`), '}', ''].join('\n'));
  return [...header, ...models].join('\n');
}

export function graphqlSchema(plans: readonly ModulePlan[]): string {
  const types = plans.map((p) => [`type ${pascal(p.entity)} {`, '  id: ID!', ...p.fields.map((f) => `  ${camel(f.words)}: ${GRAPHQL_TYPES[f.type]}`), '}', ''].join('\n'));
  const queries = plans.map((p, i) => `  ${camel(p.entity)}${i}(id: ID!): ${pascal(p.entity)}`);
  return [...types, 'type Query {', ...queries, '}', ''].join('\n');
}

export function protoSchema(plans: readonly ModulePlan[], packageName: string): string {
  const messages = plans.map((p) => [`message ${pascal(p.entity)} {`, '  string id = 1;', ...p.fields.map((f, i) => `  ${PROTO_TYPES[f.type]} ${snake(f.words)} = ${i + 2};`), '}', ''].join('\n'));
  return ['syntax = "proto3";', '', `package ${packageName};`, '', ...messages].join('\n');
}

function openApiDocument(plans: readonly ModulePlan[], title: string): object {
  const schemas: Record<string, object> = {};
  const paths: Record<string, object> = {};
  for (const p of plans) {
    const properties: Record<string, object> = { id: { type: 'string' } };
    for (const f of p.fields) {
      properties[camel(f.words)] = f.type === 'date' ? { type: 'string', format: 'date' } : { type: OPENAPI_TYPES[f.type] };
    }
    schemas[pascal(p.entity)] = { type: 'object', properties };
    paths[`/${snake(p.entity)}s/{id}`] = {
      get: { operationId: `get${pascal(p.entity)}`, responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${pascal(p.entity)}` } } } } } },
    };
  }
  return { openapi: '3.0.3', info: { title, version: '1.0.0' }, paths, components: { schemas } };
}

export function openApiJson(plans: readonly ModulePlan[], title: string): string {
  return `${JSON.stringify(openApiDocument(plans, title), null, 2)}\n`;
}

/** YAML written by hand (block style, two spaces) so the corpus needs no YAML library. */
export function openApiYaml(plans: readonly ModulePlan[], title: string): string {
  return `${toYaml(openApiDocument(plans, title), 0)}\n`;
}

function toYaml(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, child]) => {
      const name = /^[A-Za-z_][\w.-]*$/.test(key) ? key : `'${key}'`;
      return typeof child === 'object' && child !== null ? `${pad}${name}:\n${toYaml(child, depth + 1)}` : `${pad}${name}: ${typeof child === 'string' && /[#:{}]/.test(child) ? `'${child}'` : String(child)}`;
    })
    .join('\n');
}

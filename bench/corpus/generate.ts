/**
 * Writes a deterministic corpus: the same seed and size always give the same tree, byte for byte.
 * The layout is a monorepo with one top-level folder per stack (web/ holds the TypeScript and
 * JavaScript, so ESLint can be pointed at exactly that part), services of about forty files each.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { javaModule, csharpModule, typescriptModule } from './curlyLanguages';
import { goModule, phpModule, pythonModule, rubyModule } from './otherLanguages';
import { SeededRandom } from './prng';
import { graphqlSchema, openApiJson, openApiYaml, prismaSchema, protoSchema, sqlSchema } from './schemas';
import { pascal, planModule, snake, type ModulePlan } from './vocabulary';

/** Bumped whenever the output for a seed changes, so a cached corpus is not reused wrongly. */
export const GENERATOR_VERSION = 2;

/** The share of files of each kind, roughly that of a polyglot monorepo. */
const FILE_KINDS = {
  typescript: 22,
  javascript: 10,
  python: 16,
  java: 12,
  csharp: 10,
  go: 10,
  php: 6,
  ruby: 6,
  sql: 2,
  prisma: 1,
  graphql: 1.5,
  protobuf: 1.5,
  openapiYaml: 1,
  openapiJson: 1,
} as const;
export type FileKind = keyof typeof FILE_KINDS;
export const ALL_FILE_KINDS = Object.keys(FILE_KINDS) as FileKind[];

const FILES_PER_SERVICE = 40;
const SERVICE_NAMES = ['billing', 'booking', 'catalog', 'identity', 'inventory', 'logistics', 'notifications', 'payments', 'reporting', 'search'];

export interface CorpusFile {
  readonly relativePath: string;
  readonly kind: FileKind;
  readonly content: string;
}

export interface CorpusSummary {
  readonly seed: number;
  readonly targetBytes: number;
  readonly files: number;
  readonly bytes: number;
  readonly bytesByKind: Readonly<Record<string, number>>;
  /** SHA-256 over every path and content, in generation order. */
  readonly contentHash: string;
}

/** The corpus's files, one at a time, until `targetBytes` is reached; nothing is written. */
export function* corpusFiles(seed: number, targetBytes: number): Generator<CorpusFile> {
  const rng = new SeededRandom(seed);
  let written = 0;
  for (let index = 0; written < targetBytes; index++) {
    const kind = rng.weighted(FILE_KINDS);
    const service = `${SERVICE_NAMES[Math.floor(index / FILES_PER_SERVICE) % SERVICE_NAMES.length]}-${Math.floor(index / (FILES_PER_SERVICE * SERVICE_NAMES.length))}`;
    const file = writeFile(kind, rng, service, index);
    written += Buffer.byteLength(file.content);
    yield file;
  }
}

function writeFile(kind: FileKind, rng: SeededRandom, service: string, index: number): CorpusFile {
  const plan = planModule(rng);
  const base = `${snake(plan.entity)}_${index}`;
  const pkg = service.replace(/-/g, '_');
  const at = (folder: string, name: string, content: string): CorpusFile => ({ relativePath: `${folder}/${service}/${name}`, kind, content });
  // Several entities per schema file, numbered so that two customers do not clash.
  const schemaPlans = (): ModulePlan[] =>
    Array.from({ length: rng.int(2, 6) }, (_, i) => {
      const entityPlan = i === 0 ? plan : planModule(rng);
      return { ...entityPlan, entity: [...entityPlan.entity, `t${i}`] };
    });
  switch (kind) {
    case 'typescript':
      return at('web', `${base}.ts`, typescriptModule(plan, false));
    case 'javascript':
      return at('web', `${base}.js`, typescriptModule(plan, true));
    case 'python':
      return at('py', `${base}.py`, pythonModule(plan));
    case 'java': {
      // Java wants the public class named as its file, so the index goes into the class name.
      const numbered = { ...plan, entity: [...plan.entity, String(index)] };
      return at('java', `${pascal(numbered.entity)}Service.java`, javaModule(numbered, `com.example.${pkg}`));
    }
    case 'csharp':
      return at('dotnet', `${base}.cs`, csharpModule(plan, `Example.${pkg}`));
    case 'go':
      return at('go', `${base}.go`, goModule(plan, pkg));
    case 'php':
      return at('php', `${base}.php`, phpModule(plan, `App\\${pkg}`));
    case 'ruby':
      return at('ruby', `${base}.rb`, rubyModule(plan));
    case 'sql':
      return at('schemas', `${base}.sql`, sqlSchema(schemaPlans()));
    case 'prisma':
      return at('schemas', `${base}.prisma`, prismaSchema(schemaPlans()));
    case 'graphql':
      return at('schemas', `${base}.graphql`, graphqlSchema(schemaPlans()));
    case 'protobuf':
      return at('schemas', `${base}.proto`, protoSchema(schemaPlans(), pkg));
    case 'openapiYaml':
      return at('schemas', `${base}.openapi.yaml`, openApiYaml(schemaPlans(), service));
    case 'openapiJson':
      return at('schemas', `${base}.openapi.json`, openApiJson(schemaPlans(), service));
  }
}

/** Writes the corpus under `directory` (which must not hold an older corpus) and sums it up. */
export async function generateCorpus(directory: string, seed: number, targetBytes: number): Promise<CorpusSummary> {
  const hash = createHash('sha256');
  const bytesByKind: Record<string, number> = {};
  const madeFolders = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of corpusFiles(seed, targetBytes)) {
    const target = path.join(directory, file.relativePath);
    const folder = path.dirname(target);
    if (!madeFolders.has(folder)) {
      await fs.mkdir(folder, { recursive: true });
      madeFolders.add(folder);
    }
    await fs.writeFile(target, file.content);
    hash.update(file.relativePath).update('\0').update(file.content).update('\0');
    const size = Buffer.byteLength(file.content);
    bytesByKind[file.kind] = (bytesByKind[file.kind] ?? 0) + size;
    files += 1;
    bytes += size;
  }
  return { seed, targetBytes, files, bytes, bytesByKind, contentHash: hash.digest('hex') };
}

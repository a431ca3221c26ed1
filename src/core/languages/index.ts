import type { TextAdapter, TreeAdapter } from './adapter';
import { csharpFacts } from './csharpAdapter';
import { goFacts } from './goAdapter';
import { javaFacts } from './javaAdapter';
import { phpFacts } from './phpAdapter';
import { pythonFacts } from './pythonAdapter';
import { rubyFacts } from './rubyAdapter';
import { graphqlFacts } from './schema/graphqlAdapter';
import { openApiFacts } from './schema/openApiAdapter';
import { prismaFacts } from './schema/prismaAdapter';
import { protobufFacts } from './schema/protobufAdapter';
import { sqlFacts } from './schema/sqlAdapter';
import { typescriptFacts } from './typescriptAdapter';

/** Adapters for languages read with a tree-sitter grammar, by canonical language id (languages.json). */
export const TREE_ADAPTERS: Readonly<Record<string, TreeAdapter>> = {
  typescript: typescriptFacts,
  typescriptreact: typescriptFacts,
  javascript: typescriptFacts,
  javascriptreact: typescriptFacts,
  python: pythonFacts,
  java: javaFacts,
  csharp: csharpFacts,
  go: goFacts,
  php: phpFacts,
  ruby: rubyFacts,
};

/** Adapters for schema formats, which have no grammar: they parse the text themselves. */
export const TEXT_ADAPTERS: Readonly<Record<string, TextAdapter>> = {
  sql: sqlFacts,
  prisma: prismaFacts,
  graphql: graphqlFacts,
  proto3: protobufFacts,
  yaml: openApiFacts,
  json: openApiFacts,
};

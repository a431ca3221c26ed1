/**
 * Methods, local functions, lambdas and types in C# (see structure.ts): ASP.NET Core controllers
 * (`[ApiController]`, `[Authorize]`, `: ControllerBase`) and their actions (`[HttpGet("{id}")]`,
 * `[AllowAnonymous]`) with their parameters' attributes (`[FromBody] PatientDto dto`).
 */
import type { Node } from './syntaxTree';
import { type AnnotationSpelling, annotationsIn, type FunctionParts, functionParts, returnStatements, type StructureReading, type TypeParts } from './structure';

/** What a local belongs to: assignments in one of these are not seen from another. */
export const FUNCTION_TYPES = new Set([
  ...['method_declaration', 'constructor_declaration', 'destructor_declaration', 'operator_declaration', 'conversion_operator_declaration'],
  ...['local_function_statement', 'lambda_expression', 'anonymous_method_expression', 'accessor_declaration', 'property_declaration', 'indexer_declaration'],
]);
/** Scopes of their own, but members read like data rather than functions anything routes to. */
const PROPERTY_TYPES = new Set(['accessor_declaration', 'property_declaration', 'indexer_declaration']);
/** An expression body (`=> ...`) of these gives nothing back. */
const VOID_BODIED_TYPES = new Set(['constructor_declaration', 'destructor_declaration']);

/**
 * One entry per attribute, bracketed as a reader writes it alone: `[EmailAddress, Required]` gives
 * `[EmailAddress]` and `[Required]`. A target (`[property: Required]`) says where, not what, so it is dropped.
 */
const ATTRIBUTES: AnnotationSpelling = { itemTypes: new Set(['attribute']), listTypes: new Set(['attribute_list']), wrap: (text) => `[${text}]` };

export const CSHARP_STRUCTURE: StructureReading = {
  ...returnStatements(),
  typeTypes: new Set(['class_declaration', 'struct_declaration', 'record_declaration', 'record_struct_declaration', 'interface_declaration']),
  describeFunction,
  describeType,
};

export function attributesOf(declaration: Node): string[] {
  return annotationsIn(declaration, ATTRIBUTES);
}

function describeFunction(fn: Node): FunctionParts | undefined {
  if (PROPERTY_TYPES.has(fn.type)) {
    return undefined;
  }
  const parts = functionParts(fn, { annotations: attributesOf(fn), expressionBody: expressionBody(fn) });
  return fn.type === 'operator_declaration' || fn.type === 'conversion_operator_declaration' ? { ...parts, name: operatorName(fn) } : parts;
}

/** `operator +`, `operator ==`: the grammar gives the symbol no field. */
function operatorName(fn: Node): string {
  const keyword = fn.children.findIndex((c) => c?.type === 'operator');
  const symbol = keyword >= 0 ? fn.children[keyword + 1] : undefined;
  return symbol ? `operator ${symbol.text}` : '';
}

/** `x => x.Email`, `Patient Get(int id) => _db.Find(id);`; not a `void` method's nor a constructor's. */
function expressionBody(fn: Node): Node | null {
  const body = fn.childForFieldName('body');
  if (fn.type === 'lambda_expression') {
    return body?.type === 'block' ? null : body;
  }
  const returnsNothing = VOID_BODIED_TYPES.has(fn.type) || (fn.childForFieldName('returns') ?? fn.childForFieldName('type'))?.text === 'void';
  return body?.type === 'arrow_expression_clause' && !returnsNothing ? body.namedChildren.find((c) => c?.type !== 'comment') ?? null : null;
}

/** `class PatientsController : ControllerBase, IDisposable`; a record's `: Base(Email)` names Base. */
function describeType(node: Node): TypeParts {
  const bases = node.namedChildren.find((c) => c?.type === 'base_list')?.namedChildren ?? [];
  return {
    nameNode: node.childForFieldName('name'),
    annotations: attributesOf(node),
    superTypes: bases.flatMap((b) => (b && b.type !== 'comment' ? [b.text.replace(/\s*\([\s\S]*\)$/, '')] : [])),
  };
}

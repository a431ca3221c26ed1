/**
 * Functions and types in Go (see structure.ts): Gin handlers as functions, methods and closures
 * (`r.GET("/p", func(c *gin.Context) {...})`), and structs and interfaces with what they embed.
 * Go has no decorators: what guards a route is the middleware registered on its router.
 */
import type { Node } from './syntaxTree';
import { type FunctionParts, functionParts, returnStatements, type StructureReading, type TypeParts } from './structure';

export const GO_STRUCTURE: StructureReading = {
  // `return user, nil` gives back one list, read as one expression.
  ...returnStatements(),
  typeTypes: new Set(['type_spec']),
  describeFunction,
  describeType,
};

/** A method belongs to its receiver's type: `func (h *Handler) Get(c *gin.Context)` is owned by Handler. */
function describeFunction(fn: Node): FunctionParts {
  const receiver = fn.childForFieldName('receiver')?.namedChildren.find((c) => c?.type === 'parameter_declaration');
  const owner = receiver?.childForFieldName('type')?.text.replace(/^\*/, '').replace(/\[[\s\S]*$/, '');
  return functionParts(fn, owner ? { owner } : {});
}

/** Structs and interfaces; an embedded struct or interface (`Base`, `*Base`, `io.Reader`) is what the type builds on. Other named types are not read. */
function describeType(node: Node): TypeParts | undefined {
  const type = node.childForFieldName('type');
  if (type?.type !== 'struct_type' && type?.type !== 'interface_type') {
    return undefined;
  }
  return { nameNode: node.childForFieldName('name'), superTypes: embeddedTypes(type) };
}

function embeddedTypes(type: Node): string[] {
  const members = type.type === 'struct_type' ? (type.namedChildren.find((c) => c?.type === 'field_declaration_list')?.namedChildren ?? []) : type.namedChildren;
  return members.flatMap((member) => {
    if (member?.type === 'field_declaration' && !member.childForFieldName('name')) {
      return [member.childForFieldName('type')?.text ?? member.text];
    }
    return member?.type === 'type_elem' ? [member.text] : [];
  });
}

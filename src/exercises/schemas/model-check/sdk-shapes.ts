/**
 * Reads the input shapes of an AWS SDK for JavaScript v3 client from its published type
 * declarations (`dist-types/models/*.d.ts`), which are generated from AWS's Smithy model: member
 * names, required flags (a member without `?`), value types and enum values. Node only (tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** One shape of the SDK model, as far as JSON input is concerned. */
export type SdkShape =
  | { readonly kind: 'string'; readonly enum?: readonly string[] }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'timestamp' }
  | { readonly kind: 'document' }
  | { readonly kind: 'list'; readonly member: SdkShape }
  | { readonly kind: 'map'; readonly value: SdkShape }
  | { readonly kind: 'union'; readonly name: string }
  | { readonly kind: 'structure'; readonly name: string };

/** A structure's members, with the names of required ones. */
export interface SdkStructure {
  readonly name: string;
  readonly members: ReadonlyMap<string, SdkShape>;
  readonly required: ReadonlySet<string>;
}

/** Every structure and enum of one client. */
export interface SdkModel {
  readonly structures: ReadonlyMap<string, SdkStructure>;
  readonly enums: ReadonlyMap<string, readonly string[]>;
}

function modelFiles(pkg: string): string[] {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve(`${pkg}/package.json`)), 'dist-types', 'models');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

function shapeOf(
  node: ts.TypeNode,
  enums: ReadonlyMap<string, readonly string[]>,
  unions: Set<string>,
): SdkShape {
  if (ts.isUnionTypeNode(node)) {
    const kept = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (kept.length === 1 && kept[0]) return shapeOf(kept[0], enums, unions);
    return { kind: 'document' };
  }
  if (ts.isParenthesizedTypeNode(node)) return shapeOf(node.type, enums, unions);
  if (ts.isArrayTypeNode(node)) return { kind: 'list', member: shapeOf(node.elementType, enums, unions) };
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { kind: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { kind: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: 'boolean' };
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const args = node.typeArguments ?? [];
    if (name === 'Record' && args[1]) return { kind: 'map', value: shapeOf(args[1], enums, unions) };
    if (name === 'Date') return { kind: 'timestamp' };
    if (name === '__DocumentType') return { kind: 'document' };
    const values = enums.get(name);
    if (values) return { kind: 'string', enum: values };
    if (unions.has(name)) return { kind: 'union', name };
    return { kind: 'structure', name };
  }
  return { kind: 'document' };
}

/** Loads the model of an installed SDK client, e.g. `@aws-sdk/client-ecs`. */
export function loadSdkModel(pkg: string): SdkModel {
  const sources = modelFiles(pkg).map((f) =>
    ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true),
  );
  const enums = new Map<string, readonly string[]>();
  const unions = new Set<string>();
  for (const sf of sources) {
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) {
        for (const decl of st.declarationList.declarations) {
          if (!decl.type || !ts.isTypeLiteralNode(decl.type)) continue;
          const values = decl.type.members.flatMap((m) =>
            ts.isPropertySignature(m) &&
            m.type &&
            ts.isLiteralTypeNode(m.type) &&
            ts.isStringLiteral(m.type.literal)
              ? [m.type.literal.text]
              : [],
          );
          if (values.length > 0) enums.set(decl.name.getText(), values);
        }
      }
      if (ts.isModuleDeclaration(st)) unions.add(st.name.getText());
    }
  }
  const structures = new Map<string, SdkStructure>();
  for (const sf of sources) {
    for (const st of sf.statements) {
      if (!ts.isInterfaceDeclaration(st)) continue;
      const members = new Map<string, SdkShape>();
      const required = new Set<string>();
      for (const m of st.members) {
        if (!ts.isPropertySignature(m) || !m.type) continue;
        const name = m.name.getText();
        members.set(name, shapeOf(m.type, enums, unions));
        if (!m.questionToken) required.add(name);
      }
      structures.set(st.name.text, { name: st.name.text, members, required });
    }
  }
  return { structures, enums };
}

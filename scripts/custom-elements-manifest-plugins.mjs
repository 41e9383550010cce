// Plugins of `cem analyze` (see custom-elements-manifest.config.mjs): they turn what the
// analyzer reads in src/ into the manifest of the published package (issue #18).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ts from 'typescript';

const sourceFiles = new Map();
function sourceFile(path) {
  if (!sourceFiles.has(path)) sourceFiles.set(path, ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
  return sourceFiles.get(path);
}

const unwrap = (node) => {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) node = node.expression;
  return node;
};

/** The value of an exported or local constant `name` in `file`, following imports and re-exports. */
function resolveConstant(file, name, seen = new Set()) {
  const key = `${file}#${name}`;
  if (seen.has(key)) throw new Error(`circular constant ${key}`);
  seen.add(key);
  try {
    return findConstant(file, name, seen);
  } finally {
    seen.delete(key);
  }
}

function findConstant(file, name, seen) {
  const source = sourceFile(file);
  const relative = (specifier) => join(dirname(file), specifier).replace(/\.js$/, '.ts');
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return evaluate(declaration.initializer, file, seen);
      }
    }
    if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
      for (const element of statement.importClause.namedBindings.elements) {
        if (element.name.text === name) return resolveConstant(relative(statement.moduleSpecifier.text), (element.propertyName ?? element.name).text, seen);
      }
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (element.name.text === name) return resolveConstant(relative(statement.moduleSpecifier.text), (element.propertyName ?? element.name).text, seen);
      }
    }
  }
  throw new Error(`${name} is not a constant of ${file}`);
}

/** The value of a literal expression, or of a constant it names. Throws on anything else. */
function evaluate(node, file, seen = new Set()) {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text.replace(/_/g, ''));
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return -evaluate(node.operand, file, seen);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node)) return node.text === 'undefined' ? undefined : resolveConstant(file, node.text, seen);
  if (ts.isBinaryExpression(node) && ARITHMETIC[node.operatorToken.kind]) {
    const [left, right] = [evaluate(node.left, file, seen), evaluate(node.right, file, seen)];
    if (typeof left === 'number' && typeof right === 'number') return ARITHMETIC[node.operatorToken.kind](left, right);
  }
  // `CONSTANTS.maxFiles`, with CONSTANTS an object literal (possibly frozen).
  if (ts.isPropertyAccessExpression(node)) {
    const object = evaluate(node.expression, file, seen);
    if (object && typeof object === 'object' && Object.hasOwn(object, node.name.text)) return object[node.name.text];
  }
  if (ts.isCallExpression(node) && node.expression.getText() === 'Object.freeze' && node.arguments.length === 1) return evaluate(node.arguments[0], file, seen);
  if (ts.isObjectLiteralExpression(node)) {
    const object = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) throw new Error(`not a literal: ${node.getText()}`);
      object[property.name.text] = evaluate(property.initializer, file, seen);
    }
    return object;
  }
  throw new Error(`not a literal: ${node.getText()}`);
}

const ARITHMETIC = {
  [ts.SyntaxKind.AsteriskToken]: (a, b) => a * b,
  [ts.SyntaxKind.PlusToken]: (a, b) => a + b,
  [ts.SyntaxKind.MinusToken]: (a, b) => a - b,
  [ts.SyntaxKind.SlashToken]: (a, b) => a / b,
};

/**
 * What a class sets its fields to when it is constructed: field initializers and the
 * `this.field = …` statements of its constructor, as expressions. The analyzer skips some
 * (`this.maxFiles = DEFAULT_ATTACHMENT_LIMITS.maxFiles`).
 */
function initialValues(file, className) {
  const values = new Map();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const member of node.members) {
        if (ts.isPropertyDeclaration(member) && member.initializer && ts.isIdentifier(member.name)) values.set(member.name.text, member.initializer);
        if (ts.isConstructorDeclaration(member) && member.body) {
          for (const statement of member.body.statements) {
            const expression = ts.isExpressionStatement(statement) ? statement.expression : undefined;
            if (expression && ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
              const target = expression.left;
              if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) values.set(target.name.text, expression.right);
            }
          }
        }
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile(file));
  return values;
}

function evaluateSource(text, file) {
  const expression = ts.createSourceFile('default.ts', `(${text});`, ts.ScriptTarget.Latest, true).statements[0].expression;
  return evaluate(expression, file);
}

/**
 * The tags an element renders in its `html` templates: in its own module and in the views
 * beside it (`compose.ts` draws through `compose.render.ts`, `compose.write.ts`, …).
 */
function renderedTags(file) {
  const base = basename(file, '.ts');
  const views = readdirSync(dirname(file)).filter((name) => name.startsWith(`${base}.`) && name.endsWith('.ts') && !name.endsWith('.styles.ts'));
  const tags = new Set();
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'html') {
      for (const match of node.template.getText().matchAll(/<(sm-[a-z-]+)/g)) tags.add(match[1]);
    }
    ts.forEachChild(node, visit);
  };
  for (const name of [basename(file), ...views]) visit(sourceFile(join(dirname(file), name)));
  return tags;
}

const declarationsOf = (manifest) => manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })));

/** Internal reactive state (`state: true`, private or protected fields) is not public API. */
export function hideInternalState() {
  return {
    name: 'sm-hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of declarationsOf(customElementsManifest)) {
        const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
        // Private members are implementation: their defaults are source code (controllers, maps).
        if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private');
      }
    },
  };
}

/**
 * Defaults as values. The analyzer copies the initializer's source (`DEFAULT_CHARACTER_LIMIT`,
 * `'911'`, `30_000`); an attribute's `default` is the attribute's actual text (`2000`, `911`,
 * `30000`; none for an absent boolean or a property that starts unset), a field's a JavaScript
 * literal. A default that is neither a literal nor a constant fails the analysis.
 */
export function defaultsAsValues() {
  return {
    name: 'sm-defaults-as-values',
    packageLinkPhase({ customElementsManifest }) {
      for (const { mod, declaration } of declarationsOf(customElementsManifest)) {
        const fileOf = (item) => (item.inheritedFrom?.module ?? mod.path).replace(/^\//, '').replace(/\.js$/, '.ts');
        const initial = declaration.kind === 'class' ? initialValues(fileOf({}), declaration.name) : new Map();
        for (const attribute of declaration.attributes ?? []) {
          const expression = attribute.inheritedFrom ? undefined : initial.get(attribute.fieldName);
          if (attribute.default === undefined && !expression) continue;
          let value;
          try {
            value = expression ? evaluate(expression, fileOf(attribute)) : evaluateSource(attribute.default, fileOf(attribute));
          } catch (error) {
            throw new Error(`<${declaration.tagName}> ${attribute.name}: give its default as a literal or an exported constant (${error.message})`, { cause: error });
          }
          if (value !== null && typeof value === 'object') throw new Error(`<${declaration.tagName}> ${attribute.name}: an attribute's default cannot be an object`);
          if (value === false || value === null || value === undefined) delete attribute.default;
          else attribute.default = value === true ? '' : String(value);
        }
        for (const member of declaration.members ?? []) {
          const expression = member.inheritedFrom ? undefined : initial.get(member.name);
          if (member.kind !== 'field' || (member.default === undefined && !expression)) continue;
          let value;
          try {
            value = expression ? evaluate(expression, fileOf(member)) : evaluateSource(member.default, fileOf(member));
          } catch {
            continue; // `[]`, `new Map()`: already JavaScript a reader understands
          }
          if (value !== null && typeof value === 'object') continue; // `{}`: likewise
          member.default = typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : String(value);
        }
      }
    },
  };
}

/**
 * Events are declared where hosts can listen. Every `sm-` event bubbles and is composed, so the
 * events of the parts an element renders in its shadow root (`<sm-attachments>` in
 * `<sm-compose>`) reach listeners on the element itself: they are listed there too.
 */
export function eventsOfParts() {
  return {
    name: 'sm-events-of-parts',
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map(declarationsOf(customElementsManifest).filter(({ declaration }) => declaration.tagName).map((entry) => [entry.declaration.tagName, entry]));
      const own = new Map([...elements].map(([tag, { declaration }]) => [tag, [...(declaration.events ?? [])]]));
      const parts = new Map([...elements].map(([tag, { mod }]) => [tag, [...renderedTags(mod.path)].filter((part) => part !== tag && elements.has(part))]));
      for (const [tag, { declaration }] of elements) {
        const seen = new Set([tag]);
        const queue = [...parts.get(tag)];
        const events = [...own.get(tag)];
        while (queue.length) {
          const part = queue.shift();
          if (seen.has(part)) continue;
          seen.add(part);
          queue.push(...parts.get(part));
          for (const event of own.get(part)) {
            if (events.some((e) => e.name === event.name)) continue;
            events.push({ ...event, description: `${event.description} (Fired by the \`<${part}>\` inside; it bubbles and is composed, so it reaches listeners on \`<${tag}>\`.)` });
          }
        }
        if (events.length) declaration.events = events;
      }
    },
  };
}

/**
 * Module paths of the published package. The analyzer reads src/, which the package does not
 * contain; the npm build bundles each element into a hashed chunk. The manifest describes what
 * a host imports instead: each `entry` (`dist/index.js`, `dist/elements.js`, each with its
 * `.d.ts` in package.json's `exports`), the classes it exports, and a
 * `custom-element-definition` for every tag that importing it defines. Element declarations
 * (and the base classes they inherit from) are described once, in the first entry; internal
 * modules are left out.
 */
export function publishedModules({ entries }) {
  return {
    name: 'sm-published-modules',
    packageLinkPhase({ customElementsManifest }) {
      const all = declarationsOf(customElementsManifest).filter(({ declaration }) => declaration.kind === 'class');
      const elements = all.filter(({ declaration }) => declaration.tagName);
      const byName = new Map(all.map((entry) => [entry.declaration.name, entry.declaration]));
      // Base classes of the elements, described without being exported.
      const bases = [];
      for (const { declaration } of elements) {
        for (let name = declaration.superclass?.name; name && byName.has(name) && !bases.includes(byName.get(name)); name = byName.get(name).superclass?.name) {
          bases.push(byName.get(name));
        }
      }
      const home = entries[0].path;
      const local = new Set([...elements.map(({ declaration }) => declaration.name), ...bases.map((base) => base.name)]);
      const rewrite = (reference) => {
        if (!reference) return reference;
        if (local.has(reference.name)) return { name: reference.name, module: home };
        if (reference.name === 'LitElement') return { name: 'LitElement', package: 'lit' };
        return reference;
      };
      for (const declaration of [...elements.map((entry) => entry.declaration), ...bases]) {
        declaration.superclass = rewrite(declaration.superclass);
        for (const list of [declaration.members, declaration.attributes, declaration.events]) {
          for (const item of list ?? []) if (item.inheritedFrom) item.inheritedFrom = rewrite(item.inheritedFrom);
        }
      }
      const tagOf = new Map(elements.map(({ declaration }) => [declaration.name, declaration.tagName]));
      customElementsManifest.modules = entries.map((entry, index) => {
        const exported = entry.exports.map((name) => {
          if (!tagOf.has(name)) throw new Error(`${entry.path} exports ${name}, which is not an element`);
          return { kind: 'js', name, declaration: { name, module: home } };
        });
        const defined = entry.defines.map((name) => {
          if (!tagOf.has(name)) throw new Error(`${entry.path} defines ${name}, which is not an element`);
          return { kind: 'custom-element-definition', name: tagOf.get(name), declaration: { name, module: home } };
        });
        return {
          kind: 'javascript-module',
          path: entry.path,
          ...(entry.description ? { description: entry.description } : {}),
          declarations: index === 0 ? [...elements.map(({ declaration }) => declaration), ...bases] : [],
          exports: [...exported, ...defined],
        };
      });
    },
  };
}

// A Vite plugin for the library builds: squeezes the whitespace out of Lit's `css` and `html`
// template literals, which a JS minifier leaves as written. Only the static text between
// `${…}` expressions changes, never an expression, and never inside quotes in CSS.
import ts from 'typescript';
import type { Plugin } from 'vite';

/** CSS: no comments, single spaces, none around `{ } ; , >` or after `:`. Quoted strings untouched. */
export function minifyCss(text: string): string {
  return text
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':'),
    )
    .join('');
}

/** HTML: a run of whitespace with a line break becomes one space (the same rendering). */
export function minifyHtml(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

/** Whitespace is content inside <pre> and <textarea>: such templates are left alone. */
const KEEPS_WHITESPACE = /<(pre|textarea)\b[^>]*>[^<]*\s[^<]*<\/\1>/;

/** The source with its `css` and `html` templates squeezed; `undefined` if nothing changed. */
export function minifyTemplates(code: string, fileName: string): string | undefined {
  if (!/\b(css|html)`/.test(code)) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: [number, number, string][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
      const squeeze = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const template = node.template;
      // [start, end) of each static part's text, without the backticks and `${` / `}`.
      const parts: [number, number][] = ts.isNoSubstitutionTemplateLiteral(template)
        ? [[template.getStart() + 1, template.end - 1]]
        : [
            [template.head.getStart() + 1, template.head.end - 2],
            ...template.templateSpans.map(({ literal }): [number, number] => [literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]),
          ];
      const whole = parts.map(([start, end]) => code.slice(start, end)).join('${}');
      if (node.tag.text === 'html' && KEEPS_WHITESPACE.test(whole)) {
        ts.forEachChild(node, visit);
        return;
      }
      parts.forEach(([start, end], i) => {
        let text = squeeze(code.slice(start, end));
        // A stylesheet's own leading and trailing spaces mean nothing; spaces next to `${…}` may.
        if (node.tag.getText() === 'css') {
          if (i === 0) text = text.trimStart();
          if (i === parts.length - 1) text = text.trimEnd();
        }
        edits.push([start, end, text]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out === code ? undefined : out;
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'sm-compose:minify-templates',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
      const out = minifyTemplates(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}

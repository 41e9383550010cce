import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.js';

describe('minifyCss', () => {
  it('drops comments and the spaces CSS does not need', () => {
    assert.equal(minifyCss(' /* why */\n  :host {\n    display: block;\n  }\n  a, b > c { color: red; }\n'), ' :host{display:block;}a,b>c{color:red;}');
  });

  it('keeps the spaces that mean something: descendant combinators, calc() operators, values', () => {
    assert.equal(minifyCss('.a :is(.b) { margin: calc(1rem + 2px) 0; border: 1px solid  red; }'), '.a :is(.b){margin:calc(1rem + 2px) 0;border:1px solid red;}');
  });

  it('never touches quoted strings', () => {
    assert.equal(minifyCss("[part~='a, b'] { font-family: \"Segoe UI\" , sans-serif; content: ' : '; }"), "[part~='a, b']{font-family:\"Segoe UI\",sans-serif;content:' : ';}");
  });
});

describe('minifyHtml', () => {
  it('turns each run of whitespace with a line break into one space, and leaves other spaces alone', () => {
    assert.equal(minifyHtml('<ul>\n    <li>a  b</li>\n  </ul>'), '<ul> <li>a  b</li> </ul>');
  });
});

describe('minifyTemplates', () => {
  it('trims a stylesheet at its ends only, never beside an expression', () => {
    assert.equal(minifyTemplates('css`\n  a { border: 1px solid ${color}; }\n`', 'x.ts'), 'css`a{border:1px solid ${color};}`');
  });

  it('changes only the static text of css and html templates, never an expression or another string', () => {
    const source = [
      "const s = css`\n  :host {\n    color: ${unsafeCSS('a  b')};\n  }\n`;",
      'const t = html`<p>\n  ${`keep\n  this`}\n</p>`;',
      'const u = `plain\n  template`;',
    ].join('\n');
    const out = minifyTemplates(source, 'x.ts')!;
    assert.equal(out.split('\n')[0], "const s = css`:host{color:${unsafeCSS('a  b')};}`;");
    assert.ok(out.includes('html`<p> ${`keep\n  this`} </p>`'), out);
    assert.ok(out.includes('`plain\n  template`'), out);
  });

  it('leaves a template alone when whitespace inside <pre> or <textarea> is content', () => {
    const source = 'const t = html`<pre>\n  indented\n</pre>\n<p>x</p>`;';
    assert.equal(minifyTemplates(source, 'x.ts'), undefined);
  });

  it('returns undefined when there is nothing to squeeze', () => {
    assert.equal(minifyTemplates('export const a = 1;', 'x.ts'), undefined);
  });
});

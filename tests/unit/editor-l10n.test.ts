// Keystatic's interface in Vietnamese (src/editor/l10n-vi.ts), against the installed Keystatic:
// every English text we translate is still there in a UI position (an upgrade that renames one
// fails here, not silently in front of staff), and the rewritten bundles still parse.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSync } from 'vite';
import {
  KEYSTATIC_VI,
  KEYSTATIC_VI_SNIPPETS,
  isKeystaticUi,
  translateKeystatic,
  uiLiteral,
} from '../../src/editor/l10n-vi.ts';

const DISTS = ['node_modules/@keystatic/core/dist', 'node_modules/@keystar/ui/dist'];
// The browser bundles (not the .node, .worker or .react-server builds).
const files = DISTS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.js') && !/\.(node|worker|react-server)\./.test(f))
    .map((f) => join(process.cwd(), d, f)),
);
const sources = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const all = [...sources.values()].join('\n');

describe('Keystatic in Vietnamese', () => {
  it("rewrites only Keystatic's and Keystar UI's bundles", () => {
    assert.ok(files.length > 20);
    assert.ok(files.every(isKeystaticUi));
    assert.equal(
      isKeystaticUi(join(process.cwd(), 'node_modules/react-dom/cjs/react-dom.development.js')),
      false,
    );
    assert.equal(isKeystaticUi(join(process.cwd(), 'keystatic.config.ts')), false);
  });

  it('finds every English text it translates in a UI position of the installed Keystatic', () => {
    assert.deepEqual(
      Object.keys(KEYSTATIC_VI).filter((en) => !uiLiteral(en).test(all)),
      [],
    );
    assert.deepEqual(
      KEYSTATIC_VI_SNIPPETS.map(([from]) => from).filter((from) => !all.includes(from)),
      [],
    );
  });

  it('leaves no listed English label in a UI position, and the bundles still parse', () => {
    for (const [file, code] of sources) {
      const out = translateKeystatic(code);
      for (const en of ['Save', 'Create', 'Dashboard', 'Delete entry', 'Preview', 'Unsaved']) {
        assert.doesNotMatch(
          out,
          new RegExp(`(children|label|"aria-label"|title):\\s*(["'\`])${en}\\2`),
          `${file}: ${en}`,
        );
      }
      if (out !== code)
        assert.deepEqual(
          parseSync(file, out).errors.map((e) => e.message),
          [],
          file,
        );
    }
    const ui = translateKeystatic(
      sources.get(files.find((f) => f.endsWith('keystatic-core-ui.js'))!)!,
    );
    assert.match(ui, /isCreating \? "Tạo bài" : "Lưu"/);
    assert.match(ui, /label: "Xem trước"/);
  });
});

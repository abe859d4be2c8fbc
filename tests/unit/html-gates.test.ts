import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cspProblems, inlineHandlers } from '../../scripts/check-html.ts';

const head = (policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/a.css"></head></html>`;
const good =
  "default-src 'none';img-src 'self' data:;script-src 'self' 'wasm-unsafe-eval' 'sha256-LYOatho19anqsqTRrhC2WNJ4tDSvFGU9F7EuUqIF0mw=';style-src 'self'";

test('a policy of self, none, data: and hashes passes', () => {
  assert.deepEqual(cspProblems(head(good)), []);
});

test('a page without a CSP meta fails', () => {
  assert.deepEqual(cspProblems('<html><head></head></html>'), [
    'expected one Content-Security-Policy <meta>, found 0',
  ]);
});

test('another origin, a wildcard or unsafe-inline in any directive fails', () => {
  assert.deepEqual(cspProblems(head(`${good};img-src https://tiles.example.com`)), [
    'img-src allows "https://tiles.example.com"',
  ]);
  assert.deepEqual(cspProblems(head(`${good};connect-src *`)), ['connect-src allows "*"']);
  assert.deepEqual(
    cspProblems(head(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))),
    ['script-src allows "\'unsafe-inline\'"'],
  );
});

test('a default-src other than none fails', () => {
  assert.match(
    cspProblems(head(good.replace("default-src 'none'", "default-src 'self'")))[0]!,
    /default-src must be 'none'/,
  );
});

test('a CSP meta after the first stylesheet fails (it would not cover it)', () => {
  const html = `<head><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="${good}"></head>`;
  assert.match(cspProblems(html)[0]!, /must come before/);
});

test('inline event handlers are found; script bodies and data attributes are not', () => {
  assert.deepEqual(inlineHandlers('<button onclick="go()">x</button><img src=a onerror=x>'), [
    'onclick',
    'onerror',
  ]);
  assert.deepEqual(
    inlineHandlers(
      '<script>el.onclick = f; "<a onclick=1>"</script><a data-once="1" href="/">x</a>',
    ),
    [],
  );
});

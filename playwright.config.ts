// End-to-end tests against the built sites, in Debian's Chromium (never a downloaded browser).
// `npm test` builds dist/ (bundled data) and tests/output/dist-synthetic/ before running these;
// the editor's spec runs against a dev server with the editor (EDITOR_MODE).
import { defineConfig } from '@playwright/test';
import { DESK_PORT } from './tests/desk/accounts.ts';

export const REAL_PORT = 4391;
export const SYNTHETIC_PORT = 4392;
/** The story editor (`npm run editor`) on a copy of the stories: tests/e2e/editor-server.ts. */
export const EDITOR_PORT = 4393;
/** nginx with the shipped config (deploy/), serving dist/: tests/e2e/nginx-server.ts; HTTPS on the next port. */
export const NGINX_PORT = 4394;
/** That nginx's root: a live folder as on the server (releases/a → dist/, `current` → releases/a), so a test can switch releases. */
export const NGINX_LIVE = 'tests/output/nginx-live';
/** Caddy with the shipped Caddyfile, serving dist/: tests/e2e/caddy-server.ts; HTTPS on the next port, HTTP only redirects to it. */
export const CADDY_PORT = 4399;
/** Where that editor writes: a fresh copy of content/stories, removed when it stops. */
export const EDITOR_STORIES = 'tests/editor-tmp/stories';

/**
 * The servers the tests need. `npm test` runs the site's tests (E2E_SERVERS=site: the two
 * builds and nginx, up in a second) apart from the editor's and the desk's (E2E_SERVERS=staff,
 * with --no-deps: servers that compile and build at start); without E2E_SERVERS, all of them.
 */
function webServers() {
  const only = process.env['E2E_SERVERS'];
  const site = [
    {
      command: `npx tsx tests/e2e/static-server.ts dist ${REAL_PORT}`,
      port: REAL_PORT,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx tests/e2e/static-server.ts tests/output/dist-synthetic ${SYNTHETIC_PORT}`,
      port: SYNTHETIC_PORT,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx tests/e2e/nginx-server.ts ${NGINX_PORT}`,
      port: NGINX_PORT,
      reuseExistingServer: false,
    },
    // Ready once it answers over HTTPS with its own local authority's certificate.
    {
      command: `npx tsx tests/e2e/caddy-server.ts ${CADDY_PORT}`,
      url: `https://localhost:${CADDY_PORT + 1}/`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
    },
  ];
  const staff = [
    // The staff desk's built server on a copy of the project, and nginx serving its live folder.
    {
      command: `npx tsx tests/desk/desk-server.ts ${DESK_PORT}`,
      url: `http://127.0.0.1:${DESK_PORT}/dang-nhap/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    // Ready when the editor page itself renders, so no test meets a cold start.
    {
      command: `npx tsx tests/e2e/editor-server.ts ${EDITOR_PORT}`,
      url: `http://127.0.0.1:${EDITOR_PORT}/keystatic`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ];
  return only === 'site' ? site : only === 'staff' ? staff : [...site, ...staff];
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A test.only left in a spec would silently drop every other test.
  forbidOnly: true,
  globalTeardown: './tests/e2e/editor-teardown.ts',
  // E2E_REPORT: where the JSON report goes (npm test runs the site's tests and the staff's apart).
  reporter: [
    ['list'],
    ['json', { outputFile: process.env['E2E_REPORT'] ?? 'tests/output/e2e.json' }],
  ],
  // The editor is a dev server that compiles on first use: its tests run after the site's, so
  // its cold compiles do not compete with ~800 page checks for the 2 cores (under that load
  // its pages missed their 5 s waits).
  projects: [
    { name: 'site', testIgnore: [/editor\.spec\.ts$/, /\/desk\.spec\.ts$/] },
    // (npm test runs the site's tests on their own first: E2E_SERVERS=staff leaves them out here.)
    {
      name: 'editor',
      testMatch: /editor\.spec\.ts$/,
      dependencies: process.env['E2E_SERVERS'] === 'staff' ? [] : ['site'],
    },
    // The staff desk builds the site for each change: after the editor's tests, for the same reason.
    { name: 'desk', testMatch: /\/desk\.spec\.ts$/, dependencies: ['editor'] },
  ],
  use: {
    viewport: { width: 1280, height: 800 },
    baseURL: `http://localhost:${REAL_PORT}`,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: webServers(),
});

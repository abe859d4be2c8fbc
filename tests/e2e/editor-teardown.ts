// After all browser tests: remove the editor's copy of the stories (tests/e2e/editor-server.ts
// removes it too when it stops cleanly, but Playwright may stop it with SIGKILL).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { EDITOR_STORIES } from '../../playwright.config.ts';

export default function teardown() {
  rmSync(dirname(EDITOR_STORIES), { recursive: true, force: true });
}

// The story editor for the browser tests: `npm run editor` on its own port, writing into a
// fresh copy of content/stories (tests never write the real stories). The copy sits inside the
// project because Keystatic only writes there, and outside git-ignored folders because
// Keystatic's local mode does not list git-ignored files. It is removed when the server stops.
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { EDITOR_STORIES } from '../../playwright.config.ts';
const port = process.argv[2] ?? '4393';

rmSync('tests/editor-tmp', { recursive: true, force: true });
cpSync('content/stories', EDITOR_STORIES, { recursive: true });
const editor = spawn('npx', ['tsx', 'scripts/editor.ts', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, STORIES_DIR: EDITOR_STORIES },
});
const stop = () => {
  editor.kill('SIGTERM');
  rmSync('tests/editor-tmp', { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
editor.on('exit', (code) => {
  rmSync('tests/editor-tmp', { recursive: true, force: true });
  process.exit(code ?? 1);
});

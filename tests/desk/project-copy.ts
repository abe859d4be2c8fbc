// A throwaway copy of this project for the desk's tests: the files git tracks or would track
// (uncommitted work included), its own git history, node_modules linked. The desk commits and
// publishes there, never in the developer's tree.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function projectCopy(dir: string): string {
  const root = resolve('.');
  const target = resolve(dir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .stdout.split('\0')
    .filter(Boolean);
  for (const f of files) {
    if (f.startsWith('tests/')) continue;
    mkdirSync(dirname(join(target, f)), { recursive: true });
    try {
      cpSync(join(root, f), join(target, f));
    } catch {
      /* deleted in the work tree */
    }
  }
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'));
  const git = (...a: string[]) => {
    const r = spawnSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...a],
      { cwd: target, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'copy for the desk tests');
  return target;
}

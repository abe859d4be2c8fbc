// scripts/build/swap.ts: a new build replaces the target in two renames, and recover() repairs
// what a build that died at any point left behind. The real build is tested in
// tests/integration/atomic-build.test.ts.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  freshDir,
  pidAlive,
  prepareFresh,
  prevDir,
  recover,
  swapIn,
} from '../../scripts/build/swap.ts';
import { snapshot, tempDir } from '../helpers/fixtures.ts';

const OLD = { 'index.html': '<p>old</p>', 'a/b.txt': 'old b', 'only-old.txt': 'x' };
const NEW = { 'index.html': '<p>new</p>', 'a/b.txt': 'new b', 'only-new.txt': 'y' };

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  assert.ok(r.pid && !pidAlive(r.pid));
  return r.pid;
}

function setup(): { parent: string; target: string } {
  const parent = tempDir('ntm-swap-');
  const target = join(parent, 'dist');
  write(target, OLD);
  return { parent, target };
}

describe('swapIn', () => {
  it('names the fresh and prev folders as hidden siblings of the target, by pid', () => {
    assert.equal(freshDir('/srv/site/dist', 42), '/srv/site/.dist.next-42');
    assert.equal(prevDir('/srv/site/dist', 42), '/srv/site/.dist.prev-42');
    assert.equal(freshDir('/srv/site/dist/', 7), '/srv/site/.dist.next-7');
  });

  it('replaces the target with the fresh folder and leaves nothing beside it', () => {
    const { parent, target } = setup();
    const fresh = prepareFresh(target);
    assert.equal(fresh, freshDir(target));
    write(fresh, NEW);
    swapIn(fresh, target);
    assert.deepEqual(snapshot(target), NEW);
    assert.deepEqual(readdirSync(parent), ['dist']);
  });

  it('creates the target when there was none', () => {
    const parent = tempDir('ntm-swap-');
    const target = join(parent, 'site');
    const fresh = prepareFresh(target);
    write(fresh, NEW);
    swapIn(fresh, target);
    assert.deepEqual(snapshot(target), NEW);
    assert.deepEqual(readdirSync(parent), ['site']);
  });

  it('puts the old target back when the second rename fails', () => {
    // A folder cannot be renamed into itself: the target lies inside the "fresh" folder.
    const fresh = tempDir('ntm-swap-');
    const target = join(fresh, 'dist');
    write(target, OLD);
    assert.throws(() => swapIn(fresh, target), /EINVAL|invalid argument/i);
    assert.deepEqual(snapshot(target), OLD);
    assert.deepEqual(readdirSync(fresh), ['dist']);
  });

  it('refuses a fresh folder that does not exist, and leaves the target alone', () => {
    const { parent, target } = setup();
    assert.throws(() => swapIn(join(parent, 'missing'), target), /no such folder/);
    assert.deepEqual(snapshot(target), OLD);
  });
});

describe('recover', () => {
  it('a crash between the two renames: the old build becomes the target again, the half-done fresh folder goes', () => {
    const { parent, target } = setup();
    const pid = deadPid();
    write(freshDir(target, pid), NEW);
    renameSync(target, prevDir(target, pid)); // first rename done, then the process died
    assert.equal(existsSync(target), false);
    const r = recover(target);
    assert.equal(r.restored, prevDir(target, pid));
    assert.deepEqual(r.removed, [freshDir(target, pid)]);
    assert.deepEqual(snapshot(target), OLD);
    assert.deepEqual(readdirSync(parent), ['dist']);
  });

  it('a crash after the second rename: the new target stays, the old build is deleted', () => {
    const { parent, target } = setup();
    const pid = deadPid();
    renameSync(target, prevDir(target, pid));
    write(target, NEW);
    const r = recover(target);
    assert.equal(r.restored, null);
    assert.deepEqual(snapshot(target), NEW);
    assert.deepEqual(readdirSync(parent), ['dist']);
  });

  it('a build killed while writing: its fresh folder is deleted, the target untouched', () => {
    const { parent, target } = setup();
    write(freshDir(target, deadPid()), { 'index.html': 'half' });
    recover(target);
    assert.deepEqual(snapshot(target), OLD);
    assert.deepEqual(readdirSync(parent), ['dist']);
  });

  it('leaves the folders of a build still running, and anything that is not its own', () => {
    const { parent, target } = setup();
    const live = process.ppid;
    assert.ok(pidAlive(live));
    const others = [
      freshDir(target, live),
      prevDir(target, live),
      join(parent, '.other.next-1'),
      join(parent, 'dist.next-1'),
      join(parent, '.dist.next-x'),
    ];
    for (const d of others) write(d, { f: 'keep' });
    assert.deepEqual(recover(target), { restored: null, removed: [] });
    assert.deepEqual(snapshot(target), OLD);
    for (const d of others) assert.ok(existsSync(join(d, 'f')), d);
  });

  it("with the target missing and only a running build's prev folder, waits for that build", () => {
    const { target } = setup();
    renameSync(target, prevDir(target, process.ppid));
    assert.deepEqual(recover(target), { restored: null, removed: [] });
    assert.equal(existsSync(target), false);
  });

  it("takes a folder with this process's own pid as a leftover (recover runs before this process makes one)", () => {
    const { parent, target } = setup();
    write(freshDir(target), { f: 'stale' });
    assert.deepEqual(recover(target).removed, [freshDir(target)]);
    assert.deepEqual(readdirSync(parent), ['dist']);
  });

  it('does nothing when there is nothing to recover, or no parent folder at all', () => {
    const { target } = setup();
    assert.deepEqual(recover(target), { restored: null, removed: [] });
    assert.deepEqual(snapshot(target), OLD);
    assert.deepEqual(recover(join(tempDir('ntm-swap-'), 'no', 'such', 'dist')), {
      restored: null,
      removed: [],
    });
  });
});

describe('pidAlive', () => {
  it('a running process is alive; one that exited and was not reaped (a zombie) is not', async () => {
    assert.equal(pidAlive(process.pid), true);
    // A child that exits at once stays a zombie until this process reaps it, which Node does
    // only on its next turn of the event loop: look before that.
    const child = spawn('sh', ['-c', 'exit 0']);
    const pid = child.pid!;
    spawnSync('sleep', ['0.3']); // blocks this thread: the child exits, nobody reaps it yet
    assert.equal(pidAlive(pid), false);
    await new Promise((r) => child.on('exit', r));
  });
});

// The Firefox sources archive holds the committed tree and nothing else (issue 14, point 6).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { committedTree, isGitWorkTree } from '../../scripts/sources-archive';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted. */
function files(dir: string, under = dir): string[] {
  return readdirSync(under, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(dir, join(under, entry.name)) : [relative(dir, join(under, entry.name))],
    )
    .sort();
}

/** A repository with one commit, then an ignored build, a stray untracked file and an ignored log. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'ircc-sources-test-'));
  made.push(root);
  const run = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  run('init', '-q');
  writeFileSync(join(root, '.gitignore'), '.output/\n*.log\n');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/index.ts'), 'export {};\n');
  writeFileSync(join(root, 'package.json'), '{}\n');
  run('add', '.');
  run('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'first');
  mkdirSync(join(root, '.output/firefox-mv2'), { recursive: true });
  writeFileSync(join(root, '.output/firefox-mv2/manifest.json'), '{}');
  writeFileSync(join(root, 'notes-to-self.txt'), 'a stray file');
  writeFileSync(join(root, 'debug.log'), 'ignored');
  return root;
}

describe('the sources archive', () => {
  it('holds exactly the committed files: nothing ignored, nothing untracked', () => {
    const root = repository();
    const tree = committedTree(root);
    made.push(tree.dir);
    expect(files(tree.dir)).toEqual(['.gitignore', 'package.json', 'src/index.ts']);
    expect(tree.files).toEqual(['.gitignore', 'package.json', 'src/index.ts']);
    tree.remove();
  });

  it('refuses when a tracked file has uncommitted changes, saying why', () => {
    const root = repository();
    writeFileSync(join(root, 'src/index.ts'), 'export const changed = 1;\n');
    expect(() => committedTree(root)).toThrow(/uncommitted changes[\s\S]*src\/index\.ts/);
  });

  it('knows a directory that is not a git work tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ircc-sources-none-'));
    made.push(dir);
    expect(isGitWorkTree(dir)).toBe(false);
  });
});

// The sources archive addons.mozilla.org asks for is made from the committed tree only (issue 14): what
// `git archive HEAD` holds, so no git-ignored output (.output/, .wxt/, logs) and no stray untracked file
// goes to Mozilla, and the reviewer builds exactly what was committed. wxt.config.ts points WXT's
// sources zip at the directory this makes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const git = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Whether `root` is inside a git work tree (false when git is missing or this is an exported copy). */
export function isGitWorkTree(root: string): boolean {
  try {
    return git(root, ['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Extracts the committed tree (`git archive HEAD`) of the repository at `root` into a new temporary
 * directory, and returns it with a function that deletes it. Throws when a tracked file has uncommitted
 * changes: the add-on is built from the working tree, and its sources must be the same. `files` lists
 * every committed file (relative, '/'-separated), for WXT to take them all, tests and dotfiles included.
 */
export function committedTree(root: string): { dir: string; files: string[]; remove(): void } {
  const changed = git(root, ['status', '--porcelain', '--untracked-files=no']).trim();
  if (changed) {
    throw new Error(
      `The sources archive is made from the last commit, but these tracked files have uncommitted changes ` +
        `(the add-on built from them would not match its sources): commit or stash them first.\n${changed}`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'ircc-sources-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-f', '-', '-C', dir], { input: tar });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const files = git(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD']).split('\0').filter(Boolean);
  return { dir, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

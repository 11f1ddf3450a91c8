/** Runs git without a shell (arguments as an array), collecting stdout as bytes; fails with git's stderr. */
import { spawn } from 'node:child_process';

export async function runGit(repo: string, args: readonly string[], input?: string): Promise<Buffer> {
  const child = spawn('git', ['-C', repo, ...args], {
    // A fixed locale and no pager or prompts: output we parse must not depend on the maintainer's setup.
    env: { ...process.env, LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {}); // git may exit before reading all input; the exit code tells
  child.stdin.end(input ?? '');
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const stderr = Buffer.concat(err).toString('utf8').trim();
    throw new Error(`git -C ${repo} ${args.join(' ')} failed (exit ${code}): ${stderr || 'no message'}`);
  }
  return Buffer.concat(out);
}

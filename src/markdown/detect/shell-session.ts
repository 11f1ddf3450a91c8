/** Tells a shell session (prompt lines, then output) from kernel-config comments that also start with `#`. */

/** `# cmd`, `$ cmd`, `% cmd`, optionally after a host or directory: `dom0# xl list`, `~/src $ ./build.sh`. */
const PROMPT = /^(?:[\w.@:~/-]+\s?)?([#$%])\s+(\S+)/;
/** Commands a root prompt (`#`) must start with before we believe it is not a comment. */
const COMMANDS = new Set([
  'awk', 'brconfig', 'build.sh', 'cat', 'cd', 'chmod', 'chown', 'config', 'cp', 'cvs', 'dd', 'disklabel', 'dkctl', 'dmesg',
  'doas', 'echo', 'ed', 'env', 'export', 'fdisk', 'ftp', 'git', 'gpt', 'grep', 'gunzip', 'gzip', 'halt', 'ifconfig',
  'installboot', 'less', 'ln', 'ls', 'make', 'mkdir', 'mknod', 'modload', 'modstat', 'more', 'mount', 'mv', 'newfs', 'pkg_add',
  'pkg_info', 'pkgin', 'poweroff', 'qemu-img', 'reboot', 'rm', 'route', 'scp', 'sed', 'service', 'sh', 'shutdown', 'ssh', 'su',
  'sudo', 'swapctl', 'sysctl', 'tar', 'umount', 'vi', 'vnconfig', 'vndconfig', 'xentop', 'xenstore-ls', 'xenstore-read',
  'xenstore-write', 'xl', 'xm',
]);

/** Commands that are also English words: `# make sure ...` is a comment unless arguments look like a command's. */
const WORDS = new Set(['cat', 'config', 'echo', 'ed', 'export', 'halt', 'less', 'make', 'more', 'mount', 'poweroff', 'reboot', 'route', 'service', 'shutdown']);
/** Paths, options, assignments, quotes, variables, numbers, operators, or NAMES_LIKE_THIS. */
const ARGUMENT = /^(?:-|[\w.]*[/=]|["'$&|;<>*]|\d)|^[A-Z][A-Z0-9]*[_0-9][A-Z0-9_]*$/;

/** Whether a line is a prompt followed by a command (paths such as `./build.sh` or `/etc/rc.d/xend` count). */
export function isPromptLine(line: string): boolean {
  const match = PROMPT.exec(line);
  if (!match) return false;
  const [whole, prompt, command = ''] = match;
  if (prompt !== '#') return /^[\w./-]+$/.test(command);
  if (/^\.{0,2}\/[\w./-]+$/.test(command)) return true;
  if (!COMMANDS.has(command)) return false;
  const args = line.slice(whole.length).trim().split(/\s+/).filter((arg) => arg !== '');
  return !WORDS.has(command) || args.length === 0 || args.some((arg) => ARGUMENT.test(arg));
}

/** A session starts with a prompt line; what follows may be output. */
export function isShellSession(lines: string[]): boolean {
  const first = lines.find((line) => line.trim() !== '');
  return first !== undefined && isPromptLine(first.trim());
}

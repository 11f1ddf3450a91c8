/** An error in a revision file, naming the file and the field or place, so one message tells what to fix. */
export class RevisionError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'RevisionError';
    this.file = file;
    this.field = field;
  }
}

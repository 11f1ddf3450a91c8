/** A minimal WebAssembly encoder: one module of i32 functions over an imported memory, written from TypeScript. */

/** The instructions the line diff needs (WebAssembly 1.0 opcodes). */
export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  load: 0x28,
  store: 0x36,
  const: 0x41,
  eqz: 0x45,
  eq: 0x46,
  ne: 0x47,
  ltS: 0x48,
  gtS: 0x4a,
  leS: 0x4c,
  geS: 0x4e,
  add: 0x6a,
  sub: 0x6b,
  and: 0x71,
  or: 0x72,
  shl: 0x74,
  shrS: 0x75,
} as const;

const I32 = 0x7f;
const EMPTY_BLOCK = 0x40;

/** Unsigned LEB128. */
function unsigned(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
function signed(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const text = (s: string): number[] => [...unsigned(s.length), ...[...s].map((ch) => ch.charCodeAt(0))];
const vector = (items: number[][]): number[] => [...unsigned(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...unsigned(body.length), ...body];

/** Builds one function body; each method appends an instruction and returns the builder. */
export class Body {
  readonly bytes: number[] = [];

  emit(...codes: number[]): this {
    this.bytes.push(...codes);
    return this;
  }
  get(local: number): this {
    return this.emit(op.localGet, ...unsigned(local));
  }
  set(local: number): this {
    return this.emit(op.localSet, ...unsigned(local));
  }
  tee(local: number): this {
    return this.emit(op.localTee, ...unsigned(local));
  }
  i32(value: number): this {
    return this.emit(op.const, ...signed(value | 0));
  }
  /** `i32.load` of a 4-byte aligned word at the address on the stack plus `offset`. */
  load(offset = 0): this {
    return this.emit(op.load, 2, ...unsigned(offset));
  }
  store(offset = 0): this {
    return this.emit(op.store, 2, ...unsigned(offset));
  }
  /** A structured instruction (block, loop, if) without a result; its body is written by `inner`. */
  nest(code: typeof op.block | typeof op.loop | typeof op.if, inner: (b: this) => unknown): this {
    this.emit(code, EMPTY_BLOCK);
    inner(this);
    return this.emit(op.end);
  }
  br(depth: number): this {
    return this.emit(op.br, ...unsigned(depth));
  }
  brIf(depth: number): this {
    return this.emit(op.brIf, ...unsigned(depth));
  }
}

export interface FunctionSpec {
  name: string;
  params: number;
  /** Extra i32 locals after the parameters. */
  locals: number;
  results: number;
  body: Body;
}

/** A module importing `env.memory` (at least `minPages` pages) and exporting the given i32 functions. */
export function moduleBytes(functions: readonly FunctionSpec[], minPages = 1): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(Array.from({ length: f.params }, () => [I32])), ...vector(Array.from({ length: f.results }, () => [I32]))]);
  const memoryImport = [...text('env'), ...text('memory'), 0x02, 0x00, ...unsigned(minPages)];
  const codes = functions.map((f) => {
    const body = [...vector(f.locals > 0 ? [[...unsigned(f.locals), I32]] : []), ...f.body.bytes, op.end];
    return [...unsigned(body.length), ...body];
  });
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(3, vector(functions.map((_, i) => unsigned(i)))),
    ...section(7, vector(functions.map((f, i) => [...text(f.name), 0x00, ...unsigned(i)]))),
    ...section(10, vector(codes)),
  ]);
}

import { expect } from "vitest";
import { ReadError } from "../../pipeline/read/index.js";

/** Awaits a read that must fail, asserts it failed with a ReadError, and returns it. */
export async function readError(p: Promise<unknown>): Promise<ReadError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ReadError);
  return e as ReadError;
}

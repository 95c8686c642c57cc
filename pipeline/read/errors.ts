// The readers' own errors, in a module of their own so that read/index.ts can recognise them without loading the
// readers (and their libraries) up front.
export class DocxError extends Error {}
export class PdfError extends Error {}
/** A document beyond a limit (pipeline/read ReadLimits); the message is the reason. */
export class LimitError extends Error {}

/** The reason for a text longer than the limit. */
export const tooLong = (chars: number, max: number) => `文本过长 / text too long: ${chars} characters (limit ${max})`;

// The readers' own errors, in a module of their own so that read/index.ts can recognise them without loading the
// readers (and their libraries) up front.
export class DocxError extends Error {}
export class PdfError extends Error {}

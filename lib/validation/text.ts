import { z } from "zod";

// The one rule for characters no one types: every text input passes through it, so a NUL byte
// or a stray escape is refused with a field message (a 400) instead of reaching PostgreSQL, which
// cannot store U+0000 in text and answers with an error that became a 500.
//
// Refused everywhere: U+0000–U+001F except where a line break is allowed, DEL, the C1 controls
// U+0080–U+009F (never typed; they arrive from mis-decoded files and terminal escapes), and lone
// surrogates (not valid Unicode; PostgreSQL's UTF-8 refuses them too).
// Multi-line fields (textareas) also accept TAB, LF and CR.

export const CONTROL_CHARACTERS = "controlCharacters";

const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;
const MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}/u;

export type TTextOptions = {
  /** A textarea: TAB, LF and CR are text. */
  multiline?: boolean;
};

/** True when the text holds a character the rule above refuses. */
export function hasControlCharacters(value: string, options: TTextOptions = {}): boolean {
  return (options.multiline ? MULTI_LINE : SINGLE_LINE).test(value);
}

/**
 * A string with no control characters: the start of every text schema. `abort` stops the
 * checks after it, so a refused value gets this one message, not "too long" as well.
 */
export const ZPlainString = (options: TTextOptions = {}, params?: { error: string }) =>
  z
    .string(params)
    .refine((v) => !hasControlCharacters(v, options), { error: CONTROL_CHARACTERS, abort: true });

const ANY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}/gu;

/**
 * A refused value as a form may show it back: each control character as U+FFFD (�), so the
 * person sees where it was, and no NUL is written into the page.
 */
export function showRefusedText(value: string): string {
  return value.replace(ANY_CONTROL, "\uFFFD");
}

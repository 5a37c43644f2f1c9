// Bytes of a dropped file to text. UTF-8 with or without BOM, UTF-16 with BOM; other bytes are read as
// Windows-1252, the default of German Excel and of GENESIS exports, with a warning; bytes that are no
// text at all are refused.
import type { Problem } from '../../domain/types';
import { problem } from './problem-texts';

export function decode(file: { name: string; bytes: ArrayBuffer }, problems: Problem[]): string | null {
  const bytes = new Uint8Array(file.bytes);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
  if (looksBinary(bytes)) {
    problems.push(problem('file.binary', { file: file.name }, { file: file.name, line: 1 }));
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    problems.push(problem('file.latin1', {}, { file: file.name, line: lineOfFirstInvalidUtf8(bytes), severity: 'warning' }));
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** NUL bytes or many control characters in the first 8 KiB: no spreadsheet writes such text. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 20;
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

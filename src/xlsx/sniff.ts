/**
 * Recognises a file's container from its first bytes, so that an `.xls`, an `.ods` or a
 * password-protected workbook gets a precise message instead of a zip library's error.
 * Works on bytes only: no `fs`, usable in the browser.
 */

/** `testo`: no binary signature and text-like bytes (a CSV or a text file renamed `.xlsx`). */
export type Container = 'vuoto' | 'zip' | 'ods' | 'ole' | 'ole-protetto' | 'testo' | 'sconosciuto';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Index of `needle` in `bytes`, or -1. Plain scan: only used on the first KBs or on OLE files. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, limit = bytes.length): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return 'vuoto';
  if (startsWith(bytes, ZIP_MAGIC)) {
    // OpenDocument stores an uncompressed `mimetype` entry first, so its text sits in the first bytes.
    return indexOfBytes(bytes, ascii(ODS_MIMETYPE), 200) >= 0 ? 'ods' : 'zip';
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted xlsx is an OLE compound file holding EncryptionInfo/EncryptedPackage streams;
    // directory entry names are UTF-16LE.
    return indexOfBytes(bytes, utf16le('EncryptedPackage')) >= 0 || indexOfBytes(bytes, utf16le('EncryptionInfo')) >= 0
      ? 'ole-protetto'
      : 'ole';
  }
  return looksLikeText(bytes) ? 'testo' : 'sconosciuto';
}

/**
 * Text, by its first 4 KB: no NUL byte (binary formats are full of them, UTF-8 and ANSI text
 * never have one) and almost no control characters other than tab and line ends. UTF-16 text
 * (with a BOM) counts too.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= head.length / 100;
}

/**
 * The workbook an Excel owner file stands for: `~$piano.xlsx` exists while `piano.xlsx` is open
 * in Excel (it holds the user's name, not the workbook). Null for any other name. Works on the
 * name alone, with either path separator.
 */
export function excelLockFileOf(name: string): string | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  return base.startsWith('~$') && base.length > 2 ? base.slice(2) : null;
}

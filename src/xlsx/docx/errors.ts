/** Why a Word document could not be read, with the Italian sentence the user sees. */

export type DocxReadFailure = 'vuoto' | 'doc' | 'pdf' | 'protetto' | 'non-docx' | 'danneggiato' | 'troppo-grande';

const SAVE_AS = 'salva il documento come .docx da Word o LibreOffice (File › Salva con nome › Documento di Word .docx) e riprova';

function messageFor(reason: DocxReadFailure, name: string): string {
  const f = `"${name}"`;
  switch (reason) {
    case 'vuoto':
      return `Il file ${f} è vuoto (0 byte): non è un documento di Word.`;
    case 'doc':
      return `Il file ${f} è nel vecchio formato Word 97-2003 (.doc), che non viene letto: ${SAVE_AS}.`;
    case 'pdf':
      return `Il file ${f} è un PDF: le tabelle di un PDF non si leggono in modo affidabile. Se hai il documento originale, ${SAVE_AS}.`;
    case 'protetto':
      return `Il file ${f} è protetto da password: togli la password in Word (File › Informazioni › Proteggi documento) e riprova.`;
    case 'non-docx':
      return `Il file ${f} non è un documento di Word (.docx): ${SAVE_AS}.`;
    case 'danneggiato':
      return `Il file ${f} è danneggiato e non si può leggere: prova ad aprirlo in Word o LibreOffice e a salvarlo di nuovo come .docx.`;
    case 'troppo-grande':
      return `Il file ${f} è troppo grande per essere letto in sicurezza: togli immagini e allegati che non servono agli obiettivi e riprova.`;
  }
}

export class DocxReadError extends Error {
  readonly reason: DocxReadFailure;
  readonly fileName: string;

  constructor(reason: DocxReadFailure, fileName: string, options?: { cause?: unknown }) {
    super(messageFor(reason, fileName));
    this.name = 'DocxReadError';
    this.reason = reason;
    this.fileName = fileName;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

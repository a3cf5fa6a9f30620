export { readDocxBlocks } from './read';
export { DocxReadError, type DocxReadFailure } from './errors';

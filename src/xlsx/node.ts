/** Node-only entry of the file adapter: paths and atomic writes. */
export * from './index';
export { readWorkbookFile, readWorkbookBytes } from './readFile';
export { writeFileAtomic } from './atomicWrite';

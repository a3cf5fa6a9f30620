/** The package layer: an `.xlsx` as the parts of its zip, read lazily. Browser-safe (no `fs`). */
export { ZipPackage, openZip, type RawEntry } from './zip';
export { normalizePart, folderOf, relsPartOf, resolveTarget, extensionOf } from './paths';
export { parseXml, attr, relAttr, xmlBool, XmlError, type XmlElement, type XmlHandlers } from './xml';
export { readRelationships, parseRelationships, relKind, relOfKind, type Relationship } from './rels';
export { readContentTypes, parseContentTypes, contentTypeOf, CONTENT_TYPES_PART, type ContentTypes } from './contentTypes';
export {
  readWorkbookInfo,
  parseWorkbook,
  findWorkbookPart,
  type WorkbookInfo,
  type SheetInfo,
  type SheetState,
  type DefinedNameInfo,
  type XmlSpan,
} from './workbook';
export { readDocumentSettings, parseWebExtension, webExtensionParts, documentSetting, type AddinSettings } from './settings';
export { openWorkbookPackage, checkXlsxContainer, type OpenedWorkbook } from './open';

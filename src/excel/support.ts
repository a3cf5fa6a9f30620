/** Requirement-set checks: the manifest asks for ExcelApi 1.9; anything newer is checked at run time. */
export type Supports = (set: string, version: string) => boolean;

export const officeSupports: Supports = (set, version) => {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
};

/** Sheet plans: what generated sheets and computed columns to write, for any adapter. */
export * from './types';
export { planBuild, assignNames, kindOfGeneratedName } from './build';
export type { BuildOptions, BuildPlanResult, ExistingSheet } from './build';
export { planCronoprogramma } from './cronoprogramma';
export type { CronoMode, CronoOptions } from './cronoprogramma';
export { planRiepilogo, RIEPILOGO_COLUMNS, RIEPILOGO_HEADER_ROW } from './riepilogo';
export { planSchede } from './schede';
export { planColumns } from './columns';
export { planRegister } from './register';
export { planTemplate } from './template';
export type { TemplateOptions } from './template';
export { uniqueSheetName, isValidSheetName, composeSheetName, sheetRef } from './sheetNames';

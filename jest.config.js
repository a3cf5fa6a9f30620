/**
 * Two projects over the same tests (docs/architettura.md#test-loop):
 * - `quick`: the unit and integration suites, run by `npm run test:quick` while working;
 * - `slow`: the suites that drive a real browser or LibreOffice, or hammer the CLI for minutes
 *   (hardening). `npm test` (CI) runs both.
 * The global setup compiles lib/ from the current sources for the tests that spawn `peg`.
 */

/** Test paths that belong to the slow project (regular expressions on the path). */
const SLOW = [
  '/test/e2e/.*\\.test\\.tsx?$', // real Chromium: the standalone page, accessibility, bundle size
  '/test/taskpane/browser\\.test\\.ts$', // real Chromium
  '\\.lo\\.test\\.ts$', // LibreOffice recalculates the generated formulas
  '/test/build/package\\.test\\.ts$', // workbooks made by openpyxl and LibreOffice, built twice
  '/test/build/largePlan\\.test\\.ts$', // a 1,500-objective plan built, its zip checked by Python
  '/test/xlsx/foreign\\.test\\.ts$', // workbooks made by openpyxl and LibreOffice, read back
  '/test/xlsx/badFiles\\.test\\.ts$', // real .xls/.ods made by LibreOffice, oversized files
  '/test/excel/contract\\.test\\.ts$', // both writers on 1,000-objective plans, read back by openpyxl
  '/test/hardening/(fuzz|interrupted|badFiles|noNetwork)\\.test\\.ts$', // long CLI runs, kills, big files
];

/** @type {import('jest').Config} */
const base = {
  testEnvironment: 'node',
  testTimeout: 60000,
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/helpers/globalSetup.js',
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'quick', testMatch: ['**/*.test.ts', '**/*.test.tsx'], testPathIgnorePatterns: ['/node_modules/', ...SLOW] },
    { ...base, displayName: 'slow', testRegex: SLOW },
  ],
};

// Lint for the web app: the recommended JavaScript and type-aware TypeScript sets, the React hooks rules (including
// the React Compiler checks of eslint-plugin-react-hooks 7) and Vite's fast-refresh rule. `npm test` runs it before
// vitest, and test.sh counts a lint failure as a failed test. A rule is silenced inline only with a comment saying why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    // public/ is served as is and runs in the page before the app (boot.js), so it is browser script.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The plugin's preset only warns on missing dependencies; here a stale closure is an error like the rest.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The rooms of a map (docs/adr/010-web-map-data-views.md): the editor hosts the map's data views, so the arrows
  // point one way. The views and the open map they share never import the editor, the shared map never imports the
  // views, and the rest of the app reaches the views only through features/mapData/index.ts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/mapData/**', 'src/features/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)mapData/.', message: 'Import the map data views from features/mapData (its index), not their insides.' },
      ] }],
    },
  },
  {
    files: ['src/features/mapData/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)editor(/|$)', message: 'The map data views never import the editor: what both need lives in features/map.' },
      ] }],
    },
  },
  {
    files: ['src/features/map/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)(editor|mapData)(/|$)', message: 'The open map is shared by the editor and the data views, so it imports neither.' },
      ] }],
    },
  },
);

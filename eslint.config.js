// Lint: TypeScript's recommended rules plus the project's own: no HTML written from strings, no
// strings run as code, and no selector that reaches for a credential field (the extension never
// touches them).
import tseslint from 'typescript-eslint';

const CREDENTIAL_SELECTOR =
  /type=.?password|#token\d|\[name=.?(password|username|token|answer)|#(password|confirmPassword|recoveryAnswer|userID)\b/i;

const projectRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Build DOM with textContent (src/banner/dom.ts), never HTML strings.' },
    { property: 'outerHTML', message: 'Build DOM with textContent, never HTML strings.' },
    { property: 'insertAdjacentHTML', message: 'Build DOM with textContent, never HTML strings.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings.' },
    {
      selector: `Literal[value=${CREDENTIAL_SELECTOR}]`,
      message: 'The extension never selects credential fields.',
    },
    {
      selector: `TemplateElement[value.raw=${CREDENTIAL_SELECTOR}]`,
      message: 'The extension never selects credential fields.',
    },
  ],
};

// The content scripts run on every IRCC page load with a 12 KB gzip budget each (README): zod, Preact
// and the webextension polyfill would take most of it. Their code gets the browser's own API through
// src/content/browser.ts and validates storage with src/settings/page-view.ts. (Type-only imports
// cost nothing and are allowed.)
const CONTENT_SCRIPT_FILES = [
  'entrypoints/ircc.ts',
  'entrypoints/guards.ts',
  'src/content/**/*.ts',
  'src/banner/**/*.ts',
  'src/guards/**/*.ts',
];
const KEPT_OUT = 'Not in content-script code (12 KB budget): use src/content/browser.ts and src/settings/page-view.ts.';
const contentScriptRules = {
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: ['zod', 'zod/mini', 'preact', 'webextension-polyfill', 'wxt/browser'].map((name) => ({
        name,
        message: KEPT_OUT,
        allowTypeImports: true,
      })),
      patterns: [
        {
          group: ['zod/*', 'preact/*', '@preact/*', 'webextension-polyfill/*'],
          message: KEPT_OUT,
          allowTypeImports: true,
        },
        // The zod schema and the stores built on it.
        {
          group: ['**/settings/schema', '**/settings/store', '**/ui/use-settings', '**/ui/ui-lang'],
          message: KEPT_OUT,
          allowTypeImports: true,
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/e2e/fixtures/**/*.html'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The product code: everything that ships in the extension.
  { files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'], ignores: ['**/*.test.*'], rules: projectRules },
  { files: CONTENT_SCRIPT_FILES, ignores: ['**/*.test.*'], rules: contentScriptRules },
);

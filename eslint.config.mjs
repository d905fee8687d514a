// Lint: Obsidian's recommended rules for the plugin, plus the fence that keeps src/core pure.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Only the Logseq adapter may use the Logseq SDK. */
const logseqFence = { group: ["@logseq/*"], message: "Only src/logseq imports the Logseq SDK; src/core and the other hosts stay free of it." };

const coreFence = {
  patterns: [
    logseqFence,
    {
      group: ["obsidian", "obsidian/*"],
      message: "src/core is pure: the Obsidian API belongs in src/obsidian, which adapts the core.",
    },
    {
      group: ["@codemirror/*", "@lezer/*"],
      message: "src/core is pure: editor code belongs in src/obsidian or src/editor, which adapt the core.",
    },
    {
      group: ["../../obsidian/*", "../obsidian/*", "../../obsidian", "../obsidian", "../main", "../../main", "../../editor/*", "../editor/*"],
      message: "src/core must not reach outside src/core; hosts depend on the core, never the reverse.",
    },
  ],
};

export default defineConfig([
  {
    ignores: ["node_modules/**", "main.js", "dist/**", "test/browser/dist/**", "coverage/**", "demo-vault/**", "docs/**", "bench/results.json"],
  },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs"],
        },
      },
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false } },
  },
  {
    // TypeScript itself checks for undefined names, including global type namespaces such as Handlebars' `hbs`.
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", coreFence],
      "no-restricted-globals": ["error",
        { name: "document", message: "src/core has no DOM." },
        { name: "window", message: "src/core has no DOM." },
        { name: "activeDocument", message: "src/core has no DOM." },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/core/**", "src/logseq/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [logseqFence] }] },
  },
  {
    // The Logseq plugin runs in its own frame, where Obsidian's createEl helpers do not exist.
    files: ["src/logseq/**/*.ts"],
    rules: { "obsidianmd/prefer-create-el": "off" },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "*.mjs", "*.cjs", ".ci/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/ui/sentence-case": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "@typescript-eslint/no-deprecated": "off",
      "obsidianmd/rule-custom-message": "off",
      "no-console": "off",
      "no-unsanitized/method": "off",
      "import/no-nodejs-modules": "off",
    },
  },
]);

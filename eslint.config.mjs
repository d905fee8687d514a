// Lint: Obsidian's recommended rules for the plugin, plus the fences that keep each layer to its job:
// src/core is pure; src/editor and src/ui are host-neutral; the playground stands on the plugin's code, not on its tests.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Only the Logseq adapter may use the Logseq SDK. */
const logseqFence = { group: ["@logseq/*"], message: "Only src/logseq imports the Logseq SDK; src/core and the other hosts stay free of it." };

const coreFence = {
  paths: [{ name: "obsidian", message: "src/core is pure: the Obsidian API belongs in src/obsidian, which adapts the core." }],
  patterns: [
    logseqFence,
    {
      group: ["@codemirror/*", "@lezer/*"],
      message: "src/core is pure: editor code belongs in src/obsidian or src/editor, which adapt the core.",
    },
    {
      group: ["../../obsidian/*", "../obsidian/*", "../../obsidian", "../obsidian", "../main", "../../main", "../../editor/*", "../editor/*", "../../ui/*", "../ui/*"],
      message: "src/core must not reach outside src/core; hosts depend on the core, never the reverse.",
    },
  ],
};

const hostNeutralFence = {
  paths: [{
    name: "obsidian",
    message: "src/editor and src/ui are host-neutral (the Logseq plugin and the playground use them too): take what Obsidian provides through a port, implemented in src/obsidian.",
  }],
  patterns: [
    logseqFence,
    {
      group: ["**/obsidian/*", "**/main", "**/logseq/*"],
      message: "src/editor and src/ui must not reach into a host's adapters; hosts depend on them, never the reverse.",
    },
  ],
};

const playgroundFence = {
  paths: [{ name: "obsidian", message: "The playground runs without Obsidian: it uses the core, src/editor and src/ui over an in-memory vault." }],
  patterns: [
    {
      group: ["**/src/obsidian/*", "**/src/obsidian", "**/src/main"],
      message: "The playground must not use the Obsidian adapters: what it shares with the plugin lives in src/core, src/editor or src/ui.",
    },
    {
      group: ["**/test/*", "**/test"],
      message: "The playground ships to users: it must not depend on test code. Move what both need into playground/ or src/.",
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
    files: ["src/editor/**/*.ts", "src/ui/**/*.ts"],
    rules: { "no-restricted-imports": ["error", hostNeutralFence] },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/core/**", "src/logseq/**", "src/editor/**", "src/ui/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [logseqFence] }] },
  },
  {
    files: ["playground/**/*.ts"],
    rules: { "no-restricted-imports": ["error", playgroundFence] },
  },
  {
    // V8 builds a Unicode property's tables each time it parses such a literal (25–100 µs apiece, at every start-up).
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", {
        selector: "Literal[regex.pattern=/\\\\p\\{/]",
        message: "A \\p{…} regular expression literal costs start-up time even where it never runs: build it on first use with lazyPattern (src/core/lazy.ts).",
      }],
    },
  },
  {
    // The Logseq plugin runs in its own frame, where Obsidian's createEl helpers do not exist.
    files: ["src/logseq/**/*.ts"],
    rules: { "obsidianmd/prefer-create-el": "off" },
  },
  {
    // This file is Obsidian's createEl, for pages without Obsidian: it must call the DOM's createElement underneath.
    files: ["src/ui/obsidian-dom.ts"],
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

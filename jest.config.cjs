/** Jest: TypeScript through ts-jest, .hbs templates as text, the fake `obsidian` module from test/fakes. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    "^.+\\.(hbs|md)$": "<rootDir>/test/support/text-transform.cjs",
  },
  moduleFileExtensions: ["ts", "js", "cjs", "mjs", "json", "hbs", "md"],
  setupFiles: ["<rootDir>/test/support/globals.ts"],
  moduleNameMapper: { "^obsidian$": "<rootDir>/test/fakes/obsidian.ts" },
};

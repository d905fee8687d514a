/**
 * The `obsidian` module as the benchmarks see it: the test fakes (test/fakes), with App and Plugin being the fakes that
 * also imitate the editor registrations main.ts makes (`EditorApp`, `EditorPlugin`).
 */
export * from "../../test/fakes/obsidian";
export { EditorApp as App, EditorPlugin as Plugin } from "../../test/fakes/obsidian";

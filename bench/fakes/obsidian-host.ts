/**
 * The `obsidian` module as the benchmarks see it: the one fake module of the tests (test/fakes/obsidian.ts), whose
 * `Plugin` records every registration main.ts makes. Obsidian's start-up cost of each registration is not measured.
 */
export * from "../../test/fakes/obsidian";

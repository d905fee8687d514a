// Browser page: the whole playground (playground/app.ts) as `npm start` serves it, with a handle for its spec.
import { mountPlayground, type Playground } from "../../../playground/app";

declare global {
  interface Window {
    /** Set by this page; read by test/browser/playground.spec.mjs. */
    playground: Playground;
  }
}

window.playground = mountPlayground(document.getElementById("root") ?? document.body);

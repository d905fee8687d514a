/** The part of the Logseq SDK (`@logseq/libs`) the plugin uses, typed by the SDK's own declarations; tests fake exactly this. */
import type { IAppProxy, IDBProxy, IEditorProxy, ILSPluginUser, IUIProxy } from "@logseq/libs/dist/LSPlugin";

/** The editor calls the plugin makes. */
export type LogseqEditor = Pick<
	IEditorProxy,
	"registerSlashCommand" | "insertBatchBlock" | "editBlock" | "getBlock" | "getCurrentBlock" | "getCurrentPage" | "getCurrentPageBlocksTree" | "getPage" | "getPageBlocksTree" | "getAllPages"
>;

/** The app calls the plugin makes. */
export type LogseqApp = Pick<IAppProxy, "registerCommandPalette" | "onMacroRendererSlotted" | "registerUIItem" | "onRouteChanged">;

/** An SDK method whose chained return value (the SDK object itself) the plugin never uses. */
type Unchained<K extends keyof ILSPluginUser> = ILSPluginUser[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;

/** The Logseq SDK object (`logseq`) as far as the plugin uses it. */
export type LogseqHost = Pick<ILSPluginUser, "onSettingsChanged" | "showMainUI" | "hideMainUI" | "setMainUIInlineStyle"> & {
	provideUI: Unchained<"provideUI">;
	provideModel: Unchained<"provideModel">;
	provideStyle: Unchained<"provideStyle">;
	useSettingsSchema: Unchained<"useSettingsSchema">;
	Editor: LogseqEditor;
	App: LogseqApp;
	UI: Pick<IUIProxy, "showMsg">;
	DB: Pick<IDBProxy, "onChanged">;
	/** The user's settings as the host stores them (absent before any are saved). */
	settings?: Record<string, unknown>;
};

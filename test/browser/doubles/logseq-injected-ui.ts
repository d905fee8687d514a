// The Logseq host's `provideUI` into a slot, as `setupInjectedUI` in logseq/logseq libs/src/helpers.ts does it (at the
// commit that published @logseq/libs 0.2.12): sanitise with the host's DOMPurify options, put it in the slot, wire data-on-*.

/** What the injection needs from the host page. */
export interface InjectionHost {
	pid: string;
	purifier: { sanitize(dirty: string, config?: Record<string, unknown>): unknown };
	/** A `data-on-<event>` trigger fired: the host calls the plugin's model method of that name with the event. */
	onModelCall: (name: string, data: unknown) => void;
}

const EVENTS = ["click", "focus", "focusin", "focusout", "blur", "dblclick", "keyup", "keypress", "keydown", "change", "input"];

/**
 * The template goes through DOMPurify with the host's options and into the slot's element; `reset` first removes what the
 * plugin injected there before; an empty template removes the element; `data-on-<event>` calls the plugin's model.
 */
export function provideUI(ui: Record<string, unknown>, host: InjectionHost): void {
	const slot = typeof ui.slot === "string" ? document.getElementById(ui.slot) : null;
	if (!slot) return;
	const id = `${host.pid}--${String(ui.key)}`;
	if (typeof ui.template !== "string" || ui.template === "") {
		document.getElementById(id)?.remove();
		return;
	}
	const clean = host.purifier.sanitize(ui.template, {
		ADD_TAGS: ["iframe"],
		ALLOW_UNKNOWN_PROTOCOLS: true,
		ADD_ATTR: ["allow", "src", "allowfullscreen", "frameborder", "scrolling", "target"],
	});
	if (ui.reset) slot.querySelectorAll("[data-injected-ui]").forEach((each) => each.remove());
	const el = document.createElement("div");
	el.id = id;
	el.dataset.injectedUi = id;
	// The host assigns the sanitised string to innerHTML; parsing it again here does the same (and would even run scripts).
	el.append(document.createRange().createContextualFragment(String(clean)));
	slot.append(el);
	for (const type of EVENTS) {
		el.addEventListener(type, (event) => {
			const trigger = (event.target as HTMLElement).closest<HTMLElement>(`[data-on-${type}]`);
			const name = trigger?.dataset[`on${type[0].toUpperCase()}${type.slice(1)}`];
			if (trigger && name) host.onModelCall(name, { type, dataset: { ...trigger.dataset } });
		});
	}
}

/** The CSS the plugin adds to the Logseq window (`provideStyle`): the tool chips, in Logseq's own theme variables. */
export const HOST_STYLE = `
.inncopilot-tool {
	display: inline-block;
	margin-left: 0.25em;
	font-size: 0.85em;
	vertical-align: baseline;
}
.inncopilot-tool > summary {
	cursor: pointer;
	color: var(--ls-link-text-color);
	list-style: none;
}
.inncopilot-tool[open] {
	display: block;
	padding: 0.25em 0.5em;
	border-left: 2px solid var(--ls-quaternary-background-color);
	background: var(--ls-secondary-background-color);
}
.inncopilot-tool-summary p {
	margin: 0.25em 0;
}
`;

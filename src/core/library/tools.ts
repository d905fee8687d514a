/** The bundled tool library: what each business-modelling tool a bundled profile links to is for, in our own words. */
import type { Tool } from "../profile/profile";

/** Tools with their aliases and a short summary; a vault's own tool notes take precedence over these. */
export const BUNDLED_TOOLS: readonly Tool[] = [
	{
		name: "Business Model Canvas",
		aliases: ["BMC", "Business Model Canvas (BMC)"],
		summary:
			"A one-page chart of how a business creates, delivers and captures value, laid out in nine building blocks: customer segments, value propositions, channels, customer relationships, revenue streams, key resources, key activities, key partnerships and cost structure. Alexander Osterwalder proposed it; teams use it to sketch and compare business models quickly.",
	},
	{
		name: "Value Proposition Canvas",
		aliases: ["VPC"],
		summary:
			"A companion to the Business Model Canvas that zooms in on fit between one customer segment and one offer: the customer's jobs, pains and gains on one side, and the products, pain relievers and gain creators on the other.",
	},
	{
		name: "Blue Ocean Strategy",
		aliases: ["Blue Ocean", "Blue Ocean Strategy Canvas"],
		summary:
			"An approach by W. Chan Kim and Renée Mauborgne that seeks uncontested market space instead of fighting rivals on the same terms. Its tools include the strategy canvas, the four actions framework (eliminate, reduce, raise, create) and the buyer utility map.",
	},
	{
		name: "Ansoff Matrix",
		aliases: ["Product/Market Expansion Grid", "Ansoff Grid"],
		summary:
			"Igor Ansoff's two-by-two grid of growth strategies by product (existing or new) and market (existing or new): market penetration, product development, market development and diversification, in rising order of risk.",
	},
	{
		name: "Porter's Five Forces",
		aliases: ["Five Forces", "Porter's 5 Forces", "Five Forces Analysis"],
		summary:
			"Michael Porter's model of the forces that shape an industry's competition and profitability: rivalry among existing competitors, the threat of new entrants, the threat of substitutes, and the bargaining power of buyers and of suppliers.",
	},
	{
		name: "Customer Persona",
		aliases: ["Buyer Persona", "Persona", "User Persona"],
		summary:
			"A short, research-based portrait of a typical customer in one segment (goals, needs, behaviours, objections and context) that keeps product, marketing and sales decisions focused on a concrete person.",
	},
	{
		name: "Customer Journey Map",
		aliases: ["Journey Map", "User Journey Map", "Customer Journey"],
		summary:
			"A timeline of every stage and touchpoint a customer goes through with a business, from first awareness to purchase, use and loyalty, noting what the customer does, thinks and feels at each step so that gaps and pain points stand out.",
	},
];

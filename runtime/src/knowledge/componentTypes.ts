/**
 * Message component types: the `type` number Discord gives each component.
 * @see https://discord.com/developers/docs/components/reference#component-object-component-types
 */

const typesDoc = 'https://discord.com/developers/docs/components/reference#component-object-component-types';

/** One component type. */
export interface ComponentTypeInfo {
	/** The component's `type` number. */
	readonly type: number;
	/** The doc that states it. */
	readonly doc: string;
}

/**
 * Every component type Discord documents, by the name discord-api-types' `ComponentType`
 * uses for it. The layout components that messages may carry only with the `IS_COMPONENTS_V2` flag
 * (Section, TextDisplay, Thumbnail, MediaGallery, File, Separator, Container) are listed too.
 */
export const ComponentTypes = {
	ActionRow: { type: 1, doc: typesDoc },
	Button: { type: 2, doc: typesDoc },
	StringSelect: { type: 3, doc: typesDoc },
	TextInput: { type: 4, doc: typesDoc },
	UserSelect: { type: 5, doc: typesDoc },
	RoleSelect: { type: 6, doc: typesDoc },
	MentionableSelect: { type: 7, doc: typesDoc },
	ChannelSelect: { type: 8, doc: typesDoc },
	Section: { type: 9, doc: typesDoc },
	TextDisplay: { type: 10, doc: typesDoc },
	Thumbnail: { type: 11, doc: typesDoc },
	MediaGallery: { type: 12, doc: typesDoc },
	File: { type: 13, doc: typesDoc },
	Separator: { type: 14, doc: typesDoc },
	Container: { type: 17, doc: typesDoc },
	Label: { type: 18, doc: typesDoc },
	FileUpload: { type: 19, doc: typesDoc },
} as const satisfies Record<string, ComponentTypeInfo>;

/** The name of a component type. */
export type ComponentTypeName = keyof typeof ComponentTypes;

/** The name of the component type with `type` number `type`, or undefined for an unknown number. */
export function componentTypeName(type: number): ComponentTypeName | undefined {
	for (const [name, entry] of Object.entries(ComponentTypes)) if (entry.type === type) return name as ComponentTypeName;
	return undefined;
}

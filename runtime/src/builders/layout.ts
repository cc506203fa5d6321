import {
	ComponentType,
	SeparatorSpacingSize,
	type APIComponentInContainer,
	type APIContainerComponent,
	type APIFileComponent,
	type APIMediaGalleryComponent,
	type APIMediaGalleryItem,
	type APISectionAccessoryComponent,
	type APISectionComponent,
	type APISeparatorComponent,
	type APITextDisplayComponent,
	type APIThumbnailComponent,
} from 'discord-api-types/v10';
import { ComponentLimits } from '../knowledge/limits.js';
import { checkCount, checkLength } from './_check.js';

// The layout components of "components v2": a message carrying them needs the IS_COMPONENTS_V2
// flag, which `message()` sets. https://discord.com/developers/docs/components/reference

/** Markdown text, at most `ComponentLimits.textDisplayContent` characters. @throws BuilderLimitError */
export function textDisplay(content: string): APITextDisplayComponent {
	checkLength('textDisplay.content', content, ComponentLimits.textDisplayContent);
	return { type: ComponentType.TextDisplay, content };
}

/** One to three text displays beside an accessory (a button or a thumbnail). */
export function section(input: {
	readonly components: readonly APITextDisplayComponent[];
	readonly accessory: APISectionAccessoryComponent;
}): APISectionComponent {
	checkCount('section.components', input.components, ComponentLimits.sectionComponents);
	return { type: ComponentType.Section, components: [...input.components], accessory: input.accessory };
}

/** A small image, for a section's accessory. `url` may be `attachment://name`. */
export function thumbnail(url: string, options: { readonly description?: string; readonly spoiler?: boolean } = {}): APIThumbnailComponent {
	return { type: ComponentType.Thumbnail, media: { url }, ...options };
}

/** A gallery of one to ten images or videos. */
export function mediaGallery(...items: APIMediaGalleryItem[]): APIMediaGalleryComponent {
	checkCount('mediaGallery.items', items, ComponentLimits.mediaGalleryItems);
	return { type: ComponentType.MediaGallery, items };
}

/** Vertical space, with a divider line unless `divider: false`. */
export function separator(options: { readonly divider?: boolean; readonly spacing?: 'small' | 'large' } = {}): APISeparatorComponent {
	return {
		type: ComponentType.Separator,
		...(options.divider === undefined ? {} : { divider: options.divider }),
		...(options.spacing === undefined
			? {}
			: { spacing: options.spacing === 'large' ? SeparatorSpacingSize.Large : SeparatorSpacingSize.Small }),
	};
}

/** An uploaded file shown inline; `url` must be `attachment://name` of a file sent with the message. */
export function file(url: `attachment://${string}`, options: { readonly spoiler?: boolean } = {}): APIFileComponent {
	return { type: ComponentType.File, file: { url }, ...options };
}

/** A box around components, with an optional accent colour. */
export function container(input: {
	readonly components: readonly APIComponentInContainer[];
	readonly accent_color?: number;
	readonly spoiler?: boolean;
}): APIContainerComponent {
	return { type: ComponentType.Container, ...input, components: [...input.components] };
}

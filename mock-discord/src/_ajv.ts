import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS with a `default` property; under NodeNext the default
// import is `module.exports`, so unwrap it once here.
type Ajv2020Class = typeof Ajv2020Module.default;
type AddFormats = typeof addFormatsModule.default;

/** The ajv 2020-12 class (for OpenAPI 3.1 schemas). */
export const Ajv2020: Ajv2020Class =
	(Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? (Ajv2020Module as unknown as Ajv2020Class);
/** ajv-formats' plugin. */
export const addFormats: AddFormats =
	(addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);
/** An ajv instance. */
export type AjvInstance = InstanceType<Ajv2020Class>;
/** One ajv error. */
export type AjvError = NonNullable<ReturnType<AjvInstance['compile']>['errors']>[number];

/** `/guilds/0/channels/2/type` → `guilds[0].channels[2].type`. */
export function jsonPointerToPath(pointer: string): string {
	let out = '';
	for (const raw of pointer.split('/').slice(1)) {
		const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
		out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
	}
	return out === '' ? '(root)' : out;
}

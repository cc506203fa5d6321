import { ALL_PERMISSIONS, type PermissionName, permissionBit, permissionNamesOf } from '../knowledge/permissions.js';
import { InvalidPermissionError } from './InvalidPermissionError.js';

/** Anything that names a set of permissions: names, a bitfield (bigint or Discord's decimal string), or another set. */
export type PermissionsInput = Permissions | bigint | string | readonly PermissionName[] | PermissionName;

/**
 * An immutable set of permission flags. Discord sends permissions as decimal strings
 * (bits above 2^53 exist), so they are kept as a bigint.
 *
 * @example
 * ```ts
 * const p = Permissions.from(['SendMessages', 'EmbedLinks']);
 * p.has('SendMessages'); // true
 * p.missing(['SendMessages', 'AttachFiles']); // ['AttachFiles']
 * ```
 */
export class Permissions {
	/** No permission. */
	public static readonly none = new Permissions(0n);
	/** Every permission. */
	public static readonly all = new Permissions(ALL_PERMISSIONS);

	private constructor(
		/** The bitfield. */
		public readonly bits: bigint,
	) {}

	/** Reads any {@link PermissionsInput}; an unknown name or a malformed string throws `InvalidPermissionError`. */
	public static from(input: PermissionsInput): Permissions {
		if (input instanceof Permissions) return input;
		if (typeof input === 'bigint') return new Permissions(input);
		if (typeof input === 'string' && /^\d+$/.test(input)) return new Permissions(BigInt(input));
		const names = typeof input === 'string' ? [input] : input;
		let bits = 0n;
		for (const name of names) {
			const bit = permissionBit(name);
			if (bit === undefined) throw new InvalidPermissionError(`${JSON.stringify(name)} is not a permission name or a decimal bitfield.`);
			bits |= bit;
		}
		return new Permissions(bits);
	}

	/** Whether every flag of `permissions` is set. */
	public has(permissions: PermissionsInput): boolean {
		const wanted = Permissions.from(permissions).bits;
		return (this.bits & wanted) === wanted;
	}

	/** Whether at least one flag of `permissions` is set. */
	public any(permissions: PermissionsInput): boolean {
		return (this.bits & Permissions.from(permissions).bits) !== 0n;
	}

	/** The flags of `permissions` that are not set, by name. */
	public missing(permissions: PermissionsInput): PermissionName[] {
		return permissionNamesOf(Permissions.from(permissions).bits & ~this.bits);
	}

	/** This set plus `permissions`. */
	public add(permissions: PermissionsInput): Permissions {
		return new Permissions(this.bits | Permissions.from(permissions).bits);
	}

	/** This set without `permissions`. */
	public remove(permissions: PermissionsInput): Permissions {
		return new Permissions(this.bits & ~Permissions.from(permissions).bits);
	}

	/** The names of the flags set. */
	public toArray(): PermissionName[] {
		return permissionNamesOf(this.bits);
	}

	/** Discord's form: the decimal string. */
	public toString(): string {
		return this.bits.toString();
	}

	/** Discord's form, so `JSON.stringify` sends what the API expects. */
	public toJSON(): string {
		return this.toString();
	}
}

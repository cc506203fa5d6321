/**
 * Permissions: effective permissions from roles, overwrites, owner and administrator; pre-flight checks.
 * @packageDocumentation
 */
export * from './Permissions.js';
export * from './effectivePermissions.js';
export * from './PermissionsError.js';
export * from './InvalidPermissionError.js';
export * from './MissingPermissionsError.js';

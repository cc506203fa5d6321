/**
 * Features that need a newer Node.js than the packages' `>=20.19`, and the one check they share.
 * @packageDocumentation
 */
export * from './nodeFeatures.js';
export * from './NodeVersionError.js';

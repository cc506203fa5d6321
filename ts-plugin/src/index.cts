/**
 * `@ovenjs/ts-plugin`: the CommonJS entry tsserver `require()`s. tsserver wants
 * `module.exports` to be the plugin factory; the plugin itself is ESM (like
 * `@ovenjs/analysis` and `ovenjs/knowledge` it uses) and is loaded with `require(esm)`,
 * which Node supports without a flag since 20.19 and 22.12.
 * @packageDocumentation
 */
import plugin = require('./plugin.js');

export = plugin.init;

import { webviewDocument, type WebviewDocumentOptions } from './_webviewDocument.js';
import { inspectorStyles } from './_inspectorStyles.js';

const body = `
<header>
  <label>Type <select id="filter-kind"><option value="all">all</option><option value="packet">gateway</option><option value="rest">REST</option></select></label>
  <label>Event <input id="filter-text" placeholder="MESSAGE_CREATE, op 2, /channels…" size="16"></label>
  <label>Search <input id="filter-search" type="search" placeholder="text in payloads and bodies" size="18"></label>
  <label>Shard <select id="filter-shard"><option value="all">all</option></select></label>
  <label>Guild <input id="filter-guild" placeholder="guild id" size="12"></label>
  <label class="check"><input id="hide-heartbeats" type="checkbox" checked> Hide heartbeats</label>
  <span class="actions">
    <button id="pause" type="button" aria-pressed="false">Pause</button>
    <button id="clear" type="button">Clear</button>
    <button id="export" type="button" title="Save the rows shown as JSONL">Export</button>
    <button id="record" type="button" aria-pressed="false" title="Record the session to a file oven-mock --replay plays back">Record</button>
  </span>
</header>
<div id="connection" class="connection" role="status">waiting for a running bot or mock</div>
<main>
  <section id="events" aria-label="Events"><table><tbody id="event-rows"></tbody></table></section>
  <section id="detail" aria-label="Selected event">
    <div class="detail-bar"><span id="detail-title">Select an event to see its JSON.</span><button id="copy-json" type="button" disabled>Copy as JSON</button></div>
    <div id="json-tree"></div>
  </section>
</main>
<footer>
  <section><h2>Shards</h2><div id="shards"></div></section>
  <section><h2>Rate-limit buckets</h2><table><tbody id="buckets"></tbody></table></section>
  <section><h2>REST log</h2><table><tbody id="rest-log"></tbody></table></section>
  <section><h2>Cache</h2><table><tbody id="cache"></tbody></table></section>
  <p class="status" id="status">no events yet</p>
</footer>`;

/**
 * The Gateway Inspector webview's HTML: a static shell under the same CSP as the Embed
 * Preview; the client script (`dist/webview/inspector.js`) fills it from the messages the
 * extension posts, writing user data only through `textContent`.
 */
export function renderInspectorDocument(options: WebviewDocumentOptions): string {
	return webviewDocument('Gateway Inspector', options, inspectorStyles, '', body);
}

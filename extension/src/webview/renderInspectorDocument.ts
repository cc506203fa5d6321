import { webviewDocument, type WebviewDocumentOptions } from './_webviewDocument.js';

const styles = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.4 var(--vscode-font-family,system-ui,sans-serif);background:var(--vscode-editor-background,#1e1e1e);color:var(--vscode-foreground,#ccc);display:grid;grid-template-rows:auto 1fr auto;height:100vh}
header{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:6px;border-bottom:1px solid var(--vscode-panel-border,#333)}
input,select,button{font:inherit;background:var(--vscode-input-background,#2a2a2a);color:var(--vscode-input-foreground,#ccc);border:1px solid var(--vscode-input-border,#444);border-radius:2px;padding:2px 6px}
button{background:var(--vscode-button-secondaryBackground,#3a3d41);color:var(--vscode-button-secondaryForeground,#fff)}
button[aria-pressed="true"]{background:var(--vscode-button-background,#0e639c);color:var(--vscode-button-foreground,#fff)}
.status{margin-left:auto;opacity:.8}
main{display:grid;grid-template-columns:minmax(260px,1fr) minmax(260px,1fr);min-height:0}
#events{overflow:auto;border-right:1px solid var(--vscode-panel-border,#333)}
#events table{width:100%;border-collapse:collapse}
#events tr{cursor:pointer}#events tr:hover{background:var(--vscode-list-hoverBackground,#2a2d2e)}#events tr.selected{background:var(--vscode-list-activeSelectionBackground,#04395e);color:var(--vscode-list-activeSelectionForeground,inherit)}
#events td{padding:1px 6px;white-space:nowrap;font-family:var(--vscode-editor-font-family,monospace)}
.dir-in{color:#89d185}.dir-out{color:#d7ba7d}.kind-rest{color:#9cdcfe}
#detail{overflow:auto;padding:6px;font-family:var(--vscode-editor-font-family,monospace)}
.json-key{color:#9cdcfe}.json-string{color:#ce9178}.json-number{color:#b5cea8}.json-literal{color:#569cd6}
details{margin-left:12px}summary{cursor:pointer}.json-leaf{margin-left:24px}
footer{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;padding:6px;border-top:1px solid var(--vscode-panel-border,#333);max-height:40vh;overflow:auto}
footer h2{font-size:12px;margin:0 0 4px;text-transform:uppercase;opacity:.8}
footer table{border-collapse:collapse;width:100%}footer td,footer th{padding:0 4px;text-align:left;font-weight:normal}
.limited{color:#f48771}
svg.latency{width:100%;height:60px;background:var(--vscode-editorWidget-background,#252526)}svg.latency polyline{fill:none;stroke:#89d185;stroke-width:1.5}
`;

const body = `
<header>
  <label>Type <select id="filter-kind"><option value="all">all</option><option value="packet">gateway</option><option value="rest">REST</option></select></label>
  <label>Event <input id="filter-text" placeholder="MESSAGE_CREATE, op 1, /channels…" size="18"></label>
  <label>Shard <select id="filter-shard"><option value="all">all</option></select></label>
  <label>Guild <input id="filter-guild" placeholder="guild id" size="19"></label>
  <button id="pause" type="button" aria-pressed="false">Pause</button>
  <button id="clear" type="button">Clear</button>
  <span class="status" id="status">waiting for events</span>
</header>
<main>
  <section id="events" aria-label="Events"><table><tbody id="event-rows"></tbody></table></section>
  <section id="detail" aria-label="Selected packet"><p id="detail-empty">Select an event to see its JSON.</p><div id="json-tree"></div></section>
</main>
<footer>
  <section><h2>Shards</h2><div id="shards"></div></section>
  <section><h2>Rate-limit buckets</h2><table><tbody id="buckets"></tbody></table></section>
  <section><h2>REST log</h2><table><tbody id="rest-log"></tbody></table></section>
  <section><h2>Cache</h2><table><tbody id="cache"></tbody></table></section>
</footer>`;

/**
 * The Gateway Inspector webview's HTML: a static shell under the same CSP as the Embed
 * Preview; the client script (`dist/webview/inspector.js`) fills it from the
 * `InspectorMessage`s the extension posts, writing user data only through `textContent`.
 */
export function renderInspectorDocument(options: WebviewDocumentOptions): string {
	return webviewDocument('Gateway Inspector', options, styles, '', body);
}

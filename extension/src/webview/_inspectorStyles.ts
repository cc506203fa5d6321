/**
 * The Gateway Inspector's stylesheet. Colours come from the VS Code theme (`--vscode-*`
 * variables, which VS Code sets in every webview) with fallbacks per theme kind (the
 * `vscode-light`, `vscode-dark` and `vscode-high-contrast` body classes), so the panel reads
 * well in light, dark and high-contrast themes alike. The layout fits an editor column of
 * 800 px: the list and the JSON stack below 900 px, the footer panels wrap, and in narrower
 * columns the list drops its less needed columns (timing and size, then the guild) before the
 * event name.
 */
export const inspectorStyles = `
*{box-sizing:border-box}
body{
  --in:var(--vscode-charts-green,#89d185);--out:var(--vscode-charts-yellow,#d7ba7d);--rest:var(--vscode-charts-blue,#9cdcfe);--bad:var(--vscode-errorForeground,#f48771);
  --key:var(--vscode-debugTokenExpression-name,#c586c0);--str:var(--vscode-debugTokenExpression-string,#ce9178);--num:var(--vscode-debugTokenExpression-number,#b5cea8);--lit:var(--vscode-debugTokenExpression-boolean,#569cd6);
  --bg:var(--vscode-editor-background,#1e1e1e);--fg:var(--vscode-foreground,#cccccc);--muted:var(--vscode-descriptionForeground,#9d9d9d);--border:var(--vscode-panel-border,#3c3c3c);
  --input-bg:var(--vscode-input-background,#2a2a2a);--input-fg:var(--vscode-input-foreground,#cccccc);--input-border:var(--vscode-input-border,#454545);
  --button-bg:var(--vscode-button-secondaryBackground,#3a3d41);--button-fg:var(--vscode-button-secondaryForeground,#ffffff);
  --pressed-bg:var(--vscode-button-background,#0e639c);--pressed-fg:var(--vscode-button-foreground,#ffffff);
  --hover:var(--vscode-list-hoverBackground,#2a2d2e);--selected:var(--vscode-list-activeSelectionBackground,#04395e);--selected-fg:var(--vscode-list-activeSelectionForeground,#ffffff);
  --chart-bg:var(--vscode-editorWidget-background,#252526);--focus:var(--vscode-focusBorder,#007fd4)}
body.vscode-light{
  --in:var(--vscode-charts-green,#388a34);--out:var(--vscode-charts-orange,#b25c00);--rest:var(--vscode-charts-blue,#0451a5);--bad:var(--vscode-errorForeground,#c72e0f);
  --key:var(--vscode-debugTokenExpression-name,#9b46b0);--str:var(--vscode-debugTokenExpression-string,#a31515);--num:var(--vscode-debugTokenExpression-number,#098658);--lit:var(--vscode-debugTokenExpression-boolean,#0000ff);
  --bg:var(--vscode-editor-background,#ffffff);--fg:var(--vscode-foreground,#3b3b3b);--muted:var(--vscode-descriptionForeground,#717171);--border:var(--vscode-panel-border,#d4d4d4);
  --input-bg:var(--vscode-input-background,#ffffff);--input-fg:var(--vscode-input-foreground,#3b3b3b);--input-border:var(--vscode-input-border,#cecece);
  --button-bg:var(--vscode-button-secondaryBackground,#e5e5e5);--button-fg:var(--vscode-button-secondaryForeground,#3b3b3b);
  --pressed-bg:var(--vscode-button-background,#005fb8);--pressed-fg:var(--vscode-button-foreground,#ffffff);
  --hover:var(--vscode-list-hoverBackground,#f2f2f2);--selected:var(--vscode-list-activeSelectionBackground,#cce4f7);--selected-fg:var(--vscode-list-activeSelectionForeground,#000000);
  --chart-bg:var(--vscode-editorWidget-background,#f3f3f3);--focus:var(--vscode-focusBorder,#005fb8)}
body.vscode-high-contrast{
  --in:var(--vscode-charts-green,#89d185);--out:var(--vscode-charts-yellow,#ffd700);--rest:var(--vscode-charts-blue,#9cdcfe);--bad:var(--vscode-errorForeground,#f48771);
  --key:#ffffff;--str:#ce9178;--num:#b5cea8;--lit:#569cd6;
  --bg:var(--vscode-editor-background,#000000);--fg:var(--vscode-foreground,#ffffff);--muted:var(--vscode-descriptionForeground,#ffffff);--border:var(--vscode-contrastBorder,#6fc3df);
  --input-bg:var(--vscode-input-background,#000000);--input-fg:var(--vscode-input-foreground,#ffffff);--input-border:var(--vscode-contrastBorder,#6fc3df);
  --button-bg:#000000;--button-fg:#ffffff;--pressed-bg:#000000;--pressed-fg:var(--vscode-contrastActiveBorder,#f38518);
  --hover:transparent;--selected:transparent;--selected-fg:var(--vscode-foreground,#ffffff);--chart-bg:#000000;--focus:var(--vscode-contrastActiveBorder,#f38518)}
body{margin:0;font:13px/1.4 var(--vscode-font-family,system-ui,sans-serif);background:var(--bg);color:var(--fg);display:grid;grid-template-rows:auto auto minmax(0,1fr) auto;height:100vh;overflow:hidden}
header{display:flex;flex-wrap:wrap;gap:4px 8px;align-items:center;padding:6px;border-bottom:1px solid var(--border)}
header label{white-space:nowrap}.actions{display:flex;gap:4px;margin-left:auto}
input,select,button{font:inherit;background:var(--input-bg);color:var(--input-fg);border:1px solid var(--input-border);border-radius:2px;padding:1px 5px;max-width:100%}
input:focus,select:focus,button:focus{outline:1px solid var(--focus);outline-offset:-1px}
input[type=checkbox]{vertical-align:-2px}
button{background:var(--button-bg);color:var(--button-fg);cursor:pointer}button:disabled{opacity:.5;cursor:default}
button[aria-pressed="true"]{background:var(--pressed-bg);color:var(--pressed-fg);border-color:var(--pressed-fg)}
.connection{padding:2px 8px;color:var(--muted);border-bottom:1px solid var(--border);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.connection.error{color:var(--bad);white-space:normal}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);min-height:0}
#events{overflow:auto;border-right:1px solid var(--border);min-width:0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{padding:0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#events td{font-family:var(--vscode-editor-font-family,monospace);font-size:12px;line-height:20px}
.c-time{width:100px}.c-since{width:64px}.c-where{width:56px}.c-info{width:150px}.c-size{width:68px}
@media (max-width:640px){#events .c-since,#events .c-size{display:none}#events .c-info{width:110px}}
@media (max-width:460px){#events .c-info{display:none}#events .c-time{width:92px}#events .c-where{width:44px}}
#events tr{cursor:pointer}#events tr:hover{background:var(--hover)}
#events tr.selected{background:var(--selected);color:var(--selected-fg);outline:1px dashed var(--focus);outline-offset:-1px}
.dir-in .c-name{color:var(--in)}.dir-out .c-name{color:var(--out)}.kind-rest .c-name{color:var(--rest)}
td.num{text-align:right;color:var(--muted)}
#detail{display:grid;grid-template-rows:auto minmax(0,1fr);grid-template-columns:minmax(0,1fr);min-height:0;min-width:0}
.detail-bar button{flex:none;white-space:nowrap}.detail-bar{display:flex;gap:8px;align-items:center;justify-content:space-between;padding:4px 6px;border-bottom:1px solid var(--border);color:var(--muted)}
#detail-title{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
#json-tree{overflow:auto;padding:4px 6px;font-family:var(--vscode-editor-font-family,monospace);font-size:12px}
.json-key{color:var(--key)}.json-string{color:var(--str);overflow-wrap:anywhere}.json-number{color:var(--num)}.json-literal{color:var(--lit)}
details{margin-left:12px}summary{cursor:pointer}.json-leaf{margin-left:24px}
footer{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:6px 12px;padding:6px;border-top:1px solid var(--border);max-height:32vh;overflow:auto}
footer section{min-width:0}
footer h2{font-size:11px;margin:0 0 2px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
footer table{table-layout:auto}
footer td{padding:0 6px 0 0;font-size:12px;vertical-align:top}
footer td:first-child{width:100%;white-space:normal;overflow-wrap:anywhere}
.status{grid-column:1/-1;margin:0;color:var(--muted);font-size:12px}
.limited td{color:var(--bad)}.routes{color:var(--muted)}
.shard{margin-bottom:4px}
svg.latency{display:block;width:100%;height:40px;background:var(--chart-bg);border:1px solid var(--border)}svg.latency polyline{fill:none;stroke:var(--in);stroke-width:1.5;vector-effect:non-scaling-stroke}
@media (max-height:560px){footer{max-height:26vh}}
@media (max-width:900px){main{grid-template-columns:minmax(0,1fr);grid-template-rows:minmax(0,3fr) minmax(0,2fr)}#events{border-right:0;border-bottom:1px solid var(--border)}}
`;

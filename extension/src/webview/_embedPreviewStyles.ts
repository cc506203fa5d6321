/**
 * The Embed Preview's fixed stylesheet: Discord's dark theme, and its light theme when VS Code's
 * is light (`vscode-light` on the body). Every element the markdown produces gets its colours
 * here, so VS Code's default webview styles (a light `blockquote` or `code` background in a light
 * theme) never show through on the card. The message fits the column it is given.
 */
export const embedPreviewStyles = `
body{--bg:#313338;--embed-bg:#2b2d31;--text:#dbdee1;--header:#f2f3f5;--muted:#b5bac1;--faint:#949ba4;--link:#00a8fc;--danger:#da373c;
  --code-bg:#2b2d31;--code-border:#1e1f22;--quote:#4e5058;--mention-bg:rgba(88,101,242,.3);--mention:#c9cdfb;--stamp-bg:rgba(255,255,255,.06);
  --spoiler:#1e1f22;--spoiler-open:#3f4147;--secondary:#4e5058;--select-bg:#1e1f22;--notes-bg:#2b2d31;--runtime-bg:rgba(240,178,50,.16);--runtime:#f0b232;color-scheme:dark}
body.vscode-light{--bg:#ffffff;--embed-bg:#f2f3f5;--text:#313338;--header:#060607;--muted:#4e5058;--faint:#5c5e66;--link:#006ce7;--danger:#da373c;
  --code-bg:#f2f3f5;--code-border:#e3e5e8;--quote:#c4c9ce;--mention-bg:rgba(88,101,242,.15);--mention:#505cdc;--stamp-bg:rgba(6,6,7,.06);
  --spoiler:#e3e5e8;--spoiler-open:#ebedef;--secondary:#6d6f78;--select-bg:#ebedef;--notes-bg:#f2f3f5;--runtime-bg:rgba(196,120,0,.14);--runtime:#8a5a00;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;padding:16px 12px;background:var(--bg);color:var(--text);font:16px/1.375 "gg sans","Noto Sans","Helvetica Neue",Helvetica,Arial,sans-serif}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.message{display:flex;gap:16px;max-width:600px}
.message-avatar{flex:none;width:40px;height:40px;border-radius:50%;background:#5865f2}
.message-main{min-width:0;flex:1}
.message-header{margin-bottom:2px}.message-author{font-weight:500;color:var(--header)}
.app-tag{margin-left:4px;padding:0 4px;border-radius:3px;background:#5865f2;color:#fff;font-size:10px;font-weight:600;vertical-align:2px}
.message-content{white-space:pre-wrap;overflow-wrap:anywhere}
.embeds{display:grid;gap:4px}
.embed{display:grid;grid-template-columns:minmax(0,1fr) auto;max-width:min(520px,100%);background:var(--embed-bg);border-left:4px solid #1e1f22;border-radius:4px;padding:8px 16px 16px 12px;margin-top:2px}
.embed-body{display:grid;grid-template-columns:minmax(0,1fr);min-width:0}
.embed-author{display:flex;align-items:center;gap:8px;margin-top:8px;font-size:14px;font-weight:600;color:var(--header)}
.embed-author a{color:var(--header)}.embed-author-icon{width:24px;height:24px;border-radius:50%}
.embed-title{margin-top:8px;font-size:16px;font-weight:600;color:var(--header);overflow-wrap:anywhere}
.embed-description{margin-top:8px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.embed-fields{display:grid;grid-template-columns:repeat(12,minmax(0,1fr));gap:8px;margin-top:8px}
.embed-field{font-size:14px;min-width:0}
.embed-field-name{font-weight:600;color:var(--header);margin-bottom:2px}
.embed-field-value{white-space:pre-wrap;overflow-wrap:anywhere}
.field-c1of1{grid-column:1/13}.field-c1of2{grid-column:1/7}.field-c2of2{grid-column:7/13}
.field-c1of3{grid-column:1/5}.field-c2of3{grid-column:5/9}.field-c3of3{grid-column:9/13}
.embed-thumbnail-wrap{margin:8px 0 0 16px}.embed-thumbnail{max-width:80px;max-height:80px;border-radius:4px}
.embed-image{margin-top:16px}.embed-image-img{max-width:100%;max-height:300px;border-radius:4px}
.embed-footer{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-top:8px;font-size:12px;color:var(--muted)}
.embed-footer-icon{width:20px;height:20px;border-radius:50%;margin-right:4px}
.attachment-placeholder{font-size:12px;color:var(--muted);border:1px dashed var(--quote);padding:8px;border-radius:4px}
.md-p{min-height:1em}
.md-code{font-family:Consolas,"Andale Mono WT","Andale Mono",monospace;font-size:85%;background:var(--code-bg);color:var(--text);border:1px solid var(--code-border);padding:0 .2em;border-radius:4px}
.md-codeblock{background:var(--code-bg);color:var(--text);border:1px solid var(--code-border);border-radius:4px;padding:7px;margin:6px 0;white-space:pre-wrap;font:14px/1.125rem Consolas,"Andale Mono WT","Andale Mono",monospace}
.md-codeblock code{background:none;color:inherit;font:inherit;padding:0;border:0}
.md-spoiler{background:var(--spoiler);color:transparent;border-radius:3px}.md-spoiler:hover{color:inherit;background:var(--spoiler-open)}
.md-quote{margin:0;padding:0 8px 0 12px;border:0;border-left:4px solid var(--quote);border-radius:4px;background:none;color:inherit}
.md-h1,.md-h2,.md-h3{color:var(--header);font-weight:700;line-height:1.375}
.md-h1{font-size:24px;margin:8px 0}.md-h2{font-size:20px;margin:8px 0}.md-h3{font-size:16px;margin:8px 0}
.md-subtext{font-size:12px;color:var(--faint)}
.md-list{margin:4px 0;padding-left:20px}
.md-mention{background:var(--mention-bg);color:var(--mention);border-radius:3px;padding:0 2px;font-weight:500}
.md-timestamp{background:var(--stamp-bg);border-radius:3px;padding:0 2px}
.md-runtime{background:var(--runtime-bg);color:var(--runtime);border-radius:3px;padding:0 2px;font-family:Consolas,"Andale Mono WT","Andale Mono",monospace;font-size:85%}
.md-emoji{width:22px;height:22px;vertical-align:bottom}
.components{margin-top:4px;display:grid;gap:8px}
.action-row{display:flex;flex-wrap:wrap;gap:8px}
.btn{display:inline-flex;align-items:center;gap:4px;height:32px;min-width:60px;padding:2px 16px;border:0;border-radius:3px;font-family:inherit;font-size:14px;font-weight:500;line-height:16px;text-decoration:none;color:#fff;cursor:pointer}
.btn-primary{background:#5865f2}.btn-secondary{background:var(--secondary)}.btn-success{background:#248046}.btn-danger{background:#da373c}
.btn-link{background:var(--secondary);color:#fff}.btn-premium{background:#5865f2}.btn-disabled,.btn[disabled]{opacity:.5;cursor:not-allowed}
.component-emoji{width:18px;height:18px}
.select{max-width:400px}.select-box{display:flex;justify-content:space-between;background:var(--select-bg);border:1px solid var(--code-border);border-radius:4px;padding:8px}
.select-placeholder{color:var(--faint)}.select-disabled{opacity:.5}
.select-options{list-style:none;margin:2px 0 0;padding:0;background:var(--embed-bg);border-radius:4px}
.select-option{padding:6px 8px;display:flex;gap:6px;align-items:baseline}.select-option-description{font-size:12px;color:var(--muted)}
.violation{outline:2px solid var(--danger);outline-offset:1px;border-radius:2px;background-color:rgba(218,55,60,.12)}
.notes{max-width:600px;font-size:13px;margin-bottom:12px;padding:8px 12px;border-radius:4px;background:var(--notes-bg)}
.notes h2{font-size:13px;margin:0 0 4px;color:var(--header)}.notes ul{margin:0;padding-left:18px}
.notes code{font-family:Consolas,"Andale Mono WT","Andale Mono",monospace;background:none;color:inherit}
.notes-violations{border-left:4px solid var(--danger)}.notes-unresolved{border-left:4px solid #f0b232}
.empty{color:var(--muted)}
`;

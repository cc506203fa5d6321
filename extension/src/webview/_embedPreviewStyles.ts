/** The Embed Preview's fixed stylesheet: Discord's dark theme, embed grid and components. */
export const embedPreviewStyles = `
:root{color-scheme:dark;--bg:#313338;--embed-bg:#2b2d31;--text:#dbdee1;--muted:#b5bac1;--link:#00a8fc;--danger:#da373c}
*{box-sizing:border-box}
body{margin:0;padding:16px;background:var(--bg);color:var(--text);font:16px/1.375 "gg sans","Noto Sans","Helvetica Neue",Helvetica,Arial,sans-serif}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.message{display:flex;gap:16px;max-width:560px}
.message-avatar{flex:none;width:40px;height:40px;border-radius:50%;background:#5865f2}
.message-main{min-width:0;flex:1}
.message-header{margin-bottom:4px}.message-author{font-weight:500;color:#f2f3f5}
.app-tag{margin-left:4px;padding:0 4px;border-radius:3px;background:#5865f2;color:#fff;font-size:10px;font-weight:600;vertical-align:2px}
.embeds{display:grid;gap:4px}
.embed{display:grid;grid-template-columns:auto min-content;max-width:520px;background:var(--embed-bg);border-left:4px solid #1e1f22;border-radius:4px;padding:8px 16px 16px 12px;margin-top:2px}
.embed-body{display:grid;grid-template-columns:auto;min-width:0}
.embed-author{display:flex;align-items:center;gap:8px;margin-top:8px;font-size:14px;font-weight:600;color:#f2f3f5}
.embed-author a{color:#f2f3f5}.embed-author-icon{width:24px;height:24px;border-radius:50%}
.embed-title{margin-top:8px;font-size:16px;font-weight:600;color:#f2f3f5}
.embed-description{margin-top:8px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.embed-fields{display:grid;grid-template-columns:repeat(12,1fr);gap:8px;margin-top:8px}
.embed-field{font-size:14px;min-width:0}
.embed-field-name{font-weight:600;color:#f2f3f5;margin-bottom:2px}
.embed-field-value{white-space:pre-wrap;overflow-wrap:anywhere}
.field-c1of1{grid-column:1/13}.field-c1of2{grid-column:1/7}.field-c2of2{grid-column:7/13}
.field-c1of3{grid-column:1/5}.field-c2of3{grid-column:5/9}.field-c3of3{grid-column:9/13}
.embed-thumbnail-wrap{margin:8px 0 0 16px}.embed-thumbnail{max-width:80px;max-height:80px;border-radius:4px}
.embed-image{margin-top:16px}.embed-image-img{max-width:100%;max-height:300px;border-radius:4px}
.embed-footer{display:flex;align-items:center;gap:4px;margin-top:8px;font-size:12px;color:var(--muted)}
.embed-footer-icon{width:20px;height:20px;border-radius:50%;margin-right:4px}
.attachment-placeholder{font-size:12px;color:var(--muted);border:1px dashed #4e5058;padding:8px;border-radius:4px}
.md-p{min-height:1em}.md-code{font-family:Consolas,"Andale Mono",monospace;font-size:85%;background:#1e1f22;padding:0 .2em;border-radius:3px}
.md-codeblock{background:#1e1f22;border:1px solid #1e1f22;border-radius:4px;padding:7px;margin:6px 0;white-space:pre-wrap;font:14px/1.125rem Consolas,"Andale Mono",monospace}
.md-spoiler{background:#1e1f22;color:transparent;border-radius:3px}.md-spoiler:hover{color:inherit;background:#3f4147}
.md-quote{margin:0;padding:0 8px 0 12px;border-left:4px solid #4e5058}
.md-h1{font-size:24px;margin:8px 0}.md-h2{font-size:20px;margin:8px 0}.md-h3{font-size:16px;margin:8px 0}
.md-subtext{font-size:12px;color:var(--muted)}
.md-list{margin:4px 0;padding-left:20px}
.md-mention{background:rgba(88,101,242,.3);color:#c9cdfb;border-radius:3px;padding:0 2px;font-weight:500}
.md-timestamp{background:rgba(255,255,255,.06);border-radius:3px;padding:0 2px}
.md-emoji{width:22px;height:22px;vertical-align:bottom}
.components{margin-top:4px;display:grid;gap:8px}
.action-row{display:flex;flex-wrap:wrap;gap:8px}
.btn{display:inline-flex;align-items:center;gap:4px;height:32px;min-width:60px;padding:2px 16px;border:0;border-radius:3px;font-family:inherit;font-size:14px;font-weight:500;line-height:16px;text-decoration:none;color:#fff;cursor:pointer}
.btn-primary{background:#5865f2}.btn-secondary{background:#4e5058}.btn-success{background:#248046}.btn-danger{background:#da373c}
.btn-link{background:#4e5058;color:#fff}.btn-premium{background:#5865f2}.btn-disabled,.btn[disabled]{opacity:.5;cursor:not-allowed}
.component-emoji{width:18px;height:18px}
.select{max-width:400px}.select-box{display:flex;justify-content:space-between;background:#1e1f22;border:1px solid #1e1f22;border-radius:4px;padding:8px}
.select-placeholder{color:#949ba4}.select-disabled{opacity:.5}
.select-options{list-style:none;margin:2px 0 0;padding:0;background:#2b2d31;border-radius:4px}
.select-option{padding:6px 8px;display:flex;gap:6px;align-items:baseline}.select-option-description{font-size:12px;color:var(--muted)}
.violation{outline:2px solid var(--danger);outline-offset:1px;border-radius:2px;background-color:rgba(218,55,60,.12)}
.notes{max-width:560px;font-size:13px;margin-bottom:12px;padding:8px 12px;border-radius:4px;background:#2b2d31}
.notes h2{font-size:13px;margin:0 0 4px}.notes ul{margin:0;padding-left:18px}
.notes-violations{border-left:4px solid var(--danger)}.notes-unresolved{border-left:4px solid #f0b232}
.empty{color:var(--muted)}
`;

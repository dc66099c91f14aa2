/**
 * The report's stylesheet: system fonts only (no web fonts to fetch), a two-column evidence view
 * (page image, page text), and `:target` rules so that following a link outlines its span.
 */
export const STYLE = `
:root{color-scheme:light;--ink:#1d232a;--muted:#5b6670;--line:#d8dde2;--hl:rgba(255,196,0,.35);--target:#d1242f}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);background:#f6f7f9}
header.top{background:#1d232a;color:#fff;padding:20px 32px}
header.top h1{margin:0 0 4px;font-size:24px}
header.top .sub{color:#c9d1d9;font-size:13px}
nav.toc{padding:8px 32px;background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0;z-index:5}
nav.toc a{margin-right:16px;color:#0b5cad;text-decoration:none}
main{padding:8px 32px 48px;max-width:1400px}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin:16px 0}
h2{margin:0 0 12px;font-size:19px}
h3{margin:16px 0 8px;font-size:16px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line)}
th{color:var(--muted);font-weight:600}
.muted{color:var(--muted)}
.warn{background:#fff4e5;border:1px solid #f0b46b;border-radius:4px;padding:8px 12px}
.ok{background:#eef7ee;border:1px solid #9ccf9c;border-radius:4px;padding:8px 12px}
.pill{display:inline-block;padding:0 7px;border-radius:9px;background:#eef1f4;font-size:12px;margin-right:4px}
.pill.match{background:#fde2e1;color:#8a1116}
.pill.claim{background:#e6f0fb}
.amb{color:#a04b00;font-weight:600;cursor:help}
a.ev{display:inline-block;font-size:13px;color:#0b5cad;white-space:nowrap;margin-right:8px}
td.date{white-space:nowrap}
.evidence{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;align-items:start}
.evidence.textonly{grid-template-columns:minmax(0,1fr)}
.page{position:relative;border:1px solid var(--line);background:#fff}
.page img{display:block;width:100%;height:auto}
.box{position:absolute;background:var(--hl);outline:1px solid rgba(200,140,0,.6);scroll-margin-top:80px}
.box:target{background:rgba(209,36,47,.22);outline:3px solid var(--target)}
pre.text{white-space:pre-wrap;word-break:break-word;font:13px/1.45 ui-monospace,"DejaVu Sans Mono",monospace;margin:0;padding:10px;background:#fbfbfc;border:1px solid var(--line);max-height:900px;overflow:auto}
pre.text mark{background:var(--hl);scroll-margin-top:80px}
pre.text mark:target{outline:2px solid var(--target);background:rgba(209,36,47,.22)}
.pagehead{display:flex;gap:12px;align-items:baseline;flex-wrap:wrap}
`;

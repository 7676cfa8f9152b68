// The dashboard's one stylesheet, served as /static/dashboard.css (the CSP allows styles
// from the dashboard itself only, never inline). Kept as code so the compiled bot serves it too.
export const STYLESHEET = `
:root { --ink: #263238; --muted: #607d8b; --line: #dbdee4; --bg: #f5f7fa; --accent: #1565c0; --sample: #c62828;
  --done: #2e7d32; --ontrack: #1565c0; --atrisk: #ef6c00; --overdue: #c62828; --noreport: #90a4ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; color: var(--ink); background: var(--bg); }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .6rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
header .brand { font-weight: bold; font-size: 1.1rem; }
header nav { display: flex; flex-wrap: wrap; gap: .25rem; }
header nav a { padding: .3rem .7rem; border-radius: 4px; color: var(--ink); text-decoration: none; }
header nav a[aria-current="page"] { background: var(--accent); color: #fff; }
header .who { margin-left: auto; color: var(--muted); }
main { padding: 1rem 1.5rem 3rem; max-width: 1400px; margin: 0 auto; }
h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
section, figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 0 0 1rem; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
.scroll { overflow-x: auto; }
.sample { color: var(--sample); font-weight: 600; white-space: nowrap; }
.banner { border: 1px solid var(--sample); color: var(--sample); background: #fff5f5; padding: .4rem .8rem; border-radius: 4px; margin-bottom: 1rem; }
.muted { color: var(--muted); }
.notice { background: #fff8e1; border: 1px solid #ffe082; padding: .4rem .8rem; border-radius: 4px; }
.health { white-space: nowrap; font-weight: 600; }
.health-done { color: var(--done); } .health-on-track { color: var(--ontrack); } .health-at-risk { color: var(--atrisk); }
.health-overdue { color: var(--overdue); } .health-no-report { color: var(--noreport); }
.vote { text-align: center; white-space: nowrap; }
.vote-yes { background: #e8f5e9; } .vote-ifneedbe { background: #fffde7; } .vote-no { background: #ffebee; } .vote-missing { color: var(--muted); }
.quorate { color: var(--done); font-weight: 600; } .short { color: var(--overdue); }
form.filters { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .9rem; color: var(--muted); }
form.filters select, form.filters button { font: inherit; padding: .25rem .4rem; }
button.primary { font: inherit; padding: .6rem 1.4rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.cards { display: flex; flex-wrap: wrap; gap: .8rem; margin-bottom: 1rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }
.card b { display: block; font-size: 1.6rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.pages { display: flex; gap: 1rem; margin-top: .8rem; }
.signin { max-width: 36rem; margin: 4rem auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 2rem; }
`;

/** The tab's icon: 督 on the dashboard's blue. */
export const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1565c0"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">督</text></svg>`;

import { loadPlanData } from '../domain/plan-data.ts';
import { PlanIndex } from './plan-index.ts';
const plan = loadPlanData();
let t = performance.now();
const idx = new PlanIndex(plan);
console.log('build ms', performance.now() - t);
const qs = process.argv.slice(2).length ? process.argv.slice(2) : ['航运','国际','国际化妆','國際航線','開通國際航線數','hangxian','guojihangxian','gjhx','hangxain','internatonal air routes','air routes','gdp','GDP per capita','每人平均GDP','市发改委','发改委','NDRC','第92项','92项进展怎么样','item 92','指标A3','a1','E1进展','網際網路國際呈現量','少女峰','jungfrau','shaonvfeng','shaonufeng','专家咨询委员会进展如何','商务局','shangwuju','commerce','崂山'];
for (const q of qs) console.log(q, JSON.stringify(idx.search(q, {limit: 6}).map(h => `${h.kind[0]}:${h.id}:${h.how[0]}:${h.score.toFixed(3)}`)));

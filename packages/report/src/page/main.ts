import { type BaselineChange, compareToBaseline } from '../compare-to-baseline.ts';
import { groupClaims } from '../group-claims.ts';
import type { ReportData } from '../report-data.ts';
import { d3, type Html } from './d3-global.ts';
import { drawFooter } from './draw-footer.ts';
import { drawHeader } from './draw-header.ts';
import { drawPerformance } from './draw-performance.ts';
import { drawSuite } from './draw-suite.ts';
import { drawSummary } from './draw-summary.ts';

const source = document.getElementById('report-data')?.textContent ?? 'null';
const data = JSON.parse(source) as ReportData;
const root: Html = d3.select<HTMLElement, unknown>('#report');
root.selectAll('*').remove();
const changes = data.baseline ? compareToBaseline(data.results, data.baseline) : null;
const byKey = changes
  ? new Map<string, BaselineChange>(changes.map((c) => [JSON.stringify([c.suite, c.backend, c.id]), c]))
  : null;
const suites = groupClaims(data.results);
drawHeader(root, data);
drawSummary(root, data, suites, changes);
for (const suite of suites) drawSuite(root, suite, byKey);
if (data.bench) drawPerformance(root, data.bench);
drawFooter(root, data.results);

// Reads the Lighthouse JSON reports <dir>/<page>-<run>.json written by run.sh and prints a markdown table:
// per page the median score of each category over the runs, and every audit that failed in any run
// (score below 1, with how many runs it failed in; "weight 0" marks audits that do not count towards the score).
import { readFileSync } from 'node:fs';

const [dir, runsText, ...pages] = process.argv.slice(2);
const runs = Number(runsText);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const benchmarkIndexes = [];
console.log('| page | path | performance | accessibility | best practices | SEO | failed audits: value in the last run it failed, runs failed |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
pages.forEach((page, index) => {
  const [name, path] = page.split('|');
  const reports = [];
  for (let run = 1; run <= runs; run++) {
    reports.push(JSON.parse(readFileSync(`${dir}/${index + 1}-${run}.json`, 'utf8')));
  }
  reports.forEach((r) => benchmarkIndexes.push(Math.round(r.environment.benchmarkIndex)));
  const scores = categories.map((c) => median(reports.map((r) => Math.round(r.categories[c].score * 100))));
  const failed = new Map();
  for (const report of reports) {
    for (const category of categories) {
      for (const ref of report.categories[category].auditRefs) {
        const audit = report.audits[ref.id];
        const scored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
        if (scored && audit.score !== null && audit.score < 1) {
          const shown = [audit.displayValue, ref.weight > 0 ? null : 'weight 0'].filter(Boolean).join(', ');
          const key = `${ref.id}${shown ? ` (${shown})` : ''}`;
          failed.set(ref.id, { key, count: (failed.get(ref.id)?.count ?? 0) + 1 });
        }
      }
    }
  }
  const failedText = [...failed.values()].map((f) => `${f.key} ${f.count}/${runs}`).join('; ') || '—';
  console.log(`| ${name} | \`${path}\` | ${scores.join(' | ')} | ${failedText} |`);
});
console.log();
console.log(`Lighthouse benchmarkIndex of this machine during the runs: ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}`
  + ' (Lighthouse warns that the CPU is slower than it expects below about 1000; the mobile preset still slows it 4x).');

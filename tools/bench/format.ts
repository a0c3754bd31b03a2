import type { LighthouseRun } from './lighthouse'
/** Turns a BenchResult into the stdout table and the README section. */
import type { ByteTotals } from './resources'
import type { BenchResult, DeckFigures, Exporter, TargetOutcome } from './result'
import type { Sample } from './stats'
import { EXPORTER_LABELS, EXPORTERS, MEASURED_PAGES, medianRatio, PAGE_LABELS, PAGE_TARGETS, raceRatio } from './result'
import { ratio } from './stats'

export const README_START = '<!-- bench:start -->'
export const README_END = '<!-- bench:end -->'

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
}

export function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`
}

/** Decimal units (1 MB = 1,000,000 bytes), as the 1 MB font target is stated. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000)
    return `${bytes} B`
  if (bytes < 1_000_000)
    return `${(bytes / 1000).toFixed(1)} kB`
  if (bytes < 1_000_000_000)
    return `${(bytes / 1_000_000).toFixed(2)} MB`
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`
}

/** Binary units, as Lighthouse states page weight. */
export function formatKiB(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString('en')} KiB`
}

export function formatRatio(value: number | undefined): string {
  return value === undefined ? '–' : `${value.toFixed(2)}x`
}

export interface Row {
  measure: string
  deck: string
  baseline: string
  ratio: string
}

type Pick = (figures: DeckFigures) => number | undefined

function row(measure: string, result: BenchResult, pick: Pick, format: (value: number) => string): Row | undefined {
  const deck = pick(result.deck)
  const baseline = pick(result.baseline)
  if (deck === undefined && baseline === undefined)
    return undefined
  return {
    measure,
    deck: deck === undefined ? '–' : format(deck),
    baseline: baseline === undefined ? '–' : format(baseline),
    ratio: deck === undefined || baseline === undefined ? '–' : formatRatio(ratio(deck, baseline)),
  }
}

const med = (value: Sample | undefined) => value?.median

function bytesRows(label: string, result: BenchResult, pick: (figures: DeckFigures) => ByteTotals | undefined): (Row | undefined)[] {
  return (['font', 'script', 'stylesheet', 'total'] as const).map(kind =>
    row(`${label}: ${{ font: 'fonts', script: 'JS', stylesheet: 'CSS', total: 'all' }[kind]}`, result, f => pick(f)?.[kind], formatBytes))
}

/** The rows of the figures table, in reading order; steps that were skipped leave no row. */
export function figureRows(result: BenchResult): Row[] {
  const n = result.slides
  const perSlide = (value: Sample | undefined) => value === undefined ? undefined : value.median / n
  return [
    row('Static build', result, f => med(f.buildMs), formatSeconds),
    row('Static build, per slide', result, f => perSlide(f.buildMs), formatSeconds),
    row('Static build, peak memory', result, f => med(f.buildPeakRssBytes), formatBytes),
    row('Size of dist/', result, f => f.distBytes, formatBytes),
    ...bytesRows('Fetched for slide 1', result, f => f.fetchFirstSlide),
    ...bytesRows('Fetched for every slide', result, f => f.fetchEverySlide),
    row('Dev server: first HTTP answer', result, f => med(f.devFirstAnswerMs), formatSeconds),
    row('Dev server: first visible slide', result, f => med(f.devFirstSlideMs), formatSeconds),
    row('Saved Markdown edit visible', result, f => med(f.editVisibleMs), formatMs),
    row('`present --remote` to its links, builds cached', result, f => med(f.presentStartMs), formatSeconds),
    row('`present --remote` to its links, both builds made', result, f => f.presentFirstStartMs, formatSeconds),
    row('Relay: worst delay of all runs, 50 followers x 20 moves', result, f => f.relayWorstMs && Math.max(...f.relayWorstMs.samples), formatMs),
  ].filter((r): r is Row => r !== undefined)
}

export interface RaceRow {
  exporter: string
  median: string
  range: string
  versusMarp: string
}

/** The lowest and the highest of the runs' values. */
function formatRange(sample: Sample, format: (value: number) => string): string {
  return `${format(Math.min(...sample.samples))} – ${format(Math.max(...sample.samples))}`
}

/** The export race, one row per exporter that was measured: median, min to max, and its time over Marp's. */
export function raceRows(result: BenchResult): RaceRow[] {
  const race = result.exportRace
  if (!race)
    return []
  return EXPORTERS.filter(exporter => race.ms[exporter]).map((exporter) => {
    const sample = race.ms[exporter]!
    return {
      exporter: EXPORTER_LABELS[exporter],
      median: formatSeconds(sample.median),
      range: formatRange(sample, formatSeconds),
      versusMarp: formatRatio(raceRatio(race, exporter)),
    }
  })
}

/** The watch race, a row for each watcher: median from the save to its PDF written, min to max, and its median over Marp's. */
export function watchRows(result: BenchResult): RaceRow[] {
  const watch = result.watchRace
  if (!watch)
    return []
  const watcher = (label: string, sample: Sample): RaceRow => ({
    exporter: label,
    median: formatSeconds(sample.median),
    range: formatRange(sample, formatSeconds),
    versusMarp: formatRatio(medianRatio(sample, watch.marpMs)),
  })
  return [watcher('`npm run export -- --watch`', watch.deckMs), watcher('Marp CLI 4.5.1 `--watch`, its text deck', watch.marpMs)]
}

/** The watch race's ratios run by run, each from two edits timed one after the other. */
export function watchRunsLine(result: BenchResult): string | undefined {
  const ratios = result.watchRace?.ratios
  return ratios && `Each run's deck / Marp: median ${formatRatio(ratios.median)}, ${formatRange(ratios, formatRatio)}`
}

function formatTargetValue(target: TargetOutcome, value: number): string {
  if (target.unit === 'ratio')
    return formatRatio(value)
  if (target.unit === 'bytes')
    return formatBytes(value)
  if (target.unit === 'KiB')
    return formatKiB(value)
  if (target.unit === 'score')
    return String(Math.round(value))
  return formatMs(value)
}

export function targetVerdict(target: TargetOutcome): string {
  return target.pass === undefined ? 'not measured' : target.pass ? 'pass' : 'FAIL'
}

export function targetLine(target: TargetOutcome): string {
  const actual = target.actual === undefined ? '–' : formatTargetValue(target, target.actual)
  return `${targetVerdict(target)}: ${target.label}: ${actual} (target ${target.atLeast ? '>=' : '<='} ${formatTargetValue(target, target.limit)})`
}

export interface PageRow {
  page: string
  performance: string
  accessibility: string
  blocking: string
  bytes: string
  largestPaint: string
}

/** Lighthouse's figures, one row per measured page, medians over the runs. */
export function pageRows(result: BenchResult): PageRow[] {
  const pages = result.pageMeasures?.pages ?? {}
  return MEASURED_PAGES.filter(page => pages[page]).map((page) => {
    const figures = pages[page]!
    return {
      page: `${PAGE_LABELS[page]} (\`${figures.path}\`)`,
      performance: String(Math.round(figures.performance.median)),
      accessibility: String(Math.round(figures.accessibility.median)),
      blocking: formatMs(figures.totalBlockingTimeMs.median),
      bytes: formatKiB(figures.transferBytes.median),
      largestPaint: formatMs(figures.largestContentfulPaintMs.median),
    }
  })
}

const listed = (entries: string[]) => entries.length ? entries.join('; ') : 'none'

/** What a page's typical run spent its time and bytes on, for a target it missed. */
export function explainPage(run: LighthouseRun, missed: TargetOutcome[]): string[] {
  const lines: string[] = []
  const units = new Set(missed.map(target => target.unit))
  if (units.has('score') && missed.some(target => target.id.endsWith('Accessibility')))
    lines.push(`failed accessibility audits: ${listed(run.accessibilityFailures)}`)
  if (missed.some(target => target.id.endsWith('Performance') || target.id.endsWith('Blocking'))) {
    lines.push(`first paint ${formatMs(run.firstContentfulPaintMs)}, largest paint ${formatMs(run.largestContentfulPaintMs)}, total blocking time ${formatMs(run.totalBlockingTimeMs)}`)
    lines.push(`long tasks: ${listed(run.longTasks.map(task => `${formatMs(task.durationMs)} at ${formatMs(task.startMs)} (${task.url || 'the page'})`))}`)
    lines.push(`main-thread time by script: ${listed(run.scripts.slice(0, 6).map(script => `${script.url || 'the page'} ${formatMs(script.totalMs)} (${formatMs(script.scriptingMs)} running it)`))}`)
  }
  if (units.has('KiB'))
    lines.push(`largest transfers: ${listed(run.largest.slice(0, 8).map(item => `${item.url} ${formatKiB(item.bytes)}`))}`)
  return lines
}

/** For each of the deck's exports whose target is missed: the median of each of its steps. */
export function exportExplanations(result: BenchResult): string[] {
  const race = result.exportRace
  const targets: [Exporter, string][] = [['warm', 'exportWarm'], ['edited', 'exportEdited']]
  return targets.flatMap(([exporter, id]) => {
    const steps = race?.steps?.[exporter]
    const total = race?.ms[exporter]
    if (!steps || !total || result.targets.find(target => target.id === id)?.pass !== false)
      return []
    const named = Object.entries(steps).map(([step, sample]) => `${step} ${formatMs(sample.median)}`)
    const rest = total.median - Object.values(steps).reduce((sum, sample) => sum + sample.median, 0)
    return [`${EXPORTER_LABELS[exporter]}, ${formatSeconds(total.median)} (median of each step): ${named.join('; ')}; the process ending and the rest ${formatMs(Math.max(0, rest))}`]
  })
}

/** For each measured page of the deck that missed a target: what its time and bytes went to. */
export function missedTargetExplanations(result: BenchResult): string[] {
  const pages = result.pageMeasures?.pages ?? {}
  return MEASURED_PAGES.flatMap((page) => {
    const missed = (PAGE_TARGETS[page] ?? []).map(id => result.targets.find(target => target.id === id)).filter((target): target is TargetOutcome => target?.pass === false)
    const figures = pages[page]
    if (!figures || missed.length === 0)
      return []
    return [`${PAGE_LABELS[page]}, in its typical run (median performance), for ${missed.map(target => target.label).join('; ')}:`, ...explainPage(figures.typical, missed).map(line => `  ${line}`)]
  })
}

export function formatMachine(result: BenchResult): string {
  const m = result.machine
  const gb = (m.memoryBytes / 1024 ** 3).toFixed(0)
  const load = (values: number[]) => values.map(v => v.toFixed(2)).join(' ')
  return `${m.cpu}, ${m.cores} cores, ${gb} GiB, Node ${m.node}, ${m.platform}; load average ${load(m.loadBefore)} before, ${load(m.loadAfter)} after`
}

/** A plain-text table for stdout: columns padded to their widest cell. */
export function formatTable(result: BenchResult): string {
  const header: Row = { measure: 'Measure', deck: 'Deck', baseline: 'Plain deck', ratio: 'Ratio' }
  const rows = [header, ...figureRows(result)]
  const width = (key: keyof Row) => Math.max(...rows.map(r => r[key].length))
  const line = (r: Row) => [
    r.measure.padEnd(width('measure')),
    r.deck.padStart(width('deck')),
    r.baseline.padStart(width('baseline')),
    r.ratio.padStart(width('ratio')),
  ].join('  ')
  const rule = '-'.repeat(line(header).length)
  const race = raceRows(result)
  const raceWidth = Math.max(0, ...race.map(r => r.exporter.length))
  const watch = watchRows(result)
  const watchWidth = Math.max(0, ...watch.map(r => r.exporter.length))
  const pages = pageRows(result)
  const pageWidth = Math.max(0, ...pages.map(r => r.page.length))
  const explanations = [...exportExplanations(result), ...missedTargetExplanations(result)]
  return [
    `${result.slides} slides, median of ${result.runs} run(s) after a warm-up, ${result.date}`,
    formatMachine(result),
    ...(race.length ? [rule, 'PDF export, side by side:', ...race.map(r => `${r.exporter.padEnd(raceWidth)}  ${r.median.padStart(8)}  (${r.range})  ${r.versusMarp} Marp`)] : []),
    ...(watch.length ? [rule, 'PDF export while watching, from a saved edit to the PDF written, both watching at once:', ...watch.map(r => `${r.exporter.padEnd(watchWidth)}  ${r.median.padStart(8)}  (${r.range})  ${r.versusMarp} Marp`), watchRunsLine(result)!] : []),
    ...(pages.length ? [rule, `Lighthouse ${result.pageMeasures!.lighthouse}, desktop, no throttling (performance, accessibility, total blocking time, bytes, largest paint):`, ...pages.map(r => `${r.page.padEnd(pageWidth)}  ${r.performance.padStart(3)}  ${r.accessibility.padStart(3)}  ${r.blocking.padStart(7)}  ${r.bytes.padStart(9)}  ${r.largestPaint.padStart(7)}`)] : []),
    ...(rows.length > 1 ? [rule, line(header), rule, ...rows.slice(1).map(line)] : []),
    rule,
    ...result.targets.map(targetLine),
    ...(explanations.length ? [rule, 'Where the time and bytes went:', ...explanations] : []),
  ].join('\n')
}

/** The README section's body (between the markers). */
export function formatReadmeSection(result: BenchResult): string {
  const rows = figureRows(result)
  const explained = [...exportExplanations(result), ...missedTargetExplanations(result)]
  return [
    `Latest \`npm run bench\`: ${result.date.slice(0, 16).replace('T', ' ')} UTC, ${result.slides} slides, median of ${result.runs} runs after a warm-up, each run interleaved with a plain Slidev deck of the same slide count (text only, no theme, no web fonts) generated by the benchmark.`,
    '',
    `Machine: ${formatMachine(result)}.`,
    '',
    ...(raceRows(result).length
      ? [
          'PDF export of the deck, side by side, each exporter run in turn as a whole command:',
          '',
          '| Exporter | Median | Min – max | / Marp |',
          '| --- | ---: | ---: | ---: |',
          ...raceRows(result).map(r => `| ${r.exporter} | ${r.median} | ${r.range} | ${r.versusMarp} |`),
          '',
        ]
      : []),
    ...(watchRows(result).length
      ? [
          '`npm run export -- --watch` against Marp CLI\'s `--watch`, both watching at once, from a saved heading edit to the PDF written:',
          '',
          '| Watcher | Median | Min – max | / Marp |',
          '| --- | ---: | ---: | ---: |',
          ...watchRows(result).map(r => `| ${r.exporter} | ${r.median} | ${r.range} | ${r.versusMarp} |`),
          '',
          `${watchRunsLine(result)}.`,
          '',
        ]
      : []),
    ...(pageRows(result).length
      ? [
          `Lighthouse ${result.pageMeasures!.lighthouse} (desktop, no throttling), each page served by the same static server, compressed as \`npm run present\` serves it; medians:`,
          '',
          '| Page | Performance | Accessibility | Total blocking time | Transferred | Largest paint |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          ...pageRows(result).map(r => `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.blocking} | ${r.bytes} | ${r.largestPaint} |`),
          '',
        ]
      : []),
    ...(rows.length > 0
      ? [
          '| Measure | Deck | Plain deck | Ratio |',
          '| --- | ---: | ---: | ---: |',
          ...rows.map(r => `| ${r.measure} | ${r.deck} | ${r.baseline} | ${r.ratio} |`),
          '',
        ]
      : []),
    'Targets:',
    '',
    ...result.targets.map(t => `- ${targetLine(t)}`),
    ...(explained.length ? ['', 'Where the time and bytes went, for the targets missed:', '', ...explained.map(line => line.startsWith('  ') ? `  - ${line.trim()}` : `- ${line}`)] : []),
    ...(result.notes.length > 0 ? ['', ...result.notes.map(n => `- ${n}`)] : []),
    '',
    'Full figures, every run\'s samples included: `bench/latest.json`.',
  ].join('\n')
}

/** Replaces only what lies between the README's bench markers; everything else is returned byte for byte. */
export function replaceReadmeSection(readme: string, body: string): string {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < 0)
    throw new Error(`the page has no ${README_START} ... ${README_END} section`)
  if (end < start)
    throw new Error(`the page's ${README_END} comes before ${README_START}`)
  if (readme.includes(README_START, start + 1) || readme.includes(README_END, end + 1))
    throw new Error('README has more than one bench section')
  const head = readme.slice(0, start + README_START.length)
  const tail = readme.slice(end)
  return `${head}\n${body.trim()}\n${tail}`
}

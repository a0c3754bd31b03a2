/**
 * `npm run present` starts here, in plain Node. Its links should be printed
 * within 2 s of the command; tsx, which runs the other tools, spends 1-2.5 s of
 * that on a loaded laptop before the first line of TypeScript runs. So
 * tools/commands/present.ts and the modules it imports are compiled once into one
 * module (with esbuild, which tsx itself uses) under
 * node_modules/.cache/sovereign-ai-deck/present/, and compiled again only
 * when one of those files changed: their sizes and modification times are
 * recorded beside it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const outDir = join(root, 'node_modules', '.cache', 'sovereign-ai-deck', 'present')
const compiled = join(outDir, 'present.mjs')
const record = join(outDir, 'inputs.json')

/** @param {string[]} files project-relative */
function fingerprints(files) {
  return files.map((file) => {
    const stat = statSync(join(root, file))
    return `${file} ${stat.size} ${stat.mtimeMs}`
  })
}

function upToDate() {
  try {
    const { files, prints } = JSON.parse(readFileSync(record, 'utf8'))
    return existsSync(compiled) && JSON.stringify(fingerprints(files)) === JSON.stringify(prints)
  }
  catch {
    return false // no record yet, or a source file was removed
  }
}

async function compile() {
  const { build } = await import('esbuild')
  mkdirSync(outDir, { recursive: true })
  // Written beside, then renamed: two starts at once never run half a file.
  const temporary = `${compiled}.${process.pid}.tmp`
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['tools/commands/present.ts'],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
  })
  const files = Object.keys(result.metafile.inputs)
  renameSync(temporary, compiled)
  writeFileSync(record, `${JSON.stringify({ files, prints: fingerprints(files) }, null, 2)}\n`)
}

async function main() {
  if (!upToDate())
    await compile()
  await import(pathToFileURL(compiled).href)
}

main().catch((error) => {
  console.error(`npm run present: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

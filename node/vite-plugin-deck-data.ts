/**
 * Serves data/*.yaml to the deck as the virtual module `virtual:deck-data`,
 * validated. Invalid data fails the build and shows in the dev server's error
 * overlay and terminal with the file, record and field; an edit to a data file
 * re-validates and updates every view that imports it, without a restart.
 */
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite'
import { resolve } from 'node:path'
import process from 'node:process'
import { DataError } from '../lib/data/load.ts'
import { dataFilePaths, loadDeckData } from './load-data.ts'

const VIRTUAL_ID = 'virtual:deck-data'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

export function deckData(dataDir = resolve(process.cwd(), 'data')): Plugin {
  const files = dataFilePaths(dataDir)
  let server: ViteDevServer | undefined
  /** The data's current problem, if any, as Vite's overlay shows it. */
  let problem: ErrorPayload['err'] | undefined
  const showProblem = () => problem && server?.ws.send({ type: 'error', err: problem })
  return {
    name: 'deck-data',
    configureServer(devServer) {
      server = devServer
      // A browser that connects while the data is broken (e.g. the first page load after
      // starting with a broken file) gets the overlay too, not a slide that never loads.
      devServer.ws.on('connection', showProblem)
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID)
        return
      for (const file of files)
        this.addWatchFile(file)
      try {
        const data = loadDeckData(dataDir)
        problem = undefined
        return `export default ${JSON.stringify(data)}`
      }
      catch (error) {
        if (error instanceof DataError) {
          // One line per problem, each naming file, record and field; the overlay links the first problem's file.
          const first = error.problems[0]?.file
          const id = first ? resolve(dataDir, first) : files[0]
          problem = { message: error.message, stack: '', id, plugin: 'deck-data' }
          showProblem()
          this.error({ message: error.message, id, plugin: 'deck-data' })
        }
        throw error
      }
    },
    handleHotUpdate(ctx) {
      if (!files.includes(ctx.file))
        return
      // Forget the old problem: the next load re-validates and reports what is still wrong.
      problem = undefined
      const module = ctx.server.moduleGraph.getModuleById(RESOLVED_ID)
      if (!module)
        return
      ctx.server.moduleGraph.invalidateModule(module)
      return [module]
    },
  }
}

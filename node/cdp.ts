/**
 * A small Chrome DevTools Protocol client over Chromium's debugging pipe: all
 * the export needs (open a page, evaluate, print, screenshot), without loading
 * a browser automation library, whose start-up alone took a fifth of an
 * export's time.
 *
 * Chromium started with `--remote-debugging-pipe` reads commands from its file
 * descriptor 3 and writes replies and events to descriptor 4, each message a
 * JSON text ended by a NUL byte.
 */
import type { ChildProcess } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { QUIET_CHROMIUM_ARGS } from './browser'
import { chromiumScratch } from './chromium'
import { onExit } from './on-exit'

interface Message {
  id?: number
  method?: string
  params?: Record<string, unknown>
  result?: Record<string, unknown>
  error?: { message: string, data?: string }
  sessionId?: string
}

type Listener = (params: Record<string, unknown>) => void

export class CdpBrowser {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void, reject: (error: Error) => void, method: string }>()
  private readonly listeners = new Map<string, Set<Listener>>()
  private buffered = Buffer.alloc(0)
  private closed: Error | undefined

  private constructor(private readonly child: ChildProcess, private readonly end: () => void) {
    const input = child.stdio[3] as Writable
    const output = child.stdio[4] as Readable
    input.on('error', () => {}) // reported through the pipe's end below
    output.on('data', (chunk: Buffer) => this.receive(chunk))
    child.on('exit', (code, signal) => this.fail(new Error(`Chromium exited (${code ?? signal}) before the export finished`)))
  }

  /**
   * Starts a headless Chromium with its debugging pipe, in a scratch folder of
   * its own (node/chromium.ts); it is ended and the folder removed by close(),
   * or when this process exits or is stopped with Ctrl-C.
   */
  static async launch(executablePath: string): Promise<CdpBrowser> {
    const scratch = chromiumScratch()
    const child = spawn(executablePath, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${scratch.profile}`, '--hide-scrollbars', '--mute-audio', ...QUIET_CHROMIUM_ARGS, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      env: scratch.env,
      // Its own process group, so that close() ends its renderers with it.
      detached: process.platform !== 'win32',
    })
    const end = onExit(() => {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL')
        }
        catch {} // already gone
      }
      scratch.remove()
    })
    const browser = new CdpBrowser(child, end)
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve)
      child.once('error', error => reject(new Error(`Chromium did not start (${executablePath}): ${error.message}`)))
    })
    await browser.send('Browser.getVersion')
    return browser
  }

  private receive(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk])
    for (let end = this.buffered.indexOf(0); end >= 0; end = this.buffered.indexOf(0)) {
      const message = JSON.parse(this.buffered.subarray(0, end).toString('utf8')) as Message
      this.buffered = this.buffered.subarray(end + 1)
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id)
        this.pending.delete(message.id)
        if (message.error)
          waiting?.reject(new Error(`${waiting.method}: ${message.error.message}${message.error.data ? ` (${message.error.data})` : ''}`))
        else
          waiting?.resolve(message.result ?? {})
      }
      else if (message.method) {
        for (const listener of this.listeners.get(`${message.sessionId ?? ''}:${message.method}`) ?? [])
          listener(message.params ?? {})
      }
    }
  }

  private fail(error: Error): void {
    this.closed ??= error
    for (const waiting of this.pending.values())
      waiting.reject(error)
    this.pending.clear()
  }

  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closed)
      return Promise.reject(this.closed)
    const id = this.nextId++
    const promise = new Promise<Record<string, unknown>>((resolve, reject) => this.pending.set(id, { resolve, reject, method }))
    ;(this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`)
    return promise as Promise<T>
  }

  /** Calls `listener` on each `method` event of the page `sessionId`; returns a function that stops it. */
  on(sessionId: string, method: string, listener: Listener): () => void {
    const key = `${sessionId}:${method}`
    const set = this.listeners.get(key) ?? new Set()
    set.add(listener)
    this.listeners.set(key, set)
    return () => set.delete(listener)
  }

  /** Opens a new page; resolves with its session. */
  async newPage(): Promise<CdpPage> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
    return new CdpPage(this, sessionId, targetId)
  }

  /** Ends Chromium at once (nothing it holds is worth a graceful shutdown: its profile is thrown away). */
  async close(): Promise<void> {
    this.fail(new Error('the browser was closed'))
    if (this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined) {
      const exited = new Promise(resolve => this.child.once('exit', resolve))
      try {
        process.kill(process.platform === 'win32' ? this.child.pid : -this.child.pid, 'SIGKILL')
      }
      catch {} // already gone
      await exited
    }
    this.end()
  }
}

export class CdpPage {
  constructor(readonly browser: CdpBrowser, readonly sessionId: string, readonly targetId = '') {}

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.browser.send<T>(method, params, this.sessionId)
  }

  on(method: string, listener: Listener): () => void {
    return this.browser.on(this.sessionId, method, listener)
  }

  /** Closes this page (its browser keeps running). */
  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {}) // the browser may be gone already
  }

  /** Goes to `url` and resolves once its load event has fired. */
  async goto(url: string, timeoutMs: number): Promise<void> {
    let stop = () => {}
    const loaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${url} did not load within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs)
      stop = this.on('Page.loadEventFired', () => {
        clearTimeout(timer)
        resolve()
      })
    })
    try {
      const { errorText } = await this.send<{ errorText?: string }>('Page.navigate', { url })
      if (errorText)
        throw new Error(`${url}: ${errorText}`)
      await loaded
    }
    finally {
      stop()
    }
  }

  /** Evaluates an expression in the page and returns its value (which must be JSON). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value?: T }, exceptionDetails?: { exception?: { description?: string }, text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })
    if (exceptionDetails)
      throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
    return result.value as T
  }
}

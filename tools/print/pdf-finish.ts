/**
 * Finishes the PDF Chromium printed: checks it has exactly the pages the
 * print view showed, writes the outline (sections, then slide titles) and the
 * document's metadata. Chromium's structure tags, text and links are kept.
 */
import type { PDFDict, PDFRef } from 'pdf-lib'
import type { OutlineEntry } from './outline'
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  /** BCP 47, e.g. `ko` or `en`. */
  language: string
  keywords?: string[]
}

export interface FinishOptions {
  /** The pages the print view showed; the PDF must have exactly these. */
  pageCount: number
  outline: OutlineEntry[]
  metadata: PdfMetadata
}

/** Adds `entries` under `parent` as a linked list of outline items; returns the first and last item and how many there are in all. */
function addOutlineItems(doc: PDFDocument, parent: PDFRef, entries: OutlineEntry[]): { first: PDFRef, last: PDFRef, count: number } | undefined {
  if (entries.length === 0)
    return undefined
  const context = doc.context
  const pages = doc.getPages()
  const refs = entries.map(() => context.nextRef())
  let count = 0
  entries.forEach((entry, i) => {
    const page = pages[entry.page]
    if (!page)
      throw new Error(`outline entry "${entry.title}" points at page ${entry.page + 1}, past the last page (${pages.length})`)
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
      Dest: [page.ref, PDFName.of('Fit')],
    }) as PDFDict
    if (i > 0)
      item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < entries.length - 1)
      item.set(PDFName.of('Next'), refs[i + 1]!)
    const children = addOutlineItems(doc, refs[i]!, entry.children)
    if (children) {
      item.set(PDFName.of('First'), children.first)
      item.set(PDFName.of('Last'), children.last)
      // Negative: the section starts closed, so the panel shows the talk's sections first.
      item.set(PDFName.of('Count'), PDFNumber.of(-children.count))
    }
    context.assign(refs[i]!, item)
    count += 1 + (children?.count ?? 0)
  })
  return { first: refs[0]!, last: refs.at(-1)!, count }
}

export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const pages = doc.getPageCount()
  if (pages !== options.pageCount)
    throw new Error(`Chromium printed ${pages} pages for the ${options.pageCount} pages of the print view: a slide's content runs past its page.`)

  const root = doc.context.nextRef()
  const items = addOutlineItems(doc, root, options.outline)
  doc.catalog.delete(PDFName.of('Outlines'))
  if (items) {
    doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: items.first, Last: items.last, Count: items.count }))
    doc.catalog.set(PDFName.of('Outlines'), root)
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  }

  const { title, author, subject, language, keywords } = options.metadata
  doc.setTitle(title, { showInWindowTitleBar: true })
  doc.setAuthor(author)
  doc.setSubject(subject)
  doc.setLanguage(language)
  if (keywords?.length)
    doc.setKeywords(keywords)
  doc.setCreator('sovereign-ai-deck: Slidev print view, printed by Chromium')
  return doc.save()
}

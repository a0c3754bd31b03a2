import type { OutlineEntry } from '../../../tools/print/outline'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishPdf } from '../../../tools/print/pdf-finish'

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++)
    doc.addPage([980, 552])
  return doc.save()
}

const metadata = { title: '소버린 AI', author: 'mobizen의 글을 바탕으로', subject: '발표', language: 'ko' }
const outline: OutlineEntry[] = [
  { title: '표지', page: 0, children: [] },
  { title: '기승전 FM', page: 1, children: [{ title: '동의', page: 2, children: [] }] },
]

/** The outline's items as [title, page index, children] read back from the PDF's objects. */
function readOutline(doc: PDFDocument): unknown[] {
  const pageRefs = doc.getPages().map(page => page.ref)
  const items = (first: PDFDict | undefined): unknown[] => {
    const out: unknown[] = []
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const dest = item.lookup(PDFName.of('Dest'), PDFArray)
      out.push([item.lookup(PDFName.of('Title'), PDFHexString).decodeText(), pageRefs.indexOf(dest.get(0) as never), items(item.lookupMaybe(PDFName.of('First'), PDFDict))])
    }
    return out
  }
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
  return [root.lookup(PDFName.of('Count'), PDFNumber).asNumber(), items(root.lookupMaybe(PDFName.of('First'), PDFDict))]
}

describe('finishing the printed PDF', () => {
  it('writes the outline, sections holding their slides', async () => {
    const doc = await PDFDocument.load(await finishPdf(await blankPdf(3), { pageCount: 3, outline, metadata }))
    expect(readOutline(doc)).toEqual([3, [['표지', 0, []], ['기승전 FM', 1, [['동의', 2, []]]]]])
    expect(doc.catalog.lookup(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'))
  })

  it('writes the title, author, subject and language', async () => {
    const doc = await PDFDocument.load(await finishPdf(await blankPdf(3), { pageCount: 3, outline, metadata }), { updateMetadata: false })
    expect([doc.getTitle(), doc.getAuthor(), doc.getSubject()]).toEqual([metadata.title, metadata.author, metadata.subject])
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('ko')
  })

  it('refuses a PDF with more or fewer pages than the print view had', async () => {
    await expect(finishPdf(await blankPdf(4), { pageCount: 3, outline, metadata })).rejects.toThrow('Chromium printed 4 pages for the 3 pages of the print view')
  })

  it('refuses an outline entry past the last page', async () => {
    const past = [{ title: '끝', page: 5, children: [] }]
    await expect(finishPdf(await blankPdf(3), { pageCount: 3, outline: past, metadata })).rejects.toThrow('outline entry "끝" points at page 6, past the last page (3)')
  })
})

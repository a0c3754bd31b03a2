import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { readPngText, withPngText } from '../../../tools/contact-sheet/png-text'
import { foreignFiles, isOurs, SHEET_MARK, sheetFileName, writeSheet } from '../../../tools/contact-sheet/sheet'
import { greyPng } from './grey-png'

/** A 1x1 PNG, as Chromium's screenshot would hand one over (no text chunk). */
const pixel = () => greyPng(1, 1, 200)

describe('contact sheet files', () => {
  it('are named by edition and mode', () => {
    expect(sheetFileName('ko', false)).toBe('contact-sheet.ko.png')
    expect(sheetFileName('en', true)).toBe('contact-sheet.en.dark.png')
  })

  it('are written, folder and all, with the mark of what wrote them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contact-sheet-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const path = writeSheet(join(dir, 'sheets'), 'ko', false, pixel())
    expect(path).toBe(join(dir, 'sheets', 'contact-sheet.ko.png'))
    expect(readPngText(readFileSync(path))).toEqual({ [SHEET_MARK.keyword]: SHEET_MARK.text })
    expect(isOurs(path)).toBe(true)
  })

  it('replace a sheet this command wrote, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'contact-sheet-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    const ours = join(dir, 'contact-sheet.ko.png')
    const theirs = join(dir, 'contact-sheet.en.png')
    writeFileSync(ours, withPngText(pixel(), SHEET_MARK.keyword, SHEET_MARK.text))
    writeFileSync(theirs, pixel())
    expect(isOurs(ours)).toBe(true)
    expect(isOurs(theirs)).toBe(false)
    expect(isOurs(join(dir, 'contact-sheet.ko.dark.png'))).toBe(true)
    writeFileSync(join(dir, 'notes.png'), 'not a PNG at all')
    expect(isOurs(join(dir, 'notes.png'))).toBe(false)

    const replaced = writeSheet(dir, 'ko', false, pixel())
    expect(readPngText(readFileSync(replaced))).toEqual({ [SHEET_MARK.keyword]: SHEET_MARK.text })
    const before = readFileSync(theirs)
    expect(() => writeSheet(dir, 'en', false, pixel())).toThrow(`Not overwriting ${theirs}: not a contact sheet this command wrote. Move it, or choose another folder with --out.`)
    expect(readFileSync(theirs).equals(before)).toBe(true)
    expect(foreignFiles([ours, theirs, join(dir, 'notes.png')])).toBe(`Not overwriting ${theirs}, ${join(dir, 'notes.png')}: not a contact sheet this command wrote. Move it, or choose another folder with --out.`)
    expect(existsSync(join(dir, 'contact-sheet.en.dark.png'))).toBe(false)
  })
})

/** Quotes user text for an error message on one line, shortened so a pasted blob stays readable. */
export function quote(raw: string): string {
  const flat = raw.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat)
}

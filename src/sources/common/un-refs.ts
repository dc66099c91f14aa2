/**
 * UN Security Council reference numbers ("QDi.136": regime, i for individual or e for entity, a
 * serial) as they appear inside remarks, where they name a related listed party. The UN and UK
 * lists both cite them, so they are how a loader links one entry to another in the same file.
 */

/** A current-style UN reference. Older styles ("QI.A.146.14") are not cited in remarks. */
const REF = /\b[A-Z]{2}[ie]\.\d{3}\b/g;

export interface RefMention {
  ref: string;
  /** The sentence that cites the reference: it says how the two are related. */
  sentence: string;
}

/** Split a remark into sentences; a reference's own dot ("QDi.136") is not followed by a space. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+(?=[A-Z"'‘“(])/);
}

/** The UN references a remark cites, each with its sentence, in order and without repeats. */
export function mentionedRefs(text: string | null): RefMention[] {
  if (!text) return [];
  const found = new Map<string, string>();
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(REF)) {
      if (!found.has(m[0])) found.set(m[0], sentence.trim());
    }
  }
  return [...found].map(([ref, sentence]) => ({ ref, sentence }));
}

/**
 * The entry's own UN reference as the UK lists write it in their remarks: "UN Ref QDe.004",
 * "UN REF:QE.A.146.14", "UN Ref.KPe 070.", "UN Reference No. ...". Null when absent.
 */
export function ownUnRef(text: string | null): string | null {
  if (!text) return null;
  const m = /\bUN\s*Ref(?:erence)?(?:\s*No\b)?[\s.:]*([A-Za-z0-9.]+(?: \d+)?)/i.exec(text);
  if (!m) return null;
  const ref = m[1]!.replace(/\.+$/, '');
  return /\d/.test(ref) ? ref : null;
}

/**
 * E-mail messages (RFC 5322, `.eml`) through mailparser: the headers as properties (`from`, `to`,
 * `cc`, `bcc`, `reply-to`, `date` as ISO 8601, `subject`, `message-id`, `in-reply-to`,
 * `references`), the body as the one page (the plain-text part; an HTML-only body turned to text),
 * each attachment as a child under its own name, and each forwarded message (`message/rfc822`
 * part) as a child `.eml` kept whole, byte for byte, which the pipeline reads as a message again.
 */
import { type AddressObject, type EmailAddress, simpleParser } from 'mailparser';
import type { ChildFile, ReadOutcome } from '../../core/documents/index.js';
import { htmlToText } from '../html/index.js';
import { failed, ReadProblem, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { checkDepth } from '../zip/index.js';
import { forwardedMessages } from './forwarded.js';
import { ChildNames, decodeWords } from './names.js';

function addresses(list: EmailAddress[]): string[] {
  return list.flatMap((a) => {
    if (a.group) return addresses(a.group);
    if (!a.address) return a.name ? [a.name] : [];
    return [a.name ? `${a.name} <${a.address}>` : a.address];
  });
}

function addressValues(header: AddressObject | AddressObject[] | undefined): string[] {
  if (!header) return [];
  return (Array.isArray(header) ? header : [header]).flatMap((h) => addresses(h.value));
}

export async function readEml(input: ReadInput): Promise<ReadOutcome> {
  if (input.bytes.length === 0) {
    return failed({ stage: 'text', reason: 'empty', message: 'the file is empty' });
  }
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const mail = await simpleParser(bytes, { skipTextToHtml: true, skipImageLinks: true });
  const properties: Record<string, string[]> = {};
  const set = (name: string, values: (string | undefined)[]) => {
    const kept = values.filter((v): v is string => !!v && v.trim() !== '');
    if (kept.length > 0) properties[name] = kept;
  };
  set('from', addressValues(mail.from));
  set('to', addressValues(mail.to));
  set('cc', addressValues(mail.cc));
  set('bcc', addressValues(mail.bcc));
  set('reply-to', addressValues(mail.replyTo));
  const date =
    mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : undefined;
  set('date', [date ?? headerText(mail.headers.get('date'))]);
  set('subject', [mail.subject]);
  set('message-id', [mail.messageId]);
  set('in-reply-to', [mail.inReplyTo]);
  set(
    'references',
    typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []),
  );
  if (Object.keys(properties).length === 0) {
    throw new ReadProblem(
      'text',
      'corrupt',
      'no e-mail header was found (From, To, Subject, Date)',
    );
  }

  const names = new ChildNames();
  const children: ChildFile[] = [];
  for (const attachment of mail.attachments) {
    // Forwarded messages are taken from the MIME tree below, whole, inline ones included.
    if (attachment.contentType.toLowerCase() === 'message/rfc822') continue;
    children.push({
      path: names.next(attachment.filename, attachment.contentType),
      bytes: attachment.content,
    });
  }
  for (const message of forwardedMessages(bytes)) {
    const fileName = message.fileName ? decodeWords(message.fileName) : null;
    children.push({
      path: names.next(fileName, 'message/rfc822', 'forwarded'),
      bytes: message.bytes,
    });
  }
  if (children.length > input.limits.maxEntries) {
    const problem = `carries ${children.length} attachments; the limit is ${input.limits.maxEntries}`;
    return failed(
      { stage: 'unpack', reason: 'archive-limits', message: `${problem} (maxEntries)` },
      [],
      properties,
    );
  }
  if (children.length > 0) {
    try {
      checkDepth(input, 'an e-mail with attachments');
    } catch (error) {
      if (error instanceof ReadProblem) return failed(error.failure, [], properties);
      throw error;
    }
  }

  const text = (mail.text?.trim() ? mail.text : mail.html ? htmlToText(mail.html).text : '').trim();
  const pages = text
    ? [
        {
          page: 1,
          text,
          method: 'text' as const,
          language: null,
          confidence: null,
          width: null,
          height: null,
        },
      ]
    : [];
  return { status: 'processed', properties, pages, children };
}

function headerText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export const emlReader: DocumentReader = {
  name: 'eml',
  accepts(mediaType, fileName) {
    return mediaType === 'message/rfc822' || /\.eml$/i.test(fileName);
  },
  read(input) {
    return readSafely('text', () => readEml(input));
  },
};

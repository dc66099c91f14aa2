/**
 * E-mail (issue 11): EML messages (headers as properties, body as the page, attachments and
 * forwarded messages as children) and MBOX mailboxes split into their messages.
 */
export { emlReader } from './eml.js';
export { forwardedMessages } from './forwarded.js';
export { mboxReader, splitMbox } from './mbox.js';

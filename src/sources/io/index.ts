/**
 * Reading list files: size and encoding checks, the first bytes for sniffing, CSV rows and XML
 * records streamed, and the error that names the file and record at fault.
 */
export { type CsvOptions, type CsvRow, readCsv } from './csv.js';
export { MissingFileError, SourceError, UnknownFormatError, unreadable } from './errors.js';
export { checkFile, type Encoding, readHead, readText } from './files.js';
export {
  child,
  children,
  childText,
  descendants,
  guardedParser,
  localName,
  readXmlRecords,
  type XmlNode,
} from './xml.js';
export { type XmlRoot, xmlRoot } from './xml-head.js';

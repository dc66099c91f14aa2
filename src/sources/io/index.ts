export { type CsvOptions, type CsvRow, readCsv } from './csv.js';
export { SourceError } from './errors.js';
export { checkFile, type Encoding, readHead, readText } from './files.js';
export { type XmlRoot, xmlRoot } from './xml-head.js';
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

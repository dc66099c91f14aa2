/**
 * The labels documents put before identifiers, in Russian, Chinese and English, as they appear
 * in contracts, invoices and bank details blocks. Each is a global, Unicode, case-insensitive
 * regex; the letters around a label must not be letters (JS `\b` knows no Cyrillic).
 */

const W = (body: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, 'giu');

/** ИНН, INN, TIN, the full Russian name; 税号 in Chinese papers about Russian parties. */
export const INN_LABEL = W(
  'ИНН ?/ ?КПП|INN ?/ ?KPP|ИНН|INN|TIN|идентификационный номер налогоплательщика|taxpayer identification number|税号|纳税人识别号',
);
/** КПП (tax registration reason code), with its transliteration. */
export const KPP_LABEL = W('КПП|KPP');
/** ОГРН, ОГРНИП and their transliterations. */
export const OGRN_LABEL = W('ОГРН|OGRN|основной государственный регистрационный номер');
export const OGRNIP_LABEL = W('ОГРНИП|OGRNIP|ОГРН ?ИП');
/** Unified social credit code in Chinese and English. */
export const USCC_LABEL = W(
  '统一社会信用代码|社会信用代码|信用代码|USCC|unified social credit code|credit code|纳税人识别号|税号',
);
export const IMO_LABEL = W('IMO|ИМО|IMO ?No|国际海事组织编号|IMO编号');
export const MMSI_LABEL = W('MMSI|ММСИ|海上移动业务识别码');
export const LEI_LABEL = W('LEI|legal entity identifier|код LEI|法人识别编码');
export const IBAN_LABEL = W('IBAN|ИБАН|国际银行账号|国际银行帐号');
export const BIC_LABEL = W('SWIFT|BIC|SWIFT ?code|SWIFT-код|СВИФТ|SWIFT代码|银行识别码');
/** Words that make a bank code plausible without its own label. */
export const BANK_CONTEXT = W(
  'bank|банк|банка|банке|beneficiary|бенефициар|银行|开户行|correspondent|корреспондент',
);
/** A bank's name or code right after one of these ("Beneficiary bank: BKCHCNBJ"). */
export const BANK_LABEL = W('bank|банк|банка|银行|开户行|开户银行');
/** Telephone labels: a number after one of these is a phone, not a taxpayer number. */
export const PHONE_LABEL = W(
  'тел|телефон|моб|мобильный|факс|tel|phone|telephone|mobile|mob|cell|fax|whatsapp|电话|手机|传真|联系电话|座机',
);
/** Number words that make a bare number a document number, never an identifier. */
export const DOC_NUMBER = /(?:№|#|No\.?|Nr\.?)\s*$/iu;

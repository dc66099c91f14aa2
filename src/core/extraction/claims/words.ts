/**
 * The words the claim rules look for, kept as data: the roles a contract gives its parties, the
 * verbs of paying, supplying and guaranteeing, and the column headers of payment tables, in
 * Russian, Chinese and English. Written for this project from common contract, invoice and bank
 * statement wording (Russian supply contracts under ГК РФ ст. 506, Chinese 购销合同 templates,
 * English sale-of-goods contracts).
 */

export type Role = 'supplier' | 'buyer' | 'payer' | 'payee' | 'guarantor' | 'obligor' | 'creditor';

/**
 * Role words with their case endings (a contract says «Поставщик» once and "Покупателю",
 * "Поставщика" after). Russian and English ones must be capitalised to count as a defined role
 * (a lower-case "поставщик" is any supplier); Chinese ones always count.
 */
export const ROLE_WORDS: readonly { pattern: string; role: Role }[] = [
  { pattern: 'Поставщик(?:а|у|ом|е)?', role: 'supplier' },
  { pattern: 'Продав(?:ец|ца|цу|цом|це)', role: 'supplier' },
  { pattern: 'Грузоотправител(?:ь|я|ю|ем|е)', role: 'supplier' },
  { pattern: 'Экспортер(?:а|у|ом|е)?|Экспортёр(?:а|у|ом|е)?', role: 'supplier' },
  { pattern: 'Покупател(?:ь|я|ю|ем|е)', role: 'buyer' },
  { pattern: 'Заказчик(?:а|у|ом|е)?', role: 'buyer' },
  { pattern: 'Грузополучател(?:ь|я|ю|ем|е)', role: 'buyer' },
  { pattern: 'Импортер(?:а|у|ом|е)?|Импортёр(?:а|у|ом|е)?', role: 'buyer' },
  { pattern: 'Плательщик(?:а|у|ом|е)?', role: 'payer' },
  { pattern: 'Получател(?:ь|я|ю|ем|е)(?:\\s+платежа)?', role: 'payee' },
  { pattern: 'Поручител(?:ь|я|ю|ем|е)', role: 'guarantor' },
  { pattern: 'Гарант(?:а|у|ом|е)?', role: 'guarantor' },
  { pattern: 'Должник(?:а|у|ом|е)?|Принципал(?:а|у|ом|е)?', role: 'obligor' },
  { pattern: 'Кредитор(?:а|у|ом|е)?|Бенефициар(?:а|у|ом|е)?', role: 'creditor' },
  { pattern: 'Supplier|Seller|Vendor|Shipper|Exporter', role: 'supplier' },
  { pattern: 'Buyer|Purchaser|Customer|Consignee|Importer', role: 'buyer' },
  { pattern: 'Payer|Remitter|Ordering\\s+Customer', role: 'payer' },
  { pattern: 'Payee|Beneficiary', role: 'payee' },
  { pattern: 'Guarantor|Surety', role: 'guarantor' },
  { pattern: 'Debtor|Principal|Obligor', role: 'obligor' },
  { pattern: 'Creditor|Lender', role: 'creditor' },
  { pattern: '供方|卖方|供货方|出卖人|发货人|出口商|出口方', role: 'supplier' },
  { pattern: '需方|买方|购货方|买受人|收货人|进口商|进口方', role: 'buyer' },
  { pattern: '付款人|付款方|汇款人', role: 'payer' },
  { pattern: '收款人|收款方', role: 'payee' },
  { pattern: '保证人|担保人|担保方', role: 'guarantor' },
  { pattern: '债务人|被担保人', role: 'obligor' },
  { pattern: '债权人', role: 'creditor' },
];

/**
 * A role defined in a preamble: "именуемое в дальнейшем «Поставщик»", 'hereinafter referred to
 * as the "Buyer"', '(the "Seller")', "（以下简称“供方”）". The role word follows.
 */
export const DEFINES_ROLE = [
  'именуем\\p{L}*,?\\s+(?:в\\s+дальнейшем\\s+|далее\\s+)?',
  'далее\\s*(?:[-–—]\\s*|по\\s+тексту\\s+)?',
  'hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+(?:the\\s+)?',
  'hereafter(?:\\s+(?:referred\\s+to\\s+as|called))?\\s+(?:the\\s+)?',
  '\\(\\s*(?:the\\s+)?(?=["“«])',
  '以下简称|以下稱|下称',
];

/** Past-tense paying: the fact, not the obligation ("shall pay", "оплачивает" are left out). */
export const PAY_VERBS = [
  '(?:оплатил|перечислил|уплатил|выплатил|перевел|перевёл|произв[её]л\\p{L}*\\s+оплату|внес)(?:а|о|и)?',
  'paid|has\\s+paid|transferred|remitted|wired|made\\s+(?:a\\s+)?payment',
  '已(?:支付|付款|汇款|汇出|转账|付)|支付了|付了|汇出了?|(?<![应须将需])(?:支付|付款|汇款)',
];

/** A duty rather than a fact, before the verb: "应于...支付", "shall pay". */
export const DUTY = /应|應|须|須|将于|將於|(?<!\p{L})(?:shall|must|will)(?!\p{L})/iu;

/** Receiving: the party before the verb is the payee. */
export const RECEIVE_VERBS = ['получил(?:а|о|и)?|received|已收到|收到了?'];

export const SUPPLY_VERBS = [
  '(?:поставил|отгрузил|поставлял|отправил)(?:а|о|и)?|поставля\\p{L}+|постав(?:ит|ить|ят|ку|ки|ка)',
  'supplied|shipped|delivered|supplies|delivers|shall\\s+(?:supply|deliver)',
  '(?:已|向\\S{0,30})?(?:供应|供货|交付|发货|发运|出口)',
];

export const GUARANTEE_VERBS = [
  'гарантиру\\p{L}+|поручил\\p{L}*|поручается|выступа\\p{L}+\\s+поручителем|обязу\\p{L}+\\s+отвечать',
  'guarantee[sd]?|has\\s+guaranteed|stands?\\s+surety',
  '(?:提供)?(?:担保|保证)',
];

/**
 * Word edges for verbs and titles: Latin and Cyrillic words must not run on into letters, but
 * Chinese has no spaces ("需方已于...向供方支付人民币"), so Han characters around do not count.
 */
export const NOT_AFTER_LETTER = '(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])';
export const NOT_BEFORE_LETTER = '(?![\\p{Script=Latin}\\p{Script=Cyrillic}])';

/** Words right before a party that make it the payee (or the receiver) whatever its place. */
export const TO_MARK = /(?:(?<!\p{L})(?:to|в\s+пользу|на\s+сч[её]т|в\s+адрес)|向|给|付给|予)\s*$/iu;
/** Words right before a party that make it the payer (or the sender). */
export const FROM_MARK = /(?:(?<!\p{L})(?:from|by|от)|从|由)\s*$/iu;
/** Words right before a party that keep it out of a guarantee (the creditor it is owed to). */
export const BEFORE_WHOM = /(?:(?<!\p{L})(?:перед|to|in\s+favou?r\s+of)|向)\s*$/iu;

/** Column headers of payment tables, by what the column holds. */
export const PAYMENT_HEADERS: Record<'payer' | 'payee' | 'date' | 'amount', readonly string[]> = {
  payer: [
    'payer',
    'from',
    'sender',
    'remitter',
    'ordering customer',
    'debtor',
    'плательщик',
    'отправитель',
    '付款人',
    '付款方',
    '汇款人',
  ],
  payee: [
    'payee',
    'to',
    'beneficiary',
    'recipient',
    'receiver',
    'получатель',
    'бенефициар',
    '收款人',
    '收款方',
  ],
  date: ['date', 'value date', 'payment date', 'дата', 'дата платежа', '日期', '付款日期'],
  amount: ['amount', 'sum', 'сумма', '金额'],
};

/** A contract's title and number: "ДОГОВОР ПОСТАВКИ № ТСК-14/2024", "Contract No. 12/24", "合同编号：". */
export const CONTRACT_TITLE =
  /(договор|контракт|соглашение|contract|agreement|合同|协议)[^\n№#]{0,60}?(?:№|No\.?|Nr\.?|#|编号[:：]?)\s*([\p{L}\p{N}][\p{L}\p{N}/._-]*[\p{L}\p{N}])/iu;

/** A contract's price: "Общая цена договора", "Total contract value", "合同总金额". */
export const CONTRACT_PRICE =
  /(?:цена|сумма|стоимость)\s+(?:договора|контракта)|(?:contract|total)\s+(?:price|value|amount)|合同总(?:金额|价款?|价)/iu;

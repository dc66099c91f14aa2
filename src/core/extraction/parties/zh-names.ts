/**
 * Where a Chinese organisation name starts. Chinese puts no space before a name, so the name is
 * the run of characters before its legal form, cut after the last word that opens a name in
 * contracts: party labels (甲方, 卖方), prepositions (由, 与, 向) and verbs (签订, 支付).
 */

/** Words after which a name begins, longest first within the list. */
const OPENERS = [
  '甲方',
  '乙方',
  '丙方',
  '卖方',
  '买方',
  '賣方',
  '買方',
  '供方',
  '需方',
  '出卖人',
  '买受人',
  '委托方',
  '受托方',
  '收款人',
  '付款人',
  '收货人',
  '发货人',
  '收款单位',
  '付款单位',
  '名称',
  '户名',
  '汇入',
  '汇至',
  '转入',
  '转至',
  '付至',
  '存入',
  '开户行',
  '开户银行',
  '收款行',
  '签订',
  '签署',
  '支付',
  '付给',
  '汇给',
  '委托',
  '根据',
  '通过',
  '以及',
  '代表',
  // One-character words that are rare inside names (为, 和, 于, 同 are common there: 华为).
  '由',
  '与',
  '與',
  '向',
  '给',
  '對',
  '对',
  '将',
  '將',
  '是',
  '跟',
  '被',
  '从',
  '從',
  '致',
  '的',
  '并',
  '並',
  '或',
];
/** Characters that can be part of a name: Han, Latin letters and digits, brackets, quotes. */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9（）()“”「」·]/u;
/** Words that stand for a company already named: 本公司, 贵公司, 该公司... */
const PRONOUNS = new Set([
  '本',
  '贵',
  '貴',
  '该',
  '該',
  '我',
  '你',
  '其',
  '各',
  '子',
  '母',
  '此',
  '我方',
  '贵方',
  '对方',
  '本方',
  '上述',
  '总',
  '分',
]);
const MAX_NAME = 30;

/**
 * The start of the name before a form at `formStart`, never before `floor` (the end of the
 * previous organisation), or null when what is there is no name: too short, or a pronoun.
 */
export function chineseNameStart(
  text: string,
  formStart: number,
  floor: number,
  minLength: number,
): number | null {
  let start = formStart;
  while (start > floor && formStart - start < MAX_NAME && NAME_CHAR.test(text[start - 1]!)) start--;
  const run = text.slice(start, formStart);
  let cut = 0;
  for (const word of OPENERS) {
    // A one-character opener at the run's start could be the first character of the name.
    const at = run.lastIndexOf(word);
    if (at < 0) continue;
    const after = at + word.length;
    if (word.length === 1 && run.length - after < 2) continue;
    if (after > cut) cut = after;
  }
  const name = run.slice(cut).replace(/^[（(]+/, '');
  const nameStart = formStart - name.length;
  if (name.length < minLength || PRONOUNS.has(name)) return null;
  return nameStart;
}

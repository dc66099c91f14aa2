/**
 * Generated pages for the documents benchmarks: about 1,000 characters a page of Russian, English
 * or Chinese contract words (a seeded generator, so every run reads the same text), with the
 * names the queries look for. Shared by docs-search.ts and docs-find.ts.
 */
const RU =
  'договор поставка товар оплата акт приёмки директор общество ответственностью ООО «Купол» Ямщиков Пётр Сергеевич Москва Ижевск сумма рублей счёт банк'.split(
    ' ',
  );
const EN =
  'contract supply goods payment invoice director company limited Kupol Almaz-Antey Moscow Shenzhen amount bank account shipment delivery'.split(
    ' ',
  );
const ZH =
  '合同 供货 货物 付款 发票 总经理 有限公司 深圳市 莫斯科 金额 人民币 银行 账户 运输 交货 甲方 乙方'.split(
    ' ',
  );

/** A page maker with its own seed: 0 Russian, 1 English, 2 Chinese. */
export function pageMaker(initialSeed = 42): (language: number) => string {
  let seed = initialSeed;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return (language) => {
    let text = '';
    while (text.length < 1000) {
      if (language === 0) text += `${pick(RU)} `;
      else if (language === 1) text += `${pick(EN)} `;
      else text += pick(ZH) + (random() < 0.1 ? '。' : '');
    }
    return text;
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

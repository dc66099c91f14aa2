/**
 * The letters a generic word gives a Russian organisation's acronym, in Latin (BGN/PCGN of the
 * Cyrillic letters), by the canonical token of the word (see generic-data-*.ts). Russian
 * acronyms take the first letter of each word, and of each root of a compound word:
 * Ижевский ЭлектроМеханический Завод → ИЭМЗ (IEMZ), Конструкторское Бюро → КБ (KB),
 * Научно-Исследовательский Институт → НИИ (NII), Опытно-Конструкторское Бюро → ОКБ (OKB).
 * An English name translates the words ("Izhevsk Electromechanical Plant") but the acronym the
 * company goes by stays Russian, so the letters come from the Russian word the concept stands
 * for. Written for this project from the Russian words themselves; not copied from a table.
 */
export const RUSSIAN_ACRONYM_LETTERS: Readonly<Record<string, string>> = {
  // kinds of organisation
  plant: 'z', // завод
  concern: 'k', // концерн
  design_bureau: 'kb', // конструкторское бюро
  bureau: 'b', // бюро
  research_institute: 'nii', // научно-исследовательский институт
  institute: 'i', // институт
  enterprise: 'p', // предприятие
  association: 'o', // объединение
  corporation: 'k', // корпорация
  company: 'k', // компания
  group: 'g', // группа
  holding: 'kh', // холдинг
  trading_house: 'td', // торговый дом
  center: 'ts', // центр
  laboratory: 'l', // лаборатория
  firm: 'f', // фирма
  // what they make or do
  electromechanical: 'em', // электромеханический
  mechanical: 'm', // механический
  machine_building: 'm', // машиностроительный
  instruments: 'p', // приборостроительный
  shipbuilding: 's', // судостроительный
  aviation: 'a', // авиационный
  aerospace: 'ak', // аэрокосмический
  aerospace_defense: 'vko', // воздушно-космической обороны
  defense: 'o', // оборонный
  helicopter: 'v', // вертолётный
  engine: 'd', // двигатель
  chemical: 'kh', // химический
  metallurgical: 'm', // металлургический
  radio: 'r', // радио-
  electronics: 'e', // электронный
  scientific: 'n', // научный
  research: 'i', // исследовательский
  scientific_production: 'np', // научно-производственный
  scientific_production_association: 'npo', // научно-производственное объединение
  production: 'p', // производственный
  industrial: 'p', // промышленный
  construction: 's', // строительный
  trading: 't', // торговый
  commercial: 'k', // коммерческий
  state: 'g', // государственный
  federal: 'f', // федеральный
  national: 'n', // национальный
  international: 'm', // международный
  joint: 's', // совместный
  military: 'v', // военный, военно-промышленный
  central: 'ts', // центральный
  maritime: 'm', // морской
  engineering: 't', // техника, as the lists translate морская техника (marine engineering)
};

/**
 * The canonical tokens that name what kind of organisation a party is. In a Russian legal name
 * the distinctive name follows them («Купол» in Ижевский электромеханический завод «Купол»),
 * and the English lists keep that order without the quotes.
 */
export const ORGANISATION_KINDS: ReadonlySet<string> = new Set([
  'plant',
  'concern',
  'design_bureau',
  'bureau',
  'research_institute',
  'institute',
  'enterprise',
  'association',
  'corporation',
  'company',
  'group',
  'holding',
  'trading_house',
  'center',
  'laboratory',
  'firm',
  'scientific_production',
  'scientific_production_association',
]);

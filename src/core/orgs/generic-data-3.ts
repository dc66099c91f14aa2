/**
 * Generic words of organisation names, part 3: the words of the programmes' own parties that
 * parts 1 and 2 lacked. Same format as part 1.
 *
 * Sources: the English renderings are those the lists themselves give for these words (OFAC's
 * SDN list: "XINJIANG PUBLIC SECURITY BUREAU" for 新疆公安厅, "JOINT STOCK COMPANY AEROSPACE
 * DEFENSE CONCERN ALMAZ-ANTEY" for АО «Концерн ВКО «Алмаз-Антей», "XINJIANG PRODUCTION AND
 * CONSTRUCTION CORPS" for 新疆生产建设兵团); the Chinese words and their glosses are those of
 * CC-CEDICT (发动机 engine, 公安 public security, 兵团 corps, 直升机 helicopter, 军事 military,
 * 中央 central); the Russian abbreviations are those of the companies' own registered names
 * (ВКО, воздушно-космической обороны; ВПК, военно-промышленная корпорация; ЦКБ, центральное
 * конструкторское бюро).
 */
export const GENERIC_PROGRAMME = `
engine | engine | engines | engine building | dvigatel | dvigatelya | dvigateley | двигатель | двигателя | двигателей | двигун | 发动机 | 發動機 | 引擎 | 엔진
aerospace_defense | aerospace defense | aerospace defence | air and space defense | air and space defence | air-space defense | air-space defence | vko | вко | {vozdushno-kosmicheskoy,vozdushno-kosmicheskoi,vozdushno-kosmicheskoj} {oborony} | воздушно-космической обороны
public_security | public security | 公安 | 公安部
public_security_bureau | public security bureau | public security department | 公安局 | 公安厅 | 公安廳 | 公安處 | 公安处
corps | corps | 兵团 | 兵團 | korpus | корпус
scientific_production_association | npo | нпо
military | military | voenno | военно | voenn~ | военн~ | військов{ий,а,е,ого} | 军事 | 軍事 | 군사
central | central | tsentraln~ | tsentral'n~ | центральн~ | центральн{ий,а,е,ого} | 中央
helicopter | helicopter | helicopters | vertoletn~ | vertolyotn~ | вертолетн~ | вертолётн~ | 直升机 | 直升機
`;

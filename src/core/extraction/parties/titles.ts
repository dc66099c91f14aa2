/**
 * Titles that introduce a person in contracts, powers of attorney, invoices and letters, with
 * the role they give. Russian titles are matched in any case form ("в лице Генерального
 * директора"), so each is a pattern of stems; the role is the nominative. Written for this
 * project from common contract wording.
 */

export interface Title {
  /** Regular-expression source, matched case-insensitively at a word boundary. */
  pattern: string;
  /** The role, as the nominative title (empty: a courtesy title with no role, such as Mr). */
  role: string;
}

const RU_ADJ = '[а-яё]*';
const RU_NOUN = '[а-яё]*';

export const RU_TITLES: readonly Title[] = [
  {
    pattern: `заместител${RU_NOUN}\\s+генеральн${RU_ADJ}\\s+директор${RU_NOUN}`,
    role: 'заместитель генерального директора',
  },
  { pattern: `генеральн${RU_ADJ}\\s+директор${RU_NOUN}`, role: 'генеральный директор' },
  { pattern: `исполнительн${RU_ADJ}\\s+директор${RU_NOUN}`, role: 'исполнительный директор' },
  { pattern: `коммерческ${RU_ADJ}\\s+директор${RU_NOUN}`, role: 'коммерческий директор' },
  { pattern: `финансов${RU_ADJ}\\s+директор${RU_NOUN}`, role: 'финансовый директор' },
  { pattern: `технич${RU_ADJ}\\s+директор${RU_NOUN}`, role: 'технический директор' },
  { pattern: `директор${RU_NOUN}`, role: 'директор' },
  { pattern: `главн${RU_ADJ}\\s+бухгалтер${RU_NOUN}`, role: 'главный бухгалтер' },
  { pattern: `бухгалтер${RU_NOUN}`, role: 'бухгалтер' },
  {
    pattern: `председател${RU_NOUN}\\s+совета\\s+директоров`,
    role: 'председатель совета директоров',
  },
  { pattern: `председател${RU_NOUN}\\s+правления`, role: 'председатель правления' },
  { pattern: `президент${RU_NOUN}`, role: 'президент' },
  { pattern: `управляющ${RU_ADJ}`, role: 'управляющий' },
  { pattern: `руководител${RU_NOUN}`, role: 'руководитель' },
  { pattern: `представител${RU_NOUN}`, role: 'представитель' },
  {
    pattern: `индивидуальн${RU_ADJ}\\s+предпринимател${RU_NOUN}|ИП`,
    role: 'индивидуальный предприниматель',
  },
  { pattern: 'г-н|г-жа|господин[а-я]*|госпож[а-я]*', role: '' },
];

export const ZH_TITLES: readonly Title[] = [
  { pattern: '法定代表人|法人代表', role: '法定代表人' },
  { pattern: '副总经理|副總經理', role: '副总经理' },
  { pattern: '总经理|總經理', role: '总经理' },
  { pattern: '副董事长|副董事長', role: '副董事长' },
  { pattern: '董事长|董事長', role: '董事长' },
  { pattern: '总裁|總裁', role: '总裁' },
  { pattern: '财务总监|財務總監', role: '财务总监' },
  { pattern: '授权代表|授權代表', role: '授权代表' },
  { pattern: '委托代理人|委託代理人', role: '委托代理人' },
  { pattern: '经理|經理', role: '经理' },
  { pattern: '联系人|聯繫人', role: '联系人' },
  { pattern: '负责人|負責人', role: '负责人' },
];

export const EN_TITLES: readonly Title[] = [
  { pattern: 'General\\s+Director', role: 'general director' },
  { pattern: 'Managing\\s+Director', role: 'managing director' },
  { pattern: 'Deputy\\s+Director', role: 'deputy director' },
  { pattern: 'Executive\\s+Director', role: 'executive director' },
  { pattern: 'Chief\\s+Executive\\s+Officer|CEO', role: 'chief executive officer' },
  { pattern: 'Chief\\s+Financial\\s+Officer|CFO', role: 'chief financial officer' },
  { pattern: 'Vice\\s+President', role: 'vice president' },
  { pattern: 'President', role: 'president' },
  { pattern: 'Chairman|Chairwoman|Chairperson', role: 'chairman' },
  { pattern: 'Legal\\s+Representative', role: 'legal representative' },
  { pattern: 'Authori[sz]ed\\s+Signatory', role: 'authorised signatory' },
  { pattern: 'Sales\\s+Manager', role: 'sales manager' },
  { pattern: 'General\\s+Manager', role: 'general manager' },
  { pattern: 'Director', role: 'director' },
  { pattern: 'Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?', role: '' },
];

/**
 * Common Chinese surnames (the single-character ones covering most of the population, and the
 * compound ones still in use), so that a title followed by characters reads as a name only when
 * they start with a surname.
 */
export const ZH_SURNAMES = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺',
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '端木',
]);

/**
 * Russian legal forms: Cyrillic, the transliterations the lists use (BGN/PCGN with its y/i/j
 * variants, with and without apostrophes for ь), and the English renderings of the lists.
 * Written for this project from the Civil Code's form names; not copied from another table.
 */
import { formTable } from './entries.js';

const OBSHCHESTVO = '{obshchestvo,obshestvo,obschestvo,obshhestvo,obshchestva}';
const AKTSIONERNOE =
  '{aktsionernoe,aktsionernoye,aktsionernoje,aktsionernoie,akcionernoe,aktcionernoe}';
const PREDPRIYATIE = '{predpriyatie,predpriyatiye,predpriiatie,predprijatie,predpriatie}';
const UCHREZHDENIE = '{uchrezhdenie,uchrezhdeniye,uchrezhdeniie}';
const GOSUDARSTVENNOE = '{gosudarstvennoe,gosudarstvennoye,gosudarstvennoje}';
const FEDERALNOE = `{federalnoe,federalnoye,federal'noe} ${GOSUDARSTVENNOE}`;
const UNITARNOE = '{unitarnoe,unitarnoye,unitarnoje}';
const OTVETSTVENNOSTYU =
  '{otvetstvennostyu,otvetstvennostiu,otvetstvennostju,otvetstvennostu,otvetsvennostyu,otvetstvenostyu}';

export const RU_FORMS = formTable(
  'ru',
  `
# Companies
llc | ООО | общество с ограниченной ответственностью | OOO | O.O.O. | ${OBSHCHESTVO} s {ogranichennoi,ogranichennoy,ogranichennoj,ogranichenoi,ogranichenoy} ${OTVETSTVENNOSTYU} | LLC | limited liability company
llc | ОДО | общество с дополнительной ответственностью | ODO | ${OBSHCHESTVO} s {dopolnitelnoi,dopolnitelnoy,dopolnitelnoj} ${OTVETSTVENNOSTYU} | additional liability company
jsc | АО | акционерное общество | AO | ${AKTSIONERNOE} ${OBSHCHESTVO} | JSC | joint stock company | joint-stock company
jsc | ОАО | открытое акционерное общество | OAO | {otkrytoe,otkrytoye,otkrytoje,otkritoe} ${AKTSIONERNOE} ${OBSHCHESTVO} | OJSC | open joint stock company | open joint-stock company
jsc | ЗАО | закрытое акционерное общество | ZAO | {zakrytoe,zakrytoye,zakrytoje,zakritoe} ${AKTSIONERNOE} ${OBSHCHESTVO} | CJSC | closed joint stock company | closed joint-stock company
jsc | ПАО | публичное акционерное общество | PAO | {publichnoe,publichnoye,publichnoje} ${AKTSIONERNOE} ${OBSHCHESTVO} | PJSC | public joint stock company | public joint-stock company
jsc | НАО | непубличное акционерное общество | NAO | {nepublichnoe,nepublichnoye} ${AKTSIONERNOE} ${OBSHCHESTVO} | non-public joint stock company
jsc | АООТ | акционерное общество открытого типа | AOOT | ${AKTSIONERNOE} ${OBSHCHESTVO} {otkrytogo,otkrytovo} tipa | joint stock company of the open type
jsc | АОЗТ | акционерное общество закрытого типа | AOZT | ${AKTSIONERNOE} ${OBSHCHESTVO} {zakrytogo,zakrytovo} tipa | joint stock company of the closed type
jsc | АК | акционерная компания | AK | {aktsionernaya,aktsionernaia,aktsionernaja} {kompaniya,kompaniia,kompanija} | joint stock company
jsc | АКБ | акционерный коммерческий банк | AKB | {aktsionerny,aktsionernyy,aktsionernyi,aktsionernyj} {kommercheskiy,kommercheskii,kommercheskij} bank | joint stock commercial bank
# State and municipal enterprises and institutions
soe | ФГУП | федеральное государственное унитарное предприятие | FGUP | ${FEDERALNOE} ${UNITARNOE} ${PREDPRIYATIE} | FSUE | federal state unitary enterprise | federal SUE | federal state unitary company
soe | ГУП | государственное унитарное предприятие | GUP | ${GOSUDARSTVENNOE} ${UNITARNOE} ${PREDPRIYATIE} | SUE | state unitary enterprise
soe | МУП | муниципальное унитарное предприятие | MUP | {munitsipalnoe,munitsipalnoye,municipalnoe,munitsipal'noe} ${UNITARNOE} ${PREDPRIYATIE} | MUE | municipal unitary enterprise
soe | УП | унитарное предприятие | ${UNITARNOE} ${PREDPRIYATIE} | unitary enterprise
soe | ОГУП | областное государственное унитарное предприятие | OGUP | {oblastnoe,oblastnoye} ${GOSUDARSTVENNOE} ${UNITARNOE} ${PREDPRIYATIE} | regional state unitary enterprise
soe | РУП | республиканское унитарное предприятие | RUP | {respublikanskoe,respublikanskoye} ${UNITARNOE} ${PREDPRIYATIE} | republican unitary enterprise
soe | ФКП | федеральное казённое предприятие | FKP | {federalnoe,federalnoye} {kazennoe,kazennoye,kazyonnoe} ${PREDPRIYATIE} | federal treasury enterprise | federal state-owned enterprise
soe | КП | казённое предприятие | {kazennoe,kazennoye,kazyonnoe} ${PREDPRIYATIE} | treasury enterprise
soe | ГП | государственное предприятие | ${GOSUDARSTVENNOE} ${PREDPRIYATIE}
soe | ФГУ | федеральное государственное учреждение | FGU | ${FEDERALNOE} ${UCHREZHDENIE} | federal state institution
soe | ФГБУ | федеральное государственное бюджетное учреждение | FGBU | ${FEDERALNOE} {byudzhetnoe,byudzhetnoye,biudzhetnoe} ${UCHREZHDENIE} | federal state budgetary institution | federal state budget institution | federal state financed institution
soe | ФГКУ | федеральное государственное казённое учреждение | FGKU | ${FEDERALNOE} {kazennoe,kazennoye} ${UCHREZHDENIE} | federal state treasury institution | federal state public institution
soe | ФГАУ | федеральное государственное автономное учреждение | FGAU | ${FEDERALNOE} {avtonomnoe,avtonomnoye} ${UCHREZHDENIE} | federal state autonomous institution
soe | ФГБОУ | федеральное государственное бюджетное образовательное учреждение | FGBOU | ${FEDERALNOE} {byudzhetnoe,byudzhetnoye} {obrazovatelnoe,obrazovatelnoye} ${UCHREZHDENIE} | federal state budgetary educational institution
soe | ФГАОУ | федеральное государственное автономное образовательное учреждение | FGAOU | ${FEDERALNOE} {avtonomnoe,avtonomnoye} {obrazovatelnoe,obrazovatelnoye} ${UCHREZHDENIE} | federal state autonomous educational institution
soe | ФГБНУ | федеральное государственное бюджетное научное учреждение | FGBNU | ${FEDERALNOE} {byudzhetnoe,byudzhetnoye} {nauchnoe,nauchnoye} ${UCHREZHDENIE} | federal state budgetary scientific institution
soe | ФГБУН | федеральное государственное бюджетное учреждение науки | FGBUN | federal state budgetary institution of science | federal state financed institution of science | federal state budgetary scientific institution
soe | ФГАНУ | федеральное государственное автономное научное учреждение | FGANU | federal state autonomous scientific institution | federal state autonomous scientific establishment
soe | ФБУ | федеральное бюджетное учреждение | FBU | {federalnoe,federalnoye} {byudzhetnoe,byudzhetnoye} ${UCHREZHDENIE} | federal budgetary institution
soe | ФКУ | федеральное казённое учреждение | FKU | {federalnoe,federalnoye} {kazennoe,kazennoye} ${UCHREZHDENIE} | federal treasury institution | federal government institution | federal state government institution
soe | ГБУ | государственное бюджетное учреждение | GBU | ${GOSUDARSTVENNOE} {byudzhetnoe,byudzhetnoye} ${UCHREZHDENIE} | state budgetary institution
soe | ГКУ | государственное казённое учреждение | GKU | ${GOSUDARSTVENNOE} {kazennoe,kazennoye} ${UCHREZHDENIE} | state treasury institution
soe | ГАУ | государственное автономное учреждение | GAU | ${GOSUDARSTVENNOE} {avtonomnoe,avtonomnoye} ${UCHREZHDENIE} | state autonomous institution
soe | ГУ | государственное учреждение | ${GOSUDARSTVENNOE} ${UCHREZHDENIE} | state institution
soe | МБУ | муниципальное бюджетное учреждение | MBU | municipal budgetary institution
soe | МКУ | муниципальное казённое учреждение | MKU | municipal treasury institution
soe | МАУ | муниципальное автономное учреждение | MAU | municipal autonomous institution
soe | госкорпорация | государственная корпорация | {gosudarstvennaya,gosudarstvennaia,gosudarstvennaja} {korporatsiya,korporatsiia,korporacija} | goskorporatsiya | goskorporatsiia | state corporation
# Associations of enterprises, scientific-production forms
group | НПО | научно-производственное объединение | NPO | {nauchno,nauchnoe}-{proizvodstvennoe,proizvodstvennoye,proizvodstvennoje} {obyedinenie,obedinenie,obyedineniye,obiedinenie,obyedinenye} | scientific production association | scientific and production association | science and production association | research and production association
group | ПО | производственное объединение | {proizvodstvennoe,proizvodstvennoye} {obyedinenie,obedinenie,obyedineniye} | production association
group | ГК | группа компаний | {gruppa,gruppy} {kompaniy,kompanii,kompanij} | group of companies
group | ФПГ | финансово-промышленная группа | FPG | {finansovo-promyshlennaya,finansovo-promyshlennaia} gruppa | financial-industrial group
group | холдинг | kholding | holding company
corporation | НПП | научно-производственное предприятие | NPP | {nauchno,nauchnoe}-{proizvodstvennoe,proizvodstvennoye} ${PREDPRIYATIE} | scientific production enterprise | scientific and production enterprise | research and production enterprise
corporation | НПК | научно-производственная корпорация | научно-производственная компания | NPK | {nauchno}-{proizvodstvennaya,proizvodstvennaia} {korporatsiya,korporatsiia,kompaniya,kompaniia} | scientific production corporation | research and production corporation | scientific production company | scientific and production company
corporation | научно-производственная фирма | {nauchno}-{proizvodstvennaya,proizvodstvennaia} firma | scientific production firm
# Partnerships, cooperatives, individuals
llc | ТОО | товарищество с ограниченной ответственностью | TOO | {tovarishchestvo,tovarishestvo,tovarischestvo} s {ogranichennoi,ogranichennoy,ogranichennoj} ${OTVETSTVENNOSTYU}
partnership | ПТ | полное товарищество | {polnoe,polnoye} {tovarishchestvo,tovarishestvo} | general partnership
partnership | КТ | коммандитное товарищество | товарищество на вере | {kommanditnoe,kommanditnoye} {tovarishchestvo,tovarishestvo} | {tovarishchestvo,tovarishestvo} na vere
partnership | хозяйственное партнёрство | {khozyaystvennoe,khoziaistvennoe} partnerstvo | business partnership
cooperative | ПК | производственный кооператив | {proizvodstvenny,proizvodstvennyy,proizvodstvennyi} kooperativ | production cooperative
cooperative | СПК | сельскохозяйственный производственный кооператив | agricultural production cooperative
cooperative | кооператив | kooperativ | потребительский кооператив | потребительское общество
sole-trader | ИП | индивидуальный предприниматель | IP | {individualny,individualnyy,individualnyi,individualnij,individual'nyy,individual'nyj} {predprinimatel,predprinimatel'} | individual entrepreneur
sole-trader | ИЧП | индивидуальное частное предприятие | IChP | {individualnoe,individualnoye} {chastnoe,chastnoye} ${PREDPRIYATIE} | individual private enterprise
sole-trader | КФХ | крестьянское фермерское хозяйство | крестьянское хозяйство | KFKh | peasant farm enterprise
llc | ЧП | частное предприятие | ChP | {chastnoe,chastnoye} ${PREDPRIYATIE} | private enterprise
llc | ЧУП | частное унитарное предприятие | ChUP | {chastnoe,chastnoye} ${UNITARNOE} ${PREDPRIYATIE} | private unitary enterprise
llc | ЧТУП | частное торговое унитарное предприятие | ChTUP | private trading unitary enterprise
llc | СООО | совместное общество с ограниченной ответственностью | SOOO | joint limited liability company
llc | МКООО | международная компания общество с ограниченной ответственностью | ILLC | international limited liability company
llc | ИООО | иностранное общество с ограниченной ответственностью | IOOO | foreign limited liability company
jv | СП | совместное предприятие | {sovmestnoe,sovmestnoye} ${PREDPRIYATIE} | joint venture
# Non-profits
ngo | АНО | автономная некоммерческая организация | ANO | {avtonomnaya,avtonomnaia} {nekommercheskaya,nekommercheskaia} {organizatsiya,organizatsiia,organizacija} | autonomous non-profit organization | autonomous non-commercial organization
ngo | НКО | некоммерческая организация | NKO | {nekommercheskaya,nekommercheskaia} {organizatsiya,organizatsiia} | non-commercial organization | non-profit organization
ngo | НП | некоммерческое партнёрство | {nekommercheskoe,nekommercheskoye} partnerstvo | non-profit partnership
ngo | фонд | fond | благотворительный фонд | {blagotvoritelny,blagotvoritelnyy,blagotvoritelnyi} fond | charitable foundation
ngo | ОО | общественная организация | {obshchestvennaya,obshchestvennaia} {organizatsiya,organizatsiia} | public organization
ngo | РОО | региональная общественная организация | regional public organization
ngo | ОД | общественное движение | {obshchestvennoe,obshchestvennoye} {dvizhenie,dvizheniye} | public movement
# Branches
branch | филиал | filial | branch
branch | представительство | {predstavitelstvo,predstavitel'stvo} | representative office
`,
);

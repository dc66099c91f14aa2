/**
 * Legal forms of Turkey, the Arab states, Iran and Israel: native script (with and without the
 * dots of Arabic abbreviations) and the Latin forms used in the Gulf free zones.
 */
import { formTable } from './entries.js';

export const TR_FORMS = formTable(
  'tr',
  `
jsc | A.Ş. | anonim şirketi | anonim şirket | AŞ | A.S.$ | AS$ | anonim sirketi
llc | Ltd. Şti. | limited şirketi | limited şirket | ltd şti | ltd. sti. | ltd sti | ltd şirketi | limited sirketi
partnership | Koll. Şti. | kollektif şirketi | kolektif şirketi | Kom. Şti. | komandit şirketi | adi komandit şirketi
jsc | sermayesi paylara bölünmüş komandit şirket | sermayesi paylara bölünmüş komandit şirketi
cooperative | kooperatifi | kooperatif
sole-trader | şahıs şirketi | şahıs işletmesi | şahıs firması
branch | şubesi | şube | türkiye şubesi | irtibat bürosu
soe | KİT | kamu iktisadi teşebbüsü | kamu iktisadi kuruluşu | iktisadi devlet teşekkülü
ngo | vakfı | vakıf | derneği | dernek
`,
);

export const AR_FORMS = formTable(
  'ar',
  `
llc | ذ.م.م | شركة ذات مسؤولية محدودة | ذات مسؤولية محدودة | ش.ذ.م.م | ش.م.م | شركة محدودة المسؤولية | محدودة المسؤولية | ذ م م | ش ذ م م
jsc | ش.م.ع | شركة مساهمة عامة | مساهمة عامة | ش.م.ع.ق | ش.م.ع.ع | ش م ع
jsc | ش.م.خ | شركة مساهمة خاصة | مساهمة خاصة | ش.م.ع.م | ش م خ
jsc | ش.م | شركة مساهمة | شركة المساهمة | sharikat musahama | sharikat musahamah
jsc | ش.م.ل | شركة مساهمة لبنانية | ش م ل
jsc | ش.م.ب | شركة مساهمة بحرينية | BSC | B.S.C. | B.S.C. (c) | BSC (c) | BSCC
jsc | ش.م.ك | شركة مساهمة كويتية | KSC | K.S.C. | K.S.C.P. | KSCP | K.S.C.C. | KSCC
jsc | S.A.E. | SAE | شركة مساهمة مصرية | egyptian joint stock company
jsc | Q.P.S.C. | QPSC | Q.S.C. | QSC | Q.S.C.C. | QSCC | qatari shareholding company | qatari public shareholding company
jsc | S.A.O.G. | SAOG | S.A.O.C. | SAOC | omani joint stock company
llc | FZE | F.Z.E. | free zone establishment | FZE LLC
llc | FZCO | F.Z.C.O. | FZC | F.Z.C. | free zone company | free zone co
llc | FZ-LLC | FZ LLC | FZLLC | F.Z. L.L.C. | free zone limited liability company
llc | DMCC | D.M.C.C. | DWC-LLC | DWC LLC
partnership | شركة تضامن | شركة التضامن | شركة توصية بسيطة | شركة توصية بالأسهم | تضامن
sole-trader | مؤسسة فردية | مؤسسة تجارية فردية
corporation | شركة | الشركة | sharikat | sharika | sharikah | shirkat
group | مجموعة | القابضة | شركة قابضة | الشركة القابضة | holding co
branch | فرع | فرع شركة | مكتب تمثيلي
soe | مؤسسة عامة | المؤسسة العامة | هيئة عامة | الهيئة العامة | شركة حكومية
ngo | جمعية | جمعية خيرية | الجمعية الخيرية
`,
);

export const FA_FORMS = formTable(
  'fa',
  `
llc | مسئولیت محدود | با مسئولیت محدود | شرکت با مسئولیت محدود | مسؤولیت محدود | با مسؤولیت محدود | مسوولیت محدود | ba {mas'uliyat,masuliyat,masouliat,masouliyat,mas'ouliyat}-{e,} {mahdud,mahdood,mahdoud} | sherkat-e ba {mas'uliyat,masuliyat,masouliat}-{e,} {mahdud,mahdood}
jsc | سهامی خاص | شرکت سهامی خاص | {sahami,sahamie}-{ye,} {khass,khas,khaas,khass} | sherkat-{e,} {sahami,sahamie}-{ye,} {khass,khas,khaas} | PJS | private joint stock
jsc | سهامی عام | شرکت سهامی عام | {sahami,sahamie}-{ye,} {am,aam,'am} | sherkat-{e,} sahami-{ye,} {am,aam,'am} | public joint stock
jsc | سهامی | شرکت سهامی | sherkat-{e,} sahami
partnership | تضامنی | شرکت تضامنی | sherkat-{e,} {tazamoni,tazamoni} | نسبی | شرکت نسبی | sherkat-{e,} nesbi | شرکت مختلط
cooperative | تعاونی | شرکت تعاونی | {ta'avoni,taavoni,taavooni} | sherkat-{e,} {ta'avoni,taavoni}
corporation | شرکت | sherkat | sherkate | shirkat
group | گروه | گروه صنعتی
ngo | بنیاد | bonyad | bonyad-e | موسسه خیریه
`,
);

export const HE_FORMS = formTable(
  'he',
  `
llc | בע"מ | בעמ | בערבון מוגבל | be'eravon mugbal
corporation | חברה | חברת
ngo | עמותה | עמותת | ע"ר
cooperative | אגודה שיתופית | אגש"ח
`,
);

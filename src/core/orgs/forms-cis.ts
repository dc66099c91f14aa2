/**
 * Legal forms of the other former Soviet states and Mongolia: Ukrainian, Belarusian, Kazakh,
 * Uzbek, Kyrgyz, Tajik, Turkmen, Georgian, Armenian, Azerbaijani and Mongolian, in native
 * script and the transliterations the lists use. Russian-language forms used in these countries
 * (ТОО, РГП, ЧУП) are in forms-ru.ts or here when local.
 */
import { formTable } from './entries.js';

const TOVARYSTVO = '{tovarystvo,tovarystva}';

export const UK_FORMS = formTable(
  'uk',
  `
llc | ТОВ | товариство з обмеженою відповідальністю | TOV | ${TOVARYSTVO} z {obmezhenoiu,obmezhenoyu,obmezhenoju} {vidpovidalnistiu,vidpovidalnistyu,vidpovidalnistju,vidpovidal'nistyu}
llc | ТДВ | товариство з додатковою відповідальністю | TDV | ${TOVARYSTVO} z {dodatkovoiu,dodatkovoyu} {vidpovidalnistiu,vidpovidalnistyu}
jsc | АТ | акціонерне товариство | aktsionerne ${TOVARYSTVO}
jsc | ПАТ | публічне акціонерне товариство | PAT | publichne aktsionerne ${TOVARYSTVO}
jsc | ПрАТ | приватне акціонерне товариство | PrAT | {pryvatne,privatne} aktsionerne ${TOVARYSTVO}
jsc | ВАТ | відкрите акціонерне товариство | VAT | {vidkryte,vidkrite} aktsionerne ${TOVARYSTVO}
jsc | ЗАТ | закрите акціонерне товариство | ZAT | {zakryte,zakrite} aktsionerne ${TOVARYSTVO} | закрытае акцыянернае таварыства
jsc | НАК | національна акціонерна компанія | NAK | {natsionalna,natsional'na} {aktsionerna} {kompaniia,kompaniya} | national joint stock company
soe | ДП | державне підприємство | DP | {derzhavne} {pidpryiemstvo,pidpryemstvo,pidpriemstvo,pidpryjemstvo}
soe | КП | комунальне підприємство | KP | {komunalne,komunal'ne} {pidpryiemstvo,pidpryemstvo} | communal enterprise | municipal enterprise
soe | ДК | державна компанія | {derzhavna} {kompaniia,kompaniya}
soe | ДУ | державна установа | {derzhavna} {ustanova}
sole-trader | ФОП | фізична особа-підприємець | FOP | {fizychna,fizichna} osoba-{pidpryiemets,pidpryemets} | СПД | суб'єкт підприємницької діяльності
llc | ПП | приватне підприємство | PP | {pryvatne,privatne} {pidpryiemstvo,pidpryemstvo}
partnership | повне товариство | командитне товариство
branch | філія | {filiia,filiya} | представництво | {predstavnytstvo}
ngo | ГО | громадська організація | {hromadska,gromadska} {orhanizatsiia,organizatsiya} | БФ | благодійний фонд | благодійна організація
`,
);

export const BE_FORMS = formTable(
  'be',
  `
jsc | ААТ | адкрытае акцыянернае таварыства | AAT | {adkrytae,adkrytaye} {aktsyyanernae,aktsyjanernae} {tavarystva}
llc | ТАА | таварыства з абмежаванай адказнасцю | TAA | tavarystva z {abmezhavanai,abmezhavanay,abmezhavanaj} {adkaznastsiu,adkaznastsyu,adkaznasciu}
llc | ТДА | таварыства з дадатковай адказнасцю | TDA
soe | унітарнае прадпрыемства | рэспубліканскае унітарнае прадпрыемства | {unitarnae} {pradpryemstva,pradpryiemstva}
llc | ПУП | прыватнае унітарнае прадпрыемства | PUP | private unitary enterprise
sole-trader | індывідуальны прадпрымальнік
`,
);

export const CENTRAL_ASIA_FORMS = formTable(
  'kk',
  `
llc | ЖШС | жауапкершілігі шектеулі серіктестік | ZhShS | {zhauapkershiligi,jauapkershiligi} {shekteuli} {seriktestik}
jsc | АҚ | акционерлік қоғам | AQ | {aktsionerlik,aksionerlik,akcionerlik} {kogam,qogam,kogamy,qogamy}
jsc | ЖАҚ | жабық акционерлік қоғам
sole-trader | ЖК | жеке кәсіпкер | {zheke,jeke} {kasipker,käsipker}
soe | РМК | республикалық мемлекеттік кәсіпорын | RMK | РГП | республиканское государственное предприятие | RGP | РГКП | республиканское государственное казённое предприятие | RGKP
soe | ГКП | государственное коммунальное предприятие | GKP | КГП | коммунальное государственное предприятие | KGP | МКК | мемлекеттік коммуналдық кәсіпорын
@uz
llc | MChJ | mas'uliyati cheklangan jamiyat | МЧЖ | масъулияти чекланган жамият | mas'uliyati cheklangan jamiyati
jsc | AJ | aksiyadorlik jamiyati | АЖ | акциядорлик жамияти | {aktsiyadorlik,aksiyadorlik} jamiyat
jsc | OAJ | ochiq aksiyadorlik jamiyati | ОАЖ | YoAJ | yopiq aksiyadorlik jamiyati | ЁАЖ
llc | XK | xususiy korxona | xususiy korxonasi
jv | QK | qo'shma korxona | ҚК | қўшма корхона | qo'shma korxonasi
soe | DUK | davlat unitar korxonasi | ДУК | давлат унитар корхонаси
ngo | NNT | nodavlat notijorat tashkiloti | ННТ
@ky
llc | ОсОО | OsOO | ЖЧК | жоопкерчилиги чектелген коом | ZhChK
jsc | акционердик коом
@tg
llc | ҶДММ | ҷамъияти дорои масъулияти маҳдуд | JDMM
jsc | ҶСК | ҷамъияти саҳомии кушода
@tk
llc | HJ$ | hojalyk jemgyýeti | хоҗалык җемгыети
`,
);

export const CAUCASUS_FORMS = formTable(
  'ka',
  `
llc | შპს | შეზღუდული პასუხისმგებლობის საზოგადოება | shps | {shezghuduli} {pasukhismgeblobis,pasuxismgeblobis} {sazogadoeba}
jsc | სს | სააქციო საზოგადოება | {saaktsio,saakcio} sazogadoeba
sole-trader | ი/მ | ინდივიდუალური მეწარმე | {individualuri} {metsarme,mets'arme}
soe | სსიპ | საჯარო სამართლის იურიდიული პირი | LEPL | legal entity of public law | ssip
ngo | ააიპ | არასამეწარმეო არაკომერციული იურიდიული პირი | NNLE | non-entrepreneurial non-commercial legal entity
partnership | სპს | სოლიდარული პასუხისმგებლობის საზოგადოება | კს | კომანდიტური საზოგადოება
@hy
llc | ՍՊԸ | սահմանափակ պատասխանատվությամբ ընկերություն | {sahmanapak} {patasxanatvutyamb,pataskhanatvutyamb} {enkerutyun}
jsc | ԲԲԸ | բաց բաժնետիրական ընկերություն | ՓԲԸ | փակ բաժնետիրական ընկերություն | ԲԸ | բաժնետիրական ընկերություն
sole-trader | ԱՁ | անհատ ձեռնարկատեր
soe | ՊՈԱԿ | պետական ոչ առևտրային կազմակերպություն | state non-commercial organization
@az
llc | MMC | məhdud məsuliyyətli cəmiyyət | məhdud məsuliyyətli cəmiyyəti | mehdud mesuliyyetli cemiyyet
jsc | ASC | açıq səhmdar cəmiyyəti | QSC | qapalı səhmdar cəmiyyəti | səhmdar cəmiyyəti | açıq səhmdar cəmiyyət
`,
);

export const MN_FORMS = formTable(
  'mn',
  `
llc | ХХК | хязгаарлагдмал хариуцлагатай компани | KhKhK | HHK
jsc | ХК | хувьцаат компани
soe | ТӨҮГ | төрийн өмчит үйлдвэрийн газар | төрийн өмчит компани
`,
);

/**
 * Legal forms of Northern, Central and South-Eastern Europe: Nordic, Baltic, Polish, Czech and
 * Slovak, Hungarian, Romanian and Moldovan, Bulgarian, the former Yugoslav states, and Greek.
 */
import { formTable } from './entries.js';

export const NORDIC_FORMS = formTable(
  'sv',
  `
jsc | AB$ | aktiebolag | aktiebolaget | AB (publ) | publ AB | (publ)
partnership | HB$ | handelsbolag | kommanditbolag
cooperative | ekonomisk förening
ngo | stiftelse | stiftelsen
sole-trader | enskild firma | enskild näringsidkare
@no
jsc | AS$ | aksjeselskap | ASA | allmennaksjeselskap
partnership | ANS | ansvarlig selskap | DA$ | selskap med delt ansvar
cooperative | andelslag
sole-trader | ENK | enkeltpersonforetak
branch | NUF | norskregistrert utenlandsk foretak
@da
jsc | A/S$ | aktieselskab | aktieselskabet | A.S.$
llc | ApS | anpartsselskab | anpartsselskabet
partnership | I/S | interessentskab | K/S | kommanditselskab | P/S | partnerselskab
cooperative | A.m.b.a. | amba | andelsselskab med begrænset ansvar
sole-trader | enkeltmandsvirksomhed
@fi
jsc | Oy$ | osakeyhtiö | Oyj | julkinen osakeyhtiö | Ab Oy
partnership | Ky$ | kommandiittiyhtiö | Ay$ | avoin yhtiö
cooperative | osuuskunta
ngo | säätiö
sole-trader | toiminimi | Tmi$
branch | sivuliike
@is
jsc | hf$ | hlutafélag | hf.$
llc | ehf | einkahlutafélag | ehf.
ngo | sjálfseignarstofnun
`,
);

export const BALTIC_FORMS = formTable(
  'lt',
  `
jsc | UAB | uždaroji akcinė bendrovė
jsc | akcinė bendrovė
llc | MB$ | mažoji bendrija
ngo | VšĮ | viešoji įstaiga
@lv
llc | SIA | sabiedrība ar ierobežotu atbildību
jsc | akciju sabiedrība
ngo | nodibinājums | biedrība
@et
llc | OÜ$ | osaühing
jsc | aktsiaselts
ngo | MTÜ | mittetulundusühing | sihtasutus
`,
);

export const PL_FORMS = formTable(
  'pl',
  `
llc | Sp. z o.o. | spółka z ograniczoną odpowiedzialnością | sp. z o. o. | sp.z o.o. | spółka z o.o. | sp z oo
jsc | spółka akcyjna | S.K.A. | spółka komandytowo-akcyjna
partnership | sp.j. | spółka jawna | sp.k. | spółka komandytowa | sp.p. | spółka partnerska | spółka cywilna
cooperative | spółdzielnia | spółdzielnia pracy
ngo | fundacja | stowarzyszenie
soe | przedsiębiorstwo państwowe | państwowe przedsiębiorstwo
`,
);

export const CS_FORMS = formTable(
  'cs',
  `
llc | s.r.o. | společnost s ručením omezeným | spol. s r.o. | spoločnosť s ručením obmedzeným | spol. s r. o.
jsc | a.s.$ | akciová společnost | akciová spoločnosť
partnership | v.o.s. | veřejná obchodní společnost | verejná obchodná spoločnosť | k.s.$ | komanditní společnost | komanditná spoločnosť
cooperative | družstvo
soe | s.p.$ | státní podnik | štátny podnik
ngo | o.p.s. | obecně prospěšná společnost | z.s.$ | zapsaný spolek | nadace | nadácia | nadační fond
`,
);

export const HU_FORMS = formTable(
  'hu',
  `
llc | Kft. | korlátolt felelősségű társaság | kft
jsc | Zrt. | zártkörűen működő részvénytársaság | zrt | Nyrt. | nyilvánosan működő részvénytársaság | nyrt | részvénytársaság
partnership | betéti társaság | Kkt. | közkereseti társaság | kkt
cooperative | szövetkezet
ngo | alapítvány | egyesület
`,
);

export const RO_FORMS = formTable(
  'ro',
  `
sole-trader | PFA | persoană fizică autorizată | întreprindere individuală
soe | RA$ | regie autonomă | întreprinderea de stat | întreprindere de stat | companie națională | compania națională
llc | societate cu răspundere limitată | societatea cu răspundere limitată
jsc | societate pe acțiuni | societatea pe acțiuni
`,
);

export const BG_FORMS = formTable(
  'bg',
  `
llc | ЕООД | еднолично дружество с ограничена отговорност | EOOD
llc | ООД | дружество с ограничена отговорност | OOD
jsc | АД | акционерно дружество | AD$ | A.D.$ | а.д.
jsc | ЕАД | еднолично акционерно дружество | EAD
sole-trader | ЕТ | едноличен търговец
partnership | СД | събирателно дружество | КД | командитно дружество | KD$
`,
);

export const YU_FORMS = formTable(
  'sr',
  `
llc | d.o.o. | društvo s ograničenom odgovornošću | društvo sa ograničenom odgovornošću | друштво са ограниченом одговорношћу | д.о.о. | doo | družba z omejeno odgovornostjo | ДОО | ДООЕЛ | DOOEL | друштво со ограничена одговорност
llc | j.d.o.o. | jednostavno društvo s ograničenom odgovornošću
jsc | akcionarsko društvo | акционарско друштво | dioničko društvo | d.d. | delniška družba | акционерско друштво
partnership | k.d.$ | komanditno društvo | командитно друштво | o.d.$ | ortačko društvo | ортачко друштво | j.t.d. | javno trgovačko društvo
soe | ЈП | javno preduzeće | јавно предузеће | javno poduzeće | javno podjetje | javno komunalno preduzeće | JKP
sole-trader | preduzetnik | preduzetnička radnja | obrt | samostalna radnja
`,
);

export const EL_FORMS = formTable(
  'el',
  `
jsc | Α.Ε. | ανώνυμη εταιρεία | ανώνυμος εταιρεία | A.E.$ | AE$ | anonymi etaireia | anonymos etaireia
llc | Ε.Π.Ε. | εταιρεία περιορισμένης ευθύνης
llc | Ι.Κ.Ε. | ιδιωτική κεφαλαιουχική εταιρεία | IKE | I.K.E.
partnership | Ο.Ε. | ομόρρυθμη εταιρεία | Ε.Ε. | ετερόρρυθμη εταιρεία
corporation | ναυτιλιακή εταιρεία | Ν.Ε. | naftiliaki etaireia | naftiliaki eteria
`,
);

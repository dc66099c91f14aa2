/**
 * Legal forms of East, South and South-East Asia: Chinese (simplified and traditional, with
 * pinyin), Japanese (with romaji), Korean (with romanisation), Hindi, Indonesian and Malay,
 * Vietnamese and Thai. English suffixes used in the region are in forms-en.ts.
 */
import { formTable } from './entries.js';

export const ZH_FORMS = formTable(
  'zh',
  `
llc | 有限公司 | youxian gongsi | you xian gong si | yuxian gongsi
llc | 有限责任公司 | 有限責任公司 | youxian zeren gongsi
jsc | 股份有限公司 | gufen youxian gongsi
jsc | 股份公司 | gufen gongsi | 股份合作公司
group | 集团 | 集團 | jituan | 集团公司 | 集團公司 | jituan gongsi
group | 控股 | konggu | 控股公司 | 控股集团 | konggu gongsi
corporation | 公司 | gongsi | 总公司 | 總公司 | zong gongsi
branch | 分公司 | fen gongsi | 办事处 | 辦事處 | 代表处 | 代表處 | 分行 | 支行
partnership | 合伙企业 | 合夥企業 | 有限合伙 | 有限合夥 | 普通合伙 | 普通合夥 | 特殊普通合伙
soe | 国有企业 | 國有企業 | 国企 | 国有独资公司 | 國有獨資公司 | 国营 | 國營
sole-trader | 个体工商户 | 個體工商戶 | 个人独资企业 | 個人獨資企業
jv | 合资公司 | 合資公司 | 中外合资 | 中外合資 | 合营企业 | 合營企業
cooperative | 合作社 | 专业合作社 | 專業合作社
ngo | 基金会 | 基金會 | 民办非企业单位 | 社会团体
`,
);

export const JA_FORMS = formTable(
  'ja',
  `
jsc | 株式会社 | kabushiki kaisha | kabushiki gaisha | kabushikigaisha | kabushikikaisha | KK$ | K.K. | (株)
llc | 有限会社 | yugen kaisha | yugen gaisha | yuugen gaisha | (有)
llc | 合同会社 | godo kaisha | godo gaisha | goudou gaisha
partnership | 合名会社 | gomei kaisha | gomei gaisha | 合資会社 | goshi kaisha | goshi gaisha
ngo | 一般社団法人 | 公益社団法人 | 一般財団法人 | 公益財団法人 | 財団法人 | 社団法人 | 特定非営利活動法人 | NPO法人
soe | 独立行政法人 | 獨立行政法人 | dokuritsu gyosei hojin | incorporated administrative agency
corporation | 会社 | kaisha | gaisha
branch | 支店 | 支社 | 営業所
`,
);

export const KO_FORMS = formTable(
  'ko',
  `
jsc | 주식회사 | (주) | {jusik,chusik,jusig} {hoesa,hoisa,hwesa} | jusikhoesa
llc | 유한회사 | 유한책임회사 | yuhan hoesa | yuhan chaegim hoesa | (유)
partnership | 합명회사 | hapmyeong hoesa | 합자회사 | hapja hoesa
corporation | 회사 | hoesa | 공사
group | 그룹
ngo | 재단법인 | 사단법인 | (재) | (사)
branch | 지점 | 지사
`,
);

export const HI_FORMS = formTable(
  'hi',
  `
llc | प्राइवेट लिमिटेड | प्रा. लि. | प्रा लि | प्राइवेट लिमिटेड कंपनी
llc | लिमिटेड | लि.
plc | पब्लिक लिमिटेड | पब्लिक लिमिटेड कंपनी
corporation | कंपनी | कम्पनी
partnership | सीमित देयता भागीदारी | साझेदारी फर्म
`,
);

export const SEA_FORMS = formTable(
  'id',
  `
llc | PT | P.T. | perseroan terbatas | pt.
soe | Persero | PT (Persero) | perusahaan perseroan | Perum | perusahaan umum | BUMN | badan usaha milik negara
cooperative | koperasi
ngo | yayasan | perkumpulan
@vi
llc | Công ty TNHH | công ty trách nhiệm hữu hạn | TNHH | trách nhiệm hữu hạn | CTY TNHH | TNHH MTV | trách nhiệm hữu hạn một thành viên
jsc | Công ty cổ phần | CTCP | cổ phần | CTY CP | công ty CP
corporation | công ty | cty | tổng công ty
sole-trader | doanh nghiệp tư nhân | DNTN
soe | doanh nghiệp nhà nước | DNNN | công ty nhà nước
group | tập đoàn
@th
corporation | บริษัท | borisat
llc | จำกัด | chamkat | บจก.
plc | จำกัด (มหาชน) | มหาชน | mahachon | บมจ.
partnership | ห้างหุ้นส่วนจำกัด | หจก. | ห้างหุ้นส่วนสามัญ
`,
);

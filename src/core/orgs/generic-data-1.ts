/**
 * Generic words of organisation names, part 1: kinds of organisation and their qualifiers.
 * Each row: `canonical | spellings...`. Lists translate these words inconsistently (zavod as
 * "plant", "factory" or "works"), so each concept compares as one canonical token.
 */
export const GENERIC_ORGANISATION = `
plant | plant | factory | works | mill | zavod | zavoda | zavody | завод | завода | заводы | заводу | fabrika | фабрика | фабрики | kombinat | комбинат | комбината | fabrik | usine | fábrica | fabbrica | fabryka | fabrikası | fabrikasi | کارخانه | karkhaneh | مصنع | المصنع | 工厂 | 工廠 | 厂 | 廠 | 工場 | 공장
concern | concern | kontsern | kontserna | kontcern | концерн | концерна | konzern | konsern
trading_house | trading house | {torgovy,torgovyi,torgovyy,torgovij,torgovoy} dom | торговый дом | торгового дома | тд | торговий дім | handelshaus | maison de commerce
bank | bank | banka | banki | bankasi | bankası | банк | банка | банку | banco | banque | banca | bankası | بنك | البنك | مصرف | المصرف | بانک | 银行 | 銀行 | 은행 | ngân hàng
company | company | companies | kompaniya | kompaniia | kompanija | kompanii | компания | компании | компанія | compagnie | compañía | companhia | compagnia | şirketi | 会社 | 회사 | công ty
firm | firm | firma | firmy | фирма | фирмы | фірма | firme
group | group | groups | gruppa | gruppy | группа | группы | група | grupo | groupe | gruppe | grup | grubu | مجموعة | المجموعة | گروه | 集团 | 集團 | 그룹 | tập đoàn
holding | holding | holdings | kholding | kholdinga | холдинг | холдинга | 控股 | القابضة | هلدینگ
corporation | corporation | corporations | korporatsiya | korporatsii | korporatsiia | korporacija | корпорация | корпорации | корпорація | corporación | corporação | corporazione | korporasyon
institute | institute | institut | instituta | институт | института | інститут | instituto | istituto | enstitüsü | enstitü | موسسه | مؤسسه | معهد | المعهد | 研究所 | 研究院 | 연구소 | 연구원 | viện
research_institute | nii | нии | ndi | нді | research institute | scientific research institute | {nauchno-issledovatelsk,nauchno-issledovatel'sk,nauchnoissledovatelsk}~ {institut,instituta} | научно-исследовательск~ {институт,института} | науково-дослідн{ий,ого} {інститут,інституту}
research | research | issledovatelsk~ | nauchno-issledovatelsk~ | nauchno-issledovatel'sk~ | исследовательск~ | научно-исследовательск~ | науково-дослідн{ий,а,е,ого,ої} | investigación | recherche | pesquisa | ricerca | forschung | forschungs | araştırma | arastirma | تحقیقات | تحقیقاتی | بحوث | البحوث | 研究 | 연구 | nghiên cứu
scientific | scientific | science | sciences | nauchn~ | научн~ | наука | nauka | науков{ий,а,е,ого,ої} | científico | científica | scientifique | scientifico | wissenschaftlich | bilimsel | علمی | علمية | العلمية | 科学 | 科學 | 과학 | khoa học
scientific_production | scientific production | scientific and production | science and production | research and production | scientific-production | nauchno-proizvodstvenn~ | научно-производственн~ | науково-виробнич{ий,а,е,ого,ої}
production | production | producing | proizvodstvenn~ | производственн~ | proizvodstvo | производство | виробнич{ий,а,е,ого,ої} | виробництво | producción | produção | produzione | produktion | üretim | تولید | تولیدی | إنتاج | 生产 | 生產 | 생산
enterprise | enterprise | enterprises | {predpriyatie,predpriyatiye,predpriiatie,predprijatie,predpriyatiya} | предприятие | предприятия | підприємство | підприємства | pidpryiemstvo | pidpryemstvo | прадпрыемства | pradpryemstva | korxona | korxonasi | кәсіпорын | empresa | entreprise | unternehmen | przedsiębiorstwo | işletme | işletmesi | بنگاه | منشأة | 企业 | 企業 | 기업 | doanh nghiệp
association | association | associations | {obyedinenie,obedinenie,obyedineniye,obiedinenie,obyedinenya,obyedineniya} | объединение | объединения | об'єднання | obiednannia | assotsiatsiya | ассоциация | асоціація | asociación | associação | vereinigung | verband | stowarzyszenie | birliği | birlik | انجمن | اتحادیه | اتحاد | 协会 | 協會 | 联合会 | 聯合會 | 협회
design_bureau | design bureau | design office | kb | кб | okb | окб | skb | скб | {konstruktorskoe,konstruktorskoye} {byuro,biuro} | конструкторское бюро | конструкторське бюро | {opytno,opytnoe}-{konstruktorskoe,konstruktorskoye} {byuro,biuro} | опытно-конструкторское бюро | experimental design bureau | special design bureau | {spetsialnoe,spetsialnoye,spetsial'noe} {konstruktorskoe,konstruktorskoye} {byuro,biuro} | специальное конструкторское бюро | 设计院 | 設計院
bureau | bureau | byuro | biuro | бюро | büro | büro | buro | دفتر
office | office | offices | ofis | офис | oficina | ofisi | مكتب | المكتب | 办公室 | 辦公室 | 사무소
center | center | centre | tsentr | tsentra | центр | центра | centro | zentrum | merkezi | merkez | مرکز | مركز | المركز | 中心 | 센터 | trung tâm
laboratory | laboratory | laboratories | lab | laboratoriya | laboratoriia | лаборатория | лабораторія | laboratorio | laboratoire | labor | laboratuvar | laboratuvarı | آزمایشگاه | مختبر | 实验室 | 實驗室
university | university | universitet | universiteta | университет | университета | університет | universidad | université | università | universität | üniversitesi | üniversite | دانشگاه | daneshgah | جامعة | الجامعة | 大学 | 大學 | 대학교 | đại học
academy | academy | akademiya | akademii | академия | академии | академія | academia | académie | accademia | akademie | akademi | akademisi | آکادمی | فرهنگستان | أكاديمية | الأكاديمية | 科学院 | 科學院 | 아카데미 | học viện
ministry | ministry | ministerstvo | ministerstva | министерство | министерства | міністерство | ministerio | ministère | ministero | ministerium | bakanlığı | bakanlik | وزارت | vezarat | وزارة | الوزارة
department | department | departament | департамент | departamento | département | dipartimento | abteilung | daire | dairesi | اداره | دائرة
agency | agency | agentstvo | агентство | агенція | agencia | agence | agenzia | agentur | ajans | ajansı | آژانس | وكالة | الوكالة | 代理 | 에이전시
exchange | exchange | birzha | birzhi | биржа | биржи | біржа | bolsa | bourse | borsa | borsası | börse | بورس | بورصة | 交易所 | 거래소
fund | fund | funds | fond | fonda | фонд | фонда | fondo | fonds | fundo | fonu | صندوق | 基金
trust | trust | trest | треста | трест
service | service | services | servis | сервис | uslugi | услуги | служба | sluzhba | послуги | servicio | servicios | serviços | servizi | dienstleistungen | hizmetleri | hizmet | خدمات | الخدمات | 服务 | 服務 | 서비스 | dịch vụ
international | international | intl | int'l | mezhdunarodn~ | международн~ | міжнародн{ий,а,е,ого,ої} | internacional | internationale | internazionale | uluslararası | uluslararasi | beynelmilel | bin ol melal | بین المللی | بین الملل | دولي | دولية | الدولي | الدولية | 国际 | 國際 | 국제 | quốc tế | xalqaro | халықаралық
national | national | natsionaln~ | национальн~ | національн~ | nacional | nationale | nazionale | ulusal | milli | ملی | melli | وطني | الوطني | الوطنية | 国家 | 國家 | 국립 | quốc gia
state | state | gosudarstvenn~ | государственн~ | державн~ | estatal | estado | staatlich | statale | devlet | dövlət | دولتی | حكومي | الحكومية | 国营 | 국영 | nhà nước
federal | federal | federaln~ | federal'n~ | федеральн~ | федеральн{ий,а,е,ого} | fédéral | fédérale | federale | 联邦
general | general | generaln~ | general'n~ | генеральн~ | генеральн{ий,а,е,ого} | genel | عمومی | العامة | 总 | 總 | 종합 | tổng
joint | joint | sovmestn~ | совместн~ | спільн{ий,а,е,ого} | conjunta | conjunto | ortak | مشترک | مشتركة | 合资 | 合資 | 합작
trading | trading | trade | trades | traders | torgov~ | торгов~ | торговельн{ий,а,е,ого} | savdo | comercio | commerce | handel | handels | ticaret | tic | تجارت | تجاری | بازرگانی | تجارة | التجارة | تجارية | التجارية | 贸易 | 貿易 | 商贸 | 무역 | thương mại
commercial | commercial | kommerchesk~ | коммерческ~ | комерційн{ий,а,е,ого} | comercial | commerciale | kommerziell | 商业 | 商業 | 상업
industrial | industrial | industry | industries | promyshlenn~ | промышленн~ | промислов{ий,а,е,ого,ої} | sanoat | industria | industrias | indústria | industrie | industrielle | industriel | sanayi | sanayii | صنایع | صنعتی | صناعة | صناعي | صناعية | الصناعية | 工业 | 工業 | 实业 | 實業 | 산업 | công nghiệp
import_export | import export | import-export | import and export | imp exp | imp-exp | importexport | импорт экспорт | импорт-экспорт | import-eksport | import eksport | импорт-экспорт | importación y exportación | importación exportación | import-export | ithalat ihracat | ithalat ve ihracat | صادرات و واردات | واردات و صادرات | استيراد وتصدير | الاستيراد والتصدير | 进出口 | 進出口 | 수출입 | xuất nhập khẩu
manufacturing | manufacturing | manufacturer | manufacturers | manufacture | izgotovlenie | изготовление | fabricación | fabricação | imalat | imalatı | ساخت | تصنيع | 制造 | 製造 | 제조
`;

/**
 * Generic words of organisation names, part 2: industries and activities. Same format as part 1.
 */
export const GENERIC_SECTORS = `
electromechanical | electromechanical | electro-mechanical | elektromekhanichesk~ | elektromechanichesk~ | электромеханическ~ | електромеханічн{ий,а,е,ого,ої} | electromecánica | électromécanique | elektromekanik | 机电 | 機電
mechanical | mechanical | mekhanichesk~ | механическ~ | механічн{ий,а,е,ого,ої} | mecánica | mécanique | meccanica | mekanik | مکانیک | ميكانيكية | 机械 | 機械 | 기계
machine_building | machine building | machine-building | machinebuilding | mashinostroenie | mashinostroyeniye | mashinostroyeniya | mashinostroeniya | mashinostroyenie | машиностроение | машиностроения | mashinostroitelnyy | mashinostroitel'n~ | mashinostroiteln~ | машиностроительн~ | машинобудування | машинобудівн{ий,а,е,ого} | makine imalat | ماشین سازی | 机械制造
instruments | instruments | instrument making | priborostroenie | priborostroyeniye | priborostroitel'n~ | priborostroiteln~ | приборостроение | приборостроительн~ | приладобудування | pribor | приборы | 仪器 | 儀器 | 仪表
shipping | shipping | sudokhodn~ | судоходн~ | parokhodstvo | parokhodstva | пароходство | пароходства | naviera | navigazione | navigation | shipping lines | kashtirani | keshtirani | کشتیرانی | الملاحة | ملاحة | 航运 | 航運 | 海运 | 海運 | 해운
maritime | maritime | marine | morsk~ | морск~ | морськ{ий,а,е,ого,ої} | marítima | marítimo | maritima | marittima | denizcilik | deniz | دریایی | daryaei | بحري | البحري | البحرية | 海事 | 海洋 | 해양 | hàng hải
shipbuilding | shipbuilding | ship building | sudostroitel'n~ | sudostroiteln~ | судостроительн~ | суднобудівн{ий,а,е,ого} | sudostroenie | судостроение | 造船 | 조선 | kashti sazi | کشتی سازی
shipyard | shipyard | shipyards | verf | верфь | sudoverf | судоверфь | astillero | astilleros | chantier naval | cantiere navale | werft | tersane | tersanesi | 船厂 | 船廠 | 造船厂 | 조선소
aviation | aviation | aircraft | aeronautical | aeronautics | aviatsionn~ | aviacionn~ | авиационн~ | авіаційн{ий,а,е,ого} | aviación | aviação | aviazione | luftfahrt | havacılık | هوانوردی | طيران مدني | 航空 | 항공 | hàng không
airline | airline | airlines | air lines | aircompany | air company | aviakompaniya | aviakompaniia | авиакомпания | авіакомпанія | aerolínea | aerolíneas | compagnie aérienne | hava yolları | havayolları | هواپیمایی | havapeymaei | طيران | للطيران | الطيران | 航空公司 | 항공사
aerospace | aerospace | aerokosmichesk~ | аэрокосмическ~ | raketno-kosmichesk~ | ракетно-космическ~ | kosmichesk~ | космическ~ | космічн{ий,а,е,ого} | aeroespacial | aérospatiale | aerospaziale | havacılık ve uzay | هوافضا | 航天 | 航空航天 | 항공우주
rocket | rocket | missile | missiles | raketn~ | ракетн~ | ракетн{ий,а,е,ого} | موشکی | صواريخ | 导弹 | 導彈 | 火箭 | 미사일
defense | defense | defence | oboronn~ | оборонн~ | оборонн{ий,а,е,ого} | oboronprom | defensa | défense | difesa | savunma | دفاعی | دفاع | الدفاع | 国防 | 國防 | 防务 | 방위 | quốc phòng
security | security | bezopasnost | безопасность | безопасности | bezpeka | безпека | seguridad | sécurité | sicurezza | güvenlik | امنیت | أمن | الأمن | 安全 | 보안
oil | oil | petroleum | neft | nefti | neftyan~ | нефть | нефти | нефтян~ | нафта | нафтов{ий,а,е,ого} | petróleo | pétrole | petrolio | petrol | نفت | naft | نفط | النفط | 石油 | 석유
gas | gas | gaz | газ | газов~ | газов{ий,а,е,ого} | gás | گاز | غاز | الغاز | 天然气 | 天然氣 | 燃气 | 가스
petrochemical | petrochemical | petrochemicals | neftekhim | neftekhimicheskiy | neftekhimichesk~ | нефтехим | нефтехимическ~ | нафтохімічн{ий,а,е,ого} | petroquímica | pétrochimie | petrolchimica | petrokimya | پتروشیمی | petroshimi | بتروكيماويات | البتروكيماويات | 石化 | 석유화학
chemical | chemical | chemicals | khimichesk~ | химическ~ | хімічн{ий,а,е,ого} | khimprom | química | chimique | chimica | chemie | kimya | شیمیایی | كيماويات | الكيماويات | 化工 | 化学 | 化學 | 화학
energy | energy | energo | energiya | energetichesk~ | энерго | энергия | энергетическ~ | енергетичн{ий,а,е,ого} | енергія | energía | énergie | energia | energie | enerji | انرژی | طاقة | الطاقة | 能源 | 에너지 | năng lượng
power | power | electric power | elektroenergiya | электроэнергия | электроэнергетическ~ | 电力 | 電力 | برق | 전력 | điện lực
nuclear | nuclear | atomic | atomn~ | атомн~ | yadern~ | ядерн~ | атомн{ий,а,е,ого} | nucléaire | nucleare | nükleer | هسته ای | هسته‌ای | نووي | النووي | 核能 | 원자력
mining | mining | mines | gornodobyvayushch~ | горнодобывающ~ | gorno-obogatitel'n~ | горно-обогатительн~ | гірничо-збагачувальн{ий,а,е,ого} | minería | mineração | madencilik | معدن | معدنی | تعدين | 矿业 | 礦業 | 광업 | khai khoáng
metallurgical | metallurgical | metallurgy | metallurgichesk~ | металлургическ~ | металургійн{ий,а,е,ого} | metalúrgica | métallurgie | metallurgica | metalurji | متالورژی | ذوب آهن | 冶金 | 야금
steel | steel | stal | stali | сталь | стали | acero | acier | acciaio | stahl | çelik | فولاد | foolad | fulad | الصلب | 钢铁 | 鋼鐵 | 钢 | 철강
construction | construction | building | stroitel'n~ | stroiteln~ | строительн~ | stroitelstvo | строительство | будівельн{ий,а,е,ого} | будівництво | qurilish | construcción | construção | costruzioni | bau | inşaat | ساختمان | ساختمانی | عمران | انشاءات | مقاولات | 建设 | 建設 | 建筑 | 建築 | 건설 | xây dựng
investment | investment | investments | invest | investitsionn~ | инвестиционн~ | інвестиційн{ий,а,е,ого} | инвест | inversiones | inversión | investimentos | investimenti | investissement | investissements | yatırım | سرمایه گذاری | سرمایه‌گذاری | استثمار | الاستثمار | للاستثمار | 投资 | 投資 | 투자 | đầu tư
finance | finance | financial | finans | finansov~ | финансов~ | фінансов{ий,а,е,ого} | financiera | financiero | finanzas | financeira | finanziaria | finanz | finansal | مالی | مالية | المالية | 金融 | 금융 | tài chính
insurance | insurance | strakhov~ | страхов~ | страхов{ий,а,е,ого} | seguros | seguro | assurance | assurances | assicurazioni | versicherung | sigorta | بیمه | bimeh | تأمين | التأمين | 保险 | 保險 | 보험 | bảo hiểm
logistics | logistics | logistika | логистика | логистики | логістика | logística | logistique | logistica | logistik | lojistik | لجستیک | لوجستية | اللوجستية | 物流 | 물류
transport | transport | transportation | transportn~ | транспортн~ | транспорт | транспортн{ий,а,е,ого} | transporte | transports | trasporti | taşımacılık | nakliyat | حمل و نقل | ترابری | نقل | النقل | 运输 | 運輸 | 운송 | vận tải
telecommunications | telecommunications | telecommunication | telecom | telekom | telekommunikatsii | телекоммуникации | телекомунікації | telecomunicaciones | télécommunications | telecomunicazioni | telekomünikasyon | مخابرات | mokhaberat | اتصالات | الاتصالات | 电信 | 電信 | 通信 | 통신 | viễn thông
communications | communications | communication | svyaz | svyazi | связь | связи | зв'язок | comunicaciones | iletişim | ارتباطات | 通讯 | 通訊
electronics | electronics | electronic | elektronika | elektronn~ | электроника | электронн~ | електроніка | електронн{ий,а,е,ого} | electrónica | électronique | elettronica | elektronik | الکترونیک | إلكترونيات | 电子 | 電子 | 전자 | điện tử
radio | radio | radiotekhnichesk~ | радио | радиотехническ~ | радіо | رادیو | راديو | 无线电 | 無線電
systems | systems | system | sistemy | sistema | системы | система | системи | sistemas | systèmes | sistemi | systeme | sistemleri | سیستم | سامانه | أنظمة | 系统 | 系統 | 시스템
technology | technology | technologies | tech | tekhnologii | tekhnologiya | tekhnologicheskiy | tekhnologichesk~ | технологии | технология | технологическ~ | технології | технологічн{ий,а,е,ого} | texnologiya | tecnología | tecnologías | tecnologia | technologie | technologies | tecnologie | teknoloji | teknolojileri | فناوری | تکنولوژی | تقنية | تكنولوجيا | 科技 | 技术 | 技術 | 기술 | công nghệ
engineering | engineering | inzhiniring | инжиниринг | інжиніринг | ingeniería | ingénierie | ingegneria | mühendislik | مهندسی | هندسة | الهندسية | 工程 | 엔지니어링 | kỹ thuật
equipment | equipment | oborudovanie | oborudovaniya | оборудование | оборудования | обладнання | equipos | équipements | attrezzature | ausrüstung | ekipman | ekipmanları | تجهیزات | معدات | المعدات | 设备 | 設備 | 장비 | thiết bị
machinery | machinery | machines | mashiny | машины | maquinaria | machines | macchine | maschinen | makine | makina | ماشین آلات | ماشین‌آلات | آلات | 机器 | 機器 | 기계류 | máy móc
automobile | automobile | automotive | avtomobiln~ | автомобильн~ | автомобільн{ий,а,е,ого} | avtozavod | автозавод | automotriz | automobiles | otomotiv | خودرو | khodro | سيارات | 汽车 | 汽車 | 자동차
pharmaceutical | pharmaceutical | pharmaceuticals | pharma | farmatsevtichesk~ | фармацевтическ~ | фармацевтичн{ий,а,е,ого} | farmacéutica | pharmaceutique | farmaceutica | pharmazeutisch | ilaç | داروسازی | دارویی | أدوية | الأدوية | 制药 | 製藥 | 医药 | 醫藥 | 제약
medical | medical | meditsinsk~ | медицинск~ | медичн{ий,а,е,ого} | médica | médico | médical | medica | medizinisch | tıbbi | پزشکی | طبي | الطبية | 医疗 | 醫療 | 의료
agricultural | agricultural | agriculture | agro | sel'skokhozyaystvenn~ | selskokhozyaystvenn~ | сельскохозяйственн~ | сільськогосподарськ{ий,а,е,ого} | agrícola | agricole | agricola | landwirtschaft | tarım | کشاورزی | زراعي | الزراعية | 农业 | 農業 | 농업 | nông nghiệp
development | development | razvitie | razvitiya | развитие | развития | розвиток | розвитку | desarrollo | développement | sviluppo | entwicklung | geliştirme | kalkınma | توسعه | تنمية | التنمية | 发展 | 發展 | 开发 | 開發 | 개발 | phát triển
management | management | upravlenie | upravleniya | upravlyayushch~ | управление | управления | управляющ~ | управління | gestión | gestão | gestione | yönetim | yönetimi | مدیریت | إدارة | الإدارة | 管理 | 관리 | quản lý
consulting | consulting | consultancy | consultants | konsalting | консалтинг | консалтингов~ | consultoría | conseil | consulenza | beratung | danışmanlık | مشاوره | مشاوره ای | استشارات | الاستشارات | 咨询 | 諮詢 | 컨설팅 | tư vấn
supply | supply | supplies | supplier | snabzhenie | снабжение | postavka | поставка | поставки | suministros | approvisionnement | tedarik | توريد | التوريدات | 供应 | 供應 | 공급
complex | complex | kompleks | комплекс | комплекса | complejo | complexe | kompleksi | مجتمع | mojtama | 综合体
refinery | refinery | oil refinery | npz | нпз | neftepererabatyvayushch~ | нефтеперерабатывающ~ | refinería | raffinerie | rafineri | rafinerisi | پالایشگاه | palayeshgah | مصفاة | 炼油厂 | 煉油廠
organization | organization | organisation | organizatsiya | organizatsiia | организация | организации | організація | organización | organização | organizzazione | örgütü | سازمان | منظمة | 组织 | 組織
committee | committee | komitet | комитет | комітет | comité | comitato | komitesi | کمیته | لجنة | 委员会 | 委員會 | 위원회
council | council | sovet | совет | рада | consejo | consiglio | konseyi | شورا | مجلس | 理事会 | 理事會
movement | movement | dvizhenie | движение | рух | movimiento | mouvement | movimento | hareketi | جنبش | حركة | 运动
media | media | mass media | smi | сми | medios | médias | medya | رسانه | إعلام | الإعلام | 传媒 | 媒体
tourism | tourism | turizm | туризм | туристическ~ | turismo | tourisme | گردشگری | سياحة | السياحة | 旅游 | 관광
cement | cement | tsement | цемент | cemento | ciment | çimento | سیمان | إسمنت | اسمنت | 水泥 | 시멘트
port | port | порт | порта | puerto | porto | hafen | liman | limanı | بندر | ميناء
`;

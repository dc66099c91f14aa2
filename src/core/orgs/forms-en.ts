/**
 * English-language legal forms (common-law jurisdictions, and the English renderings lists use
 * for foreign forms), including the Indian, Pakistani, Singaporean, Malaysian and Australian
 * company suffixes.
 */
import { formTable } from './entries.js';

export const EN_FORMS = formTable(
  'en',
  `
llc | LLC | L.L.C. | limited liability company | limited liability co | limited liability corporation | ltd liability co | ltd liability company | liability company limited
llc | Ltd | limited | ltd. | lim. | limted | limitd
llc | Co., Ltd. | co ltd | co., ltd. | co. ltd | company limited | co limited | company ltd | corp ltd | corporation limited
llc | limited company | ltd co | ltd. co. | limited co
llc | PLLC | P.L.L.C. | professional limited liability company
llc | company limited by guarantee | CLG
llc | CC$ | close corporation
llc | Pty Ltd | pty. ltd. | (pty) ltd | proprietary limited | proprietary limited company | pty limited | pty
llc | Pte Ltd | pte. ltd. | pte limited | pte
llc | Pvt Ltd | pvt. ltd. | (pvt) ltd | (pvt.) ltd. | pvt limited | private limited | private limited company | (private) limited | (private) ltd | p. ltd | (p) ltd | pvt
llc | OPC | one person company | (opc) pvt ltd | opc private limited
llc | SMC-Pvt Ltd | (smc-pvt) ltd | smc private limited | single member company
llc | Sdn Bhd | sdn. bhd. | sendirian berhad | snd bhd | sdn berhad
plc | PLC | P.L.C. | public limited company | public ltd co | public ltd company | public company limited | public co ltd | public co., ltd. | PCL | public limited
plc | Bhd | berhad
plc | Tbk | terbuka | persero terbuka
corporation | Inc | incorporated | inc. | incorp
corporation | Corp | corporation | corp. | corpn | general corporation
corporation | Co | company | co. | comp. | cmpy
corporation | PC | P.C. | professional corporation
jsc | SE$ | societas europaea | european company
jsc | JSC | J.S.C. | joint stock company | joint-stock company | joint stock co | jt stock co | jsco | stock company | shareholding company
jsc | OJSC | O.J.S.C. | open joint stock company | open joint-stock company | open type joint stock company
jsc | CJSC | C.J.S.C. | closed joint stock company | closed joint-stock company | close joint stock company | closed type joint stock company
jsc | PJSC | P.J.S.C. | public joint stock company | public joint-stock company
jsc | PrJSC | private joint stock company | private joint-stock company
jsc | PSC | P.S.C. | public shareholding company | public stock company
partnership | LLP | L.L.P. | limited liability partnership
partnership | LP | L.P. | limited partnership
partnership | GP | G.P. | general partnership
partnership | LLLP | L.L.L.P. | limited liability limited partnership
partnership | partnership | partners
sole-trader | sole proprietorship | sole proprietor | sole trader | proprietorship | individual entrepreneur | private entrepreneur
sole-trader | Est. | est | establishment | trading establishment
branch | branch | branch office | representative office | rep office | rep. office | liaison office | branch of foreign company
group | Group | group of companies | grp | holding | holdings | holding company | group holding
jv | JV | J.V. | joint venture | joint-venture | consortium
cooperative | cooperative | co-operative | co-op | coop | cooperative society | co-operative society
ngo | NGO | non-governmental organization | non-governmental organisation | non-profit organization | non-profit organisation | nonprofit organization | not-for-profit organization | charity | charitable trust | charitable organization
ngo | Foundation | fdn | charitable foundation
soe | SOE | state-owned enterprise | state owned enterprise | state enterprise | state-owned company | state company | government-owned company | public enterprise
`,
);

/**
 * Legal forms of Western Europe and the Latin-American systems derived from them: German
 * (with Austria, Switzerland, Liechtenstein), French (with Belgium, Luxembourg, Lebanon), Spanish
 * and Latin American, Portuguese and Brazilian, Italian, Dutch and Flemish. Two-letter suffixes
 * that are also Arabic articles or common words carry "$" (end of name only).
 */
import { formTable } from './entries.js';

export const DE_FORMS = formTable(
  'de',
  `
llc | GmbH | gesellschaft mit beschränkter haftung | G.m.b.H. | GesmbH | Ges.m.b.H. | ges mbh | mbH | gesellschaft mbh
llc | UG | UG (haftungsbeschränkt) | unternehmergesellschaft | unternehmergesellschaft (haftungsbeschränkt)
ngo | gGmbH | gemeinnützige GmbH | gemeinnützige gesellschaft mit beschränkter haftung
jsc | AG$ | aktiengesellschaft | A.G.$
jsc | KGaA | kommanditgesellschaft auf aktien | GmbH & Co. KGaA | AG & Co. KGaA
partnership | KG$ | kommanditgesellschaft | K.G.$
partnership | GmbH & Co. KG | GmbH und Co. KG | GmbH and Co. KG | GmbH & Co KG | GmbH & Compagnie KG | GmbH & Cie. KG
partnership | AG & Co. KG | AG und Co. KG | AG & Co KG
partnership | OHG | offene handelsgesellschaft | o.H.G.
partnership | OG | offene gesellschaft
partnership | GbR | gesellschaft bürgerlichen rechts | gesellschaft des bürgerlichen rechts | BGB-gesellschaft
partnership | PartG | partnerschaftsgesellschaft | PartG mbB | partnerschaftsgesellschaft mit beschränkter berufshaftung
ngo | e.V. | eingetragener verein | e. V.
ngo | Stiftung | stiftung | gemeinnützige stiftung | privatstiftung | rechtsfähige stiftung
cooperative | eG$ | eingetragene genossenschaft | e.G.$ | genossenschaft
sole-trader | e.K. | eingetragener kaufmann | eingetragene kauffrau | e.Kfm. | e.Kfr.
branch | Zweigniederlassung | niederlassung | zweigstelle
soe | AöR | anstalt des öffentlichen rechts | körperschaft des öffentlichen rechts | KdöR
corporation | Anstalt | anstalt
corporation | Trust reg. | treuunternehmen | trust reg | reg. trust
`,
);

export const FR_FORMS = formTable(
  'fr',
  `
llc | SARL | société à responsabilité limitée | S.A.R.L. | Sàrl | SARLU | société à responsabilité limitée unipersonnelle
llc | EURL | entreprise unipersonnelle à responsabilité limitée | E.U.R.L.
llc | EIRL | entreprise individuelle à responsabilité limitée | E.I.R.L. | empresa individual de responsabilidad limitada
llc | SPRL | société privée à responsabilité limitée | S.P.R.L.
jsc | SA$ | société anonyme | S.A.$ | S. A.$ | sociedad anónima | sociedade anônima | sociedade anónima | S/A$
jsc | SAS | société par actions simplifiée | S.A.S. | sociedad por acciones simplificada
jsc | SASU | société par actions simplifiée unipersonnelle | S.A.S.U.
jsc | SCA | société en commandite par actions | S.C.A. | sociedad comanditaria por acciones
jsc | SAL | société anonyme libanaise | S.A.L. | SAL (offshore) | SAL off-shore | S.A.L. (offshore) | S.A.L. off-shore
jsc | SICAV | société d'investissement à capital variable | SICAF
partnership | SNC | société en nom collectif | S.N.C.
partnership | SCS | société en commandite simple | S.C.S. | SCSp | société en commandite spéciale | SComm | société en commandite
partnership | SC | société civile | S.C. | sociedad civil
partnership | SCI | société civile immobilière | S.C.I.
jv | GIE | groupement d'intérêt économique | G.I.E.
sole-trader | EI$ | entreprise individuelle | E.I.$ | empresário individual
soe | EPIC | établissement public à caractère industriel et commercial | établissement public | établissement public administratif
corporation | Ets | établissements | ets. | établissement | etablissement
corporation | Cie | compagnie | & cie | et cie | et compagnie
cooperative | SCOP | société coopérative | coopérative | SCRL | société coopérative à responsabilité limitée | S.C.R.L.
ngo | ASBL | association sans but lucratif | A.S.B.L. | fondation | association loi 1901
branch | succursale | bureau de représentation | bureau de liaison
`,
);

export const ES_FORMS = formTable(
  'es',
  `
llc | S.L. | sociedad limitada | SL$ | S.L.U. | SLU | sociedad limitada unipersonal | sociedad de responsabilidad limitada | S.R.L. | SRL
llc | S.P.R. de R.L. | sociedad de producción rural de responsabilidad limitada | S.P.R. de R.I. | S.C. de R.L.
llc | E.U.$ | empresa unipersonal
llc | S. de R.L. | S. de R.L. de C.V. | S de RL | S de RL de CV | sociedad de responsabilidad limitada de capital variable
llc | Ltda | limitada | Ltda. | Lda | Lda. | Cía. Ltda. | cia ltda | sociedade limitada | sociedade por quotas | unipessoal lda | sociedade unipessoal
jsc | S.A. de C.V. | SA de CV | sociedad anónima de capital variable | S.A.P.I. de C.V. | SAPI de CV | S.A.B. de C.V. | SAB de CV
jsc | S.A.U. | SAU | sociedad anónima unipersonal
jsc | C.A. | compañía anónima | CA$
jsc | S.A.C. | SAC | sociedad anónima cerrada
jsc | S.A.A. | SAA | sociedad anónima abierta
jsc | SpA | sociedad por acciones
jsc | S.A.C.I. | SACI | sociedad anónima comercial e industrial | S.A.I.C.
partnership | S. en C. | sociedad en comandita | S en C | S. en C.S. | sociedad en comandita simple | S. en N.C. | sociedad en nombre colectivo | sociedad colectiva | sociedade em comandita | sociedade em nome coletivo
cooperative | S. Coop. | sociedad cooperativa | cooperativa | coop. ltda.
soe | E.P.E. | entidad pública empresarial | entidade pública empresarial | empresa estatal | empresa del estado | empresa pública | empresa pública del estado | sociedade de economia mista
ngo | A.C. | asociación civil | fundación | fundação | associação
corporation | Cía. | compañía | cia | companhia | Cia.
branch | sucursal | filial
@pt
llc | EIRELI | empresa individual de responsabilidade limitada
sole-trader | MEI | microempreendedor individual
`,
);

export const IT_FORMS = formTable(
  'it',
  `
jsc | S.p.A. | società per azioni | SPA$
partnership | S.n.c. | società in nome collettivo
llc | S.r.l. | società a responsabilità limitata | S.r.l.s. | SRLS | società a responsabilità limitata semplificata | S.r.l. unipersonale
jsc | S.a.p.a. | SAPA | società in accomandita per azioni
partnership | società in accomandita semplice | società semplice
cooperative | Soc. Coop. | società cooperativa | S.c.a.r.l. | SCARL | società cooperativa a responsabilità limitata | soc. coop. a r.l.
ngo | Onlus | organizzazione non lucrativa di utilità sociale | fondazione | ente del terzo settore
sole-trader | ditta individuale | impresa individuale
branch | filiale | sede secondaria
`,
);

export const NL_FORMS = formTable(
  'nl',
  `
llc | B.V. | besloten vennootschap | BV$ | besloten vennootschap met beperkte aansprakelijkheid | BVBA | B.V.B.A.
jsc | N.V. | naamloze vennootschap | NV$
partnership | V.O.F. | vennootschap onder firma | VOF
partnership | C.V. | commanditaire vennootschap | CV | CommV | gewone commanditaire vennootschap
ngo | Stichting | stichting | VZW | vereniging zonder winstoogmerk | vereniging
cooperative | Coöperatie U.A. | coöperatie | coöperatie u.a. | U.A.$ | coöperatieve vennootschap
sole-trader | eenmanszaak | eenmanszaken
branch | bijkantoor | nevenvestiging
`,
);

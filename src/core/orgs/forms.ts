/** All legal-form tables, in precedence order: where two share a spelling, the first wins. */
import type { LegalFormEntry } from './entries.js';
import { CENTRAL_ASIA_FORMS, CAUCASUS_FORMS, BE_FORMS, MN_FORMS, UK_FORMS } from './forms-cis.js';
import { EN_FORMS } from './forms-en.js';
import { HI_FORMS, JA_FORMS, KO_FORMS, SEA_FORMS, ZH_FORMS } from './forms-asia.js';
import {
  BALTIC_FORMS,
  BG_FORMS,
  CS_FORMS,
  EL_FORMS,
  HU_FORMS,
  NORDIC_FORMS,
  PL_FORMS,
  RO_FORMS,
  YU_FORMS,
} from './forms-eu-north-east.js';
import { DE_FORMS, ES_FORMS, FR_FORMS, IT_FORMS, NL_FORMS } from './forms-eu-west.js';
import { AR_FORMS, FA_FORMS, HE_FORMS, TR_FORMS } from './forms-mideast.js';
import { RU_FORMS } from './forms-ru.js';

export const LEGAL_FORMS: readonly LegalFormEntry[] = [
  ...EN_FORMS,
  ...RU_FORMS,
  ...UK_FORMS,
  ...BE_FORMS,
  ...CENTRAL_ASIA_FORMS,
  ...CAUCASUS_FORMS,
  ...MN_FORMS,
  ...DE_FORMS,
  ...FR_FORMS,
  ...ES_FORMS,
  ...IT_FORMS,
  ...NL_FORMS,
  ...NORDIC_FORMS,
  ...BALTIC_FORMS,
  ...PL_FORMS,
  ...CS_FORMS,
  ...HU_FORMS,
  ...RO_FORMS,
  ...BG_FORMS,
  ...YU_FORMS,
  ...EL_FORMS,
  ...TR_FORMS,
  ...AR_FORMS,
  ...FA_FORMS,
  ...HE_FORMS,
  ...ZH_FORMS,
  ...JA_FORMS,
  ...KO_FORMS,
  ...HI_FORMS,
  ...SEA_FORMS,
];

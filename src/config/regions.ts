import { countryCodes } from './countries.ts';

/**
 * Named regions an editor can put in `region:`. Each maps to the ISO
 * country codes it covers, which drives region pages, search filters and
 * the JobPosting `applicantLocationRequirements`.
 */
const eu = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const europeOutsideEu = 'AD AL BA BY CH FO GB GI IS LI MC MD ME MK NO RS SM UA VA XK GG JE IM'.split(' ').filter((c) => c !== 'XK');
const europe = [...eu, ...europeOutsideEu];
const northAmerica = ['US', 'CA'];
const latinAmerica = 'MX GT BZ SV HN NI CR PA CU DO HT PR JM TT BS BB CO VE EC PE BO BR PY UY AR CL GY SR'.split(' ');
const middleEast = 'AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE EG'.split(' ');
const africa = (
  'DZ AO BJ BW BF BI CV CM CF TD KM CD CG CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA ' +
  'MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW'
).split(' ');
const apac = 'AU NZ JP KR CN HK MO TW SG MY ID TH VN PH KH LA MM BN TL IN PK BD LK NP BT MV MN FJ PG SB VU WS TO KI FM MH NR PW TV'.split(
  ' ',
);

export const regions = [
  { id: 'worldwide', label: 'Worldwide', countries: countryCodes },
  { id: 'americas', label: 'Americas', countries: [...northAmerica, ...latinAmerica] },
  { id: 'north-america', label: 'North America', countries: northAmerica },
  { id: 'latin-america', label: 'Latin America', countries: latinAmerica },
  { id: 'europe', label: 'Europe', countries: europe },
  { id: 'eu', label: 'EU', countries: eu },
  { id: 'emea', label: 'EMEA', countries: [...new Set([...europe, ...middleEast, ...africa])] },
  { id: 'middle-east', label: 'Middle East', countries: middleEast },
  { id: 'africa', label: 'Africa', countries: africa },
  { id: 'apac', label: 'Asia-Pacific', countries: apac },
] as const satisfies readonly { id: string; label: string; countries: readonly string[] }[];

export type Region = (typeof regions)[number];
export type RegionId = Region['id'];

export const regionIds = regions.map((r) => r.id) as [RegionId, ...RegionId[]];

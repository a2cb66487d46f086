/** Country names used by the State Media Matrix → ISO 3166-1 alpha-2. */
export const COUNTRY_ISO2: Record<string, string> = {
  Afghanistan: 'AF', Albania: 'AL', Algeria: 'DZ', Angola: 'AO', Argentina: 'AR', Armenia: 'AM',
  Australia: 'AU', Austria: 'AT', Azerbaijan: 'AZ', Bahrain: 'BH', Bangladesh: 'BD',
  Belarus: 'BY', Belgium: 'BE', Benin: 'BJ', Bhutan: 'BT', Bolivia: 'BO',
  'Bosnia and Herzegovina': 'BA', Botswana: 'BW', Brazil: 'BR', Brunei: 'BN', Bulgaria: 'BG',
  'Burkina Faso': 'BF', Burundi: 'BI', Cambodia: 'KH', Cameroon: 'CM', Canada: 'CA',
  'Central African Republic': 'CF', Chad: 'TD', Chile: 'CL', China: 'CN', Colombia: 'CO',
  Congo: 'CG', 'Costa Rica': 'CR', Croatia: 'HR', Cuba: 'CU', Cyprus: 'CY', Czechia: 'CZ',
  "Côte d'Ivoire": 'CI', 'DR Congo': 'CD', Denmark: 'DK', Djibouti: 'DJ',
  'Dominican Republic': 'DO', Ecuador: 'EC', Egypt: 'EG', 'El Salvador': 'SV', Eritrea: 'ER',
  Estonia: 'EE', Ethiopia: 'ET', Finland: 'FI', France: 'FR', Gabon: 'GA', Georgia: 'GE',
  Germany: 'DE', Ghana: 'GH', Greece: 'GR', Guatemala: 'GT', Haiti: 'HT', Honduras: 'HN',
  'Hong Kong': 'HK', Hungary: 'HU', Iceland: 'IS', India: 'IN', Indonesia: 'ID', Iran: 'IR',
  Iraq: 'IQ', Ireland: 'IE', Israel: 'IL', Italy: 'IT', Jamaica: 'JM', Japan: 'JP',
  Jordan: 'JO', Kazakhstan: 'KZ', Kenya: 'KE', Kuwait: 'KW', Laos: 'LA', Latvia: 'LV',
  Lebanon: 'LB', Lesotho: 'LS', Liberia: 'LR', Libya: 'LY', Liechtenstein: 'LI',
  Lithuania: 'LT', Macao: 'MO', Madagascar: 'MG', Malawi: 'MW', Malaysia: 'MY', Malta: 'MT',
  Mauritania: 'MR', Mexico: 'MX', Moldova: 'MD', Mongolia: 'MN', Montenegro: 'ME',
  Morocco: 'MA', Mozambique: 'MZ', Myanmar: 'MM', Namibia: 'NA', Nepal: 'NP',
  Netherlands: 'NL', 'New Zealand': 'NZ', Nicaragua: 'NI', Niger: 'NE', Nigeria: 'NG',
  'North Korea': 'KP', 'North Macedonia': 'MK', Norway: 'NO', Oman: 'OM', Pakistan: 'PK',
  'Palestine territories': 'PS', Panama: 'PA', Paraguay: 'PY', Peru: 'PE', Philippines: 'PH',
  Poland: 'PL', Portugal: 'PT', Qatar: 'QA', Romania: 'RO', Russia: 'RU', Rwanda: 'RW',
  'Saudi Arabia': 'SA', Senegal: 'SN', Serbia: 'RS', Singapore: 'SG', Slovakia: 'SK',
  Slovenia: 'SI', Somalia: 'SO', 'South Africa': 'ZA', 'South Korea': 'KR',
  'South Sudan': 'SS', Spain: 'ES', 'Sri Lanka': 'LK', Sudan: 'SD', Sweden: 'SE',
  Switzerland: 'CH', Syria: 'SY', Taiwan: 'TW', Tajikistan: 'TJ', Tanzania: 'TZ',
  Thailand: 'TH', 'The Gambia': 'GM', Togo: 'TG', Tunisia: 'TN', Turkey: 'TR',
  Turkmenistan: 'TM', UAE: 'AE', Uganda: 'UG', Ukraine: 'UA', 'United Kingdom': 'GB',
  'United States of America': 'US', Uruguay: 'UY', Uzbekistan: 'UZ', 'Vatican City': 'VA',
  Venezuela: 'VE', Vietnam: 'VN', Yemen: 'YE', Zambia: 'ZM', Zimbabwe: 'ZW',
};

/** Normalizes a freebie `cca` code ("us", "UK") to ISO 3166-1 alpha-2; undefined if unusable. */
export function normalizeCca(cca: string): string | undefined {
  const c = cca.trim().toUpperCase();
  if (c === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(c) ? c : undefined;
}

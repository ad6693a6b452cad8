/**
 * Exchange rates for comparing pay across currencies: "Pay at least", the
 * "Highest salary" order, the yearly equivalent on job pages, and the
 * validator's plausibility checks all convert with this one table.
 *
 * `rates` are units of `base` per one unit of each currency, rounded to
 * two or three significant figures: pay is compared, not paid, with them.
 * They were set on `asOf` and are approximate mid-market rates. To refresh
 * them, take the European Central Bank's euro reference rates
 * (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html):
 * USD per unit of a currency = the ECB's USD rate ÷ that currency's rate.
 * Then change `asOf`: the search page and job pages show it.
 *
 * A currency missing here cannot be compared: its jobs count as "no
 * comparable salary" in the pay filter, and the validator says so.
 */
export const exchangeRates = {
  base: 'USD',
  asOf: '2026-11-01',
  rates: {
    USD: 1,
    EUR: 1.08,
    GBP: 1.27,
    CHF: 1.13,
    CAD: 0.73,
    AUD: 0.66,
    NZD: 0.6,
    SEK: 0.095,
    NOK: 0.093,
    DKK: 0.145,
    PLN: 0.25,
    CZK: 0.043,
    HUF: 0.0027,
    RON: 0.22,
    BRL: 0.18,
    MXN: 0.055,
    ARS: 0.001,
    CLP: 0.0011,
    COP: 0.00025,
    INR: 0.012,
    JPY: 0.0067,
    KRW: 0.00073,
    CNY: 0.14,
    HKD: 0.128,
    SGD: 0.74,
    ILS: 0.27,
    AED: 0.272,
    // Pegged to the dollar, so these hold between refreshes.
    BHD: 2.66,
    OMR: 2.6,
    QAR: 0.275,
    SAR: 0.267,
    ZAR: 0.055,
    NGN: 0.00065,
    KES: 0.0077,
  } as Readonly<Record<string, number>>,
} as const;

/** Currencies the pay filter offers, in this order: the ones boards of this kind pay in most. */
export const payFilterCurrencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'JPY', 'BRL'] as const;

/** The body that publishes OFAC's lists, as its advanced XML names it; every OFAC source uses it. */
export const OFAC_AUTHORITY = 'Office of Foreign Assets Control';

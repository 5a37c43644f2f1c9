// ETRS89 / UTM zone 32N (EPSG:25832), the easting/northing of German surveying and of most municipal
// GIS exports, back to WGS84 degrees (ETRS89 and WGS84 differ by well under a metre here). The
// inverse transverse Mercator by Krüger's n-series to third order, as given in "Universal Transverse
// Mercator coordinate system" (Wikipedia, section "From UTM coordinates … to latitude, longitude",
// after Krüger 1912 and Karney 2011, J. Geodesy 85: 475–485): millimetre accuracy within the zone.
// Written out (20 lines) rather than shipping proj4 in the browser for one projection; the unit test
// compares it with proj4 and with published points.

/** GRS80 */
const A_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const K0 = 0.9996;
const FALSE_EASTING = 500000;
/** central meridian of zone 32 */
const LON0 = 9;

const n = FLATTENING / (2 - FLATTENING);
const RECTIFYING = (A_AXIS / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
const BETA = [n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96, n ** 2 / 48 + n ** 3 / 15, (17 * n ** 3) / 480];
const DELTA = [2 * n - (2 * n ** 2) / 3 - 2 * n ** 3, (7 * n ** 2) / 3 - (8 * n ** 3) / 5, (56 * n ** 3) / 15];

/** [lng, lat] in degrees of an EPSG:25832 easting and northing in metres. */
export function utm32ToLngLat(easting: number, northing: number): [number, number] {
  const xi = northing / (K0 * RECTIFYING);
  const eta = (easting - FALSE_EASTING) / (K0 * RECTIFYING);
  let xi1 = xi;
  let eta1 = eta;
  BETA.forEach((b, i) => {
    const j = 2 * (i + 1);
    xi1 -= b * Math.sin(j * xi) * Math.cosh(j * eta);
    eta1 -= b * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const chi = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  const phi = DELTA.reduce((p, d, i) => p + d * Math.sin(2 * (i + 1) * chi), chi);
  const lambda = Math.atan2(Math.sinh(eta1), Math.cos(xi1));
  return [LON0 + (lambda * 180) / Math.PI, (phi * 180) / Math.PI];
}

/** Plausible EPSG:25832 coordinates of Germany (zone 32 and its usual extension): easting, northing in metres. */
export const isUtm32 = (easting: number, northing: number): boolean => easting > 100000 && easting < 1000000 && northing > 5200000 && northing < 6200000;

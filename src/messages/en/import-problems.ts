// English texts of the problems only the import of own files reports (and check:data, which runs it),
// by code; the built-in loader's kinds are in ./problems.ts. Column names and property names the
// import recognises (ags, gemeinde, schlüssel, parent, …) are quoted as they are written in files.
import type { importTextsDe } from '../de/import-problems';
import { tableTextsEn } from './problems';

export const importTextsEn: typeof importTextsDe = {
  ...tableTextsEn,
  'file.binary': (p) => `“${p.file}” is not a text file (binary data). A CSV file saved as UTF-8 is expected.`,
  'file.latin1': () =>
    'The file is not saved as UTF-8; it was read as Windows-1252 (Latin-1). Please check accented letters, or save the file as UTF-8 (Excel: “CSV UTF-8”).',
  'file.unreadable': (p) => `The file cannot be read: ${p.reason}`,
  'file.shapefilePart': (p) => `“${p.file}” is one part of a shapefile: please drop .shp, .shx, .dbf and .prj together as one ZIP file.`,
  'file.oldSpreadsheet': (p) => `“${p.file}” is a spreadsheet in an old format: please save it as .xlsx or as “CSV UTF-8”.`,
  'file.unsupported': (p) =>
    `The file type of “${p.file}” is not supported. Expected: a table (.csv, .txt, .xlsx), areas as GeoJSON (.geojson, .json), TopoJSON (.topojson) or a shapefile as .zip.`,
  'file.oneGeometry': (p) => `Only one file of areas at a time: “${p.file}” is not read, “${p.taken}” is.`,
  'xlsx.unreadable': (p) => `The Excel file cannot be read: ${p.reason}`,
  'xlsx.otherSheets': (p) => `The worksheet “${p.sheet}” is read; other worksheets: ${p.others}.`,
  'xlsx.noSheet': (p) => `The workbook has no worksheet “${p.sheet}”.`,
  'table.headerOnly': () => 'The table has only a header line and no data lines.',
  'table.noKeyColumn': () =>
    'No key column found: expected a column ags, ars, gemeinde, schluessel, schlüssel, id, gebiet, sozialraum, or a column with keys such as 05382056 (municipality) or 05382056-003 (social area), or with area names such as “Siegburg”.',
  'table.noKeyMatched': (p) =>
    `None of the keys in column “${p.column}” matches an area of the atlas (municipalities such as 05382056, social areas such as 05382056-003, or their names); nothing is taken.`,
  'table.noIndicator': () => 'The table has no column of indicators, only keys, year and names.',
  'column.noHeader': (p) => `Column ${p.index} has no heading; it is not taken.`,
  'column.duplicate': (p) => `Column “${p.column}” occurs twice (already column ${p.index}); only the first is taken.`,
  'column.noNumber': (p) => `Column “${p.column}” holds not a single number; it is not taken as an indicator.`,
  'column.negativeCount': (p) =>
    `Column “${p.column}” is called a count but holds negative values; it is not treated as a count (small numbers are not suppressed).`,
  'column.mixedUnits': (p) => `Column “${p.column}” mixes units (${p.units}); the first is taken.`,
  'row.nameAmbiguous': (p) => `The name “${p.name}” matches several areas (${p.candidates}); the line is not matched. Please give the key.`,
  'row.outsideKreis': (p) =>
    `${p.count === 1 ? '1 line names a higher-level area' : `${p.count} lines name higher-level areas`} (federal, state, administrative region); not taken.`,
  'row.keyOutside': (p) => `Key “${p.key}” belongs to an area outside the Rhein-Sieg-Kreis; the line is not taken.`,
  'row.duplicateValue': (p) => `Duplicate value for “${p.key}”, “${p.indicator}”${p.year ? `, ${p.year}` : ''} (already in line ${p.first}); this one is ignored.`,
  'geo.noFeatures': () => 'The file holds no areas; the built-in social areas stay.',
  'geo.noneUsable': () => 'No area of the file can be used; the built-in social areas stay.',
  'geo.zipIncomplete': (p) => `“${p.file}” is not a complete ZIP file; please zip the shapefile (.shp, .shx, .dbf, .prj) again.`,
  'geo.zipLayers': (p) => `The ZIP file holds ${p.count} shapefiles; only “${p.layer}” is read.`,
  'geo.zipUnreadable': (p) => `The ZIP file holds no readable shapefile (.shp with .dbf and .prj): ${p.reason}`,
  'geo.notJson': (p) => `Not valid JSON: ${p.reason}`,
  'geo.noFeatureList': () => 'The FeatureCollection has no list “features”.',
  'geo.notGeoJson': () => 'Neither a GeoJSON FeatureCollection nor TopoJSON (“type” is neither “FeatureCollection” nor “Topology”).',
  'geo.topoEmpty': () => 'The TopoJSON file holds no layer (“objects” is empty).',
  'geo.topoUnreadable': (p) => `The TopoJSON layer “${p.layer}” cannot be read: ${p.reason}`,
  'geo.notFeature': (p) => `${p.where} is not a GeoJSON feature.`,
  'geo.noKey': (p) => `${p.where}: no key (property ${p.props}).`,
  'geo.keyForm': (p) =>
    `${p.where}: the key does not have the form <municipality AGS>-<number> (for example 05382056-003); tables could not be matched to it.`,
  'geo.keyDuplicate': (p) => `${p.where}: the key occurs more than once (already object ${p.first}).`,
  'geo.noName': (p) => `${p.where}: no name (property ${p.props}).`,
  'geo.parentUnknown': (p) => `${p.where}: names the unknown municipality “${p.parent}” as the area it belongs to.`,
  'geo.noParent': (p) =>
    `${p.where}: no area it belongs to (property parent, gemeinde or ags, a key starting with a municipality’s AGS, or a shape lying in a municipality).`,
  'geo.parentByOverlap': (p) => `${p.where}: municipality found by the largest overlap: ${p.parent} (${p.share}% of the area).`,
  'geo.notArea': (p) => `${p.where}: geometry “${p.type}” is not an area; expected Polygon or MultiPolygon.`,
  'geo.noGeometry': (p) => `${p.where}: no geometry.`,
  'geo.badCoordinates': (p) => `${p.where}: invalid coordinates (not pairs of numbers).`,
  'geo.outside': (p) => `${p.where}: does not lie in the Rhein-Sieg-Kreis (longitude and latitude swapped, or another reference system?).`,
  'geo.projected': (p) =>
    `Coordinates look projected (for example UTM); please save them in WGS84 (EPSG:4326). Affected: ${p.count} of ${p.total} areas, first “${p.first}”.`,
  'geo.ringOpen': (p) => `${p.where}: ring ${p.ring} is not closed (first and last point differ); not taken.`,
  'geo.ringShort': (p) => `${p.where}: ring ${p.ring} has only ${p.positions} positions (at least 4 needed); not taken.`,
  'geo.selfIntersection': (p) =>
    `${p.where}: the outline crosses itself (${p.count} ${p.count === 1 ? 'crossing' : 'crossings'}, for example a figure of eight); not taken.`,
  'geo.zeroArea': (p) => `${p.where}: the shape has no area; not taken.`,
  'geo.overlap': (p) => `${p.where}: overlaps “${p.other}” by ${p.share}% of the smaller area; social areas should not overlap.`,
};

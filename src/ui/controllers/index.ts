// The shell's controllers, one feature each (lit reactive controllers): see each file.
export { DataController } from './data-controller';
export { MapController, insetsOf } from './map-controller';
export { HashController } from './hash-controller';
export { PrintController } from './print-controller';
export { DropController } from './drop-controller';
export { ImportController } from './import-controller';
export { PresentationController } from './presentation-controller';
export { HostController, optionProperties } from './host-controller';
export { SelectionController } from './selection-controller';
export { GridController } from './grid-controller';
export { ModelController } from './model-controller';
export { ContributionLoader } from './contribution-loader';
export { PlacesLoader } from './places-loader';
export { LanguageController } from './language-controller';

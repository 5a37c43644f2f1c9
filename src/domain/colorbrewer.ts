// ColorBrewer's colours of the schemes the atlas offers, 3 to 9 classes, each class count as one
// string of six-digit hex colours, lightest (or first pole) first: the very values of d3-scale-chromatic
// 3.1.1 (test/unit/colorbrewer.test.ts holds them to it). Written out here because that package builds
// all its schemes and interpolators when imported (calls a bundler cannot drop), which kept all of
// d3-scale-chromatic with d3-interpolate and d3-color, about 10 KB gzip, in the start bundle.
// Source: ColorBrewer 2.0, Cynthia Brewer, Mark Harrower and The Pennsylvania State University (2002),
// Apache License 2.0; https://colorbrewer2.org.

/** Per scheme id, the colours for 3, 4, … 9 classes. */
export const COLORBREWER: Readonly<Record<string, readonly string[]>> = {
  Blues: ['deebf79ecae13182bd', 'eff3ffbdd7e76baed62171b5', 'eff3ffbdd7e76baed63182bd08519c', 'eff3ffc6dbef9ecae16baed63182bd08519c', 'eff3ffc6dbef9ecae16baed64292c62171b5084594', 'f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594', 'f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b'],
  Greens: ['e5f5e0a1d99b31a354', 'edf8e9bae4b374c476238b45', 'edf8e9bae4b374c47631a354006d2c', 'edf8e9c7e9c0a1d99b74c47631a354006d2c', 'edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32', 'f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32', 'f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b'],
  Oranges: ['fee6cefdae6be6550d', 'feeddefdbe85fd8d3cd94701', 'feeddefdbe85fd8d3ce6550da63603', 'feeddefdd0a2fdae6bfd8d3ce6550da63603', 'feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04', 'fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04', 'fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704'],
  Purples: ['efedf5bcbddc756bb1', 'f2f0f7cbc9e29e9ac86a51a3', 'f2f0f7cbc9e29e9ac8756bb154278f', 'f2f0f7dadaebbcbddc9e9ac8756bb154278f', 'f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486', 'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486', 'fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d'],
  Reds: ['fee0d2fc9272de2d26', 'fee5d9fcae91fb6a4acb181d', 'fee5d9fcae91fb6a4ade2d26a50f15', 'fee5d9fcbba1fc9272fb6a4ade2d26a50f15', 'fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d', 'fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d', 'fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d'],
  YlGnBu: ['edf8b17fcdbb2c7fb8', 'ffffcca1dab441b6c4225ea8', 'ffffcca1dab441b6c42c7fb8253494', 'ffffccc7e9b47fcdbb41b6c42c7fb8253494', 'ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84', 'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84', 'ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58'],
  YlOrRd: ['ffeda0feb24cf03b20', 'ffffb2fecc5cfd8d3ce31a1c', 'ffffb2fecc5cfd8d3cf03b20bd0026', 'ffffb2fed976feb24cfd8d3cf03b20bd0026', 'ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026', 'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026', 'ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026'],
  PuBuGn: ['ece2f0a6bddb1c9099', 'f6eff7bdc9e167a9cf02818a', 'f6eff7bdc9e167a9cf1c9099016c59', 'f6eff7d0d1e6a6bddb67a9cf1c9099016c59', 'f6eff7d0d1e6a6bddb67a9cf3690c002818a016450', 'fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450', 'fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636'],
  RdBu: ['ef8a62f7f7f767a9cf', 'ca0020f4a58292c5de0571b0', 'ca0020f4a582f7f7f792c5de0571b0', 'b2182bef8a62fddbc7d1e5f067a9cf2166ac', 'b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac', 'b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac', 'b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac'],
  PuOr: ['998ec3f7f7f7f1a340', '5e3c99b2abd2fdb863e66101', '5e3c99b2abd2f7f7f7fdb863e66101', '542788998ec3d8daebfee0b6f1a340b35806', '542788998ec3d8daebf7f7f7fee0b6f1a340b35806', '5427888073acb2abd2d8daebfee0b6fdb863e08214b35806', '5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806'],
  BrBG: ['d8b365f5f5f55ab4ac', 'a6611adfc27d80cdc1018571', 'a6611adfc27df5f5f580cdc1018571', '8c510ad8b365f6e8c3c7eae55ab4ac01665e', '8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e', '8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e', '8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e'],
  PiYG: ['e9a3c9f7f7f7a1d76a', 'd01c8bf1b6dab8e1864dac26', 'd01c8bf1b6daf7f7f7b8e1864dac26', 'c51b7de9a3c9fde0efe6f5d0a1d76a4d9221', 'c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221', 'c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221', 'c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221'],
};

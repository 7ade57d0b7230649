// @atproto/api's rich-text detection, imported by file: Herald's one import of another package's private
// files. The package exports only its root, which loads every lexicon: about 0.5 s of cold start for the CLI
// and the Action (docs/platforms.md). RichText#detectFacetsWithoutResolution is detectFacets(new
// UnicodeString(text)) sorted by byteStart; tests/core/render/bluesky-facets.test.ts proves these are the
// installed package's and give exactly what RichText gives.
export { detectFacets } from '../../../node_modules/@atproto/api/dist/rich-text/detection.js';
export { UnicodeString } from '../../../node_modules/@atproto/api/dist/rich-text/unicode.js';

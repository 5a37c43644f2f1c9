// The web component for host pages: `npm run build` writes this entry and its lazy parts to
// dist/embed/. A host page needs one line:
//   <script type="module" src="…/embed/sozial-atlas.js"></script>
// Its data and glyphs are found next to it (see asset-base.ts), and nothing is fetched elsewhere.
import './ui/sozial-atlas';

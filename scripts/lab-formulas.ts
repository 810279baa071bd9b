// `npm run lab:formulas`: writes components/lab/lab-formulas.generated.ts, the lab's formulas as KaTeX HTML
// (render-formulas.ts), so the widget's lazily loaded chunk carries them instead of every lab page's HTML (React's
// inline page data) and the browser still runs no KaTeX. components/lab/lab-formulas.test.ts fails when the file
// and the renderer disagree (a KaTeX upgrade, a changed formula): run this again then.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderLabFormulas } from "../components/lab/render-formulas";
import { labFormulasModule } from "../components/lab/lab-formulas-module";

const file = path.resolve(__dirname, "..", "components", "lab", "lab-formulas.generated.ts");
writeFileSync(file, labFormulasModule(renderLabFormulas()));
console.log(`wrote ${path.relative(process.cwd(), file)}`);

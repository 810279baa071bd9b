import "server-only";
import katex from "katex";
import { ACTIVATIONS } from "@/lib/regression";
import type { LabFormulas } from "./formula-types";

function render(tex: string, displayMode = true): string {
  // MathML for screen readers, HTML for display; the KaTeX stylesheet is loaded by the page.
  return katex.renderToString(tex, { displayMode, throwOnError: false, output: "htmlAndMathml", trust: false });
}

let cached: LabFormulas | null = null;

/** The §4 formulas (as the article and the technique pages write them) plus the lab's model and optimisers. */
export function renderLabFormulas(): LabFormulas {
  cached ??= {
    activation: {
      relu: render(ACTIVATIONS.relu.latex),
      tanh: render(ACTIVATIONS.tanh.latex),
      sigmoid: render(ACTIVATIONS.sigmoid.latex),
      linear: render(ACTIVATIONS.linear.latex),
    },
    model: {
      linear: render(String.raw`\hat{y} = w\,x + b`),
      mlp: render(String.raw`\hat{y} = \sum_{j=1}^{h} v_j\, f(w_j\,x + b_j) + c`),
    },
    optimizer: {
      sgd: render(String.raw`\theta \leftarrow \theta - \eta\,\nabla_\theta L`),
      momentum: render(String.raw`v \leftarrow 0.9\,v - \eta\,\nabla_\theta L,\quad \theta \leftarrow \theta + v`),
      adam: render(
        String.raw`\begin{aligned} m &\leftarrow \beta_1 m + (1-\beta_1)\,g \\ v &\leftarrow \beta_2 v + (1-\beta_2)\,g^2 \\ \theta &\leftarrow \theta - \eta\,\frac{\hat m}{\sqrt{\hat v} + \epsilon} \end{aligned}`,
      ),
    },
    mse: render(String.raw`L = \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2`),
    crossEntropy: render(String.raw`L = -\frac{1}{n}\sum_{i=1}^{n}y_i\log(\hat{y}_i)`),
    zscore: render(String.raw`x' = \frac{x - \mu_x}{\sigma_x}, \qquad \hat{y} = \hat{y}'\,\sigma_y + \mu_y`),
  };
  return cached;
}

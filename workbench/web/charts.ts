// Charts the add-on inserted with EmbeddedChartBuilder, drawn over the grid at their anchor cell by
// Chart.js from the data their range holds now (each snapshot brings the current data, so a chart follows
// its cells). Each chart's figure carries its labels and values as data attributes for tests.
import { Chart, type ChartConfiguration, registerables } from 'chart.js';
import type { ChartView } from '../app/protocol';

Chart.register(...registerables);

const WIDTH = 480;
const HEIGHT = 300;
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

function configOf(view: ChartView): ChartConfiguration {
  const pie = view.type === 'PIE';
  const type = pie ? 'pie' : view.type === 'LINE' ? 'line' : 'bar';
  return {
    type,
    data: {
      labels: [...view.labels],
      datasets: view.series.map((s, i) => ({
        label: s.name,
        data: [...s.values],
        backgroundColor: pie ? COLOURS : COLOURS[i % COLOURS.length],
      })),
    },
    options: {
      animation: false,
      responsive: false,
      indexAxis: view.type === 'BAR' ? 'y' : 'x',
      plugins: {
        title: { display: view.title !== '', text: view.title },
        legend: { display: pie || view.series.length > 1 },
      },
    },
  } as ChartConfiguration;
}

export class ChartLayer {
  private readonly shown = new Map<number, { figure: HTMLElement; chart: Chart; json: string }>();

  constructor(private readonly layer: HTMLElement) {}

  /** Shows `views` (the active sheet's charts); `place` gives each anchor's pixel position in the grid. */
  render(views: readonly ChartView[], place: (view: ChartView) => { left: number; top: number }): void {
    const ids = new Set(views.map((v) => v.id));
    for (const [id, entry] of this.shown) {
      if (ids.has(id)) continue;
      entry.chart.destroy();
      entry.figure.remove();
      this.shown.delete(id);
    }
    for (const view of views) {
      const json = JSON.stringify(view);
      let entry = this.shown.get(view.id);
      if (!entry) {
        const figure = this.layer.ownerDocument.createElement('figure');
        figure.className = 'chart';
        const canvas = this.layer.ownerDocument.createElement('canvas');
        canvas.width = WIDTH;
        canvas.height = HEIGHT;
        canvas.setAttribute('role', 'img');
        figure.append(canvas);
        this.layer.append(figure);
        entry = { figure, chart: new Chart(canvas, configOf(view)), json };
        this.shown.set(view.id, entry);
      } else if (entry.json !== json) {
        const config = configOf(view);
        entry.chart.data = config.data;
        entry.chart.options = config.options ?? {};
        entry.chart.update();
        entry.json = json;
      }
      const { left, top } = place(view);
      entry.figure.style.left = `${left}px`;
      entry.figure.style.top = `${top}px`;
      entry.figure.dataset.chartId = String(view.id);
      entry.figure.dataset.title = view.title;
      entry.figure.dataset.labels = JSON.stringify(view.labels);
      entry.figure.dataset.values = JSON.stringify(view.series.map((s) => s.values));
      entry.figure.querySelector('canvas')?.setAttribute('aria-label', view.title || 'Chart');
    }
  }
}

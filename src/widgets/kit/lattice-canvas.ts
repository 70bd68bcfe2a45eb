import { fitCanvas } from './canvas';
import { fillPixels } from './pixels';

/**
 * Draws a square lattice of small integers (Ising spins, percolation sites) on a canvas sized
 * by CSS: one ImageData pixel per site, scaled up without smoothing so sites stay crisp squares.
 * The pixel buffer is allocated once per lattice size; a frame only fills it and copies it.
 */
export class LatticeCanvas {
  readonly canvas: HTMLCanvasElement;
  readonly #context: CanvasRenderingContext2D;
  readonly #sites: HTMLCanvasElement;
  readonly #sitesContext: CanvasRenderingContext2D;
  #image: ImageData | undefined;
  #pixels = new Uint32Array(0);
  readonly #unfit: () => void;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    this.#context = canvas.getContext('2d')!;
    this.#sites = canvas.ownerDocument.createElement('canvas');
    this.#sitesContext = this.#sites.getContext('2d')!;
    this.#unfit = fitCanvas(canvas, () => this.#present());
  }

  /** Draws `cells` (row-major, size × size), cell value v in colour colors[v − base] (packed by `packColor`). */
  draw(cells: ArrayLike<number>, size: number, base: number, colors: Uint32Array): void {
    if (this.#image?.width !== size) {
      this.#sites.width = this.#sites.height = size;
      this.#image = this.#sitesContext.createImageData(size, size);
      this.#pixels = new Uint32Array(this.#image.data.buffer);
    }
    fillPixels(cells, base, colors, this.#pixels);
    this.#sitesContext.putImageData(this.#image, 0, 0);
    this.#present();
  }

  /** Stops following the canvas's size. */
  stop(): void {
    this.#unfit();
  }

  #present(): void {
    if (!this.#image) return;
    const { width, height } = this.canvas;
    this.#context.imageSmoothingEnabled = false;
    this.#context.drawImage(this.#sites, 0, 0, width, height);
  }
}

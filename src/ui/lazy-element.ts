/**
 * Defines a custom element that loads its widget code only when it scrolls into view (the
 * equivalent of Astro's `client:visible` for our framework-free widgets). The element's `data-*`
 * attributes are passed to the widget's `mount` function.
 */
export interface WidgetModule {
  mount(host: HTMLElement): void;
}

export function defineLazyWidget(tagName: string, load: () => Promise<WidgetModule>): void {
  if (customElements.get(tagName)) return;
  customElements.define(
    tagName,
    class extends HTMLElement {
      #observer: IntersectionObserver | undefined;

      connectedCallback(): void {
        if (this.dataset['mounted']) return;
        this.#observer = new IntersectionObserver(
          (entries) => {
            if (!entries.some((entry) => entry.isIntersecting)) return;
            this.#observer?.disconnect();
            this.dataset['mounted'] = 'true';
            load()
              .then((module) => module.mount(this))
              .catch((error: unknown) => {
                this.dataset['mounted'] = 'failed';
                console.error(`ECS Dojo: the ${tagName} widget could not start`, error);
              });
          },
          { rootMargin: '200px' },
        );
        this.#observer.observe(this);
      }

      disconnectedCallback(): void {
        this.#observer?.disconnect();
      }
    },
  );
}

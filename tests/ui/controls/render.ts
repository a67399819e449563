/** Server-rendered HTML of a component, for tests of the controls' markup. */
import type { Component } from 'svelte';
import { render } from 'svelte/server';

export function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return render(component as Component<Record<string, unknown>>, { props }).body;
}

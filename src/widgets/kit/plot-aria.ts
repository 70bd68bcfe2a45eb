/**
 * Plot labels its mark groups with `aria-label` but gives them no role, which
 * screen readers ignore and axe reports as `aria-prohibited-attr`. Giving each
 * such group the `group` role makes the label valid. Applied to every chart,
 * on the server and in the browser.
 */
export function fixPlotAria(root: Element): void {
  for (const group of root.querySelectorAll('g[aria-label]:not([role])')) {
    group.setAttribute('role', 'group');
  }
}

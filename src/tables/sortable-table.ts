/**
 * <sortable-table>: turns each header of the table inside into a button that
 * sorts the body by that column, ascending then descending, and reports the
 * order through aria-sort. Keys come from a cell's `data-sort`, else its text;
 * numeric keys sort as numbers.
 */
class SortableTable extends HTMLElement {
  connectedCallback() {
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((header, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        this.#sort(column, ascending);
      });
    });
  }

  #sort(column: number, ascending: boolean) {
    const body = this.querySelector('tbody');
    if (!body) return;
    const key = (row: HTMLTableRowElement) => {
      const cell = row.cells[column];
      return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
    };
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y)) ? Number(x) - Number(y) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
}

customElements.define('sortable-table', SortableTable);

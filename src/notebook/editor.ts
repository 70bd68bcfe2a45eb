import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { typescriptLanguage } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export interface EditorOptions {
  /** The accessible name of the code area. */
  label: string;
  /** Ctrl+Enter (Cmd+Enter on a Mac). */
  onRun: () => void;
  onChange: (code: string) => void;
}

/** The code area of a cell: a CodeMirror editor with what a code cell needs, and no more. */
export interface CodeEditor {
  readonly code: string;
  setCode(code: string): void;
  focus(): void;
}

/**
 * A TypeScript editor with line numbers, highlighting (the `tok-*` classes of the build-time
 * `<pre>`), undo, automatic indentation and Tab to indent. Tab stays in the editor; Escape then
 * Tab leaves it, as CodeMirror announces, so keyboard users are never trapped.
 */
export function createEditor(parent: Element, code: string, { label, onRun, onChange }: EditorOptions): CodeEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        // Long lines wrap: the editor grows instead of scrolling, so it never becomes a scroll region without keyboard access.
        EditorView.lineWrapping,
        indentOnInput(),
        bracketMatching(),
        indentUnit.of('  '),
        syntaxHighlighting(classHighlighter),
        typescriptLanguage,
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (onRun(), true) }])),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    get code() {
      return view.state.doc.toString();
    },
    setCode(next: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    focus() {
      view.focus();
    },
  };
}

// The SQL editor: CodeMirror 6 with its SQL language, completion of the tables and columns from
// the codebook, and Ctrl/Cmd+Enter to run.
import {EditorView, basicSetup} from "codemirror";
import {keymap} from "@codemirror/view";
import {Prec} from "@codemirror/state";
import {PostgreSQL, sql} from "@codemirror/lang-sql";

// CodeMirror's default gutter grey is too light on its background for WCAG AA.
const THEME = EditorView.theme({
  "&": {fontSize: "14px", border: "1px solid var(--theme-foreground-faint, #ccc)", borderRadius: "4px"},
  ".cm-scroller": {fontFamily: "var(--monospace, monospace)", minHeight: "10em", maxHeight: "28em"},
  ".cm-gutters": {color: "#4d4d4d", backgroundColor: "#f3f3f3"},
  ".cm-activeLineGutter": {color: "#1a1a1a"},
});

/**
 * An editor element with `.value` (the text), `.setValue(text)`, `.insertText(text)` and `.focusEditor()`.
 * @param {{value?: string, schema?: Record<string, string[]>, onRun?: () => void, label?: string}} options
 */
export function sqlEditor({value = "", schema = {}, onRun = () => {}, label = "SQL-query"} = {}) {
  const parent = document.createElement("div");
  parent.className = "werkbank-editor";
  const run = () => (onRun(), true);
  const view = new EditorView({
    doc: value,
    parent,
    extensions: [
      basicSetup,
      sql({dialect: PostgreSQL, schema, upperCaseKeywords: true}),
      Prec.highest(keymap.of([{key: "Mod-Enter", run}])),
      EditorView.contentAttributes.of({"aria-label": label}),
      THEME,
    ],
  });
  Object.defineProperty(parent, "value", {get: () => view.state.doc.toString()});
  parent.setValue = (text) => view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}});
  parent.focusEditor = () => view.focus();
  parent.insertText = (text) => (view.dispatch(view.state.replaceSelection(text)), view.focus());
  parent.view = view;
  return parent;
}

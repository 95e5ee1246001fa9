// Entry of the results panel's browser code (bundled to dist/webview.js and
// dist/webview.css): connects to VS Code, restores the last state, listens.
import 'uplot/dist/uPlot.min.css';
import './styles.css';
import { App } from './app';
import { connectHost } from './host';
import type { ToWebview } from './protocol';
import { watchTheme } from './theme';

const app = new App(document.getElementById('app') ?? document.body, connectHost());
window.addEventListener('message', (event: MessageEvent<ToWebview>) => app.receive(event.data));
watchTheme(() => app.themeChanged());
app.start();

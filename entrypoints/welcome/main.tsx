import { render } from 'preact';
import { uiLang } from '../../src/ui/ui-lang';
import { Welcome, welcomeText } from '../../src/welcome/welcome';

document.documentElement.lang = uiLang();
document.title = welcomeText(uiLang()).welcomeTitle; // the person's language choice follows once read
render(<Welcome />, document.getElementById('app')!);

import { render } from 'preact';
import { Popup } from '../../src/popup/popup';
import { uiLang, uiText } from '../../src/ui/ui-lang';

document.documentElement.lang = uiLang();
document.title = uiText().popupTitle;
render(<Popup />, document.getElementById('app')!);

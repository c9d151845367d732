import { render } from 'preact';
import { Options } from '../../src/options/options';
import { optionsText } from '../../src/options/text';
import { repairStoredSettings } from '../../src/settings/store';
import { uiLang } from '../../src/ui/ui-lang';

// A damaged stored value is kept aside and repaired here too, so this page shows it even before the
// background has looked (it would do the same; doing it twice is harmless).
void repairStoredSettings();
document.documentElement.lang = uiLang();
document.title = optionsText(uiLang()).optionsTitle; // the person's language choice follows once read
render(<Options />, document.getElementById('app')!);

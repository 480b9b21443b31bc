import { render } from 'preact';
import { SidePanel } from '../../components/side-panel/side-panel';
import '../../components/common/base.css';

document.documentElement.lang = navigator.language.startsWith('ja') ? 'ja' : 'en';
render(<SidePanel />, document.getElementById('app')!);

import { mountPage } from '../../components/common/mount-page';
import { SidePanel } from '../../components/side-panel/side-panel';
import '../../components/common/base.css';

mountPage(<SidePanel />);

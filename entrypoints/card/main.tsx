import { mountPage } from '../../components/common/mount-page';
import { CardFrame } from '../../components/hover-card/card-frame';

// The hover card's data, in an extension page the web page embeds but cannot reach into (issue 16 §2).
mountPage(<CardFrame session={location.hash.slice(1)} />);

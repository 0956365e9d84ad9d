// Worker entry: TypeScript sources are loaded through tsx, then each task runs one cell.
import { register } from 'tsx/esm/api';

register();
const { runCell } = await import('./run-cell.ts');
export default runCell;

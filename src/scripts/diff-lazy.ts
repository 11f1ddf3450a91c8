/** The line diff's behaviour, loaded by src/scripts/diff-boot.ts on first use: the view and line scripts, installed. */
import { install as installLines } from './diff-lines.ts';
import { install as installView } from './diff-view.ts';

installView();
installLines();

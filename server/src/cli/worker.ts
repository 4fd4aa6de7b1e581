/** Worker thread entry: lints one file per task. */
import { lintFile, type FileTask } from './lint-file.js';

export default function run(task: FileTask) {
  return lintFile(task);
}

/** Problems in the data of <nps-trend>, in its strings (`problem.*`). */
import { problemMaker } from '../../core/problems.js';
import { strings } from './strings.js';

export const problem = problemMaker(strings);

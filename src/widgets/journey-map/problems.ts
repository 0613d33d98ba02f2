/** Problems in the data of <journey-map>, in its strings (`problem.*`). */
import { problemMaker } from '../../core/problems.js';
import { journeyMapStrings } from './strings.js';

export const problem = problemMaker(journeyMapStrings);

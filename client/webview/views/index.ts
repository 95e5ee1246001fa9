// The views, in tab order.
import { cdfView } from './cdf';
import { compareView } from './compare';
import { coresView } from './cores';
import { expectsView } from './expects';
import { stagesView } from './stages';
import { summaryView } from './summary';
import { sweepView } from './sweep';
import { timeseriesView } from './timeseries';
import { topologyView } from './topology';
import type { View } from './view';

export const VIEWS: View[] = [summaryView, cdfView, timeseriesView, coresView, stagesView, sweepView, compareView, expectsView, topologyView];

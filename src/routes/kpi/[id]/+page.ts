import catalogue from 'virtual:kpi-definitions';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per catalogue KPI; the data comes in the browser.
export const entries: EntryGenerator = () => catalogue.kpis.map((k) => ({ id: k.id }));

export const load: PageLoad = ({ params }) => ({ kpiId: params.id });

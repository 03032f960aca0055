/** Follow-up of signed clauses (issue 6): tracking per document, what needs action, dashboards, Excel, carry-over. */
import './followup.css';

export { AgenciesScreen } from './AgenciesScreen';
export { DashboardScreen } from './DashboardScreen';
export { DueBanner } from './DueBanner';
export { DueScreen } from './DueScreen';
export { FollowupBar } from './FollowupBar';
export { FollowupNav } from './FollowupNav';
export { TrackingScreen } from './TrackingScreen';

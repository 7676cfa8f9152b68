# Charts: the pictures that come with the overview, indicator, meeting and invitations answers, and "charts on/off".

cmd-charts = Pictures with answers: on or off
arg-charts-switch = on or off
charts-state = { $on ->
    [yes] Charts: on. The overview, indicator, meeting and invitations answers come with a chart.
   *[no] Charts: off. Answers are text only.
 }
charts-set = { $on ->
    [yes] Done: the overview, indicator, meeting and invitations answers will come with a chart. "charts off" turns them off.
   *[no] Done: no more charts; the text answers stay complete. "charts on" turns them back on.
 }
charts-unknown = Please write "charts on" or "charts off" (got "{ $input }").
charts-button-on = On
charts-button-off = Off

chart-health = { $health ->
    [done] Done
    [on-track] On track
    [at-risk] At risk
    [overdue] Overdue
   *[no-report] No report
 }
chart-items = items
chart-overview-subtitle = { $scope }: { $count } items · "No report": no report on the item yet
chart-overview-parts = By part
chart-overview-units = { $shown ->
    [all] By lead unit ({ $count })
   *[other] By lead unit: the { $shown } with most trouble (of { $count })
 }
chart-overview-burnup = Share of items done and on track, by week
chart-overview-alt = Overview chart: { $count } items; { $done } done, { $ontrack } on track, { $risk } at risk, { $overdue } overdue, { $none } with no report.

chart-indicator-subtitle = { $direction ->
    [higher] Higher is better
   *[lower] Lower is better (the axis is turned over: up is better)
 } · dashed lines: low, middle and high stage targets
chart-indicator-values = Qingdao
chart-indicator-cities = Benchmarks
chart-indicator-baseline = baseline
chart-indicator-better = ↑ better
chart-indicator-target = { $stage ->
    [low] low stage
    [middle] middle stage
   *[high] high stage
 } { $value }
chart-indicator-alt = Indicator { $code }: its values by year against the three stage targets and the five benchmark cities.

chart-meeting-subtitle = { $count } invited · quorum { $min } (yes and if need be both count as able)
chart-meeting-answer = { $answer ->
    [yes] Yes
    [ifneedbe] If need be
    [no] No
   *[missing] No answer yet
 }
chart-meeting-people = people
chart-meeting-quorum = quorum { $min }
chart-meeting-alt = Meeting { $id }: yes, if need be and no for each candidate slot, against the quorum of { $min }.

chart-invitations-title = Expert invitations
chart-invitations-subtitle = { $total } candidates, { $accepted } accepted
chart-invitations-by-lang = By language
chart-invitations-by-country = By country or region
chart-invitations-state = { $state ->
    [accepted] Accepted
    [declined] Declined
    [pending] Pending
    [unreachable] Not reachable yet
    [not-invited] Not invited
   *[revoked] Revoked
 }
chart-invitations-lang = { $lang ->
    [zh-Hans] 简体中文
    [zh-Hant] 繁體中文
   *[en] English
 }
chart-experts = people
chart-invitations-alt = Expert invitations chart: { $total } candidates; { $accepted } accepted, { $declined } declined, { $pending } pending, { $unreachable } not reachable yet; by language and by country.

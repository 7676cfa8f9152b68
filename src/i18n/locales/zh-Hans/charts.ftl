# 统计图：总览、指标、会议投票、邀请情况的回答附带的图，以及“图表 开/关”。

cmd-charts = 回答附带统计图：开或关
arg-charts-switch = 开 或 关
charts-state = { $on ->
    [yes] 统计图：开。总览、指标、会议和邀请情况的回答会附带一张图。
   *[no] 统计图：关。回答只有文字。
 }
charts-set = { $on ->
    [yes] 好的，之后总览、指标、会议和邀请情况的回答会附带统计图。关掉请发“图表 关”。
   *[no] 好的，之后不再发统计图，文字回答照旧完整。打开请发“图表 开”。
 }
charts-unknown = 请写“图表 开”或“图表 关”（收到的是“{ $input }”）。
charts-button-on = 开
charts-button-off = 关

chart-health = { $health ->
    [done] 已完成
    [on-track] 进展正常
    [at-risk] 有风险
    [overdue] 已逾期
   *[no-report] 未汇报
 }
chart-items = 事项数
chart-overview-subtitle = { $scope }共 { $count } 项 ·“未汇报”是还没有任何汇报的事项
chart-overview-parts = 各部分
chart-overview-units = { $shown ->
    [all] 各牵头单位（{ $count } 个）
   *[other] 各牵头单位：问题最多的 { $shown } 个（共 { $count } 个）
 }
chart-overview-burnup = 每周已完成和进展正常的事项占比
chart-overview-alt = 督办总览图：共 { $count } 项，已完成 { $done }，进展正常 { $ontrack }，有风险 { $risk }，已逾期 { $overdue }，未汇报 { $none }。

chart-indicator-subtitle = { $direction ->
    [higher] 越高越好
   *[lower] 越低越好（纵轴已倒置，越往上越好）
 } · 虚线为低、中、高阶段目标
chart-indicator-values = 青岛
chart-indicator-cities = 对标城市
chart-indicator-baseline = 基准
chart-indicator-better = ↑ 更好
chart-indicator-target = { $stage ->
    [low] 低阶段
    [middle] 中阶段
   *[high] 高阶段
 } { $value }
chart-indicator-alt = 指标 { $code } 历年数值与三个阶段目标和五个对标城市的对比图。

chart-meeting-subtitle = 邀请 { $count } 人 · 法定人数 { $min } 人（“可以”和“必要时可以”都算能出席）
chart-meeting-answer = { $answer ->
    [yes] 可以
    [ifneedbe] 必要时可以
    [no] 不行
   *[missing] 未答复
 }
chart-meeting-people = 人数
chart-meeting-quorum = 法定人数 { $min }
chart-meeting-alt = 会议 { $id } 各候选时段的投票：可以、必要时可以、不行，与法定人数 { $min } 人的对比图。

chart-invitations-title = 专家邀请情况
chart-invitations-subtitle = 候选专家 { $total } 人，已接受 { $accepted } 人
chart-invitations-by-lang = 按语言
chart-invitations-by-country = 按国家和地区
chart-invitations-state = { $state ->
    [accepted] 已接受
    [declined] 已谢绝
    [pending] 待答复
    [unreachable] 暂无法送达
    [not-invited] 未邀请
   *[revoked] 已撤回
 }
chart-invitations-lang = { $lang ->
    [zh-Hans] 简体中文
    [zh-Hant] 繁體中文
   *[en] English
 }
chart-experts = 人数
chart-invitations-alt = 专家邀请情况图：共 { $total } 人，已接受 { $accepted }，已谢绝 { $declined }，待答复 { $pending }，暂无法送达 { $unreachable }，按语言和国家分列。

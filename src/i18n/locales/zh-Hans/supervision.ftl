## Supervision 督办: overview, history, export, weekly digest. zh-Hant is converted from this file.

## Shared
sv-counts = 逾期 { $overdue } · 有风险 { $risk } · 尚无汇报 { $noreport } · 正常 { $ontrack } · 已完成 { $done }
sv-status = { $status ->
    [not-started] 未开始
    [on-track] 正常推进
    [at-risk] 有风险
    [delayed] 滞后
    [done] 已完成
   *[unknown] 未注明
 }
sv-health = { $health ->
    [overdue] 逾期
    [at-risk] 有风险
    [no-report] 尚无汇报
    [done] 已完成
   *[on-track] 进展正常
 }
sv-platform = { $platform ->
    [telegram] Telegram
    [slack] Slack
    [dingtalk] 钉钉
    [console] 控制台
    [test] 测试
    [import] 导入
   *[other] { $platform }
 }
sv-stale = { $days } 天未更新
sv-no-report = 尚无汇报
sv-behind = 进度 { $progress }%（按时间应约 { $expected }%）

## Overview 总览
overview-title = 督办总览（截至 { $date }）
overview-scope = { $scope }共 { $count } 项：{ $counts }
overview-scope-all = 全部事项
overview-scope-part = 第{ $id }部分
overview-part = 第{ $id }部分 { $name }（{ $count } 项）：{ $counts }
overview-depts-all = 各牵头单位（{ $count } 个，只计其牵头的事项）：
overview-depts-troubled = { $count ->
    [0] 没有牵头单位有逾期或有风险的事项。
   *[other] 有逾期或有风险事项的牵头单位（{ $count } 个{ $shown ->
        [0] {""}
       *[other] ，按数量列前 { $shown } 个
    }；只计其牵头的事项）：
 }
overview-all-depts = 查看全部 { $count } 个牵头单位
overview-items = { $health ->
    [overdue] 逾期事项
    [no-report] 尚无汇报的事项
   *[at-risk] 有风险事项
 }（{ $count } 项）：
overview-list-all = 列出全部 { $count } 项{ $health ->
    [overdue] 逾期事项
    [no-report] 尚无汇报的事项
   *[at-risk] 有风险事项
 }
overview-list-heading = { $scope } · { $health ->
    [overdue] 逾期事项
    [no-report] 尚无汇报的事项
   *[at-risk] 有风险事项
 }共 { $count } 项{ $count ->
    [0] 。
   *[other] ，第 { $page }/{ $pages } 页：
 }
overview-missing = 本月（{ $month }）尚未汇报的牵头单位（{ $count } 个）：{ $list }
overview-missing-none = 本月（{ $month }）有未完成事项的牵头单位均已汇报。
overview-bad-scope = 看不懂“{ $word }”。可以写第N部分、单位名称或“部门”，例如“总览 第五部分”“总览 市发改委”“总览 部门”。

## History 历史
history-heading = { $target }的汇报记录：共 { $count } 条，最新在前{ $pages ->
    [1] {""}
   *[other] （第 { $page }/{ $pages } 页）
 }
history-target-item = 第 { $no } 项
history-target-indicator = 指标 { $code } { $name }
history-none = { $target }尚无汇报记录。
history-ask = 请给出事项编号或指标编码，例如“历史 92”或“历史 E1”。
history-which = 要看哪一项的汇报记录？
history-on-behalf = { $person } 代 { $dept } 录入
history-corrects = ✎ 更正 { $date } 的记录
history-corrected = （此条已被 { $date } 的记录更正）
history-state = 状态 { $status } · 进度 { $progress }
history-value = 数值 { $value }{ $year ->
    [none] {""}
   *[other] （{ $year } 年）
 }
history-source = 来源：{ $source }
history-note = 说明：{ $note }
history-evidence = 佐证：{ $evidence }

## Export 导出
export-sheet = 评估表
export-header = { $col ->
    [no] 序号
    [part] 所属部分
    [task] 工作任务
    [lead] 牵头单位
    [responsible] 责任单位
    [deadline] 完成时限
    [status] 汇报状态
    [progress] 进度(%)
    [health] 健康度
    [days] 剩余天数(负数为逾期)
    [reported] 最近汇报日期
    [by] 汇报人
    [note] 说明
   *[provenance] 数据来源
 }
export-provenance = { $item ->
    [public] 公开资料
    [imported] 导入清单
   *[sample] 示例数据
 }{ $report ->
    [sample] ；汇报为示例数据
   *[other] {""}
 }
export-ready = 评估表（{ $format ->
    [xlsx] Excel
   *[csv] CSV
 }）：共 { $count } 项，截至 { $date }。
export-bad-format = 不认识的格式“{ $word }”。可选：xlsx、csv，不写则两种都发。

## Weekly digest 周报
digest-title = 督办周报（{ $from } — { $to }）
digest-changes = { $reports ->
    [0] 本周没有新的汇报。
   *[other] 本周汇报 { $reports } 条，涉及 { $count } 项事项或指标：
 }
digest-change = { $what }：{ $change }（{ $who }）
digest-overdue = { $count ->
    [0] 本周没有新增逾期事项。
   *[other] 本周新增逾期事项（{ $count } 项）：
 }
digest-blockers = { $count ->
    [0] 本周没有报告卡点。
   *[other] 卡点（{ $count } 项，报为有风险或滞后）：
 }
digest-blocker = { $what }（{ $status }）：{ $note }
digest-no-note = 未写说明
digest-missing = 本月（{ $month }）尚未汇报的牵头单位（{ $count } 个）：{ $list }
digest-missing-none = 本月（{ $month }）有未完成事项的牵头单位均已汇报。
digest-and-more = ，另有 { $count } 个

## Commands
cmd-overview = 督办总览：按健康度统计全部、各部分和各单位的事项，列出逾期和有风险事项
cmd-history = 查看一项事项或指标的汇报记录
cmd-export = 导出评估表：全部事项和 40 个指标（Excel 和 CSV）
arg-overview-scope = 第N部分、单位名称，或“部门”列出全部单位
arg-history-target = 事项编号或指标编码，可加第N页
arg-export-format = xlsx 或 csv（不写则两种都发）

## Health with its reasons; a unit's led and shared items; reminders that reach nobody (issue 10)
sv-health-why = { $health }：{ $why }
sv-reason-reported = 报为{ $status ->
    [delayed] 滞后
   *[at-risk] 有风险
 }
sv-reason-stale = { $days } 天未更新，临近完成时限
sv-reason-contribution = { $unit }报其承担部分{ $status ->
    [delayed] 滞后
   *[at-risk] 有风险
 }
overview-scope-led = { $scope }牵头的事项 { $count } 项：{ $counts }
overview-scope-shared = { $scope }参与（作为责任单位）的事项 { $count } 项：{ $counts }
overview-dept-led = { $dept }（牵头 { $count } 项）：{ $counts }
unreached-heading = 近 { $days } 天提醒无人收到的单位（{ $count } 个）：请为下列人员生成绑定码（“绑定 人员编号”），或补充人员名单
unreached-unit = { $unit }：{ $who ->
    [nobody] 没有可提醒的人员
   *[other] { $who } 尚未绑定
 }（{ $count } 条提醒未送达）
more-units = ……另有 { $count } 个单位
digest-contribution = { $what }（{ $unit }承担部分）

## The indicator sheet of the export (issue 10)
export-ind-sheet = 指标
export-ind-header = { $col ->
    [code] 编码
    [parent] 一级指标
    [name] 指标名称
    [unit] 单位
    [direction] 方向
    [value] 最新值
    [year] 年份
    [stage] 所处阶段
    [next] 下一阶段
    [gap] 距下一阶段差距（比重为百分点）
    [low] 低阶目标
    [middle] 中阶目标
    [high] 高阶目标
    [department] 责任部门
    [source] 数值来源
   *[provenance] 数据来源
 }
export-ind-first-level = （一级指标）
export-ind-direction = { $higher ->
    [yes] 越高越好
   *[no] 越低越好
 }
export-ind-provenance = 名称{ $name ->
    [public] 来自公开资料
    [imported] 来自导入清单
   *[sample] 为示例
 }{ $level ->
    [first] {""}
   *[second] ；数值{ $values ->
        [reported] 为部门汇报
        [public] 来自公开资料
        [imported] 来自导入清单
       *[sample] 为示例数据
    }
 }
export-ready-both = 评估表（Excel，两张表）：事项 { $items } 项、指标 { $indicators } 个，截至 { $date }。
export-ready-indicators = 指标表（CSV）：共 { $count } 个指标，截至 { $date }。
history-part = { $person }（{ $dept }承担部分）

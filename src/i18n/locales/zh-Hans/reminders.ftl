## Reminders, calls for reports and escalation (src/supervision/reminders/). zh-Hant is converted from this file.

reminder-batch-heading = 督办提醒（共 { $count } 条）：
reminder-more = ……另有 { $count } 条未列出。发送“事项列表”可按单位和状态查看全部事项。
reminder-footer = 发送“汇报 编号”报送进展，发送“事项 编号”查看详情。
reminder-deadline = 第 { $no } 项「{ $title }」完成时限 { $deadline }（{ $left }），请在到期前报送最新进展。
reminder-call = { $month }进展报送：贵单位（{ $unit }）牵头的 { $count } 项工作尚未完成（第 { $items } 项），请于本月底前逐项报送最新进展。
reminder-lag = { $reason ->
    [overdue] 已逾期 { $days } 天，逾期后尚无进展报送
   *[stale] 已 { $days } 天没有报送进展
 }
reminder-escalate-reporter = 第 { $no } 项「{ $title }」{ $lag }，请尽快报送进展或完成情况。
reminder-escalate-head = 督办升级：贵单位（{ $unit }）牵头的第 { $no } 项「{ $title }」{ $lag }；已提醒报送人，{ $workdays } 个工作日内仍未报送。请督促落实。
reminder-escalate-admins = 督办升级至市推进办：第 { $no } 项「{ $title }」（牵头单位：{ $unit }）{ $lag }；已提醒报送人和单位负责人，{ $workdays } 个工作日内仍未报送。

## 督办看板：登录命令和网页

cmd-dashboard = 在浏览器中打开督办看板：个人登录链接（仅限使用一次，10 分钟内有效）
dashboard-link = 您的督办看板个人链接（仅限使用一次，{ $minutes } 分钟内有效，请勿转发）：
    { $url }
dashboard-not-running = 本机器人未开启督办看板（DASHBOARD_PORT 已关闭），请联系市推进办。
dashboard-not-for-you = 督办看板供市推进办、领导和各单位负责人、填报人使用；专家委员请在聊天中查看邀请、会议投票和征求意见。
dashboard-sent-dm = 已通过私信把您的督办看板个人链接发给您（登录链接不会发在群里）。
dashboard-dm-failed = 无法给您发私信。请与我单聊并发送“看板”：登录链接不会发在群里。

dash-brand = 督办看板 Duban
dash-nav = { $page ->
    [overview] 总览
    [items] 工作事项
    [indicators] 指标
    [committee] 专家委员会
   *[exports] 导出
 }
dash-signed-in = { $name } · { $scope ->
    [all] 全部
   *[unit] 本单位事项
 }
dash-sample-banner = { $tag }：本页含示例数据（为演示而编造），出现处均有标注。
dash-col = { $col ->
    [unit] 单位
    [open] 未完成事项
    [no] 序号
    [task] 任务内容
    [lead] 牵头单位
    [deadline] 完成时限
    [items] 牵头事项
    [overdue] 已逾期
    [at-risk] 有风险
    [no-report] 未汇报
    [part] 部分
    [health] 健康度
    [progress] 进度
    [responsible] 责任单位
    [benchmark] 对标
    [time] 时间
    [by] 汇报人
    [state] 状态和进度
    [note] 说明
    [evidence] 佐证
    [code] 编码
    [indicator] 指标
    [value] 数值
    [baseline] 基期值
    [stage] 所处阶段
    [gap] 距下一阶段
    [targets] 阶段目标（低 / 中 / 高）
    [direction] 方向
    [city] 对标城市
    [department] 责任单位
    [source] 来源
    [expert] 专家
    [field] 领域
    [country] 国家或地区
    [invitation] 邀请
    [since] 时间
    [reminders] 提醒次数
    [reason] 说明的原因
    [id] 编号
    [title] 标题
    [status] 状态
    [invited] 受邀人数
    [answered] 已答复
    [member] 委员
    [place] 地点
    [quorum] 法定人数
    [answer] 答复
    [roll] 点名
    [delivery] 送达
   *[file] 文件
 }
dash-lagging = 落后的单位（牵头事项已逾期或有风险）
dash-lagging-none = 没有单位牵头的事项逾期或有风险。
dash-silent = { $month }尚未汇报的单位（有未完成事项）
dash-silent-none = 有未完成事项的单位在{ $month }都已汇报。
dash-never = 从未汇报的事项（{ $count } 项）
dash-never-none = 每个事项都至少汇报过一次。
dash-filter = { $name ->
    [part] 部分
    [unit] 单位
    [health] 健康度
   *[due] 完成时限
 }
dash-filter-any = （全部）
dash-filter-apply = 筛选
dash-filter-clear = 清除
dash-filter-bad = 无法识别的筛选条件已忽略：{ $names }
dash-own-unit = { $unit }的事项
dash-due = { $due ->
    [overdue] 已逾期
    [30] 30 天内到期
   *[90] 90 天内到期
 }
dash-items-count = 共 { $count } 项 · 第 { $page } / { $pages } 页
dash-items-none = 没有符合条件的事项。
dash-item-title = 第 { $no } 项
dash-history = 汇报记录（{ $count } 条）
dash-history-none = 尚无汇报。
dash-gap = 距{ $stage ->
    [low] 低阶段
    [middle] 中阶段
   *[high] 高阶段
 }还差 { $gap }
dash-office = { $office ->
    [chair] 主任
   *[vice] 副主任
 }
dash-consult-state = { $state ->
    [draft] 草稿
    [open] 征求中
    [closed] 已截止
   *[discarded] 已放弃
 }
dash-invitations = 邀请情况（{ $count } 位候选人）
dash-meetings = 会议和时间投票
dash-consultations = 征求意见
dash-none = 暂无。
dash-grid = 时间投票（谁选了什么）
dash-final-slot = 已确定
dash-required = （必须出席）
dash-quorum-row = 可出席 / 法定人数 { $min }
dash-able = { $able } 人可以 / 需 { $min } 人
dash-short = { $needs ->
    [0] { $away } 位必须出席者不能出席
   *[other] 还差 { $needs } 人
 }
dash-quorum = 受邀 { $count } 人中的 { $min } 人（“可以”和“必要时可以”都计入）
dash-attendance = 出席情况
dash-present = { $present ->
    [yes] 出席
   *[no] 缺席
 }
dash-download = { $what ->
    [ics] 下载日历文件（ICS）
    [answers] 下载答复（XLSX）
    [xlsx] 下载（XLSX）
   *[csv] 下载（CSV）
 }
dash-answered = { $count ->
    [0] 尚未答复
   *[other] 已答复（{ $count } 条）
 }
dash-who-answered = 答复情况
dash-export-assessment = 全部事项考核表

dash-signin-as = 以{ $name }的身份登录督办看板。
dash-signin-button = 打开督办看板
dash-signin-once = 此链接只能使用一次。关闭浏览器或 12 小时后需重新登录。
dash-link-refused-title = 此登录链接无效
dash-link-refused = { $why ->
    [used] 链接已使用过：每个链接只能使用一次。
    [expired] 链接已过期：链接 10 分钟内有效。
   *[unknown] 这不是有效的链接。
 }请在与督办机器人的单聊中发送“看板”获取新链接。
dash-signin-needed-title = 请先登录
dash-signin-needed = 未登录时督办看板不显示任何内容。请在与督办机器人的单聊中发送“看板”，机器人会回复个人登录链接。
dash-not-for-you-title = 无权查看
dash-not-for-you = 您的账号无权查看此页。督办看板供市推进办、领导和各单位负责人、填报人使用。

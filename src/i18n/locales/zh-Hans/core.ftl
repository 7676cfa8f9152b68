## Duban 督办 — 简体中文消息目录. zh-Hant is converted from this file by OpenCC.

## Errors and refusals
error-internal = 抱歉，处理时出错（错误码 { $code }），本条消息没有保存任何内容。请稍后再试。
error-not-saved = 保存失败（{ $code }）：磁盘写入出错，本次内容没有保存，之前的数据完好。请稍后再试。
action-unknown = 这个按钮已失效，请重新发送命令。
action-expired = 这个按钮已过期，请重新发送命令。
action-not-yours = 这个按钮是发给别人的，您不能替他人作答。
file-unexpected = 收到文件，但当前没有需要文件的操作。发送“帮助”查看可用命令。
empty-message = 请输入要查询的内容，例如“事项 92”或“指标 国际航线”。发送“帮助”查看全部命令。
message-too-long = 消息太长（上限 { $max } 字），请精简后再发。
not-bound = 您的账号尚未绑定，只能查询，不能提交或修改。请向市推进办索取绑定码，然后发送“绑定 绑定码”。
not-allowed = 您的角色无权使用“{ $command }”。如需权限，请联系市推进办。

## Lookups
item-not-found = 没有第 { $no } 项。行动计划共 { $max } 项，请输入 1–{ $max } 之间的编号。
indicator-not-found = 没有编码为 { $code } 的指标。一级指标为 A–E，二级指标如 A1、E3。
lookup-none = 没有找到与“{ $query }”相关的{ $kind ->
    [item] 事项
    [indicator] 指标
    [department] 单位
   *[any] 事项、指标或单位
 }。可以试试：编号（92）、指标编码（E3）、标题中的词（国际航线）、拼音（hangxian）或英文（air routes）。
lookup-several = 找到 { $count } 个可能的结果，请选择：
item-ask = 请给出事项编号或关键词，例如“事项 92”或“事项 专家咨询委员会”。
indicator-ask = 请给出指标编码或关键词，例如“指标 国际航线”。一级指标：
unit-ask = 请给出单位名称或简称，例如“单位 市发改委”。

## Dates and provenance
due-today = 今天到期
days-left = 剩余 { $days } 天
days-overdue = 已逾期 { $days } 天
sample-tag = 示例数据 / sample
provenance = 数据来源：{ $p ->
    [public] 公开资料
    [imported] 导入的正式清单
   *[sample] 示例数据（虚构，仅供演示）
 }
provenance-mixed = 数据来源：名称{ $name ->
    [public] 来自公开资料
    [imported] 来自导入清单
   *[sample] 为示例
 }，数值{ $values ->
    [public] 来自公开资料
    [imported] 来自导入清单
   *[sample] 为示例数据（虚构，仅供演示）
 }

## Items
item-heading = 第 { $no } 项
item-part = 所属部分：{ $id }. { $part }
item-lead = 牵头单位：{ $units }
item-responsible = 责任单位：{ $units }
item-deadline = 完成时限：{ $deadline }（{ $left }）
status-done = 已完成
item-benchmark = 对标：{ $benchmark }
item-status = 当前状态：{ $status ->
    [not-started] 未开始
    [on-track] 正常推进
    [at-risk] 有风险
    [delayed] 滞后
    [done] 已完成
   *[unknown] 未注明
 }{ $progress ->
    [-1] {""}
   *[other] ，进度 { $progress }%
 }
item-note = 最新说明：{ $note }
item-updated = 最近更新：{ $who }，{ $date }（{ $days ->
    [0] 今天
   *[other] { $days } 天前
 }）
item-no-report = 当前状态：尚无汇报

## Indicators
indicator-parent = 一级指标：{ $code } { $name }
indicator-latest = 最新值：{ $value }（{ $year } 年）
indicator-baseline = 基期值：{ $value }（{ $year } 年）
indicator-direction = 方向：{ $higher ->
    [yes] 越高越好
   *[no] 越低越好
 }
indicator-targets = 阶段目标：低阶 { $low } · 中阶 { $middle } · 高阶 { $high }
indicator-stage = 所处阶段：{ $stage ->
    [low] 已达低阶
    [middle] 已达中阶
    [high] 已达高阶
   *[none] 尚未达到低阶
 }{ $next ->
    [none] {""}
    [low] ，距低阶目标差 { $gap }
    [middle] ，距中阶目标差 { $gap }
   *[high] ，距高阶目标差 { $gap }
 }
indicator-cities = 对标城市：{ $list }
indicator-rank = 青岛在 { $total } 个城市中排第 { $rank } 位（{ $standing ->
    [last] 落后于全部 { $cities } 个对标城市
    [first] 领先全部 { $cities } 个对标城市
   *[middle] 领先 { $ahead } 个、落后 { $behind } 个对标城市
 }）
indicator-department = 责任部门：{ $dept }
indicator-source = 数值来源：{ $source }
indicator-siblings = 同级指标：{ $list }
indicator-first-level = 一级指标，下设二级指标：
stage-name = { $stage ->
    [low] 低阶
    [middle] 中阶
    [high] 高阶
   *[none] 未达低阶
 }
city-singapore = 新加坡
city-san-francisco = 旧金山
city-hamburg = 汉堡
city-rotterdam = 鹿特丹
city-osaka = 大阪

## Departments
dept-leads = 牵头事项：{ $count } 项
dept-shares = 参与事项：{ $count } 项
dept-indicators = 负责指标：{ $count } 个
more = ……另有 { $count } 项

## Item list
items-heading = { $part ->
    [0] {""}
   *[other] 第{ $part }部分 ·{" "}
 }{ $dept ->
    [none] {""}
   *[other] { $dept } ·{" "}
 }{ $status ->
    [overdue] 逾期 ·{" "}
    [due-soon] 30 天内到期 ·{" "}
    [done] 已完成 ·{" "}
    [open] 未完成 ·{" "}
    [no-report] 尚无汇报 ·{" "}
    [at-risk] 有风险 ·{" "}
   *[any] {""}
 }共 { $count } 项{ $count ->
    [0] 。
   *[other] ，第 { $page }/{ $pages } 页：
 }
items-bad-filter = 看不懂筛选条件“{ $word }”。可用：第N部分、单位名称、逾期、即将到期、有风险、已完成、未完成、未汇报、第N页。
items-no-page = 没有第 { $page } 页，共 { $pages } 页。
page-prev = ◀ 上一页
page-next = 下一页 ▶

## Language
lang-current = 当前语言：{ $lang ->
    [en] English
    [zh-Hant] 繁體中文
   *[zh-Hans] 简体中文
 }。请选择：
lang-unknown = 不认识的语言“{ $input }”。可选：简体、繁體、English。
lang-set = 好的，之后用{ $lang ->
    [en] English
    [zh-Hant] 繁體中文
   *[zh-Hans] 简体中文
 }回复。

## Help
help-intro = 督办：青岛国际城市战略的进度助手。可用命令：
help-examples = 示例：
help-lookup = 也可以直接发问题，例如“92项进展怎么样”“国际航线”“市发改委”。
help-unbound = 您的账号尚未绑定，目前只能查询。
cmd-help = 查看可用命令，或某个命令的用法
cmd-lang = 设置回复语言（简体、繁體、English）
cmd-item = 查询一项工作事项（编号、关键词、拼音、英文）
cmd-items = 列出事项，可按部分、单位、状态筛选
cmd-indicator = 查询一个指标的数值、阶段目标和对标城市
cmd-unit = 查询一个单位牵头和参与的事项
arg-command = 命令名称
arg-language = 简体 / 繁體 / English
arg-item-query = 事项编号或关键词
arg-indicator-query = 指标编码或关键词
arg-unit-name = 单位名称、简称或编号
arg-items-filters = 第N部分、单位、逾期/即将到期/有风险/已完成/未完成/未汇报、第N页

## My things
cmd-mine = 我的待办：本单位未完成的事项、待答复的邀请、投票和征求意见
mine-heading = { $name }的待办
mine-committee = 专家咨询委员会：
mine-invitation = 专家咨询委员会邀请函待您答复
mine-poll = 会议时间投票：{ $title }（{ $id }）
mine-consultation = 征求意见待答复：{ $title }（{ $id }）
mine-nothing = 目前没有待办事项。

## Files Duban keeps (evidence, consultation drafts, answers' attachments)
cmd-file = 打开督办保存的文件（佐证材料、征求意见稿、答复附件）
arg-file = 文件编号（dbf_ 开头）
file-refused-too-large = 文件太大：督办最多保存 { $max } MB 的文件。请压缩后重发，或发一个链接。
file-refused-type = 督办只保存文档、表格、演示文稿、PDF/OFD、图片、文本、CSV 和日历文件，并且内容须与扩展名相符。请换成这些格式再发。
file-refused-fetch = 这个文件没能从聊天平台取回，什么也没有保存。请稍后再发一次。
file-unknown = 没有这个文件，或者您无权打开它。
file-missing = 文件“{ $name }”的内容已找不到或已损坏，请联系市推进办。
file-here = 📎 { $name }
file-open-button = 📎 打开 { $name }

## A word after a command that names no sub-command (src/core/subcommands.ts)
subcommand-unknown = 看不懂“{ $word }”。可用：{ $valid }。

## An item's health with its reasons, and the responsible units' contributions (issue 10)
item-health-why = 督办判断：{ $why }{ $stale ->
    [yes] （{ $days } 天未更新）
   *[no] {""}
 }
item-contribution = { $unit }（责任单位）承担部分：{ $status ->
    [not-started] 未开始
    [on-track] 正常推进
    [at-risk] 有风险
    [delayed] 滞后
    [done] 已完成
   *[unknown] 未注明
 }{ $progress ->
    [-1] {""}
   *[other] ，进度 { $progress }%
 }（{ $who }，{ $date }）
item-contribution-note = 说明：{ $note }

## 我的: every open item, a page at a time (issue 10)
mine-items-page = 本单位未完成事项 { $count } 项（{ $mixed ->
    [yes] 牵头的在前，标“参与”的为本单位参与；
   *[no] {""}
 }按紧迫程度）{ $pages ->
    [1] {""}
   *[other] ，第 { $page }/{ $pages } 页
 }：
mine-more = 再看 { $count } 项 ▶
mine-bad-page = 看不懂“{ $word }”。要看下一页，请发送“我的 第2页”。
arg-mine-page = 第几页，例如“第2页”

## Private answers to a question asked in a group (issue 10)
private-answered = 已私信回复您：“{ $command }”的回答含个人信息、文件或市推进办的操作，不在群里显示。
private-unreachable = 我无法私信您，所以“{ $command }”的回答没有在群里显示。请先打开与我的私聊、给我发一条消息，然后在私聊中再发一次。

## Help: what this person may use, grouped, in words (issue 10)
help-group = { $group ->
    [lookup] 查询
    [report] 汇报
    [supervise] 督办
    [committee] 专家咨询委员会
    [account] 账号与设置
   *[other] 其他
 }
help-line = • { $names } — { $summary }（例：{ $example }）
help-args = 命令后面可以写：
help-required = （必填）
help-no-such = 没有名为“{ $word }”的命令。发送“帮助”查看您可以使用的命令。
help-not-yours = “{ $command }”不在您可以使用的命令中（取决于您的角色）。发送“帮助”查看您可以使用的命令。
help-more = 发送“帮助 命令名”查看某个命令的用法，例如“帮助 汇报”。

## A rate's gap is in percentage points (issue 10)
gap-points = { $gap } 个百分点

## 取消 when nothing is open (issue 10)
nothing-to-cancel = 目前没有进行中的操作，无需取消。发送“帮助”查看可用命令。

## A cut list says how to see the rest (issue 10)
more-in-list = ……另有 { $count } 项，发送“{ $command }”查看全部

## Security: what a lookup shows to whom, throttling (src/plan/visibility.ts, src/core/rate-limit.ts)
item-updated-when = 最近更新：{ $date }（{ $days ->
    [0] 今天
   *[other] { $days } 天前
 }）
item-report-staff-only = 汇报说明和填报人只向已绑定账号的工作人员显示。
rate-limited = 消息发得太快了，这条和接下来的消息暂不处理。请 { $seconds } 秒后再发。
bind-throttled = 错误的绑定码太多，请 { $minutes } 分钟后再试。如绑定码丢失，请联系市推进办重新生成。
bind-paused = 最近收到的错误绑定码太多，绑定暂停，请 { $minutes } 分钟后再试。如有急事，请联系市推进办。
form-already-submitted = 这份表单已经提交过，已保存的内容不变，没有再保存一次。

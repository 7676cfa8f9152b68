## Consultations of the expert committee (征求意见): the secretariat's side and the member's side.

cmd-consult = 向专家咨询委员会成员征求意见：新建、发送、查看答复情况、催办、延期、阅读和导出答复
arg-consult = 新建 / C1 / 催办 C1 / 延期 C1 <日期> / 阅读 C1 [页码或专家] / 导出 C1
cmd-answer = 答复征求意见：可分多条发送文字和文件，截止前可修改或撤回
arg-answer = 征求意见编号，如 C1；或“修改 C1 2 新内容”“撤回 C1 2”

## Shared pieces
consult-time = { $time }（{ $zone }）
consult-left = { $unit ->
    [days] 还有 { $count } 天
    [hours] 还有约 { $count } 小时
   *[past] 已截止
 }
consult-field = { $field ->
    [finance] 金融
    [trade] 贸易
    [foreign-affairs] 外事
    [planning] 规划
    [tourism] 旅游
    [environment] 环境
    [exhibitions] 会展
    [transport] 交通
    [ocean] 海洋
    [law] 法律
    [economics] 经济
    [culture] 文化
    [technology] 科技
   *[other] { $field }
 }
consult-all-fields = 全体成员（不限领域）
consult-and-more = 等另 { $count } 位
consult-who = { $name }（{ $field }，{ $country }）
consult-name-count = { $name }（{ $count } 条）
consult-body-question = 问题：{ $question }
consult-body-link = 草稿链接：{ $link }
consult-body-file = 附件：{ $name }（随征求意见发出时的文件）
consult-body-deadline = 截止时间：{ $deadline }

## Writing and sending
consult-create-problems = 征求意见没有创建，请修改后重新发送：
consult-create-example = 格式示例：征求意见 新建 对行动计划2017年版的意见 | 截止 2016-12-10 | 领域 planning,trade | 链接 https://example.org/draft.pdf | 问题：请就……提出修改建议 | 英文 Comments on the 2017 action plan | 英文问题 Please suggest…（“领域”省略时发给全体成员；读英文的委员看到英文标题和问题，没写英文时看到中文；草稿文件可随这条消息一起发送）
consult-no-title = 缺少标题：请在“新建”之后写标题，例如“征求意见 新建 对行动计划2017年版的意见 | …”。
consult-title-too-long = 标题太长：{ $length } 字，上限 { $max } 字。
consult-no-deadline = 缺少截止日期：请加上“| 截止 2016-12-10”。
consult-bad-date = 看不懂截止日期“{ $input }”：请写成 2016-12-10 或 2016-12-10 18:00（北京时间）。
consult-deadline-past = 截止日期“{ $input }”已经过去，请给出将来的日期。
consult-no-question = 问题不能为空：请加上“| 问题：……”，写明希望专家回答什么。
consult-question-too-long = 问题太长：{ $length } 字，上限 { $max } 字。较长的内容请作为草稿文件或链接发送。
consult-unknown-fields = 未知的领域：{ $unknown }。可选领域：{ $valid }（也可写中文，如 规划、贸易，或“全部”）。
consult-bad-link = 链接“{ $input }”不是网址，请以 http:// 或 https:// 开头。
consult-no-members = 没有可发送的成员：{ $fields }中还没有已接受邀请的委员。
consult-draft-heading = 征求意见草稿 { $id }：《{ $title }》
consult-draft-audience = 发送范围：{ $fields }，共 { $count } 位成员：{ $names }
consult-draft-confirm = 确认发送吗？每位成员将以自己的语言收到，截止时间按其所在时区显示。
consult-send-button = ✅ 发送给 { $count } 位成员
consult-discard-button = 🗑 放弃草稿
consult-sent = 已发送征求意见 { $id }：{ $sent }/{ $total } 位成员已收到。
consult-undelivered = { $failure ->
    [unreachable] 无法送达（尚未绑定聊天账号）
    [blocked] 无法送达（已屏蔽机器人）
   *[failed] 发送失败（平台出错，可稍后用“催办”重发）
 } { $count } 位：{ $names }
consult-already-sent = { $id } 已于 { $at } 发送给 { $count } 位成员，不会重复发送。查看答复情况：征求意见 { $id }
consult-send-too-late = { $id } 的截止时间（{ $deadline }）已过，不能再发送。请用新的截止日期重新新建。
consult-discarded = 已放弃草稿 { $id }《{ $title }》，没有发送给任何人。
consult-was-discarded = { $id } 是已放弃的草稿，没有发送。如需发送，请重新新建。

## Finding a consultation
consult-unknown-id = 没有编号为“{ $id }”的征求意见。
consult-known-ids = 现有编号：{ $ids }
consult-which-id = 请给出征求意见编号，例如“征求意见 C1”。现有编号：{ $ids }
consult-usage = 用法：征求意见（列表）｜征求意见 新建 标题 | 截止 日期 | 领域 … | 问题：…｜征求意见 C1（答复情况）｜征求意见 催办 C1｜征求意见 延期 C1 2016-12-20｜征求意见 阅读 C1 [页码或专家]｜征求意见 导出 C1

## The list and the standing of one consultation
consult-list-none = 还没有征求意见。
consult-list-heading = 征求意见（{ $count } 项）：
consult-list-line = { $id }《{ $title }》{ $state ->
    [draft] 草稿（未发送）
    [open] 进行中
   *[closed] 已截止
 } · 截止 { $deadline } · 已答复 { $answered }/{ $total }
consult-list-hint = 发送“征求意见 编号”查看答复情况。
consult-status-heading = { $id }《{ $title }》{ $state ->
    [open] 进行中
   *[closed] 已截止
 }，截止 { $deadline }（{ $left }）
consult-status-fields = 范围：{ $fields }
consult-status-counts = 发送给 { $total } 位成员：已答复 { $answered } 位，共 { $messages } 条意见；未答复 { $pending } 位。
consult-status-answered = 已答复：{ $names }
consult-status-pending = 未答复：{ $names }
consult-status-undelivered = 未能送达 { $count } 位：{ $names }
consult-status-reminded = 已发提醒 { $count } 次，最近一次 { $at }
consult-remind-button = 🔔 催办未答复的 { $count } 位
consult-read-button = 📖 阅读答复
consult-export-button = 📥 导出 Excel

## Reminders
consult-invite-heading = 【征求意见 { $id }】市推进办请您就《{ $title }》提出意见。
consult-reminder-heading = 【提醒】您尚未答复征求意见 { $id }《{ $title }》，{ $left }截止。
consult-invite-how = 请点击下方“答复”按钮，或发送“答复 { $id }”。可分多条发送文字和文件，截止前可随时修改或撤回。
consult-answer-button = ✍️ 答复
consult-remind-not-open = { $id } { $state ->
    [draft] 还是草稿，尚未发送
    [discarded] 是已放弃的草稿
   *[closed] 已截止
 }，不能催办。
consult-remind-none = { $id } 的成员都已答复，没有需要催办的人。
consult-remind-preview = 将提醒 { $id }《{ $title }》尚未答复的 { $count } 位成员：{ $names }
consult-remind-night = 其中 { $count } 位当地正值夜间（{ $names }），提醒将在其当地早上 8 点后发出。
consult-remind-confirm-button = 🔔 确认提醒 { $count } 位
consult-remind-already = 这次催办已于 { $at } 执行，不会重复发送。查看情况：征求意见 { $id }
consult-reminded = 已催办 { $id }：现在发出 { $sent } 位{ $waiting ->
    [0] {""}
   *[other] ，{ $waiting } 位当地夜间、稍后发出
 }{ $unreachable ->
    [0] {""}
   *[other] ，{ $unreachable } 位无法送达
 }。
consult-remind-unreached = 无法送达：{ $names }

## Reading and exporting
consult-read-none = { $id } 还没有收到答复。
consult-read-heading = { $id }《{ $title }》的答复：{ $experts } 位专家，{ $messages } 条意见
consult-read-expert-heading = { $who }对 { $id } 的答复（有效 { $count } 条）
consult-read-expert-none = { $who }还没有答复 { $id }。
consult-read-page = { $heading } — 第 { $page }/{ $pages } 页
consult-read-no-page = 没有第 { $page } 页，共 { $pages } 页。
consult-read-number = 第 { $n } 条
consult-read-entry = { $label } · { $time }{ $state ->
    [withdrawn] （已撤回）
    [revised] （已修改 { $revisions } 次，最近 { $revisedAt }）
   *[none] {""}
 }
    { $text }{ $files ->
    [none] {""}
   *[other] {"\u000A"}📎 { $files }
 }
consult-read-cut = （已截断，全文 { $chars } 字：征求意见 阅读 { $id } { $expert }）
consult-read-cut-export = （已截断，全文 { $chars } 字见导出的 Excel）
consult-prev-button = ◀ 上一页
consult-next-button = 下一页 ▶（{ $page }/{ $pages }）
consult-expert-unknown = { $id } 的收件人中没有“{ $word }”。请写专家姓名的一部分或编号。
consult-expert-several = “{ $word }”对应 { $count } 位专家，请选择：
consult-export-ready = { $id } 的答复已导出：{ $rows } 条有效意见；另附全部记录（含修改和撤回）和收件人答复情况。
consult-xlsx-sheet = { $sheet ->
    [answers] 意见
    [log] 全部记录
   *[recipients] 收件人
 }
consult-xlsx-header = { $col ->
    [expert] 专家
    [field] 领域
    [country] 国家/地区
    [time] 时间（北京时间）
    [no] 序号
    [text] 意见
    [files] 附件
    [revised] 修改标记
    [kind] 类型
    [record] 记录编号
    [answers] 有效意见数
   *[delivery] 送达情况
 }
consult-xlsx-revised = 已修改 { $count } 次（最近 { $at }）
consult-xlsx-kind = { $kind ->
    [message] 意见
    [revision] 修改
   *[withdrawal] 撤回
 }
consult-xlsx-delivery = { $status ->
    [sent] 已送达
    [unreachable] 无法送达
    [failed] 发送失败
   *[none] 无记录
 }

## The member answering
consult-answer-private = 请在与机器人的私聊中答复征求意见。
consult-answer-usage = 看不懂“{ $word }”。请发送“答复 C1”开始答复，“答复 修改 C1 2 新内容”修改第 2 条，“答复 撤回 C1 2”撤回第 2 条。
consult-none-open = 目前没有等待您答复的征求意见。
consult-choose = 有 { $count } 项征求意见等待您答复，请选择：
consult-which-open = 您有多项征求意见可以答复（{ $ids }），请写明编号，例如“答复 修改 C1 2 新内容”。
consult-not-recipient = 征求意见 { $id }《{ $title }》没有发给您，所以不能答复。如有疑问请联系市推进办。
consult-closed = 征求意见 { $id }《{ $title }》已于 { $deadline } 截止，不再接收答复或修改。如需补充，请直接联系市推进办。
consult-answer-intro = 答复征求意见 { $id }《{ $title }》
consult-answer-how = { $count ->
    [0] {""}
   *[other] 您已提交 { $count } 条意见。{""}
 }请直接发送您的意见（文字或文件），每条消息都会立即保存，可分多条发送。修改第 2 条：发送“修改 2 新内容”；撤回：发送“撤回 2”；全部发完请发送“完成”。
consult-continue = 可继续发送意见，或发送“完成”结束。
consult-recorded = 记录了您的第 { $n } 条意见（{ $chars ->
    [0] 无文字
   *[other] 共 { $chars } 字
 }{ $files ->
    [0] {""}
   *[other] ，{ $files } 个附件
 }）。可继续发送，或发送“完成”结束。
consult-revised = 已修改您的第 { $n } 条意见（现共 { $chars } 字{ $files ->
    [0] {""}
   *[other] ，{ $files } 个附件
 }），原文仍保留在记录中。
consult-withdrawn = 已撤回您的第 { $n } 条意见。
consult-answer-empty = 没有收到内容。请发送文字或文件作为意见，或发送“完成”结束。
consult-revise-which = 请说明修改第几条，例如“修改 2 新内容”。您目前共有 { $count } 条意见。
consult-withdraw-which = 请说明撤回第几条，例如“撤回 2”。您目前共有 { $count } 条意见。
consult-no-such-message = 没有第 { $n } 条意见：您目前共有 { $count } 条。
consult-message-withdrawn = 第 { $n } 条意见已经撤回，不能再修改或撤回。请作为新意见重新发送。
consult-other-consultation = 您正在答复 { $current }。要答复 { $id }，请先发送“完成”，再发送“答复 { $id }”。
consult-revise-ask = 请发送第 { $n } 条意见的新内容（当前 { $chars } 字：{ $text }）。
consult-keep-button = 不改了
consult-done-button = ✅ 完成
consult-mine-button = 📋 我的意见
consult-mine-none = 您还没有答复 { $id }。
consult-mine-heading = 您对 { $id }《{ $title }》的意见（有效 { $count } 条）：
consult-mine-line = { $n }. { $text }{ $files ->
    [none] {""}
   *[other] {" "}📎 { $files }
 }{ $state ->
    [withdrawn] （已撤回）
    [revised] （已修改）
   *[none] {""}
 }
consult-finished = 好的，{ $id } 您目前共有 { $count } 条有效意见，均已保存。在截止时间 { $deadline } 之前，可随时发送“答复 { $id }”补充、修改或撤回。

## English texts, the letter's date
consult-body-date = 日期：{ $date }
consult-empty-en = { $key ->
    [title] “英文”
   *[question] “英文问题”
 }后面没有内容：请写上英文，或删去这一段。
consult-draft-title-en = 英文标题：{ $title }
consult-draft-question-en = 英文问题：{ $question }

## 延长截止时间
consult-extend-usage = 请写上新的截止时间，例如“征求意见 延期 { $id } 2016-12-20”（现截止于 { $deadline }）。
consult-extend-not-later = “{ $input }”不晚于 { $id } 现在的截止时间（{ $deadline }）：延期只能往后。
consult-extend-preview = 把 { $id }“{ $title }”的截止时间从 { $from } 延长到 { $to }，并通知 { $count } 位成员（已答复的也可在新截止前补充或修改）？{ $reopens ->
    [yes] 该征求意见已截止，延期后重新接受答复。
   *[no] {""}
 }
consult-extend-button = ✅ 延期并通知 { $count } 位
consult-extend-stale = { $id } 的截止时间已改过（现为 { $deadline }），这个按钮不再有效；未通知任何人。
consult-extended = { $id } 的截止时间已延长到 { $to }；已通知 { $sent } 位成员（共 { $total } 位）。
consult-extended-heading = [征求意见 { $id }] “{ $title }”的截止时间延长至 { $deadline }（原为 { $from }）。
consult-status-extended = 截止时间延期 { $count } 次（原截止 { $from }）
consult-extend-hint-button = 📅 延长截止时间

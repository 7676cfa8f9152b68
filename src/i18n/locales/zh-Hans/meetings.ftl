## 会议时间投票、定时间、日历邀请、出席答复和点名（src/committee/meetings/、commands/meeting*.ts、commands/vote.ts）。

cmd-meeting = 专家委员会会议和培训：发起时间投票、查看统计、定时间、点名
cmd-vote = 对会议的某个候选时段投票（可以 / 必要时可以 / 不行）
cmd-attend = 答复是否出席已定时间的会议（出席 / 线上 / 不能）
arg-meeting-action = 新建、查看、发送、提醒、定、改期、点名、添加（后加入的委员）、取消，或会议编号
arg-vote-meeting = 会议编号，如 m1
arg-vote-slot = 时段编号
arg-vote-answer = 可以 / 必要时可以 / 不行，可附言
arg-attend-answer = 出席 / 线上 / 不能，可附言

meeting-when = { $month }月{ $day }日（{ $weekday ->
    [0] 周日
    [1] 周一
    [2] 周二
    [3] 周三
    [4] 周四
    [5] 周五
   *[6] 周六
 }）{ $time }
meeting-when-local = { $when }（您当地时间，{ $offset }；青岛时间 { $qingdao }）
meeting-status = { $status ->
    [open] 投票中
    [closed] 投票已截止
    [scheduled] 已定时间
   *[cancelled] 已取消
 }

meeting-usage = 用法：“会议”列出会议，“会议 m1”查看一个会议；秘书处可用“会议 新建 …”发起时间投票。
meeting-create-usage = 请这样发起（时间均为青岛时间）：
    会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心
    还可加：| 链接 https://… | 议程 … | 法定 20 | 必须 张伟, sarah-mitchell | 隐藏（不公开投票）| 对象 市商务局（培训单位人员）
    给读英文的委员：| 英文 First working meeting | 英文地点 Municipal Conference Centre | 英文议程 …（没写英文的，显示中文）
    没写结束时间的时段按两小时计。
    只发“会议 新建”，可以一步步填写。
meeting-admin-only = 只有秘书处（市推进办）可以发起、发送、定时间、取消会议或点名。
meeting-which = 请写上会议编号，例如“会议 { $action } m1”。发送“会议”查看全部会议。
meeting-unknown = 没有编号为“{ $id }”的会议。发送“会议”查看全部会议。
meeting-not-invited = 您不在会议 { $id } 的邀请名单中。
meeting-not-open = 会议 { $id } { meeting-status }，不能再发送或提醒。
meeting-is-cancelled = 会议 { $id } 已取消。
meeting-slot-unknown = 没有第 { $slot } 个时段：这个会议共有 { $count } 个候选时段。

meeting-error-title-long = 会议名称太长：上限 { $max } 字。
meeting-error-part = 看不懂“{ $text }”：每一段应以“截止、地点、链接、议程、法定、必须、隐藏、对象、英文”之一开头，时段一段以日期开头。
meeting-error-no-slots = 没有候选时段：请写至少一个，例如“2016-11-20 09:30-11:30”。
meeting-error-too-many-slots = 候选时段太多：最多 { $max } 个。
meeting-error-slot-format = 看不懂时段“{ $text }”：请写成“2016-11-20 09:30-11:30”（青岛时间）。
meeting-error-slot-order = 时段“{ $text }”的结束时间不晚于开始时间。
meeting-error-slot-past = 时段“{ $text }”已经过去了。
meeting-error-slot-twice = 时段“{ $text }”写了两次。
meeting-error-no-deadline = 请写上投票截止时间，例如“| 截止 2016-11-15 18:00”。
meeting-error-deadline-format = 看不懂截止时间“{ $text }”：请写成“2016-11-15 18:00”（青岛时间）。
meeting-error-deadline-past = 投票截止时间已经过去了。
meeting-error-deadline-late = 投票截止时间晚于第一个候选时段的开始：截止时间必须在所有时段之前。
meeting-error-empty-part = “{ $key ->
    [deadline] 截止
    [place] 地点
    [link] 链接
    [agenda] 议程
    [quorum] 法定
    [required] 必须
    [titleEn] 英文
    [placeEn] 英文地点
    [agendaEn] 英文议程
   *[audience] 对象
 }”后面没有内容。
meeting-error-part-long = “{ $key }”一段太长：上限 { $max } 字。
meeting-error-link = 链接“{ $text }”不是以 http:// 或 https:// 开头的网址。
meeting-error-quorum = 法定人数“{ $text }”不是正整数。
meeting-error-quorum-high = 法定人数 { $min } 超过了受邀人数 { $count }。
meeting-error-no-members = 还没有专家接受邀请，委员会没有成员可以邀请。
meeting-error-unit = 不认识单位“{ $name }”。{ $suggestion ->
    [none] {""}
   *[other] 是不是“{ $suggestion }”？
 }
meeting-error-unit-empty = { $units } 还没有登记人员，无法邀请。
meeting-error-required = “{ $name }”不在受邀名单中，不能设为必须出席。

meeting-created = 已建立会议 { $id }：{ $title }
meeting-created-slots = 候选时段：
meeting-created-deadline = 投票截止：{ $deadline }
meeting-created-confirm = 投票尚未发出。现在发给全部 { $count } 位{ $audience ->
    [people] 参训人员
   *[members] 委员
 }吗？
meeting-button-send-count = 📨 发给 { $count } 人
meeting-button-cancel = 🗑 取消会议
meeting-send-confirm = 把会议 { $id }“{ $title }”的时间投票发给 { $count } 人？
meeting-sent-already = 会议 { $id } 的投票已发给全部受邀人员，没有再发。
meeting-sent = 已送达 { $sent } 人（共 { $total } 人）。
meeting-missed = 未能送达 { $count } 人（{ $failure ->
    [unreachable] 未绑定账号或未与机器人对话
    [blocked] 已屏蔽机器人
   *[failed] 发送失败，可稍后再发
 }）：{ $names }
meeting-remind-nobody = 会议 { $id } 的受邀人员都已对全部时段作答，不需要提醒。
meeting-remind-confirm = 提醒会议 { $id } 尚未全部作答的 { $count } 人：{ $names }？
meeting-button-remind-count = 📣 提醒 { $count } 人
meeting-remind-stale = 会议 { $id } 在 { $at } 已经提醒过，这次没有重复发送。需要再提醒，请重新发送“会议 提醒 { $id }”。

meeting-place = 地点：{ $place }
meeting-link = 线上：{ $link }
meeting-agenda = 议程：{ $agenda }
meeting-slot-line = { $no }. { $when }
meeting-vote-button = { $slot } { $answer ->
    [yes] ✅
    [ifneedbe] 🤔
   *[no] ❌
 }
meeting-answer = { $answer ->
    [yes] ✅ 可以
    [ifneedbe] 🤔 必要时可以
    [no] ❌ 不行
   *[none] ⏳ 尚未作答
 }
meeting-poll-heading = 📅 会议时间投票：{ $title }（{ $id }）
meeting-poll-ask = 请在 { $deadline } 前对每个时段作答（✅ 可以　🤔 必要时可以　❌ 不行）：
meeting-poll-over = { meeting-status }（投票截止：{ $deadline }），不能再改。
meeting-slot-yours = 　您的回答：{ meeting-answer }
meeting-note-suffix = （{ $note }）
meeting-slot-counts = 　目前：✅ { $yes }　🤔 { $ifneedbe }　❌ { $no }
meeting-poll-hidden = 本次投票不公开：您只能看到自己的回答。
meeting-poll-note-hint = 按按钮作答，截止前可以改。要附言，请发送“投票 { $id } 时段 回答 附言”，例如“投票 { $id } 1 必要时可以 只能上午”。

meeting-quorate = 达到法定人数
meeting-needs = 还差 { $needs } 人
meeting-required-away = 必须出席的 { $names } 尚不能参加
meeting-tally-heading = 📊 { $title }（{ $id }）：{ $status ->
    [open] 投票中，{ $deadline } 截止
    [closed] 投票已截止（{ $deadline }）
    [scheduled] 已定于 { $final }
   *[cancelled] 已取消
 }
meeting-tally-quorum = 受邀 { $count } 位{ $audience ->
    [people] 参训人员
   *[members] 委员
 }，法定人数 { $min } 人{ $required ->
    [none] {""}
   *[other] ；必须出席：{ $required }
 }{ $hidden ->
    [yes] ；投票不公开
   *[no] {""}
 }
meeting-not-sent = ⚠️ 投票尚未发出。
meeting-tally-counts = 　✅ { $yes }　🤔 { $ifneedbe }　❌ { $no }　⏳ 未答 { $missing } — { $state }
meeting-notes = 附言：
meeting-note-line = · { $name }（时段 { $slot }）：{ $note }
meeting-unreached = 投票未能送达 { $count } 人：{ $names }
meeting-button-send = 📨 发送投票
meeting-button-remind = 📣 提醒未作答者
meeting-button-final = 📌 定在时段 { $slot }
meeting-attendance-counts = 出席答复：现场 { $attend }，线上 { $online }，不能出席 { $absent }，未答复 { $missing }
meeting-attendance-note = · { $name }（{ meeting-attend-answer }）：{ $note }
meeting-roll-summary = 点名：到会 { $present } 人，{ $state }

meeting-closed-notice = ⏰ 会议 { $id }“{ $title }”的时间投票已截止。
meeting-reminder = 📣 提醒：您还没有对会议“{ $title }”（{ $id }）的全部时段作答，投票 { $deadline } 截止。
meeting-reminder-slots = 您的一票可能让这些时段达到法定人数：

meeting-final-usage = 请写上时段编号，例如“会议 定 { $id } 2”；改到投票以外的时间：“会议 改期 { $id } 2016-11-25 09:30-11:30”。
meeting-final-same = 会议 { $id } 已定于 { $when }，没有改动。
meeting-final-preview = 将会议 { $id }“{ $title }”定于 { $when }，并通知 { $count } 位受邀人员（附日历邀请）。
meeting-final-change = 改期：原定 { $from }。之前的出席答复将作废，大家需要重新答复。
meeting-final-fresh = 这个时间不在投票的候选时段里，还没有人表态。
meeting-final-quorate = ✅ { $able } 人能参加，达到法定人数 { $min } 人。
meeting-final-below = ⚠️ 这个时段未达法定人数：{ $able } 人能参加，法定人数 { $min } 人；{ $why }。确定仍要定在这个时段吗？
meeting-button-final-confirm = ✅ 确认并通知
meeting-button-final-anyway = ⚠️ 仍然定在这个时段
meeting-final-stale = 这个确认已经过时：会议 { $id } 的时间在此之后已经定过或改过，没有发出任何通知。如需改期，请重新发送“会议 改期 { $id } …”。
meeting-final-done = 📌 会议 { $id } { $changed ->
    [yes] 已改期至
   *[no] 已定于
 } { $when }。

meeting-announce = 📌 会议时间已确定：{ $title }（{ $id }）
    时间：{ $when }
meeting-rescheduled = 🔄 会议改期：{ $title }（{ $id }）
    新时间：{ $when }
    原定：{ $from }
    之前的出席答复已作废，请重新答复。
meeting-attend-ask = 日历邀请见附件。请告知是否出席（可附言：“出席 { $id } 不能 出差在外”）：
meeting-attend-button = { meeting-attend-answer }
meeting-attend-answer = { $answer ->
    [attend] ✅ 出席
    [online] 💻 线上参加
   *[absent] ❌ 不能出席
 }

meeting-cancel-confirm = 取消会议 { $id }“{ $title }”？{ $count ->
    [0] {""}
   *[other] 将通知 { $count } 位受邀人员。
 }
meeting-cancel-done = 会议 { $id } 已取消。
meeting-cancelled-notice = 🗑 会议“{ $title }”（{ $id }）已取消。

meeting-list-heading = 会议（{ $count } 个）：
meeting-list-line = · { $id } { $title } — { meeting-status }，{ $status ->
    [open] 投票截止 { $when }
    [closed] 截止于 { $when }
    [scheduled] { $when }
   *[cancelled] { $when }
 }
meeting-list-footer = 发送“会议 m1”查看一个会议。
meeting-list-empty = 您目前没有受邀的会议。
meeting-list-empty-admin = 还没有会议。用“会议 新建 …”发起时间投票。
meeting-scheduled-for-you = 会议 { $id }“{ $title }”已定于 { $when }。用“出席 { $id } 出席 / 线上 / 不能”答复是否出席。

meeting-roll-not-scheduled = 会议 { $id } 还没有定时间，不能点名。
meeting-roll-not-today = 会议 { $id } 在 { $when } 举行，当天才能点名。
meeting-roll-unknown = 会议 { $id } 的受邀名单里没有：{ $names }。未做任何记录。
meeting-roll-result = 点名（会议 { $id }）：到会 { $present } / { $count } 人，法定人数 { $min } 人 — { $quorate ->
    [yes] ✅ 可以开会
   *[no] ⚠️ 不足法定人数
 }
meeting-roll-present = 到会：{ $names }
meeting-roll-away = 未到 { $count } 人：{ $names }

vote-usage = 用法：投票 m1 2 可以（或 必要时可以 / 不行），后面可以附言。
vote-closed = 会议 { $id } 不能再投票：{ $status ->
    [scheduled] 时间已定
    [cancelled] 会议已取消
   *[other] 投票已于 { $deadline } 截止
 }。
vote-answer-unknown = 看不懂回答“{ $word }”：请用 可以、必要时可以 或 不行。
vote-note-long = 附言太长：{ $length } 字，上限 { $max } 字。
vote-saved = ✔️ 已记录：时段 { $slot } { meeting-answer }
vote-unchanged = 没有变化：时段 { $slot } 仍是 { meeting-answer }

attend-usage = 用法：出席 m1 出席（或 线上 / 不能），后面可以附言。
attend-not-scheduled = 会议 { $id } 还没有定时间（{ meeting-status }），暂不需要答复出席。
attend-over = 会议 { $id }（{ $when }）已经结束。
attend-answer-unknown = 看不懂“{ $word }”：请用 出席、线上 或 不能。
attend-saved = ✔️ 已记录：{ meeting-attend-answer } — { $title }（{ $id }），{ $when }
attend-unchanged = 没有变化：{ meeting-attend-answer } — { $title }（{ $id }），{ $when }

meeting-flow-ask-title = 新建会议时间投票（随时发送“取消”退出）。会议名称是？
meeting-flow-ask-slots = 候选时段（青岛时间），用逗号分隔，例如：2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00
meeting-flow-ask-deadline = 投票截止时间（青岛时间），例如：2016-11-15 18:00
meeting-flow-ask-place = 地点，或线上会议链接？
meeting-flow-skip = 跳过
meeting-flow-empty = 没有收到内容，请再写一次。

## Creating a poll as one form (Slack modal)
meeting-form-title = 新建会议时间投票
meeting-form-submit = 创建（发送前会再确认）
meeting-form-name = 会议名称
meeting-form-slots = 候选时段（青岛时间，每行一个，如 2016-11-20 09:30-11:30）
meeting-form-deadline = 投票截止（青岛时间）
meeting-form-place = 地点
meeting-form-link = 线上会议链接
meeting-form-agenda = 议程
meeting-form-quorum = 法定人数（默认过半数）

## English texts for members who read English (titleEn, placeEn, agendaEn)
meeting-error-en-alone = 写了{ $key ->
    [agenda] 英文议程，却没有议程
   *[place] 英文地点，却没有地点
 }：请同时写上中文。
meeting-created-en = 英文（读英文的委员看到）：{ $title }{ $place ->
    [none] {""}
   *[other] {" · "}地点 { $place }
 }{ $agenda ->
    [none] {""}
   *[other] {" · "}议程 { $agenda }
 }
meeting-flow-ask-title-en = 会议名称的英文（发给读英文的委员；可跳过，跳过则显示中文）：
meeting-flow-ask-place-en = 地点的英文（可跳过）：
meeting-form-name-en = 会议名称（英文，给读英文的委员）
meeting-form-place-en = 地点（英文）
meeting-form-agenda-en = 议程（英文）

## 后加入的委员
meeting-joined-line = · { $id }“{ $title }”：{ $status ->
    [scheduled] 已定时间，{ $delivered ->
        [yes] 已发送会议通知和日历邀请
       *[no] 会议通知未能送达
    }
   *[open] 投票中，{ $sent ->
        [none] 投票尚未发出
       *[other] { $delivered ->
            [yes] 已发送投票
           *[no] 投票未能送达
        }
    }
 }；受邀 { $count } 人，法定人数 { $min } 人
meeting-late-members = 在本会议发起后加入委员会、尚未列入名单的委员（{ $count }）：{ $names }
meeting-button-add = ➕ 加入并通知（{ $count } 人）
meeting-add-closed = 会议 { $id } { $audience ->
    [people] 是培训，只邀请所列单位的人员
   *[members] 已结束或已取消
 }，不能再添加委员。
meeting-add-none = 所有委员都已在会议 { $id } 的名单中。
meeting-add-confirm = 把 { $count } 位后加入的委员加入会议 { $id }“{ $title }”：{ $names }？{ $status ->
    [scheduled] 他们会收到会议通知和日历邀请。
   *[open] 投票已发出的，他们会收到投票。
 }未另设法定人数时，法定人数随受邀人数增加。
meeting-added = 已把 { $count } 位委员加入会议 { $id }；现受邀 { $total } 人，法定人数 { $min } 人。
meeting-not-invited-member = 您在会议 { $id } 发起后才加入委员会，还不在邀请名单中。秘书处可以把您加入（会议 添加 { $id }）。

## 名单（只给秘书处看）
meeting-tally-names = 　{ $groups }
meeting-tally-group = { $answer ->
    [yes] ✅ { $names }
    [ifneedbe] 🤔 { $names }
    [no] ❌ { $names }
   *[missing] ⏳ 未答：{ $names }
 }
meeting-attendance-group = · { $answer ->
    [attend] 现场
    [online] 线上
    [absent] 不能出席
   *[missing] 未答复
 }：{ $names }

## Conversations
conv-reset = 机器人已更新，您未完成的对话无法继续，已作废（未保存任何内容）。请重新开始。
conv-expired = 您未完成的{ $flow ->
    [report] 汇报
    [indicator-report] 指标汇报
    [meeting-create] 新建会议
    [invitation-note] 邀请答复
    [consult-answer] 意见答复
   *[other] 对话
 }已过期，{ $flow ->
    [consult-answer] 已发送的意见均已保存
   *[other] 未保存任何内容
 }。请重新开始。
conv-cancelled = { $flow ->
    [consult-answer] 已结束意见答复，已发送的意见均已保存。
   *[other] 已取消{ $flow ->
        [report] 汇报
        [indicator-report] 指标汇报
        [meeting-create] 新建会议
        [invitation-note] 邀请答复
       *[other] 对话
     }，未保存任何内容。
 }

## Reporting
report-status-name = { $status ->
    [not-started] 未开始
    [on-track] 正常推进
    [at-risk] 有风险
    [delayed] 滞后
    [done] 已完成
   *[unknown] 未注明
 }
report-ask-item-number = 请输入要汇报的事项编号（发送“取消”退出）。
report-item-not-number = 请给出事项编号，例如“汇报 92 进度80% 已完成章程初稿”。
report-empty = 没有收到内容，请再回答一次（发送“取消”退出）。
report-unknown-item = 没有第 { $no } 项，请输入 1–{ $max } 之间的编号。
report-not-yours = 第 { $no } 项由{ $units }牵头，不属于您所在单位，您不能汇报。请输入本单位的事项编号。
report-keep = 不变：{ $value }
report-ask-status = 第 { $no } 项目前的状态？
report-bad-status = 看不懂这个状态。请选择：未开始、正常推进、有风险、滞后、已完成。
report-ask-progress = 完成进度是多少？请输入 0–100 的百分比，例如 60%。
report-bad-percent = “{ $input }”不是 0–100 之间的百分比。请输入例如 60 或 60%。
report-keep-note = 沿用上次说明
report-ask-note = 请简要说明进展和困难（{ $max } 字以内）。
report-note-too-long = 说明太长：{ $length } 字，上限 { $max } 字。请精简后重发。
report-ask-evidence = 可选：发送一个链接或文件作为佐证，或点“跳过”。
report-skip = 跳过
report-bad-evidence = 请发送以 http:// 或 https:// 开头的链接、一个文件，或点“跳过”。
report-summary = 请确认{ $correcting ->
    [yes] 更正
   *[no] 汇报
 }：
  事项：{ $item }
  状态：{ $status }
  进度：{ $progress }%
  说明：{ $note }
  佐证：{ $evidence }{ $behalf ->
    [none] {""}
   *[other] {"\u000A"}  代{ $behalf }填报
 }
report-confirm = ✅ 确认提交
report-edit = ✏️ 修改
report-cancel = ✖ 取消
report-confirm-what = 请点“确认提交”“修改”或“取消”。
cmd-report = 汇报事项进度（引导式，或一句话）
arg-report = 事项编号、进度、状态、说明，均可省略

## Binding
bind-no-person = 找不到“{ $who }”。请用人员编号或姓名，例如“绑定 zhao-min”。
bind-issued = 已为{ $name }生成绑定码：{ $code }（{ $days } 天内有效，只能使用一次）。请对方在 Telegram 或 Slack 中向我发送“绑定 { $code }”{ $links ->
    [none] ，或在 Telegram 发送 /start { $code }。
   *[other] ，或打开专属链接：{ $links }
 }
bind-bad-code = 绑定码无效。请核对后重发，或向市推进办索取新的绑定码。
bind-used-code = 这个绑定码已经用过了。如需绑定其他账号，请向市推进办索取新码。
bind-expired-code = 这个绑定码已过期。请向市推进办索取新的绑定码。
bind-account-taken = 这个账号已绑定到另一个人，不能再绑定。如有误，请联系市推进办。
bind-done = 绑定成功：您好，{ $name }（{ $roles }）。发送“帮助”查看您可以使用的命令。
bind-hello = 您好！我是督办，青岛国际城市战略的进度助手。可以直接问我“92项进展怎么样”“国际航线”。如需汇报，请向市推进办索取绑定码并发送“绑定 绑定码”。
bind-hello-bound = 您好，{ $name }！发送“帮助”查看可用命令。
cmd-bind = 绑定账号（发送绑定码）；市推进办可为人员生成绑定码
arg-bind = 绑定码，或（市推进办）人员编号

## Who am I
whoami = { $name }{ $sample ->
    [sample] {" "}（示例人员）
   *[other] {""}
 }
  角色：{ $roles }
  单位：{ $dept ->
    [none] -
   *[other] { $dept }
 }
  已绑定：{ $accounts }
whoami-unbound = 此 { $platform } 账号尚未绑定，只能查询。请向市推进办索取绑定码，然后发送“绑定 绑定码”。
role-name = { $role ->
    [admin] 市推进办（管理员）
    [head] 单位负责人
    [reporter] 填报人
    [official] 领导/查阅
   *[expert] 专家
 }
cmd-whoami = 查看本账号绑定的人员和角色
conv-left = 已退出未完成的{ $flow ->
    [report] 汇报
    [indicator-report] 指标汇报
    [meeting-create] 新建会议
    [invitation-note] 邀请答复
    [consult-answer] 意见答复
   *[other] 对话
 }（{ $flow ->
    [consult-answer] 已发送的意见均已保存
   *[other] 未保存任何内容
 }），改为执行您的命令：

## Indicator values
ireport-ask-indicator = 汇报哪个指标？请输入指标编码，例如 E1。
ireport-unknown = 没有二级指标“{ $code }”。请输入如 A1、E3 这样的编码。
ireport-not-yours = 指标 { $code } 由{ $dept }负责，您不能汇报其数值。
ireport-ask-value = { $code } { $name } 的最新数值是多少？（单位：{ $unit }；当前：{ $current }）
ireport-bad-value = “{ $input }”不是数字。请只输入数值，例如 28 或 16500.5。
ireport-ask-year = 这是哪一年的数值？
ireport-bad-year = 请输入 2000–{ $max } 之间的年份。
ireport-ask-source = 数据来源是什么？（例如：统计公报、部门统计，{ $max } 字以内）
ireport-summary = 请确认指标数值：
  { $code } { $name }：{ $value } { $unit }（{ $year } 年）
  来源：{ $source }
  对应阶段：{ $stage ->
    [low] 已达低阶
    [middle] 已达中阶
    [high] 已达高阶
   *[none] 尚未达到低阶
 }{ $behalf ->
    [none] {""}
   *[other] {"\u000A"}  代{ $behalf }填报
 }
ireport-saved = 已保存：{ $code } = { $value }（{ $year } 年）。

## Corrections
cmd-correct = 更正自己最近一次汇报（{ "24" } 小时内）
correct-none = 您还没有汇报过，无需更正。
correct-too-late = 您最近一次汇报（第 { $no } 项）已超过 { $hours } 小时，不能更正。请重新汇报一次。
correct-start = 更正第 { $no } 项的最近一次汇报。原记录会保留，更正作为新记录保存。

## Report form (Slack modal)
form-invalid = 表单有需要修改的地方，未保存。
form-report-title = 汇报进度
form-item = 事项
form-status = 状态
form-progress = 进度（%）
form-note = 说明（{ $max } 字以内）
form-evidence = 佐证链接
report-note-is-file = 这一步需要文字说明。文件可以在下一步作为佐证发送。

## Who owns an item: the lead unit's status, a responsible unit's part, done means 100% (issue 10)
report-ask-item-page = 汇报哪一项？共 { $count } 项，按紧迫程度排序{ $mixed ->
    [yes] ；本单位牵头的事项在前，标“参与”的是本单位作为责任单位参与的事项
   *[no] {""}
 }{ $all ->
    [yes] {""}
   *[no] ；这里是第 { $from }–{ $to } 项
 }。也可直接输入编号；发送“取消”退出。
report-more-items = 更多（另有 { $count } 项）▶
report-ask-status-part = 第 { $no } 项由{ $lead }牵头，事项的状态由牵头单位确定。{ $unit }承担的部分目前进展如何？
report-ask-progress-part = 贵单位承担部分的完成进度是多少？请输入 0–100 的百分比，例如 60%。
report-ask-done = { $which ->
    [done-below] 您选了“已完成”，但进度是 { $progress }%。已完成即进度 100%，请确认：
   *[full-not-done] 进度 100% 即已完成，但您选的状态是“{ $status }”，请确认：
 }
report-done-full = ✅ 已完成，进度 100%
report-not-done = { $which ->
    [done-below] 尚未完成，进度 { $progress }%
   *[full-not-done] 尚未完成，重填进度
 }
report-done-what = 请选择“已完成，进度 100%”或“尚未完成”。
report-summary-part = 这是{ $unit }承担部分的进展，不改变事项状态（由牵头单位{ $lead }确定）
report-saved-why = 已保存：第 { $no } 项，进度 { $progress }%。督办判断：{ $why }。
report-saved-part = 已保存：{ $unit }在第 { $no } 项中承担部分的进展，进度 { $progress }%。事项状态由牵头单位{ $lead }确定；督办判断：{ $why }。
report-notified = 已即时通知：{ $names }。
report-notice-missed = 以下人员尚未绑定聊天账号，未能通知：{ $names }。
report-notice = 📣 第 { $no } 项：{ $title }
  { $who }{ $from ->
    [none] {""}
   *[other] （{ $from }）
 }{ $kind ->
    [part] 汇报了{ $unit }承担部分的进展
    [behalf] 代{ $unit }汇报了事项进展
   *[lead] 汇报了事项进展
 }：{ $status ->
    [not-started] 未开始
    [on-track] 正常推进
    [at-risk] 有风险
    [delayed] 滞后
    [done] 已完成
   *[unknown] 未注明
 }，进度 { $progress }%
  说明：{ $note }
  督办判断：{ $why }{ $kind ->
    [part] {"\u000A"}事项状态由牵头单位{ $lead }确定；如需更新，请发送“汇报 { $no }”。
   *[other] {""}
 }
report-form-done = { $which ->
    [done-below] 已完成即进度 100%：请把进度改为 100，或选择其他状态（现为 { $progress }%）。
   *[full-not-done] 进度 100% 即已完成：请把状态改为“已完成”，或改填进度。
 }
report-shared-mark = {" "}· 参与

## Coming back to an open conversation (issue 10)
conv-resumed = 您有未完成的{ $flow ->
    [report] 汇报
    [indicator-report] 指标汇报
    [meeting-create] 新建会议
    [invitation-note] 邀请答复
    [consult-answer] 意见答复
   *[other] 对话
 }，接着上次继续（发送“取消”可退出）：

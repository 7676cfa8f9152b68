## 专家咨询委员会：名单、邀请函、答复、提醒（commands/experts.ts、invite*.ts、invitation*.ts）

## 命令
cmd-experts = 专家名单：按领域、国家、答复情况筛选，或查看一位专家的完整记录
arg-experts = 领域（金融）、国家（美国/国外）、答复（已接受/已谢绝/待答复/暂无法送达）、第N页，或专家编号/姓名
cmd-invite = 邀请函：起草、预览、发送、提醒、专属链接（可导出）、答复专家提问、撤回（秘书处）
arg-invite = 函 / 函 中文|英文 <正文> / 预览 <专家> / 发送 全部|编号|领域|国家 / 提醒 / 链接 / 导出 / 答复 <专家> <内容> / 撤回 <专家>
cmd-invitation = 查看并答复您收到的专家咨询委员会邀请
arg-invitation = 接受 / 谢绝 <原因> / 提问 <问题>，或邀请码
cmd-invitations = 邀请情况：已接受、已谢绝、待答复、暂无法送达
cmd-committee = 专家咨询委员会委员及主任、副主任
arg-committee = 主任 <专家> / 副主任 <专家> / 副主任 取消 <专家>

## 名称
roster-field = { $field ->
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
inv-state = { $state ->
    [accepted] 已接受
    [declined] 已谢绝
    [pending] 待答复
    [unreachable] 暂无法送达
    [not-invited] 未邀请
    [revoked] 已撤回
   *[other] { $state }
 }
# 可输入的筛选词（逗号分隔）
roster-state-words = { $state ->
    [accepted] 已接受,接受,同意,已同意
    [declined] 已谢绝,谢绝,拒绝,已拒绝,婉拒
    [pending] 待答复,未答复,待回复,未回复
    [unreachable] 暂无法送达,无法送达,未送达,联系不上
    [not-invited] 未邀请,未发送
    [revoked] 已撤回,撤回
   *[other] { $state }
 }
roster-abroad-words = 国外,海外,境外
roster-home-words = 国内,境内
roster-where = { $where ->
    [abroad] 国外
   *[home] 国内
 }

## 专家名单
roster-heading = 专家名单（{ $filter }）：{ $count } 人，共 { $total } 位候选人 · 第 { $page }/{ $pages } 页
roster-everyone = 全部
roster-line = { $id } · { $name } · { $field } · { $country } · { $state }{ $office ->
    [chair] · 主任
    [vice] · 副主任
   *[none] {""}
 }
roster-how = 查看一位专家：专家 <编号或姓名>
roster-no-page = 没有第 { $page } 页：共 { $pages } 页。
roster-bad-filter = 看不懂筛选条件“{ $word }”。可用：领域（金融、规划……）、国家（美国、国外、国内）、答复（已接受、已谢绝、待答复、暂无法送达）、第N页。
roster-unknown = 名单中没有“{ $query }”。请用专家编号（如 sarah-mitchell）或姓名；发送“专家”查看全部。
roster-several = 有 { $count } 位专家符合：{ $ids }。请用编号指明是哪一位。
roster-which = 有 { $count } 位专家符合，是哪一位？

## 专家记录
record-heading = { $name } / { $nameEn }（{ $id }）{ $sample ->
    [sample] · 示例数据
   *[other] {""}
 }
record-facts = 领域：{ $field } · 国家/地区：{ $country } · 时区：{ $zone }（当地现在 { $local } 时）· 语言：{ $lang ->
    [en] 英文
    [zh-Hant] 繁体中文
   *[zh-Hans] 简体中文
 }
record-contact = 联系方式：{ $contacts } · 已绑定账号：{ $accounts }
record-state = 邀请状态：{ $state ->
    [accepted] 已接受
    [declined] 已谢绝
    [pending] 待答复
    [unreachable] 暂无法送达
    [revoked] 已撤回
   *[not-invited] 未邀请
 }（{ $at }）{ $office ->
    [chair] · 委员会主任
    [vice] · 委员会副主任
   *[none] {""}
 }
record-reason = 谢绝原因：{ $reason }
record-link = 专属链接：{ $links }（邀请码 { $code }）
record-reminders = 已提醒 { $count } 次，最近一次：{ $at }
record-history = 邀请记录（{ $count } 条）：
record-no-history = （尚无记录）
record-earlier = ……更早的 { $count } 条略去
record-event = · { $at } { $event ->
    [invited] { $text ->
        [revoked] 撤回后重新发送邀请函，启用新的专属链接（{ $by }）
       *[other] 发送邀请函（{ $by }）
    }
    [delivered] 已送达
    [unreachable] 暂无法送达：{ $failure ->
        [blocked] 已屏蔽机器人
        [failed] 发送失败
       *[unreachable] 未绑定聊天账号
    }
    [opened] 已打开{ $text ->
        [link] （专属链接）
        [command] （查看邀请函）
       *[other] {""}
    }
    [bound] 通过专属链接绑定了聊天账号
    [accepted] { $from ->
        [declined] 改为接受（原为谢绝）
       *[none] 接受邀请
    }
    [declined] { $from ->
        [accepted] 改为谢绝（原为接受）
       *[none] 谢绝邀请
    }{ $text ->
        [none] {""}
       *[other] ：{ $text }
    }
    [reason] 补充谢绝原因：{ $text }
    [question] 提问：{ $text }
    [reply] 秘书处答复（{ $by }）：{ $text }
    [reminded] 第 { $text } 次提醒（{ $by }）
    [reminder-failed] 第 { $text } 次提醒未送达
    [revoked] 邀请被撤回（{ $by }）{ $text ->
        [none] {""}
       *[other] ：{ $text }
    }
    [chair] 主任（{ $by }）
    [vice] 副主任（{ $by }）
   *[other] { $event }（{ $by }）
 }
record-votes = 会议投票（{ $count } 条）：
record-vote = · { $at } { $meeting } · { $slot } → { $answer ->
    [yes] 可以
    [no] 不行
    [ifneedbe] 必要时可以
   *[other] { $answer }
 }
inv-by-system = 系统

## 邀请函模板（{ $name } 等在编辑时显示为 {name}、{title}、{organisation}）
inv-letter-default = 尊敬的{ $name }（{ $title }，{ $organisation }）：

    您好！青岛市正在实施国际城市战略，按照“寻标、对标、达标、夺标、创标”的路径推进城市国际化。为汇聚国内外智慧，我市拟成立青岛市国际城市战略专家咨询委员会，就战略实施、国际城市战略指标体系和“国际化+”行动计划提出咨询意见，并为成员单位开展培训。

    久仰您在相关领域的学识与经验，我们诚挚邀请您担任专家咨询委员会委员。委员会首次工作会议拟于年内召开，具体安排另行通知。

    敬请拨冗告知是否应邀。期待您的支持与指导！

    中共青岛市委书记
    青岛市人民政府市长
inv-letter-footer = 请点击下方按钮答复：接受、谢绝（可附原因），或向秘书处提问。也可以发送“邀请函 接受”或“邀请函 谢绝 原因”。
inv-button-accept = ✅ 接受邀请
inv-button-decline = ✖️ 谢绝
inv-button-ask = ❓ 向秘书处提问
inv-reminder = { $name }您好：我们于近日向您发出了担任青岛市国际城市战略专家咨询委员会委员的邀请，尚未收到您的答复（第 { $n } 次提醒）。发送“邀请函”可再次阅读邀请函全文。

## 模板编辑与预览（秘书处）
letter-default = 当前使用默认模板（未修改）。
letter-edited = 模板由 { $by } 于 { $at } 修改。
letter-part = { $which ->
    [zh] 【中文】
   *[en] 【English】
 }
letter-how = 修改：邀请 函 中文 <正文> 或 邀请 函 英文 <正文>（可用 {"{"}name{"}"}、{"{"}title{"}"}、{"{"}organisation{"}"}）；恢复默认：邀请 函 恢复默认；预览：邀请 预览 <专家>；发送：邀请 发送 全部。
letter-reset = 已恢复默认模板。
letter-which = 要修改哪种语言？“{ $word }”不是中文或英文。例如：邀请 函 中文 尊敬的{"{"}name{"}"}……
letter-empty = 请在语言后写出模板正文。
letter-too-long = 模板太长：{ $length } 字，上限 { $max } 字。
letter-bad-placeholder = 模板中有不认识的占位符：{ $names }。可用的只有 {"{"}name{"}"}、{"{"}title{"}"}、{"{"}organisation{"}"}。未保存。
letter-no-name = 模板中需要有 {"{"}name{"}"}，每位专家才会看到自己的称呼。未保存。
letter-saved = 已保存{ $which ->
    [zh] 中文
   *[en] 英文
 }模板。发送“邀请 预览 <专家>”查看效果。
letter-preview-who = 预览谁收到的邀请函？例如：邀请 预览 sarah-mitchell
letter-preview-heading = 预览：{ $name } 将收到的邀请函（{ $lang ->
    [en] 英文
    [zh-Hant] 繁体中文
   *[zh-Hans] 简体中文
 }）：

## 发送
inv-invite-usage = 邀请：函（查看/修改模板）· 预览 <专家> · 发送 全部|编号|领域|国家 · 提醒 · 链接 · 导出（链接表 CSV）· 答复 <专家> <内容> · 撤回 <专家>。发送“邀请情况”查看答复。
inv-send-who = 发送给谁？例如：邀请 发送 全部 / 邀请 发送 sarah-mitchell wang-hai / 邀请 发送 金融 / 邀请 发送 国外
inv-send-none = 没有需要发送的人：已答复 { $answered } 位，已撤回 { $revoked } 位，已送达待答复 { $delivered } 位。要再次发给某位待答复的专家，请写出其编号。
inv-send-confirm = 将向 { $count } 位候选人发送邀请函（简体 { $hans }、繁体 { $hant }、英文 { $en }）。
    其中 { $reachable } 位可直接送达；{ $unreachable } 位尚未绑定聊天账号，将记为“暂无法送达”并生成专属链接，供您通过其他方式转交。
    不在本次发送之列：已答复 { $answered } 位，已撤回 { $revoked } 位，已送达 { $delivered } 位。{ $reinvited ->
        [0] {""}
       *[other] {"\u000A"}其中 { $reinvited } 位的邀请此前已撤回：将重新邀请，启用新的专属链接（旧链接作废）。
    }
    确认发送吗？
inv-button-send = 确认发送（{ $count } 位）
inv-button-cancel = 取消
inv-cancelled = 已取消，未发送任何内容。
inv-confirm-old = 这个确认已失效（超过一天或已无法识别），未发送任何内容。请重新发起。
inv-send-already = 这些邀请函已经发送过，本次未重复发送。发送“邀请情况”查看结果。
inv-send-report = 已发送 { $sent } 份邀请函：已送达 { $delivered } 位，暂无法送达 { $unreachable } 位{ $already ->
    [0] {""}
   *[other] （另有 { $already } 位刚刚已发送，未重复）
 }。{ $unreachable ->
    [0] {""}
   *[other] 暂无法送达的专家打开专属链接即可收到邀请：
 }
inv-unreached-line = · { $name }（{ $id }）{ $failure ->
    [blocked] 已屏蔽机器人
    [failed] 发送失败
   *[unreachable] 尚未绑定聊天账号
 }：{ $hasLink ->
    [yes] { $links }
   *[no] 邀请码 { $code }（请其在机器人中发送“邀请函 { $code }”）
 }
inv-links-more = ……另有 { $count } 位，发送“邀请 链接”查看全部。
inv-links-none = 所有已发送的邀请函都已送达。
inv-links-heading = 暂无法送达的 { $count } 位专家及其专属链接（请通过邮件等方式转交，打开即收到邀请）：

## 提醒（秘书处手动）
inv-remind-none = 没有需要提醒的专家：已送达的邀请都已答复。
inv-remind-none-now = { $later } 位专家尚未答复，但他们当地现在是夜间或休息日，现在不发提醒；每小时的自动提醒会在其当地白天送达。
inv-remind-confirm = 将提醒 { $now } 位尚未答复的专家（当地时间 9:00–20:00 的工作日）。{ $later ->
    [0] {""}
   *[other] 另有 { $later } 位当地现在是夜间或休息日，本次不提醒。
 }确认吗？
inv-button-remind = 确认提醒（{ $count } 位）
inv-remind-already = 这些专家刚刚已被提醒，本次未重复发送。
inv-remind-report = 已提醒 { $sent } 位{ $failed ->
    [0] {""}
   *[other] ，{ $failed } 位未送达
 }{ $later ->
    [0] {""}
   *[other] ；{ $later } 位当地现在是夜间或休息日，未提醒
 }。

## 撤回
inv-revoke-who = 撤回谁的邀请？例如：邀请 撤回 sarah-mitchell 原因
inv-revoke-none = { $name } 尚未被邀请，无需撤回。
inv-revoke-already = { $name } 的邀请此前已撤回。
inv-revoked = 已撤回 { $name } 的邀请。其按钮和专属链接从此不再有效。如需重新邀请：邀请 发送 { $id }（将启用新的专属链接）。

## 专家一方
inv-open-welcome = { $name }，您好！这是青岛市国际城市战略专家咨询委员会给您的邀请函：
inv-open-other-account = 这个账号已绑定为 { $name }，而这个链接是发给另一位专家的专属链接，无法在此打开。
inv-code-used = 这个专属链接已在另一个账号上使用过。如需帮助，请联系青岛市国际城市战略推进办公室。
inv-current-answer = 您目前的答复：{ $answer ->
    [accepted] 接受
   *[declined] 谢绝
 }（{ $at }）。如需更改，点击下方按钮即可。
inv-unbound = 请打开邀请邮件中的专属链接，或发送“邀请函 邀请码”，即可查看并答复邀请。
inv-not-yours = 这份邀请是发给 { $name } 的，只有本人可以答复。
inv-not-expert = 您不在专家咨询委员会候选人名单中，没有需要答复的邀请。
inv-none-yours = 您目前还没有收到邀请函。
inv-revoked-yours = 这份邀请已被撤回，无需答复。如有疑问，请联系青岛市国际城市战略推进办公室。
inv-bad-verb = 看不懂“{ $word }”。可用：邀请函 接受 / 邀请函 谢绝 原因 / 邀请函 提问 问题。
inv-accepted = { $changed ->
    [yes] 已改为接受。
   *[no] 感谢您接受邀请！
 }您已成为青岛市国际城市战略专家咨询委员会委员，首次工作会议的安排将另行通知。
inv-declined = { $changed ->
    [yes] 已改为谢绝。
   *[no] 已记录您谢绝邀请，感谢您的考虑。
 }
inv-already = 您此前已{ $answer ->
    [accepted] 接受
   *[declined] 谢绝
 }邀请（{ $at }），答复未变。
inv-reason-ask = 如愿意，请写下谢绝的原因，我们会转告秘书处（可跳过）：
inv-reason-skip = 跳过
inv-reason-skipped = 好的，不附原因。感谢您的答复。
inv-reason-what = 请直接写出原因，或点击“跳过”。
inv-reason-sent = 已将原因转告秘书处，谢谢。
inv-reason-too-late = 您目前的答复已不是谢绝，原因未保存。
inv-question-ask = 请写下您的问题，我们会转给秘书处（发送“取消”放弃）：
inv-question-what = 请直接写出您的问题，或发送“取消”。
inv-note-too-long = 内容太长：{ $length } 字，上限 { $max } 字。请精简后再发。
inv-question-sent = 您的问题已转给秘书处，他们的答复会发到这里。
inv-question-queued = 您的问题已记录，秘书处暂时无法即时收到通知，会在查看记录时回复您；答复会发到这里。

## 通知秘书处
inv-admin-answer = 邀请答复：{ $name }（{ $id }）{ $answer ->
    [accepted] 接受了邀请
   *[declined] 谢绝了邀请
 }{ $from ->
    [accepted] （此前为接受）
    [declined] （此前为谢绝）
   *[none] {""}
 }{ $hasReason ->
    [yes] 。原因：{ $reason }
   *[no] 。
 }
inv-admin-reason = { $name }（{ $id }）补充了谢绝原因：{ $reason }
inv-admin-question = { $name }（{ $id }）就邀请提问：{ $question }
inv-admin-all-answered = 所有候选人均已答复邀请：接受 { $accepted } 位，谢绝 { $declined } 位。发送“邀请情况”查看名单，“委员会 主任 <专家>”指定主任。

## 邀请情况
invs-heading = 专家咨询委员会邀请情况：候选人 { $total } 位，已接受（委员）{ $members } 位。
invs-state = { $state ->
    [accepted] 已接受
    [declined] 已谢绝
    [pending] 待答复
    [unreachable] 暂无法送达
    [not-invited] 未邀请
   *[revoked] 已撤回
 }（{ $count }）：{ $names }
invs-offices = 主任：{ $chair } · 副主任：{ $vice }
invs-all-answered = 全部答复于 { $at }。
invs-links-hint = 暂无法送达的专家：发送“邀请 链接”获取专属链接。

## 委员会
office-heading = 专家咨询委员会委员 { $count } 位（接受邀请者）。
office-admin-only = 只有秘书处可以指定主任、副主任。
office-who = 指定谁？例如：委员会 主任 zhang-haibo
office-bad-office = 看不懂“{ $word }”。可用：委员会 主任 <专家> / 委员会 副主任 <专家> / 委员会 副主任 取消 <专家>。
office-not-member = { $name } 不是委员会委员（尚未接受邀请），不能担任主任或副主任。
office-marked = { $remove ->
    [yes] 已取消 { $name } 的{ $office ->
        [chair] 主任
       *[vice] 副主任
    }职务。
   *[no] 已指定 { $name } 为委员会{ $office ->
        [chair] 主任
       *[vice] 副主任
    }。
 }
office-unchanged = { $remove ->
    [yes] { $name } 本来就不是{ $office ->
        [chair] 主任
       *[vice] 副主任
    }，未作更改。
   *[no] { $name } 已是{ $office ->
        [chair] 主任
       *[vice] 副主任
    }，未作更改。
 }

## 撤回前确认
inv-revoke-confirm = 撤回 { $name }（{ $id }）的邀请？其邀请函按钮和专属链接将失效{ $member ->
    [yes] ；{ $name } 已接受邀请，将不再是委员{ $office ->
        [chair] ，并卸任主任
        [vice] ，并卸任副主任
       *[none] {""}
    }
   *[no] {""}
 }。{ $reason ->
    [none] {""}
   *[other] 原因：{ $reason }。
 }日后可用“邀请 发送 { $id }”重新邀请（启用新的专属链接）。
inv-button-revoke = 确认撤回
inv-revoke-cancelled = 已取消，邀请未撤回。

## 秘书处答复专家的提问
inv-button-reply = ✍️ 答复
inv-reply-who = 答复哪位专家？例如：邀请 答复 li-qiang 会议在市级机关会议中心举行
inv-reply-no-question = { $name } 没有就邀请提过问题，无需答复。
inv-reply-ask = 请写下给 { $name } 的答复（发送“取消”放弃）。{ $count ->
    [0] 其提问均已答复，这条将作为补充答复发出。
   *[other] 待答复的提问：
 }
inv-reply-what = 请写下答复内容，或发送“取消”。
inv-reply-question = · 问：{ $question }
inv-reply-heading = 秘书处就您关于邀请的{ $count ->
    [0] 提问作了补充答复：
   *[other] 提问答复如下：
 }
inv-reply-answer = 答：{ $reply }
inv-reply-footer = 如还有问题，请发送“邀请函 提问 <问题>”。
inv-reply-sent = 已答复 { $name }{ $answered ->
    [0] （补充答复）
   *[other] （{ $answered } 个提问）
 }{ $delivered ->
    [yes] ，已送达。
   *[no] ，但暂无法送达（对方尚未绑定聊天账号或已屏蔽机器人）；答复已记入其记录，对方打开邀请函时可以看到。
 }
inv-thread-heading = 您的提问与秘书处的答复：
inv-thread-question = · 问：{ $text }
inv-thread-reply = · 答：{ $text }
invs-questions = 待答复的提问（{ $count } 位专家）：
invs-question = · { $name }（{ $id }），{ $at }：{ $question }
invs-questions-more = ……另有 { $count } 位专家的提问未列出。
invs-questions-how = 答复：邀请 答复 <编号> <内容>

## 新委员加入尚未举行的会议
inv-admin-joined = { $name }（{ $id }）接受邀请后，已自动加入 { $count } 个尚未举行的会议：
    { $meetings }

## 专属链接表（邮件合并用）
inv-export-none = 没有待答复的邀请，无需导出链接。
inv-export-header = { $col ->
    [id] 编号
    [name] 姓名
    [lang] 语言
    [email] 电子邮件
    [link] 专属链接
    [code] 邀请码
   *[state] 状态
 }
inv-export-ready = 专属链接表：{ $count } 位尚未答复的专家（CSV，可用于邮件合并；“语言”一栏为 zh-Hans / zh-Hant / en）。含个人信息和专属链接，请勿转发到群里。
inv-accepted-meetings = 委员会已有 { $count } 个尚未举行的会议，您已列入名单，会议投票或通知已另行发给您。

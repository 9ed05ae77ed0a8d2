/**
 * The message checker's rules: patterns, not a model. Each rule raises one flag; its
 * explanation, source and next step live in content/check/flags.yaml (checked against the
 * sources collection at build time), so this file holds only what the browser needs to match.
 * Every rule carries a fictional example that must raise it (tested).
 */

/** How serious a flag is; the verdict is the most serious kind raised. */
export type FlagKind = 'scam' | 'unlawful-collection' | 'check-first' | 'ordinary-signal';

export interface Rule {
  id: string;
  kind: FlagKind;
  /** Raised when any of these match… */
  any: readonly RegExp[];
  /** …and every one of these matches too (context the pattern alone would lack)… */
  all?: readonly RegExp[];
  /** …unless one of these matches (warnings about the trick, the lawful form of the act). */
  unless?: readonly RegExp[];
  /** For rules a pattern cannot express (clock times). */
  test?: (text: string) => boolean;
  /** A fictional message that raises this flag. */
  example: string;
}

const NEG = /(警惕|谨防|小心|骗局|不要相信|切勿|千万别|不会要求|从不|绝不会|不存在|没有所谓)/;

/** A link, an app to install, a chat account or a mobile number to call back. */
const LINKS: readonly RegExp[] = [
  /(https?:\/\/|www\.|\b[a-z0-9-]+\.(cn|com|net|top|vip|xyz|cc|me|ink|app|club|site)\b)/i,
  /(加|添加)[^。]{0,4}(微信|QQ|企业微信)|微信号|QQ号|二维码|扫码/i,
  /(下载|安装)[^。]{0,8}(App|APP|软件|客户端)/,
  /(致电|拨打|回电|联系|打)[^。]{0,6}1[3-9]\d{9}/,
];

/** Hour (0–23) of each clock time a message states, with the text that follows it. */
export function statedTimes(text: string): { hour: number; after: string }[] {
  const cn: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
  const out: { hour: number; after: string }[] = [];
  const re = /(凌晨|半夜|深夜|夜里|晚上|今晚|早上|清晨|上午|中午|下午|傍晚)?(\d{1,2}|十[一二]?|[零一二两三四五六七八九])\s*(?:[:：]\s*\d{2}|点|时)/g;
  for (const m of text.matchAll(re)) {
    const [whole, part, num = ''] = m;
    let hour = /^\d+$/.test(num) ? Number(num) : (cn[num] ?? -1);
    if (hour < 0 || hour > 24) continue;
    if (part && /(晚上|今晚|下午|傍晚)/.test(part) && hour < 12) hour += 12;
    if (part && /(凌晨|半夜|深夜|夜里)/.test(part) && hour === 12) hour = 0;
    out.push({ hour: hour % 24, after: text.slice((m.index ?? 0) + whole.length, (m.index ?? 0) + whole.length + 3) });
  }
  return out;
}

/** A contact time between 22:00 and 08:00; a deadline (“23点前还款”) is not a contact. */
function nightContact(text: string): boolean {
  if (/(凌晨|半夜|深夜)[^。]{0,6}(打|来电|电话|催|短信|上门|联系)/.test(text)) return true;
  if (!/(电话|来电|打给|打你|催|上门|找你|联系|短信|回电)/.test(text)) return false;
  return statedTimes(text).some(({ hour, after }) => (hour >= 22 || hour < 8) && !/^[之以]?前/.test(after));
}

export const RULES: readonly Rule[] = [
  {
    id: 'personal-account',
    kind: 'scam',
    any: [
      /安全账户|安全帐户|核查账户|监管账户|资金清查账户/,
      /(转|打|汇|存|还)[^。！？]{0,12}(个人|私人|我的|经理|专员|业务员|指定的?)(的)?(账户|帐户|银行卡|卡上|卡号|微信|支付宝)/,
      /(对公|公司)账户[^。]{0,6}(冻结|不能用|无法使用)[^。]{0,12}(个人|私人)/,
      /(加|通过)[^。]{0,4}(微信|支付宝|QQ)[^。]{0,6}(转账|还款|扫码还)/,
    ],
    unless: [NEG, /没有[^。]{0,4}安全账户/],
    example: '你的欠款已转入法务部，今天下午前把钱转到专员个人账户，可以减免违约金。',
  },
  {
    id: 'upfront-fee',
    kind: 'scam',
    any: [
      /刷[^。，]{0,3}流水/,
      /(解冻费|解冻金|保证金|验资费|激活费|工本费|会员费|押金|包装费|刷流水|放款费|提现费|到账费)/,
      /(需|须|先|要|请)[^。，]{0,6}(缴纳|缴|交|支付|转入?)[^。]{0,10}(费|金|押金|流水)/,
    ],
    all: [/(放款|下款|贷款|借款|到账|解冻|额度|提现|审核)/],
    unless: [NEG, /(已计入|已包含|计入本期|本期账单)/],
    example: '恭喜你的贷款已审核通过，因银行卡号填错资金被冻结，需先缴纳解冻费1500元才能放款。',
  },
  {
    id: 'too-good-offer',
    kind: 'scam',
    any: [/(黑户|不看征信|无视征信|征信花了也能|征信不好也能|百分百下款|包下款|包过|免审核?|无需审核|秒批秒到|内部渠道|特殊通道)/],
    unless: [NEG],
    example: '不看征信、黑户也能贷，最高20万，当天到账，加微信详谈。',
  },
  {
    id: 'phishing-link',
    kind: 'scam',
    any: LINKS,
    all: [/(冻结|解冻|异常|验证身份|身份认证|领取|激活|提额|额度提升|退款|理赔|赔付|补贴)/],
    unless: [NEG],
    example: '【安心借】您的账户异常已被冻结，请于2小时内登录 anxinjie-help.cn 解冻，否则影响征信。',
  },
  {
    id: 'account-cancel',
    kind: 'scam',
    any: [/注销[^。]{0,8}(校园贷|学生|账户|账号|贷款资格)/, /(校园贷|学生)[^。]{0,12}(账户|账号)[^。]{0,12}注销/, /(关闭|取消)[^。]{0,6}(百万保障|金条功能|借款功能|贷款功能)/],
    unless: [NEG],
    example: '我是平台客服，你上学时开通过校园贷账户，现在不注销会影响征信，请按指引操作。',
  },
  {
    id: 'police-case',
    kind: 'scam',
    any: [/(涉嫌|卷入|牵涉)[^。]{0,6}(洗钱|诈骗案|非法集资|违法犯罪|案件)/],
    all: [/(配合|调查|核查|清查|保密|转|账户|资金)/],
    unless: [NEG],
    example: '这里是市公安局，你的银行卡涉嫌洗钱，请配合调查，不要告诉任何人。',
  },
  {
    id: 'credit-repair',
    kind: 'scam',
    any: [
      /(修复|洗白|消除|删除|铲除|撤销|清除|抹掉)[^。]{0,6}(征信|逾期记录|不良记录|黑名单|不良信息)/,
      /(征信|逾期记录)[^。]{0,4}(修复|洗白)/,
      /停息挂账|债务优化|代理(维权|投诉|协商|退息)|反催收|债务规划师|全额退息/,
    ],
    unless: [NEG],
    example: '专业团队帮你停息挂账、修复征信，成功后再收费，只收欠款的15%。',
  },
  {
    id: 'arrest-threat',
    kind: 'unlawful-collection',
    any: [
      /(抓你|抓人|拘留|逮捕|坐牢|判刑|入狱|蹲监狱|刑事拘留|案底|通缉|网上追逃)/,
      /(移交|报|交给)[^。]{0,4}(公安|警方|派出所)|公安[^。]{0,4}(介入|上门|立案)|刑事(立案|案件|责任)/,
      /(安排|派|带|组织)[^。]{0,6}(人|同事|外访|团队|外勤)?[^。]{0,4}上门|上门(找你|到你家|到你单位|到你公司|堵你|处理你)/,
    ],
    unless: [NEG, /恶意透支/],
    example: '再不还款，明天就派人上门，直接报警抓你，让你留下案底。',
  },
  {
    id: 'third-party',
    kind: 'unlawful-collection',
    any: [
      /爆(你的)?通讯录|群发[^。]{0,6}(通讯录|亲友|联系人)/,
      /(张贴|贴出|贴到)[^。]{0,8}(催款|欠款|通知|告示|照片|大字报)/,
      /(照片|身份证|欠款信息|欠钱的事)[^。]{0,10}(发到网上|曝光|公开|发朋友圈)/,
      /(通知|告知|告诉|联系|发(给|到|送给)|群发|曝光|公开|打(电话)?给|找|催|上门到?)[^。，]{0,6}(你的)?(所有|全部)?(通讯录|联系人|紧急联系人|家人|家属|父母|爸妈|配偶|老婆|老公|子女|孩子|亲戚|亲友|朋友|同事|领导|单位|公司|村委|居委|学校|邻居)/,
      /(通讯录|联系人|家人|父母|亲戚|亲友|朋友|同事|领导|单位|村里|全村|邻居|小区)[^。，]{0,8}(都会知道|全都知道|都知道|人人知道|会收到|曝光)/,
    ],
    unless: [NEG, /(询问|请其转告|转告您|不会透露|不透露)/],
    example: '今天不还，我们就把你欠钱的事发给你通讯录里每一个人，让你同事领导都知道。',
  },
  {
    id: 'night-contact',
    kind: 'unlawful-collection',
    any: [],
    test: nightContact,
    example: '（23:40 来电）你今晚必须给个说法，不接就一直打。',
  },
  {
    id: 'abuse',
    kind: 'unlawful-collection',
    any: [/(老赖|骗子|不要脸|废物|死全家|去死|畜生|人渣|孬种|丢人现眼|没脸见人|全家死)/],
    unless: [NEG, /骗子[^。]{0,4}(冒充|假冒)|(冒充|假冒)[^。]{0,4}骗子/],
    example: '你这种老赖不要脸，借钱不还丢人现眼。',
  },
  {
    id: 'false-consequence',
    kind: 'unlawful-collection',
    any: [
      /(子女|孩子|小孩)[^。]{0,8}(上学|读书|考公|政审|参军|当兵|考编)/,
      /(全家|家人|亲属|父母)[^。]{0,6}(上征信|上黑名单|受牵连|连坐|一起坐牢)/,
      /(冻结|查封)[^。]{0,6}(你的)?(微信|支付宝|所有银行卡|全部银行卡|全部财产|社保|医保)/,
      /(坐不了|不能坐)[^。]{0,4}(高铁|飞机)[^。]{0,10}(明天|马上|立即|今天)/,
    ],
    all: [/(逾期|不还|欠|拖欠|催|还款)/],
    unless: [NEG],
    example: '逾期不还，你全家都会上征信黑名单，孩子以后考公政审也过不了。',
  },
  {
    id: 'new-loan',
    kind: 'unlawful-collection',
    any: [
      /(借新还旧|以贷养贷|以贷还贷|拆东墙|撸口子)/,
      /(去|到|找|在|用)[^。]{0,10}(借|贷|下款|套现|刷)[^。]{0,10}(来还|先还上|还上|还我们|还清)/,
      /(下载|申请|注册)[^。]{0,10}(平台|App|APP|软件|口子|网贷)[^。]{0,10}(借|贷)/,
      /(信用卡|花呗|白条)[^。]{0,2}套现/,
    ],
    unless: [NEG, /(不要|别|避免)[^。]{0,4}(借新还旧|以贷养贷|以贷还贷)/],
    example: '你没钱就去别的网贷平台借，借来先还上我们这笔。',
  },
  {
    id: 'official-claim',
    kind: 'check-first',
    any: [/(法院|人民法院|公安|警方|派出所|检察院|律师事务所|律师函|律所|仲裁委?|金融监管局|金融监督管理|银保监|人民银行|征信中心|网警|经侦|传票|支付令)/],
    unless: [NEG],
    example: '【某某律师事务所】你的欠款案已受理，请三日内联系处理，否则将向法院提起诉讼。',
  },
  {
    id: 'deadline-hours',
    kind: 'check-first',
    any: [/(今[天日晚]|当天|今日内|\d+\s*小时|[一二两三四五六七八九十]+个?小时|\d{1,2}\s*[点时:：]\s*\d{0,2}\s*[之以]?前|(立即|马上|立刻)[^。，]{0,4}(还|转|缴|付|处理))/],
    all: [/(否则|不然|后果自负|起诉|上门|上报征信|冻结|全额|一次性|移交|升级|强制|立案|法务|最后通牒|最后期限|不再通知|通讯录|家人|父母|爸妈|单位|领导)/],
    example: '请于今日18点前还清欠款，否则将移交法务部门处理。',
  },
  {
    id: 'acceleration',
    kind: 'check-first',
    any: [/(全额还款|全部还清|一次性(还清|结清|还款|偿还|付清)|提前到期|全部到期|宣布[^。]{0,4}到期|剩余(本金|欠款)[^。]{0,6}(立即|一次))/],
    unless: [/(可以|可)[^。]{0,4}(选择)?(提前还款|一次性结清)[^。]{0,8}(减免|免收|优惠)/],
    example: '因你连续两期未还，剩余全部借款已提前到期，请一次性还清。',
  },
  {
    id: 'debt-sold',
    kind: 'check-first',
    any: [/(债权|欠款|借款)[^。]{0,6}(已|已经)?(转让|出售|卖给)|受让(方|人)|资产管理公司/],
    example: '你在某平台的欠款债权已转让给我公司，今后请向我公司还款。',
  },
  {
    id: 'unofficial-link',
    kind: 'check-first',
    any: LINKS,
    unless: [NEG],
    example: '你的额度已提升，点击 http://e-loan.top/x 领取，24小时后失效。',
  },
  {
    id: 'due-reminder',
    kind: 'ordinary-signal',
    any: [/(还款日|到期日|本期应还|本期账单|应还金额|最低还款|将于[^。]{0,10}到期|(今日|明日|今天|明天|即将)到期|已出账|账单已出)/],
    example: '您本期账单应还金额326.50元，还款日为15日，请按时还款。',
  },
  {
    id: 'official-channel',
    kind: 'ordinary-signal',
    any: [/(登录|打开|通过|在)[^。]{0,10}(官方|App|APP|客户端|小程序|网银)[^。]{0,8}(还款|查看|核对|办理|查询|下载)/i, /(查看|还款|核对)[^。]{0,6}(打开|登录)[^。]{0,4}(官方|App|APP|客户端)/i, /官方客服/],
    example: '如已还款请忽略；查看账单请打开App，在“我的借款”中还款。',
  },
];

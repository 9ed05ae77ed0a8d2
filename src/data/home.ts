/** Home-page copy: the questions worried readers arrive with, each answered by a guide. */
export const home = {
  lead: '先买后付、现金借款、信用卡：真实年化利率怎么算，逾期会怎样，被要求一次性还清怎么办，催收能做什么不能做什么，去哪里投诉。每个说法都注明法律依据。',
  ctaGuides: '按问题找指南',
  ctaCalculators: '打开计算器',
  calculatorsLead: '所有计算都在你的浏览器里完成，不上传任何数据。',
  urgent: [
    { guide: 'repay-all-at-once', question: '平台突然要求我一次性还清' },
    { guide: 'late-payment', question: '我逾期了，接下来会发生什么' },
    { guide: 'debt-collection', question: '催收电话打到了家人那里' },
    { guide: 'collection-letters', question: '收到律师函或法院短信，是真的吗' },
    { guide: 'fee-rate-vs-apr', question: '每期手续费0.6%，到底贵不贵' },
    { guide: 'credit-report', question: '征信报告记错了怎么办' },
  ],
  helpSteps: [
    '先别慌，也别点陌生链接、别往个人账户转账。',
    '找出合同和账单，弄清楚欠谁、欠多少、哪一部分是本金。',
    '书面联系放贷机构，说明情况，保存工单号和沟通记录。',
    '协商不成或受到骚扰，向监管部门投诉：银行和消费金融公司找 12378，征信问题找 12363；受到威胁请报警。',
  ],
  helpLink: '投诉和维权的完整步骤 →',
  promiseTitle: '隐私承诺',
  teachTitle: '给老师和社工',
  teachText: '计算器可以生成带参数的链接和嵌入代码，指南可以打印，内容可以注明出处后自由使用。',
} as const;

// Phrases OpenCC's Simplified -> Traditional dictionaries convert wrongly in Duban's own texts
// and data, in OpenCC's dictionary format ("simplified traditional|…"). They join OpenCC's
// phrase step, so the longest match still wins: "合并为" stays 合併為 (merge into), while a
// bare "并为" (and also for) becomes 並為, not 併為. Each entry is a phrase seen in the bot's
// texts (the invitation letter, item 96's title); tested in test/wording.test.ts.
export const HANT_FIXES = ['并为 並為', '并发布 並發布'].join('|');

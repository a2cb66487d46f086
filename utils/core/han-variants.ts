/**
 * Traditional Chinese characters and their simplified forms, so that a Chinese name the catalog
 * writes one way is found written the other ("星洲日報" is "星洲日报",
 * "聯合早報" is "联合早报"): Hong Kong, Taiwan and many Malaysian papers write traditional, the
 * mainland and Singapore simplified, and the catalog's names come from either. Only one-to-one
 * pairs of single characters, checked against OpenCC's tw→cn table. The catalog's Chinese names
 * get their other form as a spelling (alias-entries.ts); names of other languages written in
 * kanji or hanja do not (a Japanese name is no Chinese spelling).
 */

/** "TS" pairs: a traditional character and its simplified form. */
const PAIRS = [
  '亞亚 來来 個个 們们 倫伦 備备 傳传 價价 億亿 優优 兒儿 內内 兩两 劃划 劇剧 劉刘 動动 務务 勝胜 勞劳 勢势 勵励 匯汇 區区',
  '協协 厲厉 參参 單单 嚴严 國国 圍围 園园 圓圆 圖图 團团 執执 堅坚 報报 場场 塊块 壇坛 壓压 壞坏 壯壮 壽寿 夠够 夢梦 奮奋',
  '婦妇 孫孙 學学 實实 寧宁 審审 寫写 寶宝 將将 專专 尋寻 對对 導导 屆届 層层 屬属 岡冈 島岛 峽峡 嶺岭 嶼屿 師师 帶带 幣币',
  '幫帮 幹干 庫库 廈厦 廠厂 廣广 廳厅 張张 彈弹 彌弥 彎弯 後后 徑径 從从 徵征 悅悦 愛爱 態态 慶庆 憲宪 憶忆 應应 懷怀 懸悬',
  '戰战 戶户 掛挂 採采 揚扬 換换 損损 擁拥 擊击 擔担 據据 擠挤 擬拟 擴扩 擺摆 攜携 攝摄 攤摊 敗败 敘叙 敵敌 數数 斂敛 斬斩',
  '斷断 於于 昇升 時时 晝昼 暢畅 暫暂 曉晓 曬晒 書书 會会 東东 條条 業业 極极 榮荣 構构 槍枪 樂乐 樓楼 標标 樞枢 樣样 樹树',
  '橋桥 機机 檢检 檳槟 權权 歐欧 歡欢 歲岁 歷历 殘残 殺杀 毀毁 氣气 氫氢 決决 沒没 況况 減减 測测 湯汤 溝沟 溫温 滅灭 滙汇',
  '滬沪 滯滞 滲渗 滾滚 滿满 漁渔 漢汉 潔洁 潛潜 濁浊 濟济 濤涛 濫滥 濰潍 濱滨 瀋沈 瀏浏 灣湾 災灾 為为 烏乌 無无 煉炼 煙烟',
  '熱热 燈灯 燒烧 營营 燦灿 爐炉 爭争 爾尔 牆墙 狀状 獄狱 獎奖 獨独 獲获 獻献 現现 瑪玛 環环 瓊琼 瓏珑 甕瓮 產产 畝亩 畢毕',
  '畫画 異异 當当 痺痹 瘋疯 療疗 癒愈 發发 皚皑 盜盗 盞盏 監监 盧卢 眾众 矚瞩 確确 碼码 礙碍 礦矿 祿禄 禍祸 禪禅 禮礼 稅税',
  '種种 稱称 穀谷 穌稣 積积 穩稳 竄窜 競竞 筆笔 筍笋 節节 範范 築筑 簡简 簽签 籃篮 粵粤 糧粮 紀纪 約约 紅红 紐纽 純纯 紙纸',
  '級级 紛纷 紹绍 終终 組组 結结 絡络 給给 統统 經经 綜综 綠绿 綫线 維维 網网 緊紧 緒绪 線线 緣缘 編编 縣县 縱纵 總总 繩绳',
  '繪绘 繼继 續续 罷罢 羅罗 羣群 義义 習习 翹翘 聖圣 聞闻 聯联 聰聪 聲声 聳耸 聶聂 職职 聽听 肅肃 脅胁 脈脉 脫脱 腦脑 腳脚',
  '腸肠 膚肤 膠胶 臉脸 臨临 臺台 與与 興兴 舉举 舊旧 艙舱 艦舰 莊庄 華华 萬万 葉叶 葦苇 蒼苍 蓋盖 蓮莲 薦荐 薩萨 藍蓝 藝艺',
  '藥药 蘆芦 蘇苏 蘋苹 蘭兰 蘿萝 處处 虛虚 號号 蟲虫 衆众 術术 衛卫 衝冲 補补 裝装 裡里 製制 複复 襯衬 襲袭 見见 規规 視视',
  '親亲 覺觉 覽览 觀观 訂订 計计 訊讯 討讨 訓训 記记 訣诀 訪访 設设 許许 訴诉 診诊 詐诈 評评 詞词 詢询 試试 詩诗 該该 詳详',
  '誇夸 誌志 認认 誕诞 語语 誠诚 誤误 說说 誰谁 課课 調调 談谈 請请 論论 諮咨 諷讽 諾诺 謀谋 謊谎 講讲 謝谢 謠谣 謹谨 證证',
  '識识 譜谱 譯译 議议 護护 譽誉 讀读 變变 讓让 讚赞 豎竖 豐丰 貝贝 負负 財财 貧贫 貨货 責责 貴贵 買买 貸贷 費费 貼贴 貿贸',
  '賀贺 資资 賓宾 賜赐 賞赏 賠赔 賣卖 質质 賬账 賴赖 購购 賽赛 贈赠 贊赞 贓赃 贛赣 趕赶 趙赵 趨趋 蹤踪 躍跃 車车 軌轨 軍军',
  '軸轴 較较 載载 輔辅 輕轻 輝辉 輪轮 輯辑 輸输 轉转 轟轰 辦办 辭辞 辯辩 農农 這这 連连 週周 進进 運运 過过 達达 遜逊 遠远',
  '適适 遲迟 遷迁 選选 遺遗 遼辽 還还 邊边 邏逻 郵邮 鄉乡 鄧邓 鄭郑 鄰邻 醫医 釀酿 釋释 針针 鈴铃 鉤钩 銀银 銅铜 銘铭 銳锐',
  '銷销 鋁铝 鋒锋 鋪铺 鋼钢 錄录 錢钱 錦锦 錫锡 錯错 鍊炼 鍵键 鍾钟 鎊镑 鎖锁 鎮镇 鏈链 鏟铲 鏡镜 鐘钟 鐵铁 鑄铸 鑽钻 長长',
  '門门 閃闪 閉闭 開开 間间 閔闵 閘闸 閣阁 閩闽 閱阅 闆板 關关 闡阐 陘陉 陝陕 陣阵 陰阴 陳陈 陸陆 陽阳 隊队 際际 隨随 險险',
  '隸隶 隻只 雖虽 雙双 雛雏 雜杂 雞鸡 離离 難难 雲云 電电 霧雾 靈灵 靜静 韋韦 韓韩 韻韵 響响 頁页 頂顶 項项 順顺 頌颂 預预',
  '頒颁 頓顿 頗颇 領领 頭头 頰颊 頸颈 頻频 顆颗 題题 顏颜 願愿 顛颠 類类 顧顾 顯显 風风 颯飒 颱台 飛飞 飢饥 飲饮 飾饰 餅饼',
  '餘余 館馆 饒饶 馬马 馮冯 駐驻 駕驾 駛驶 騰腾 驅驱 驕骄 驗验 驚惊 骯肮 體体 髮发 鬆松 鬥斗 鬧闹 鬱郁 魚鱼 魯鲁 鮮鲜 鯨鲸',
  '鳥鸟 鳳凤 鳴鸣 鴨鸭 鴻鸿 鵝鹅 鵬鹏 鶴鹤 鷹鹰 鹽盐 麗丽 麥麦 麵面 黃黄 點点 黨党 黴霉 齊齐 齒齿 齡龄 龍龙 龜龟',
].join(' ');

/** Traditional → simplified, and simplified → traditional where only one form folds to it. */
const TO_SIMPLIFIED = new Map<string, string>();
const TO_TRADITIONAL = new Map<string, string | null>();
for (const [t, s] of PAIRS.split(' ')) {
  TO_SIMPLIFIED.set(t, s);
  // "台" stands for "臺" and "颱", "发" for "發" and "髮": no one traditional form to write.
  TO_TRADITIONAL.set(s, TO_TRADITIONAL.has(s) ? null : t);
}

/**
 * A Chinese name in the other script ("星洲日报" → "星洲日報", "聯合報" → "联合报"), each
 * character mapped where the table knows it; none when nothing changes or a character has
 * several traditional forms.
 */
export function hanVariants(name: string): string[] {
  const simplified = [...name].map((c) => TO_SIMPLIFIED.get(c) ?? c).join('');
  let traditional: string | null = '';
  for (const c of name) {
    const t = TO_TRADITIONAL.get(c);
    if (t === null) {
      traditional = null;
      break;
    }
    traditional += t ?? c;
  }
  return [...new Set([simplified, traditional ?? name])].filter((v) => v !== name);
}
